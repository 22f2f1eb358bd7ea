"""The handover workbook: a plan as the official sheets people print, sign and file.

Sheets, in order: 方案概况, 机构设置 (a 三定 table with 合计), 人员及层级, 县级权限承接方案,
窗口设置表 and 进驻事项清单 when the plan has a service hall (便民服务),
one 移交清单 sheet per receiving body holding one signed list per handing-over
department (see :func:`handover_lists`), and 问题清单 when the plan has problems.
While the plan has problems every sheet carries the draft mark (:func:`draft_mark`)
under its title and at the top of every printed page.

The workbook is streamed (formats/_xlsx_stream.py) into a temporary file beside the
target and moved over it only when complete, so a cancelled or failed export
never leaves a partial file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reformdesk.domain import service_hall as hall
from reformdesk.domain.model import (
    TIERS_AFTER,
    TIERS_BEFORE,
    Body,
    DelegationMode,
    InHall,
    Plan,
    PostType,
    Power,
    PowerType,
    Tier,
)
from reformdesk.domain.powers import numbered
from reformdesk.domain.registry import KINDS, EntityKind
from reformdesk.domain.validation import Problem, Severity, problem_name, validate
from reformdesk.formats.style import Align, Block, Column, Indented, TableSheet, Total

if TYPE_CHECKING:
    from openpyxl import Workbook

    from reformdesk.formats._xlsx_stream import XlsxStream

#: ``progress(done, total)``; return False to cancel the export.
Progress = Callable[[int, int], bool]

#: Rows written between two progress reports (a report may repaint a dialog).
PROGRESS_EVERY = 200

SHEET_OVERVIEW = "方案概况"
SHEET_BODIES = "机构设置"
SHEET_PEOPLE = "人员及层级"
SHEET_POWERS = "县级权限承接方案"
SHEET_WINDOWS = "窗口设置表"
SHEET_HALL_ITEMS = "进驻事项清单"
SHEET_HANDOVER_PREFIX = "移交清单-"
SHEET_PROBLEMS = "问题清单"

#: The line every handover list ends with.
HANDOVER_CLOSING = "本清单一式三份，移交单位、承接单位、监交单位各执一份。"
_DATE_LINE = "日期：      年    月    日"

C, L = Align.CENTER, Align.LEFT
B, P, W = EntityKind.BODY, EntityKind.PERSON, EntityKind.POWER
WIN, SI = EntityKind.WINDOW, EntityKind.SERVICE_ITEM


def _field(kind: EntityKind, name: str, align: Align, label: str | None = None, **widths: object) -> Column:
    """A sheet column showing a registered field: headed by its registry label unless ``label`` says otherwise."""
    return Column(label if label is not None else KINDS[kind].field(name).label, align, **widths)  # type: ignore[arg-type]


# -- the sheets' columns ---------------------------------------------------------------
# One place per sheet: which fields, in which order, with which label where the
# official layout names a field otherwise than the registry; plain Columns are
# figures of the sheet's own (row numbers, counts, joined names).

#: 核定编制 by type as the 三定 table shows it: 行政编制, 事业编制, and the other types together.
POST_TYPE_COLUMNS: tuple[tuple[str, tuple[PostType, ...]], ...] = (
    ("行政编制", (PostType.ADMINISTRATIVE,)),
    ("事业编制", (PostType.INSTITUTION,)),
    ("其他", (PostType.CIVIL_SERVICE_REFERENCE, PostType.WORKER)),
)
BODY_COLUMNS = (
    Column("序号", C),
    _field(B, "name", L, max_width=20),
    _field(B, "rank", C, max_width=10),
    _field(B, "kind", C, max_width=10),
    _field(B, "duties", L, min_width=30, max_width=44),
    Column("合计", C, min_width=5, group="核定编制"),
    *(Column(label, C, min_width=5, group="核定编制") for label, _types in POST_TYPE_COLUMNS),
    Column("合计", C, min_width=5, group="领导职数"),
    Column("正职", C, min_width=5, group="领导职数"),
    Column("副职", C, min_width=5, group="领导职数"),
    Column("实有人数", C, min_width=5, max_width=6),
    _field(B, "deputy_id", C, max_width=10),
    Column("并入的原科室站所", L, max_width=24),
    _field(B, "sites", L, max_width=20),
)
BODY_NOTES = (
    "注：核定编制“其他”含参照公务员法管理和工勤编制；领导职数“合计”为正职与副职之和"
    "（未分正副职的机构为其领导职数）；实有人数为改革后在该机构工作的人员。",
)
PEOPLE_COLUMNS = (
    Column("序号", C),
    _field(P, "staff_id", C, max_width=14),
    _field(P, "name", C, max_width=12),
    _field(P, "post", L, "原职务", max_width=24),
    _field(P, "unit_id", L, "原科室站所", max_width=24),
    _field(P, "tier_before", C),
    _field(P, "tier_after", C),
    # Where the person works: their own body, else their unit's (Plan.body_of).
    _field(P, "body_id", L, "所在职能机构", max_width=24),
    _field(P, "reports_to_id", C, max_width=12),
)
POWER_COLUMNS = (
    _field(W, "seq", C),  # 1, 2, … and 12.1 for sub-items (domain.powers.numbered, as on screen)
    _field(W, "code", C, max_width=24),
    _field(W, "name", L, min_width=20, max_width=36),
    _field(W, "type", C, max_width=14),
    _field(W, "legal_basis", L, min_width=20, max_width=40),
    _field(W, "source_department", L, max_width=20),
    _field(W, "mode", C, max_width=10),
    _field(W, "body_id", L, max_width=20),
    _field(W, "deadline", C),
    _field(W, "official_id", C, max_width=10),
    _field(W, "note", L, max_width=24),
)
#: One handover list (移交清单, FORMS.md): the department and the body are in its title.
HANDOVER_COLUMNS = (
    Column("序号", C),
    _field(W, "code", C, max_width=24),
    _field(W, "name", L, min_width=20, max_width=34),
    _field(W, "type", C, max_width=10),
    _field(W, "legal_basis", L, min_width=16, max_width=30),
    _field(W, "mode", C, max_width=10),  # 直接下放 on one line
    # Filled in by hand when the files change hands: how many, on what (档案, 印章, 系统账号 …).
    Column("移交资料（数量/载体）", L, min_width=12, max_width=14),
    _field(W, "deadline", C),
    _field(W, "official_id", C, max_width=10),
    _field(W, "note", L, min_width=14, max_width=26),
)
#: 窗口设置表 (FORMS.md, 便民服务): one row per window of the hall, a 合计 row.
WINDOW_COLUMNS = (
    _field(WIN, "number", C),
    _field(WIN, "name", L, max_width=24),
    _field(WIN, "body_id", L, max_width=20),
    _field(WIN, "kind", C, max_width=10),
    Column("前台工作人员", C, max_width=16),
    Column("进驻事项数", C, min_width=6),
    _field(SI, "volume", C, min_width=6),
    _field(WIN, "site", L, max_width=24),
)
#: 进驻事项清单 (FORMS.md): each item with its window, front desk, back office, 办理类型 and 时限.
HALL_ITEM_COLUMNS = (
    Column("序号", C),
    _field(SI, "name", L, min_width=20, max_width=44),
    _field(SI, "source", C, max_width=10),
    _field(SI, "handling", C, max_width=8),
    _field(SI, "time_limit", C, min_width=8, max_width=10),
    _field(SI, "window_id", C, max_width=12),
    Column("前台受理人", C, max_width=10),
    _field(SI, "handler_id", C, max_width=10),
    _field(SI, "note", L, min_width=16, max_width=30),
)
PROBLEM_COLUMNS = (
    Column("序号", C),
    Column("类别", C),
    Column("问题", L, max_width=24),
    Column("问题说明", L, min_width=40, max_width=64),
    # No 问题代码 column: people read the names (the codes, body.over_posts …, stood beside them on
    # the printed list); scripts get the codes from ``reformdesk validate --json``.
    Column("涉及对象", C, max_width=12),
)
POWER_HEADERS = tuple(c.header for c in POWER_COLUMNS)
HANDOVER_HEADERS = tuple(c.header for c in HANDOVER_COLUMNS)

#: 涉及对象 of the problems sheet: the registry's kind names, but the plan's settings are "方案" here.
_KIND_LABELS = {k: KINDS[k].label for k in EntityKind} | {EntityKind.PLAN: "方案"}


#: Plan settings the overview leaves out when empty.
_OPTIONAL_INFO = frozenset({"county", "author", "notes"})
#: Plan settings the 方案概况 sheet lists, in this order; the others (the import's
#: remembered mappings, the document's title) are the app's, not the overview's.
_OVERVIEW_INFO = ("name", "town", "county", "office", "date", "author", "notes")


class ExportError(Exception):
    """The workbook cannot be written (the message is for people, in Chinese)."""


class ExportCancelled(Exception):
    """The progress callback asked to stop; no file was written."""


# -- the sheets ---------------------------------------------------------------------


def ordered_powers(plan: Plan) -> Iterator[tuple[int | str, Power, int]]:
    """(序号, power, depth) in list order: :func:`reformdesk.domain.powers.numbered`."""
    return numbered(plan)


def draft_mark(problems: list[Problem]) -> str:
    """The mark of a plan that cannot be signed yet: empty when it has no problems.

    Warnings count too: they are open items (an item without 承接时限 or 责任人
    leaves a blank cell on a list someone would sign).
    """
    return f"草稿（存在 {len(problems)} 项问题，不可签署）" if problems else ""


_VARIANT = re.compile(r"^(.*?)((?:（[^（）]*）)*)$")


def plan_title(plan: Plan, what: str) -> str:
    """A sheet title naming the plan: 桥头镇行政管理体制改革方案（方案一） + 概况 →
    桥头镇行政管理体制改革方案概况（方案一）, the variant in brackets after the whole title."""
    name = plan.info.name.strip()
    if not name:
        return f"{plan.info.town}改革方案{what}"
    base, variant = _VARIANT.match(name).groups()  # type: ignore[union-attr]
    return f"{base or name}{what}{variant if base else ''}"


def workbook_sheets(plan: Plan, problems: list[Problem]) -> list[TableSheet]:
    """The workbook's sheets; their rows are generators over the plan (read once)."""
    draft = draft_mark(problems)
    town = plan.info.town
    sheets = [
        TableSheet(
            SHEET_OVERVIEW,
            plan_title(plan, "概况"),
            (Column("类别", C, max_width=16), Column("项目", L, max_width=30), Column("内容", L, min_width=24)),
            _overview_rows(plan, problems),
            draft=draft,
            split_long_rows=True,  # a long 说明 goes on over the page, no half-empty page before it
        ),
        TableSheet(
            SHEET_BODIES,
            f"{town}职能机构设置（三定）表",
            BODY_COLUMNS,
            _body_rows(plan),
            notes=BODY_NOTES,
            draft=draft,
        ),
        TableSheet(SHEET_PEOPLE, f"{town}人员及管理层级调整表", PEOPLE_COLUMNS, _people_rows(plan), draft=draft),
        TableSheet(SHEET_POWERS, f"{town}县级权限承接方案", POWER_COLUMNS, _power_rows(plan), draft=draft),
    ]
    if plan.windows or plan.service_items:
        sheets += hall_sheets(plan, draft)
    officials = _official_names(plan)
    for body, lists in handover_lists(plan):
        sheets.append(
            TableSheet(
                SHEET_HANDOVER_PREFIX + body.name,
                lists[0].title,
                HANDOVER_COLUMNS,
                blocks=(_handover_block(plan, h, officials) for h in lists),
                draft=draft,
            )
        )
    if problems:
        sheets.append(
            TableSheet(
                SHEET_PROBLEMS,
                plan_title(plan, "待解决问题清单"),
                PROBLEM_COLUMNS,
                _problem_rows(problems),
                draft=draft,
            )
        )
    return sheets


def _overview_rows(plan: Plan, problems: list[Problem]) -> Iterator[tuple[object, ...]]:
    info = plan.info
    for spec in map(KINDS[EntityKind.PLAN].field, _OVERVIEW_INFO):
        value = getattr(info, spec.name)
        # County, author and notes are optional: an empty one is left out.
        if value or spec.name not in _OPTIONAL_INFO:
            yield "基本信息", spec.label, value
    placed = sum(1 for u in plan.units.values() if u.body_id in plan.bodies)
    yield "机构", "原科室站所（个）", len(plan.units)
    yield "机构", "其中已并入职能机构（个）", placed
    yield "机构", "职能机构（个）", len(plan.bodies)
    bodies = plan.bodies.values()
    yield "编制", "核定编制（名）", sum(b.authorized_posts for b in bodies)
    by_type: Counter[PostType] = Counter()
    for b in bodies:
        by_type.update(b.posts_by_type.as_dict())
    for post_type in PostType:
        if by_type.get(post_type):
            yield "编制", f"其中{post_type.label}（名）", by_type[post_type]
    yield "编制", "领导职数（名）", sum(b.leadership_posts for b in bodies)
    yield "人员", "人员总数（人）", len(plan.people)
    before = Counter(p.tier_before for p in plan.people.values())
    after = Counter(p.tier_after for p in plan.people.values())
    for tier in TIERS_BEFORE:
        yield "改革前（四级）", f"{tier.label}（人）", before.get(tier, 0)
    for tier in (*TIERS_AFTER, *(t for t in Tier if t not in TIERS_AFTER and after.get(t))):
        yield "改革后（三级）", f"{tier.label}（人）", after.get(tier, 0)
    powers = plan.powers.values()
    yield "县级权限事项", "事项总数（项）", len(plan.powers)
    types = Counter(p.type for p in powers)
    for power_type in PowerType:
        if types.get(power_type):
            yield "按事项类型", f"{power_type.label}（项）", types[power_type]
    modes = Counter(p.mode for p in powers)
    for mode in DelegationMode:
        yield "按下放方式", f"{mode.label}（项）", modes.get(mode, 0)
    per_body = Counter(plan.assignment(p)[0] for p in powers)
    for body in bodies:
        yield "按承接机构", f"{body.name}（项）", per_body.get(body.id, 0)
    unassigned = sum(n for body_id, n in per_body.items() if body_id not in plan.bodies)
    yield "按承接机构", "未确定承接机构（项）", unassigned
    if plan.windows or plan.service_items:
        f = hall.hall_figures(plan)
        yield "便民服务", "服务窗口（个）", f.windows
        yield "便民服务", "其中已配备前台工作人员（个）", f.staffed
        yield "便民服务", "审批服务事项（项）", f.items
        yield "便民服务", "其中本镇事项（项）", f.town
        yield "便民服务", "其中县级下放事项（项）", f.delegated
        yield "便民服务", "进入窗口事项（项）", f.in_windows
        yield "便民服务", "进驻率（大厅办结事项÷事项总数）", f"{f.hall_rate_text}（{f.in_hall}÷{f.items}）"
    severities = Counter(p.severity for p in problems)
    yield "待解决问题", "错误（个）", severities.get(Severity.ERROR, 0)
    yield "待解决问题", "警告（个）", severities.get(Severity.WARNING, 0)


def numbered_duties(duties: Iterable[str]) -> str:
    """主要职责 as the 三定 text writes them: 1. … one a line."""
    return "\n".join(f"{i}. {d.strip()}" for i, d in enumerate((d for d in duties if d.strip()), 1))


def post_type_counts(body: Body) -> list[int | None]:
    """核定编制 of a body per POST_TYPE_COLUMNS (None where the body's posts are not split by type)."""
    if not body.posts_by_type:
        return [None] * len(POST_TYPE_COLUMNS)
    return [sum(body.posts_by_type.get(t) for t in types) for _label, types in POST_TYPE_COLUMNS]


def _leaders(body: Body) -> tuple[int, int | None, int | None]:
    """领导职数 合计, 正职, 副职: the split when it is entered, else the total alone."""
    if body.chief_posts or body.deputy_posts:
        return body.chief_posts + body.deputy_posts, body.chief_posts, body.deputy_posts
    return body.leadership_posts, None, None


def _body_rows(plan: Plan) -> Iterator[tuple[object, ...]]:
    units_of: dict[str, list[str]] = {}
    for unit in plan.units.values():
        if unit.body_id is not None:
            units_of.setdefault(unit.body_id, []).append(unit.name)
    members = plan.people_by_body()
    people = plan.people
    totals: list[int | None] = [None] * (len(POST_TYPE_COLUMNS) + 5)  # blank where no body has a figure
    for i, body in enumerate(plan.bodies.values(), 1):
        deputy = people.get(body.deputy_id) if body.deputy_id else None
        figures = [body.authorized_posts, *post_type_counts(body), *_leaders(body), len(members.get(body.id, ()))]
        for j, value in enumerate(figures):
            if value is not None:
                totals[j] = (totals[j] or 0) + value
        yield (
            i,
            body.name,
            body.rank,
            body.kind,
            numbered_duties(body.duties),
            *figures,
            deputy.name if deputy else "",
            "、".join(units_of.get(body.id, ())),
            "、".join(body.sites),
        )
    yield ("", Total("合计"), "", "", "", *totals, "", "", "")


def _people_rows(plan: Plan) -> Iterator[tuple[object, ...]]:
    units, bodies, people = plan.units, plan.bodies, plan.people
    for i, person in enumerate(people.values(), 1):
        unit = units.get(person.unit_id) if person.unit_id else None
        body_id = plan.body_of(person)
        body = bodies.get(body_id) if body_id else None
        boss = people.get(person.reports_to_id) if person.reports_to_id else None
        yield (
            i,
            person.staff_id,
            person.name,
            person.post,
            unit.name if unit else "",
            person.tier_before.label,
            person.tier_after.label,
            body.name if body else "",
            boss.name if boss else "",
        )


def _official_names(plan: Plan) -> dict[str, str]:
    """Person id → how 责任人 is written: the name, or 姓名（工号） when another person shares
    it, so the sheet names the right person and imports back (the importer asks for that form);
    a person without 工号 is the name alone, never 姓名（）."""
    counts = Counter(p.name for p in plan.people.values())
    return {
        p.id: f"{p.name}（{p.staff_id}）" if counts[p.name] > 1 and p.staff_id else p.name for p in plan.people.values()
    }


def _power_rows(plan: Plan) -> Iterator[tuple[object, ...]]:
    bodies = plan.bodies
    officials = _official_names(plan)
    for label, p, depth in numbered(plan):
        # A sub-item shows what it takes over from its main item: the sheet is what gets signed.
        body_id, deadline, official_id = plan.assignment(p)
        body = bodies.get(body_id) if body_id else None
        yield (
            label,
            p.code,
            Indented(p.name) if depth else p.name,
            p.type.label,
            p.legal_basis,
            p.source_department,
            p.mode.label,
            body.name if body else "",
            deadline,
            officials.get(official_id, "") if official_id else "",
            p.note,
        )


# -- handover lists -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HandoverList:
    """One 移交清单: the items one department hands over to one receiving body."""

    number: str  # 编号, e.g. 桥头-交-001
    department: str  # 移交单位 (原实施部门)
    body: Body  # 承接单位
    items: list[tuple[Power, int]]  # (power, depth) in list order

    @property
    def title(self) -> str:
        return f"{self.department or '（未填原实施部门）'}向{self.body.name}移交行政权力事项清单"


def list_prefix(plan: Plan) -> str:
    """The town part of a list number: 桥头镇 → 桥头."""
    town = plan.info.town.strip()
    for suffix in ("街道", "镇", "乡"):
        if town.endswith(suffix) and len(town) > len(suffix):
            return town[: -len(suffix)]
    return town or "清单"


def handover_lists(plan: Plan) -> list[tuple[Body, list[HandoverList]]]:
    """Per receiving body (plan order), its lists: one per 原实施部门 (in list order), numbered
    through the workbook (桥头-交-001 …).  Only references per item: rows are made when written."""
    pairs: dict[str, dict[str, list[tuple[Power, int]]]] = {}
    for _label, power, depth in numbered(plan):
        body_id = plan.assignment(power)[0]
        if body_id is not None and body_id in plan.bodies:
            department = power.source_department.strip()
            if not department and power.parent_id in plan.powers:  # a sub-item is its main item's
                department = plan.powers[power.parent_id].source_department.strip()
            pairs.setdefault(body_id, {}).setdefault(department, []).append((power, depth))
    count = sum(len(d) for d in pairs.values())
    digits = max(3, len(str(count)))
    prefix = list_prefix(plan)
    out: list[tuple[Body, list[HandoverList]]] = []
    n = 0
    for body in plan.bodies.values():
        departments = pairs.get(body.id)
        if not departments:
            continue
        lists = []
        for department, items in departments.items():
            n += 1
            lists.append(HandoverList(f"{prefix}-交-{n:0{digits}d}", department, body, items))
        out.append((body, lists))
    return out


def _handover_block(plan: Plan, handover: HandoverList, officials: dict[str, str]) -> Block:
    town = plan.info.town
    office = plan.info.office
    entrusted = sum(1 for p, _d in handover.items if p.mode is DelegationMode.ENTRUST)
    mains = sum(1 for _p, d in handover.items if d == 0)
    notes = [f"本清单共 {len(handover.items)} 项（主项 {mains} 项，子项 {len(handover.items) - mains} 项）。"]
    if entrusted:
        notes.append(
            f"下放方式为“委托”的 {entrusted} 项，须由{handover.department}与{town}人民政府签订委托协议"
            f"（明确委托事项、权限、期限和责任）后移交，协议作为本清单附件。"
        )
    notes.append("移交资料按实际填写数量和载体（档案、表格、印章、系统账号等）。")
    signature = (
        (
            f"移交单位（盖章）：{handover.department}",
            f"承接单位（盖章）：{handover.body.name}",
            f"监交单位（盖章）：{office}",
        ),
        ("负责人（签字）：", "负责人（签字）：", "监交人（签字）："),
        ("经办人（签字）：", "经办人（签字）：", ""),
        (_DATE_LINE, _DATE_LINE, _DATE_LINE),
    )
    return Block(
        handover.title,
        _handover_rows(plan, handover, officials),
        meta=(f"编号：{handover.number}", f"交接事由：{handover_reason(plan)}"),
        notes=notes,
        signature=signature,
        closing=HANDOVER_CLOSING,
    )


def handover_reason(plan: Plan) -> str:
    """The 交接事由 of a plan's handover lists: the reform its plan document names, 赋权.

    桥头镇经济发达镇行政管理体制改革实施方案 gives 桥头镇经济发达镇行政管理体制改革赋权 (FORMS.md's
    example); a town that is no 经济发达镇 is not called one (the words were fixed before).
    """
    title = plan.info.doc_title.strip()
    if title.endswith("实施方案"):
        title = title[: -len("实施方案")]
    if not title:
        title = f"{plan.info.town.strip()}行政管理体制改革"
    return f"{title}赋权"


def _handover_rows(plan: Plan, handover: HandoverList, officials: dict[str, str]) -> Iterator[tuple[object, ...]]:
    n = sub = 0
    in_list = {p.id for p, _d in handover.items}
    for p, depth in handover.items:
        # Numbered within the list: main items 1, 2 …; a sub-item under its main item 2.1, 2.2.
        if depth and p.parent_id in in_list:
            sub += 1
            label: int | str = f"{n}.{sub}"
        else:
            n += 1
            sub = 0
            label = n
        _body_id, deadline, official_id = plan.assignment(p)
        official = officials.get(official_id, "") if official_id else ""
        note = p.note
        if p.mode is DelegationMode.ENTRUST:
            note = "须签订委托协议" + (f"；{note}" if note else "")
        yield (
            label,
            p.code,
            Indented(p.name) if depth else p.name,
            p.type.label,
            p.legal_basis,
            p.mode.label,
            "",
            deadline,
            official,
            note,
        )


# -- the service hall ---------------------------------------------------------------


def hall_sheets(plan: Plan, draft: str = "") -> list[TableSheet]:
    """窗口设置表 and 进驻事项清单 (便民服务, "111+N")."""
    town = plan.info.town
    f = hall.hall_figures(plan)
    window_notes = (
        f"注：按“111+N”机制，1个职能机构在公共服务中心设1个窗口，每个窗口派驻1名工作人员，1名工作人员办理多项业务；"
        f"前台受理、后台办理、结果反馈。共设窗口 {f.windows} 个，配备前台工作人员 {f.staff} 名。",
    )
    item_notes = (
        f"注：进驻率 = 大厅办结事项 ÷ 事项总数 = {f.in_hall} ÷ {f.items} = {f.hall_rate_text}。"
        "来源为“县级下放”的事项关联《县级权限承接方案》中的同名事项（事项编码见该表），备注注明原实施部门和下放方式；"
        "承诺时限为 0 的为当场办结。",
    )
    return [
        TableSheet(
            SHEET_WINDOWS,
            f"{town}便民服务大厅窗口设置表",
            WINDOW_COLUMNS,
            _window_rows(plan),
            notes=window_notes,
            draft=draft,
        ),
        TableSheet(
            SHEET_HALL_ITEMS,
            f"{town}便民服务大厅进驻事项清单",
            HALL_ITEM_COLUMNS,
            _hall_item_rows(plan),
            notes=item_notes,
            draft=draft,
        ),
    ]


def _window_rows(plan: Plan) -> Iterator[tuple[object, ...]]:
    staff = hall.window_staff(plan)
    loads = hall.window_loads(plan)
    total_items = total_volume = 0
    for window in hall.ordered_windows(plan):
        body = plan.bodies.get(window.body_id or "")
        load = loads[window.id]
        total_items += load.items
        total_volume += load.volume
        yield (
            window.label,
            window.name,
            body.name if body else "",
            window.kind.label,
            "、".join(p.name for p in staff[window.id]),
            load.items,
            load.volume,
            window.site,
        )
    yield (Total("合计"), "", "", "", sum(len(v) for v in staff.values()), total_items, total_volume, "")


def _hall_item_rows(plan: Plan) -> Iterator[tuple[object, ...]]:
    staff = hall.window_staff(plan)
    order = {w.id: i for i, w in enumerate(hall.ordered_windows(plan))}
    items = sorted(hall.ordered_items(plan), key=lambda i: order.get(i.window_id or "", len(order)))
    for n, item in enumerate(items, 1):
        window = plan.windows.get(item.window_id or "")
        handler = plan.people.get(item.handler_id or "")
        notes = []
        power = plan.powers.get(item.power_id or "")
        if power is not None:
            notes.append(f"{power.source_department}{power.mode.label}")
        if item.in_hall is InHall.NO:
            notes.append("不在大厅办结（后台流转）")
        if item.note:
            notes.append(item.note)
        yield (
            n,
            item.name,
            item.source.label,
            item.handling.label,
            item.time_limit,
            window.label if window else "（未进入窗口）",  # its name is in 窗口设置表
            "、".join(p.name for p in staff.get(item.window_id or "", [])),
            handler.name if handler else "",
            "；".join(notes),
        )


def _problem_rows(problems: list[Problem]) -> Iterator[tuple[object, ...]]:
    for i, problem in enumerate(problems, 1):
        yield (
            i,
            problem.severity.label,
            problem_name(problem.code),
            problem.message,
            _KIND_LABELS[problem.entity_kind],
        )


def _row_count(plan: Plan, problems: list[Problem]) -> int:
    """Body rows of all sheets (for progress): the big sheets are counted exactly."""
    assigned = sum(1 for p in plan.powers.values() if plan.assignment(p)[0] in plan.bodies)
    hall_rows = len(plan.windows) + len(plan.service_items) + (4 if plan.windows or plan.service_items else 0)
    return 40 + len(plan.bodies) * 2 + len(plan.people) + len(plan.powers) + assigned + len(problems) + hall_rows


# -- writing ------------------------------------------------------------------------


def export_workbook(plan: Plan, path: str | os.PathLike[str], *, progress: Progress | None = None) -> None:
    """Write the handover workbook for ``plan`` to ``path`` (.xlsx), atomically.

    ``progress(done, total)`` is called every few hundred rows; when it returns
    False the export stops with :class:`ExportCancelled` and no file is left.
    Raises :class:`ExportError` when the file cannot be written.
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(f"无法导出：文件夹不存在：{target.parent}")
    problems = validate(plan)
    total_rows = _row_count(plan, problems)
    # Zipping the streamed sheets is the last step: weigh it like a tenth of the rows.
    total = total_rows + total_rows // 10 + 1
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0 and not progress(min(done, total_rows), total):
            raise ExportCancelled

    if progress is not None and not progress(0, total):
        raise ExportCancelled

    def before_save() -> None:
        if progress is not None and not progress(total_rows, total):
            raise ExportCancelled

    write_tables(
        workbook_sheets(plan, problems),
        target,
        office=plan.info.office,
        date=plan.info.date,
        title=plan.info.name,
        on_row=tick,
        before_save=before_save,
    )
    if progress is not None:
        progress(total, total)


def write_tables(
    tables: Iterable[TableSheet],
    path: str | os.PathLike[str],
    *,
    office: str,
    date: dt.date | None,
    title: str = "",
    on_row: Callable[[], None] | None = None,
    before_save: Callable[[], None] | None = None,
) -> None:
    """Write table sheets in the official look to ``path``, atomically (streamed workbook).

    ``on_row`` is called after each body row and ``before_save`` before the
    workbook's last parts are written; either may raise to stop, leaving no file
    behind.  Raises :class:`ExportError` when the file cannot be written.
    """
    from reformdesk.formats._xlsx_stream import XlsxStream
    from reformdesk.formats.style import TableWriter

    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(f"无法导出：文件夹不存在：{target.parent}")
    tmp = _temp_beside(target)
    book: XlsxStream | None = None
    try:
        book = XlsxStream(tmp, title=title, creator="ReformDesk")
        writer = TableWriter(book, office=office, date=date)
        for table in tables:
            writer.write(table, on_row)
        if writer.sheets == 0:
            writer.write(TableSheet("Sheet", "", (Column(""),)))  # a workbook holds at least one sheet
        if before_save is not None:
            before_save()
        book.close()
        os.replace(tmp, target)
    except OSError as exc:
        _discard(book, tmp)
        raise ExportError(f"无法导出 {target.name}：{exc.strerror or exc}") from exc
    except BaseException:
        _discard(book, tmp)
        raise


def _temp_beside(target: Path) -> Path:
    """A new empty file next to ``target`` (same file system, so os.replace is atomic).

    Created with mode 0o666 so the umask decides, like any new file (mkstemp's 0o600
    would hide a handover workbook from colleagues on a shared folder).
    """
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExportError(f"无法导出 {target.name}：{exc.strerror or exc}") from exc
        os.close(fd)
        return tmp
    raise ExportError(f"无法导出 {target.name}：无法创建临时文件")


def _discard(book: XlsxStream | None, tmp: Path) -> None:
    """Let go of the unfinished workbook and remove its temporary file."""
    if book is not None:
        book.discard()
    tmp.unlink(missing_ok=True)


def save_workbook(wb: Workbook, path: str | os.PathLike[str], what: str) -> None:
    """Save an in-memory workbook to ``path`` atomically, as :func:`write_tables` does.

    A temporary file beside the target, our own closed archive, then ``os.replace``:
    a full disk leaves the old file (or none) and no partial one.  ``what`` names the
    workbook in the error (方案历史 …).  Raises :class:`ExportError`.
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(f"无法写出{what}：文件夹不存在：{target.parent}")
    tmp = _temp_beside(target)
    try:
        _save(wb, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"无法写出{what} {target.name}：{exc.strerror or exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _save(wb: Workbook, tmp: Path) -> None:
    """``wb.save(tmp)`` with an archive we close ourselves.

    openpyxl's save leaves its zip archive open when a write fails (a full disk);
    the archive's ``__del__`` then tries to write again and prints "Exception ignored
    in ZipFile.__del__".  Closing it here, whatever happens, ends that: a failed
    close still lets go of the file, so nothing is left to write later.
    """
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    if not wb.worksheets:
        wb.create_sheet()  # as Workbook.save does for an empty write-only workbook
    archive = ZipFile(tmp, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).save()
    finally:
        with contextlib.suppress(OSError, ValueError):
            archive.close()
