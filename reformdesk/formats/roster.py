"""Import a town's roster (花名册, 机构编制实名制): its units and its people.

A roster as the real-name system and the towns export it: one or two sheets
of one workbook (.xlsx/.xls/.ods) — a unit sheet (机构名称, 机构类别, 核定编制,
领导职数, 实有人数 …) and a people sheet (序号, 姓名, 性别, 出生年月, 民族, 所在单位,
职务, 职级, 编制类型, 进编时间, 备注 …).  Three steps, like the power-list import:

1. :func:`read_roster` reads every sheet whose header it recognises
   (:func:`sheet_kind`), past title and 填报单位 rows, in any column order and
   with synonyms, a unit's name merged down over its people or given in a
   caption row above them; footnote, signer, blank, subtotal and repeated
   header rows are passed over and listed; each row that cannot be read is
   kept with its Excel row number and reasons;
2. :func:`plan_roster` matches it with a plan — people by staff id, or by
   name and unit where there is none; units by name — and proposes each new
   person's tier before the reform from their 职务 (:func:`propose_tier`),
   which the preview lets the user correct;
3. :func:`roster_changes` turns the preview into one change set (all or
   nothing: none while a row cannot be read, unless it is skipped).

People listed under 领导班子 / 镇领导 are the town's leaders: they get no unit.
An empty cell never clears a value in the plan.  Pure Python, no Qt.

The shape of a sheet — its header past title rows, merged cells, which rows
are people and which are captions, subtotals, footnotes or signer lines — is
read by :mod:`reformdesk.formats.table_shape`, as for power lists; sheet kinds
(:func:`sheet_kind`) come from the same vocabularies and header finding as the
importers.  The roster's own vocabulary — header synonyms, leader groups, post
types, the tier rules — and what a caption means (the unit of the people
under it) stay here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.model import Person, Plan, PostType, Tier, Unit, new_id
from reformdesk.domain.registry import EntityKind
from reformdesk.formats import import_values as v
from reformdesk.formats.import_guard import SheetReadError, read_tables
from reformdesk.formats.import_values import Cell
from reformdesk.formats.sheets import Table
from reformdesk.formats.table_shape import (
    Header,
    RowKind,
    Shape,
    Vocabulary,
    caption_text,
    find_header,
    prepare,
)

__all__ = [
    "HeadChoice",
    "RosterBadRow",
    "RosterPerson",
    "RosterPreview",
    "RosterRead",
    "RosterRefused",
    "RosterUnit",
    "SheetKind",
    "SheetReadError",
    "Why",
    "apply_roster",
    "describe",
    "plan_roster",
    "propose_tier",
    "read_roster",
    "roster_changes",
    "sheet_kind",
]

# -- vocabulary ----------------------------------------------------------------------------------


class PersonField(StrEnum):
    SEQ = "seq"
    NAME = "name"
    STAFF_ID = "staff_id"
    GENDER = "gender"
    BIRTH = "birth"
    ETHNICITY = "ethnicity"
    UNIT = "unit"
    POST = "post"
    GRADE = "grade"
    POST_TYPE = "post_type"
    JOINED = "joined"
    NOTE = "note"


class UnitField(StrEnum):
    SEQ = "seq"
    NAME = "name"
    KIND = "kind"
    POSTS = "posts"
    LEADERS = "leaders"
    ACTUAL = "actual"
    POST_TYPE = "post_type"
    NOTE = "note"


PERSON_HEADERS: dict[PersonField, tuple[str, ...]] = {
    PersonField.SEQ: ("序号", "编号", "序"),
    PersonField.NAME: ("姓名", "人员姓名", "名字"),
    PersonField.STAFF_ID: ("工号", "人员编号", "身份证号", "身份证号码", "人员代码", "编制卡号"),
    PersonField.GENDER: ("性别",),
    PersonField.BIRTH: ("出生年月", "出生日期", "出生年月日", "出生时间"),
    PersonField.ETHNICITY: ("民族",),
    PersonField.UNIT: (
        "所在单位",
        # What a roster drawn up for the reform calls the unit a person comes from.
        "原单位",
        "原所在单位",
        "原工作单位",
        "原科室",
        "原科室站所",
        "所在科室",
        "所在站所",
        "所在科室站所",
        "所在单位科室",
        "工作单位",
        "单位",
        "科室",
        "站所",
        "科室站所",
        "部门",
        "所在部门",
        "单位名称",
        "机构名称",
        "所在机构",
    ),
    PersonField.POST: ("职务", "现任职务", "现职务", "岗位", "职务岗位"),
    PersonField.GRADE: ("职级", "职级待遇", "现职级", "职称职级", "级别"),
    PersonField.POST_TYPE: ("编制类型", "人员类别", "编制性质", "人员身份", "身份类别", "编制情况", "编制"),
    PersonField.JOINED: ("进编时间", "入编时间", "参加工作时间", "进入编制时间", "进编日期"),
    PersonField.NOTE: ("备注", "说明"),
}
UNIT_HEADERS: dict[UnitField, tuple[str, ...]] = {
    UnitField.SEQ: ("序号", "编号"),
    UnitField.NAME: ("机构名称", "单位名称", "科室名称", "站所名称", "内设机构", "名称"),
    UnitField.KIND: ("机构类别", "机构性质", "单位性质", "性质", "类别", "机构类型", "单位类别"),
    UnitField.POSTS: ("核定编制", "编制数", "核定编制数", "编制总数", "核编数"),
    UnitField.LEADERS: ("领导职数", "核定领导职数"),
    UnitField.ACTUAL: ("实有人数", "实有", "在编人数", "实有在编人数", "现有人数"),
    UnitField.POST_TYPE: ("编制类型", "编制性质"),
    UnitField.NOTE: ("备注", "说明"),
}
PEOPLE_VOCABULARY: Vocabulary[PersonField] = Vocabulary.from_synonyms(
    PERSON_HEADERS,
    required=PersonField.NAME,
    title=PersonField.NAME,
    sequence=PersonField.SEQ,
    min_columns=3,
    describe="“姓名”",
)
UNIT_VOCABULARY: Vocabulary[UnitField] = Vocabulary.from_synonyms(
    UNIT_HEADERS,
    required=UnitField.NAME,
    title=UnitField.NAME,
    sequence=UnitField.SEQ,
    one_of=(UnitField.POSTS, UnitField.ACTUAL, UnitField.KIND, UnitField.LEADERS),
    describe="“机构名称”（或 单位名称）",
)

#: Groups under which rosters list the town's leaders: they belong to no unit.
LEADER_GROUPS = frozenset(
    {
        "领导班子",
        "镇领导",
        "镇领导班子",
        "乡领导",
        "乡领导班子",
        "班子成员",
        "党政领导",
        "党政领导班子",
        "乡镇领导",
        "镇党政领导班子",
        "党委政府领导",
    }
)

_POST_TYPES: dict[str, PostType] = {t.value: t for t in PostType if t.value}
_POST_TYPES.update(
    {
        "行政": PostType.ADMINISTRATIVE,
        "行政编": PostType.ADMINISTRATIVE,
        "公务员": PostType.ADMINISTRATIVE,
        "行政机关": PostType.ADMINISTRATIVE,
        # 政法专项编制 (司法所, 派出所 …) is a kind of 行政编制, counted with it.
        "政法专项": PostType.ADMINISTRATIVE,
        "政法": PostType.ADMINISTRATIVE,
        "事业": PostType.INSTITUTION,
        "事业编": PostType.INSTITUTION,
        "事业人员": PostType.INSTITUTION,
        "参公": PostType.CIVIL_SERVICE_REFERENCE,
        "参照管理": PostType.CIVIL_SERVICE_REFERENCE,
        "参照公务员管理": PostType.CIVIL_SERVICE_REFERENCE,
        "参公事业": PostType.CIVIL_SERVICE_REFERENCE,
        "工勤编制": PostType.WORKER,
        "机关工勤": PostType.WORKER,
        "工勤人员": PostType.WORKER,
        "工勤编": PostType.WORKER,
        "聘用": PostType.OUTSIDE,
        "临聘": PostType.OUTSIDE,
        "编外人员": PostType.OUTSIDE,
        "合同制": PostType.OUTSIDE,
        "劳务派遣": PostType.OUTSIDE,
        "公益性岗位": PostType.OUTSIDE,
        "临时工": PostType.OUTSIDE,
    }
)
#: A unit's 机构类别 telling its posts' type.
_KIND_POST_TYPES = (
    ("参照", PostType.CIVIL_SERVICE_REFERENCE),
    ("行政", PostType.ADMINISTRATIVE),
    ("事业", PostType.INSTITUTION),
)


def post_type(value: Cell) -> PostType:
    """编制类型 from its name or a common short form (行政 → 行政编制, 参公 …); UNSET for an empty cell."""
    s = v.text(value).replace(" ", "")
    if not s:
        return PostType.UNSET
    for candidate in (s, s.removesuffix("编制"), s.removesuffix("人员"), s.removesuffix("身份")):
        found = _POST_TYPES.get(candidate)
        if found is not None:
            return found
    raise ValueError(f"编制类型“{v.text(value)}”无法识别（应为 行政编制、事业编制、参照公务员法管理、工勤 或 编外）")


_YEAR_MONTH = re.compile(r"^(\d{4})\s*[年./\-]\s*(\d{1,2})\s*(?:月|[./\-]\s*\d{1,2}\s*日?)?$")
_YEAR_MONTH_COMPACT = re.compile(r"^(\d{4})(\d{2})(?:\d{2})?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def year_month(value: Cell, label: str) -> str:
    """出生年月 / 进编时间 as 1985年3月, from an Excel date, a serial number or 1985.03 / 1985-3 / 198503 / 1985年3月."""
    if value is None or value == "":
        return ""
    day: dt.date | None = None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, float) and not value.is_integer():
        # 1985.03 typed as a number (and 1985.1 for October: Excel drops the zero).
        year, frac = divmod(round(value * 100), 100)
        if 1900 <= year <= 2100 and 1 <= frac <= 12:
            return f"{year}年{frac}月"
    elif isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value <= 80_000:
        day = _EXCEL_EPOCH + dt.timedelta(days=int(value))
    if day is not None:
        return f"{day.year}年{day.month}月"
    s = unicodedata.normalize("NFKC", str(value)).strip()
    m = _YEAR_MONTH.match(s) or _YEAR_MONTH_COMPACT.match(s)
    if m and 1900 <= int(m.group(1)) <= 2100 and 1 <= int(m.group(2)) <= 12:
        return f"{int(m.group(1))}年{int(m.group(2))}月"
    raise ValueError(f"{label}“{v.text(value)}”不是年月")


def gender(value: Cell) -> str:
    s = v.text(value).replace(" ", "")
    if s in ("", "男", "女"):
        return s
    if s in ("男性", "M", "m"):
        return "男"
    if s in ("女性", "F", "f"):
        return "女"
    raise ValueError(f"性别“{s}”应为 男 或 女")


def count(value: Cell, label: str) -> int | None:
    """A head count or post count: a number, or text digits (full-width too); None for an empty cell."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"{label}“{value}”不是人数")
    if isinstance(value, int | float) and float(value).is_integer() and value >= 0:
        return int(value)
    s = unicodedata.normalize("NFKC", v.text(value)).removesuffix("人").removesuffix("名").strip()
    if s.isdigit():
        return int(s)
    raise ValueError(f"{label}“{v.text(value)}”不是人数")


# -- the tier before, from 职务 -----------------------------------------------------------------


class HeadChoice(StrEnum):
    """Who the 负责人 is (the office chooses in the preview); the other main leader is a 副职领导."""

    SECRETARY = "secretary"  # 党委书记
    MAYOR = "mayor"  # 镇长 / 乡长
    BOTH = "both"


_DEPUTY_WORDS = (
    "副书记",
    "副镇长",
    "副乡长",
    "人大主席",
    "人大副主席",
    "人大主任",
    "人大副主任",
    "纪委书记",
    "纪工委书记",
    "监察组长",
    "武装部长",
    "组织委员",
    "宣传委员",
    "统战委员",
    "政法委员",
    "党委委员",
    "党委副书记",
    "政协联络",
    "工会主席",
    "团委书记",
    "妇联主席",
)
_CHIEF_WORDS = ("主任", "站长", "所长", "科长", "队长", "股长", "院长", "馆长", "部长", "负责人", "组长")
_STAFF_WORDS = ("科员", "干部", "办事员", "工作人员", "职员", "专干", "文书", "会计", "出纳", "干事")


def _main_leader(post: str) -> str | None:
    """ "secretary", "mayor" or None: whether 职务 names the town's 党委书记 or 镇长."""
    rest = post
    if "党委书记" in rest:
        return "secretary"
    for word in ("副镇长", "副乡长"):
        rest = rest.replace(word, "")
    if "镇长" in rest or "乡长" in rest:
        return "mayor"
    return None


class Why(StrEnum):
    """Where a proposed tier comes from (the preview says it in words, with ``word``)."""

    HEAD = "head"  # word: 党委书记 / 镇长, chosen as 负责人
    OTHER_HEAD = "other_head"  # word: 党委书记 / 镇长, the other main leader: 副职领导
    WORD = "word"  # word: the part of 职务 that decided (副镇长, 站长 …)
    POST = "post"  # word: the 职务, a staff post or one no rule knows
    LEADER = "leader"  # listed under the leaders, 职务 says nothing more
    NO_POST = "no_post"
    MANUAL = "manual"  # the user chose
    PLAN = "plan"  # an update: the person's own tier in the plan


def propose_tier(post: str, head: HeadChoice = HeadChoice.SECRETARY, leader: bool = False) -> tuple[Tier, Why, str]:
    """The tier before the reform a 职务 suggests, and why: (tier, Why, word).

    党委书记 and 镇长 are 负责人 or 副职领导 as ``head`` says; 副书记, 副镇长, 人大主席,
    纪委书记, 武装部长 … are 副职领导; 主任, 站长, 所长, 科长 … are 科室长; 科员,
    干部, 办事员 … and anything else are 干部 — except someone listed under the
    leaders (``leader``), who is a 副职领导 unless their post says otherwise.
    """
    p = v.text(post).replace(" ", "")
    main = _main_leader(p)
    if main is not None:
        is_head = head is HeadChoice.BOTH or head.value == main
        title = "党委书记" if main == "secretary" else "镇长"
        return (Tier.HEAD, Why.HEAD, title) if is_head else (Tier.DEPUTY_LEADER, Why.OTHER_HEAD, title)
    for word in _DEPUTY_WORDS:
        if word in p:
            return Tier.DEPUTY_LEADER, Why.WORD, word
    if any(p.endswith(w) for w in _STAFF_WORDS):
        return Tier.STAFF, Why.POST, p
    for word in _CHIEF_WORDS:
        if word in p:
            return Tier.SECTION_CHIEF, Why.WORD, word
    if leader:
        return Tier.DEPUTY_LEADER, Why.LEADER, ""
    return (Tier.STAFF, Why.POST, p) if p else (Tier.STAFF, Why.NO_POST, "")


# -- which sheet is which -------------------------------------------------------------------------


class SheetKind(StrEnum):
    POWERS = "powers"  # a power list (formats/importer.py)
    PEOPLE = "people"  # a roster's people sheet
    UNITS = "units"  # a roster's unit sheet


#: The header vocabularies, by kind: the roster's two and the power importer's own.
VOCABULARIES: dict[SheetKind, Vocabulary] = {
    SheetKind.PEOPLE: PEOPLE_VOCABULARY,
    SheetKind.UNITS: UNIT_VOCABULARY,
    SheetKind.POWERS: v.VOCABULARY,
}


def _recognise(table: Table) -> tuple[SheetKind, Header] | None:
    """The sheet's kind and header, found as the importers find them.

    Every vocabulary looks for its header (past title rows, two-level headers);
    where more than one finds one, the header naming the most columns wins
    (a unit sheet's 名称 | 类别 | 核定编制 | 实有人数 over a power list's 名称 | 类别),
    and on a tie the roster's kinds come first.
    """
    best: tuple[SheetKind, Header] | None = None
    for kind, vocab in VOCABULARIES.items():
        found = find_header(table.rows, vocab, table.top)
        if not isinstance(found, str) and (best is None or len(found.columns) > len(best[1].columns)):
            best = (kind, found)
    return best


def sheet_kind(table: Table) -> tuple[SheetKind, int, dict] | None:
    """What a sheet is, from its header row: (kind, header index into ``table.rows``, columns), or None."""
    found = _recognise(table)
    return None if found is None else (found[0], found[1].index, found[1].columns)


#: A unit's people counted after its name: 党政办（5人）, 财政所 3人.
_PEOPLE_COUNT = re.compile(r"\s*[(（]\s*\d+\s*人?\s*[)）]\s*$|\s*\d+\s*人\s*$")
_ARABIC_NUMBERING = re.compile(r"^\d+\s*[、.．]\s*")

#: Why a row that is no data row was passed over (the roster's words for table_shape's row kinds).
_SKIPPED = {
    RowKind.HEADER: "重复的表头",
    RowKind.SUBTOTAL: "合计行",
    RowKind.FOOTNOTE: "说明行",
    RowKind.SIGNER: "签字行",
}


def _unit_name(value: Cell) -> str:
    """A unit as a people row or the unit sheet names it, without its people count."""
    return _PEOPLE_COUNT.sub("", v.text(value)).strip()


def _caption_unit(text: str) -> str:
    """The unit a caption row names: 一、党政办公室（5人） → 党政办公室."""
    return _unit_name(_ARABIC_NUMBERING.sub("", caption_text(text)))


def _lone_text(line: Sequence[Cell]) -> str | None:
    """The text of a row that holds one text only (in one cell, or copied over a few by a merge)."""
    filled = {c for c in line if c not in ("", None)}
    only = filled.pop() if len(filled) == 1 else None
    return only if isinstance(only, str) else None


# -- reading -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class RosterPerson:
    sheet: str
    row: int  # as Excel shows it
    name: str
    staff_id: str = ""
    gender: str = ""
    birth: str = ""
    ethnicity: str = ""
    unit: str = ""  # "" with leader=True: the town's leaders; "" else: no unit given
    leader: bool = False
    post: str = ""
    grade: str = ""
    post_type: PostType = PostType.UNSET
    joined: str = ""
    note: str = ""
    problems: tuple[str, ...] = ()


@dataclass(slots=True)
class RosterUnit:
    sheet: str
    row: int
    name: str
    kind: str = ""
    posts: int | None = None  # 核定编制
    leaders: int | None = None  # 领导职数
    actual: int | None = None  # 实有人数
    post_type: PostType = PostType.UNSET
    problems: tuple[str, ...] = ()


@dataclass(slots=True)
class RosterRead:
    """What :func:`read_roster` found in a workbook."""

    path: Path
    #: (sheet, kind, header row) of every recognised sheet, in workbook order.
    sheets: list[tuple[str, SheetKind, int]] = field(default_factory=list)
    units: list[RosterUnit] = field(default_factory=list)
    people: list[RosterPerson] = field(default_factory=list)
    #: (sheet, row, why) of rows passed over on purpose.
    skipped: list[tuple[str, int, str]] = field(default_factory=list)

    @property
    def roster_sheets(self) -> list[tuple[str, SheetKind, int]]:
        return [s for s in self.sheets if s[1] is not SheetKind.POWERS]


def read_roster(path: str | Path, *, tables: Iterable[Table] | None = None) -> RosterRead:
    """Read the roster sheets of a workbook; raises :class:`SheetReadError` (one Chinese sentence) when none.

    ``tables``: the workbook's tables already read (the file is not read again).
    """
    p = Path(path)
    read = RosterRead(path=p)
    any_content = False
    for table in read_tables(p) if tables is None else tables:
        any_content = True
        found = _recognise(table)
        if found is None:
            continue
        kind, header = found
        read.sheets.append((table.name, kind, header.row))
        if kind is SheetKind.POWERS:
            continue
        shape = prepare(table, header, VOCABULARIES[kind])  # a unit merged down over its people is copied
        if kind is SheetKind.PEOPLE:
            _read_people(read, shape)
        else:
            _read_units(read, shape)
    if not any_content:
        raise SheetReadError(f"工作簿是空的，没有任何数据：{p.name}")
    if not read.roster_sheets:
        raise SheetReadError(
            "没有找到花名册的表头：人员表需要“姓名”列和所在单位、职务、性别、编制类型等列中的至少两列；"
            "机构表需要“机构名称”（或 单位名称）列和核定编制、实有人数、机构类别等列之一"
        )
    return read


def _cell(line: Sequence[Cell], columns: dict, f: StrEnum) -> Cell:
    index = columns.get(f)
    return line[index] if index is not None and index < len(line) else None


def _rows(read: RosterRead, shape: Shape, people: bool):
    """(Excel row, line, caption unit, first of its block) of the data rows; other rows noted in
    ``read.skipped``.  A block is a run of data rows with no other row (nor a blank one) between.

    The rows' kinds are table_shape's; the roster adds that a caption (or, on a
    people sheet, a row holding one text only) names the unit of the people
    under it, and that on a unit sheet a name alone in its column is a unit.
    """
    items, others = shape.split()
    rows = sorted([(index, RowKind.ITEM, "") for index in items] + others)
    caption = ""
    last_item = -2
    for index, kind, text in rows:
        line = shape.table.rows[index]
        row = shape.sheet_row(index)
        if kind is RowKind.ITEM and people:
            lone = _lone_text(line)
            if lone is not None:
                kind, text = RowKind.GROUP, lone
        elif kind in (RowKind.CAPTION, RowKind.GROUP) and not people and index not in shape.merged_across:
            lone = _lone_text(line)
            if lone and _cell(line, shape.columns, UnitField.NAME) == lone and caption_text(lone) == lone.strip():
                kind = RowKind.ITEM  # 文化站 alone under 机构名称 (no numbering): a unit without its figures
        if kind in (RowKind.CAPTION, RowKind.GROUP):
            caption = _caption_unit(text)
            read.skipped.append((shape.table.name, row, f"分组行（{caption}）"))
        elif kind is RowKind.ITEM:
            yield row, line, caption, index != last_item + 1
            last_item = index
        else:
            read.skipped.append((shape.table.name, row, _SKIPPED[kind]))


def _parsed(problems: list[str], fn, value: Cell, *args, default=None):
    """``fn(value, *args)``, or ``default`` with the reason noted in ``problems``."""
    try:
        return fn(value, *args)
    except ValueError as exc:
        problems.append(str(exc))
        return default


def _read_people(read: RosterRead, shape: Shape[PersonField]) -> None:
    table, columns = shape.table, shape.columns
    seen_ids: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}
    carried = ""  # the unit written above in the block: merged down, but the file kept no merges (.ods)
    for row, line, caption, first in _rows(read, shape, people=True):
        problems: list[str] = []

        def parse(f: PersonField, fn, *args, default="", line=line, problems=problems):
            return _parsed(problems, fn, _cell(line, columns, f), *args, default=default)

        name = v.text(_cell(line, columns, PersonField.NAME))
        if not name:
            problems.append("缺少姓名")
        staff_id = parse(PersonField.STAFF_ID, v.code)
        written = _unit_name(_cell(line, columns, PersonField.UNIT))
        carried = written or ("" if first else carried)
        unit = carried or caption
        leader = v.name_key(unit) in LEADER_GROUPS
        person = RosterPerson(
            sheet=table.name,
            row=row,
            name=name,
            staff_id=staff_id,
            gender=parse(PersonField.GENDER, gender),
            birth=parse(PersonField.BIRTH, year_month, "出生年月"),
            ethnicity=v.text(_cell(line, columns, PersonField.ETHNICITY)),
            unit="" if leader else unit,
            leader=leader,
            post=v.text(_cell(line, columns, PersonField.POST)),
            grade=v.text(_cell(line, columns, PersonField.GRADE)),
            post_type=parse(PersonField.POST_TYPE, post_type, default=PostType.UNSET),
            joined=parse(PersonField.JOINED, year_month, "进编时间"),
            note=v.written_text(_cell(line, columns, PersonField.NOTE)),
        )
        if staff_id:
            if staff_id in seen_ids:
                problems.append(f"工号{staff_id}与第 {seen_ids[staff_id]} 行重复")
            seen_ids.setdefault(staff_id, row)
        elif name:
            key = (v.name_key(name), v.name_key(person.unit))
            if key in seen_names:
                problems.append(f"与第 {seen_names[key]} 行同名、同单位，又都没有工号，无法区分")
            seen_names.setdefault(key, row)
        person.problems = tuple(problems)
        read.people.append(person)


def _read_units(read: RosterRead, shape: Shape[UnitField]) -> None:
    table, columns = shape.table, shape.columns
    seen: dict[str, int] = {}
    for row, line, _caption, _first in _rows(read, shape, people=False):
        problems: list[str] = []

        def number(f: UnitField, label: str, line=line, problems=problems) -> int | None:
            return _parsed(problems, count, _cell(line, columns, f), label, default=None)

        name = _unit_name(_cell(line, columns, UnitField.NAME))
        if not name:
            problems.append("缺少机构名称")
        if v.name_key(name) in LEADER_GROUPS:
            read.skipped.append((table.name, row, "领导班子不是原科室站所"))
            continue
        kind = v.text(_cell(line, columns, UnitField.KIND))
        try:
            ptype = post_type(_cell(line, columns, UnitField.POST_TYPE))
        except ValueError as exc:
            problems.append(str(exc))
            ptype = PostType.UNSET
        if ptype is PostType.UNSET:
            ptype = next((t for word, t in _KIND_POST_TYPES if word in kind), PostType.UNSET)
        if name in seen:
            problems.append(f"与第 {seen[name]} 行的机构重名")
        seen.setdefault(name, row)
        read.units.append(
            RosterUnit(
                table.name,
                row,
                name,
                kind,
                number(UnitField.POSTS, "核定编制"),
                number(UnitField.LEADERS, "领导职数"),
                number(UnitField.ACTUAL, "实有人数"),
                ptype,
                tuple(problems),
            )
        )


# -- matching with the plan ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RosterBadRow:
    sheet: str
    row: int
    name: str
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "；".join(self.reasons)


@dataclass(slots=True)
class PersonMatch:
    """One people row as it would be imported: a new person or an update of one."""

    read: RosterPerson
    person_id: str  # a new id for a new person
    new: bool
    tier: Tier  # the tier before the reform, as proposed (or the person's own, for an update)
    why: Why  # where the tier comes from …
    word: str  # … and the word of 职务 that decided
    changes: dict[str, object] = field(default_factory=dict)  # fields an update changes (not the tier)
    plan_tier: Tier | None = None  # an update: the person's tier before in the plan

    def updates(self) -> dict[str, object]:
        """The fields an update changes, the tier too when the user set another one."""
        out = dict(self.changes)
        if not self.new and self.plan_tier is not None and self.tier is not self.plan_tier:
            out["tier_before"] = self.tier
        return out


@dataclass(slots=True)
class RosterPreview:
    """What importing a roster would do; nothing has changed yet."""

    read: RosterRead
    head: HeadChoice
    units_added: list[Unit] = field(default_factory=list)
    units_updated: list[tuple[str, dict[str, object]]] = field(default_factory=list)  # (unit id, changes)
    unit_names: dict[str, str] = field(default_factory=dict)  # names of the updated units
    people: list[PersonMatch] = field(default_factory=list)
    bad: list[RosterBadRow] = field(default_factory=list)

    @property
    def people_added(self) -> list[PersonMatch]:
        return [m for m in self.people if m.new]

    @property
    def people_updated(self) -> list[PersonMatch]:
        return [m for m in self.people if not m.new and m.updates()]

    @property
    def unchanged(self) -> int:
        return sum(1 for m in self.people if not m.new and not m.updates())

    def set_tier(self, index: int, tier: Tier) -> None:
        """The user's correction of one person's proposed tier (``index`` into :attr:`people`)."""
        match = self.people[index]
        match.tier = tier
        match.why, match.word = Why.MANUAL, ""

    def rematch_heads(self, head: HeadChoice) -> None:
        """Propose again for 党委书记 and 镇长 (the office's choice of 负责人), keeping manual choices."""
        self.head = head
        for m in self.people:
            if m.new and m.why is not Why.MANUAL and _main_leader(v.text(m.read.post).replace(" ", "")):
                m.tier, m.why, m.word = propose_tier(m.read.post, head, m.read.leader)

    def main_leaders(self) -> list[tuple[str, str, Tier]]:
        """(name, "secretary" or "mayor", tier) of each person whose 职务 names the town's 党委书记 or 镇长.

        How the roster's leaders were read, for the preview to say before anything is imported:
        with the default reading (``--head secretary``) a 镇长 is a 副职领导, and a roster that
        lists a 镇长 but no 党委书记 has no 负责人 at all.
        """
        out = []
        for m in self.people:
            main = _main_leader(v.text(m.read.post).replace(" ", ""))
            if main is not None:
                out.append((m.read.name, main, m.tier))
        return out

    def summary(self) -> str:
        return (
            f"原科室站所 新增 {len(self.units_added)} 个、更新 {len(self.units_updated)} 个；"
            f"人员 新增 {len(self.people_added)} 人、更新 {len(self.people_updated)} 人、无变化 {self.unchanged} 人；"
            f"无法读取 {len(self.bad)} 行"
        )


_PERSON_TEXT = ("name", "staff_id", "gender", "birth", "ethnicity", "post", "grade", "joined", "note")


def plan_roster(plan: Plan, read: RosterRead, head: HeadChoice = HeadChoice.SECRETARY) -> RosterPreview:
    """Match a read roster with ``plan``: units by name; people by staff id, else by name and unit."""
    preview = RosterPreview(read, head)
    units_by_name = {v.name_key(u.name): u for u in plan.units.values()}
    new_units: dict[str, Unit] = {}
    for ru in read.units:
        if ru.problems:
            preview.bad.append(RosterBadRow(ru.sheet, ru.row, ru.name, ru.problems))
            continue
        key = v.name_key(ru.name)
        values: dict[str, object] = {"kind": ru.kind, "post_type": ru.post_type}
        if ru.posts is not None:
            values["authorized_posts"] = ru.posts
        if ru.actual is not None:
            values["head_count"] = ru.actual
        existing = units_by_name.get(key)
        if existing is None:
            if key not in new_units:
                unit = Unit(id=new_id(), name=ru.name)
                for name, value in values.items():
                    setattr(unit, name, value)
                new_units[key] = unit
            continue
        changes = {
            k: val for k, val in values.items() if val not in ("", PostType.UNSET) and getattr(existing, k) != val
        }
        if changes:
            preview.units_updated.append((existing.id, changes))
            preview.unit_names[existing.id] = existing.name

    by_staff = {v.name_key(p.staff_id): p for p in plan.people.values() if p.staff_id}
    by_name_unit: dict[tuple[str, str], Person] = {}
    #: name → the people of that name, and whether each has a unit: a roster read once without
    #: its unit column (or a unit left blank on one side) still finds the one person it names.
    by_name: dict[str, list[tuple[Person, bool]]] = {}
    for p in plan.people.values():
        unit = plan.units.get(p.unit_id or "")
        by_name_unit.setdefault((v.name_key(p.name), v.name_key(unit.name) if unit else ""), p)
        by_name.setdefault(v.name_key(p.name), []).append((p, unit is not None))
    claimed: set[str] = set()
    counts: dict[str, int] = {}
    for rp in read.people:
        if rp.problems:
            preview.bad.append(RosterBadRow(rp.sheet, rp.row, rp.name, rp.problems))
            continue
        unit_id: str | None = None
        if rp.unit:
            key = v.name_key(rp.unit)
            unit = units_by_name.get(key) or new_units.get(key)
            if unit is None:
                unit = new_units[key] = Unit(id=new_id(), name=rp.unit)
            unit_id = unit.id
            counts[unit.id] = counts.get(unit.id, 0) + 1
        existing = by_staff.get(v.name_key(rp.staff_id)) if rp.staff_id else None
        if existing is None:
            existing = by_name_unit.get((v.name_key(rp.name), v.name_key(rp.unit)))
        if existing is None:
            existing = _only_namesake(by_name.get(v.name_key(rp.name), []), bool(rp.unit), claimed)
        if existing is not None:
            claimed.add(existing.id)
        if existing is None:
            tier, why, word = propose_tier(rp.post, head, rp.leader)
            preview.people.append(PersonMatch(rp, new_id(), True, tier, why, word))
            continue
        changes: dict[str, object] = {
            f: getattr(rp, f) for f in _PERSON_TEXT if getattr(rp, f) and getattr(rp, f) != getattr(existing, f)
        }
        if rp.post_type is not PostType.UNSET and rp.post_type is not existing.post_type:
            changes["post_type"] = rp.post_type
        if (rp.unit or rp.leader) and unit_id != existing.unit_id:
            changes["unit_id"] = unit_id
        preview.people.append(
            PersonMatch(rp, existing.id, False, existing.tier_before, Why.PLAN, "", changes, existing.tier_before)
        )
    for unit in new_units.values():
        if not unit.head_count:
            unit.head_count = counts.get(unit.id, 0)
    preview.units_added = list(new_units.values())
    return preview


def _only_namesake(namesakes: list[tuple[Person, bool]], read_has_unit: bool, claimed: set[str]) -> Person | None:
    """The one person of a name where the roster or the plan gives no unit, else None (never a guess).

    Names and units match people without staff ids; when one side has no unit, the name alone
    does, if exactly one person of it is left: importing a roster again never duplicates them.
    """
    left = [(p, has_unit) for p, has_unit in namesakes if p.id not in claimed]
    if len(left) != 1:
        return None
    person, has_unit = left[0]
    return person if not (has_unit and read_has_unit) else None


class RosterRefused(Exception):
    """The preview would not be applied; ``str()`` says why, in Chinese."""


def roster_changes(plan: Plan, preview: RosterPreview, skip_bad_rows: bool = False) -> ChangeSet:
    """The preview as one change set (units first, then people); refused while rows cannot be read."""
    if preview.bad and not skip_bad_rows:
        first = preview.bad[0]
        raise RosterRefused(
            f"有 {len(preview.bad)} 行无法读取（如工作表“{first.sheet}”第 {first.row} 行：{first.reason}），未导入任何内容"
        )
    out = ChangeSet().add(EntityKind.UNIT, [replace(u) for u in preview.units_added])
    out.set(EntityKind.UNIT, {uid: dict(ch) for uid, ch in preview.units_updated})
    added = []
    units_by_name = {v.name_key(u.name): u.id for u in (*plan.units.values(), *preview.units_added)}
    for m in preview.people:
        rp = m.read
        if m.new:
            added.append(
                Person(
                    id=m.person_id,
                    staff_id=rp.staff_id,
                    name=rp.name,
                    post=rp.post,
                    tier_before=m.tier,
                    tier_after=m.tier,
                    unit_id=units_by_name.get(v.name_key(rp.unit)) if rp.unit else None,
                    gender=rp.gender,
                    grade=rp.grade,
                    post_type=rp.post_type,
                    note=rp.note,
                    birth=rp.birth,
                    ethnicity=rp.ethnicity,
                    joined=rp.joined,
                )
            )
    out.add(EntityKind.PERSON, added)
    updates = {m.person_id: m.updates() for m in preview.people if not m.new and m.updates()}
    out.set(EntityKind.PERSON, updates)
    return out


def apply_roster(plan: Plan, preview: RosterPreview, skip_bad_rows: bool = False) -> ChangeSet:
    """Apply the preview to ``plan`` (the command line); returns the applied change set."""
    changes = roster_changes(plan, preview, skip_bad_rows)
    changes.apply(plan)
    return changes


def describe(preview: RosterPreview) -> list[str]:
    """The report of ``reformdesk import`` for a roster: what was found, then each unreadable row."""
    lines = []
    for sheet, kind, header in preview.read.roster_sheets:
        what = "人员花名册" if kind is SheetKind.PEOPLE else "机构花名册"
        lines.append(f"工作表“{sheet}”：{what}（表头在第 {header} 行）")
    lines.append(preview.summary())
    for bad in preview.bad:
        lines.append(f"  工作表“{bad.sheet}”第 {bad.row} 行（{bad.name or '无姓名'}）：{bad.reason}")
    return lines
