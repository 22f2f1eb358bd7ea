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
import json
import os
import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.model import DelegationMode, Person, Plan, Power, PowerType, cn_date
from reformdesk.domain.registry import KINDS, EntityKind
from reformdesk.domain.validation import person_label
from reformdesk.formats import import_values as v
from reformdesk.formats.import_guard import SheetReadError, read_tables
from reformdesk.formats.import_values import Cell, ImportField
from reformdesk.formats.sheets import Table, bulk_objects, hidden_sheets
from reformdesk.formats.table_shape import (
    HEADER_SEARCH_ROWS,
    RowKind,
    Shape,
    SkippedSheet,
    caption_text,
    looks_like_organisation,
    select_tables,
)

__all__ = [
    "BadRow",
    "Choices",
    "CountCheck",
    "FieldChange",
    "FlaggedRow",
    "ImportPreview",
    "ImportRefused",
    "RowUpdate",
    "SheetPart",
    "SheetRead",
    "SheetReadError",
    "SheetRow",
    "SkippedRow",
    "ValueMapping",
    "apply_import",
    "choices_json",
    "import_changes",
    "plan_import",
    "read_power_sheet",
    "remembered_choices",
]

#: The sheet our own export writes; when a workbook has it, it is the list (the other sheets are summaries).
HANDOVER_SHEET = "县级权限承接方案"
HEADER_SEARCH_ROWS = HEADER_SEARCH_ROWS
#: Why a hidden worksheet was not read (the preview lists it).
HIDDEN_REASON = "隐藏的工作表（如需导入，请在表格中取消隐藏后再导入）"


class ImportRefused(Exception):
    """:func:`apply_import` would not apply the preview; ``str()`` says why, in Chinese."""


# -- reading the sheet ---------------------------------------------------------------


@dataclass(slots=True)
class SheetRow:
    """One item as read from the sheet, before it is matched with a plan (read-only by
    convention: not frozen, because frozen dataclasses build slower and a list has 10,000s).

    Text fields are "" and typed fields None when the cell is empty or the
    column is missing; ``problems`` are the reasons the row cannot be read,
    ``flags`` what was read with doubt (the row imports, the preview lists them).
    ``written`` keeps, per field, a value as written that the mapping step
    interprets (a type short form, 6月底前, a deadline it could not read).
    A main item synthesised from a 主项/子项 row shares the row number of its
    first sub-item; ``index`` (the position in :attr:`SheetRead.rows`) is unique.
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
    sheet: str = ""
    index: int = 0
    parent_index: int | None = None
    written: dict[ImportField, str] | None = None
    flags: tuple[str, ...] = ()
    #: The 权责清单 columns the row fills (v.CATALOGUE_COLUMNS), as written; None when it fills none.
    extra: dict[ImportField, str] | None = None


@dataclass(frozen=True, slots=True)
class SheetPart:
    """One worksheet that was read: its name, header row and columns."""

    name: str
    header_row: int  # 1-based
    columns: dict[ImportField, int]


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row under a header that is not an item (a caption, a footnote …), with its text."""

    sheet: str
    row: int
    kind: RowKind
    text: str = ""

    @property
    def reason(self) -> str:
        return self.kind.reason


@dataclass(frozen=True, slots=True)
class CountCheck:
    """A count a sheet states — in a total row or a caption — that is not the number of items read."""

    sheet: str
    row: int
    stated: int
    found: int  # main items read under it (sub-items not counted)
    text: str

    @property
    def reason(self) -> str:
        return f"写明 {self.stated} 项，读到 {self.found} 项（不含子项），请核对是否有遗漏或多余的行"


@dataclass(slots=True)
class SheetRead:
    """What :func:`read_power_sheet` found in a file (``sheet``/``header_row``/``columns``: the first sheet read)."""

    path: Path
    sheet: str  # worksheet name
    header_row: int  # 1-based
    columns: dict[ImportField, int]  # column -> 0-based index
    rows: list[SheetRow] = field(default_factory=list)
    #: Rows passed over on purpose (captions, subtotals, footnotes, a repeated header), with why.
    skipped: list[SkippedRow] = field(default_factory=list)
    parts: list[SheetPart] = field(default_factory=list)
    skipped_sheets: list[SkippedSheet] = field(default_factory=list)
    #: Counts the sheet states (合计：56项, 一、县市场监督管理局（3项）) that differ from the items read.
    count_checks: list[CountCheck] = field(default_factory=list)

    @property
    def has_codes(self) -> bool:
        """Whether the list has a code column (a sheet without one is matched by department and name)."""
        return any(ImportField.CODE in p.columns for p in self.parts)

    @property
    def several_sheets(self) -> bool:
        return len(self.parts) > 1

    def column_letter(self, column: ImportField) -> str:
        index = self.columns[column]
        letters = ""
        index += 1
        while index:
            index, rem = divmod(index - 1, 26)
            letters = chr(65 + rem) + letters
        return letters


@bulk_objects
def read_power_sheet(
    path: str | Path,
    sheets: Collection[str] | None = None,
    *,
    tables: Iterable[Table] | None = None,
    reasons: Mapping[str, str] | None = None,
) -> SheetRead:
    """Read a power list; raises :class:`SheetReadError` (one Chinese sentence) when it cannot.

    The file goes through the import guard's front door (checked, then parsed).
    Every sheet with a recognisable header is read (our own handover workbook:
    its 县级权限承接方案 sheet only); the others are listed as skipped.  With
    ``sheets``, only those are read: a workbook holding a roster too names
    its power-list sheets (:attr:`reformdesk.formats.workbook.Workbook.power_sheets`),
    so a unit sheet headed 序号/名称/类别 is not read as powers.  ``tables``: the
    workbook's tables already read (:func:`reformdesk.formats.workbook.read_workbook`),
    so the file is not read again; ``reasons``: why a sheet left out by ``sheets`` is
    (:meth:`reformdesk.formats.workbook.Workbook.elsewhere`: a 花名册, to import as one).
    """
    p = Path(path)
    read: SheetRead | None = None
    skipped_sheets: list[SkippedSheet] = []
    any_content = False
    own_export = False

    def only(table: Table) -> bool:
        return not own_export and (sheets is None or table.name in sheets)

    reason = "未读取（不是权力清单）" if sheets is not None else "未读取（与已读取的工作表重复）"
    source = read_tables(p, first=HANDOVER_SHEET) if tables is None else tables
    # Tables already read come in workbook order: the handover sheet first, as read_tables gives it.
    ordered = source if tables is None else sorted(tables, key=lambda t: t.name != HANDOVER_SHEET)
    for found in select_tables(ordered, v.VOCABULARY, only, reason):
        any_content = True
        if isinstance(found, SkippedSheet):
            skipped_sheets.append(found)
            continue
        table, header = found.table, found.header
        if read is None:
            read = SheetRead(path=p, sheet=table.name, header_row=header.row, columns=header.columns)
            own_export = table.name == HANDOVER_SHEET
        read.parts.append(SheetPart(table.name, header.row, header.columns))
        _read_part(read, found)
    if reasons:
        skipped_sheets = [SkippedSheet(k.name, reasons.get(k.name, k.reason)) for k in skipped_sheets]
    skipped_sheets += [SkippedSheet(name, HIDDEN_REASON) for name in hidden_sheets(source)]
    if read is not None:
        read.skipped_sheets = skipped_sheets
        return read
    if not any_content:
        raise SheetReadError(f"工作簿是空的，没有任何数据：{p.name}")
    detail = "；".join(f"工作表“{s.name}”{s.reason}" for s in skipped_sheets)
    raise SheetReadError(
        f"没有找到权力清单的表头：需要 {ImportField.NAME.label}（或 {'/'.join(v.SYNONYMS[ImportField.NAME][1:4])}）列，"
        f"其余列可选（{'、'.join(c.label for c in ImportField if c is not ImportField.NAME)}）。{detail}"
    )


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
        plain = _plain_column(raws, parse)
        if plain is not None:
            return plain, {}, raws
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


#: What :func:`v.written_text` changes besides trimming, and what :func:`v.code` changes in ASCII.
_WRITTEN_WORK = re.compile("[\u200b\ufeff\r]")
_CODE_WORK = re.compile(r"[\s.]")


def _plain_column(raws: list[Cell], parse: Any) -> list[Any] | None:
    """A column of names or codes parsed at C speed where every cell is text needing no
    more than trimming (checked on the column joined, one pass); None where it is not so."""
    if parse is not v.written_text and parse is not v.code:
        return None
    texts = [raw for raw in raws if raw is not None]
    if any(raw.__class__ is not str for raw in texts):
        return None
    joined = "\x00".join(texts)  # type: ignore[arg-type]
    if parse is v.code:
        if not joined.isascii() or _CODE_WORK.search(joined):
            return None
        return [raw or None for raw in raws]
    if _WRITTEN_WORK.search(joined):
        return None
    return [raw.strip() or None if raw else None for raw in raws]  # type: ignore[union-attr]


def _written_of(raws: list[Cell] | None, values: list[Any]) -> list[str | None] | None:
    """Per row, the value as written where the column's reading is not the value itself
    (许可 for 行政许可, 下放 for 直接下放, an unreadable cell): what the mapping step lists."""
    if raws is None:
        return None
    out: dict[Any, str | None] = {}
    text = v.text
    for raw, value in zip(raws, values, strict=True):
        if raw in out:
            continue
        if raw is None or raw == "":
            out[raw] = None
            continue
        t = text(raw)
        out[raw] = None if (value is not _ERROR and value is not None and getattr(value, "value", None) == t) else t
    if all(w is None for w in out.values()):
        return None
    return list(map(out.__getitem__, raws))


def _read_part(read: SheetRead, shape: Shape[ImportField]) -> None:
    table = shape.table
    rows, top, sheet = table.rows, table.top, table.name
    cols = shape.columns
    # Classify every row under the header; only items are read.
    department_of: dict[int, str] = {}  # item position -> the department caption above it
    type_of: dict[int, PowerType] = {}  # item position -> the type of a group heading above it
    department = caption_text(sheet) if looks_like_organisation(caption_text(sheet)) else ""
    group_type: PowerType | None = None
    items, others = shape.split()
    if others:
        # Captions and group headings apply to the items under them (until the next one).
        skipped = read.skipped
        heading_at = 0
        for index, kind, heading in others:
            skipped.append(SkippedRow(sheet, top + index + 1, kind, heading))
        if any(kind in (RowKind.CAPTION, RowKind.GROUP) for _i, kind, _t in others):
            for position, index in enumerate(items):
                while heading_at < len(others) and others[heading_at][0] < index:
                    _i, kind, heading = others[heading_at]
                    heading_at += 1
                    if kind is RowKind.CAPTION:
                        department, group_type = caption_text(heading), None
                    elif kind is RowKind.GROUP:
                        try:
                            group_type = v.power_type(caption_text(heading))
                        except ValueError:
                            group_type = None
                if department:
                    department_of[position] = department
                if group_type is not None:
                    type_of[position] = group_type
    if department and not department_of:
        department_of = dict.fromkeys(range(len(items)), department)
    data = [rows[i] for i in items]
    text = v.text

    def column(
        c: ImportField, parse: Any = text, unique: bool = False
    ) -> tuple[list[Any], dict[Any, str], list[Cell] | None]:
        return _column(data, cols.get(c), parse, unique)

    written = v.written_text
    names, _, _ = column(ImportField.NAME, written, unique=True)
    sub_names, _, _ = column(ImportField.SUB_NAME, written, unique=True)
    codes, code_errors, raw_codes = column(ImportField.CODE, v.code, unique=True)
    seqs, _, _ = column(ImportField.SEQ, None)
    types, _, raw_types = column(ImportField.TYPE, v.power_type)
    modes, _, raw_modes = column(ImportField.MODE, v.mode)
    deadlines, _, raw_dates = column(ImportField.DEADLINE, v.date)
    bases, _, _ = column(ImportField.LEGAL_BASIS, written)
    departments, _, _ = column(ImportField.SOURCE_DEPARTMENT, written)
    bodies, _, _ = column(ImportField.BODY)
    officials, _, _ = column(ImportField.OFFICIAL)
    notes, _, _ = column(ImportField.NOTE, written)
    extras = [(c, column(c, written)[0]) for c in v.CATALOGUE_COLUMNS if c in cols]
    written_types = _written_of(raw_types, types)
    written_modes = _written_of(raw_modes, modes)
    written_dates = _written_of(raw_dates, deadlines)
    has_codes = ImportField.CODE in cols
    has_sub_column = ImportField.SUB_NAME in cols
    name_at = cols[ImportField.NAME]
    group_starts = {r0 for r0, _r1 in shape.merged_down.get(name_at, ())}

    out = read.rows
    first_of_part = len(out)
    last_main: SheetRow | None = None
    group_main: SheetRow | None = None  # the main item synthesised for a 主项 + 子项 group
    group_main_name = ""
    for i, table_index in enumerate(items):
        row_number = top + table_index + 1
        name = names[i] or ""
        seq_raw = seqs[i]
        problems: list[str] = []
        flags: list[str] = []
        code = codes[i]
        if code is _ERROR:
            problems.append(code_errors[raw_codes[i]])  # type: ignore[index]
            code = ""
        elif not code:
            code = ""
            if has_codes:
                flags.append("缺少事项编码（按部门和名称匹配）")
        power_type, mode, deadline = types[i], modes[i], deadlines[i]
        row_written: dict[ImportField, str] | None = None
        if written_types is not None and written_types[i] is not None:
            row_written = {ImportField.TYPE: written_types[i]}  # type: ignore[dict-item]
        if written_modes is not None and written_modes[i] is not None:
            row_written = row_written or {}
            row_written[ImportField.MODE] = written_modes[i]  # type: ignore[assignment]
        if written_dates is not None and written_dates[i] is not None and deadline is _ERROR:
            row_written = row_written or {}
            row_written[ImportField.DEADLINE] = written_dates[i]  # type: ignore[assignment]
        if power_type is _ERROR:
            power_type = None
        if mode is _ERROR:
            mode = None
        if deadline is _ERROR:
            deadline = None
        if power_type is None and i in type_of:
            power_type = type_of[i]
        source_department = departments[i] or department_of.get(i, "")

        sub_name = (sub_names[i] or "") if has_sub_column else ""
        if sub_name:
            same_main = (
                group_main is not None
                and table_index not in group_starts
                and (not name or text(name) == group_main_name)
            )
            if same_main:
                assert group_main is not None
                code_of_sub = "" if code == group_main.code else code
            elif name:
                # The first row of a main item and its sub-items (主项 | 子项): the main item comes from it,
                # with the row's code (given back to the sub-item when the sub-items have codes of their own).
                group_main = SheetRow(
                    row_number,
                    code,
                    name,
                    power_type,
                    bases[i] or "",
                    source_department,
                    mode,
                    bodies[i] or "",
                    deadline,
                    officials[i] or "",
                    "",
                    sheet=sheet,
                    index=len(out),
                    written=row_written,
                    flags=tuple(flags),
                )
                group_main_name = text(name)
                out.append(group_main)
                last_main = group_main
                code_of_sub = ""
            else:
                group_main, code_of_sub = None, code
            sub_item, parent = True, group_main
            name, code = sub_name, code_of_sub
            flags = [f for f in flags if not f.startswith("缺少事项编码")]
        else:
            # Most names start with no sub-item marker: the call is skipped (10,000 rows).
            name, marked = v.strip_sub_marker(name) if name and name[0] in v.SUB_FIRST else (name, False)
            # Inline for numbers (most 序号 cells): a function call per row is measurable at 10,000 rows.
            seq_class = seq_raw.__class__
            sub_item = (
                marked
                or (seq_class is float and not seq_raw.is_integer())
                or (seq_class is str and v.is_sub_seq(seq_raw))
            )
            parent = last_main if sub_item else None
        if not name:
            problems.insert(0, "缺少事项名称")
        parent_row = parent_index = None
        if sub_item:
            if parent is None:
                problems.append("子项前面没有所属的主项")
            else:
                parent_row, parent_index = parent.row, parent.index
                if power_type is None:
                    power_type = parent.type
        row = SheetRow(
            row_number,
            code,
            name,
            power_type,
            bases[i] or "",
            source_department,
            mode,
            bodies[i] or "",
            deadline,
            officials[i] or "",
            notes[i] or "",
            sub_item,
            parent_row,
            tuple(problems),
            sheet,
            len(out),
            parent_index,
            row_written,
            tuple(flags),
        )
        if extras:
            row.extra = {c: values[i] for c, values in extras if values[i]} or None
        out.append(row)
        if not sub_item:
            last_main = row
            if has_sub_column:
                group_main = row
                group_main_name = text(name)
    _settle_group_codes(out)
    if others:
        _check_counts(read, sheet, top, others, out[first_of_part:])


_STATED = re.compile(r"(?:共|计)?\s*(\d+)\s*(?:项|个事项|条)")
_TOTAL_WORDS = ("合计", "总计", "共计")


def _check_counts(
    read: SheetRead, sheet: str, top: int, others: list[tuple[int, RowKind, str]], rows: list[SheetRow]
) -> None:
    """Compare the counts a sheet states with the main items read: a total row (合计：56项) with
    the whole sheet, a caption (一、县市场监督管理局（3项）) with the items up to the next heading."""
    headings = [top + i + 1 for i, kind, _t in others if kind in (RowKind.CAPTION, RowKind.GROUP, RowKind.SUBTOTAL)]
    for index, kind, text in others:
        row = top + index + 1
        if kind is RowKind.SUBTOTAL and any(w in text.replace(" ", "") for w in _TOTAL_WORDS):
            counted = rows
        elif kind is RowKind.CAPTION and _COUNTED.search(text):
            end = next((h for h in headings if h > row), None)
            counted = [r for r in rows if r.row > row and (end is None or r.row < end)]
        else:
            continue
        found = sum(1 for r in counted if not r.sub_item)
        m = _STATED.search(text)
        # Many county lists count their sub-items too (15 主项 and 2 子项: 共17项); either count is right.
        if m is not None and int(m.group(1)) not in (found, len(counted)):
            read.count_checks.append(CountCheck(sheet, row, int(m.group(1)), found, text))


#: A caption's item count: 一、县市场监督管理局（3项）.
_COUNTED = re.compile(r"[(（]\s*(?:共|计)?\s*\d+\s*项\s*[)）]\s*$")


def _settle_group_codes(rows: list[SheetRow]) -> None:
    """A synthesised main item took its first row's code; when its sub-items carry codes of
    their own, that code was the first sub-item's: give it back."""
    first_sub: dict[int, SheetRow] = {}
    coded: set[int] = set()
    for row in rows:
        if row.parent_index is None:
            continue
        first_sub.setdefault(row.parent_index, row)
        if row.code:
            coded.add(row.parent_index)
    for parent_index in coded:
        main, sub = rows[parent_index], first_sub[parent_index]
        if main.code and not sub.code and main.row == sub.row:
            sub.code, main.code = main.code, ""


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
    sheet: str = ""


@dataclass(frozen=True, slots=True)
class BadRow:
    row: int
    code: str
    name: str
    reasons: tuple[str, ...]
    sheet: str = ""

    @property
    def reason(self) -> str:
        return "；".join(self.reasons)


@dataclass(frozen=True, slots=True)
class FlaggedRow:
    """A row that imports, with what the user should check (a field left empty, a guess)."""

    row: int
    code: str
    name: str
    reasons: tuple[str, ...]
    sheet: str = ""

    @property
    def reason(self) -> str:
        return "；".join(self.reasons)


#: The fields the mapping step interprets, in the order the preview lists them.
MAPPED_FIELDS = (ImportField.BODY, ImportField.DEADLINE, ImportField.OFFICIAL, ImportField.TYPE, ImportField.MODE)

#: A user's choice for a written value: (field, value as written) → the chosen value as text
#: (a body or person id, a type or mode value, an ISO date; "" for none).
Choices = dict[tuple[str, str], str]


@dataclass(frozen=True, slots=True)
class ValueMapping:
    """A value as written and what the import makes of it (the preview lists each one)."""

    field: ImportField
    written: str
    value: object  # a body id, person id, PowerType, DelegationMode, date, or None
    value_text: str
    rule: str
    flagged: bool  # the user should choose
    chosen: bool  # the user's choice (now, or remembered in the plan)
    rows: int

    @property
    def key(self) -> tuple[str, str]:
        return (self.field.value, self.written)


@dataclass(slots=True)
class ImportPreview:
    """What an import would do; nothing has changed yet."""

    read: SheetRead
    #: New items, not yet in the plan (ids fixed now so redo gives the same ids), with their rows.
    added: list[tuple[int, Power]] = field(default_factory=list)
    updated: list[RowUpdate] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)
    flagged: list[FlaggedRow] = field(default_factory=list)
    mappings: list[ValueMapping] = field(default_factory=list)
    #: The sheet of each added item (by power id), for lists read from several sheets.
    sheet_of: dict[str, str] = field(default_factory=dict)
    #: The choices made for this import, remembered in the plan when it is applied.
    choices: Choices = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.bad

    def summary(self) -> str:
        text = (
            f"新增 {len(self.added)} 项，更新 {len(self.updated)} 项，"
            f"无变化 {len(self.unchanged)} 项，无法读取 {len(self.bad)} 行"
        )
        extra = []
        if self.read.skipped:
            extra.append(f"跳过 {len(self.read.skipped)} 行（标题、注释、签署、合计等）")
        if self.mappings:
            extra.append(f"值映射 {len(self.mappings)} 个")
        if self.flagged:
            extra.append(f"需核对 {len(self.flagged)} 行")
        return text + ("；" + "，".join(extra) if extra else "")


#: Field → how a change to it is named in the report: the registry's label, but
#: a sub-item's main item is "所属主项".
_LABELS = {f.name: f.label for f in KINDS[EntityKind.POWER].fields} | {"parent_id": "所属主项"}


def remembered_choices(plan: Plan) -> Choices:
    """The value mappings the user chose in earlier imports of this plan (PlanInfo.import_mappings)."""
    raw = plan.info.import_mappings
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    out: Choices = {}
    if isinstance(data, dict):
        for field_name, values in data.items():
            if isinstance(values, dict):
                for written, value in values.items():
                    if isinstance(written, str) and isinstance(value, str):
                        out[(str(field_name), written)] = value
    return out


def choices_json(choices: Choices) -> str:
    """Choices as PlanInfo.import_mappings holds them: {field: {written: value}}, sorted."""
    data: dict[str, dict[str, str]] = {}
    for (field_name, written), value in sorted(choices.items()):
        data.setdefault(field_name, {})[written] = value
    return json.dumps(data, ensure_ascii=False, sort_keys=True) if data else ""


class _Mapped:
    """What one written value maps to."""

    __slots__ = ("flag", "note", "rule", "value")

    def __init__(self, value: object, rule: str = "", flag: str = "", note: str = "") -> None:
        self.value, self.rule, self.flag, self.note = value, rule, flag, note


class _Mapper:
    """The mapping step: written values → plan values, by the rules of :mod:`import_values`,
    the choices remembered in the plan and the user's choices now (latest first)."""

    def __init__(self, plan: Plan, choices: Choices) -> None:
        self.plan = plan
        self.bodies = {v.name_key(b.name): b.id for b in plan.bodies.values()}
        self.people = _People(plan)
        self.remembered = remembered_choices(plan)
        self.choices = choices
        self.cache: dict[tuple[ImportField, str], _Mapped] = {}
        self.counts: dict[tuple[ImportField, str], int] = {}
        self.chosen: set[tuple[ImportField, str]] = set()

    def get(self, column: ImportField, written: str, context: str | None = None) -> _Mapped:
        key = (column, written)
        self.counts[key] = self.counts.get(key, 0) + 1
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = self._map(column, written)
        return found

    def _choice(self, column: ImportField, written: str) -> str | None:
        key = (column.value, written)
        if key in self.choices:
            return self.choices[key]
        return self.remembered.get(key)

    def _map(self, column: ImportField, written: str) -> _Mapped:
        chosen = self._choice(column, written)
        if chosen is not None:
            decoded = self._decode(column, chosen)
            if decoded is not _ERROR:
                self.chosen.add((column, written))
                note = ""
                if column is ImportField.OFFICIAL:
                    note = v.official_names(written)[1]
                origin = "本次选择" if (column.value, written) in self.choices else "本方案记住的选择"
                return _Mapped(decoded, origin, note=note)
        return self._rule(column, written)

    def _decode(self, column: ImportField, value: str) -> object:
        if value == "":
            return None
        if column is ImportField.BODY:
            return value if value in self.plan.bodies else _ERROR
        if column is ImportField.OFFICIAL:
            return value if value in self.plan.people else _ERROR
        if column is ImportField.TYPE:
            return PowerType(value) if value in PowerType._value2member_map_ else _ERROR
        if column is ImportField.MODE:
            return DelegationMode(value) if value in DelegationMode._value2member_map_ else _ERROR
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return _ERROR

    def _rule(self, column: ImportField, written: str) -> _Mapped:
        info = self.plan.info
        if column is ImportField.BODY:
            body_id, rule, flagged = v.map_body(written, self.bodies, info.town, info.county)
            flag = f"承接机构“{written}”：{rule}" if flagged else ""
            return _Mapped(body_id, rule, flag)
        if column is ImportField.OFFICIAL:
            return self._official(written)
        if column is ImportField.TYPE:
            try:
                return _Mapped(v.power_type(written), "简称或同义词 → 规范类型")
            except ValueError:
                value, rule = v.type_fallback(written)
                return _Mapped(value, rule, note=f"原事项类型：{written}")
        if column is ImportField.MODE:
            try:
                return _Mapped(v.mode(written), "简称或同义词 → 规范下放方式")
            except ValueError as exc:
                return _Mapped(None, "无法识别：请选择", flag=str(exc))
        try:
            date, rule = v.relative_deadline(written, info.date)
        except ValueError as exc:
            return _Mapped(None, "无法识别：请选择或填写日期", flag=str(exc))
        return _Mapped(date, rule)

    def _official(self, written: str) -> _Mapped:
        names, note = v.official_names(written)
        name, bracket = names[0]
        rules = []
        if bracket:
            person = self.people.by_staff_id.get(v.name_key(bracket))
            if person is not None and v.name_key(person.name) == v.name_key(name):
                if len(names) == 1:
                    return _Mapped(person.id)  # 张三（0012）: no mapping
            elif person is not None or bracket.isascii():
                flag = f"责任人“{written}”不在本方案中（工号与姓名不符）"
                return _Mapped(None, "本方案中没有此人：请选择", flag, note)
            else:
                rules.append(f"去掉括号中的职务“{bracket}”")
        try:
            person = self.people.find(name, None)
        except ValueError as exc:
            return _Mapped(
                None, "本方案中没有此人：请选择", flag=str(exc).replace(f"“{name}”", f"“{written}”"), note=note
            )
        if len(names) > 1:
            rules.append("两名以上责任人：第一人为责任人，全部记入备注")
            flag = f"责任人“{written}”有 {len(names)} 人，已取第一人{person.name}"
            return _Mapped(person.id, "；".join(rules), flag, note)
        return _Mapped(person.id, "；".join(rules))

    def mappings(self) -> list[ValueMapping]:
        out = []
        order = {c: n for n, c in enumerate(MAPPED_FIELDS)}
        for (column, written), mapped in sorted(self.cache.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
            if not mapped.rule:
                continue
            out.append(
                ValueMapping(
                    column,
                    written,
                    mapped.value,
                    self.value_text(column, mapped.value),
                    mapped.rule,
                    bool(mapped.flag),
                    (column, written) in self.chosen,
                    self.counts.get((column, written), 0),
                )
            )
        return out

    def value_text(self, column: ImportField, value: object) -> str:
        if value is None:
            return ""
        if column is ImportField.BODY:
            body = self.plan.bodies.get(str(value))
            return body.name if body else ""
        if column is ImportField.OFFICIAL:
            person = self.plan.people.get(str(value))
            return person_label(person.name, person.staff_id) if person else ""
        if isinstance(value, dt.date):
            return cn_date(value)
        return str(value)


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


#: Byte maps setting a uuid4's version nibble (byte 6) and variant bits (byte 8).
_VERSION_4 = bytes((b & 0x0F) | 0x40 for b in range(256))
_VARIANT = bytes((b & 0x3F) | 0x80 for b in range(256))


def _new_ids(count: int) -> Iterator[str]:
    """``count`` ids shaped like :func:`new_id` (uuid4 hex) from one urandom call.

    uuid.uuid4() per item was a quarter of the time of a 10,000-row import; the version and
    variant bits are set for all ids at once (bytes.translate over every 16th byte).
    """
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = raw[6::16].translate(_VERSION_4)
    raw[8::16] = raw[8::16].translate(_VARIANT)
    text = raw.hex()
    return iter([text[i : i + 32] for i in range(0, 32 * count, 32)])


class _ByName:
    """Existing items found without a code: main items by department + name (by name alone
    where unique), sub-items by their main item + name."""

    def __init__(self, plan: Plan) -> None:
        self.by_department: dict[tuple[str, str], list[Power]] = {}
        self.by_name: dict[str, list[Power]] = {}
        self.subs: dict[tuple[str, str], list[Power]] = {}
        for p in plan.powers.values():
            key = v.name_key(v.text(p.name))
            if p.parent_id is None:
                self.by_department.setdefault((v.name_key(p.source_department), key), []).append(p)
                self.by_name.setdefault(key, []).append(p)
            else:
                self.subs.setdefault((p.parent_id, key), []).append(p)

    def find(self, name: str, department: str, parent_id: str | None, sub_item: bool) -> Power | None:
        key = v.name_key(v.text(name))
        if sub_item:
            found = self.subs.get((parent_id, key), []) if parent_id else []  # type: ignore[arg-type]
            return found[0] if len(found) == 1 else None
        if department:
            found = self.by_department.get((v.name_key(department), key), [])
            if len(found) == 1:
                return found[0]
        found = self.by_name.get(key, [])
        return found[0] if len(found) == 1 else None


@bulk_objects
def plan_import(plan: Plan, read: SheetRead, choices: Choices | None = None) -> ImportPreview:
    """Match the sheet's rows with ``plan`` and say what an import would do.

    ``choices`` are the user's choices in the mapping step (they win over the
    choices remembered in the plan, which win over the rules).
    """
    choices = dict(choices or {})
    preview = ImportPreview(read=read, choices=choices)
    by_code = {p.code: p for p in plan.powers.values() if p.code}
    by_name: _ByName | None = None
    bodies = {v.name_key(b.name): b for b in plan.bodies.values()}
    body_ids: dict[str, str | None] = {}
    people = _People(plan)
    officials: dict[tuple[str, str | None], str | ValueError] = {}
    mapper = _Mapper(plan, choices)
    ids = _new_ids(len(read.rows))
    structured = any(ImportField.SEQ in p.columns or ImportField.SUB_NAME in p.columns for p in read.parts)
    several = read.several_sheets
    first_row_of_key: dict[object, SheetRow] = {}
    id_of_row: dict[int, str] = {}  # power id of every good row (by SheetRow.index), for sub-items
    bad_rows: set[int] = set()
    matched: dict[str, SheetRow] = {}  # existing power id -> the row that updates it
    next_seq = max((p.seq for p in plan.powers.values()), default=0) + 1

    BODY_FIELD, OFFICIAL_FIELD = ImportField.BODY.value, ImportField.OFFICIAL.value
    TRANSFER = DelegationMode.TRANSFER
    added = preview.added.append
    name_key = v.name_key

    def where(row: SheetRow) -> str:
        return f"工作表“{row.sheet}”第 {row.row} 行" if several else f"第 {row.row} 行"

    for row in read.rows:
        reasons = list(row.problems) if row.problems else []
        flags = list(row.flags) if row.flags else []
        extra_notes: list[str] = []
        parent_id: str | None = None
        if row.parent_index is not None:
            if row.parent_index in bad_rows:
                reasons.append(f"所属主项（{where(read.rows[row.parent_index])}）无法导入")
            else:
                parent_id = id_of_row.get(row.parent_index)
        key: object = row.code or ("name", row.parent_index, name_key(row.source_department), name_key(row.name))
        if row.code or row.name:
            first = first_row_of_key.setdefault(key, row)
            if first is not row:
                what = "编码" if row.code else "事项名称"
                reasons.append(f"{what}在表中重复（与{where(first)}相同）")

        # The mapping step: body, official, type, mode, deadline as written.
        body_id: str | None = None
        if row.body:
            if row.body not in body_ids:
                body = bodies.get(v.name_key(row.body))
                body_ids[row.body] = body.id if body else None
            body_id = body_ids[row.body]
            if body_id is None or (choices and (BODY_FIELD, row.body) in choices):
                m = mapper.get(ImportField.BODY, row.body)
                body_id = m.value  # type: ignore[assignment]
                if m.flag:
                    flags.append(m.flag)
        official_id: str | None = None
        if row.official:
            key_o = (row.official, body_id)
            if key_o not in officials:
                try:
                    officials[key_o] = people.find(row.official, body_id).id
                except ValueError as exc:
                    officials[key_o] = exc
            found = officials[key_o]
            if found.__class__ is not str or (choices and (OFFICIAL_FIELD, row.official) in choices):
                m = mapper.get(ImportField.OFFICIAL, row.official)
                official_id = m.value  # type: ignore[assignment]
                if m.flag:
                    flags.append(m.flag)
                if m.note:
                    extra_notes.append(m.note)
            else:
                official_id = found
        power_type, mode, deadline = row.type, row.mode, row.deadline
        if row.written:
            for column, written in row.written.items():
                m = mapper.get(column, written)
                if m.flag:
                    flags.append(m.flag)
                if m.note:
                    extra_notes.append(m.note)
                if column is ImportField.TYPE:
                    power_type = m.value  # type: ignore[assignment]
                elif column is ImportField.MODE:
                    mode = m.value  # type: ignore[assignment]
                else:
                    deadline = m.value  # type: ignore[assignment]
        if power_type is None and row.parent_index is not None:
            parent_row = read.rows[row.parent_index]
            power_type = parent_row.type

        existing = by_code.get(row.code) if row.code else None
        if existing is None and not row.code and row.name:
            if by_name is None:
                by_name = _ByName(plan)
            existing = by_name.find(row.name, row.source_department, parent_id, row.sub_item)
        if existing is not None and existing.id in matched and not reasons:
            reasons.append(f"与{where(matched[existing.id])}是方案中的同一事项")
        if existing is None and power_type is None and not reasons:
            reasons.append("缺少事项类型")
        if reasons:
            bad_rows.add(row.index)
            preview.bad.append(BadRow(row.row, row.code, row.name, tuple(reasons), row.sheet))
            continue
        if flags:
            preview.flagged.append(FlaggedRow(row.row, row.code, row.name, tuple(flags), row.sheet))
        note = "；".join(n for n in (row.note, *extra_notes) if n) if extra_notes else row.note

        if existing is None:
            # Empty cells keep the item's defaults (the type was checked above).  Positional:
            # keyword arguments were a tenth of this loop at 10,000 rows (Power's field order).
            power = Power(
                next(ids),
                row.code,
                row.name,
                power_type,  # type: ignore[arg-type]
                row.legal_basis,
                row.source_department,
                mode or TRANSFER,
                body_id,
                deadline,
                official_id,
                note,
                parent_id,
                next_seq,
            )
            next_seq += 1
            id_of_row[row.index] = power.id
            added((row.row, power))
            if several:
                preview.sheet_of[power.id] = row.sheet
            continue

        matched[existing.id] = row
        new_values: dict[str, object] = {
            "name": row.name,
            "type": power_type,
            "legal_basis": row.legal_basis,
            "source_department": row.source_department,
            "mode": mode,
            "body_id": body_id,
            "deadline": deadline,
            "official_id": official_id,
            "note": note,
        }
        # Only non-empty cells are applied: an import never clears information.
        new_values = {k: val for k, val in new_values.items() if val not in (None, "")}
        if row.sub_item or structured:
            new_values["parent_id"] = parent_id  # the sheet says where the item belongs

        id_of_row[row.index] = existing.id
        changes = tuple(
            FieldChange(
                key_f,
                _LABELS[key_f],
                getattr(existing, key_f),
                val,
                _display(plan, key_f, getattr(existing, key_f), preview),
                _display(plan, key_f, val, preview),
            )
            for key_f, val in new_values.items()
            if _differs(key_f, getattr(existing, key_f), val)
        )
        if changes:
            preview.updated.append(RowUpdate(row.row, existing.id, existing.code, existing.name, changes, row.sheet))
        else:
            preview.unchanged.append(row.row)
    preview.mappings = mapper.mappings()
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
        return person_label(person.name, person.staff_id) if person else str(value)
    if key == "parent_id":
        power = plan.powers.get(str(value)) or next((p for _r, p in preview.added if p.id == value), None)
        return f"{power.code} {power.name}" if power else str(value)
    if isinstance(value, dt.date):
        return cn_date(value)
    return str(value)


# -- applying ----------------------------------------------------------------------------


@bulk_objects
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
    added_ids = {p.id for _row, p in preview.added}
    codes = {p.code for p in plan.powers.values() if p.code}
    stale = any(p.code in codes for _row, p in preview.added if p.code) or any(
        u.power_id not in plan.powers for u in preview.updated
    )
    for _row, p in preview.added:
        stale = stale or (p.body_id is not None and p.body_id not in plan.bodies)
        stale = stale or (p.official_id is not None and p.official_id not in plan.people)
        stale = stale or (p.parent_id is not None and p.parent_id not in plan.powers and p.parent_id not in added_ids)
    for u in preview.updated:
        power = plan.powers.get(u.power_id)
        stale = stale or power is None or any(getattr(power, c.field) != c.old for c in u.changes)
    if stale:
        raise ImportRefused("方案在预览之后已被修改，请重新导入预览")
    changes = (
        ChangeSet()
        .set(EntityKind.POWER, {u.power_id: {c.field: c.new for c in u.changes} for u in preview.updated})
        .add(EntityKind.POWER, [p for _row, p in preview.added])
    )
    if preview.choices:
        # Mappings the user chose are remembered for the plan: the next import applies them.
        remembered = remembered_choices(plan) | preview.choices
        text = choices_json(remembered)
        if text != plan.info.import_mappings:
            changes.set_info({"import_mappings": text})
    return changes


# -- command line ----------------------------------------------------------------------


def describe(preview: ImportPreview, limit: int = 20, *, verbose: bool = False, plan: Plan | None = None) -> list[str]:
    """The preview as lines of text (the command line prints them).

    A county's workbook may hold hundreds of department sheets: then the sheets read and
    skipped are counted and grouped (by header row, by reason), the added and updated items
    counted per source department (departments of the same counts on one line), and each
    listed one by one only when ``verbose``.  ``plan`` (the plan imported into) names the
    departments of the updated items.
    """
    from reformdesk.formats.workbook import BRIEF_AT, brief

    read = preview.read
    several = read.several_sheets
    if verbose:
        limit = max(limit, len(preview.added), len(preview.updated))

    def at(sheet: str, row: int) -> str:
        return f"工作表“{sheet}”第 {row} 行" if several else f"第 {row} 行"

    if several and (verbose or len(read.parts) <= BRIEF_AT):
        sheets = "、".join(f"“{p.name}”（表头在第 {p.header_row} 行）" for p in read.parts)
        lines = [f"导入 {read.path.name}：工作表{sheets}"]
    elif several:
        by_row: dict[int, list[str]] = {}
        for part in read.parts:
            by_row.setdefault(part.header_row, []).append(part.name)
        rows = "，".join(
            f"表头在第 {row} 行" + (f"（{len(names)} 个：{brief(names)}）" if len(by_row) > 1 else "")
            for row, names in sorted(by_row.items())
        )
        lines = [f"导入 {read.path.name}：{len(read.parts)} 个工作表（{brief([p.name for p in read.parts])}），{rows}"]
    else:
        lines = [f"导入 {read.path.name}：工作表“{read.sheet}”，表头在第 {read.header_row} 行"]
    if verbose or len(read.skipped_sheets) <= BRIEF_AT:
        lines += [f"未读取工作表“{s.name}”：{s.reason}" for s in read.skipped_sheets]
    else:
        by_reason: dict[str, list[str]] = {}
        for s in read.skipped_sheets:
            by_reason.setdefault(s.reason, []).append(s.name)
        lines += [
            f"未读取 {len(names)} 个工作表：{reason}（{brief(names)}）"
            if len(names) > 1
            else f"未读取工作表“{names[0]}”：{reason}"
            for reason, names in by_reason.items()
        ]
    if not read.has_codes:
        lines.append("清单没有事项编码列：按原实施部门和事项名称与方案中的事项匹配，新增事项的编码留空")
    lines.append(preview.summary())
    lines += _by_department(preview, plan, verbose)
    if preview.added:
        lines.append("新增：")
        for row, p in preview.added[:limit]:
            parent = "（子项）" if p.parent_id else ""
            lines.append(f"  {at(preview.sheet_of.get(p.id, ''), row)}  {p.code}  {p.name}{parent}")
        if len(preview.added) > limit:
            lines.append(f"  …… 共 {len(preview.added)} 项（--verbose 列出全部）")
    if preview.updated:
        lines.append("更新：")
        for u in preview.updated[:limit]:
            what = "，".join(f"{c.label}：{c.old_text or '（空）'} → {c.new_text}" for c in u.changes)
            lines.append(f"  {at(u.sheet, u.row)}  {u.code}  {u.name}：{what}")
        if len(preview.updated) > limit:
            lines.append(f"  …… 共 {len(preview.updated)} 项（--verbose 列出全部）")
    if preview.mappings:
        lines.append("值映射：")
        for m in preview.mappings:
            flag = "（请核对）" if m.flagged else ""
            lines.append(f"  {m.field.label}：{m.written} → {m.value_text or '（无）'}  [{m.rule}，{m.rows} 行]{flag}")
    if preview.flagged or read.count_checks:
        lines.append("需核对：")
        lines += [f"  {at(c.sheet, c.row)}  {c.text}：{c.reason}" for c in read.count_checks]
        lines += [f"  {at(f.sheet, f.row)}  {f.code}  {f.name}：{f.reason}" for f in preview.flagged]
    if read.skipped:
        lines.append("跳过的行：")
        for k in read.skipped:
            shown = k.text if len(k.text) <= 40 else k.text[:40] + "……"
            lines.append(f"  {at(k.sheet, k.row)}：{k.reason}" + (f"  {shown}" if shown else ""))
    if preview.bad:
        lines.append("无法读取：")
        lines += [f"  {at(b.sheet, b.row)}：{b.reason}" for b in preview.bad]
    return lines


def _by_department(preview: ImportPreview, plan: Plan | None, verbose: bool) -> list[str]:
    """新增 and 更新 counted per source department: one line each when ``verbose`` (or few), else the
    departments of the same counts on one line, so 300 departments take a few lines."""
    from reformdesk.formats.workbook import BRIEF_AT, brief

    counts: dict[str, list[int]] = {}
    for _row, power in preview.added:
        counts.setdefault(power.source_department or "（未填部门）", [0, 0])[0] += 1
    for update in preview.updated:
        known = plan.powers.get(update.power_id) if plan is not None else None
        department = known.source_department if known is not None else ""
        counts.setdefault(department or "（未填部门）", [0, 0])[1] += 1
    if len(counts) < 2:
        return []

    def said(added: int, updated: int) -> str:
        return "，".join(text for n, text in ((added, f"新增 {added} 项"), (updated, f"更新 {updated} 项")) if n)

    lines = [f"按原实施部门（{len(counts)} 个）："]
    if verbose or len(counts) <= BRIEF_AT:
        return lines + [f"  {name}：{said(*n)}" for name, n in counts.items()]
    groups: dict[tuple[int, int], list[str]] = {}
    for name, (added, updated) in counts.items():
        groups.setdefault((added, updated), []).append(name)
    # The largest first: a department that brought many items is the one to look at.
    for (added, updated), names in sorted(groups.items(), key=lambda g: (-(g[0][0] + g[0][1]), -len(g[1]))):
        lines.append(
            f"  {said(added, updated)}：{brief(names)}" + (f"（{len(names)} 个部门）" if len(names) > 1 else "")
        )
    if len(lines) > 1 + BRIEF_AT * 2:
        rest = len(lines) - 1 - BRIEF_AT * 2
        lines = [*lines[: 1 + BRIEF_AT * 2], f"  …… 另有 {rest} 组（--verbose 逐个列出）"]
    return lines
