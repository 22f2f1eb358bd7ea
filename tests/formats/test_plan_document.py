"""The plan document (.docx): GB/T 9704 page, styles and fonts, page numbers, annexes; rendered by LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from reformdesk.formats import _docx_oxml as ox
from reformdesk.formats.export import ExportError
from reformdesk.formats.plan_document import (
    GRID_CHAR_SPACE,
    GRID_LINE_PITCH,
    STYLE_BODY,
    STYLE_HEADINGS,
    STYLE_TITLE,
)
from reformdesk.formats.sheets import PlanDocument, writer_for
from reformdesk.store.planfile import open_plan
from tests.conftest import PLAN_ONE


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("doc") / "实施方案.docx"
    PlanDocument(open_plan(PLAN_ONE)).write(path)
    return path


def _east_asia(style) -> str:  # type: ignore[no-untyped-def]
    return style.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))


def test_page_is_gb_t_9704(written: Path) -> None:
    document = docx.Document(str(written))
    first = document.sections[0]

    def mm(length) -> float:  # type: ignore[no-untyped-def]
        return round(length / 36000, 1)  # EMU; lengths are stored in twentieths of a point

    assert (mm(first.page_width), mm(first.page_height)) == (210, 297)
    assert first.orientation == WD_ORIENT.PORTRAIT
    assert (mm(first.top_margin), mm(first.left_margin)) == (37, 28)
    assert mm(first.page_width - first.left_margin - first.right_margin) == 156
    assert mm(first.page_height - first.top_margin - first.bottom_margin) == 225
    grid = ox.doc_grid(first)
    assert grid == {"type": "linesAndChars", "linePitch": str(GRID_LINE_PITCH), "charSpace": str(GRID_CHAR_SPACE)}
    assert GRID_LINE_PITCH == 580 and GRID_CHAR_SPACE == -848  # 225 mm / 22 lines; 156 mm / 28 characters


def test_styles_and_east_asian_fonts(written: Path) -> None:
    document = docx.Document(str(written))
    styles = document.styles
    title = styles[STYLE_TITLE]
    assert _east_asia(title) == "方正小标宋简体" and title.font.size.pt == 22 and not title.font.bold
    assert _east_asia(styles[STYLE_BODY]) == "仿宋_GB2312" and styles["Normal"].font.size.pt == 16
    assert _east_asia(styles[STYLE_HEADINGS[1]]) == "黑体"
    assert _east_asia(styles[STYLE_HEADINGS[2]]) == "楷体_GB2312"
    assert _east_asia(styles[STYLE_HEADINGS[3]]) == "仿宋_GB2312"
    # No theme font overrides the names anywhere.
    xml = zipfile.ZipFile(written).read("word/styles.xml").decode()
    assert "eastAsiaTheme" not in xml.split("<w:latentStyles")[0]
    paragraphs = document.paragraphs
    assert paragraphs[0].text == "桥头镇经济发达镇行政管理体制改革实施方案" and paragraphs[0].style.name == STYLE_TITLE
    by_style = {p.text: p.style.name for p in paragraphs}
    assert by_style["一、指导思想"] == STYLE_HEADINGS[1]
    assert by_style["（一）机构设置"] == STYLE_HEADINGS[2]
    assert by_style["1.党政综合办公室"] == STYLE_HEADINGS[3]
    texts = [p.text for p in paragraphs]
    assert "附件：1. 桥头镇县级权限承接方案" in texts and "二〇二六年十一月二十七日" in texts
    assert texts.index("附件：1. 桥头镇县级权限承接方案") < texts.index("附件1")


def test_page_numbers_at_the_outside_corners_and_no_fonts_embedded(written: Path) -> None:
    document = docx.Document(str(written))
    assert document.settings.odd_and_even_pages_header_footer
    first = document.sections[0]
    odd, even = first.footer.paragraphs[0], first.even_page_footer.paragraphs[0]
    assert odd.text == even.text == "— 1 —"  # the PAGE field's placeholder between the dashes
    assert odd.alignment == 2 and even.alignment == 0  # right, left
    assert "PAGE" in odd._p.xml and "PAGE" in even._p.xml
    fonts = {r.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) for r in odd.runs}
    assert fonts == {"宋体"} and {r.font.size.pt for r in odd.runs} == {14}
    names = zipfile.ZipFile(written).namelist()
    assert not [n for n in names if n.startswith("word/fonts/")]
    assert "embedTrueTypeFonts" not in zipfile.ZipFile(written).read("word/settings.xml").decode()


def test_annexes_delegation_table_on_landscape_pages(written: Path) -> None:
    document = docx.Document(str(written))
    orientations = [s.orientation for s in document.sections]
    portrait, landscape = WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE
    assert orientations == [portrait, landscape, landscape, portrait, landscape]  # …, 三定, the hall's lists
    delegation, staffing, windows, items = document.tables
    assert len(windows.rows) == 1 + 14 and len(items.rows) == 1 + 67
    assert [c.text for c in delegation.rows[0].cells][:3] == ["序号", "事项编码", "事项名称"]
    assert len(delegation.rows) == 1 + 113 and len(staffing.rows) == 1 + 70
    assert "tblHeader" in delegation.rows[0]._tr.xml
    # The official form's columns (实施依据 and 备注 too), and rows that stay on one page.
    header = [c.text for c in delegation.rows[0].cells]
    assert header[4] == "实施依据" and header[-1] == "备注" and len(header) == 11
    assert all("cantSplit" in row._tr.xml for row in delegation.rows)
    # The line before each table (its caption, 二、进驻事项清单) keeps with it: printed, plan
    # two left the caption alone at the foot of the page before its table.
    captions = [t._tbl.getprevious() for t in document.tables]
    captions = [p for p in captions if p.tag == qn("w:p") and p.xpath("string(.)")]  # (others: an annex's top)
    assert [p.xpath("string(.)") for p in captions] == ["一、窗口设置表", "二、进驻事项清单"]
    assert all(p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None for p in captions)


def test_title_fallback_is_bold_and_bad_targets_fail(tmp_path: Path) -> None:
    plan = open_plan(PLAN_ONE)
    path = tmp_path / "fallback.docx"
    PlanDocument(plan, "宋体").write(path)
    title = docx.Document(str(path)).styles[STYLE_TITLE]
    assert _east_asia(title) == "宋体" and title.font.bold
    with pytest.raises(ExportError):
        PlanDocument(plan).write(tmp_path / "missing" / "x.docx")
    assert isinstance(writer_for(plan, "a.DOCX"), PlanDocument)
    with pytest.raises(ValueError):
        writer_for(plan, "a.pdf")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None, reason="no LibreOffice")
def test_libreoffice_renders_it(written: Path, tmp_path: Path) -> None:
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(written)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / (written.stem + ".pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    pages = text.split("\f")
    assert "桥头镇经济发达镇行政管理体制改革实施方案" in pages[0]
    # "— 1 —": pdftotext drops the half-width spaces beside the dashes.
    assert re.search(r"—\s?1\s?—", pages[0]) and re.search(r"—\s?2\s?—", pages[1])
    for heading in ("一、指导思想", "三、主要任务", "附件 1", "附件 3"):
        assert heading.replace(" ", "") in text.replace(" ", "")
    # 28 characters a line: the first full line of the opening paragraph (after its 2-character indent).
    body = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
    lines = [line for line in body.splitlines() if line.strip()]
    assert len(lines[2]) == 28, lines[:4]


def test_unwritten_headings_carry_a_red_prompt_in_the_document(tmp_path: Path) -> None:
    from reformdesk.domain.templates import new_plan

    path = tmp_path / "城关镇实施方案.docx"
    PlanDocument(new_plan("empty", town="城关镇")).write(path)
    paragraphs = docx.Document(str(path)).paragraphs
    texts = [p.text for p in paragraphs]
    guide = texts.index("一、指导思想")
    prompt = paragraphs[guide + 1]
    assert prompt.text == "（待补充：改革的指导思想和总体目标。）"
    assert prompt.style.name == STYLE_BODY and str(prompt.runs[0].font.color.rgb) == "C00000"
    for heading in ("二、基本原则", "四、保障措施", "五、时间安排"):
        assert texts[texts.index(heading) + 1].startswith("（待补充："), heading
    assert sum(t.startswith("（待补充：") for t in texts) == 4


def test_a_plan_with_problems_is_marked_draft_on_every_page(tmp_path: Path) -> None:
    from reformdesk.domain.plan_document import compose
    from reformdesk.domain.templates import new_plan
    from reformdesk.domain.validation import validate
    from reformdesk.formats.plan_document import build_document

    plan = new_plan("empty", town="城关镇")
    problems = validate(plan)
    assert any(p.code == "section.bare" for p in problems)
    path = tmp_path / "草稿.docx"
    PlanDocument(plan).write(path)
    document = docx.Document(str(path))
    mark = f"草稿（存在 {len(problems)} 项问题，不可签署）"
    for section in document.sections:  # the annexes' landscape pages too
        for header in (section.header, section.even_page_header):
            assert header.paragraphs[0].text == mark
            assert str(header.paragraphs[0].runs[0].font.color.rgb) == "C00000"
    # A final (no problems: compose without a mark) has empty headers: GB/T 9704 shows none.
    final = build_document(compose(plan))
    assert all(not p.text for p in final.sections[0].header.paragraphs)


def test_progress_is_reported_as_it_is_built_and_stopping_writes_no_file(tmp_path: Path) -> None:
    from reformdesk.formats.export import ExportCancelled

    plan = open_plan(PLAN_ONE)
    seen: list[tuple[int, int]] = []
    path = tmp_path / "实施方案.docx"
    PlanDocument(plan, progress=lambda done, total: seen.append((done, total)) or True).write(path)
    assert path.exists() and len(seen) > 3
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1], "ends at the total, never goes back"
    stopped = tmp_path / "停止.docx"
    with pytest.raises(ExportCancelled):
        PlanDocument(plan, progress=lambda done, total: done < total // 2).write(stopped)
    assert list(tmp_path.iterdir()) == [path], "nothing left beside it either"
