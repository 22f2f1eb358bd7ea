"""The plan document (实施方案) as a .docx laid out per GB/T 9704-2012 (党政机关公文格式).

The blocks come from :func:`reformdesk.domain.plan_document.compose`; this
module only lays them out with python-docx:

* A4 portrait; top margin 37 mm, left 28 mm, text block 156 × 225 mm (right
  26 mm, bottom 35 mm); a document grid of 22 lines × 28 characters, and the
  body's lines exactly 225 mm / 22 apart, so Word, WPS and LibreOffice all
  set 22 lines a page;
* title 方正小标宋简体 二号 centred (another title font is set bold: 宋体 bold
  is the fallback where 方正小标宋 is not installed); body 仿宋_GB2312 三号;
  level-1 headings 黑体, level-2 楷体_GB2312, levels 3 and 4 仿宋_GB2312, each
  a paragraph style with its outline level;
* page numbers "— 1 —" in 四号 半角 宋体 at the outside bottom corners (odd
  pages right, even pages left, one character in: ``evenAndOddHeaders``);
* after the body: the 附件 list, the issuing office and the date written out
  (二〇二六年十二月一日); then each annex on its own pages (附件N in 黑体 at
  top left, its title, its table on landscape pages or its 三定 sections);
* the Chinese font names are set in ``w:eastAsia`` (``formats/_docx_oxml.py``);
  no fonts are embedded.

The file is written beside the target and renamed over it when complete.
python-docx is imported only here, only when a document is written.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reformdesk.domain.model import Plan
from reformdesk.domain.plan_document import Annex, Block, Heading, Paragraph, PlanText, Table, compose

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

# -- GB/T 9704-2012 ---------------------------------------------------------------------------
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
TOP_MM, LEFT_MM = 37, 28
TEXT_WIDTH_MM, TEXT_HEIGHT_MM = 156, 225
RIGHT_MM = PAGE_WIDTH_MM - LEFT_MM - TEXT_WIDTH_MM  # 26
BOTTOM_MM = PAGE_HEIGHT_MM - TOP_MM - TEXT_HEIGHT_MM  # 35
LINES, CHARS = 22, 28
#: The page number's first line sits 7 mm below the text block; 四号 is about 5 mm high.
FOOTER_MM = BOTTOM_MM - 7 - 5

TITLE_FONT = "方正小标宋简体"
TITLE_FALLBACK = "宋体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONTS = {1: "黑体", 2: "楷体_GB2312", 3: BODY_FONT, 4: BODY_FONT}
PAGE_NUMBER_FONT = "宋体"
LATIN_FONT = "Times New Roman"

# Sizes (pt): 二号 22, 三号 16, 四号 14, 小四 12.
TITLE_PT, BODY_PT, PAGE_NUMBER_PT, TABLE_PT = 22, 16, 14, 10.5  # tables in 五号

_MM_PT = 72 / 25.4
LINE_PITCH_PT = TEXT_HEIGHT_MM * _MM_PT / LINES  # 28.95 pt
CHAR_PITCH_PT = TEXT_WIDTH_MM * _MM_PT / CHARS  # 15.79 pt
#: w:docGrid: the line pitch in twentieths of a point; the character pitch as 4096ths of a
#: point more than the body font size (negative: 28 characters of 三号 need 0.21 pt less each).
GRID_LINE_PITCH = round(LINE_PITCH_PT * 20)
GRID_CHAR_SPACE = round((CHAR_PITCH_PT - BODY_PT) * 4096)
#: The same narrowing as character spacing, in 1/20 pt: 28 characters fit a line when each is at
#: least 0.21 pt narrower than 16 pt and 29 would when 0.75 pt narrower; LibreOffice still sets 27
#: at −0.25 pt (it rounds the spacing), so −0.45 pt, well inside both limits.
CHAR_CONDENSE = -9

#: Paragraph style names (Chinese, so they read naturally in Word's and WPS's style list).
STYLE_TITLE = "公文标题"
STYLE_BODY = "公文正文"
STYLE_HEADINGS = {1: "公文一级标题", 2: "公文二级标题", 3: "公文三级标题", 4: "公文四级标题"}
STYLE_ANNEX_NOTE = "附件说明"
STYLE_SIGNATURE = "发文机关署名"
STYLE_ANNEX_MARK = "附件标识"
STYLE_TABLE = "表格文字"
STYLE_TABLE_HEADER = "表格标题行"
STYLE_PAGE_NUMBER = "公文页码"


def write_plan_document(
    plan: Plan, path: str | os.PathLike[str], *, title_font: str = TITLE_FONT, progress: Progress | None = None
) -> None:
    """Write ``plan``'s document to ``path`` (beside it first, then renamed); raises ExportError.

    ``progress(done, total)`` is called as the document is built (every few dozen rows); when
    it returns False, ExportCancelled is raised and no file is written.
    """
    from reformdesk.domain.validation import validate
    from reformdesk.formats.export import ExportError, draft_mark

    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(f"无法导出：文件夹不存在：{target.parent}")
    # A plan with problems (a section still 待补充 among them) is a draft, marked as the workbooks are.
    text = compose(plan, draft_mark(validate(plan)))
    document = build_document(text, title_font=title_font, progress=progress)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        document.save(str(tmp))
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportError(f"无法写入 {target.name}：{exc.strerror or exc}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def build_document(text: PlanText, *, title_font: str = TITLE_FONT, progress: Progress | None = None) -> DocxDocument:
    """The python-docx document of ``text`` (not saved); ``progress`` as for write_plan_document."""
    import docx

    document = docx.Document()
    blocks = [*text.body, *(b for annex in text.annexes for b in annex.blocks)]
    steps = _Steps(sum(_weight(b) for b in blocks), progress)
    try:
        _fill(document, text, title_font, steps)
    finally:
        _STYLE_IDS.pop(id(document), None)
    return document


#: (done, total) → go on (False: stop).
Progress = Callable[[int, int], bool]


class _Steps:
    """Reports how far the document is built, every ``EVERY`` steps (a block, a table row)."""

    EVERY = 40

    def __init__(self, total: int, report: Progress | None) -> None:
        self.total, self.report, self.done, self.said = total, report, 0, 0

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.report is not None and (self.done - self.said >= self.EVERY or self.done >= self.total):
            self.said = self.done
            if not self.report(min(self.done, self.total), self.total):
                from reformdesk.formats.export import ExportCancelled

                raise ExportCancelled()


def _weight(block: Block) -> int:
    return len(block.rows) + 1 if isinstance(block, Table) else 1


def _fill(document: DocxDocument, text: PlanText, title_font: str, steps: _Steps) -> None:
    _styles(document, title_font)
    _page(document.sections[0], landscape=False)
    document.settings.odd_and_even_pages_header_footer = True
    _page_numbers(document.sections[0])
    if text.draft:
        _draft_mark(document.sections[0], text.draft)
    core = document.core_properties
    core.title = text.title
    core.author = text.issuer or "ReformDesk"
    core.language = "zh-CN"

    _add(document, text.title, STYLE_TITLE)
    _add(document, "", STYLE_BODY)  # GB/T 9704: one empty line below the title
    _blocks(document, text.body, steps)
    _closing(document, text)
    for annex in text.annexes:
        _annex(document, annex, steps)


# -- paragraphs ------------------------------------------------------------------------------
# python-docx finds a style by name by walking every style of the document, the latent ones
# too, and reading each one's type, at every paragraph given one: a sample plan's 2,700
# paragraphs and cells took 3 of its 4 s of CPU.  Each style's id is looked up once.
# Per document being built (by id: a python-docx Document is not hashable), dropped at its end.
_STYLE_IDS: dict[int, dict[str, str]] = {}


def _style_id(document: DocxDocument, name: str) -> str:
    ids = _STYLE_IDS.setdefault(id(document), {})
    found = ids.get(name)
    if found is None:
        found = ids[name] = document.styles[name].style_id
    return found


def _add(document: DocxDocument, text: str, style: str) -> Any:
    """A paragraph of ``text`` in ``style`` (a name), as ``document.add_paragraph(text, style)``."""
    paragraph = document.add_paragraph(text)
    paragraph._p.style = _style_id(document, style)
    return paragraph


# -- page set-up -----------------------------------------------------------------------------
def _page(section: Any, landscape: bool) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    from reformdesk.formats import _docx_oxml as ox

    if landscape:
        # The same text block turned: 225 mm wide, 156 mm high.
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(PAGE_HEIGHT_MM), Mm(PAGE_WIDTH_MM)
        section.left_margin, section.right_margin = Mm(TOP_MM), Mm(BOTTOM_MM)
        section.top_margin, section.bottom_margin = Mm(LEFT_MM), Mm(RIGHT_MM)
        section.footer_distance = Mm(max(RIGHT_MM - 12, 8))
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
        section.top_margin, section.bottom_margin = Mm(TOP_MM), Mm(BOTTOM_MM)
        section.left_margin, section.right_margin = Mm(LEFT_MM), Mm(RIGHT_MM)
        section.footer_distance = Mm(FOOTER_MM)
    section.header_distance = Mm(15)
    section.gutter = Mm(0)
    ox.set_doc_grid(section, GRID_LINE_PITCH, GRID_CHAR_SPACE)


def _page_numbers(section: Any) -> None:
    """ "— 1 —" at the outside corners: odd pages right, even pages left, one character in."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    from reformdesk.formats import _docx_oxml as ox

    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.alignment = align
        fmt = paragraph.paragraph_format
        one_char = Pt(PAGE_NUMBER_PT)
        fmt.right_indent = one_char if align == WD_ALIGN_PARAGRAPH.RIGHT else None
        fmt.left_indent = one_char if align == WD_ALIGN_PARAGRAPH.LEFT else None
        fmt.first_line_indent = Pt(0)
        paragraph.add_run("— ")
        ox.add_page_field(paragraph)
        paragraph.add_run(" —")
        for run in paragraph.runs:
            run.font.size = Pt(PAGE_NUMBER_PT)
            ox.set_fonts(run._r, PAGE_NUMBER_FONT)


def _draft_mark(section: Any, draft: str) -> None:
    """草稿（…，不可签署） in red at the top of every page (the header, outside the text block):
    a printed draft can never pass for the plan to sign, and the text block's 22 lines stay as they are."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    from reformdesk.formats import _docx_oxml as ox

    for header in (section.header, section.even_page_header):
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.first_line_indent = Pt(0)
        run = paragraph.add_run(draft)
        run.font.size = Pt(12)
        run.font.bold = True
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        ox.set_fonts(run._r, PAGE_NUMBER_FONT)


# -- styles ------------------------------------------------------------------------------------
def _styles(document: DocxDocument, title_font: str) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt, RGBColor

    from reformdesk.formats import _docx_oxml as ox

    rpr = ox.default_rpr(document)
    ox.set_fonts(rpr, BODY_FONT, LATIN_FONT)
    ox.set_language(rpr)
    # The grid's character pitch is measured from the default font size: 三号.
    ox.set_default_size(rpr, BODY_PT)

    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    ox.set_fonts(normal.element, BODY_FONT, LATIN_FONT)
    fmt = normal.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(round(LINE_PITCH_PT, 2))
    fmt.widow_control = False
    # 28 characters a line everywhere: 三号 glyphs condensed to the grid's pitch (see _docx_oxml).
    ox.set_snap_to_grid(normal, False)
    ox.set_char_spacing(normal, CHAR_CONDENSE)

    def paragraph_style(name: str, font: str, size: float, *, indent: bool = True, latin: str | None = None) -> Any:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(size)
        style.font.bold = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        ox.set_fonts(style.element, font, latin or LATIN_FONT)
        pf = style.paragraph_format
        pf.first_line_indent = Pt(2 * CHAR_PITCH_PT) if indent else Pt(0)
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return style

    title = paragraph_style(STYLE_TITLE, title_font, TITLE_PT, indent=False, latin=title_font)
    title.font.bold = title_font != TITLE_FONT  # 宋体 bold stands in for 方正小标宋
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.keep_with_next = True
    paragraph_style(STYLE_BODY, BODY_FONT, BODY_PT)
    for level, name in STYLE_HEADINGS.items():
        style = paragraph_style(name, HEADING_FONTS[level], BODY_PT)
        style.paragraph_format.keep_with_next = True
        ox.set_outline_level(style, level - 1)
    annex_note = paragraph_style(STYLE_ANNEX_NOTE, BODY_FONT, BODY_PT, indent=False)
    # The 附件 list stays on one page with the office and date that sign the document.
    annex_note.paragraph_format.keep_with_next = True
    signature = paragraph_style(STYLE_SIGNATURE, BODY_FONT, BODY_PT, indent=False)
    signature.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    signature.paragraph_format.right_indent = Pt(4 * CHAR_PITCH_PT)  # 右空四字
    mark = paragraph_style(STYLE_ANNEX_MARK, HEADING_FONTS[1], BODY_PT, indent=False)
    mark.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for name, font, align in (
        (STYLE_TABLE, BODY_FONT, WD_ALIGN_PARAGRAPH.LEFT),
        (STYLE_TABLE_HEADER, HEADING_FONTS[1], WD_ALIGN_PARAGRAPH.CENTER),
    ):
        style = paragraph_style(name, font, TABLE_PT, indent=False)
        # Off the body's 28-a-line grid and its condensed spacing: a table cell sets its own
        # small text, else LibreOffice gives each glyph a 三号 cell and breaks 行政处罚 in two.
        ox.set_snap_to_grid(style, False)
        ox.set_char_spacing(style, 0)
        style.paragraph_format.alignment = align
        style.paragraph_format.line_spacing = 1.0  # single: tables are not on the 22-line grid
        style.paragraph_format.widow_control = False
    page_number = styles.add_style(STYLE_PAGE_NUMBER, WD_STYLE_TYPE.CHARACTER)
    page_number.font.size = Pt(PAGE_NUMBER_PT)
    ox.set_fonts(page_number.element, PAGE_NUMBER_FONT)


# -- the body ------------------------------------------------------------------------------------
def _blocks(document: DocxDocument, blocks: Sequence[Block], steps: _Steps) -> None:
    for i, block in enumerate(blocks):
        _block(document, block, steps, before_table=i + 1 < len(blocks) and isinstance(blocks[i + 1], Table))


def _block(document: DocxDocument, block: Block, steps: _Steps, *, before_table: bool = False) -> None:
    if isinstance(block, Heading):
        style = STYLE_HEADINGS.get(block.level, STYLE_HEADINGS[4])
        _add(document, block.full, style)
    elif isinstance(block, Paragraph):
        paragraph = _add(document, block.text, STYLE_BODY)
        if block.prompt:
            # （待补充：…） in red, as the workbooks' draft mark: seen at a glance on paper and on screen.
            from docx.shared import RGBColor

            paragraph.runs[0].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        # A line before a table is its caption (二、进驻事项清单): it goes to the table's page,
        # never left at the foot of the page before it.
        paragraph.paragraph_format.keep_with_next = before_table or None
    elif isinstance(block, Table):
        _table(document, block, steps)
        return
    steps.step()


def _closing(document: DocxDocument, text: PlanText) -> None:
    """附件说明 (空一行, 左空二字, 附件：1. …), then 署名 and the date (空二行, 右空四字)."""
    from docx.shared import Pt

    if text.annexes:
        _add(document, "", STYLE_BODY)
        for i, annex in enumerate(text.annexes):
            paragraph = _add(document, "", STYLE_ANNEX_NOTE)
            fmt = paragraph.paragraph_format
            # "附件：" starts two characters in; later items line up under the first number.
            fmt.left_indent = Pt((2 if i == 0 else 5) * CHAR_PITCH_PT)
            prefix = "附件：" if i == 0 else ""
            number = f"{annex.number}. " if len(text.annexes) > 1 else ""
            paragraph.add_run(f"{prefix}{number}{annex.title}")
    if text.issuer or text.date:
        _add(document, "", STYLE_BODY)
        _add(document, "", STYLE_BODY)
        if text.issuer:
            _add(document, text.issuer, STYLE_SIGNATURE)
        if text.date:
            _add(document, text.date, STYLE_SIGNATURE)


def _annex(document: DocxDocument, annex: Annex, steps: _Steps) -> None:
    from docx.enum.section import WD_SECTION

    section = document.add_section(WD_SECTION.NEW_PAGE)
    _page(section, landscape=annex.landscape)
    _add(document, f"附件{annex.number}", STYLE_ANNEX_MARK)
    _add(document, annex.title, STYLE_TITLE)
    _add(document, "", STYLE_BODY)
    _blocks(document, annex.blocks, steps)


def _table(document: DocxDocument, table: Table, steps: _Steps) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Mm

    from reformdesk.formats import _docx_oxml as ox

    width_mm = TEXT_HEIGHT_MM if table.landscape else TEXT_WIDTH_MM
    total = sum(table.widths)
    widths = [Mm(width_mm * w / total) for w in table.widths]
    out = document.add_table(rows=1, cols=len(table.columns))
    out.style = document.styles["Table Grid"]
    out.alignment = WD_TABLE_ALIGNMENT.CENTER
    out.autofit = False
    ox.set_cell_margins(out, 60, 60)
    for column, width in zip(out.columns, widths, strict=True):
        column.width = width  # w:gridCol (LibreOffice reads these), the cells' w:tcW below (Word)
    header = out.rows[0]
    ox.repeat_header_row(header)
    for cell, label, width in zip(header.cells, table.columns, widths, strict=True):
        cell.width = width
        cell.paragraphs[0]._p.style = _style_id(document, STYLE_TABLE_HEADER)
        cell.paragraphs[0].add_run(label)
    body_style = _style_id(document, STYLE_TABLE)
    ox.cant_split(header)
    steps.step()
    for values in table.rows:
        steps.step()
        row = out.add_row()
        ox.cant_split(row)  # a row stays on one page: the signed annex reads row by row
        for cell, value, width in zip(row.cells, values, widths, strict=True):
            cell.width = width
            paragraph = cell.paragraphs[0]
            paragraph._p.style = body_style
            if value:
                paragraph.add_run(value)


__all__ = ["build_document", "write_plan_document"]
