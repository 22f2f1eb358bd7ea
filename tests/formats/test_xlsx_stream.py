"""The streamed .xlsx writer's parts: well-formed, listed, related and counted as Excel expects."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import openpyxl
import pytest

from reformdesk.formats._xlsx_stream import CellFormat, Font, HeaderFooterText, XlsxStream, column_letter
from reformdesk.formats.export import export_workbook
from tests.formats.test_export import _clean_plan

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _odd_plan():
    plan = _clean_plan(powers=30)
    body = next(iter(plan.bodies.values()))
    body.name = "O'Brien & <综合> 办"  # a quote in a sheet name, XML specials everywhere
    power = next(iter(plan.powers.values()))
    power.name = "  前后有空格  "
    power.note = "a & b < c > d \"e\" 'f'\n第二行"
    power.legal_basis = "控制\x01字符\r回车"
    return plan


def _check_package(path: Path) -> None:
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        names = set(zf.namelist())
        parts = {n: ET.fromstring(zf.read(n)) for n in names}  # every part well-formed
        types = parts["[Content_Types].xml"]
        defaults = {d.get("Extension") for d in types.findall("ct:Default", NS)}
        overrides = {o.get("PartName").lstrip("/") for o in types.findall("ct:Override", NS)}
        assert overrides <= names
        for name in names:
            assert name in overrides or name.rpartition(".")[2] in defaults, name
        # Every relationship points at a part of the package.
        for rels_name in (n for n in names if n.endswith(".rels")):
            base = posixpath.dirname(posixpath.dirname(rels_name))
            for rel in parts[rels_name].findall("rel:Relationship", NS):
                target = posixpath.normpath(posixpath.join(base, rel.get("Target")))
                assert target in names, (rels_name, target)
        workbook = parts["xl/workbook.xml"]
        rels = {
            r.get("Id"): r.get("Target") for r in parts["xl/_rels/workbook.xml.rels"].findall("rel:Relationship", NS)
        }
        sheets = workbook.findall("m:sheets/m:sheet", NS)
        assert [s.get("sheetId") for s in sheets] == [str(i) for i in range(1, len(sheets) + 1)]
        for s in sheets:
            assert f"xl/{rels[s.get(R_ID)]}" in names
        # Counts agree with what is there, and every cell's style exists.
        styles = parts["xl/styles.xml"]
        for group, child in (("numFmts", "numFmt"), ("fonts", "font"), ("borders", "border"), ("cellXfs", "xf")):
            element = styles.find(f"m:{group}", NS)
            if element is not None:
                assert int(element.get("count")) == len(element.findall(f"m:{child}", NS)), group
        xfs = styles.findall("m:cellXfs/m:xf", NS)
        fonts = styles.findall("m:fonts/m:font", NS)
        assert all(int(xf.get("fontId")) < len(fonts) for xf in xfs)
        for name in (n for n in names if n.startswith("xl/worksheets/")):
            sheet = parts[name]
            merges = sheet.find("m:mergeCells", NS)
            if merges is not None:
                assert int(merges.get("count")) == len(merges)
            last_row = 0
            for row in sheet.iterfind("m:sheetData/m:row", NS):
                assert int(row.get("r")) > last_row  # rows in order, once each
                last_row = int(row.get("r"))
                for cell in row:
                    assert int(cell.get("s", "0")) < len(xfs)
                    assert re.fullmatch(rf"[A-Z]+{last_row}", cell.get("r"))
            # Children in the schema's order.
            order = [
                "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "mergeCells",
                "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks",
            ]  # fmt: skip
            seen = [child.tag.rpartition("}")[2] for child in sheet]
            assert seen == [t for t in order if t in seen], seen


def test_the_handover_workbook_is_a_sound_package(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(_odd_plan(), out)
    _check_package(out)


def test_odd_text_and_a_quoted_sheet_name_read_back(tmp_path: Path) -> None:
    plan = _odd_plan()
    out = tmp_path / "out.xlsx"
    export_workbook(plan, out)
    wb = openpyxl.load_workbook(out)
    sheet = next(ws for ws in wb.worksheets if ws.title.startswith("移交清单-O'Brien"))
    assert sheet.print_title_rows is None and sheet.freeze_panes
    powers = wb["县级权限承接方案"]
    texts = {c.value for row in powers.iter_rows() for c in row if isinstance(c.value, str)}
    assert "  前后有空格  " in texts  # leading and trailing spaces kept (xml:space)
    assert "a & b < c > d \"e\" 'f'\n第二行" in texts
    assert "控制_x0001_字符_x000D_回车" in texts  # as Excel writes control characters
    assert "O'Brien & <综合> 办" in texts


def test_values_of_every_kind(tmp_path: Path) -> None:
    out = tmp_path / "v.xlsx"
    book = XlsxStream(out, title="t")
    plain = book.format(CellFormat(Font("宋体", 11)))
    date = book.format(CellFormat(Font("宋体", 11), number_format='yyyy"年"m"月"d"日"'))
    sheet = book.add_sheet("表", [10, 12, 8, 8, 8], default_row_height=20, frozen_rows=1, print_titles=(1, 1))
    sheet.append([("文字", plain), (42, plain), (2.5, plain), (dt.date(2026, 12, 1), date), (True, plain)], 30)
    sheet.append([None, (None, plain), ("", plain)])
    sheet.merge(3, 1, 3, 5)
    sheet.append([("合并", plain)])
    sheet.page_break_after(2)
    sheet.close(header=None, footer=HeaderFooterText("第 &P 页 共 1 页", "宋体,Regular", 10))
    book.close()
    _check_package(out)
    ws = openpyxl.load_workbook(out)["表"]
    assert [c.value for c in ws[1]] == ["文字", 42, 2.5, dt.datetime(2026, 12, 1), True]
    assert ws.row_dimensions[1].height == 30
    assert ws["B2"].value is None and ws["C2"].value is None
    assert [str(r) for r in ws.merged_cells.ranges] == ["A3:E3"]
    assert [b.id for b in ws.row_breaks.brk] == [2]
    assert ws.oddFooter.center.text == "第 &P 页 共 1 页"
    assert ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1"
    assert ws["D1"].number_format == 'yyyy"年"m"月"d"日"'


def test_a_second_sheet_waits_for_the_first_and_a_float_must_be_finite(tmp_path: Path) -> None:
    book = XlsxStream(tmp_path / "x.xlsx")
    style = book.format(CellFormat(Font("宋体", 11)))
    sheet = book.add_sheet("一", [10], default_row_height=20)
    with pytest.raises(RuntimeError):
        book.add_sheet("二", [10], default_row_height=20)
    with pytest.raises(ValueError):
        sheet.append([(float("nan"), style)])
    book.discard()


def test_column_letters() -> None:
    assert [column_letter(n) for n in (1, 26, 27, 52, 53, 702, 703)] == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]
