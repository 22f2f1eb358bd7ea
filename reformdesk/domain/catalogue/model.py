"""Entities of the county catalogue; see the package docstring."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from reformdesk.domain.model import PowerType, new_id


class SubjectKind(StrEnum):
    """What a 实施主体 is: a county department or a township (乡镇人民政府)."""

    DEPARTMENT = "部门"
    TOWNSHIP = "乡镇"


class ExerciseLevel(StrEnum):
    """行使层级: the levels of government that exercise an item (several allowed)."""

    PROVINCE = "省级"
    CITY = "市级"
    COUNTY = "县级"
    TOWNSHIP = "乡级"


#: The level values in order, for sorting and checking the TEXT_LIST field.
LEVELS: tuple[str, ...] = tuple(level.value for level in ExerciseLevel)


class ApprovalMark(StrEnum):
    """Whether an item is an administrative approval (行政审批事项) for the approval catalogue.

    By default a 行政许可 is one and nothing else is; the user marks the exceptions
    (an 其他行政权力 the county publishes as 审批, a 行政许可 it does not).
    """

    BY_TYPE = ""  # 按类型: 行政许可 are approvals
    YES = "审批"
    NO = "非审批"


class AdjustmentType(StrEnum):
    """调整类型 of a yearly adjustment (动态调整) record."""

    ADD = "新增"
    CANCEL = "取消"
    DELEGATE = "下放"
    CHANGE = "变更"
    MERGE = "合并"
    SPLIT = "分设"


#: The usual 调整理由 (offered in lists; any other text is allowed).
ADJUSTMENT_REASONS: tuple[str, ...] = ("法律法规立改废", "上级取消或下放", "职能调整", "合并或拆分", "其他")


@dataclass
class CatalogueInfo:
    title: str = ""  # 大通县权力清单和责任清单（2026年版）
    county: str = ""
    office: str = ""  # 填表单位
    year: int = 0  # 年度: each year's catalogue is a version
    date: dt.date | None = None
    notes: str = ""
    lineage_id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Subject:
    """A 实施主体: a county department or a township."""

    id: str
    name: str
    kind: SubjectKind
    code: str  # 统一社会信用代码 or the county's own code; optional
    note: str


@dataclass(slots=True)
class CatalogueItem:
    """One item (事项) of the catalogue, with its responsibility list (两单融合)."""

    id: str
    code: str  # 职权编码; never invented: an empty code stays empty (checks warn)
    name: str
    parent_id: str | None  # the main item of a sub-item (子项)
    subject_id: str | None  # 实施主体
    type: PowerType
    legal_basis: str  # 法律法规依据: the laws and regulations, 《…》
    basis_clause: str  # 具体条款: 第N条 …
    levels: list[str]  # 行使层级: ExerciseLevel values
    responsibility_steps: list[str]  # 责任事项, in order (受理 → 审查 → 决定 → 送达)
    accountability_cases: str  # 追责情形
    accountability_basis: str  # 问责依据
    supervision: str  # 监督方式
    supervision_phone: str  # 监督电话
    integrity_risks: str  # 廉政风险点 (optional)
    note: str  # 备注
    # Added in file format 2, at the end (rows are read into the dataclass in field order) and
    # with defaults, so code that builds items field by field need not name them.
    approval: ApprovalMark = ApprovalMark.BY_TYPE  # 审批事项: by type, or marked by the user
    origins: list[str] = field(default_factory=list)  # 合并自/分设自: earlier years' item codes it comes from


@dataclass(slots=True)
class Adjustment:
    """One record of a year's 动态调整: what changed in the list, why and on which document.

    It names the item by 实施主体, code and name as texts, not by reference: a cancelled
    item is no longer in the catalogue that keeps the record.
    """

    id: str
    year: int  # 年度
    action: AdjustmentType  # 调整类型
    subject: str  # 实施主体
    code: str  # 事项编码
    name: str  # 事项名称
    before: str  # 调整前
    after: str  # 调整后
    reason: str  # 调整理由: ADJUSTMENT_REASONS or free text
    basis: str  # 文件依据
    doc_no: str  # 文号
    date: dt.date | None  # 日期
    note: str  # 备注


@dataclass
class Catalogue:
    """One county catalogue (one .rdcatalog file)."""

    info: CatalogueInfo = field(default_factory=CatalogueInfo)
    subjects: dict[str, Subject] = field(default_factory=dict)
    items: dict[str, CatalogueItem] = field(default_factory=dict)
    #: The 动态调整 records, all years so far (a new year's version copies them).
    adjustments: dict[str, Adjustment] = field(default_factory=dict)

    def subject_by_name(self) -> dict[str, str]:
        """Subject name → id (the first, where names repeat)."""
        out: dict[str, str] = {}
        for sid, s in self.subjects.items():
            out.setdefault(s.name, sid)
        return out

    def items_of(self, subject_id: str) -> list[CatalogueItem]:
        """The subject's items in catalogue order (main items and sub-items)."""
        return [i for i in self.items.values() if i.subject_id == subject_id]

    def by_subject(self) -> dict[str | None, list[CatalogueItem]]:
        """Subject id → its items, in one pass (None: items without a subject)."""
        out: dict[str | None, list[CatalogueItem]] = {sid: [] for sid in self.subjects}
        for i in self.items.values():
            out.setdefault(i.subject_id if i.subject_id in self.subjects else None, []).append(i)
        return out

    def by_code(self) -> dict[str, str]:
        """Code → id of the first item with that code (empty codes left out)."""
        out: dict[str, str] = {}
        for iid, i in self.items.items():
            code = i.code.strip()
            if code:
                out.setdefault(code, iid)
        return out

    def children(self) -> dict[str, list[str]]:
        """Main item id → ids of its sub-items, in order."""
        out: dict[str, list[str]] = {}
        for iid, i in self.items.items():
            if i.parent_id is not None:
                out.setdefault(i.parent_id, []).append(iid)
        return out

    def subject_name(self, item: CatalogueItem) -> str:
        s = self.subjects.get(item.subject_id or "")
        return "" if s is None else s.name

    def natural_key(self, item: CatalogueItem) -> str:
        """The item's natural key: its code, or 实施主体 · name when it has none.

        Catalogues drafted apart (two years, the county and a department's own list)
        match items by this key, never by id.
        """
        code = item.code.strip()
        return code if code else f"{self.subject_name(item)}·{item.name.strip()}"

    def basis(self, item: CatalogueItem) -> str:
        """实施依据 as one text: the law and the clause (《…》第N条)."""
        return join_basis(item.legal_basis, item.basis_clause)


def default_title(county: str, year: int) -> str:
    """The name a new catalogue gets: 西川县权力清单和责任清单（2025年版）."""
    return f"{county}权力清单和责任清单（{year}年版）"


#: The automatic name of some county's and year's catalogue (default_title's shape).
_DEFAULT_TITLE = re.compile(r"(.*)权力清单和责任清单（(\d{4})年版）")


def current_title(info: CatalogueInfo) -> str:
    """``info.title``, or this 县's and 年度's automatic name if it is the automatic name of another.

    A file could keep the name generated for the 县 and 年度 it had before (saved by a version
    that did not follow them, or edited by another program): it would print last year's or
    another county's name.  A name the clerk worded differently is theirs and stays.
    """
    found = _DEFAULT_TITLE.fullmatch(info.title.strip())
    if found is None or not info.year:
        return info.title
    county, year = found.group(1), int(found.group(2))
    fresh = default_title(info.county, info.year)
    # Another county's automatic name: a different county, not this one's name said longer
    # (大通县人民政府权力清单… is the clerk's wording for 大通县).
    # A catalogue without its 县 filled in keeps a county its name names.
    other_county = bool(info.county) and county != info.county and not county.startswith(info.county)
    if other_county or (county == info.county and year != info.year):
        return fresh
    return info.title


def retitle(title: str, old: tuple[str, int], new: tuple[str, int]) -> str:
    """``title`` after the catalogue's 县 and 年度 change from ``old`` to ``new`` (county, year).

    The generated name is generated again; a name of the user's own keeps its wording and
    only has the old county at its start and the old year in 年版/年度 replaced, so a
    printed list never carries last year's or another county's name.
    """
    if not title or title == default_title(*old):
        return default_title(*new)
    (old_county, old_year), (county, year) = old, new
    if old_county and county != old_county and title.startswith(old_county):
        title = county + title[len(old_county) :]
    if year != old_year:
        title = re.sub(rf"{old_year}(?=年版|年度)", str(year), title, count=1)
    return title


def join_basis(law: str, clause: str) -> str:
    law, clause = law.strip(), clause.strip()
    if not clause:
        return law
    if not law:
        return clause
    return f"{law}{clause}"


def split_basis(text: str) -> tuple[str, str]:
    """One 实施依据 text → (法律法规依据, 具体条款); ``join_basis`` gives the text back.

    "《中华人民共和国食品安全法》第一百二十二条" → ("《中华人民共和国食品安全法》", "第一百二十二条").
    Only a text naming one law is split: with several ("《A》第三条、《B》第五条") a clause
    belongs to its law, so the whole text stays 法律法规依据 rather than lose which is whose.
    """
    text = text.strip()
    if text.startswith("《") and text.count("《") == 1 and text.count("》") == 1:
        end = text.index("》") + 1
        return text[:end], text[end:].strip()
    return text, ""
