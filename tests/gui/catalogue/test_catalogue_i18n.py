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
    """Catalogue content: Chinese by design (names, codes, bases, steps, texts)."""
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
    data = _data(doc.cat, doc.reference) | {"qinghai_reference.xlsx"}  # type: ignore[arg-type]
    assert "Implementing subjects 51 · items 346" in window.status_label.text()
    assert window.windowTitle().startswith("大通县 power and responsibility list 2026")
    left = sorted({text for _where, text in chinese_left(texts, data)})
    assert left == [], "\n".join(left)


def _every_problem() -> Catalogue:
    """A catalogue where each of the checks' codes fires at least once."""
    import copy

    from reformdesk.domain.catalogue import edits
    from reformdesk.domain.model import PowerType

    cat = Catalogue()
    edits.add_subjects(
        [
            edits.new_subject("县市场监督管理局", id="s1"),
            edits.new_subject("县市场监督管理局", id="s2"),  # subject.duplicate_name
            edits.new_subject("县民政局", id="s3"),  # subject.no_items
        ]
    ).apply(cat)
    good = edits.new_item(
        "食品经营许可",
        "s1",
        PowerType.LICENSING,
        id="good",
        code="630121-SJ-XK-0001",
        legal_basis="《中华人民共和国食品安全法》",
        basis_clause="第三十五条",
        levels=["县级"],
        accountability_cases="不依法受理的",
        accountability_basis="《行政机关公务员处分条例》",
    )

    def like(iid: str, **changes: object) -> object:
        item = copy.copy(good)
        item.id = iid
        item.responsibility_steps = list(good.responsibility_steps)
        for name, value in changes.items():
            setattr(item, name, value)
        return item

    items = [
        good,
        # no code, no basis, no levels, no steps, no accountability
        like(
            "bare",
            code="",
            name="食品生产许可",
            legal_basis="",
            levels=[],
            responsibility_steps=[],
            accountability_basis="",
        ),
        like(
            "nameless",
            code="630121-SJ-CF-0002",
            name="",
            levels=["区级"],
            basis_clause="",
            legal_basis="《中华人民共和国食品安全法》",
        ),  # no name, bad level, no clause
        like("twice", code="630121-SJ-CF-0002", name="对无证经营的处罚", type=PowerType.PENALTY),  # duplicate code
        like("again", code="630121-SJ-CF-0003", name="对无证经营的处罚", type=PowerType.PENALTY),  # listed twice
        like("orphan", code="630121-SJ-XK-0009", name="药品零售许可", subject_id=None),  # no subject
        like("sub", code="630121-SJ-XK-0001-01", name="食品经营许可（新办）", parent_id="good", subject_id="s2"),
        like(
            "subsub",
            code="630121-SJ-XK-0001-01-1",
            name="食品经营许可（新办·小作坊）",
            parent_id="sub",
            subject_id="s2",
        ),
    ]
    edits.add_items(cat, items).apply(cat)  # type: ignore[arg-type]
    return cat


def test_the_problems_list_in_english(qtbot, tmp_path: Path, english: None) -> None:  # type: ignore[no-untyped-def]
    """Every check's message through its template: English words, the catalogue's own names kept."""
    from reformdesk.domain.catalogue.checks import CODES
    from reformdesk.store.catalogue_file import save_catalogue

    cat = _every_problem()
    path = tmp_path / "problems.rdcatalog"
    save_catalogue(cat, path)
    window: CatalogueWindow = open_window(path)
    qtbot.addWidget(window, before_close_func=_discard)
    window.show()
    page = window.show_page("list")
    qtbot.waitExposed(window)
    model = page.problems.model()
    problems = window.doc.problems()
    assert {p.code for p in problems} == set(CODES), "the catalogue fires every check"
    shown = [str(model.index(row, 1).data()) for row in range(model.rowCount())]
    assert len(shown) == len(problems) and all(text for text in shown)
    by_code = dict(zip((p.code for p in problems), shown, strict=True))
    assert by_code["subject.no_items"] == "Implementing subject “县民政局” has no items"
    assert by_code["item.no_code"] == "县市场监督管理局: “食品生产许可” has no power code"
    assert by_code["item.no_subject"] == "“药品零售许可” has no implementing subject"
    assert by_code["item.duplicate_name"].endswith("“对无证经营的处罚” (Penalty) is listed more than once")
    assert "the levels “区级” of “630121-SJ-CF-0002”" in by_code["item.bad_level"]
    left = chinese_left(((f"problem {n}", t) for n, t in enumerate(shown)), _data(cat) | {"区级"})
    assert left == [], "\n".join(text for _where, text in left)
    # The CLI and the JSON stay Chinese.
    assert problems[0].message == "实施主体“县市场监督管理局”重复"
