"""Import a county power list (.xlsx / .xls / .ods) into a plan.

Three steps, so that the window can show a preview and push one undo command:

1. :func:`read_power_sheet` reads the file (checked first by
   :func:`reformdesk.formats.import_guard.read_tables`, the front door), finds the
   header row by its Chinese names and reads every data row into a
   :class:`SheetRow`, noting what cannot be read;
2. :func:`plan_import` matches the rows with the plan (power code, body name,
   responsible official) and returns an :class:`ImportPreview`: rows to add,
   rows that update an item (with each field change), rows that cannot be
   imported with their Excel row number and reason;
3. :func:`import_changes` turns a preview into a
   :class:`~reformdesk.domain.changes.ChangeSet` (field updates, then the
   added items), all-or-nothing, without changing the plan; the window pushes
   it as one undo step.  :func:`apply_import` builds it and applies it (the
   command line), returning the applied change set.

An empty cell never clears a value in the plan: the import adds information,
it does not delete it.  Pure Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.model import DelegationMode, Person, Plan, Power, PowerType, cn_date
from reformdesk.domain.registry import KINDS, EntityKind
from reformdesk.formats import import_values as v
from reformdesk.formats.import_guard import SheetReadError, read_tables
from reformdesk.formats.import_values import Cell, ImportField
from reformdesk.formats.sheets import MergedRange

__all__ = [
    "BadRow",
    "FieldChange",
    "ImportPreview",
    "ImportRefused",
    "RowUpdate",
    "SheetRead",
    "SheetReadError",
    "SheetRow",
    "apply_import",
    "import_changes",
    "plan_import",
    "read_power_sheet",
]

#: The sheet our own export writes; read first when a workbook has several.
HANDOVER_SHEET = "县级权限承接方案"
#: How far down a header may be (title rows, 填表单位, blank rows …).
HEADER_SEARCH_ROWS = 30


class ImportRefused(Exception):
    """:func:`apply_import` would not apply the preview; ``str()`` says why, in Chinese."""


# -- reading the sheet ---------------------------------------------------------------


@dataclass(slots=True)
class SheetRow:
    """One data row as read from the sheet, before it is matched with a plan (read-only by
    convention: not frozen, because frozen dataclasses build slower and a list has 10,000s).

    Text fields are "" and typed fields None when the cell is empty or the
    column is missing; ``problems`` are the reasons the row cannot be read.
    """

    row: int  # as Excel shows it (1-based)
    code: str
    name: str
    type: PowerType | None = None
    legal_basis: str = ""
    source_department: str = ""
    mode: DelegationMode | None = None
    body: str = ""  # receiving body name, matched with the plan later
    deadline: dt.date | None = None
    official: str = ""  # "张三" or "张三（0012）"
    note: str = ""
    sub_item: bool = False
    parent_row: int | None = None  # the main item's row, for a sub-item
    problems: tuple[str, ...] = ()


@dataclass(slots=True)
class SheetRead:
    """What :func:`read_power_sheet` found in a file."""

    path: Path
    sheet: str  # worksheet name
    header_row: int  # 1-based
    columns: dict[ImportField, int]  # column -> 0-based index
    rows: list[SheetRow] = field(default_factory=list)
    #: Rows passed over on purpose (subtotals, notes, a repeated header), with why.
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def column_letter(self, column: ImportField) -> str:
        index = self.columns[column]
        letters = ""
        index += 1
        while index:
            index, rem = divmod(index - 1, 26)
            letters = chr(65 + rem) + letters
        return letters


def read_power_sheet(path: str | Path) -> SheetRead:
    """Read a power list; raises :class:`SheetReadError` (one Chinese sentence) when it cannot.

    The file goes through the import guard's front door (checked, then parsed).
    """
    p = Path(path)
    near_misses: list[str] = []
    any_content = False
    for table in read_tables(p, first=HANDOVER_SHEET):
        any_content = True
        rows, top = table.rows, table.top
        found = _find_header(rows, top)
        if isinstance(found, str):
            near_misses.append(f"工作表“{table.name}”{found}")
            continue
        header_index, data_index, columns = found
        _fill_merged(rows, table.merged, top, table.left, data_index)
        read = SheetRead(path=p, sheet=table.name, header_row=top + header_index + 1, columns=columns)
        _read_rows(read, rows, data_index, top)
        return read
    if not any_content:
        raise SheetReadError(f"工作簿是空的，没有任何数据：{p.name}")
    expected = "、".join(
        f"{c.label}（或 {'/'.join(v.SYNONYMS[c][1:4])}）" for c in (ImportField.NAME, ImportField.CODE)
    )
    detail = "；".join(near_misses) if near_misses else ""
    raise SheetReadError(
        f"没有找到权力清单的表头：需要 {expected} 列，其余列可选"
        f"（{'、'.join(c.label for c in ImportField if c not in (ImportField.NAME, ImportField.CODE))}）。{detail}"
    )


def _map_header(row: Sequence[Cell]) -> dict[ImportField, int]:
    columns: dict[ImportField, int] = {}
    for index, cell in enumerate(row):
        column = v.HEADER_NAMES.get(v.header_key(cell))
        if column is not None and column not in columns:
            columns[column] = index
    return columns


def _find_header(rows: list[list[Cell]], top: int) -> tuple[int, int, dict[ImportField, int]] | str:
    """(header index, first data index, columns), or why no header was found."""
    miss = "前 30 行中没有“事项名称”和“事项编码”表头"
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = _map_header(row)
        if ImportField.NAME not in columns and ImportField.CODE not in columns:
            continue
        data_index = index + 1
        # A two-level header: 承接情况 over 承接机构 | 承接时限 | 责任人 on the next row.
        if data_index < len(rows):
            below = rows[data_index]
            below_columns = _map_header(below)
            filled = [c for c in below if c not in ("", None)]
            if below_columns and len(below_columns) == len(filled):
                for column, col_index in below_columns.items():
                    columns.setdefault(column, col_index)
                data_index += 1
        if ImportField.NAME in columns and ImportField.CODE in columns:
            return index, data_index, columns
        missing = (
            "事项编码（或 职权编码/权力编码/编码）"
            if ImportField.NAME in columns
            else "事项名称（或 职权名称/权力名称）"
        )
        miss = f"第 {top + index + 1} 行像是表头，但缺少“{missing}”列"
    return miss


def _fill_merged(
    rows: list[list[Cell]], merged: Sequence[MergedRange] | None, top: int, left: int, data_index: int
) -> None:
    """Copy a merged cell's value into the cells it covers (a department merged over its items)."""
    for (r0, c0), (r1, c1) in merged or ():
        r0, r1, c0, c1 = r0 - top, r1 - top, c0 - left, c1 - left
        if r1 < data_index or r0 < 0 or c0 < 0 or r0 >= len(rows):
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(max(r0, data_index), min(r1, len(rows) - 1) + 1):
            line = rows[r]
            for c in range(c0, min(c1, len(line) - 1) + 1):
                if line[c] in ("", None):
                    line[c] = value


_ERROR = object()


def _column(
    data: list[list[Cell]], index: int | None, parse: Any, unique: bool = False
) -> tuple[list[Any], dict[Any, str], list[Cell] | None]:
    """One column parsed: values (None where empty), the error text per bad raw value, and the raw cells.

    County lists repeat the same department, type, body and date thousands of
    times, so each distinct raw value is parsed once.
    """
    if index is None:
        return [None] * len(data), {}, None
    raws = list(map(itemgetter(index), data))  # calamine rows are all the sheet's width
    if parse is None:  # kept as read
        return raws, {}, raws
    if unique:
        # Codes and names differ on every row: caching by distinct value only adds work.
        values: list[Any] = []
        errors_u: dict[Any, str] = {}
        append = values.append
        for raw in raws:
            if raw is None or raw == "":
                append(None)
                continue
            try:
                append(parse(raw))
            except ValueError as exc:
                append(_ERROR)
                errors_u[raw] = str(exc)
        return values, errors_u, raws
    parsed: dict[Any, Any] = {}
    errors: dict[Any, str] = {}
    for raw in set(raws):
        if raw is None or raw == "":
            parsed[raw] = None
            continue
        try:
            parsed[raw] = parse(raw)
        except ValueError as exc:
            parsed[raw] = _ERROR
            errors[raw] = str(exc)
    return list(map(parsed.__getitem__, raws)), errors, raws


def _read_rows(read: SheetRead, rows: list[list[Cell]], data_index: int, top: int) -> None:
    data = rows[data_index:]
    cols = read.columns
    text = v.text

    def column(
        c: ImportField, parse: Any = text, unique: bool = False
    ) -> tuple[list[Any], dict[Any, str], list[Cell] | None]:
        return _column(data, cols.get(c), parse, unique)

    written = v.written_text
    names, _, _ = column(ImportField.NAME, written, unique=True)
    codes, code_errors, raw_codes = column(ImportField.CODE, v.code, unique=True)
    seqs, _, _ = column(ImportField.SEQ, None)
    types, type_errors, raw_types = column(ImportField.TYPE, v.power_type)
    modes, mode_errors, raw_modes = column(ImportField.MODE, v.mode)
    deadlines, date_errors, raw_dates = column(ImportField.DEADLINE, v.date)
    bases, _, _ = column(ImportField.LEGAL_BASIS, written)
    departments, _, _ = column(ImportField.SOURCE_DEPARTMENT, written)
    bodies, _, _ = column(ImportField.BODY)
    officials, _, _ = column(ImportField.OFFICIAL)
    notes, _, _ = column(ImportField.NOTE, written)
    assert raw_codes is not None  # the code column is required to find the header

    out = read.rows
    last_main: SheetRow | None = None
    for i, line in enumerate(data):
        row_number = top + data_index + i + 1
        if not any(line) and all(c == "" or c is None for c in line):
            continue
        name = names[i] or ""
        seq_raw = seqs[i]
        seq = seq_raw if isinstance(seq_raw, str) else ""
        # The parsed code (a dict look-up) first: text(name) on every row was a tenth of the import.
        if codes[i] in v.HEADER_NAMES and text(name) in v.HEADER_NAMES:
            read.skipped.append((row_number, "重复的表头"))
            continue
        if ("计" in seq or "计" in name) and (v.is_subtotal(seq) or v.is_subtotal(text(name))):
            read.skipped.append((row_number, "合计行"))
            continue
        problems: list[str] = []
        code = codes[i]
        if code is _ERROR:
            problems.append(code_errors[raw_codes[i]])
            code = ""
        elif not code:
            if not name and sum(1 for c in line if c != "" and c is not None) == 1:
                read.skipped.append((row_number, "说明行"))
                continue
            code = ""
            problems.append("缺少事项编码")
        name, marked = v.strip_sub_marker(name)
        if not name:
            problems.insert(0, "缺少事项名称")
        power_type, mode, deadline = types[i], modes[i], deadlines[i]
        if power_type is _ERROR:
            problems.append(type_errors[raw_types[i]])  # type: ignore[index]
            power_type = None
        if mode is _ERROR:
            problems.append(mode_errors[raw_modes[i]])  # type: ignore[index]
            mode = None
        if deadline is _ERROR:
            problems.append(date_errors[raw_dates[i]])  # type: ignore[index]
            deadline = None
        # Inline for numbers (most 序号 cells): a function call per row is measurable at 10,000 rows.
        seq_class = seq_raw.__class__
        sub_item = (
            marked or (seq_class is float and not seq_raw.is_integer()) or (seq_class is str and v.is_sub_seq(seq_raw))
        )
        parent_row = None
        if sub_item:
            if last_main is None:
                problems.append("子项前面没有所属的主项")
            else:
                parent_row = last_main.row
        row = SheetRow(
            row_number,
            code,
            name,
            power_type,
            bases[i] or "",
            departments[i] or "",
            mode,
            bodies[i] or "",
            deadline,
            officials[i] or "",
            notes[i] or "",
            sub_item,
            parent_row,
            tuple(problems),
        )
        out.append(row)
        if not sub_item:
            last_main = row


# -- matching with the plan ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of an existing item that the import changes."""

    field: str  # Power attribute name
    label: str  # its column name, e.g. 承接机构
    old: object
    new: object
    old_text: str
    new_text: str


@dataclass(frozen=True, slots=True)
class RowUpdate:
    row: int
    power_id: str
    code: str
    name: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class BadRow:
    row: int
    code: str
    name: str
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "；".join(self.reasons)


@dataclass(slots=True)
class ImportPreview:
    """What an import would do; nothing has changed yet."""

    read: SheetRead
    #: New items, not yet in the plan (ids fixed now so redo gives the same ids), with their rows.
    added: list[tuple[int, Power]] = field(default_factory=list)
    updated: list[RowUpdate] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.bad

    def summary(self) -> str:
        return (
            f"新增 {len(self.added)} 项，更新 {len(self.updated)} 项，"
            f"无变化 {len(self.unchanged)} 项，无法读取 {len(self.bad)} 行"
        )


#: Field → how a change to it is named in the report: the registry's label, but
#: a sub-item's main item is "所属主项".
_LABELS = {f.name: f.label for f in KINDS[EntityKind.POWER].fields} | {"parent_id": "所属主项"}


class _People:
    """Finds the responsible official: by staff id when given, else by name."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.by_name: dict[str, list[Person]] = {}
        self.by_staff_id: dict[str, Person] = {}
        for person in plan.people.values():
            self.by_name.setdefault(v.name_key(person.name), []).append(person)
            self.by_staff_id[v.name_key(person.staff_id)] = person

    def find(self, official: str, body_id: str | None) -> Person:
        name, staff_id = v.person_ref(official)
        if staff_id:
            person = self.by_staff_id.get(v.name_key(staff_id))
            if person is None or (name and v.name_key(person.name) != v.name_key(name)):
                raise ValueError(f"责任人“{official}”不在本方案中（工号与姓名不符）")
            return person
        found = self.by_name.get(v.name_key(name), [])
        if len(found) > 1 and body_id is not None:
            in_body = [p for p in found if self.plan.body_of(p) == body_id]
            found = in_body if len(in_body) == 1 else found
        if not found:
            raise ValueError(f"责任人“{official}”不在本方案中")
        if len(found) > 1:
            raise ValueError(f"责任人“{official}”在本方案中有 {len(found)} 人同名，请写成“姓名（工号）”")
        return found[0]


def _new_ids(count: int) -> Iterator[str]:
    """``count`` ids shaped like :func:`new_id` (uuid4 hex) from one urandom call.

    uuid.uuid4() per item was a quarter of the time of a 10,000-row import.
    """
    raw = os.urandom(16 * count).hex()
    for i in range(0, 32 * count, 32):
        yield f"{raw[i : i + 12]}4{raw[i + 13 : i + 16]}{'89ab'[int(raw[i + 16], 16) & 3]}{raw[i + 17 : i + 32]}"


def plan_import(plan: Plan, read: SheetRead) -> ImportPreview:
    """Match the sheet's rows with ``plan`` and say what an import would do."""
    preview = ImportPreview(read=read)
    by_code = {p.code: p for p in plan.powers.values()}
    bodies = {v.name_key(b.name): b for b in plan.bodies.values()}
    body_ids: dict[str, str | None] = {}
    people = _People(plan)
    officials: dict[tuple[str, str | None], str | ValueError] = {}
    ids = _new_ids(len(read.rows))
    has_seq = ImportField.SEQ in read.columns
    first_row_of_code: dict[str, int] = {}
    id_of_row: dict[int, str] = {}  # power id of every good row, for sub-items
    bad_rows: set[int] = set()
    next_seq = max((p.seq for p in plan.powers.values()), default=0) + 1

    for row in read.rows:
        reasons = list(row.problems)
        if row.code:
            first = first_row_of_code.setdefault(row.code, row.row)
            if first != row.row:
                reasons.append(f"编码在表中重复（与第 {first} 行相同）")
        body_id: str | None = None
        if row.body:
            if row.body not in body_ids:
                body = bodies.get(v.name_key(row.body))
                body_ids[row.body] = body.id if body else None
            body_id = body_ids[row.body]
            if body_id is None:
                reasons.append(f"承接机构“{row.body}”不在本方案中")
        official_id: str | None = None
        if row.official:
            key = (row.official, body_id)
            if key not in officials:
                try:
                    officials[key] = people.find(row.official, body_id).id
                except ValueError as exc:
                    officials[key] = exc
            found = officials[key]
            if isinstance(found, ValueError):
                reasons.append(str(found))
            else:
                official_id = found
        parent_id: str | None = None
        if row.parent_row is not None:
            if row.parent_row in bad_rows:
                reasons.append(f"所属主项（第 {row.parent_row} 行）无法导入")
            else:
                parent_id = id_of_row[row.parent_row]
        existing = by_code.get(row.code) if row.code else None
        if existing is None and row.type is None and not reasons:
            reasons.append("缺少事项类型")
        if reasons:
            bad_rows.add(row.row)
            preview.bad.append(BadRow(row.row, row.code, row.name, tuple(reasons)))
            continue

        if existing is None:
            # Empty cells keep the item's defaults (the type was checked above).
            power = Power(
                id=next(ids),
                code=row.code,
                name=row.name,
                type=row.type,  # type: ignore[arg-type]
                legal_basis=row.legal_basis,
                source_department=row.source_department,
                mode=row.mode or DelegationMode.TRANSFER,
                body_id=body_id,
                deadline=row.deadline,
                official_id=official_id,
                note=row.note,
                parent_id=parent_id,
                seq=next_seq,
            )
            next_seq += 1
            id_of_row[row.row] = power.id
            preview.added.append((row.row, power))
            continue

        new_values: dict[str, object] = {
            "name": row.name,
            "type": row.type,
            "legal_basis": row.legal_basis,
            "source_department": row.source_department,
            "mode": row.mode,
            "body_id": body_id,
            "deadline": row.deadline,
            "official_id": official_id,
            "note": row.note,
        }
        # Only non-empty cells are applied: an import never clears information.
        new_values = {k: val for k, val in new_values.items() if val not in (None, "")}
        if row.sub_item or has_seq:
            new_values["parent_id"] = parent_id  # the sheet says where the item belongs

        id_of_row[row.row] = existing.id
        changes = tuple(
            FieldChange(
                key,
                _LABELS[key],
                getattr(existing, key),
                val,
                _display(plan, key, getattr(existing, key), preview),
                _display(plan, key, val, preview),
            )
            for key, val in new_values.items()
            if _differs(key, getattr(existing, key), val)
        )
        if changes:
            preview.updated.append(RowUpdate(row.row, existing.id, existing.code, existing.name, changes))
        else:
            preview.unchanged.append(row.row)
    return preview


#: Fields kept as written (:func:`v.written_text`); spacing alone is no change to them.
_WRITTEN = frozenset({"name", "legal_basis", "source_department", "note"})


def _differs(key: str, old: object, new: object) -> bool:
    if key in _WRITTEN and isinstance(old, str) and isinstance(new, str):
        # A list typed with other spacing (or a plan imported before text was kept
        # as written) is the same item: no spurious update.
        return v.text(old) != v.text(new)
    return old != new


def _display(plan: Plan, key: str, value: object, preview: ImportPreview) -> str:
    if value is None:
        return ""
    if key == "body_id":
        body = plan.bodies.get(str(value))
        return body.name if body else str(value)
    if key == "official_id":
        person = plan.people.get(str(value))
        return f"{person.name}（{person.staff_id}）" if person else str(value)
    if key == "parent_id":
        power = plan.powers.get(str(value)) or next((p for _r, p in preview.added if p.id == value), None)
        return f"{power.code} {power.name}" if power else str(value)
    if isinstance(value, dt.date):
        return cn_date(value)
    return str(value)


# -- applying ----------------------------------------------------------------------------


def apply_import(plan: Plan, preview: ImportPreview, skip_bad_rows: bool = False) -> ChangeSet:
    """Apply ``preview`` to ``plan`` all-or-nothing and return the applied change set
    (``revert`` undoes it); raises :class:`ImportRefused` as :func:`import_changes` does."""
    changes = import_changes(plan, preview, skip_bad_rows)
    changes.apply(plan)
    return changes


def import_changes(plan: Plan, preview: ImportPreview, skip_bad_rows: bool = False) -> ChangeSet:
    """The change set of ``preview``: updates of existing items, then the added items at the end.

    Raises :class:`ImportRefused` (the plan is never changed here) when rows
    cannot be read (unless ``skip_bad_rows``) or the plan changed since the preview."""
    if preview.bad and not skip_bad_rows:
        listed = "；".join(f"第 {b.row} 行：{b.reason}" for b in preview.bad[:5])
        more = f" 等 {len(preview.bad)} 行" if len(preview.bad) > 5 else ""
        raise ImportRefused(f"有 {len(preview.bad)} 行无法读取，未导入任何内容（{listed}{more}）")
    codes = {p.code for p in plan.powers.values()}
    stale = any(p.code in codes for _row, p in preview.added) or any(
        u.power_id not in plan.powers for u in preview.updated
    )
    for _row, p in preview.added:
        stale = stale or (p.body_id is not None and p.body_id not in plan.bodies)
        stale = stale or (p.official_id is not None and p.official_id not in plan.people)
    for u in preview.updated:
        power = plan.powers.get(u.power_id)
        stale = stale or power is None or any(getattr(power, c.field) != c.old for c in u.changes)
    if stale:
        raise ImportRefused("方案在预览之后已被修改，请重新导入预览")
    return (
        ChangeSet()
        .set(EntityKind.POWER, {u.power_id: {c.field: c.new for c in u.changes} for u in preview.updated})
        .add(EntityKind.POWER, [p for _row, p in preview.added])
    )


# -- command line ----------------------------------------------------------------------


def describe(preview: ImportPreview, limit: int = 20) -> list[str]:
    """The preview as lines of text (the command line prints them)."""
    read = preview.read
    lines = [f"导入 {read.path.name}：工作表“{read.sheet}”，表头在第 {read.header_row} 行", preview.summary()]
    if preview.added:
        lines.append("新增：")
        lines += [f"  第 {row} 行  {p.code}  {p.name}" for row, p in preview.added[:limit]]
        if len(preview.added) > limit:
            lines.append(f"  …… 共 {len(preview.added)} 项")
    if preview.updated:
        lines.append("更新：")
        for u in preview.updated[:limit]:
            what = "，".join(f"{c.label}：{c.old_text or '（空）'} → {c.new_text}" for c in u.changes)
            lines.append(f"  第 {u.row} 行  {u.code}  {u.name}：{what}")
        if len(preview.updated) > limit:
            lines.append(f"  …… 共 {len(preview.updated)} 项")
    if preview.bad:
        lines.append("无法读取：")
        lines += [f"  第 {b.row} 行：{b.reason}" for b in preview.bad]
    return lines
