"""Hostile and broken files are refused quickly, with a clear message, before calamine allocates.

Every file is built here by hand (zipfile, a minimal OLE container) and kept
small on disk; the ones that would expand are refused from their declared
sizes or while streaming.
"""

from __future__ import annotations

import os
import struct
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reformdesk.formats import import_guard
from reformdesk.formats.importer import SheetReadError, read_power_sheet

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="清单" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>事项编码</t></is></c><c r="B1" t="inlineStr"><is><t>事项名称</t></is></c></row>'
LOL = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
)


def xlsx(path: Path, sheet: str | Iterator[bytes], extra: dict[str, str] | None = None) -> Path:
    """A minimal workbook around ``sheet`` (text, or chunks streamed into the zip)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        if isinstance(sheet, str):
            z.writestr("xl/worksheets/sheet1.xml", sheet)
        else:
            with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
                for chunk in sheet:
                    fh.write(chunk)
        for name, text in (extra or {}).items():
            z.writestr(name, text)
    return path


def sheet_xml(rows: str, prolog: str = "") -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet {NS}><sheetData>{rows}</sheetData></worksheet>'


def _peak_kib() -> int:
    if sys.platform != "linux":
        return 0
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def refused(path: Path, match: str) -> str:
    start = time.perf_counter()
    peak = _peak_kib()
    with pytest.raises(SheetReadError, match=match) as info:
        read_power_sheet(path)
    assert time.perf_counter() - start < 5
    # The refusal must not have needed a large allocation (in this process).
    assert _peak_kib() - peak < 150 * 1024
    message = str(info.value)
    assert "\n" not in message
    return message


def test_minimal_workbook_is_accepted(tmp_path: Path) -> None:
    row = '<row r="2"><c r="A2" t="inlineStr"><is><t>630121</t></is></c><c r="B2" t="inlineStr"><is><t>甲</t></is></c></row>'
    read = read_power_sheet(xlsx(tmp_path / "ok.xlsx", sheet_xml(HEADER_ROW + row)))
    assert [(r.code, r.name) for r in read.rows] == [("630121", "甲")]


def test_not_a_spreadsheet(tmp_path: Path) -> None:
    (tmp_path / "random.xlsx").write_bytes(os.urandom(4096))
    refused(tmp_path / "random.xlsx", "文件不是表格文件")
    (tmp_path / "text.xlsx").write_text("事项编码,事项名称\n1,甲\n", encoding="utf-8")
    refused(tmp_path / "text.xlsx", "文件不是表格文件")
    (tmp_path / "empty.xlsx").write_bytes(b"")
    refused(tmp_path / "empty.xlsx", "文件是空的")
    with zipfile.ZipFile(tmp_path / "photos.xlsx", "w") as z:
        z.writestr("photo.jpg", b"\xff\xd8\xff")
    refused(tmp_path / "photos.xlsx", "文件是压缩包但不是表格文件")
    (tmp_path / "truncated.xlsx").write_bytes(b"PK\x03\x04" + os.urandom(100))
    refused(tmp_path / "truncated.xlsx", "文件已损坏")


def test_zip_bomb_by_declared_size(tmp_path: Path) -> None:
    zeros = b"\0" * (1 << 20)
    path = xlsx(tmp_path / "bomb.xlsx", (zeros for _ in range(210)))
    assert path.stat().st_size < 2 * 1024 * 1024
    refused(path, "解压后超过 200 MB")


def test_zip_bomb_with_lying_sizes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Cap lowered so the test stays small: the entry declares 1 KB but inflates to 5 MB.
    monkeypatch.setattr(import_guard, "MAX_UNCOMPRESSED_BYTES", 2 * 1024 * 1024)
    path = xlsx(tmp_path / "liar.xlsx", sheet_xml(HEADER_ROW + "<!--" + " " * (5 << 20) + "-->"))
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at != -1:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                struct.pack_into("<I", data, at + size_offset, 1024)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    refused(path, "文件已损坏或已加密，无法读取")


def test_too_many_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_guard, "MAX_ZIP_ENTRIES", 50)
    path = xlsx(tmp_path / "many.xlsx", sheet_xml(HEADER_ROW), {f"xl/media/{i}.xml": "" for i in range(60)})
    refused(path, "个部件，超过上限 50")


@pytest.mark.parametrize("where", ["sheet", "shared strings"])
def test_xml_entity_bomb(tmp_path: Path, where: str) -> None:
    if where == "sheet":
        rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol4;</t></is></c></row>'
        path = xlsx(tmp_path / "lol.xlsx", sheet_xml(rows, LOL))
    else:
        rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
        sst = f'<?xml version="1.0"?>{LOL}<sst {NS}><si><t>&lol4;</t></si></sst>'
        path = xlsx(tmp_path / "lol.xlsx", sheet_xml(rows), {"xl/sharedStrings.xml": sst})
    refused(path, "不允许的实体定义")


def test_million_rows(tmp_path: Path) -> None:
    def rows() -> Iterator[bytes]:
        yield sheet_xml(HEADER_ROW).split("</sheetData>")[0].encode()
        for start in range(2, 1_000_002, 50_000):
            yield b"".join(
                b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (n, n, n) for n in range(start, start + 50_000)
            )
        yield b"</sheetData></worksheet>"

    refused(xlsx(tmp_path / "million.xlsx", rows()), "有内容的行超过 200000 行")


def test_far_apart_cells_would_make_calamine_allocate_gigabytes(tmp_path: Path) -> None:
    # Two cells: calamine alone asked for 4.5 GB and aborted the process on this file.
    far = '<row r="150000"><c r="ZZ150000"><v>1</v></c></row>'
    refused(xlsx(tmp_path / "far.xlsx", sheet_xml(HEADER_ROW + far)), "表格范围太大")
    # The same with implicit cell positions (no r attributes): the exact scan catches it.
    implicit = '<row r="90000">' + "<c><v>1</v></c>" * 700 + "</row>"
    refused(xlsx(tmp_path / "implicit.xlsx", sheet_xml(HEADER_ROW + implicit)), "表格范围太大")
    # Styled empty cells far away hold no value: calamine skips them and so do we.
    styled = '<row r="1048576"><c r="XFD1048576" s="1"/></row>'
    with pytest.raises(SheetReadError, match="工作簿是空的"):
        read_power_sheet(xlsx(tmp_path / "styled.xlsx", sheet_xml(styled)))
    read = read_power_sheet(xlsx(tmp_path / "styled2.xlsx", sheet_xml(HEADER_ROW + styled)))
    assert read.rows == []


def _ods(path: Path, table_rows: str, manifest_extra: str = "") -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
        f'<table:table table:name="清单">{table_rows}</table:table></office:spreadsheet></office:body></office:document-content>'
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{manifest_extra}</manifest:file-entry>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def test_ods_repeated_cells_bomb(tmp_path: Path) -> None:
    # 1,000,000 rows × 1,000 columns of one repeated cell: a few hundred bytes on disk.
    cell = '<table:table-cell office:value-type="string" table:number-columns-repeated="1000"><text:p>x</text:p></table:table-cell>'
    path = _ods(tmp_path / "rep.ods", f'<table:table-row table:number-rows-repeated="1000000">{cell}</table:table-row>')
    refused(path, "有内容的行超过|表格范围太大")


def test_encrypted_ods(tmp_path: Path) -> None:
    path = _ods(tmp_path / "secret.ods", "", '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/>')
    refused(path, "文件已加密")


def _ole(streams: list[str]) -> bytes:
    """A minimal OLE compound file holding empty streams (how Office stores an encrypted .xlsx)."""
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        bytes.fromhex("d0cf11e0a1b11ae1"),
        b"\0" * 16,
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        1,
        1,
        0,
        4096,
        end,
        0,
        end,
        0,
    )
    header += struct.pack("<I", 0) + struct.pack("<I", free) * 108
    fat = struct.pack("<II", fat_sector, end) + struct.pack("<I", free) * 126

    def entry(name: str, kind: int, child: int = free, right: int = free) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return struct.pack(
            "<64sHBBIII16sIQQIQ",
            encoded,
            len(encoded),
            kind,
            1,
            free,
            right,
            child,
            b"\0" * 16,
            0,
            0,
            0,
            end if kind == 5 else 0,
            0,
        )

    entries = [entry("Root Entry", 5, child=1)]
    for i, name in enumerate(streams, start=1):
        entries.append(entry(name, 2, right=i + 1 if i < len(streams) else free))
    directory = b"".join(entries).ljust(512, b"\0")
    return header + fat + directory


def test_encrypted_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(_ole(["EncryptionInfo", "EncryptedPackage"]))
    refused(path, "文件已加密")


def test_broken_xls(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(_ole(["Nothing"]))
    refused(path, "文件已损坏或不是表格文件")


def test_empty_workbook(tmp_path: Path) -> None:
    from openpyxl import Workbook

    Workbook().save(tmp_path / "empty.xlsx")
    refused(tmp_path / "empty.xlsx", "工作簿是空的")


# -- what a regex guard missed: calamine then asked for 512 GiB and aborted the process ------------

FAR = "XFD1048576"


def _far_cell(template: str) -> str:
    return HEADER_ROW + template.format(ref=FAR)


@pytest.mark.parametrize(
    "cell",
    [
        '<row r="1048576"><c\tr="{ref}"><v>1</v></c></row>',  # a tab between name and attribute
        '<row r="1048576"><c\nt="n"\nr="{ref}"><v>1</v></c></row>',  # newlines, r not first
        "<row r='1048576'><c r='{ref}'><v>1</v></c></row>",  # single quotes
        '<row r="1048576"><c r = "{ref}" ><v>1</v></c></row>',  # spaces around =
        '<row r="1048576"><c r="&#88;FD1048576"><v>1</v></c></row>',  # a character reference
        '<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="1048576">'
        '<x:c r="{ref}"><x:v>1</x:v></x:c></x:row>',  # a prefix declared mid-sheet
    ],
)
def test_far_cell_in_any_spelling_is_refused(tmp_path: Path, cell: str) -> None:
    refused(xlsx(tmp_path / "far.xlsx", sheet_xml(_far_cell(cell))), "表格太大|表格范围太大")


def test_prefixed_sheet_is_refused(tmp_path: Path) -> None:
    main = NS.split("=", 1)[1]
    sheet = (
        f'<?xml version="1.0"?><s:worksheet xmlns:s={main}><s:sheetData>'
        f'<s:row r="2"><s:c r="{FAR}"><s:v>1</s:v></s:c></s:row></s:sheetData></s:worksheet>'
    )
    refused(xlsx(tmp_path / "prefix.xlsx", sheet), "表格太大|表格范围太大")


@pytest.mark.parametrize("part", ["xl/sheets/data.xml", "xl/worksheets/sheet1.XML", "other/Sheet.bin"])
def test_sheet_at_a_non_standard_part_name_is_found(tmp_path: Path, part: str) -> None:
    """The workbook's relationships say where its sheets are; the guard follows them."""
    rels = WORKBOOK_RELS.replace('Target="worksheets/sheet1.xml"', f'Target="/{part}"')
    far = sheet_xml(_far_cell('<row r="1048576"><c r="{ref}"><v>1</v></c></row>'))
    path = tmp_path / "moved.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr(part, far)
    refused(path, "表格太大|表格范围太大")


def test_a_worksheet_part_is_recognised_by_its_root_element(tmp_path: Path) -> None:
    far = sheet_xml(_far_cell('<row r="1048576"><c r="{ref}"><v>1</v></c></row>'))
    refused(xlsx(tmp_path / "extra.xlsx", sheet_xml(HEADER_ROW), {"xl/stray/thing.dat": far}), "表格范围太大|表格太大")


def test_ods_and_xlsx_polyglot_is_refused(tmp_path: Path) -> None:
    far = sheet_xml(_far_cell('<row r="1048576"><c r="{ref}"><v>1</v></c></row>'))
    path = xlsx(
        tmp_path / "poly.xlsx",
        far,
        {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"},
    )
    refused(path, "同时像 Excel 和 OpenDocument")


def test_ods_repeats_in_single_quotes_are_counted(tmp_path: Path) -> None:
    cell = "<table:table-cell office:value-type='string' table:number-columns-repeated='1000'><text:p>x</text:p></table:table-cell>"
    path = _ods(tmp_path / "rep.ods", f"<table:table-row table:number-rows-repeated='1000000'>{cell}</table:table-row>")
    refused(path, "有内容的行超过|表格范围太大")


def test_non_regular_files_are_refused_at_once(tmp_path: Path) -> None:
    refused(tmp_path, "文件夹")
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    fifo = tmp_path / "list.xlsx"
    os.mkfifo(fifo)
    refused(fifo, "特殊文件")


@pytest.mark.skipif(sys.platform != "linux", reason="the RLIMIT_AS cap is checked on Linux")
def test_a_reader_that_dies_is_one_line_and_this_process_lives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Were the guard bypassed, calamine would abort the sandboxed child, not us."""
    far = sheet_xml(_far_cell('<row r="1048576"><c r="{ref}"><v>1</v></c></row>'))
    path = xlsx(tmp_path / "far.xlsx", far)
    monkeypatch.setattr(import_guard, "scan", lambda _p, _kind: None)
    message = refused(path, "读取表格的进程异常终止")
    assert "内存" in message and path.name in message


def test_a_reader_that_takes_too_long_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reformdesk.formats import sandbox

    monkeypatch.setattr(sandbox, "TIME_LIMIT", 0.01)
    row = '<row r="2"><c r="A2" t="inlineStr"><is><t>630121</t></is></c><c r="B2" t="inlineStr"><is><t>甲</t></is></c></row>'
    refused(xlsx(tmp_path / "slow.xlsx", sheet_xml(HEADER_ROW + row)), "读取表格超时")


def test_a_wide_sheet_of_far_cells_below_row_10000_is_refused(tmp_path: Path) -> None:
    cells = '<row r="5"><c r="ZZ5"><v>1</v></c></row><row r="9999"><c r="A9999"><v>1</v></c></row>'
    refused(xlsx(tmp_path / "wide.xlsx", sheet_xml(HEADER_ROW + cells)), "表格范围太大")


def test_a_sheet_of_361_rows_by_16384_columns_is_refused_quickly(tmp_path: Path) -> None:
    """It took 13.9 s and 464 MB to read inside the window."""
    cells = '<row r="361"><c r="XFD361"><v>1</v></c></row>'
    refused(xlsx(tmp_path / "wide.xlsx", sheet_xml(HEADER_ROW + cells)), "表格范围太大")


# -- a workbook of many sheets: its own parts grow with the sheets --------------------------------


def _county_list(path: Path, sheets: int) -> Path:
    """A county 权责清单 the way counties send it: one sheet per department and township."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for n in range(sheets):
        subject = f"示例县第{n:03d}号镇" if n % 3 == 0 else f"示例县第{n:03d}号局"
        sheet = book.create_sheet(f"{subject}权责清单")
        sheet.append([f"{subject}权力清单和责任清单"])
        sheet.append(["序号", "职权编码", "职权名称", "职权类型", "实施主体", "法律法规依据"])
        sheet.append(
            [1, f"630121-{n:04d}-XK-0001", f"第{n}项行政许可", "行政许可", subject, "《中华人民共和国行政许可法》"]
        )
    book.save(path)
    return path


def test_a_county_list_of_700_sheets_imports(tmp_path: Path) -> None:
    from reformdesk.formats.catalogue_import import read_catalogue

    path = _county_list(tmp_path / "county.xlsx", 700)
    with zipfile.ZipFile(path) as z:
        rels = z.getinfo("xl/_rels/workbook.xml.rels").file_size
    assert rels > 64 * 1024, "past the old 64 KB limit on the package's own parts"
    assert import_guard.check_file(path) is import_guard.FileKind.XLSX
    cat, result = read_catalogue(path)
    assert result.sheets == 700 and len(cat.items) == 700 and len(cat.subjects) == 700
    assert result.unreadable == []


def test_a_hostile_relationship_part_is_still_refused(tmp_path: Path) -> None:
    # Eight megabytes and more of relationships (no real workbook comes near: 1,000 sheets
    # need 149 KB) are refused before they are read whole, with a message naming the part.
    padding = "".join(f'<Relationship Id="x{n}" Type="t" Target="{os.urandom(24).hex()}"/>' for n in range(140_000))
    rels = WORKBOOK_RELS.replace("</Relationships>", padding + "</Relationships>")
    assert len(rels) > import_guard.MAX_PACKAGE_PART_BYTES
    path = tmp_path / "many_rels.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml(HEADER_ROW))
    message = refused(path, "xl/_rels/workbook.xml.rels")
    assert "超过上限 8 MB" in message and "疑似恶意文件" in message and path.name in message


def test_a_relationship_part_lying_about_its_size_is_refused(tmp_path: Path) -> None:
    # Declared small, decompressing to far more: refused once the real bytes pass the cap.
    bomb = WORKBOOK_RELS.replace(
        "</Relationships>", " " * (import_guard.MAX_PACKAGE_PART_BYTES + 1) + "</Relationships>"
    )
    path = tmp_path / "lying_rels.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", bomb)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml(HEADER_ROW))
    data = bytearray(path.read_bytes())
    small = struct.pack("<I", 1000)
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/_rels/workbook.xml.rels")
        real = struct.pack("<I", info.file_size)
    # Lie in both headers (the local one and the central directory's).
    data = bytearray(bytes(data).replace(real, small))
    path.write_bytes(bytes(data))
    # zipfile reads no more than the declared size: the CRC then tells (the cap would, too).
    assert "xl/_rels/workbook.xml.rels" in refused(path, "已损坏|超过上限")


def test_a_workbook_part_of_many_megabytes_is_refused(tmp_path: Path) -> None:
    big = WORKBOOK.replace("</workbook>", "<x/>" * (import_guard.MAX_PACKAGE_PART_BYTES // 4 + 10) + "</workbook>")
    path = tmp_path / "big_workbook.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", big)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml(HEADER_ROW))
    message = refused(path, "xl/workbook.xml")
    assert message == (
        "文件内部的“xl/workbook.xml”解压后超过上限 8 MB（一千个工作表的工作簿也不到 1 MB），疑似恶意文件，已拒绝：big_workbook.xlsx"
    )
