"""The front door of every sheet read: safety checks, then calamine in a sandbox.

:func:`read_tables` is the only public way to read a spreadsheet file; it runs
the checks below and lets the (private) calamine reader parse the file only in
a child process under a memory cap and a time limit (``formats/sandbox.py``).

Power lists arrive by e-mail and USB stick from other offices, so a file may be
broken or hostile.  calamine is fast and rejects XML entities, but it trusts
the zip and allocates a sheet as one dense rectangle: one far cell
(XFD1048576) made it ask for 512 GiB and Rust aborted the whole process
(measured).  So before calamine's result is used we

* refuse anything that is not a regular file (a FIFO would block for ever);
* identify the file by its first bytes, not its name (a text file renamed .xlsx);
* refuse encrypted files (Office wraps an encrypted .xlsx in an OLE file; an
  encrypted .ods says so in its manifest) and files that are both an OpenDocument
  and an Excel package (a polyglot: we would check one reading, calamine take the other);
* bound the zip: entry count, declared and *actual* uncompressed size (every
  entry is streamed through the decompressor with a byte cap, which also
  catches sizes that lie and CRC errors);
* parse every sheet with a real XML parser (expat, DTDs refused): the parts the
  package's relationships declare as sheets, anything under ``worksheets/`` and
  any part whose root element is a worksheet or an OpenDocument body, whatever
  its name (``.XML``, another folder), its attribute quoting, whitespace or
  namespace prefixes; and bound the rectangle calamine will allocate (highest
  row and column that hold a value) and the number of rows.

The checks run in this process while the sandboxed child already reads, so on
two cores they cost little of the wall time.  Whatever slips past them meets
the child's memory cap: the child dies, this process says so in one line.
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import re
import stat
import zipfile
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, NoReturn
from xml.parsers import expat

from reformdesk.formats.sheets import Table

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_ZIP_ENTRIES = 10_000
#: Declared compression ratio above which a large entry is a bomb, not a sheet.
MAX_RATIO = 1_000
#: Rows of a sheet we are willing to read (a county list has a few thousand).
MAX_ROWS = 200_000
#: Cells of the rectangle calamine allocates (about 32 bytes each in Rust, and a Python
#: object each once read): 200,000 rows × 15 columns.  A 361 × 16,384 sheet (5.9M) took
#: 13.9 s and 464 MB to read.
MAX_CELLS = 3_000_000

#: The package's own parts (the workbook part, its and every other part's relationships, the
#: content types, document properties, an OpenDocument manifest): the guard reads the .rels
#: whole, and they grow with the sheets only.  Measured on an openpyxl workbook of 1,000 sheets
#: with 31-character Chinese names, each with print titles and a filter: workbook.xml 571 KB
#: (definedNames repeat each name), workbook.xml.rels 149 KB, [Content_Types].xml 139 KB.  A
#: workbook within MAX_ZIP_ENTRIES has fewer than 10,000 sheets, so at most ~5.7 MB: 8 MB.
#: (It was 64 KB, which refused a county list of 672 sheets: its relationships are ~100 KB.)
MAX_PACKAGE_PART_BYTES = 8 * 1024 * 1024

_CHUNK = 1 << 20
#: Bytes without a ">" that end no tag: a sheet never needs that much.
_MAX_FRAGMENT = 4 * _CHUNK
_ENTITIES = "文件内容不是有效的表格（XML 中含有不允许的实体定义或 DTD），已拒绝"
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
    kind = identify(p)
    scan(p, kind)
    return kind


def identify(path: str | Path) -> FileKind:
    """The file's kind from its content (a millisecond: no part is decompressed but the
    OpenDocument mimetype and manifest); SheetReadError for what is no spreadsheet at all.

    :func:`scan` does the expensive checks; :func:`read_tables` lets the reader start
    on the kind while they run.
    """
    p = Path(path)
    try:
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):
            what = "文件夹" if stat.S_ISDIR(st.st_mode) else "特殊文件（管道、设备等）"
            raise SheetReadError(f"这是{what}，不是表格文件：{p}")
        size = st.st_size
        with p.open("rb") as fh:
            head = fh.read(8)
            if size == 0:
                raise SheetReadError(f"文件是空的：{p.name}")
            if size > MAX_FILE_BYTES:
                raise SheetReadError(
                    f"文件太大（{size // (1024 * 1024)} MB，上限 {MAX_FILE_BYTES // (1024 * 1024)} MB）：{p.name}"
                )
            if head.startswith(_ZIP_MAGICS):
                with _open_zip(fh, p.name) as zf:
                    return _zip_kind(zf, p.name)
            if head == _OLE_MAGIC:
                return FileKind.XLS
    except OSError as exc:
        raise SheetReadError(f"无法打开文件：{p}（{exc.strerror or exc}）") from exc
    raise SheetReadError(f"文件不是表格文件，{_FORMATS}：{p.name}")


def scan(path: str | Path, kind: FileKind) -> None:
    """Refuse (SheetReadError) a file of ``kind`` that is unsafe to parse: encrypted, a bomb,
    a sheet too large; every part of a zip is decompressed and sheets are parsed."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            if kind is FileKind.XLS:
                if _contains(fh, _ENCRYPTED_PACKAGE):
                    raise SheetReadError(f"文件已加密（设有打开密码），请先在 Excel 中取消密码再导入：{p.name}")
                return
            with _open_zip(fh, p.name) as zf:
                if _zip_kind(zf, p.name) is not kind:
                    raise SheetReadError(f"文件在读取时被改变，已拒绝：{p.name}")
                _scan_zip(zf, kind, p.name)
    except OSError as exc:
        raise SheetReadError(f"无法打开文件：{p}（{exc.strerror or exc}）") from exc


def _contains(fh: IO[bytes], needle: bytes) -> bool:
    """Whether the file holds ``needle`` (read in chunks; the size is capped)."""
    fh.seek(0)
    tail = b""
    while chunk := fh.read(_CHUNK):
        if needle in tail + chunk:
            return True
        tail = chunk[-len(needle) :]
    return False


def _open_zip(fh: IO[bytes], name: str) -> zipfile.ZipFile:
    fh.seek(0)
    try:
        return zipfile.ZipFile(fh)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise SheetReadError(f"文件已损坏或不是表格文件（{exc}）：{name}") from exc


def _zip_kind(zf: zipfile.ZipFile, name: str) -> FileKind:
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
    lower = {n.lower() for n in names}
    is_ods = "mimetype" in names and "content.xml" in names
    is_xlsx = any(n.endswith("workbook.xml") or n.endswith("workbook.bin") for n in lower)
    if is_ods and is_xlsx:
        # A polyglot: the guard would check one reading and calamine might take the other.
        raise SheetReadError(f"文件同时像 Excel 和 OpenDocument 表格（疑似伪造的文件），已拒绝：{name}")
    if is_ods:
        if b"opendocument.spreadsheet" not in _read_small(zf, "mimetype", name):
            raise SheetReadError(f"文件是 OpenDocument 文档但不是电子表格：{name}")
        if "META-INF/manifest.xml" in names and b"encryption-data" in _read_small(zf, "META-INF/manifest.xml", name):
            raise SheetReadError(f"文件已加密（设有打开密码），请先取消密码再导入：{name}")
        return FileKind.ODS
    if is_xlsx:
        if any(n.endswith("workbook.bin") for n in lower):
            raise SheetReadError(f"不支持二进制格式的 Excel 工作簿（.xlsb），请另存为 .xlsx 后再导入：{name}")
        return FileKind.XLSX
    raise SheetReadError(f"文件是压缩包但不是表格文件，{_FORMATS}：{name}")


def _scan_zip(zf: zipfile.ZipFile, kind: FileKind, name: str) -> None:
    infos = zf.infolist()
    sheets = _sheet_parts(zf, infos, name) if kind is FileKind.XLSX else set()
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        lname = info.filename.lower()
        before = total
        if not (kind is FileKind.XLSX and (lname in sheets or "worksheets/" in lname)):
            # Any other part is parsed up to its first element: one that turns out to be a
            # worksheet (whatever its name) is scanned as one; an OpenDocument body in full.
            opened = _part_stream if _is_package_part(lname) else _stream
            try:
                total = _XmlScanner(name, None).run(opened(zf, info, name, before), before)
                continue
            except _IsSheet:
                pass
        try:
            total = _QuickCells(name).run(_stream(zf, info, name, before), before)
        except _NeedExact:
            total = _XmlScanner(name, _SheetCells(name)).run(_stream(zf, info, name, before), before)


#: Relationship types whose targets calamine reads as sheets.
_SHEET_RELS = ("/worksheet", "/chartsheet", "/dialogsheet", "/macrosheet", "/xlMacrosheet", "/xlIntlMacrosheet")


def _sheet_parts(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str) -> set[str]:
    """The (lower-cased) part names that the package's relationships declare as sheets."""
    found: set[str] = set()
    total = 0  # what the relationships decompress to, all together: under the whole file's cap
    for info in infos:
        lname = info.filename.lower()
        if not lname.endswith(".rels") or info.is_dir():
            continue
        # foo/_rels/bar.xml.rels describes foo/bar.xml; targets are relative to foo/.
        base = posixpath.dirname(posixpath.dirname(info.filename))
        chunks = []
        for chunk, running in _part_stream(zf, info, name, total):
            chunks.append(chunk)
            total = running
        for rel_type, target in _relationships(b"".join(chunks)):
            if not rel_type.endswith(_SHEET_RELS) or not target:
                continue
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
            found.add(posixpath.normpath(path).lower())
    return found


def _relationships(data: bytes) -> list[tuple[str, str]]:
    rels: list[tuple[str, str]] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag.rpartition(":")[2] == "Relationship":
            rels.append((attrs.get("Type", ""), attrs.get("Target", "")))

    parser = _parser()
    parser.StartElementHandler = start
    with contextlib.suppress(expat.ExpatError):
        parser.Parse(data, True)
    return rels


def _no_dtd(*_args: object) -> None:
    raise SheetReadError(_ENTITIES)


def _parser() -> expat.XMLParserType:
    """An expat parser that refuses DTDs (so no entity can expand) and keeps prefixes in names."""
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _no_dtd
    parser.EntityDeclHandler = _no_dtd
    parser.buffer_text = True
    return parser


def _too_big(name: str) -> str:
    return f"文件解压后超过 {MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB（疑似压缩炸弹），已拒绝：{name}"


def _is_package_part(lname: str) -> bool:
    """One of the package's own parts (lower-cased name): see :data:`MAX_PACKAGE_PART_BYTES`."""
    return (
        lname.endswith(".rels")
        or lname in ("[content_types].xml", "mimetype", "meta-inf/manifest.xml")
        or lname.endswith("workbook.xml")
        or lname.startswith("docprops/")
    )


def _too_big_part(part: str, name: str) -> str:
    return (
        f"文件内部的“{part}”解压后超过上限 {MAX_PACKAGE_PART_BYTES // (1024 * 1024)} MB"
        f"（一千个工作表的工作簿也不到 1 MB），疑似恶意文件，已拒绝：{name}"
    )


def _part_stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, total: int) -> Iterator[tuple[bytes, int]]:
    """:func:`_stream` of one of the package's own parts, refused past :data:`MAX_PACKAGE_PART_BYTES`
    (declared or actual): a relationship list is read whole, a sheet never is."""
    if info.file_size > MAX_PACKAGE_PART_BYTES:
        raise SheetReadError(_too_big_part(info.filename, name))
    start = total
    for chunk, running in _stream(zf, info, name, total):
        if running - start > MAX_PACKAGE_PART_BYTES:
            raise SheetReadError(_too_big_part(info.filename, name))  # its declared size lied
        yield chunk, running


def _read_small(zf: zipfile.ZipFile, member: str, name: str) -> bytes:
    """One of the package's own parts, whole (bounded by :data:`MAX_PACKAGE_PART_BYTES`)."""
    return b"".join(chunk for chunk, _total in _part_stream(zf, zf.getinfo(member), name, 0))


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
        since_gt = 0  # bytes since the last ">": an endless tag or attribute is refused
        for chunk, running in chunks:
            total = running
            cut = chunk.rfind(b">")
            since_gt = since_gt + len(chunk) if cut < 0 else len(chunk) - cut - 1
            if since_gt > _MAX_FRAGMENT:
                raise SheetReadError(f"文件内容异常（超长的 XML 片段），已拒绝：{self.name}")
            self.feed(chunk)
        self.finish()
        return total

    def feed(self, data: bytes) -> None:
        pass

    def finish(self) -> None:
        pass


def refuse_rows(name: str, rows: int) -> NoReturn:
    raise SheetReadError(f"表格太大：有内容的行超过 {MAX_ROWS} 行（至少 {rows} 行），无法导入，请拆分后再导入：{name}")


def refuse_cells(name: str, rows: int, cols: int) -> NoReturn:
    raise SheetReadError(
        f"表格范围太大（{rows} 行 × {cols} 列，上限 {MAX_CELLS} 个单元格），无法导入；"
        f"请删除远处的无用单元格或拆分后再导入：{name}"
    )


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


#: Root elements of the parts calamine reads as sheets (any prefix).
_SHEET_ROOTS = frozenset({"worksheet", "chartsheet", "dialogsheet", "macrosheet"})
_ODS_ROOT = "document-content"


class _XmlScanner(_Scanner):
    """Parses one part with expat (no DTD): a sheet part in full, any other part up to its root.

    ``cells`` given: the part is a sheet whatever its root.  Otherwise the root
    element decides: a worksheet (any prefix) is scanned for its cells, an
    OpenDocument body for its tables, anything else is only streamed.  A part
    that is not XML, or a sheet whose XML breaks off, stops the parse (the
    reader, sandboxed, then says what is wrong with it); the size cap and the
    CRC check still see every byte.
    """

    def __init__(self, name: str, cells: _SheetCells | None) -> None:
        super().__init__(name)
        self.cells = cells
        self.parser: expat.XMLParserType | None = _parser()
        self.parser.StartElementHandler = self._root

    def _root(self, tag: str, attrs: dict[str, str]) -> None:
        assert self.parser is not None
        local = tag.rpartition(":")[2]
        handler: _SheetCells | _OdsTables | None = self.cells
        if handler is None:
            if local in _SHEET_ROOTS:
                raise _IsSheet
            if local == _ODS_ROOT:
                handler = _OdsTables(self.name)
        if handler is None:
            self.parser = None  # not a sheet: no need to parse further
            raise _Done
        self.parser.StartElementHandler = handler.start
        if isinstance(handler, _OdsTables):
            self.parser.EndElementHandler = handler.end
        handler.start(tag, attrs)

    def feed(self, data: bytes) -> None:
        if self.parser is None:
            return
        try:
            self.parser.Parse(data, False)
        except (_Done, expat.ExpatError, ValueError, OverflowError):
            self.parser = None
        except _IsSheet:
            self.parser = None
            raise

    def finish(self) -> None:
        if self.parser is not None:
            with contextlib.suppress(_Done, expat.ExpatError, ValueError, OverflowError):
                self.parser.Parse(b"", True)
        self.parser = None


class _Done(Exception):
    """Stops the parse of a part that is not a sheet."""


class _IsSheet(Exception):
    """A part not named as a sheet has a worksheet root: scan it as one."""


class _NeedExact(Exception):
    """The quick scan cannot vouch for this part; parse it with expat."""


class _QuickCells(_Scanner):
    """The value rectangle of a worksheet written the way Excel, WPS and openpyxl write it.

    It is exact only when every cell start tag is spelled ``<c r="A1"`` (no
    prefix, one space, double quotes, a plain reference first); it counts every
    possible spelling of a cell tag (any prefix, any whitespace) and hands the
    part to the expat scan (:class:`_SheetCells`) when the two counts differ, or
    on a DTD.  Only cells in rows of 5+ digits or columns of 2+ letters are
    looked at one by one.  An empty styled cell (``<c r=".." s="1"/>``) holds no
    value and calamine skips it, so it does not count.
    """

    _FAR = re.compile(rb'<c r="(?:([A-Z]{2,3})(\d+)|[A-Z](\d{5,}))"[^>]*?(/?)>(</c>)?')
    #: A ``c`` element started any other way than ``<c r="A1"`` (then a space, "/" or ">"),
    #: and one with a prefix.  One search each: a normal sheet has neither.
    _ODD = re.compile(rb'<c(?:[>/\t\n\r]| (?!r="[A-Z]{1,3}[0-9]{1,7}"[\s/>]))')
    _PREFIXED = re.compile(rb":c[\s/>]")
    #: Any c element that is not a near cell spelled canonically (``<c r="K9999"``): an odd
    #: or a far one.  Most chunks of a sheet have none, and then _ODD and _FAR need not run:
    #: one pass over the chunk instead of three (each pass over 12 MB of XML costs ~10 ms).
    _SUSPECT = re.compile(rb'<c(?=[\s/>])(?! r="[A-Z][0-9]{1,4}"[\s/>])')
    #: A DTD or an entity declaration; "!" is rare in a sheet, so this search is quick.
    _DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.max_row = 0  # exact when >= 10,000
        self.max_col = 0  # exact when >= 27; 0 means "26 or fewer"

    def run(self, chunks: Iterator[tuple[bytes, int]], total: int) -> int:
        rest = b""
        for chunk, running in chunks:
            total = running
            buf = rest + chunk
            cut = buf.rfind(b">") + 1
            if cut == 0 and len(buf) > _MAX_FRAGMENT:
                raise SheetReadError(f"文件内容异常（超长的 XML 片段），已拒绝：{self.name}")
            self.feed(buf[:cut])
            rest = buf[cut:]
        self.feed(rest)
        self.finish()
        return total

    def feed(self, data: bytes) -> None:
        if b"!" in data and self._DTD.search(data):
            raise SheetReadError(_ENTITIES)
        if self._PREFIXED.search(data):
            raise _NeedExact
        if not self._SUSPECT.search(data):
            return  # only near cells spelled canonically: they cannot reach the limits
        # Every way to start a c element: without a prefix, all canonical.
        if self._ODD.search(data):
            raise _NeedExact
        for letters, wide_row, digits, slash, close in self._FAR.findall(data):
            if slash or close:
                continue
            if letters:
                self.max_col = max(self.max_col, _col_number(letters.decode()))
                digits = wide_row
            if digits:
                self.max_row = max(self.max_row, int(digits))
        if self.max_row > MAX_ROWS:
            refuse_rows(self.name, self.max_row)

    def finish(self) -> None:
        cols = self.max_col or 26
        # Every row of 10,000 or more is seen; below that a row may be any up to 9,999.
        rows = max(self.max_row, 9_999)
        if rows * cols > MAX_CELLS:
            if self.max_row >= 10_000:
                refuse_cells(self.name, self.max_row, cols)
            raise _NeedExact


_ROW, _CELL, _VALUE, _OTHER = 1, 2, 3, 0
_CELL_TAGS = {"row": _ROW, "c": _CELL, "v": _VALUE, "is": _VALUE}
_REF = re.compile(r"\s*([A-Za-z]{0,4})(\d{0,12})\s*")


class _SheetCells:
    """Bounds the value rectangle of one worksheet, as calamine will allocate it.

    Every ``c`` element counts (any prefix, any quoting, whitespace or order of
    attributes: expat reads them), at the position calamine gives it: its
    ``r`` reference, or the next column of the current row when it has none.
    An empty styled cell (no ``v`` or ``is`` child) holds no value; calamine
    skips it, and so do we.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.row = self.col = self.max_row = self.max_col = 0
        self.cell_row = self.cell_col = 0
        self.kinds: dict[str, int] = {}

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        kind = self.kinds.get(tag)
        if kind is None:
            kind = _CELL_TAGS.get(tag.rpartition(":")[2], _OTHER)
            if len(self.kinds) < 1000:
                self.kinds[tag] = kind
        if kind == _OTHER:
            return
        if kind == _VALUE:
            row, col = self.cell_row, self.cell_col
            if row > self.max_row:
                self.max_row = row
                if row > MAX_ROWS:
                    refuse_rows(self.name, row)
            if col > self.max_col:
                self.max_col = col
            if self.max_row * self.max_col > MAX_CELLS:
                refuse_cells(self.name, self.max_row, self.max_col)
            return
        ref = attrs.get("r")
        m = _REF.fullmatch(ref) if ref else None
        if kind == _ROW:
            self.row = int(m.group(2)) if m is not None and m.group(2) else self.row + 1
            self.col = 0
            return
        if m is not None and m.group(1):
            self.col = _col_number(m.group(1).upper())
        else:
            self.col += 1
        self.cell_row = int(m.group(2)) if m is not None and m.group(2) else self.row
        self.cell_col = self.col


class _OdsTables:
    """Bounds the value rectangle of each table in an OpenDocument spreadsheet body.

    Repeated rows and cells are how ODS stores runs of equal cells; calamine
    expands runs that hold values (1,000 rows × 1,000 columns of one repeated
    cell asked it for a billion cells), and skips the empty run LibreOffice
    writes down to row 1,048,576.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.pos = 0  # rows before the current one in this table
        self.rep = 1
        self.col = 0
        self.row_has_value = False
        self.row_max_col = 0
        self.last_row = 0
        self.max_col = 0
        self.in_row = False

    @staticmethod
    def _number(attrs: dict[str, str], local: str) -> int:
        for key, value in attrs.items():
            if key.rpartition(":")[2] == local:
                digits = value.strip()
                return int(digits) if digits.isdigit() and len(digits) < 12 else 1
        return 1

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        local = tag.rpartition(":")[2]
        if local == "table":
            self.pos = self.last_row = self.max_col = 0
        elif local == "table-row":
            self.rep = self._number(attrs, "number-rows-repeated")
            self.col = self.row_max_col = 0
            self.row_has_value = False
            self.in_row = True
        elif local in ("table-cell", "covered-table-cell"):
            self.col += self._number(attrs, "number-columns-repeated")
            if any(key.rpartition(":")[2] == "value-type" for key in attrs):
                self.row_has_value = True
                self.row_max_col = self.col
        elif local == "p" and self.in_row:
            # A text paragraph without a value type still shows text.
            self.row_has_value = True
            self.row_max_col = max(self.row_max_col, self.col)

    def end(self, tag: str) -> None:
        if tag.rpartition(":")[2] != "table-row" or not self.in_row:
            return
        self.in_row = False
        self.pos += self.rep
        if self.row_has_value:
            self.last_row = self.pos
            self.max_col = max(self.max_col, self.row_max_col)
            if self.last_row > MAX_ROWS:
                refuse_rows(self.name, self.last_row)
            if self.last_row * self.max_col > MAX_CELLS:
                refuse_cells(self.name, self.last_row, self.max_col)


def read_tables(path: str | os.PathLike[str], *, first: str | None = None) -> Iterator[Table]:
    """The front door for reading a sheet: check the file, then read its tables (sandboxed).

    Yields the visible, non-empty worksheets (the one named ``first`` first),
    lazily, so a caller that finds what it needs in the first sheet stops the
    reader there.  Raises :class:`SheetReadError` (one Chinese sentence) for a
    refused or unreadable file, and when the sandboxed reader crashes, runs out
    of memory or time.
    """
    from reformdesk.formats import sandbox

    p = Path(path)
    reader = sandbox.start(p, first)  # the child starts (or is standing by) while the file is identified
    try:
        kind = identify(p)
        reader.begin(kind)
        scan(p, kind)  # while the child reads
    except BaseException:
        reader.stop()
        raise
    return reader.tables(kind)
