"""Start the Qt application and show the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def run(plan_path: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("ReformDesk 改革方案编制助手")
    window.resize(1280, 720)
    window.show()
    return app.exec()
