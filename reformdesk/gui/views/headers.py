"""Column widths that fit the current language.

Views set default widths measured on Chinese labels; English labels are often
wider ("原实施部门" → "Source department").  ``fit_sections`` widens a column to
its header label and to the fixed texts it can show (tier names, change kinds),
never narrowing it, so the Chinese layout stays as it was designed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

#: Room for the cell's margins and the header's sort indicator.
PADDING = 28


def fit_sections(header: QHeaderView, texts: Mapping[int, Iterable[str]] | None = None) -> None:
    """Widen every section of ``header`` to its label, and listed ones to their texts too."""
    model = header.model()
    if model is None:
        return
    label_metrics = header.fontMetrics()
    cell_metrics = header.parentWidget().fontMetrics() if header.parentWidget() else label_metrics
    extra = texts or {}
    for section in range(header.count()):
        label = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        width = label_metrics.horizontalAdvance(str(label or "")) + PADDING
        for text in extra.get(section, ()):
            width = max(width, cell_metrics.horizontalAdvance(text) + PADDING // 2)
        if header.sectionSize(section) < width:
            header.resizeSection(section, width)
