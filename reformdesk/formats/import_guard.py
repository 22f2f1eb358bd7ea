"""The front door of every sheet read: safety checks, then calamine.

:func:`read_tables` is the only public way to read a spreadsheet file; it runs
the checks below and only then lets the (private) calamine reader parse it.

Power lists arrive by e-mail and USB stick from other offices, so a file may be
broken or hostile.  calamine is fast and rejects XML entities, but it trusts
the zip and allocates a sheet as one dense rectangle: a two-cell sheet with
cells at A1 and ZZ200000 made it request 4.5 GB and abort the whole process
(measured).  So before calamine sees a file we

* identify it by its first bytes, not its name (a text file renamed .xlsx);
* refuse encrypted files (Office wraps an encrypted .xlsx in an OLE file; an
  encrypted .ods says so in its manifest);
* bound the zip: entry count, declared and *actual* uncompressed size (every
  entry is streamed through the decompressor with a byte cap, which also
  catches sizes that lie and CRC errors);
* while streaming each worksheet, bound the rectangle calamine will allocate
  (highest row and column that hold a value) and the number of rows.

The scans use bytes.count and literal-prefixed regexes, so a normal 10,000-row
sheet costs a few milliseconds more than decompressing it.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO

from reformdesk.formats.sheets import Table

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_ZIP_ENTRIES = 10_000
#: Declared compression ratio above which a large entry is a bomb, not a sheet.
MAX_RATIO = 1_000
#: Rows of a sheet we are willing to read (a county list has a few thousand).
MAX_ROWS = 200_000
#: Cells of the rectangle calamine allocates (about 32 bytes each in Rust).
MAX_CELLS = 6_000_000

_CHUNK = 1 << 20
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_FORMATS = "请使用 Excel（.xlsx、.xls）或 WPS/LibreOffice（.ods）表格文件"


class SheetReadError(Exception):
    """A file that cannot be imported; ``str()`` is one clear Chinese sentence."""


class FileKind(StrEnum):
    XLSX = "xlsx"
    XLS = "xls"
    ODS = "ods"


def check_file(path: str | Path) -> FileKind:
    """Identify ``path`` and refuse it (SheetReadError) if it is unsafe to parse."""
    p = Path(path)
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(8)
            if size == 0:
                raise SheetReadError(f"文件是空的：{p.name}")
            if size > MAX_FILE_BYTES:
                raise SheetReadError(
                    f"文件太大（{size // (1024 * 1024)} MB，上限 {MAX_FILE_BYTES // (1024 * 1024)} MB）：{p.name}"
                )
            if head.startswith(_ZIP_MAGICS):
                return _check_zip(fh, p.name)
            if head == _OLE_MAGIC:
                if _contains(fh, _ENCRYPTED_PACKAGE):
                    raise SheetReadError(f"文件已加密（设有打开密码），请先在 Excel 中取消密码再导入：{p.name}")
                return FileKind.XLS
    except OSError as exc:
        raise SheetReadError(f"无法打开文件：{p}（{exc.strerror or exc}）") from exc
    raise SheetReadError(f"文件不是表格文件，{_FORMATS}：{p.name}")


def _contains(fh: IO[bytes], needle: bytes) -> bool:
    """Whether the file holds ``needle`` (read in chunks; the size is capped)."""
    fh.seek(0)
    tail = b""
    while chunk := fh.read(_CHUNK):
        if needle in tail + chunk:
            return True
        tail = chunk[-len(needle) :]
    return False


def _check_zip(fh: IO[bytes], name: str) -> FileKind:
    fh.seek(0)
    try:
        zf = zipfile.ZipFile(fh)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise SheetReadError(f"文件已损坏或不是表格文件（{exc}）：{name}") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise SheetReadError(f"文件内部包含 {len(infos)} 个部件，超过上限 {MAX_ZIP_ENTRIES}，疑似恶意文件：{name}")
        declared = sum(i.file_size for i in infos)
        if declared > MAX_UNCOMPRESSED_BYTES:
            raise SheetReadError(_too_big(name))
        for info in infos:
            if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise SheetReadError(f"文件的压缩比异常（疑似压缩炸弹），已拒绝：{name}")
        names = {i.filename for i in infos}
        if "mimetype" in names and "content.xml" in names:
            kind = FileKind.ODS
            if b"opendocument.spreadsheet" not in _read_small(zf, "mimetype", name):
                raise SheetReadError(f"文件是 OpenDocument 文档但不是电子表格：{name}")
            if "META-INF/manifest.xml" in names and b"encryption-data" in _read_small(
                zf, "META-INF/manifest.xml", name
            ):
                raise SheetReadError(f"文件已加密（设有打开密码），请先取消密码再导入：{name}")
        elif any(n.endswith("workbook.xml") for n in names):
            kind = FileKind.XLSX
        else:
            raise SheetReadError(f"文件是压缩包但不是表格文件，{_FORMATS}：{name}")
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            if kind is FileKind.XLSX and "worksheets/" in info.filename and info.filename.endswith(".xml"):
                try:
                    after = _XlsxQuickScanner(name).run(_stream(zf, info, name, total), total)
                except _NeedExact:
                    after = _XlsxExactScanner(name).run(_stream(zf, info, name, total), total)
                total = after
            elif kind is FileKind.ODS and info.filename == "content.xml":
                total = _OdsScanner(name).run(_stream(zf, info, name, total), total)
            else:
                total = _Scanner(name).run(_stream(zf, info, name, total), total)
    return kind


def _too_big(name: str) -> str:
    return f"文件解压后超过 {MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB（疑似压缩炸弹），已拒绝：{name}"


def _read_small(zf: zipfile.ZipFile, member: str, name: str) -> bytes:
    return b"".join(
        chunk for chunk, _total in _stream(zf, zf.getinfo(member), name, MAX_UNCOMPRESSED_BYTES - (1 << 16))
    )


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, total: int) -> Iterator[tuple[bytes, int]]:
    """Decompressed chunks of one entry with the running total; refuses past the cap."""
    try:
        with zf.open(info) as member:
            while chunk := member.read(_CHUNK):
                total += len(chunk)
                if total > MAX_UNCOMPRESSED_BYTES:
                    raise SheetReadError(_too_big(name))
                yield chunk, total
    except (zipfile.BadZipFile, EOFError, NotImplementedError, ValueError, RuntimeError, OSError) as exc:
        # RuntimeError: an entry encrypted with a zip password; BadZipFile: CRC or size mismatch.
        raise SheetReadError(f"文件已损坏或已加密，无法读取（{exc}）：{name}") from exc


class _Scanner:
    """Streams an entry to its end (size cap and CRC check) and looks at nothing."""

    def __init__(self, name: str) -> None:
        self.name = name

    def run(self, chunks: Iterator[tuple[bytes, int]], total: int) -> int:
        """Feed every chunk; returns the running uncompressed total."""
        rest = b""
        for chunk, running in chunks:
            total = running
            buf = rest + chunk
            cut = buf.rfind(b">") + 1
            if cut == 0 and len(buf) > 4 * _CHUNK:
                raise SheetReadError(f"文件内容异常（超长的 XML 片段），已拒绝：{self.name}")
            self.feed(buf[:cut])
            rest = buf[cut:]
        self.feed(rest)
        self.finish()
        return total

    def feed(self, data: bytes) -> None:
        pass

    def finish(self) -> None:
        pass

    def refuse_rows(self, rows: int) -> None:
        raise SheetReadError(
            f"表格太大：有内容的行超过 {MAX_ROWS} 行（至少 {rows} 行），无法导入，请拆分后再导入：{self.name}"
        )

    def refuse_cells(self, rows: int, cols: int) -> None:
        raise SheetReadError(
            f"表格范围太大（{rows} 行 × {cols} 列，上限 {MAX_CELLS} 个单元格），无法导入；"
            f"请删除远处的无用单元格或拆分后再导入：{self.name}"
        )


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


class _NeedExact(Exception):
    """The quick scan cannot decide; scan the entry again cell by cell."""


class _XlsxQuickScanner(_Scanner):
    """Bounds the value rectangle of one worksheet part cheaply.

    Works when every cell is written with ``r`` first (Excel, WPS and openpyxl
    do).  Only cells in rows of 6+ digits or columns of 2+ letters are looked at
    one by one.  An empty styled cell (``<c r=".." s="1"/>``) holds no value
    and calamine skips it, so it does not count.
    """

    # Only cells in a column of 2+ letters or a row of 6+ digits match; the rest fail at once.
    _FAR = re.compile(rb'<c r="(?:([A-Z]{2,3})(\d+)|[A-Z](\d{6,}))"[^>]*?(/?)>(</c>)?')
    # A cell without ``r`` first (position implicit or attributes in another order).
    _NO_REF = re.compile(rb'<c(?:>| (?!r="))')

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.max_row = 0  # exact when >= 100,000; 0 means "below 100,000"
        self.max_col = 0  # exact when >= 27; 0 means "26 or fewer"
        self.first = True

    def feed(self, data: bytes) -> None:
        if self.first:
            self.first = False
            if re.search(rb"<\w+:worksheet\b", data):
                raise _NeedExact  # a namespace-prefixed sheet (rare)
        if self._NO_REF.search(data):
            raise _NeedExact
        for letters, wide_row, digits, slash, close in self._FAR.findall(data):
            if slash or close:
                continue
            if letters:
                self.max_col = max(self.max_col, _col_number(letters))
                digits = wide_row if len(wide_row) >= 6 else b""
            if digits:
                self.max_row = max(self.max_row, int(digits))
        if self.max_row > MAX_ROWS:
            self.refuse_rows(self.max_row)

    def finish(self) -> None:
        cols = self.max_col or 26
        if self.max_row:
            if self.max_row * cols > MAX_CELLS:
                self.refuse_cells(self.max_row, cols)
        elif 99_999 * cols > MAX_CELLS:
            raise _NeedExact


class _XlsxExactScanner(_Scanner):
    """Bounds the value rectangle cell by cell (implicit positions, any prefix)."""

    _ANY = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*?)(/?)>(</(?:\w+:)?c>)?")
    _R = re.compile(rb'\br="([A-Z]*)(\d+)"')

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.row = self.col = self.max_row = self.max_col = 0

    def feed(self, data: bytes) -> None:
        for tag, attrs, slash, close in self._ANY.findall(data):
            ref = self._R.search(attrs)
            if tag == b"row":
                self.row = int(ref.group(2)) if ref else self.row + 1
                self.col = 0
                continue
            if ref and ref.group(1):
                self.col = _col_number(ref.group(1))
                row = int(ref.group(2))
            else:
                self.col += 1
                row = self.row
            if slash or close:
                continue
            if row > self.max_row:
                self.max_row = row
                if row > MAX_ROWS:
                    self.refuse_rows(row)
            self.max_col = max(self.max_col, self.col)
            if self.max_row * self.max_col > MAX_CELLS:
                self.refuse_cells(self.max_row, self.max_col)


class _OdsScanner(_Scanner):
    """Bounds the value rectangle of each table in ``content.xml``.

    Repeated rows and cells are how ODS stores runs of equal cells; calamine
    expands runs that hold values (1,000 rows × 1,000 columns of one repeated
    cell asked it for a billion cells), and skips the empty run LibreOffice
    writes down to row 1,048,576.
    """

    _TOKEN = re.compile(
        rb"<table:(table-row|table-cell|covered-table-cell|table)\b([^>]*?)(/?)>|</table:(table-row)>|<(text:p)\b"
    )
    _ROWS_REP = re.compile(rb'number-rows-repeated="(\d+)"')
    _COLS_REP = re.compile(rb'number-columns-repeated="(\d+)"')

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.pos = 0  # rows before the current one in this table
        self.rep = 1
        self.col = 0
        self.row_has_value = False
        self.row_max_col = 0
        self.last_row = 0
        self.max_col = 0
        self.in_row = False

    def feed(self, data: bytes) -> None:
        for m in self._TOKEN.finditer(data):
            tag, attrs, slash, end_tag, text_p = m.groups()
            if tag == b"table":
                self.pos = self.last_row = self.max_col = 0
            elif tag == b"table-row":
                r = self._ROWS_REP.search(attrs)
                self.rep = int(r.group(1)) if r else 1
                self.col = self.row_max_col = 0
                self.row_has_value = False
                self.in_row = True
                if slash:
                    self._end_row()
            elif tag:  # a cell
                c = self._COLS_REP.search(attrs)
                self.col += int(c.group(1)) if c else 1
                if b"value-type" in attrs:
                    self.row_has_value = True
                    self.row_max_col = self.col
            elif end_tag:
                self._end_row()
            elif text_p and self.in_row:
                # A text paragraph without a value type still shows text.
                self.row_has_value = True
                self.row_max_col = max(self.row_max_col, self.col)

    def _end_row(self) -> None:
        if not self.in_row:
            return
        self.in_row = False
        self.pos += self.rep
        if self.row_has_value:
            self.last_row = self.pos
            self.max_col = max(self.max_col, self.row_max_col)
            if self.last_row > MAX_ROWS:
                self.refuse_rows(self.last_row)
            if self.last_row * self.max_col > MAX_CELLS:
                self.refuse_cells(self.last_row, self.max_col)


def read_tables(path: str | os.PathLike[str], *, first: str | None = None) -> Iterator[Table]:
    """The front door for reading a sheet: check the file, then read its tables.

    Yields the visible, non-empty worksheets (the one named ``first`` first),
    lazily, so a caller that finds what it needs in the first sheet never
    loads the rest.  Raises :class:`SheetReadError` (one Chinese sentence)
    for a refused or unreadable file.
    """
    from reformdesk.formats import _calamine  # the only way in; see formats/sheets.py

    p = Path(path)
    kind = check_file(p)
    return _calamine.read_tables(p, kind, first)
