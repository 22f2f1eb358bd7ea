"""The handover workbook: a plan as the official sheets people print, sign and file.

Sheets, in order: 方案概况, 机构设置, 人员及层级, 县级权限承接方案, one 交接清单 per
receiving body (with a signature block), and 问题清单 when the plan has problems.

The workbook is streamed (openpyxl write-only) into a temporary file beside the
target and moved over it only when complete, so a cancelled or failed export
never leaves a partial file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from reformdesk.domain.model import TIERS_AFTER, TIERS_BEFORE, Plan, Power, Tier
from reformdesk.domain.registry import KINDS, EntityKind
from reformdesk.domain.validation import Problem, Severity, validate
from reformdesk.formats.style import Align, Column, Indented, TableSheet

if TYPE_CHECKING:
    from openpyxl import Workbook

#: ``progress(done, total)``; return False to cancel the export.
Progress = Callable[[int, int], bool]

#: Rows written between two progress reports (a report may repaint a dialog).
PROGRESS_EVERY = 200

SHEET_OVERVIEW = "方案概况"
SHEET_BODIES = "机构设置"
SHEET_PEOPLE = "人员及层级"
SHEET_POWERS = "县级权限承接方案"
SHEET_HANDOVER_PREFIX = "交接清单-"
SHEET_PROBLEMS = "问题清单"

SIGNATURE = (
    ("移交单位（盖章）：", "承接单位（盖章）："),
    ("经办人：", "经办人："),
    ("日期：      年    月    日", "日期：      年    月    日"),
)

C, L = Align.CENTER, Align.LEFT
B, P, W = EntityKind.BODY, EntityKind.PERSON, EntityKind.POWER


def _field(kind: EntityKind, name: str, align: Align, label: str | None = None, **widths: float) -> Column:
    """A sheet column showing a registered field: headed by its registry label unless ``label`` says otherwise."""
    return Column(label if label is not None else KINDS[kind].field(name).label, align, **widths)


# -- the sheets' columns ---------------------------------------------------------------
# One place per sheet: which fields, in which order, with which label where the
# official layout names a field otherwise than the registry; plain Columns are
# figures of the sheet's own (row numbers, counts, joined names).
BODY_COLUMNS = (
    Column("序号", C),
    _field(B, "name", L, "职能机构", max_width=24),
    _field(B, "kind", C, max_width=14),
    Column("并入的原科室站所", L, max_width=40),
    _field(B, "authorized_posts", C),
    _field(B, "leadership_posts", C),
    Column("在岗人数", C),
    _field(B, "deputy_id", C, max_width=14),
    _field(B, "sites", L, max_width=30),
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
    _field(W, "seq", C),  # 1, 2, … and 12.1 for sub-items (ordered_powers)
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
HANDOVER_COLUMNS = (
    Column("序号", C),
    _field(W, "code", C, max_width=24),
    _field(W, "name", L, min_width=20, max_width=40),
    _field(W, "type", C, max_width=14),
    _field(W, "source_department", L, max_width=20),
    _field(W, "mode", C, max_width=10),
    _field(W, "deadline", C),
    _field(W, "official_id", C, max_width=10),
    _field(W, "note", L, min_width=12, max_width=24),
)
POWER_HEADERS = tuple(c.header for c in POWER_COLUMNS)
HANDOVER_HEADERS = tuple(c.header for c in HANDOVER_COLUMNS)

#: 涉及对象 of the problems sheet: the registry's kind names, but the plan's settings are "方案" here.
_KIND_LABELS = {k: KINDS[k].label for k in EntityKind} | {EntityKind.PLAN: "方案"}


#: Plan settings the overview leaves out when empty.
_OPTIONAL_INFO = frozenset({"county", "author", "notes"})


class ExportError(Exception):
    """The workbook cannot be written (the message is for people, in Chinese)."""


class ExportCancelled(Exception):
    """The progress callback asked to stop; no file was written."""


# -- the sheets ---------------------------------------------------------------------


def ordered_powers(plan: Plan) -> Iterator[tuple[int | str, Power, int]]:
    """(序号, power, depth) in list order, each sub-item right under its main item.

    Main items are numbered 1, 2, …; a main item's sub-items 12.1, 12.2, … (text,
    so 12.10 stays 12.10).  Sub-items whose main item is missing count as main items.
    """
    powers = plan.powers
    children: dict[str, list[Power]] = {}
    mains: list[Power] = []
    for p in powers.values():
        if p.parent_id is not None and p.parent_id in powers and p.parent_id != p.id:
            children.setdefault(p.parent_id, []).append(p)
        else:
            mains.append(p)
    mains.sort(key=lambda p: p.seq)  # stable: equal seq keeps insertion order
    for kids in children.values():
        kids.sort(key=lambda p: p.seq)

    emitted = 0

    def walk(power: Power, label: str, depth: int) -> Iterator[tuple[int | str, Power, int]]:
        nonlocal emitted
        stack = [(power, label, depth)]
        while stack:
            item, lab, dep = stack.pop()
            emitted += 1
            yield (int(lab) if dep == 0 else lab), item, dep
            kids = children.get(item.id, ())
            stack.extend((k, f"{lab}.{j}", dep + 1) for j, k in reversed(list(enumerate(kids, 1))))

    n = 0
    for main in mains:
        n += 1
        yield from walk(main, str(n), 0)
    if emitted < len(powers):
        # Only a parent cycle (a → b → a) leaves items unreached: list them flat at the end.
        reached: set[str] = set()
        todo = list(mains)
        while todo:
            item = todo.pop()
            reached.add(item.id)
            todo.extend(children.get(item.id, ()))
        for p in powers.values():
            if p.id not in reached:
                n += 1
                yield n, p, 0


def workbook_sheets(plan: Plan, problems: list[Problem]) -> list[TableSheet]:
    """The workbook's sheets; their rows are generators over the plan (read once)."""
    sheets = [
        TableSheet(
            SHEET_OVERVIEW,
            f"{plan.info.name or plan.info.town}方案概况",
            (Column("类别", C, max_width=16), Column("项目", L, max_width=30), Column("内容", L, min_width=24)),
            _overview_rows(plan, problems),
        ),
        TableSheet(
            SHEET_BODIES,
            f"{plan.info.town}职能机构设置表",
            BODY_COLUMNS,
            _body_rows(plan),
        ),
        TableSheet(
            SHEET_PEOPLE,
            f"{plan.info.town}人员及管理层级调整表",
            PEOPLE_COLUMNS,
            _people_rows(plan),
        ),
        TableSheet(
            SHEET_POWERS,
            f"{plan.info.town}县级权限承接方案",
            POWER_COLUMNS,
            _power_rows(plan),
        ),
    ]
    # Only references per body (8 bytes an item): rows are made when the sheet is written.
    by_body: dict[str, list[Power]] = {}
    for _label, power, _depth in ordered_powers(plan):
        body_id = plan.assignment(power)[0]
        if body_id is not None and body_id in plan.bodies:
            by_body.setdefault(body_id, []).append(power)
    officials = _official_names(plan)
    for body in plan.bodies.values():
        items = by_body.get(body.id)
        if not items:
            continue
        sheets.append(
            TableSheet(
                SHEET_HANDOVER_PREFIX + body.name,
                f"{plan.info.town}{body.name}县级权限交接清单",
                HANDOVER_COLUMNS,
                _handover_rows(plan, items, officials),
                signature=SIGNATURE,
            )
        )
    if problems:
        sheets.append(
            TableSheet(
                SHEET_PROBLEMS,
                f"{plan.info.name or plan.info.town}待解决问题清单",
                (
                    Column("序号", C),
                    Column("类别", C),
                    Column("问题说明", L, min_width=40, max_width=70),
                    Column("涉及对象", C, max_width=12),
                    Column("问题代码", L, max_width=28),
                ),
                _problem_rows(problems),
            )
        )
    return sheets


def _overview_rows(plan: Plan, problems: list[Problem]) -> Iterator[tuple[object, ...]]:
    info = plan.info
    for spec in KINDS[EntityKind.PLAN].fields:
        value = getattr(info, spec.name)
        # County, author and notes are optional: an empty one is left out.
        if value or spec.name not in _OPTIONAL_INFO:
            yield "基本信息", spec.label, value
    placed = sum(1 for u in plan.units.values() if u.body_id in plan.bodies)
    yield "机构", "原科室站所（个）", len(plan.units)
    yield "机构", "其中已并入职能机构（个）", placed
    yield "机构", "职能机构（个）", len(plan.bodies)
    yield "人员", "人员总数（人）", len(plan.people)
    before = Counter(p.tier_before for p in plan.people.values())
    after = Counter(p.tier_after for p in plan.people.values())
    for tier in TIERS_BEFORE:
        yield "改革前（四级）", f"{tier.label}（人）", before.get(tier, 0)
    for tier in (*TIERS_AFTER, *(t for t in Tier if t not in TIERS_AFTER and after.get(t))):
        yield "改革后（三级）", f"{tier.label}（人）", after.get(tier, 0)
    yield "县级权限事项", "事项总数（项）", len(plan.powers)
    per_body = Counter(plan.assignment(p)[0] for p in plan.powers.values())
    for body in plan.bodies.values():
        yield "县级权限事项", f"{body.name}承接（项）", per_body.get(body.id, 0)
    unassigned = sum(n for body_id, n in per_body.items() if body_id not in plan.bodies)
    yield "县级权限事项", "未确定承接机构（项）", unassigned
    severities = Counter(p.severity for p in problems)
    yield "待解决问题", "错误（个）", severities.get(Severity.ERROR, 0)
    yield "待解决问题", "警告（个）", severities.get(Severity.WARNING, 0)


def _body_rows(plan: Plan) -> Iterator[tuple[object, ...]]:
    units_of: dict[str, list[str]] = {}
    for unit in plan.units.values():
        if unit.body_id is not None:
            units_of.setdefault(unit.body_id, []).append(unit.name)
    members = plan.people_by_body()
    people = plan.people
    for i, body in enumerate(plan.bodies.values(), 1):
        deputy = people.get(body.deputy_id) if body.deputy_id else None
        yield (
            i,
            body.name,
            body.kind,
            "、".join(units_of.get(body.id, ())),
            body.authorized_posts,
            body.leadership_posts,
            len(members.get(body.id, ())),
            deputy.name if deputy else "",
            "、".join(body.sites),
        )


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
    it, so the sheet names the right person and imports back (the importer asks for that form)."""
    counts = Counter(p.name for p in plan.people.values())
    return {p.id: p.name if counts[p.name] == 1 else f"{p.name}（{p.staff_id}）" for p in plan.people.values()}


def _power_rows(plan: Plan) -> Iterator[tuple[object, ...]]:
    bodies = plan.bodies
    officials = _official_names(plan)
    for label, p, depth in ordered_powers(plan):
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


def _handover_rows(plan: Plan, items: list[Power], officials: dict[str, str]) -> Iterator[tuple[object, ...]]:
    powers = plan.powers
    for i, p in enumerate(items, 1):
        depth = p.parent_id is not None and p.parent_id in powers
        _body_id, deadline, official_id = plan.assignment(p)
        yield (
            i,
            p.code,
            Indented(p.name) if depth else p.name,
            p.type.label,
            p.source_department,
            p.mode.label,
            deadline,
            officials.get(official_id, "") if official_id else "",
            p.note,
        )


def _problem_rows(problems: list[Problem]) -> Iterator[tuple[object, ...]]:
    for i, problem in enumerate(problems, 1):
        yield i, problem.severity.label, problem.message, _KIND_LABELS[problem.entity_kind], problem.code


def _row_count(plan: Plan, problems: list[Problem]) -> int:
    """Body rows of all sheets (for progress): the big sheets are counted exactly."""
    assigned = sum(1 for p in plan.powers.values() if plan.assignment(p)[0] in plan.bodies)
    return 40 + len(plan.bodies) * 2 + len(plan.people) + len(plan.powers) + assigned + len(problems)


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
    """Write table sheets in the official look to ``path``, atomically (write-only workbook).

    ``on_row`` is called after each body row and ``before_save`` before the
    workbook is zipped; either may raise to stop, leaving no file behind.
    Raises :class:`ExportError` when the file cannot be written.
    """
    from openpyxl import Workbook

    from reformdesk.formats.style import TableWriter

    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(f"无法导出：文件夹不存在：{target.parent}")
    tmp = _temp_beside(target)
    wb = Workbook(write_only=True)
    try:
        wb.properties.creator = "ReformDesk"
        wb.properties.title = title
        writer = TableWriter(wb, office=office, date=date)
        for table in tables:
            writer.write(table, on_row)
        if before_save is not None:
            before_save()
        wb.save(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        _discard(wb, tmp)
        raise ExportError(f"无法导出 {target.name}：{exc.strerror or exc}") from exc
    except BaseException:
        _discard(wb, tmp)
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


def _discard(wb: Workbook, tmp: Path) -> None:
    """Remove the temporary workbook and the sheets openpyxl streamed to /tmp."""
    tmp.unlink(missing_ok=True)
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        with contextlib.suppress(Exception):
            writer.cleanup()
