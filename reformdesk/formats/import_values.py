"""Reading cell values of county power lists: header names, text, codes, dates, types, modes.

County lists are typed by hand in Excel or WPS: full-width digits, stray
spaces, codes turned into numbers, dates typed as text in three styles.  Each
function here takes what calamine returns for one cell and gives the clean
value, or raises :class:`ValueError` with a Chinese reason for the row report.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum

from reformdesk.domain.model import DelegationMode, PowerType
from reformdesk.domain.registry import KINDS, EntityKind

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None


class ImportField(StrEnum):
    """A power field a county list may hold; the value is the registry's field name."""

    SEQ = "seq"
    CODE = "code"
    NAME = "name"
    TYPE = "type"
    LEGAL_BASIS = "legal_basis"
    SOURCE_DEPARTMENT = "source_department"
    MODE = "mode"
    BODY = "body_id"
    DEADLINE = "deadline"
    OFFICIAL = "official_id"
    NOTE = "note"

    @property
    def label(self) -> str:
        """The column's Chinese name: the field's registry label (what the export writes)."""
        return KINDS[EntityKind.POWER].field(self.value).label


#: Other header names counties use for each field, after :func:`header_key`
#: clean-up (the field's own label comes first in :data:`SYNONYMS`).
_OTHER_NAMES: dict[ImportField, tuple[str, ...]] = {
    ImportField.SEQ: ("编号", "序"),
    ImportField.CODE: ("职权编码", "权力编码", "编码", "事项代码", "权力代码", "基本编码"),
    ImportField.NAME: ("职权名称", "权力名称", "权力事项名称", "职权事项名称", "行政权力事项名称", "名称"),
    ImportField.TYPE: ("职权类别", "职权类型", "权力类型", "权力类别", "事项类别", "类型", "类别"),
    ImportField.LEGAL_BASIS: ("设定依据", "法定依据", "依据", "法律依据", "设定和实施依据"),
    ImportField.SOURCE_DEPARTMENT: ("实施主体", "实施机关", "实施部门", "原实施主体", "原实施机关", "行使主体"),
    ImportField.MODE: ("赋权方式", "下放形式", "赋权形式"),
    ImportField.BODY: ("承接主体", "承接单位", "承接部门"),
    ImportField.DEADLINE: ("完成时限", "承接时间"),
    ImportField.OFFICIAL: ("承接责任人",),
    ImportField.NOTE: ("说明",),
}
#: Header names counties use, after :func:`header_key` clean-up.
SYNONYMS: dict[ImportField, tuple[str, ...]] = {f: (f.label, *_OTHER_NAMES[f]) for f in ImportField}
HEADER_NAMES: dict[str, ImportField] = {name: col for col, names in SYNONYMS.items() for name in names}

_SPACES = re.compile(r"\s+")
_BRACKETED = re.compile(r"[(\[（【].*?[)\]）】]")
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}]) | (?=[{_CJK}])")
_NEEDS_WORK = re.compile(r"\s\s|[\t\n\r\u3000\xa0\u200b\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]| (?=\S)")
# Full-width digits and Latin letters only: full-width punctuation is correct Chinese text.
_HALF = {
    cp: cp - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for cp in range(r[0], r[1] + 1)
}


def header_key(value: Cell) -> str:
    """A header cell reduced to its name: no spaces, no '*', no bracketed hints."""
    if not isinstance(value, str):
        return ""
    s = unicodedata.normalize("NFKC", value)
    s = _BRACKETED.sub("", _SPACES.sub("", s)).strip("*＊:：")
    return s


def text(value: Cell) -> str:
    """A text cell: trimmed, inner space runs folded, spaces between Chinese characters dropped."""
    if value is None:
        return ""
    if isinstance(value, str):
        s = value.strip()
        if not _NEEDS_WORK.search(s):
            return s
        s = s.replace("\u200b", "").replace("\ufeff", "").translate(_HALF)
        s = _SPACES.sub(" ", s.replace("\u3000", " ").replace("\xa0", " ")).strip()
        return _SPACE_NEAR_CJK.sub("", s)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return cn_date_text(value.date())
    if isinstance(value, dt.date):
        return cn_date_text(value)
    return str(value)


def written_text(value: Cell) -> str:
    """Text kept in the plan (name, legal basis, department, note): as written, only trimmed.

    Spacing can be meaningful here (《财政部 农业部关于…》 names two issuers, notes
    hold line breaks), so it is kept; :func:`text` is what comparisons use.
    """
    if isinstance(value, str):
        return value.replace("\u200b", "").replace("\ufeff", "").replace("\r\n", "\n").strip()
    return text(value)


def cn_date_text(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def name_key(value: str) -> str:
    """How body and person names are compared: NFKC, no spaces at all."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", value))


_TRAILING_ZERO = re.compile(r"^(\d+)\.0+$")


def code(value: Cell) -> str:
    """A power code: NFKC (full-width digits), no spaces, numbers back to their digits."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            if abs(value) >= 2**53:
                raise ValueError(
                    f"事项编码“{value:.15g}”被 Excel 存成了科学计数法，末尾数字已丢失，请把该列设为文本后重新填写"
                )
            return str(int(value))
        return repr(value)
    s = value if isinstance(value, str) else str(value)
    if s.isascii() and " " not in s and "\t" not in s:
        s = s.strip()
    else:
        s = _SPACES.sub("", unicodedata.normalize("NFKC", s))
    if "." not in s:  # most codes: no regex needed
        return s
    m = _TRAILING_ZERO.match(s)
    return m.group(1) if m else s


_DATE_TEXT = re.compile(r"^(\d{4})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*日?$")
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def date(value: Cell) -> dt.date | None:
    """A deadline: an Excel date, an Excel serial number, or 2027年3月31日 / 2027-03-31 / 2027.3.31."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # A date cell that lost its date format shows as its serial number (46477 = 2027-03-31).
        if 20_000 <= value <= 80_000 and float(value).is_integer():
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValueError(f"承接时限“{text(value)}”不是日期")
    s = unicodedata.normalize("NFKC", str(value)).strip()
    m = _DATE_TEXT.match(s) or _DATE_COMPACT.match(s)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    raise ValueError(f"承接时限“{text(value)}”不是日期")


_TYPE_NAMES: dict[str, PowerType] = {t.value: t for t in PowerType}
_TYPE_NAMES.update(
    {
        "许可": PowerType.LICENSING,
        "审批": PowerType.LICENSING,
        "行政审批": PowerType.LICENSING,
        "处罚": PowerType.PENALTY,
        "强制": PowerType.ENFORCEMENT,
        "征收": PowerType.LEVY,
        "给付": PowerType.BENEFIT,
        "检查": PowerType.INSPECTION,
        "确认": PowerType.CONFIRMATION,
        "奖励": PowerType.REWARD,
        "裁决": PowerType.ADJUDICATION,
        "其他": PowerType.OTHER,
        "其它": PowerType.OTHER,
        "其他权力": PowerType.OTHER,
        "其它权力": PowerType.OTHER,
        "其它行政权力": PowerType.OTHER,
        "其他职权": PowerType.OTHER,
        "公共服务事项": PowerType.PUBLIC_SERVICE,
        "服务": PowerType.PUBLIC_SERVICE,
    }
)


def power_type(value: Cell) -> PowerType | None:
    """A power type from its name or short form (许可 → 行政许可); None for an empty cell."""
    s = text(value).replace(" ", "")
    if not s:
        return None
    for candidate in (s, s.removesuffix("类"), s.removesuffix("事项"), s.removeprefix("行政")):
        found = _TYPE_NAMES.get(candidate)
        if found is not None:
            return found
    raise ValueError(f"事项类型“{text(value)}”无法识别")


_MODE_NAMES: dict[str, DelegationMode] = {
    "直接下放": DelegationMode.TRANSFER,
    "下放": DelegationMode.TRANSFER,
    "直接": DelegationMode.TRANSFER,
    "委托": DelegationMode.ENTRUST,
    "委托下放": DelegationMode.ENTRUST,
    "委托实施": DelegationMode.ENTRUST,
    "授权": DelegationMode.AUTHORISE,
    "授权实施": DelegationMode.AUTHORISE,
    "授权下放": DelegationMode.AUTHORISE,
}


def mode(value: Cell) -> DelegationMode | None:
    """A delegation mode from its name; None for an empty cell."""
    s = text(value).replace(" ", "")
    if not s:
        return None
    found = _MODE_NAMES.get(s)
    if found is None:
        raise ValueError(f"下放方式“{text(value)}”无法识别（应为 直接下放、委托 或 授权）")
    return found


_SUBTOTAL = ("合计", "小计", "总计", "共计")


def is_subtotal(value: str) -> bool:
    s = value.replace(" ", "")
    return s.startswith(_SUBTOTAL) or s.endswith(_SUBTOTAL)


_SUB_SEQ = re.compile(r"^\d+[.．\-－]\d+$")
_SUB_MARK = re.compile(r"^(?:[└├—－\-·•]+\s*|子项\s*\d*\s*[：:、.．]\s*)")


def is_sub_seq(seq: Cell) -> bool:
    """序号 of a sub-item: "12.1" (text) or 12.1 (a number)."""
    if isinstance(seq, float):
        return not seq.is_integer()
    if isinstance(seq, str):
        return bool(_SUB_SEQ.match(unicodedata.normalize("NFKC", seq).strip()))
    return False


def strip_sub_marker(name: str) -> tuple[str, bool]:
    """The name without a leading sub-item marker (└, —, 子项1：) and whether there was one."""
    m = _SUB_MARK.match(name) if name and name[0] in _SUB_FIRST else None
    if m is None:
        return name, False
    return name[m.end() :].strip(), True


_SUB_FIRST = frozenset("└├—－-·•子")

_PERSON = re.compile(r"^(.*?)\s*[(（]\s*([^()（）]+?)\s*[)）]$")


def person_ref(value: str) -> tuple[str, str]:
    """(name, staff id) from 责任人: "张三" or "张三（0012）"."""
    m = _PERSON.match(value)
    if m is None:
        return value, ""
    return m.group(1).strip(), m.group(2).strip()
