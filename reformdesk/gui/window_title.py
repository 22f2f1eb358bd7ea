"""One title for every document window: "名称 — 文件[*]（只读） — 改革方案编制助手".

The town, catalogue and enforcement windows name their document first (a clerk with
three windows open finds the one they want in the task bar), then the file, and Qt's
modified mark (``[*]``, shown by ``setWindowModified``) right after what was changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def set_document_title(window: QWidget, parts: list[str], *, read_only: bool, modified: bool) -> None:
    """Title ``window`` after ``parts`` (the plan's name, its file; empty parts left out)."""
    shown = [p for p in parts if p] or [QCoreApplication.translate("WindowTitle", "未命名")]
    suffix = QCoreApplication.translate("WindowTitle", "（只读）") if read_only else ""
    app = QCoreApplication.translate("WindowTitle", "改革方案编制助手")
    document = " — ".join(shown)
    window.setWindowTitle(f"{document}[*]{suffix} — {app}")
    window.setWindowModified(modified)
