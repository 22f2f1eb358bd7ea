"""The catalogue window in English: nothing a person reads is Chinese except the catalogue's own data."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reformdesk.domain.catalogue.model import Catalogue
from reformdesk.gui.app import install_translators, remove_translators
from reformdesk.gui.catalogue.window import CatalogueWindow, open_window
from tests.conftest import SAMPLES
from tests.gui.catalogue.test_catalogue_window import _discard
from tests.gui.i18n_check import chinese_left, visible_texts


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def _data(*cats: Catalogue) -> set[str]:
    """Catalogue content: Chinese by design (names, codes, bases, steps, texts, the checks' messages)."""
    out: set[str] = set()
    for cat in cats:
        info = cat.info
        out |= {info.title, info.county, info.office, info.notes}
        for s in cat.subjects.values():
            out |= {s.name, s.code, s.note}
        for i in cat.items.values():
            for value in vars(i).values() if hasattr(i, "__dict__") else (getattr(i, f) for f in i.__slots__):
                if isinstance(value, str):
                    out.add(value)
                elif isinstance(value, list):
                    out |= {v for v in value if isinstance(v, str)}
    return {d for d in out if d}


def test_every_page_and_dialog_in_english(qtbot, tmp_path: Path, english: None) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "datong.rdcatalog"
    shutil.copy(SAMPLES / "datong_catalogue.rdcatalog", path)
    window: CatalogueWindow = open_window(path)
    qtbot.addWidget(window, before_close_func=_discard)
    window.show()
    texts = list(visible_texts(window))
    window.show_page("conformity")
    texts += visible_texts(window)  # the empty state
    assert window.files.import_reference(SAMPLES / "qinghai_reference.xlsx")
    conformity = window.pages["conformity"]
    conformity.table.setCurrentIndex(conformity.model.index(0, 2))
    texts += visible_texts(window)
    page = window.show_page("list")
    page.select_items([next(iter(window.doc.cat.children()))])
    for dialog in (page.edit_current(), page.ask_add_item(), page.ask_add_subject(), window.ask_info()):
        assert dialog is not None and dialog.isVisible()
        texts += visible_texts(dialog)
        dialog.reject()
    doc = window.doc
    data = _data(doc.cat, doc.reference) | {p.message for p in doc.problems()} | {"qinghai_reference.xlsx"}  # type: ignore[arg-type]
    assert "Implementing subjects 51 · items 346" in window.status_label.text()
    assert window.windowTitle().startswith("大通县 power and responsibility list 2026")
    left = sorted({text for _where, text in chinese_left(texts, data)})
    assert left == [], "\n".join(left)
