"""The window on a 1366×768 screen in both languages: every page fits, the filters stay legible."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reformdesk.gui.app import install_translators, remove_translators
from reformdesk.gui.main_window import MainWindow
from reformdesk.gui.views.service_view import ServicePage
from reformdesk.gui.views.tier_view import TierPage
from tests.conftest import SAMPLES
from tests.gui.core_plans import make_settings
from tests.gui.windows import discard_changes


@pytest.fixture(params=["zh", "en"])
def window(request, qtbot, qapp, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, request.param) if request.param == "en" else []
    path = tmp_path / "qiaotou_plan1.rdplan"
    shutil.copy(SAMPLES / "qiaotou_plan1.rdplan", path)  # 14 windows, 67 service items
    w = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(w, before_close_func=discard_changes)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    assert w.files.load(path)
    yield w
    w.files.shutdown()
    remove_translators(qapp, translators)


def test_every_page_fits_a_1366_screen(window: MainWindow) -> None:
    # In English the 便民服务 page's figures and legend, on one line each, and its three combo
    # boxes, as wide as their longest entry, held the window at 1376 px.
    for index, page in enumerate(window.pages):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1366, (page.objectName(), window.minimumSizeHint().width())
        assert window.width() <= 1366, page.objectName()


def test_filters_keep_their_words_on_a_1366_screen(window: MainWindow) -> None:
    tiers = next(p for p in window.pages if isinstance(p, TierPage))
    window.tabs.setCurrentWidget(tiers)
    QApplication.processEvents()
    # The search box showed "S…" of "Search by name or staff id".
    search = tiers.search
    assert search.width() >= search.fontMetrics().horizontalAdvance(search.placeholderText()), search.width()
    hall = next(p for p in window.pages if isinstance(p, ServicePage))
    window.tabs.setCurrentWidget(hall)
    QApplication.processEvents()
    # The target window's name shows (窗口1 综合受理窗口), not "Window 1 综".
    target = hall.target
    assert target.width() >= target.fontMetrics().horizontalAdvance(target.currentText()), target.width()
