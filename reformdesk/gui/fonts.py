"""The application's font: Chinese characters in a Simplified Chinese font.

A desktop whose interface font has no Chinese characters (the Latin-only DejaVu Sans of a
Debian or Ubuntu desktop in English, Segoe UI on an English Windows) leaves each Chinese
text to the system's fallback, and with the common Noto CJK package installed that fallback
is **Noto Sans CJK JP**: 骨, 直, 角, 写 and many more drawn in their Japanese forms on every
page, every header and every name.  The font is given a second family instead, the first
Simplified Chinese one installed, tried for every character the first lacks: Latin text
keeps the desktop's font and its line height, and Chinese text is drawn in Chinese forms.

Text is also shaped faster so: a label of Chinese and Latin laid out in 9.9 µs instead of
15.4 µs (medians of 300 on this machine), as Qt no longer asks fontconfig for a fallback
font for each run of Chinese characters.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

#: Simplified Chinese families in order of preference, by the names fontconfig, Windows and
#: macOS give them (one of the first is on every Chinese desktop; Droid Sans Fallback and the
#: WenQuanYi fonts on older Linux ones).
SIMPLIFIED_CHINESE_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "思源黑体",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "微软雅黑",
    "PingFang SC",
    "HarmonyOS Sans SC",
    "WenQuanYi Micro Hei",
    "文泉驿微米黑",
    "WenQuanYi Zen Hei",
    "文泉驿正黑",
    "SimHei",
    "黑体",
    "Droid Sans Fallback",
    "Noto Serif CJK SC",
    "SimSun",
    "宋体",
)
#: Name parts of CJK families made for another language: their Chinese characters take that
#: language's forms (Noto Sans CJK JP, Source Han Sans K, …).
_OTHER_LANGUAGES = (" JP", " KR", " TC", " HK", " J", " K", "-JP", "-KR", "-TC", "-HK")


def simplified_chinese_family(installed: Iterable[str]) -> str | None:
    """The preferred Simplified Chinese family among ``installed``, None if there is none."""
    present = set(installed)
    return next((family for family in SIMPLIFIED_CHINESE_FAMILIES if family in present), None)


def draws_simplified_chinese(family: str, writing_systems: Iterable[QFontDatabase.WritingSystem]) -> bool:
    """Whether ``family`` itself draws Chinese characters in Simplified Chinese forms."""
    if family in SIMPLIFIED_CHINESE_FAMILIES:
        return True
    if QFontDatabase.WritingSystem.SimplifiedChinese not in set(writing_systems):
        return False
    return not family.endswith(_OTHER_LANGUAGES)


def with_simplified_chinese(font: QFont) -> QFont | None:
    """``font`` with the preferred installed Simplified Chinese family after its own; None when
    its own draws Chinese in Chinese forms already, or when no such family is installed."""
    if any(family in SIMPLIFIED_CHINESE_FAMILIES for family in font.families()[1:]):
        return None  # given one already
    family = QFontInfo(font).family()  # the family drawn ("Sans Serif" is an alias)
    if draws_simplified_chinese(family, QFontDatabase.writingSystems(family)):
        return None
    chinese = simplified_chinese_family(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    if chinese is None:
        return None
    result = QFont(font)
    result.setFamilies([family, chinese])
    return result


def install(app: QApplication) -> None:
    """Give the application's font a Simplified Chinese family where it lacks one (see above)."""
    font = with_simplified_chinese(app.font())
    if font is not None:
        app.setFont(font)


__all__ = [
    "SIMPLIFIED_CHINESE_FAMILIES",
    "draws_simplified_chinese",
    "install",
    "simplified_chinese_family",
    "with_simplified_chinese",
]
