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

from reformdesk.domain.catalogue.registry import CATALOGUE_KINDS, CatalogueKind
from reformdesk.domain.model import DelegationMode, PowerType
from reformdesk.domain.registry import KINDS, EntityKind
from reformdesk.formats.table_shape import Vocabulary

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
    #: 子项名称: the sub-item's name beside its main item's (not a field of its own).
    SUB_NAME = "sub_name"
    # Columns of a 权责清单 (两单融合): read into SheetRow.extra; the catalogue import uses them,
    # a town plan's import passes over them.  Values are the catalogue item's field names.
    BASIS_CLAUSE = "basis_clause"
    LEVELS = "levels"
    STEPS = "responsibility_steps"
    ACCOUNTABILITY_CASES = "accountability_cases"
    ACCOUNTABILITY_BASIS = "accountability_basis"
    SUPERVISION = "supervision"
    SUPERVISION_PHONE = "supervision_phone"
    INTEGRITY_RISKS = "integrity_risks"

    @property
    def label(self) -> str:
        """The column's Chinese name: the field's registry label (what the export writes)."""
        if self is ImportField.SUB_NAME:
            return "子项名称"
        if self in CATALOGUE_COLUMNS:
            return CATALOGUE_KINDS[CatalogueKind.ITEM].field(self.value).label
        return KINDS[EntityKind.POWER].field(self.value).label


#: The columns only a 权责清单 has (see :attr:`SheetRow.extra <reformdesk.formats.importer.SheetRow.extra>`).
CATALOGUE_COLUMNS: frozenset[ImportField] = frozenset(
    {
        ImportField.BASIS_CLAUSE,
        ImportField.LEVELS,
        ImportField.STEPS,
        ImportField.ACCOUNTABILITY_CASES,
        ImportField.ACCOUNTABILITY_BASIS,
        ImportField.SUPERVISION,
        ImportField.SUPERVISION_PHONE,
        ImportField.INTEGRITY_RISKS,
    }
)


#: A department's own list names the office that handles an item 承办机构; the 编办's lists
#: write 原实施部门.  They name the department only where the header has no 原实施部门 column
#: (a list with both: 承办机构 is then the department's internal office, kept out).
_ORGANISER_NAMES = ("承办机构", "承办单位", "承办部门")
#: Other header names counties use for each field, after :func:`header_key`
#: clean-up (the field's own label comes first in :data:`SYNONYMS`).
_OTHER_NAMES: dict[ImportField, tuple[str, ...]] = {
    ImportField.SEQ: ("编号", "序"),
    ImportField.CODE: ("职权编码", "权力编码", "编码", "事项代码", "权力代码", "基本编码"),
    ImportField.NAME: (
        "职权名称",
        "权力名称",
        "权力事项名称",
        "职权事项名称",
        "行政权力事项名称",
        "名称",
        "主项名称",
        "主项",
        "事项名称主项",
        "主项事项名称",
        "项目名称",
    ),
    ImportField.TYPE: ("职权类别", "职权类型", "权力类型", "权力类别", "事项类别", "类型", "类别"),
    ImportField.LEGAL_BASIS: ("设定依据", "法定依据", "依据", "法律依据", "设定和实施依据", "法律法规依据"),
    ImportField.SOURCE_DEPARTMENT: (
        "实施主体",
        "实施机关",
        "实施部门",
        "原实施主体",
        "原实施机关",
        "行使主体",
        "实施单位",
        "原实施单位",
        # A county's own list often heads the department column plainly (a merged 部门 column
        # beside 承办机构, the department's internal office): the department, not the office.
        "部门",
        "所属部门",
        "主管部门",
        "责任部门",
        "职能部门",
        *_ORGANISER_NAMES,
    ),
    ImportField.MODE: ("赋权方式", "下放形式", "赋权形式"),
    ImportField.BODY: ("承接主体", "承接单位", "承接部门"),
    ImportField.DEADLINE: ("完成时限", "承接时间"),
    ImportField.OFFICIAL: ("承接责任人",),
    ImportField.NOTE: ("说明",),
    ImportField.SUB_NAME: ("子项", "子项名称", "子项事项名称", "子项目", "子项目名称", "事项名称子项"),
    ImportField.BASIS_CLAUSE: ("条款", "具体条款内容", "依据条款", "条款内容"),
    ImportField.LEVELS: ("行使层级", "实施层级", "层级"),
    ImportField.STEPS: ("责任事项", "责任事项内容", "职责事项"),
    ImportField.ACCOUNTABILITY_CASES: ("追责情形", "责任追究情形", "追责"),
    ImportField.ACCOUNTABILITY_BASIS: ("问责依据", "追责依据", "责任追究依据"),
    ImportField.SUPERVISION: ("监督方式", "监督方式/电话", "监督方式及电话", "监督方式和电话", "监督方式、电话"),
    ImportField.SUPERVISION_PHONE: ("监督电话", "监督举报电话", "投诉电话"),
    ImportField.INTEGRITY_RISKS: ("廉政风险点", "廉政风险", "风险点"),
}
#: Header names counties use, after :func:`header_key` clean-up.
SYNONYMS: dict[ImportField, tuple[str, ...]] = {
    f: (f.label, *(n for n in _OTHER_NAMES[f] if n != f.label)) for f in ImportField
}
HEADER_NAMES: dict[str, ImportField] = {name: col for col, names in SYNONYMS.items() for name in names}

_SPACES = re.compile(r"\s+")
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}]) | (?=[{_CJK}])")
_NEEDS_WORK = re.compile(r"\s\s|[\t\n\r\u3000\xa0\u200b\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]| (?=\S)")
# Full-width digits and Latin letters only: full-width punctuation is correct Chinese text.
_HALF = {
    cp: cp - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for cp in range(r[0], r[1] + 1)
}


#: The power list's header vocabulary, for :mod:`reformdesk.formats.table_shape`.
VOCABULARY: Vocabulary[ImportField] = Vocabulary(
    names=HEADER_NAMES,
    required=ImportField.NAME,
    title=ImportField.NAME,
    sequence=ImportField.SEQ,
    min_columns=2,
    describe="“事项名称”（或 职权名称/权力名称/主项名称）",
    fallback=frozenset(_ORGANISER_NAMES),
)


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
        # Many provinces list 行政强制 in its two legal kinds (行政强制法 第二条).
        "行政强制措施": PowerType.ENFORCEMENT,
        "行政强制执行": PowerType.ENFORCEMENT,
        "强制措施": PowerType.ENFORCEMENT,
        "强制执行": PowerType.ENFORCEMENT,
        "监督检查": PowerType.INSPECTION,
        "行政监督检查": PowerType.INSPECTION,
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
    "授权行使": DelegationMode.AUTHORISE,
    "委托行使": DelegationMode.ENTRUST,
    "委托执法": DelegationMode.ENTRUST,
    "委托办理": DelegationMode.ENTRUST,
    "下放实施": DelegationMode.TRANSFER,
    "直接下放实施": DelegationMode.TRANSFER,
    "全部下放": DelegationMode.TRANSFER,
}


def mode(value: Cell) -> DelegationMode | None:
    """A delegation mode from its name; None for an empty cell."""
    s = text(value).replace(" ", "")
    if not s:
        return None
    found = _MODE_NAMES.get(s) or _MODE_NAMES.get(s.removeprefix("依法"))
    if found is None:
        raise ValueError(f"下放方式“{text(value)}”无法识别（应为 直接下放、委托 或 授权）")
    return found


_SUBTOTAL = ("合计", "小计", "总计", "共计")


def is_subtotal(value: str) -> bool:
    s = value.replace(" ", "")
    return s.startswith(_SUBTOTAL) or s.endswith(_SUBTOTAL)


_SUB_SEQ = re.compile(r"^(?:\d+[.．\-－]\d+|[(（]\d+[)）])$")
_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_SUB_MARK = re.compile(
    r"^(?:[└├—－\-·•]+\s*|子项\s*\d*\s*[：:、.．]\s*|[(（]\s*\d+\s*[)）]\s*[、.．]?\s*|[①-⑳]\s*[、.．]?\s*"
    r"|\d+[.．\-－]\d+(?:\s+|\s*[、.．]\s*))"
)


def is_sub_seq(seq: Cell) -> bool:
    """序号 of a sub-item: "12.1", "12-1", "（1）", "(1)", "①" (text) or 12.1 (a number)."""
    if isinstance(seq, float):
        return not seq.is_integer()
    if isinstance(seq, str):
        s = seq.strip()
        if s and s[0] in _CIRCLED and len(s) == 1:
            return True
        return bool(_SUB_SEQ.match(unicodedata.normalize("NFKC", s)))
    return False


def strip_sub_marker(name: str) -> tuple[str, bool]:
    """The name without a leading sub-item marker (└, —, 子项1：, （1）, ①, 1.1) and whether there was one."""
    m = _SUB_MARK.match(name) if name and name[0] in _SUB_FIRST else None
    if m is None or m.end() >= len(name):
        return name, False
    return name[m.end() :].strip(), True


_SUB_FIRST = frozenset("└├—－-·•子（(0123456789") | _CIRCLED
#: The characters a sub-item marker can start with (a name starting otherwise has none).
SUB_FIRST = _SUB_FIRST

_PERSON = re.compile(r"^(.*?)\s*[(（]\s*([^()（）]+?)\s*[)）]$")


def person_ref(value: str) -> tuple[str, str]:
    """(name, staff id) from 责任人: "张三" or "张三（0012）"."""
    m = _PERSON.match(value)
    if m is None:
        return value, ""
    return m.group(1).strip(), m.group(2).strip()


# -- values as counties write them: the mapping rules ------------------------------------------
#
# Each rule takes one distinct written value and says what it becomes, why (a
# Chinese phrase the preview lists) and whether the user must look at it.


def _year_of(base: dt.date, year: str | None, month: int, day: int) -> dt.date:
    """The date ``month``/``day`` in ``year``, or the first such date on or after ``base``."""
    if year:
        return dt.date(int(year), month, day)
    candidate = dt.date(base.year, month, day)
    return candidate if candidate >= base else dt.date(base.year + 1, month, day)


def _month_end(year: int, month: int) -> int:
    return ((dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)).day


_BEFORE = r"(?:前|之前|以前|内|为止)?"
_REL_YEAR = re.compile(rf"^(\d{{4}})年(?:底|末|内|度|年底|年末)?{_BEFORE}$")
_REL_THIS_YEAR = re.compile(rf"^(?:今年|本年|当年|本年度)?(?:年底|年末|年内){_BEFORE}$")
_REL_HALF = re.compile(rf"^(?:(\d{{4}})年)?(上|下)半年(?:底|末)?{_BEFORE}$")
_REL_QUARTER = re.compile(rf"^(?:(\d{{4}})年)?第?([一二三四1-4])季度(?:末|底)?{_BEFORE}$")
_REL_MONTH = re.compile(rf"^(?:(\d{{4}})年)?(\d{{1,2}})月(?:份)?(?:底|末|中旬|下旬)?{_BEFORE}$")
_REL_DAY = re.compile(r"^(?:(\d{4})[年./\-])?(\d{1,2})[月./\-](\d{1,2})日?(?:前|之前|以前|为止)$")
_NOW_WORDS = frozenset(
    {"立即", "即时", "即日", "即日起", "立即承接", "立即实施", "马上", "随时", "立即执行", "即时承接"}
)
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_CN_NUM = re.compile(
    r"十[一二]|[一二三四五六七八九十](?=月)|(?<=月)[一二三]?十[一二三四五六七八九]?|(?<=月)[一二三四五六七八九](?=日)"
)


def _cn_to_digits(s: str) -> str:
    def one(m: re.Match[str]) -> str:
        t = m.group(0)
        if t.startswith("十"):
            return str(10 + (_CN_DIGITS[t[1]] if len(t) > 1 else 0))
        if "十" in t:
            tens, _, ones = t.partition("十")
            return str((_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0))
        return str(_CN_DIGITS[t])

    return _CN_NUM.sub(one, s)


def relative_deadline(value: str, plan_date: dt.date | None) -> tuple[dt.date | None, str]:
    """A deadline written as a period (6月底前, 2027年, 年底前, 立即): its last day and the rule.

    Without a year the period is the first one ending on or after the plan's
    date.  ``立即``/``即时`` is the plan's date.  Raises ValueError when the
    text is no such period (or needs a plan date the plan has not).
    """
    s = _cn_to_digits(unicodedata.normalize("NFKC", value).replace(" ", ""))
    base = plan_date or dt.date.today()
    if s in _NOW_WORDS:
        if plan_date is None:
            raise ValueError(f"承接时限“{value}”指方案日期，但方案未填日期")
        return plan_date, "立即/即时 → 方案日期"
    try:
        if m := _REL_YEAR.match(s):
            return dt.date(int(m.group(1)), 12, 31), "某年（底前）→ 当年12月31日"
        if _REL_THIS_YEAR.match(s):
            return _year_of(base, None, 12, 31), "年底前 → 12月31日"
        if m := _REL_HALF.match(s):
            month, day = (6, 30) if m.group(2) == "上" else (12, 31)
            return _year_of(base, m.group(1), month, day), "半年 → 该半年最后一天"
        if m := _REL_QUARTER.match(s):
            q = _CN_DIGITS.get(m.group(2)) or int(m.group(2))
            month = 3 * q
            return _year_of(base, m.group(1), month, _month_end(2001, month)), "季度 → 该季度最后一天"
        if m := _REL_MONTH.match(s):
            month = int(m.group(2))
            year = int(m.group(1)) if m.group(1) else None
            if not 1 <= month <= 12:
                raise ValueError
            if year is None:
                probe = _year_of(base, None, month, _month_end(base.year, month))
                year = probe.year
            return dt.date(year, month, _month_end(year, month)), "X月（底前）→ 该月最后一天"
        if m := _REL_DAY.match(s):
            return _year_of(base, m.group(1), int(m.group(2)), int(m.group(3))), "X月X日前 → 该日"
    except ValueError:
        pass
    raise ValueError(f"承接时限“{value}”不是日期")


#: Types outside 9+X that counties still write; they become 其他行政权力, the word kept in the note.
def type_fallback(value: str) -> tuple[PowerType, str]:
    return PowerType.OTHER, f"“{value}”不在9+X类型中 → 其他行政权力（原类型记入备注）"


_GOVERNMENT = re.compile(r"(?:人民政府|政府)$")
_NAME_SEPARATORS = re.compile(r"\s*[、，,；;／/]\s*|\s+(?![^（(]*[)）])")


def town_names(town: str) -> tuple[str, ...]:
    """桥头镇 → (桥头镇, 桥头): the ways a town's own name is written before a body's."""
    t = name_key(town)
    if not t:
        return ()
    short = t[:-1] if len(t) > 2 and t[-1] in "镇乡" else ""
    return (t, short) if short else (t,)


def _loose(name: str) -> str:
    for word in ("服务", "管理", "综合", "行政", "本镇", "镇", "乡"):
        name = name.replace(word, "")
    return name


def map_body(value: str, bodies: dict[str, str], town: str, county: str = "") -> tuple[str | None, str, bool]:
    """A written receiving body → (body id or None, the rule, whether the user must choose).

    ``bodies`` maps :func:`name_key` of each body's name to its id.  An exact
    name gives the rule "".
    """
    k = name_key(value)
    found = bodies.get(k)
    if found is not None:
        return found, "", False
    towns = town_names(town)
    county_k = name_key(county)
    prefixes = (
        [county_k + t for t in towns if county_k]
        + list(towns)
        + ([county_k] if county_k else [])
        + ["本镇", "镇", "乡"]
    )
    core = k
    for prefix in prefixes:
        if prefix and core.startswith(prefix) and len(core) > len(prefix):
            core = core[len(prefix) :]
            break
    if k in towns or _GOVERNMENT.search(core) or core in ("乡镇", "本镇", "镇"):
        return None, "乡镇人民政府（或乡镇本身）不是职能机构：请选择承接机构", True
    if core != k and core in bodies:
        return bodies[core], f"去掉“{k[: len(k) - len(core)]}”前缀 → 职能机构", False
    loose = _loose(core)
    matches = {bid for key, bid in bodies.items() if _loose(key) == loose and loose}
    if len(matches) == 1:
        return matches.pop(), "名称的“镇/中心”等写法不同 → 同名职能机构", False
    return None, "本方案中没有此承接机构：请选择", True


def official_names(value: str) -> tuple[list[tuple[str, str]], str]:
    """责任人 as written → [(name, bracketed text)] and the text kept in the note ("" for one name).

    "姚国华（副镇长）" → [("姚国华", "副镇长")]; "姚国华、卢志勇" → two names, note "责任人：姚国华、卢志勇".
    """
    s = value.strip()
    parts = [p for p in _NAME_SEPARATORS.split(s) if p]
    if len(parts) > 1 and not re.search(r"[、，,；;／/]", s) and any(len(p) < 2 for p in parts):
        parts = [s]  # 张 三: one name typed with a space
    if len(parts) <= 1:
        parts = [s]
    out = [person_ref(p) for p in parts]
    note = f"责任人：{'、'.join(n for n, _x in out)}" if len(out) > 1 else ""
    return out, note
