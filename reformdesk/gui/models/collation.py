"""The one text order of the sortable tables: Chinese in pinyin order, numbers as numbers."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCollator, QLocale


@cache
def collator() -> QCollator:
    """Chinese text in pinyin order (as Excel and WPS sort it), codes with their numbers as numbers."""
    out = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    out.setNumericMode(True)
    return out
