"""Official-form table sheets: a titled, bordered, frozen, print-ready table from rows.

Shared by every workbook ReformDesk writes (the handover workbook, the plan
comparison).  A sheet looks like the forms Chinese offices print and sign:

    row 1   merged title (宋体, bold, large)
    row 2   填表单位：…                              填表时间：2026年11月27日
    row 3   bold, bordered header (repeated on every printed page, frozen)
    row 4…  bordered, wrapped body rows
    (blank row, then an optional signature block)

Sheets are written with openpyxl's write-only mode, so memory does not grow with
the number of rows: rows are streamed to a temporary file as they are appended.
Every cell shares one style array per look (registered once as a named style);
per-cell Font/Border objects cost ~2× the time (see DESIGN.md facts).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from copy import copy
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain, islice
from types import SimpleNamespace
from typing import TYPE_CHECKING

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.styles.cell_style import StyleArray

FONT_NAME = "宋体"  # SimSun: what Chinese official forms are set in
FONT_SIZE = 11
TITLE_SIZE = 16
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
#: 填表时间 is a real date; the label is part of the number format so it stays one cell.
FILLED_DATE_FORMAT = '"填表时间："' + DATE_FORMAT
PAPER_A4 = 9  # OOXML paperSize code
PAGE_FOOTER = "第 &P 页 共 &N 页"
#: Characters that start a formula in Excel, WPS or LibreOffice when a user edits the cell.
FORMULA_STARTS = ("=", "+", "-", "@")
#: Rows looked at to size the columns (widths must be set before the first row is written).
SAMPLE_ROWS = 500
#: Height (points) of one text line of 11 pt 宋体.
LINE_HEIGHT = 14.25
#: Room above and below the text of a body row, so rows of one and of several lines look alike.
ROW_PADDING = 6.0
#: Height of a one-line body row (the sheet's default row height).
ROW_HEIGHT = LINE_HEIGHT + ROW_PADDING
#: Characters Excel forbids in sheet names.
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f\ufffe\uffff]")
SHEET_NAME_MAX = 31
CELL_TEXT_MAX = 32767  # Excel's limit for one cell


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"


@dataclass(frozen=True, slots=True)
class Column:
    """One table column: its header and how its cells are laid out."""

    header: str
    align: Align = Align.LEFT
    min_width: float = 6.0
    max_width: float = 40.0


class Indented(str):
    """Text shown indented one level (a sub-item under its main item).

    The text itself stays clean, so the sheet imports back without stripping spaces.
    """

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class TableSheet:
    """Everything one table sheet needs; ``rows`` may be a generator (read once)."""

    name: str
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]
    #: Signature block under the table: each row's texts share the width evenly.
    signature: Sequence[Sequence[str]] = ()


def clean_text(text: str) -> str:
    """``text`` without the control characters that make an .xlsx unreadable."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


#: What an .xlsx cell cannot hold as it is: control characters (XML 1.0 has no NUL, and a
#: parser turns CR into LF) and text that already looks like an escape (``_x000D_``).
_NEEDS_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0b-\x1f\ufffe\uffff]")
TRUNCATED = "……（原文 {n} 字，超出 Excel 单元格上限 {max} 字，以下已截断）"


def _escape(m: re.Match[str]) -> str:
    found = m.group()
    if len(found) > 1:
        return "_x005F_" + found[1:]  # a literal "_x000D_" stays literal: its underscore escaped
    return f"_x{ord(found):04X}_"


def cell_text(text: str) -> str:
    """``text`` as an .xlsx cell must hold it so that Excel shows exactly ``text``.

    Control characters are written as Excel writes them (``_x000D_`` for CR,
    ``_x0000_`` for NUL …), which Excel, WPS and openpyxl decode; text longer
    than a cell holds is cut visibly, saying how long it was.
    """
    if len(text) > CELL_TEXT_MAX:
        note = TRUNCATED.format(n=len(text), max=CELL_TEXT_MAX)
        text = text[: CELL_TEXT_MAX - len(note)] + note
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return _NEEDS_ESCAPE.sub(_escape, text)


def text_width(text: str) -> int:
    """Display width in Latin characters: CJK characters count 2 (they are 3 UTF-8 bytes)."""
    # (bytes + chars) / 2 is 1 for ASCII and 2 for CJK, computed in C.
    return (len(text.encode("utf-8")) + len(text)) // 2


def safe_sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique sheet name: no ``[]:*?/\\``, at most 31 characters.

    ``taken`` holds the names already used (compared case-insensitively, as
    Excel does) and receives the new name.
    """
    # A line break or tab in a body's name would become one in the sheet tab.
    one_line = " ".join(_CONTROLS.sub(" ", name).split())
    base = _BAD_SHEET_CHARS.sub("_", one_line).strip().strip("'") or "Sheet"
    base = base[:SHEET_NAME_MAX]
    candidate, n = base, 1
    used = {t.casefold() for t in taken}
    while candidate.casefold() in used:
        n += 1
        suffix = f"({n})"
        candidate = base[: SHEET_NAME_MAX - len(suffix)] + suffix
    taken.add(candidate)
    return candidate


# -- styles -------------------------------------------------------------------------


def _named_styles() -> list[NamedStyle]:
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    body = Font(name=FONT_NAME, size=FONT_SIZE)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    return [
        NamedStyle("rd_title", font=Font(name=FONT_NAME, size=TITLE_SIZE, bold=True), alignment=centre),
        NamedStyle("rd_meta", font=body, alignment=Alignment(horizontal="left", vertical="center")),
        NamedStyle(
            "rd_meta_date",
            font=body,
            alignment=Alignment(horizontal="right", vertical="center"),
            number_format=FILLED_DATE_FORMAT,
        ),
        NamedStyle("rd_header", font=Font(name=FONT_NAME, size=FONT_SIZE, bold=True), border=box, alignment=centre),
        NamedStyle("rd_text_left", font=body, border=box, alignment=left),
        NamedStyle("rd_text_center", font=body, border=box, alignment=centre),
        NamedStyle(
            "rd_text_indent",
            font=body,
            border=box,
            alignment=Alignment(horizontal="left", vertical="center", wrap_text=True, indent=2),
        ),
        NamedStyle("rd_number", font=body, border=box, alignment=centre, number_format="0"),
        NamedStyle("rd_date", font=body, border=box, alignment=centre, number_format=DATE_FORMAT),
        NamedStyle("rd_sign", font=Font(name=FONT_NAME, size=12), alignment=Alignment(vertical="bottom")),
    ]


@dataclass(frozen=True, slots=True)
class SharedStyle:
    """A registered cell format: its style array and its index in the workbook's formats."""

    array: StyleArray
    id: int


class SheetStyles:
    """The named styles of one workbook, as shared styles ready for cells."""

    def __init__(self, wb: Workbook) -> None:
        # A stand-in worksheet: a template cell only needs ``parent.parent`` (the workbook).
        sheet = SimpleNamespace(parent=wb)
        self._styles: dict[str, SharedStyle] = {}
        for style in _named_styles():
            wb.add_named_style(style)
            template = Cell(sheet)  # type: ignore[arg-type]
            template.style = style.name
            self._styles[style.name] = SharedStyle(template._style, template.style_id)
            # quotePrefix keeps text text when someone edits the cell in Excel or WPS.
            template._style = copy(template._style)
            template.quotePrefix = True
            self._styles[style.name + "_quoted"] = SharedStyle(template._style, template.style_id)

    def __getitem__(self, name: str) -> SharedStyle:
        return self._styles[name]


class StyledCell(Cell):
    """A write-only cell with a shared, already registered format.

    openpyxl would hash every cell's style array to find its format index; the
    index is known, so it is kept on the cell.  The value is stored as given:
    callers pass clean text, numbers or dates (see :func:`make_cell`).
    """

    __slots__ = ("_style_id",)

    def __init__(self, ws: WriteOnlyWorksheet, value: object, data_type: str, style: SharedStyle) -> None:
        super().__init__(ws)
        self._style = style.array  # shared: the writer only reads it
        self._style_id = style.id
        self._value = value
        self.data_type = data_type

    @property
    def style_id(self) -> int:
        return self._style_id


def make_cell(ws: WriteOnlyWorksheet, value: object, style: SharedStyle) -> StyledCell:
    """A cell for ``value`` (text, int, float, date or None) in ``style``.

    Text is always text: openpyxl would turn "=…" into a formula and "#N/A" into
    an error value.
    """
    if isinstance(value, str):
        return StyledCell(ws, cell_text(value), "s", style)
    if value is None:
        return StyledCell(ws, None, "n", style)
    if isinstance(value, bool):
        return StyledCell(ws, value, "b", style)
    if isinstance(value, int | float):
        return StyledCell(ws, value, "n", style)
    if isinstance(value, dt.date):
        return StyledCell(ws, value, "d", style)
    raise TypeError(f"cannot write {type(value).__name__} to a cell")


class StreamSheet(WriteOnlyWorksheet):
    """A write-only sheet whose rows are lists of ready cells (or None for no cell).

    openpyxl's own ``append`` first tries every cell as a plain value and formats
    a ValueError for it before using it as a cell; with every cell styled that
    was a third of the export time.
    """

    def _values_to_row(self, values: Sequence[Cell | None], row_idx: int) -> Iterator[Cell]:
        for col_idx, cell in enumerate(values, 1):
            if cell is not None:
                cell.column = col_idx
                cell.row = row_idx
                yield cell


# -- writing ------------------------------------------------------------------------


class TableWriter:
    """Writes :class:`TableSheet` s into one write-only workbook."""

    def __init__(self, wb: Workbook, *, office: str, date: dt.date | None) -> None:
        self.wb = wb
        self.office = office
        self.date = date
        self.styles = st = SheetStyles(wb)
        self._taken: set[str] = set()
        self._text = {Align.LEFT: st["rd_text_left"], Align.CENTER: st["rd_text_center"]}
        self._text_quoted = {Align.LEFT: st["rd_text_left_quoted"], Align.CENTER: st["rd_text_center_quoted"]}
        self._indent, self._indent_quoted = st["rd_text_indent"], st["rd_text_indent_quoted"]
        self._number, self._date = st["rd_number"], st["rd_date"]

    def write(self, table: TableSheet, on_row: Callable[[], None] | None = None) -> WriteOnlyWorksheet:
        """Write ``table`` as a new sheet; ``on_row`` is called after each body row."""
        ws = StreamSheet(parent=self.wb, title=safe_sheet_name(table.name, self._taken))
        self.wb._add_sheet(ws)  # what Workbook.create_sheet does, with our sheet class
        columns = table.columns
        ncols = len(columns)
        rows = iter(table.rows)
        sample = list(islice(rows, SAMPLE_ROWS))
        widths = fit_widths(columns, sample)
        set_up_page(ws, widths)

        st = self.styles
        dims = ws.row_dimensions
        dims[1].height = 30
        ws.append([make_cell(ws, clean_text(table.title), st["rd_title"])])
        ws.merged_cells.add(_span(1, 1, ncols))
        ws.append(self._meta_row(ws, ncols))
        header_lines = max(1, *(_lines(c.header, w) for c, w in zip(columns, widths, strict=True)))
        dims[3].height = LINE_HEIGHT * header_lines + ROW_PADDING + 2
        ws.append([make_cell(ws, c.header, st["rd_header"]) for c in columns])

        row_idx = 3
        layout = [(c.align, _room(w)) for c, w in zip(columns, widths, strict=True)]
        for values in chain(sample, rows):
            row_idx += 1
            cells, lines = self._body_row(ws, values, layout)
            if lines > 1:
                # Excel does not grow a wrapped row by itself; the dimension is dropped
                # once written so memory stays flat.
                dims[row_idx].height = LINE_HEIGHT * lines + ROW_PADDING
                ws.append(cells)
                del dims[row_idx]
            else:
                ws.append(cells)
            if on_row is not None:
                on_row()

        if table.signature:
            ws.append([])
            row_idx += 1
            sign = st["rd_sign"]
            for texts in table.signature:
                row_idx += 1
                dims[row_idx].height = 36
                row: list[Cell | None] = [None] * ncols
                for text, (first, last) in zip(texts, _even_spans(ncols, len(texts)), strict=True):
                    row[first - 1] = make_cell(ws, clean_text(text), sign)
                    if last > first:
                        ws.merged_cells.add(_span(row_idx, first, last))
                ws.append(row)
        # Finish the sheet now: an open write-only sheet holds its file and XML writer
        # (~65 kB) until the workbook is saved, which adds up over hundreds of sheets.
        ws.close()
        return ws

    def _meta_row(self, ws: WriteOnlyWorksheet, ncols: int) -> list[Cell | None]:
        """填表单位 on the left, 填表时间 (a real date) on the right of row 2."""
        st = self.styles
        office = make_cell(ws, "填表单位：" + clean_text(self.office), st["rd_meta"])
        if ncols == 1:
            return [office]
        date = make_cell(ws, self.date if self.date is not None else "填表时间：", st["rd_meta_date"])
        # "填表时间：2026年11月27日" needs about 24 characters' width: up to three columns.
        date_span = min(3, ncols - 1)
        first_date = ncols - date_span + 1
        if first_date - 1 > 1:
            ws.merged_cells.add(_span(2, 1, first_date - 1))
        if date_span > 1:
            ws.merged_cells.add(_span(2, first_date, ncols))
        row: list[Cell | None] = [None] * ncols
        row[0] = office
        row[first_date - 1] = date
        return row

    def _body_row(
        self, ws: WriteOnlyWorksheet, values: Sequence[object], layout: list[tuple[Align, float]]
    ) -> tuple[list[StyledCell], int]:
        cells: list[StyledCell] = []
        lines = 1
        for value, (align, room) in zip(values, layout, strict=True):
            if isinstance(value, str):
                text = cell_text(value)
                quoted = text.startswith(FORMULA_STARTS)
                if isinstance(value, Indented):
                    style = self._indent_quoted if quoted else self._indent
                else:
                    style = (self._text_quoted if quoted else self._text)[align]
                cells.append(StyledCell(ws, text, "s", style))
                # Cheap test first: a character is at most 2 wide, so short text fits.
                if 2 * len(text) > room or "\n" in text:
                    n = _lines_in(text, room)
                    if n > lines:
                        lines = n
            elif value is None:
                cells.append(StyledCell(ws, None, "n", self._text[align]))
            elif isinstance(value, bool):
                cells.append(StyledCell(ws, "是" if value else "否", "s", self._text[Align.CENTER]))
            elif isinstance(value, int | float):
                cells.append(StyledCell(ws, value, "n", self._number))
            elif isinstance(value, dt.date):
                cells.append(StyledCell(ws, value, "d", self._date))
            else:
                raise TypeError(f"cannot write {type(value).__name__} to a table cell")
        return cells, lines


def fit_widths(columns: Sequence[Column], sample: Iterable[Sequence[object]]) -> list[float]:
    """Column widths (Excel units) that fit the header and the sampled values."""
    widest = [float(text_width(c.header)) for c in columns]
    for row in sample:
        for i, value in enumerate(row):
            if isinstance(value, str):
                w = max(text_width(line) for line in value.split("\n")) if "\n" in value else text_width(value)
            elif isinstance(value, dt.date):
                w = text_width(f"{value.year}年{value.month}月{value.day}日")
            elif value is None:
                continue
            else:
                w = len(str(value))
            if w > widest[i]:
                widest[i] = w
    # 宋体 glyphs are a little wider than the default font's digits; +2 for the cell padding.
    return [min(c.max_width, max(c.min_width, round(w * 1.1 + 2, 1))) for c, w in zip(columns, widest, strict=True)]


def _room(width: float) -> float:
    """Latin characters (half a CJK character) that fit on one line of a column ``width`` wide.

    A column ``width`` wide is width × 7 + 5 pixels (the default font's digit is
    7 px); 11 pt 宋体 is 7.5 px per Latin and 15 px per CJK character; one
    character's worth goes to the cell's padding.
    """
    return max(1.0, (width * 7 + 5) / 7.5 - 1)


def _lines(text: str, width: float) -> int:
    """Printed lines of ``text`` wrapped in a column ``width`` wide (an estimate)."""
    return _lines_in(text, _room(width))


def _lines_in(text: str, room: float) -> int:
    if "\n" not in text:
        w = text_width(text)
        return 1 if w <= room else math.ceil(w / room)
    return sum(max(1, math.ceil(text_width(part) / room)) for part in text.split("\n"))


def set_up_page(ws: WriteOnlyWorksheet, widths: list[float]) -> None:
    """Column widths, frozen header, print titles, A4 landscape fitted to width, page footer."""
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.sheet_format.defaultRowHeight = ROW_HEIGHT
    ws.sheet_format.customHeight = True  # rows without a height of their own use the default
    ws.freeze_panes = "A4"  # below the header
    ws.print_title_rows = "3:3"  # the header on every printed page
    setup = ws.page_setup
    setup.orientation = "landscape"
    setup.paperSize = PAPER_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages tall as it takes
    # Each sheet is printed, signed and filed on its own: its pages count from 1.
    setup.firstPageNumber = 1
    setup.useFirstPageNumber = True
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    margins = ws.page_margins
    margins.left = margins.right = 0.5
    margins.top = 0.6
    margins.bottom = 0.7
    margins.footer = 0.3
    ws.oddFooter.center.text = PAGE_FOOTER
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"
    ws.oddFooter.center.size = 10


def _even_spans(ncols: int, parts: int) -> list[tuple[int, int]]:
    """``parts`` column ranges (1-based, inclusive) sharing ``ncols`` columns evenly."""
    if not 1 <= parts <= ncols:
        raise ValueError(f"{parts} texts do not fit in {ncols} columns")
    bounds = [round(i * ncols / parts) for i in range(parts + 1)]
    return [(bounds[i] + 1, bounds[i + 1]) for i in range(parts)]


def _span(row: int, first: int, last: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(first)}{row}:{get_column_letter(last)}{row}"
