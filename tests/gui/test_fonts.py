"""The application's font draws Chinese characters in Simplified Chinese forms."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextLayout

from reformdesk.gui import fonts


def _families_drawing(text: str, font: QFont) -> list[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]


def test_the_preferred_installed_simplified_chinese_family_is_chosen() -> None:
    assert fonts.simplified_chinese_family(["Noto Sans CJK JP", "WenQuanYi Zen Hei", "Noto Sans CJK SC"]) == (
        "Noto Sans CJK SC"
    )
    assert fonts.simplified_chinese_family(["DejaVu Sans", "文泉驿正黑"]) == "文泉驿正黑"
    assert fonts.simplified_chinese_family(["DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK KR"]) is None


def test_a_japanese_or_latin_family_does_not_count_as_simplified_chinese() -> None:
    sc = QFontDatabase.WritingSystem.SimplifiedChinese
    latin = QFontDatabase.WritingSystem.Latin
    assert fonts.draws_simplified_chinese("Noto Sans CJK SC", [latin, sc])
    assert fonts.draws_simplified_chinese("Some Chinese UI Font", [latin, sc])
    assert not fonts.draws_simplified_chinese("Noto Sans CJK JP", [latin, sc])  # Japanese forms
    assert not fonts.draws_simplified_chinese("Source Han Sans TC", [latin, sc])
    assert not fonts.draws_simplified_chinese("DejaVu Sans", [latin])


def test_chinese_text_is_drawn_in_a_simplified_chinese_font_and_latin_in_the_desktops(qapp) -> None:
    # The test session's application font has it (tests/conftest.py), as the app's has (gui/app.py).
    assert any("CJK" in family for family in QFontDatabase.families()), "a CJK font (fonts-noto-cjk) is needed"
    font = qapp.font()
    desktop = QFont(font)
    desktop.setFamilies([font.families()[0]])
    drawn = _families_drawing("机构设置 骨 直 Staff 123", font)
    assert all(family in fonts.SIMPLIFIED_CHINESE_FAMILIES or family == QFontInfo(desktop).family() for family in drawn)
    assert any(family in fonts.SIMPLIFIED_CHINESE_FAMILIES for family in drawn), drawn
    if not fonts.draws_simplified_chinese(
        QFontInfo(desktop).family(), QFontDatabase.writingSystems(font.families()[0])
    ):
        # A Latin desktop font (DejaVu Sans here): it keeps the Latin text and the line height.
        assert _families_drawing("Staff 123", font) == [QFontInfo(desktop).family()]
        from PySide6.QtGui import QFontMetrics

        assert QFontMetrics(font).height() == QFontMetrics(desktop).height()
        assert fonts.with_simplified_chinese(desktop) == font
    assert fonts.with_simplified_chinese(font) is None  # installed once: nothing more to add
