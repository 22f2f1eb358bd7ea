"""The handover workbook printed through LibreOffice: each sheet's footer counts its own pages.

LibreOffice's page-count field counts the whole document when a workbook is converted
(Excel and WPS count per sheet), so the writer breaks the pages itself and writes each
sheet's count; this test reads the PDF's pages back with pdftotext.  Skipped where
LibreOffice or poppler-utils are missing (.ci/run installs them).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from reformdesk.domain.model import DelegationMode, Plan
from reformdesk.domain.validation import validate
from reformdesk.formats.export import export_workbook, write_tables
from reformdesk.formats.style import PAGE_MIN_FILL, Align, Column, TableSheet, body_row_height, body_row_lines
from tests.formats.test_export import _clean_plan
from tests.formats.test_export_paper import LONG_BODY, LONG_DEPARTMENT, list_plan

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(not (SOFFICE and PDFTOTEXT), reason="LibreOffice or pdftotext not installed")

FOOTER = re.compile(r"第\s*(\d+)\s*页\s*共\s*(\d+)\s*页")


def _pages(plan: Plan, tmp_path: Path) -> tuple[list[str], list[str]]:
    """(the PDF's page texts, the workbook's sheet names)."""
    out = tmp_path / "plan.xlsx"
    export_workbook(plan, out)
    _print(out, tmp_path)
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(tmp_path / "plan.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages, openpyxl.load_workbook(out, read_only=True).sheetnames


def _print(out: Path, tmp_path: Path) -> None:
    """``out`` printed to PDF beside it by LibreOffice."""
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


def _big_plan(problems: bool) -> Plan:
    plan = _clean_plan(powers=90)  # the delegation sheet and a handover sheet run over several pages
    for i, power in enumerate(plan.powers.values()):
        power.source_department = ("县交通运输局", "县市场监督管理局", "县自然资源局")[i % 3]
        if i % 4 == 0:
            power.mode = DelegationMode.ENTRUST
    # A 说明 longer than the room left on 方案概况's first page: it goes on over the page.
    plan.info.notes = "本方案依据县委、县政府关于经济发达镇行政管理体制改革的部署制定，" * 24
    if problems:
        first = next(iter(plan.powers.values()))
        first.deadline = None
        first.official_id = None
    return plan


# One conversion takes ~6 s: the clean plan's missing mark is checked on the workbook (test_export).
@pytest.mark.parametrize("problems", [True], ids=["draft"])
def test_each_sheet_counts_its_own_pages_in_the_libreoffice_pdf(problems: bool, tmp_path: Path) -> None:
    plan = _big_plan(problems)
    assert bool(validate(plan)) == problems
    pages, sheets = _pages(plan, tmp_path)
    footers = []
    for page in pages:
        found = FOOTER.findall(page)
        assert len(found) == 1, page[-300:]
        footers.append(tuple(map(int, found[0])))
    # Runs of 第 1 … n 页 共 n 页, one run per sheet, in sheet order.
    runs: list[list[tuple[int, int]]] = []
    for number, total in footers:
        if number == 1:
            runs.append([])
        runs[-1].append((number, total))
    assert len(runs) == len(sheets)
    for run in runs:
        n = len(run)
        assert run == [(i, n) for i in range(1, n + 1)]
    assert max(len(r) for r in runs) > 1  # some sheet really has several pages
    # 方案概况: the long 说明 starts on the first page and goes on on the second, so the first
    # page is not left half empty before it (the row is split where the page ends).
    assert "说明" in pages[0] and "本方案依据" in pages[0] and "说明（续）" in pages[1]
    # The draft mark on every page of a plan with problems, on none of a clean plan.
    marked = [("草稿" in p and "不可签署" in p) for p in pages]
    assert all(marked) if problems else not any(marked)
    # …once: a sheet's first page has it under the title, not in the print header as well.
    assert all(p.count("不可签署") == 1 for p in pages) if problems else True
    # Each handover list starts a page: its title is at the top of one.
    # (A long title wraps over two lines: its words are looked for without the line breaks.)
    titles = [p for p in pages if "移交行政权力事项清单" in re.sub(r"\s", "", p)]
    assert len(titles) == 2 * 3  # two receiving bodies × three departments
    assert sum(p.count("本清单一式三份") for p in pages) == len(titles)


#: The printable height of A4 landscape inside the sheets' margins (0.6 in top, 0.7 in bottom).
TOP, BOTTOM = 0.6 * 72, 595.3 - 0.7 * 72


def _fills(pdf: Path) -> list[float]:
    """Per page: how far down its printable height the last line above the footer reaches."""
    html = subprocess.run([PDFTOTEXT, "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    fills = []
    for page in html.split("<page ")[1:]:
        ys = [float(y) for y in re.findall(r'yMax="([0-9.]+)"', page)]
        last = max([y for y in ys if y < BOTTOM] or [TOP])
        fills.append((last - TOP) / (BOTTOM - TOP))
    return fills


def test_handover_lists_print_full_pages_signed_with_rows_and_whole_names(tmp_path: Path) -> None:
    """A 19-item list and a 2-item one of long names, as a clerk printed them: the pages are
    full, the signatures keep rows of their list, a short list is one page, names print whole."""
    plan = list_plan(19, county="和县", department=LONG_DEPARTMENT, body_name=LONG_BODY)
    body = next(iter(plan.bodies.values()))
    for power in list(plan.powers.values())[:2]:
        power.source_department = "县交通运输局"
    pages, _sheets = _pages(plan, tmp_path)
    fills = _fills(tmp_path / "plan.pdf")
    # In content order each cell's lines follow each other (-layout interleaves wrapped cells).
    raw = subprocess.run(
        [PDFTOTEXT, "-raw", str(tmp_path / "plan.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout.split("\f")
    assert len(fills) == len(pages) <= len(raw)
    lists = [i for i, p in enumerate(pages) if "移交行政权力事项清单" in re.sub(r"\s", "", p)]
    assert len(lists) == 2
    closing = [i for i, p in enumerate(pages) if "本清单一式三份" in p]
    # The short list is one page; the long one runs on and each page before its last is full.
    short, long = (lists[0], lists[1]) if "县交通运输局向" in pages[lists[0]] else (lists[1], lists[0])
    assert short in closing
    end = next(i for i in closing if i >= long)
    assert end > long
    assert all(fills[i] > 0.85 for i in range(long, end - 1)), fills[long : end + 1]
    for i in closing:
        # The signatures' page holds rows of the list: all of a short list; of a long one at
        # least one, more only where taking them leaves the page before PAGE_MIN_FILL full
        # (three rows taken from a list's first page left it 60 % full).
        carried = len(re.findall(r"PA-XK-\d{4}", pages[i]))
        assert carried >= (2 if i == short else 1), pages[i]
        assert i == short or carried == 1 or fills[i - 1] > PAGE_MIN_FILL - 0.05, (carried, fills)
        # Every party's name prints whole (the 监交 office was cut at the right margin).
        signed = re.sub(r"\s", "", raw[i])
        assert "监交单位（盖章）：中共和县委机构编制委员会办公室" in signed
        assert f"承接单位（盖章）：{body.name}" in signed
        assert f"移交单位（盖章）：{LONG_DEPARTMENT}" in signed or i == short


#: 11 pt text where 宋体 is missing: LibreOffice's substitute gives it 16.02 pt a line (measured).
SUBSTITUTE_LINE_PT = 16.02


def test_every_line_of_a_long_cell_prints_inside_its_row(tmp_path: Path) -> None:
    """Cells of 1, 3, 10 and 19 lines (a 说明, a 实施依据) printed where 宋体 is missing: the first
    and the last line of each are inside its row (rows sized for 宋体 clipped half a line)."""
    marks = "甲乙丙丁"
    # Repeated so that LibreOffice prints them on 1, 3, 10 and 19 lines (the writer counts more).
    texts = [(m + "依据《行政处罚法》第12条") * k for m, k in zip(marks, (1, 4, 13, 25), strict=True)]
    columns = [Column("组", Align.CENTER, 6, 6), Column("说明", min_width=30, max_width=30)]
    rows = [[f"{m}组", text] for m, text in zip(marks, texts, strict=True)]
    out = tmp_path / "plan.xlsx"
    write_tables([TableSheet("说明", "长文本", columns, rows)], out, office="县编办", date=None)
    ws = openpyxl.load_workbook(out).worksheets[0]
    heights = {ws.cell(r, 1).value: ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)}
    _print(out, tmp_path)
    html = subprocess.run(
        [PDFTOTEXT, "-bbox", str(tmp_path / "plan.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    word = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')
    seen = set()
    for page in html.split("<page ")[1:]:
        words = [(float(a), float(b), t) for a, b, t in word.findall(page)]
        for m, n in zip(marks, (1, 3, 10, 19), strict=True):
            label = [(a, b) for a, b, t in words if t == f"{m}组"]
            if not label:
                continue
            seen.add(m)
            centre = (label[0][0] + label[0][1]) / 2
            height = heights[f"{m}组"] or 20.25  # (the sheet is narrow: printed at 100 %)
            made_for = body_row_lines(height)
            assert height == body_row_height(made_for)
            lines = [(a, b) for a, b, t in words if t.startswith(m + "依据") or (m in t and t != f"{m}组")]
            top, bottom = min(a for a, _b in lines), max(b for _a, b in lines)
            # The lines follow at the substitute's pitch, and all of them are inside the row.
            printed = round((bottom - top - 14.3) / SUBSTITUTE_LINE_PT) + 1
            assert n <= printed <= made_for, (m, printed, made_for)
            assert centre - height / 2 <= top and bottom <= centre + height / 2, (m, top, bottom, centre, height)
    assert seen == set(marks)


def test_every_line_of_english_prose_prints_inside_its_row(tmp_path: Path) -> None:
    """Lower-case prose is counted narrower than digits (it wraps at words in DejaVu Sans): a
    bilingual 说明 of some 12 printed lines still prints whole in its row."""
    prose = "Sample plan with illustrative data: only the town and the six bodies come from the report. " * 5
    columns = [Column("组", Align.CENTER, 6, 6), Column("说明", min_width=30, max_width=30)]
    out = tmp_path / "plan.xlsx"
    write_tables([TableSheet("说明", "长文本", columns, [["戊组", prose]])], out, office="县编办", date=None)
    ws = openpyxl.load_workbook(out).worksheets[0]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "戊组")
    height = ws.row_dimensions[row].height
    _print(out, tmp_path)
    html = subprocess.run(
        [PDFTOTEXT, "-bbox", str(tmp_path / "plan.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')
    words = [(float(x), float(a), float(b), t) for x, a, b, t in word.findall(html.split("<page ")[1])]
    label = next(w for w in words if w[3] == "戊组")
    header = next(w for w in words if w[3] == "说明")
    lines = [w for w in words if w[0] > label[0] + 40 and w[1] > header[2] and w[3] in prose]
    top, bottom = min(w[1] for w in lines), max(w[2] for w in lines)
    centre = (label[1] + label[2]) / 2
    printed = round((bottom - top - 14.3) / SUBSTITUTE_LINE_PT) + 1
    assert 8 <= printed <= body_row_lines(height), (printed, height)
    assert "report." in {w[3] for w in lines}  # the last word printed
    assert centre - height / 2 <= top and bottom <= centre + height / 2, (top, bottom, centre, height)
