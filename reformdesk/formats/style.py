"""Official-form table sheets: a titled, bordered, frozen, print-ready table from rows.

Shared by every workbook ReformDesk writes (the handover workbook, the plan
comparison).  A sheet looks like the forms Chinese offices print and sign:

    row 1   merged title (宋体, bold, large)
    row 2   填表单位：…                              填表时间：2026年11月27日
    row 3   bold, bordered header (repeated on every printed page, frozen)
    row 4…  bordered, wrapped body rows
    (blank row, then an optional signature block)

Sheets are streamed as XML text into the zip (formats/_xlsx_stream.py), so memory
does not grow with the number of rows; every look is one cell format registered
once per workbook and shared by index.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from itertools import chain, islice

from reformdesk.formats._xlsx_stream import (
    Cell,
    CellFormat,
    Font,
    HeaderFooterText,
    PageSetup,
    SheetStream,
    XlsxStream,
)

FONT_NAME = "宋体"  # SimSun: what Chinese official forms are set in
FONT_SIZE = 11
TITLE_SIZE = 16
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
#: 填表时间 is a real date; the label is part of the number format so it stays one cell.
FILLED_DATE_FORMAT = '"填表时间："' + DATE_FORMAT
PAPER_A4 = 9  # OOXML paperSize code
#: The footer: the page within the sheet and the sheet's own page count, written as a number.
#: Excel and WPS count ``&N`` per sheet, but LibreOffice counts the whole workbook there
#: (its header fields have no per-sheet total), so the writer breaks the pages itself
#: (manual row breaks, each page filled to at most PAGE_FILL of its height) and writes
#: the count it made; ``useFirstPageNumber`` restarts ``&P`` at 1 on every sheet.
PAGE_FOOTER = "第 &P 页 共 {pages} 页"
#: Printable area of A4 landscape inside the margins below, in points.
PAGE_WIDTH_PT = 841.9 - 2 * 0.5 * 72
PAGE_HEIGHT_PT = 595.3 - (0.6 + 0.7) * 72
#: A column width unit in pixels at 96 dpi: the digit of the workbook's default font, Arial 11
#: (formats/_xlsx_stream).  Excel and WPS draw a column ``w`` units wide as w × UNIT_PX + 5 px,
#: LibreOffice as w × LO_UNIT_PX px (Liberation Sans' digit: 0.556 em of 14.67 px, no padding).
UNIT_PX = 8.0
LO_UNIT_PX = 8.15
#: Column.min_width / max_width and the widths measured from text are counted in characters of
#: 7 px (Calibri's digit, the unit the sheets were tuned in); :func:`units` converts them.
CHAR_PX = 7.0
#: Share of a page's height the writer fills: room for the applications' own rounding.
#: Row heights are whole pixels at 96 dpi (20.25 pt = 27 px, n lines = 19n + 8 px), so the
#: pages it counts are the pages printed; 2 % covers a printer's rounding of each row.
PAGE_FILL = 0.98
#: The title row: 16 pt bold 宋体 (10.67 px per half character, 11 counted), 30 pt for one line,
#: a line more for each further line: 24 pt, LibreOffice's 23.3 pt line of 16 pt in the font it
#: substitutes for 宋体 (1.456 em, see PRINT_LINE_HEIGHT), 宋体's being 20.7.
TITLE_HALF_PX = 11.0
TITLE_ROW_HEIGHT = 30.0
TITLE_LINE_HEIGHT = 24.0
#: Rows of a table kept on the page of the lines under it (注, signature block): a page
#: break falls before them rather than leave the signatures on a page of their own.  Up to
#: this many go with them, fewer (at least one) where taking them would leave the page before
#: less than PAGE_MIN_FILL full: three rows taken from a list's first page left it 60 % full.
KEEP_WITH_TAIL = 3
PAGE_MIN_FILL = 0.75
#: The signature block: 12 pt 宋体, 8 px per half character; a one-line row is 30 pt tall
#: (room to sign above the line, 1 cm), each further line of a long name adds one line's
#: height; a 12 pt gap above it.  (It was 20 + 4 × 36 pt: with it a five-item list took two pages.)
SIGN_HALF_PX = 8.0
SIGN_GAP = 12.0
SIGN_ROW_HEIGHT = 30.0
#: 12 pt: 宋体 15.6 pt a line, LibreOffice's substitute 17.5 (1.456 em).
SIGN_LINE_HEIGHT = 18.0
#: Marks the part of a long text continued on the next page (split_long_rows).
CONTINUED = "（续）"
#: 填表单位 is followed by （盖章）: the office seals the form it fills in.
OFFICE_LABEL = "填表单位（盖章）："
#: Characters that start a formula in Excel, WPS or LibreOffice when a user edits the cell.
FORMULA_STARTS = ("=", "+", "-", "@")
#: Rows looked at to size the columns (widths must be set before the first row is written).
SAMPLE_ROWS = 500
#: Height (points) of one text line of 11 pt 宋体 in Excel and WPS.
LINE_HEIGHT = 14.25
#: Height (points) a line of 11 pt text is given where 宋体 is not installed (LibreOffice on
#: Linux and 信创 desktops): the CJK glyphs come from a fallback (here Noto Sans CJK, 1.456 em
#: a line), measured 16.02 pt a line by LibreOffice 7 from 3 to 30 lines (PDF glyph positions).
#: Rows are sized for it, so no line is clipped in either; Excel shows the 1.9 pt a line more
#: as white above and below the (centred) text.  Sized for 宋体's 14.25 pt, a 19-line cell
#: lost its last line.
PRINT_LINE_HEIGHT = 16.125
#: Room above and below the text of a body row, so rows of one and of several lines look alike.
ROW_PADDING = 6.0
#: Height of a one-line body row (the sheet's default row height): one 16 pt line fits it too.
ROW_HEIGHT = LINE_HEIGHT + ROW_PADDING
#: A row height is a whole number of pixels at 96 dpi (0.75 pt): what the applications draw.
PIXEL_PT = 0.75


def text_lines_height(lines: int) -> float:
    """Height (points) of a row of ``lines`` wrapped lines of 11 pt text, whole pixels."""
    return math.ceil((PRINT_LINE_HEIGHT * lines + ROW_PADDING) / PIXEL_PT) * PIXEL_PT


def body_row_height(lines: int) -> float:
    """Height (points) of a body row whose tallest cell has ``lines`` lines."""
    return text_lines_height(lines) if lines > 1 else ROW_HEIGHT


def body_row_lines(height: float) -> int:
    """The lines a body row of ``height`` (from :func:`body_row_height`) was made for."""
    return max(1, int((height - ROW_PADDING) // PRINT_LINE_HEIGHT))


#: Control characters an .xlsx cannot hold (what openpyxl's writer refused), removed from lines of ours.
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
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
    """One table column: its header and how its cells are laid out.

    ``group`` heads several adjacent columns at once (核定编制 over 行政编制 · 事业编制 ·
    其他): a sheet with groups has a two-row header.
    """

    header: str
    align: Align = Align.LEFT
    min_width: float = 6.0
    max_width: float = 40.0
    group: str = ""


class Indented(str):
    """Text shown indented one level (a sub-item under its main item).

    The text itself stays clean, so the sheet imports back without stripping spaces.
    """

    __slots__ = ()


class Total(str):
    """A 合计 row's label: the row is written bold (a marker on its first text cell)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Block:
    """One document of a sheet that holds several (a 移交清单 per department).

    Each block starts on a new printed page with its own title, a line of its own
    (``meta``: left and right text, e.g. 编号 and 交接事由), the header, its rows,
    lines under the table (``notes``), a signature block (rows of texts sharing the
    width evenly) and a closing line (一式三份 …).  A block continued on another page
    repeats the header there.
    """

    title: str
    rows: Iterable[Sequence[object]]
    meta: tuple[str, str] = ("", "")
    notes: Sequence[str] = ()
    signature: Sequence[Sequence[str]] = ()
    closing: str = ""


@dataclass(frozen=True, slots=True)
class TableSheet:
    """Everything one table sheet needs; ``rows`` may be a generator (read once).

    A sheet of ``blocks`` (each its own document, see :class:`Block`) ignores ``rows``
    and ``signature``; its first block is sampled for the column widths.
    ``notes`` are 注： lines under the table.  ``draft`` (e.g. 草稿（存在 3 项问题，不可签署）)
    is shown under the title, and in the print header of every page after the first.
    """

    name: str
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]] = ()
    #: Signature block under the table: each row's texts share the width evenly.
    signature: Sequence[Sequence[str]] = ()
    notes: Sequence[str] = ()
    blocks: Iterable[Block] | None = None
    draft: str = ""
    #: A row of long text too tall for the room left on its page continues on the next
    #: (its other cells repeated, the label marked （续）), so no page is left half empty
    #: before it.  For sheets people read (方案概况), never for lists imported back.
    split_long_rows: bool = False


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


#: Width of a Latin letter or digit, in the half-CJK-character units text is measured in.  宋体's
#: are exactly half a CJK character, but the substitutes are not: LibreOffice without 宋体 took
#: them from DejaVu Sans (digits 0.636 em, an 18-character 统一社会信用代码 0.647 em a character,
#: measured on its PDF), so a 12-digit 执法证号 in a column sized at half a character a digit
#: wrapped.  1.3 half characters (0.65 em) holds codes and numbers on one line in both.
LATIN_WIDTH = 1.3
#: Lower-case letters and spaces, narrower (DejaVu's 0.53 em on average in English prose, which
#: wraps at words): counted as wide as digits, a bilingual 说明 got half as many lines again.
#: Measured: 450 characters of prose printed on 15 lines; counted 1.1 they get a row of 19
#: (1.0: 17; 0.9: 15, no room for a longer word).
PROSE_WIDTH = 1.1
_PROSE = frozenset("abcdefghijklmnopqrstuvwxyz ")


def print_width(text: str) -> float:
    """Width of one line of ``text`` in half CJK characters, a Latin character LATIN_WIDTH
    (an upper bound: lower-case letters are narrower)."""
    return text_width(text) + (LATIN_WIDTH - 1) * len(text.encode("ascii", "ignore"))


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


def _formats() -> dict[str, CellFormat]:
    body = Font(FONT_NAME, FONT_SIZE)
    bold = Font(FONT_NAME, FONT_SIZE, bold=True)
    boxed = {"border": True, "vertical": "center", "wrap": True}
    return {
        "rd_title": CellFormat(
            Font(FONT_NAME, TITLE_SIZE, bold=True), horizontal="center", vertical="center", wrap=True
        ),
        "rd_meta": CellFormat(body, horizontal="left", vertical="center"),
        "rd_meta_right": CellFormat(body, horizontal="right", vertical="center"),
        "rd_meta_date": CellFormat(body, horizontal="right", vertical="center", number_format=FILLED_DATE_FORMAT),
        "rd_draft": CellFormat(
            Font(FONT_NAME, FONT_SIZE + 1, bold=True, color="C00000"), horizontal="center", vertical="center"
        ),
        "rd_header": CellFormat(bold, horizontal="center", **boxed),
        "rd_total": CellFormat(bold, horizontal="center", **boxed),
        "rd_note": CellFormat(body, horizontal="left", vertical="center", wrap=True),
        "rd_text_left": CellFormat(body, horizontal="left", **boxed),
        "rd_text_center": CellFormat(body, horizontal="center", **boxed),
        "rd_text_indent": CellFormat(body, horizontal="left", indent=2, **boxed),
        "rd_number": CellFormat(body, horizontal="center", number_format="0", **boxed),
        "rd_date": CellFormat(body, horizontal="center", number_format=DATE_FORMAT, **boxed),
        "rd_sign": CellFormat(Font(FONT_NAME, 12), horizontal="left", vertical="bottom", wrap=True),
    }


class SheetStyles:
    """The cell formats of one workbook, by name (``NAME_quoted``: the same with quotePrefix)."""

    def __init__(self, book: XlsxStream) -> None:
        self._ids: dict[str, int] = {}
        for name, fmt in _formats().items():
            self._ids[name] = book.format(fmt)
            # quotePrefix keeps text text when someone edits the cell in Excel or WPS.
            self._ids[name + "_quoted"] = book.format(replace(fmt, quote_prefix=True))

    def __getitem__(self, name: str) -> int:
        return self._ids[name]


def make_cell(value: object, style: int) -> Cell:
    """A cell for ``value`` (text, int, float, date or None) in ``style``; text is always text."""
    if isinstance(value, str):
        return cell_text(value), style
    if value is None or isinstance(value, int | float | dt.date):
        return value, style
    raise TypeError(f"cannot write {type(value).__name__} to a cell")


# -- writing ------------------------------------------------------------------------


class _Pager:
    """Where the pages of one sheet break: rows are added with their heights, breaks placed
    before a row that would overflow the page.  The count is what the footer prints."""

    def __init__(self, ws: SheetStream, widths: Sequence[float]) -> None:
        self.ws = ws
        total_pt = sheet_width_px(widths) * 0.75
        # Fit to width: Excel shrinks the sheet to a whole percentage below this, LibreOffice
        # to exactly this (measured: rows printed at 0.913 of their height for 0.913 here).
        scale = min(1.0, PAGE_WIDTH_PT / total_pt) if total_pt else 1.0
        self.capacity = PAGE_HEIGHT_PT / scale * PAGE_FILL
        self.used = 0.0
        self.pages = 1

    def room(self) -> float:
        return self.capacity - self.used

    def add(self, height: float) -> None:
        self.used += height

    def new_page(self, before_row: int) -> None:
        """Break the page after row ``before_row - 1``."""
        self.ws.page_break_after(before_row - 1)
        self.pages += 1
        self.used = 0.0


#: The print set-up of every table sheet: A4 landscape, one page wide, pages counted from 1 on
#: each sheet (each is printed, signed and filed on its own), centred, these margins (inches).
PAGE_SETUP = PageSetup(paper=PAPER_A4, landscape=True, fit_width=1, fit_height=0, first_page_number=1)


@dataclass(frozen=True, slots=True)
class _Tail:
    """The lines under a table as :meth:`TableWriter._tail_layout` lays them out."""

    notes: list[tuple[str, float]]  # (text, row height)
    spans: list[tuple[int, int]]  # the signature block's column ranges
    signature: list[tuple[list[str], float]]  # (texts, row height)
    closing: str
    height: float


class TableWriter:
    """Writes :class:`TableSheet` s into one streamed workbook."""

    def __init__(self, book: XlsxStream, *, office: str, date: dt.date | None) -> None:
        self.book = book
        self.office = office
        self.date = date
        self.styles = st = SheetStyles(book)
        self._taken: set[str] = set()
        self._text = {Align.LEFT: st["rd_text_left"], Align.CENTER: st["rd_text_center"]}
        self._text_quoted = {Align.LEFT: st["rd_text_left_quoted"], Align.CENTER: st["rd_text_center_quoted"]}
        self._indent, self._indent_quoted = st["rd_text_indent"], st["rd_text_indent_quoted"]
        self._number, self._date, self._total = st["rd_number"], st["rd_date"], st["rd_total"]
        self.sheets = 0

    def write(self, table: TableSheet, on_row: Callable[[], None] | None = None) -> SheetStream:
        """Write ``table`` as a new sheet; ``on_row`` is called after each body row."""
        self._on_row = on_row
        columns = table.columns
        self._ncols = len(columns)
        if table.blocks is not None:
            blocks = iter(table.blocks)
            first = next(blocks, None)
            sample_rows: list[Sequence[object]] = []
            if first is not None:
                rows = iter(first.rows)
                sample_rows = list(islice(rows, SAMPLE_ROWS))
                first = Block(
                    first.title, chain(sample_rows, rows), first.meta, first.notes, first.signature, first.closing
                )
            widths = fit_widths(columns, sample_rows)
            todo: Iterable[Block] = chain([first], blocks) if first is not None else ()
        else:
            rows = iter(table.rows)
            sample_rows = list(islice(rows, SAMPLE_ROWS))
            widths = fit_widths(columns, sample_rows)
        # The blocks' right-hand lines (交接事由) are alike: the first one stands for all.
        right = [clean_text(first.meta[1])] if table.blocks is not None and first is not None else []
        self._meta_split = fit_meta(widths, OFFICE_LABEL + clean_text(self.office), right)
        self._widths = widths
        grouped = any(c.group for c in columns)
        self._header_rows = 2 if grouped else 1
        # Title, (draft mark,) 填表单位 line, (the block's 编号 line,) then the header.
        header_top = 3 + (table.blocks is not None) + bool(table.draft)
        header_last = header_top + self._header_rows - 1
        # The header frozen; in a sheet of one table repeated on every printed page (a sheet
        # of lists repeats each list's own header where it continues).
        ws = self.book.add_sheet(
            safe_sheet_name(table.name, self._taken),
            widths,
            default_row_height=ROW_HEIGHT,
            frozen_rows=header_last,
            print_titles=(header_top, header_last) if table.blocks is None else None,
            setup=PAGE_SETUP,
        )
        self._ws = ws
        self._pager = _Pager(ws, widths)
        self._layout = [(c.align, _room(w)) for c, w in zip(columns, widths, strict=True)]
        self._header_heights = self._header_row_heights(columns, widths)
        self._columns = columns
        self._split_long_rows = table.split_long_rows

        if table.blocks is None:
            self._title(table.title, table.draft)
            self._append(self._meta_row(), ROW_HEIGHT)
            self._header(repeated=False)
            tail = self._tail_layout(table.notes, table.signature, "")
            self._body(chain(sample_rows, rows), repeat_header=False, tail_height=tail.height)
            self._tail(tail)
        else:
            for i, block in enumerate(todo):
                if i:
                    self._pager.new_page(ws.rows + 1)
                # A later list starts a page whose print header has the draft mark already.
                self._title(block.title, "" if i else table.draft)
                self._append(self._meta_row(), ROW_HEIGHT)
                self._append(self._pair_row(*block.meta), ROW_HEIGHT)
                self._header(repeated=False)
                tail = self._tail_layout(block.notes, block.signature, block.closing)
                self._body(block.rows, repeat_header=True, tail_height=tail.height)
                self._tail(tail)
        footer = HeaderFooterText(PAGE_FOOTER.format(pages=self._pager.pages), f"{FONT_NAME},Regular", 10)
        draft = HeaderFooterText(clean_text(table.draft), f"{FONT_NAME},Bold", 12, "C00000") if table.draft else None
        # Page 1 says it under the title already: in the print header as well it read twice.
        ws.close(header=draft, footer=footer, header_on_first=False)
        self.sheets += 1
        return ws

    @property
    def pages(self) -> int:
        """Printed pages of the sheet written last."""
        return self._pager.pages

    # -- rows -------------------------------------------------------------------------
    def _append(self, cells: Sequence[Cell | None], height: float | None = None) -> None:
        """Append a row of ``height`` points (None: the default) and count it on its page."""
        h = ROW_HEIGHT if height is None else height
        self._ws.append(cells, None if h == ROW_HEIGHT else h)
        self._pager.add(h)

    def _merge(self, first: int, last: int) -> None:
        """Merge columns ``first``…``last`` of the next row."""
        if last > first:
            row = self._ws.rows + 1
            self._ws.merge(row, first, row, last)

    def _title(self, title: str, draft: str) -> None:
        st = self.styles
        title = clean_text(title)
        # A long title (a long department and body name in a list's) wraps: its row grows with it.
        room = sum(column_px(w) for w in self._widths) / TITLE_HALF_PX - 2
        lines = _lines_in(title, max(room, 1.0))
        self._merge(1, self._ncols)
        self._append([make_cell(title, st["rd_title"])], TITLE_ROW_HEIGHT + TITLE_LINE_HEIGHT * (lines - 1))
        if draft:
            self._merge(1, self._ncols)
            self._append([make_cell(clean_text(draft), st["rd_draft"])], ROW_HEIGHT)

    def _meta_row(self) -> list[Cell | None]:
        """填表单位（盖章） on the left, 填表时间 (a real date) on the right."""
        st = self.styles
        ncols = self._ncols
        office = make_cell(OFFICE_LABEL + clean_text(self.office), st["rd_meta"])
        if ncols == 1:
            return [office]
        date = make_cell(self.date if self.date is not None else "填表时间：", st["rd_meta_date"])
        split = self._meta_split
        self._merge(1, split)
        self._merge(split + 1, ncols)
        row: list[Cell | None] = [None] * ncols
        row[0] = office
        row[split] = date
        return row

    def _pair_row(self, left: str, right: str) -> list[Cell | None]:
        """A line of two texts (编号 at left, 交接事由 at right) split like the 填表单位 line."""
        st = self.styles
        ncols = self._ncols
        row: list[Cell | None] = [None] * ncols
        row[0] = make_cell(clean_text(left), st["rd_meta"])
        if ncols > 1:
            split = self._meta_split
            self._merge(1, split)
            self._merge(split + 1, ncols)
            row[split] = make_cell(clean_text(right), st["rd_meta_right"])
        return row

    @staticmethod
    def _header_row_heights(columns: Sequence[Column], widths: Sequence[float]) -> list[float]:
        lines = [max(1, *(_lines(c.header, w) for c, w in zip(columns, widths, strict=True)))]
        if any(c.group for c in columns):
            lines = [1, max(1, *(_lines(c.header, w) for c, w in zip(columns, widths, strict=True) if c.group))]
        return [body_row_height(n) + 2 for n in lines]

    def _header(self, repeated: bool) -> None:
        st = self.styles
        ws, columns = self._ws, self._columns
        style = st["rd_header"]
        if self._header_rows == 1:
            self._append([make_cell(c.header, style) for c in columns], self._header_heights[0])
            return
        top: list[Cell | None] = []
        bottom: list[Cell | None] = []
        row = ws.rows + 1
        i = 0
        while i < len(columns):
            c = columns[i]
            if not c.group:
                top.append(make_cell(c.header, style))
                bottom.append(make_cell(None, style))
                ws.merge(row, i + 1, row + 1, i + 1)
                i += 1
                continue
            j = i
            while j + 1 < len(columns) and columns[j + 1].group == c.group:
                j += 1
            for k in range(i, j + 1):
                top.append(make_cell(c.group if k == i else None, style))
                bottom.append(make_cell(columns[k].header, style))
            if j > i:
                ws.merge(row, i + 1, row, j + 1)
            i = j + 1
        self._append(top, self._header_heights[0])
        self._append(bottom, self._header_heights[1])

    def _row_height(self, values: Sequence[object]) -> tuple[list[Cell], float]:
        cells, lines = self._body_row(values, self._layout)
        return cells, body_row_height(lines)

    def _page_break(self, repeat_header: bool) -> None:
        """A new page before the next row, the header on it (a list's own, or the print titles)."""
        pager = self._pager
        pager.new_page(self._ws.rows + 1)
        if repeat_header:
            self._header(repeated=True)
        else:
            pager.add(sum(self._header_heights))  # the print titles repeat the header
        self._rows_on_page = 0

    def _body(self, rows: Iterable[Sequence[object]], repeat_header: bool, tail_height: float = 0.0) -> None:
        """The table's rows, a page break before a row that would overflow its page.

        With lines under the table (``tail_height``: 注, signature block, closing line) the
        last KEEP_WITH_TAIL rows are held back: when they and the tail do not fit on the page
        they start the next page together, so a signature never stands on a page of its own.
        """
        keep = KEEP_WITH_TAIL if tail_height and not self._split_long_rows else 0
        held: deque[tuple[list[Cell], float]] = deque()
        self._rows_on_page = 0
        on_row = self._on_row
        for values in rows:
            if keep:
                held.append(self._row_height(values))
                if len(held) > keep:
                    self._put_row(*held.popleft(), repeat_header)
            else:
                self._put_row_values(values, repeat_header)
            if on_row is not None:
                on_row()
        if held:
            heights = [h for _cells, h in held]
            pager = self._pager
            fits = pager.used + sum(heights) + tail_height <= pager.capacity
            carry = 0 if fits or not self._rows_on_page else self._rows_to_carry(heights)
            for i, (cells, height) in enumerate(held):
                if i == len(held) - carry and self._rows_on_page:
                    self._page_break(repeat_header)
                self._put_row(cells, height, repeat_header)

    def _rows_to_carry(self, heights: Sequence[float]) -> int:
        """How many of a table's last rows (of ``heights``) start the page of the lines under it.

        As many as KEEP_WITH_TAIL (all of ``heights``) when the page they leave stays at least
        PAGE_MIN_FILL full; else the fewest that leave it fullest, at least one.
        """
        pager = self._pager
        fills: dict[int, float] = {}
        for k in range(len(heights), 0, -1):
            used = pager.used
            for h in heights[:-k]:
                if used + h > pager.capacity:  # they would not fit: a page of their own
                    used = sum(self._header_heights)
                used += h
            fills[k] = used / pager.capacity
            if fills[k] >= PAGE_MIN_FILL:
                return k
        return max(fills, key=lambda k: (fills[k], k))

    def _put_row(self, cells: list[Cell], height: float, repeat_header: bool) -> None:
        pager = self._pager
        if pager.used + height > pager.capacity:
            self._page_break(repeat_header)
        self._ws.append(cells, None if height == ROW_HEIGHT else height)
        pager.used += height
        self._rows_on_page += 1

    def _put_row_values(self, values: Sequence[object], repeat_header: bool) -> None:
        """One row; a long-text row too tall for its page is split over the pages (split_long_rows)."""
        pager = self._pager
        cells, lines = self._body_row(values, self._layout)
        height = body_row_height(lines)
        while self._split_long_rows and pager.used + height > pager.capacity:
            lines = body_row_lines(height)
            parts = self._split_row(values, lines, pager.room())
            if parts is None:
                break
            head, values = parts
            head_cells, head_lines = self._body_row(head, self._layout)
            self._append(head_cells, body_row_height(head_lines))
            self._page_break(repeat_header)
            cells, height = self._row_height(values)
        if pager.used + height > pager.capacity:
            self._page_break(repeat_header)
        self._ws.append(cells, None if height == ROW_HEIGHT else height)
        pager.used += height
        self._rows_on_page += 1

    def _split_row(
        self, values: Sequence[object], lines: int, room_pt: float
    ) -> tuple[list[object], list[object]] | None:
        """The part of a long-text row that fills ``room_pt`` and the rest (its label marked （续）).

        None when the row cannot be split usefully: its height is not its one long text, or
        fewer than two of its lines fit (then the whole row starts the next page, as before).
        """
        fit = body_row_lines(room_pt)
        if body_row_height(fit) > room_pt:  # (rounded up to whole pixels)
            fit -= 1
        if fit < 2 or lines <= fit:
            return None
        tall = [
            i
            for i, (value, (_align, room)) in enumerate(zip(values, self._layout, strict=True))
            if isinstance(value, str) and _lines_in(cell_text(value), room) == lines
        ]
        if len(tall) != 1:
            return None
        col = tall[0]
        text = str(values[col])
        head_text, tail_text = split_text(text, self._layout[col][1], fit)
        if not head_text or not tail_text:
            return None
        head, tail = list(values), list(values)
        head[col], tail[col] = head_text, tail_text
        # The nearest label before the text says the text goes on (说明 → 说明（续）).
        for i in range(col - 1, -1, -1):
            if isinstance(tail[i], str) and tail[i]:
                if not str(tail[i]).endswith(CONTINUED):  # once, over however many pages
                    tail[i] = str(tail[i]) + CONTINUED
                break
        return head, tail

    def _tail_layout(self, notes: Sequence[str], signature: Sequence[Sequence[str]], closing: str) -> _Tail:
        """注： lines, signature block and closing line as they will be written, with their heights.

        A signature text too long for its share of the width (a long 监交单位) goes on a second
        line after its label (监交单位（盖章）：), and wraps further when the name alone is too long,
        so every name prints whole; its row grows to hold the lines.
        """
        full_room = _room(sum(self._widths))
        notes = [clean_text(n) for n in notes]
        note_heights = [body_row_height(_lines_in(n, full_room)) for n in notes]
        spans = _even_spans(self._ncols, max((len(t) for t in signature), default=1)) if signature else []
        sign_rows: list[tuple[list[str], float]] = []
        for texts in signature:
            shown, lines = [], 1
            for text, (first, last) in zip(texts, spans, strict=False):
                room = sum(column_px(w) for w in self._widths[first - 1 : last]) / SIGN_HALF_PX - 1
                text = clean_text(text)
                label, colon, name = text.partition("：")
                if print_width(text) > room and colon and name:
                    text = f"{label}{colon}\n{name}"
                shown.append(text)
                lines = max(lines, _lines_in(text, max(room, 1.0)))
            sign_rows.append((shown, SIGN_ROW_HEIGHT + SIGN_LINE_HEIGHT * (lines - 1)))
        height = sum(note_heights) + (SIGN_GAP + sum(h for _t, h in sign_rows) if signature else 0)
        height += ROW_HEIGHT if closing else 0
        return _Tail(list(zip(notes, note_heights, strict=True)), spans, sign_rows, clean_text(closing), height)

    def _tail(self, tail: _Tail) -> None:
        """The lines under the table (:meth:`_tail_layout`), kept on one page."""
        st = self.styles
        ncols = self._ncols
        if not tail.height:
            return
        if self._pager.used + tail.height > self._pager.capacity:
            self._pager.new_page(self._ws.rows + 1)
        for text, h in tail.notes:
            self._merge(1, ncols)
            self._append([make_cell(text, st["rd_note"])], h)
        if tail.signature:
            self._append([], SIGN_GAP)
            sign = st["rd_sign"]
            for texts, h in tail.signature:
                row: list[Cell | None] = [None] * ncols
                for text, (first, last) in zip(texts, tail.spans, strict=False):
                    row[first - 1] = make_cell(text, sign)
                    self._merge(first, last)
                self._append(row, h)
        if tail.closing:
            self._merge(1, ncols)
            self._append([make_cell(tail.closing, st["rd_note"])], ROW_HEIGHT)

    def _body_row(self, values: Sequence[object], layout: list[tuple[Align, float]]) -> tuple[list[Cell], int]:
        cells: list[Cell] = []
        lines = 1
        for value, (align, room) in zip(values, layout, strict=True):
            if isinstance(value, str):
                text = cell_text(value)
                quoted = text.startswith(FORMULA_STARTS)
                if isinstance(value, Indented):
                    style = self._indent_quoted if quoted else self._indent
                elif isinstance(value, Total):
                    style = self._total
                else:
                    style = (self._text_quoted if quoted else self._text)[align]
                cells.append((text, style))
                # Cheap test first: a character is at most 2 wide, so short text fits.
                if 2 * len(text) > room or "\n" in text:
                    n = _lines_in(text, room)
                    if n > lines:
                        lines = n
            elif value is None:
                cells.append((None, self._text[align]))
            elif isinstance(value, bool):
                cells.append(("是" if value else "否", self._text[Align.CENTER]))
            elif isinstance(value, int | float):
                cells.append((value, self._number))
            elif isinstance(value, dt.date):
                cells.append((value, self._date))
            else:
                raise TypeError(f"cannot write {type(value).__name__} to a table cell")
        return cells, lines


def fit_meta(widths: list[float], office: str, right: Sequence[str] = ()) -> int:
    """How many columns from the left 填表单位 spans; widens columns so both lines fit.

    The date (填表时间：2026年11月27日) takes the fewest right-hand columns that hold it;
    the office text the rest.  Where the columns are too narrow for either, the widest
    column of that side grows (the sheet is fitted to the page width when printed).
    """
    ncols = len(widths)
    if ncols == 1:
        widths[0] = max(widths[0], _width_for(office))
        return 1
    date_need = max(_width_for(t) for t in ("填表时间：2026年11月27日", *right))
    office_need = _width_for(office)
    k = 1
    while k < ncols - 1 and sum(widths[ncols - k :]) < date_need:
        k += 1
    split = ncols - k
    for side, need in ((range(split, ncols), date_need), (range(split), office_need)):
        have = sum(widths[i] for i in side)
        if have < need:
            widest = max(side, key=lambda i: widths[i])
            widths[widest] = round(widths[widest] + need - have, 1)
    return split


def _width_for(text: str) -> float:
    """Column width (units) a one-line text of 11 pt 宋体 needs."""
    return units(round(print_width(text) * 1.1 + 2, 1))


def fit_widths(columns: Sequence[Column], sample: Iterable[Sequence[object]]) -> list[float]:
    """Column widths (Excel units) that fit the header and the sampled values."""
    widest = [print_width(c.header) for c in columns]
    for row in sample:
        for i, value in enumerate(row):
            if isinstance(value, str):
                w = max(print_width(line) for line in value.split("\n")) if "\n" in value else print_width(value)
            elif isinstance(value, dt.date):
                w = print_width(f"{value.year}年{value.month}月{value.day}日")
            elif value is None:
                continue
            else:
                w = LATIN_WIDTH * len(str(value))
            if w > widest[i]:
                widest[i] = w
    # 宋体 glyphs are a little wider than 7 px a half; +2 for the cell padding.
    return [
        units(min(c.max_width, max(c.min_width, round(w * 1.1 + 2, 1)))) for c, w in zip(columns, widest, strict=True)
    ]


def units(chars: float) -> float:
    """A width in 7 px characters (Column's, :func:`_width_for`'s) as column units.

    ``chars`` drew a column chars × 7 + 5 px wide; the units give LibreOffice (no padding) at
    least that, and Excel and WPS 5 px more: 直接下放 still fits a column made for it.
    """
    return round((chars * CHAR_PX + 5) / LO_UNIT_PX, 1)


def column_px(width: float) -> float:
    """The narrower of the widths the applications draw a column ``width`` units wide (pixels)."""
    return min(width * UNIT_PX + 5, width * LO_UNIT_PX)


def sheet_width_px(widths: Sequence[float]) -> float:
    """The narrower of the widths the applications draw these columns (pixels).

    Fit-to-width shrinks that one least, so its rows print tallest: pages broken for it never
    overflow in the other application (which prints them up to ~3 % shorter).
    """
    return min(sum(w * UNIT_PX + 5 for w in widths), sum(w * LO_UNIT_PX for w in widths))


def _room(width: float) -> float:
    """Latin characters (half a CJK character) that fit on one line of a column ``width`` units wide.

    11 pt 宋体 is 7.33 px per Latin and 14.67 px per CJK character (7.5 and 15 counted, for
    safety); one character's worth goes to the cell's padding.
    """
    return max(1.0, column_px(width) / 7.5 - 1)


def _lines(text: str, width: float) -> int:
    """Printed lines of ``text`` wrapped in a column ``width`` wide (an estimate)."""
    return _lines_in(text, _room(width))


#: Where a text is best cut between pages: after a sentence, a clause or a word.
_BREAK_AFTER = "。；！？;!?，、,： "


def split_text(text: str, room: float, lines: int) -> tuple[str, str]:
    """``text`` cut after about ``lines`` printed lines of ``room`` (as :func:`_lines_in` counts).

    The cut falls after the last sentence or clause mark (or space) of the last line
    when there is one in its second half, else at the line's end; the head never
    holds more lines than asked.  Returns (head, rest), rest "" when all of it fits.
    """
    used_lines, width, cut, best = 1, 0.0, 0, -1
    line_start = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if used_lines == lines:
                return text[:i], text[i + 1 :]
            used_lines, width, line_start, best = used_lines + 1, 0.0, i + 1, -1
            continue
        w = 2 if ord(ch) > 0x7F else PROSE_WIDTH if ch in _PROSE else LATIN_WIDTH
        if width + w > room:
            if used_lines == lines:
                cut = best if best > line_start + (i - line_start) // 2 else i
                return text[:cut].rstrip(), text[cut:].lstrip()
            used_lines, width, line_start, best = used_lines + 1, 0.0, i, -1
        width += w
        if ch in _BREAK_AFTER:
            best = i + 1
    return text, ""


#: Runs of lower-case prose, of other half-width (ASCII) and of full-width characters: each wraps at its own width.
_WIDTH_RUNS = re.compile(r"[^\x00-\x7f]+|[a-z ]+|[\x00-\x1f!-`{-\x7f]+")


def _lines_in(text: str, room: float) -> int:
    return (
        sum(_paragraph_lines(part, room) for part in text.split("\n")) if "\n" in text else _paragraph_lines(text, room)
    )


def _paragraph_lines(text: str, room: float) -> int:
    """Lines of one paragraph wrapped at whole characters: CJK two wide, Latin LATIN_WIDTH or PROSE_WIDTH.

    A CJK character that does not fit the end of a line starts the next, so a line holds up
    to two units less than the room: counted as text width ÷ room, a long 追责情形 came out a
    line short and its last line was cut.  Worked out a run of one width at a time, not a
    character at a time (the province's 50k rows go through here).
    """
    if print_width(text) <= room:
        return 1
    lines, used = 1, 0.0
    for run in _WIDTH_RUNS.findall(text):
        first_char = run[0]
        w = 2 if first_char > "\x7f" else PROSE_WIDTH if first_char in _PROSE else LATIN_WIDTH
        per_line = max(1, int(room // w))
        first = max(0, int((room - used) // w))
        n = len(run)
        if n <= first:
            used += n * w
            continue
        full, rest = divmod(n - first, per_line)
        lines += full + (1 if rest else 0)
        used = (rest or per_line) * w
    return lines


def _even_spans(ncols: int, parts: int) -> list[tuple[int, int]]:
    """``parts`` column ranges (1-based, inclusive) sharing ``ncols`` columns evenly."""
    if not 1 <= parts <= ncols:
        raise ValueError(f"{parts} texts do not fit in {ncols} columns")
    bounds = [round(i * ncols / parts) for i in range(parts + 1)]
    return [(bounds[i] + 1, bounds[i + 1]) for i in range(parts)]
