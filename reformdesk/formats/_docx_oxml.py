"""The few things python-docx has no API for, as small element tweaks in one place.

Everything else in the plan document goes through python-docx's API.  These
set single WordprocessingML attributes or elements the way python-docx users
do (``OxmlElement`` / ``qn``), each documented with the element it writes:

* :func:`set_fonts` — ``w:rFonts``: python-docx's ``font.name`` sets only the
  Latin slots; Word and WPS pick the Chinese font from ``w:eastAsia``, and the
  default template's theme attributes (``w:eastAsiaTheme`` …) would override
  any name, so they are removed;
* :func:`set_language` — ``w:lang w:eastAsia="zh-CN"`` (line breaking, punctuation);
* :func:`set_doc_grid` — ``w:docGrid`` of a section: 22 lines × 28 characters;
* :func:`set_snap_to_grid`, :func:`set_char_spacing` — ``w:snapToGrid`` off and
  ``w:spacing`` condensed, so 28 characters fit a line in LibreOffice too;
* :func:`set_outline_level` — ``w:outlineLvl`` of a paragraph style (navigation pane);
* :func:`add_page_field` — a ``PAGE`` field (``w:fldChar`` begin/separate/end);
* :func:`repeat_header_row` — ``w:tblHeader``: the table's header row on every page;
* :func:`set_cell_margins` — ``w:tblCellMar`` of a table.

No fonts are embedded: nothing here writes ``w:embedTrueTypeFonts`` or font parts.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")

# Word refuses a file whose elements are out of the schema's order, so each new
# child goes in before the elements that must follow it (python-docx's own way).
_RPR_AFTER_SPACING = (
    "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd",
    "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
)  # fmt: skip
_PPR_AFTER_SNAP = (
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
    "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_PPR_AFTER_OUTLINE = ("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_TBLPR_AFTER_CELL_MARGINS = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def _child(parent: Any, tag: str, successors: tuple[str, ...]) -> Any:
    """``parent``'s ``tag`` child, added in its schema place when missing."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.insert_element_before(el, *successors)
    return el


def set_fonts(rpr_parent: Any, east_asia: str, latin: str | None = None) -> None:
    """Set ``w:rFonts`` of a style, run or ``w:rPrDefault``: the Chinese font and the Latin one.

    ``rpr_parent`` is any oxml element with ``get_or_add_rPr`` (a style's or run's
    element) or a ``w:rPr`` itself.
    """
    rpr = rpr_parent if rpr_parent.tag == qn("w:rPr") else rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        style = rpr.find(qn("w:rStyle"))  # only w:rStyle comes before w:rFonts
        rpr.insert(0 if style is None else 1, fonts)
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    latin = latin or east_asia
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)


def default_rpr(document: Any) -> Any:
    """``w:docDefaults/w:rPrDefault/w:rPr`` of the document's styles (created when missing)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    return rpr


def set_language(rpr: Any, east_asia: str = "zh-CN") -> None:
    """``w:lang``: Latin text en-US, East Asian text ``east_asia``."""
    lang = _child(rpr, "w:lang", ("w:eastAsianLayout", "w:specVanish", "w:oMath"))
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), east_asia)


def set_default_size(rpr: Any, points: float) -> None:
    """``w:sz``/``w:szCs`` of ``w:rPrDefault`` (half-points): the size the document grid counts from."""
    for tag in ("w:sz", "w:szCs"):
        after = _RPR_AFTER_SPACING[_RPR_AFTER_SPACING.index(tag) + 1 :]
        _child(rpr, tag, after).set(qn("w:val"), str(round(points * 2)))


def set_doc_grid(section: Any, line_pitch_twips: int, char_space: int) -> None:
    """``w:docGrid w:type="linesAndChars"``: lines of ``line_pitch_twips``; characters
    ``char_space`` 4096ths of a point wider than the default font size (negative: narrower)."""
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(line_pitch_twips))
    grid.set(qn("w:charSpace"), str(char_space))


def doc_grid(section: Any) -> dict[str, str]:
    """The section's ``w:docGrid`` attributes (for tests)."""
    grid = section._sectPr.find(qn("w:docGrid"))
    return {} if grid is None else {k.split("}")[1]: v for k, v in grid.attrib.items()}


def set_outline_level(style: Any, level: int) -> None:
    """``w:outlineLvl`` (0 = level 1): the heading shows in Word's and WPS's navigation pane."""
    ppr = style.element.get_or_add_pPr()
    outline = _child(ppr, "w:outlineLvl", _PPR_AFTER_OUTLINE)
    outline.set(qn("w:val"), str(level))


def set_snap_to_grid(style: Any, snap: bool) -> None:
    """``w:snapToGrid`` of a paragraph style.

    Off for our styles: LibreOffice gives every character wider than a grid cell
    two cells, so a grid of 28 characters of 三号 (15.79 pt, narrower than the
    16 pt glyphs) would set 14 a line; :func:`set_char_spacing` fits 28 instead,
    the same in Word, WPS and LibreOffice.  The line pitch is kept by exact line
    spacing.
    """
    ppr = style.element.get_or_add_pPr()
    el = _child(ppr, "w:snapToGrid", _PPR_AFTER_SNAP)
    el.set(qn("w:val"), "1" if snap else "0")


def set_char_spacing(style: Any, twentieths: int) -> None:
    """``w:spacing`` of a style's run properties: characters wider (positive) or condensed, in 1/20 pt."""
    rpr = style.element.get_or_add_rPr()
    el = _child(rpr, "w:spacing", _RPR_AFTER_SPACING)
    el.set(qn("w:val"), str(twentieths))


def add_page_field(paragraph: Any) -> Any:
    """Append a ``PAGE`` field to ``paragraph`` as one run per field character; returns the result run."""

    def run_with(child: Any) -> Any:
        run = paragraph.add_run()
        run._r.append(child)
        return run

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    result = paragraph.add_run("1")  # shown until the field is updated
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)
    return result


def repeat_header_row(row: Any) -> None:
    """``w:trPr/w:tblHeader``: repeat this row at the top of every page the table spans."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def cant_split(row: Any) -> None:
    """``w:trPr/w:cantSplit``: the row is not broken across two pages."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    tr_pr.insert(0, el)  # cantSplit comes before tblHeader in CT_TrPr's sequence


def set_cell_margins(table: Any, left_twips: int, right_twips: int) -> None:
    """``w:tblCellMar``: the left and right padding of every cell."""
    tbl_pr = table._tbl.tblPr
    margins = _child(tbl_pr, "w:tblCellMar", _TBLPR_AFTER_CELL_MARGINS)
    for side, value in (("w:left", left_twips), ("w:right", right_twips)):
        el = OxmlElement(side)
        el.set(qn("w:w"), str(value))
        el.set(qn("w:type"), "dxa")
        margins.append(el)


__all__ = [
    "add_page_field",
    "cant_split",
    "default_rpr",
    "doc_grid",
    "repeat_header_row",
    "set_cell_margins",
    "set_char_spacing",
    "set_default_size",
    "set_doc_grid",
    "set_fonts",
    "set_language",
    "set_outline_level",
    "set_snap_to_grid",
]
