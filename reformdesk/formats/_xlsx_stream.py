"""A small streaming .xlsx writer: each row written as XML text straight into the zip.

Private to the formats layer; formats/style.py's :class:`~reformdesk.formats.style.TableWriter`
is its one user, so formats/export.py's sheets do not see which writer draws them.

Why not openpyxl (what the export used before): its write-only mode still builds an
element per cell and serialises it in pure Python (lxml is not a dependency): 57% of a
province export.  Why not pyexcelerate (checked, 0.13.0): its sheet template has no page
set-up, print titles, header or footer, page breaks or margins, and it holds every cell
in memory.  XlsxWriter (constant_memory) has every feature but is not faster than the
writer it would replace by enough (benchmarks/bench_export.py measures it beside us).

What a sheet can hold is what the official forms need and no more: text (inline strings,
as XlsxWriter's constant_memory and openpyxl's write-only mode write them), numbers,
dates (serial numbers in a date format), styled blanks; column widths, row heights, a
frozen header, merged ranges, manual page breaks, print titles, A4 page set-up fitted to
the width, header and footer.  Formats are registered once and shared by index.

Parts follow ECMA-376 (SpreadsheetML) element order; tests/formats/test_xlsx_stream.py
checks every part is well-formed and that the counts, content types and relationships agree.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO
from xml.sax.saxutils import escape, quoteattr

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
#: Excel's day 0 (its 1900 leap-year bug included): serial numbers of dates after 1900-02-28.
_EPOCH = dt.date(1899, 12, 30)
#: Bytes of sheet XML gathered before they are handed to the zip's compressor.
_CHUNK = 1 << 18
#: Deflate level: zlib's default, as Excel and XlsxWriter write.  Level 1 saved 10% of a
#: province export's CPU time (5.74 against 6.34 s) for a 29% larger file (14.4 against 11.2 MB).
COMPRESSLEVEL = 6


@dataclass(frozen=True, slots=True)
class Font:
    name: str
    size: float
    bold: bool = False
    color: str = ""  # RRGGBB; empty: automatic


@dataclass(frozen=True, slots=True)
class CellFormat:
    """A cell's look: registered once per workbook (:meth:`XlsxStream.format`), shared by index."""

    font: Font
    border: bool = False  # thin black lines on all four sides
    horizontal: str = ""  # left, center, right; empty: general
    vertical: str = ""  # top, center, bottom; empty: bottom (Excel's default)
    wrap: bool = False
    indent: int = 0
    number_format: str = ""  # empty: General
    quote_prefix: bool = False  # Excel and WPS keep text text when the cell is edited


@dataclass(frozen=True, slots=True)
class HeaderFooterText:
    """A centred header or footer line: ``text`` may hold Excel's fields (``&P`` the page)."""

    text: str
    font: str  # e.g. 宋体,Bold
    size: int
    color: str = ""  # RRGGBB

    def code(self) -> str:
        color = f"&K{self.color}" if self.color else ""
        # The space after the size keeps a leading digit of the text from reading as part of it.
        return f'&C&"{self.font}"&{self.size} {color}{self.text}'


@dataclass(frozen=True, slots=True)
class PageSetup:
    """How a sheet prints (A4 landscape fitted to one page wide, pages counted from 1)."""

    paper: int = 9  # A4
    landscape: bool = True
    fit_width: int = 1
    fit_height: int = 0  # as many pages tall as it takes
    first_page_number: int = 1
    centred: bool = True
    margins: tuple[float, float, float, float, float, float] = (0.5, 0.5, 0.6, 0.7, 0.3, 0.3)


#: A cell: (value, format index); a value is text, an int, a float, a date or None (a styled blank).
Cell = tuple[object, int]


def column_letter(n: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _number(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        raise ValueError(f"cannot write {value!r} to a cell")
    return repr(value)


def _text(value: str) -> str:
    """Text content of ``<t>``: the three XML specials escaped (cell_text has removed the rest)."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    return value


_SPACES = " \t\n\r"


class SheetStream:
    """One worksheet being written: rows in order, then :meth:`close` writes what follows them."""

    def __init__(
        self,
        book: XlsxStream,
        index: int,
        name: str,
        widths: Sequence[float],
        *,
        default_row_height: float,
        frozen_rows: int,
        setup: PageSetup,
        selected: bool,
    ) -> None:
        self.book = book
        self.index = index
        self.name = name
        self.ncols = len(widths)
        self._letters = [column_letter(i) for i in range(1, max(1, self.ncols) + 1)]
        self._row = 0
        self._merges: list[str] = []
        self._breaks: list[int] = []
        self._setup = setup
        self._parts: list[str] = []
        self._size = 0
        self._dates: dict[dt.date, str] = {}
        self._stream: IO[bytes] = book._open_part(f"xl/worksheets/sheet{index}.xml")
        pane = ""
        if frozen_rows:
            top = f"A{frozen_rows + 1}"
            pane = (
                f'<pane ySplit="{frozen_rows}" topLeftCell="{top}" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A1" sqref="A1"/>'
            )
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{_number(w)}" customWidth="1"/>' for i, w in enumerate(widths, 1)
        )
        tab = ' tabSelected="1"' if selected else ""
        fit = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' if setup.fit_width or setup.fit_height else ""
        self._write(
            f'{_DECL}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">{fit}'
            f'<sheetViews><sheetView{tab} workbookViewId="0">'
            f"{pane}</sheetView></sheetViews>"
            f'<sheetFormatPr defaultRowHeight="{_number(default_row_height)}" customHeight="1"/>'
            f"{f'<cols>{cols}</cols>' if cols else ''}<sheetData>"
        )

    @property
    def rows(self) -> int:
        """Rows written so far (the next row is ``rows + 1``)."""
        return self._row

    def _write(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= _CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self._parts:
            self._stream.write("".join(self._parts).encode("utf-8"))
            self._parts.clear()
            self._size = 0

    def append(self, cells: Sequence[Cell | None], height: float | None = None) -> None:
        """Write the next row: ``cells`` from column A (None: no cell), ``height`` in points (None: the default)."""
        self._row = row = self._row + 1
        r = str(row)
        parts = [f'<row r="{r}" ht="{_number(height)}" customHeight="1">' if height is not None else f'<row r="{r}">']
        for letter, cell in zip(self._letters, cells, strict=False):
            if cell is None:
                continue
            value, style = cell
            if isinstance(value, str):
                if not value:
                    parts.append(f'<c r="{letter}{r}" s="{style}"/>')
                elif value[0] in _SPACES or value[-1] in _SPACES:
                    parts.append(
                        f'<c r="{letter}{r}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
                        f"{_text(value)}</t></is></c>"
                    )
                else:
                    parts.append(f'<c r="{letter}{r}" s="{style}" t="inlineStr"><is><t>{_text(value)}</t></is></c>')
            elif value is None:
                parts.append(f'<c r="{letter}{r}" s="{style}"/>')
            elif isinstance(value, bool):
                parts.append(f'<c r="{letter}{r}" s="{style}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int | float):
                parts.append(f'<c r="{letter}{r}" s="{style}"><v>{_number(value)}</v></c>')
            elif isinstance(value, dt.date):
                day = value.date() if isinstance(value, dt.datetime) else value
                serial = self._dates.get(day)
                if serial is None:
                    serial = self._dates[day] = str((day - _EPOCH).days)
                parts.append(f'<c r="{letter}{r}" s="{style}"><v>{serial}</v></c>')
            else:
                raise TypeError(f"cannot write {type(value).__name__} to a cell")
        parts.append("</row>")
        self._write("".join(parts))

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        """Merge a range (1-based, inclusive)."""
        self._merges.append(f"{self._letters[first_col - 1]}{first_row}:{self._letters[last_col - 1]}{last_row}")

    def page_break_after(self, row: int) -> None:
        """Start a new printed page after ``row``."""
        self._breaks.append(row)

    def close(
        self, *, header: HeaderFooterText | None, footer: HeaderFooterText | None, header_on_first: bool = True
    ) -> None:
        """Write merges, print set-up, header, footer and page breaks, and finish the part.

        ``header_on_first`` False leaves the first page without the header (the footer
        stays): for a line the first page already shows in its cells.
        """
        s = self._setup
        tail = ["</sheetData>"]
        if self._merges:
            tail.append(f'<mergeCells count="{len(self._merges)}">')
            tail += [f'<mergeCell ref="{m}"/>' for m in self._merges]
            tail.append("</mergeCells>")
        if s.centred:
            tail.append('<printOptions horizontalCentered="1"/>')
        left, right, top, bottom, head, foot = map(_number, s.margins)
        tail.append(
            f'<pageMargins left="{left}" right="{right}" top="{top}" bottom="{bottom}" header="{head}" footer="{foot}"/>'
        )
        tail.append(
            f'<pageSetup paperSize="{s.paper}" orientation="{"landscape" if s.landscape else "portrait"}" '
            f'fitToWidth="{s.fit_width}" fitToHeight="{s.fit_height}" '
            f'firstPageNumber="{s.first_page_number}" useFirstPageNumber="1"/>'
        )
        if header is not None or footer is not None:
            different_first = header is not None and not header_on_first
            tail.append('<headerFooter differentFirst="1">' if different_first else "<headerFooter>")
            if header is not None:
                tail.append(f"<oddHeader>{escape(header.code())}</oddHeader>")
            if footer is not None:
                tail.append(f"<oddFooter>{escape(footer.code())}</oddFooter>")
            if different_first and footer is not None:
                # The schema's order: firstHeader (none here), then firstFooter.
                tail.append(f"<firstFooter>{escape(footer.code())}</firstFooter>")
            tail.append("</headerFooter>")
        if self._breaks:
            n = len(self._breaks)
            tail.append(f'<rowBreaks count="{n}" manualBreakCount="{n}">')
            tail += [f'<brk id="{b}" max="16383" man="1"/>' for b in self._breaks]
            tail.append("</rowBreaks>")
        tail.append("</worksheet>")
        self._write("".join(tail))
        self._flush()
        self._stream.close()
        self.book._sheet_closed(self)


class XlsxStream:
    """A workbook written to ``path`` as it goes: one sheet at a time, the rest at :meth:`close`.

    Any failure leaves a partial file at ``path``: the caller writes to a temporary
    file and calls :meth:`discard` (which closes everything without writing more).
    """

    def __init__(self, path: str | os.PathLike[str], *, title: str = "", creator: str = "ReformDesk") -> None:
        self._file = open(path, "wb")  # noqa: SIM115  (closed by close() or discard())
        try:
            self._zip = zipfile.ZipFile(
                self._file, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=COMPRESSLEVEL
            )
        except BaseException:
            self._file.close()
            raise
        self._title = title
        self._creator = creator
        self._formats: dict[CellFormat, int] = {}
        self._sheets: list[tuple[str, tuple[int, int] | None]] = []
        self._open: SheetStream | None = None

    def format(self, fmt: CellFormat) -> int:
        """The index cells of ``fmt`` carry (0 is the workbook's default look)."""
        index = self._formats.get(fmt)
        if index is None:
            index = self._formats[fmt] = len(self._formats) + 1
        return index

    def add_sheet(
        self,
        name: str,
        widths: Sequence[float],
        *,
        default_row_height: float,
        frozen_rows: int = 0,
        print_titles: tuple[int, int] | None = None,
        setup: PageSetup | None = None,
    ) -> SheetStream:
        """Start the next sheet (the one before must be closed); ``name`` must be valid and unique."""
        if self._open is not None:
            raise RuntimeError("the previous sheet is still being written")
        self._sheets.append((name, print_titles))
        self._open = SheetStream(
            self,
            len(self._sheets),
            name,
            widths,
            default_row_height=default_row_height,
            frozen_rows=frozen_rows,
            setup=setup or PageSetup(),
            selected=len(self._sheets) == 1,
        )
        return self._open

    def _open_part(self, name: str) -> IO[bytes]:
        return self._zip.open(name, "w", force_zip64=True)

    def _sheet_closed(self, sheet: SheetStream) -> None:
        if self._open is sheet:
            self._open = None

    def _part(self, name: str, xml: str) -> None:
        with self._open_part(name) as part:
            part.write((_DECL + xml).encode("utf-8"))

    def close(self) -> None:
        """Write the workbook's own parts and finish the file."""
        if self._open is not None:
            raise RuntimeError("a sheet is still being written")
        if not self._sheets:
            raise ValueError("a workbook needs a sheet")
        n = len(self._sheets)
        self._part("[Content_Types].xml", self._content_types(n))
        self._part(
            "_rels/.rels",
            f'<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="{_PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>",
        )
        self._part("docProps/core.xml", self._core())
        self._part(
            "docProps/app.xml",
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            "<Application>Microsoft Excel</Application></Properties>",
        )
        self._part("xl/workbook.xml", self._workbook())
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, n + 1)
        )
        rels += f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
        self._part("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{_PKG_REL}">{rels}</Relationships>')
        self._part("xl/styles.xml", self._styles())
        self._zip.close()
        self._file.close()

    def discard(self) -> None:
        """Let go of the file after a failure or a cancel (the caller removes it).

        Each step may fail again (a full disk) and is then skipped; a part stream and
        a zip archive are marked closed before they write, so neither tries again
        when collected (openpyxl's archive did, printing "Exception ignored").
        """
        sheet, self._open = self._open, None
        if sheet is not None:
            with contextlib.suppress(OSError, ValueError):
                sheet._stream.close()
        with contextlib.suppress(OSError, ValueError):
            self._zip.close()
        with contextlib.suppress(OSError, ValueError):
            self._file.close()

    # -- the workbook's parts ------------------------------------------------------

    @staticmethod
    def _content_types(n: int) -> str:
        ct = "application/vnd.openxmlformats-officedocument"
        sheets = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{ct}.spreadsheetml.worksheet+xml"/>'
            for i in range(1, n + 1)
        )
        return (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.spreadsheetml.sheet.main+xml"/>'
            f"{sheets}"
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            f'<Override PartName="/docProps/app.xml" ContentType="{ct}.extended-properties+xml"/>'
            "</Types>"
        )

    def _core(self) -> str:
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(self._title)}</dc:title><dc:creator>{escape(self._creator)}</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
            "</cp:coreProperties>"
        )

    def _workbook(self) -> str:
        sheets = "".join(
            f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>'
            for i, (name, _titles) in enumerate(self._sheets, 1)
        )
        names = "".join(
            f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
            f"{escape(_quoted(name))}!${first}:${last}</definedName>"
            for i, (name, titles) in enumerate(self._sheets)
            if titles is not None
            for first, last in [titles]
        )
        return (
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><workbookPr/>'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{sheets}</sheets>"
            f"{f'<definedNames>{names}</definedNames>' if names else ''}"
            '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
        )

    def _styles(self) -> str:
        number_formats: dict[str, int] = {}
        fonts: dict[Font | None, int] = {None: 0}  # 0: the workbook's default font (column widths count in it)
        xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']
        for fmt in self._formats:  # in index order (dicts keep it)
            num = 0
            if fmt.number_format:
                num = _BUILTIN_FORMATS.get(fmt.number_format) or number_formats.setdefault(
                    fmt.number_format, 164 + len(number_formats)
                )
            font = fonts.setdefault(fmt.font, len(fonts))
            align = "".join(
                f' {key}="{value}"'
                for key, value in (
                    ("horizontal", fmt.horizontal),
                    ("vertical", fmt.vertical),
                    ("wrapText", "1" if fmt.wrap else ""),
                    ("indent", str(fmt.indent) if fmt.indent else ""),
                )
                if value
            )
            flags = "".join(
                f' {key}="1"'
                for key, on in (
                    ("applyNumberFormat", num),
                    ("applyFont", True),
                    ("applyBorder", fmt.border),
                    ("quotePrefix", fmt.quote_prefix),
                )
                if on
            )
            head = f'<xf numFmtId="{num}" fontId="{font}" fillId="0" borderId="{int(fmt.border)}" xfId="0"{flags}'
            xfs.append(f'{head} applyAlignment="1"><alignment{align}/></xf>' if align else f"{head}/>")
        numfmts = "".join(
            f'<numFmt numFmtId="{i}" formatCode={quoteattr(code)}/>' for code, i in number_formats.items()
        )
        if numfmts:
            numfmts = f'<numFmts count="{len(number_formats)}">{numfmts}</numFmts>'

        font_xml = "".join(_font_xml(f) for f in fonts)
        thin = '<{0} style="thin"><color rgb="FF000000"/></{0}>'
        box = "".join(thin.format(side) for side in ("left", "right", "top", "bottom")) + "<diagonal/>"
        return (
            f'<styleSheet xmlns="{_MAIN}">'
            f"{numfmts}"
            f'<fonts count="{len(fonts)}">{font_xml}</fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
            f"<border>{box}</border></borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
        )


#: Number formats every application knows by number.
_BUILTIN_FORMATS = {"0": 1, "0.00": 2, "General": 0}


def _font_xml(font: Font | None) -> str:
    if font is None:
        # The default font is the unit of every column width.  Arial, not Calibri: LibreOffice
        # on Linux has no Calibri (nor Carlito) and measured the columns in DejaVu Sans, a third
        # wider, so it shrank the sheets to 86 % and the pages it printed ended a quarter short;
        # Arial is on every Windows and LibreOffice maps it to the metric-equal Liberation Sans,
        # so Excel, WPS and LibreOffice size the columns alike (8 px per unit, see formats/style).
        return '<font><sz val="11"/><name val="Arial"/><family val="2"/></font>'
    bold = "<b/>" if font.bold else ""
    color = f'<color rgb="FF{font.color}"/>' if font.color else ""
    return f'<font>{bold}<sz val="{_number(font.size)}"/>{color}<name val={quoteattr(font.name)}/><charset val="134"/></font>'


def _quoted(sheet: str) -> str:
    """A sheet name as a formula names it: in quotes, a quote doubled."""
    return "'" + sheet.replace("'", "''") + "'"


__all__ = ["COMPRESSLEVEL", "Cell", "CellFormat", "Font", "HeaderFooterText", "PageSetup", "SheetStream", "XlsxStream"]
