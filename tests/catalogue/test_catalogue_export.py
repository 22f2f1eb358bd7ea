"""The published 权力清单和责任清单: a summary by type and a sheet per 实施主体 (FORMS.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from reformdesk.cli import main
from reformdesk.formats.catalogue_export import ITEM_COLUMNS, SHEET_SUMMARY, export_catalogue, responsibility_text
from reformdesk.formats.catalogue_import import read_catalogue
from reformdesk.samples.datong_catalogue import SAMPLE_FILE, build
from tests.conftest import SAMPLES


def test_summary_and_a_sheet_per_subject(tmp_path: Path) -> None:
    cat = build()
    first = next(iter(cat.items.values()))
    first.note = "=HYPERLINK(1)"
    out = tmp_path / "c.xlsx"
    export_catalogue(cat, out)
    wb = load_workbook(out)
    assert wb.sheetnames[0] == SHEET_SUMMARY and len(wb.sheetnames) == 1 + 51
    summary = wb[SHEET_SUMMARY]
    assert summary["A1"].value == "大通县权力清单和责任清单（2026年版）事项汇总表"
    assert summary.page_setup.orientation == "landscape" and summary.print_title_rows == "$3:$3"
    header = [c.value for c in summary[3]]
    assert header[:3] == ["序号", "实施主体", "行政许可"] and header[-2:] == ["公共服务", "合计"]
    total = [c.value for c in summary[3 + 51 + 1]]
    assert total[1] == "合计" and total[-1] == 346 and total[2] == 87  # 87 licences
    market = wb["县市场监督管理局"]
    assert market["A1"].value == "县市场监督管理局权力清单和责任清单"
    assert [c.value for c in market[3]] == [c.header for c in ITEM_COLUMNS]
    assert market.print_title_rows == "$3:$3" and market.page_setup.paperSize == 9
    rows = [[c.value for c in r] for r in market.iter_rows(min_row=4) if r[1].value]  # items (not the notes)
    subs = [r for r in rows if "." in str(r[0])]
    assert [(r[0], r[2], r[3]) for r in subs] == [
        ("11.1", "个体工商户登记", "个体工商户设立登记"),
        ("11.2", "个体工商户登记", "个体工商户变更登记"),
        ("11.3", "个体工商户登记", "个体工商户注销登记"),
    ]
    licence = next(r for r in rows if r[2] == "食品生产许可")
    assert licence[5] == "《中华人民共和国食品安全法》第三十五条"
    assert licence[7] == "1.受理\n2.审查\n3.决定\n4.送达"
    assert "监督电话：0971-" in licence[10]
    note_cell = next(c for r in wb[wb.sheetnames[1]].iter_rows() for c in r if c.value == "=HYPERLINK(1)")
    assert note_cell.data_type == "s"  # typed text is never a formula


def test_the_export_reads_back_as_the_same_items(tmp_path: Path) -> None:
    cat = build()
    out = tmp_path / "c.xlsx"
    export_catalogue(cat, out)
    again, result = read_catalogue(out)
    assert not result.unreadable
    shown = lambda c: sorted(  # noqa: E731
        (c.subject_name(i), i.code, i.name, i.type, c.basis(i), i.responsibility_steps) for i in c.items.values()
    )
    assert shown(again) == shown(cat)
    parents = {i.code: again.items[i.parent_id].code for i in again.items.values() if i.parent_id}  # type: ignore[index]
    assert parents == {i.code: cat.items[i.parent_id].code for i in cat.items.values() if i.parent_id}  # type: ignore[index]


def test_responsibility_text() -> None:
    assert responsibility_text(["受理", "审查"]) == "1.受理\n2.审查"
    assert responsibility_text([]) == ""


def test_cli_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "c.xlsx"
    assert main(["export", str(SAMPLES / SAMPLE_FILE), "-o", str(out)]) == 0
    assert "实施主体 51 个，事项 346 项" in capsys.readouterr().out and out.is_file()
    assert main(["export", str(SAMPLES / SAMPLE_FILE), "-o", str(tmp_path / "c.docx")]) == 2
    assert main(["export", str(SAMPLES / SAMPLE_FILE), "-o", str(SAMPLES / SAMPLE_FILE)]) == 2  # never over an input


def _wrapped_lines(text: str, room: float) -> int:
    """Lines ``text`` takes in a column holding ``room`` half-width characters, wrapped as the
    applications wrap it: whole characters, a CJK one two wide."""
    lines = 0
    for paragraph in text.split("\n"):
        lines, used = lines + 1, 0
        for ch in paragraph:
            w = 2 if len(ch.encode("utf-8")) > 1 else 1
            if used + w > room:
                lines, used = lines + 1, w
            else:
                used += w
    return lines


def test_codes_stay_on_one_line_and_every_row_is_tall_enough_for_its_text(tmp_path: Path) -> None:
    from reformdesk.formats.style import LINE_HEIGHT, ROW_HEIGHT, _room, print_width

    cat = build()
    # A sub-item with the longest kind of code: main code + -01.
    kid = next(i for i in cat.items.values() if i.parent_id is not None)
    kid.code = f"{cat.items[kid.parent_id].code}-01"  # type: ignore[index]
    out = tmp_path / "c.xlsx"
    export_catalogue(cat, out)
    wb = load_workbook(out)
    longest = max((i.code for i in cat.items.values()), key=len)
    assert len(longest) >= 20
    checked = 0
    for ws in wb.worksheets[1:]:
        widths = [ws.column_dimensions[chr(ord("A") + i)].width for i in range(len(ITEM_COLUMNS))]
        rooms = [_room(w) for w in widths]
        for row in ws.iter_rows(min_row=4):
            if not isinstance(row[1].value, str) or not row[1].value[:1].isdigit():
                continue  # the notes under the table
            # 职权编码 on one line, its digits and letters as wide as the substitutes for 宋体 draw them
            assert rooms[1] >= print_width(row[1].value), (ws.title, row[1].value)
            need = max(_wrapped_lines(str(c.value), room) for c, room in zip(row, rooms, strict=False) if c.value)
            height = ws.row_dimensions[row[0].row].height or ROW_HEIGHT
            assert height >= LINE_HEIGHT * need + 6, (ws.title, row[0].row, need, height)
            checked += 1
    assert checked == len(cat.items)
