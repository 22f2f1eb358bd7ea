"""i18n smoke test over a sample plan: every page (and sub-tab), the powers
dialogs, the org chart and the compare window open in both languages, and in
English nothing a person can read is Chinese except the plan's own data.

What is excluded from the English check, on purpose (see tests/gui/i18n_check.py):
plan content (names of bodies, units, people, powers; codes, posts, sites,
legal bases, departments, notes, plan details) and the domain's messages
(validation problems, comparison values, import reasons and values), which
are Chinese by design.  Qt's own file dialog is Qt's translation, not ours.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QFileDialog, QTabWidget, QWidget

from reformdesk.domain.comparison import compare
from reformdesk.domain.registry import EntityKind
from reformdesk.gui.app import install_translators, remove_translators
from reformdesk.gui.main_window import MainWindow
from reformdesk.gui.settings import LANGUAGES
from reformdesk.gui.views.powers_view import PowersPage
from reformdesk.gui.views.tier_view import TierPage
from reformdesk.store.planfile import open_plan
from tests.formats.import_helpers import HEADER, write_xlsx
from tests.gui.core_plans import make_settings
from tests.gui.i18n_check import chinese_left, painted_texts, plan_data, visible_texts
from tests.gui.windows import discard_changes


@pytest.fixture(params=list(LANGUAGES))
def language(request, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def _show_every_tab(window: MainWindow) -> list[tuple[str, str]]:
    """Each page, and each tab inside a page, made current and painted; their texts."""
    texts: list[tuple[str, str]] = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        inner = window.tabs.widget(i).findChildren(QTabWidget)
        for tabs in inner or [None]:
            for j in range(tabs.count() if tabs else 1):
                if tabs:
                    tabs.setCurrentIndex(j)
                QApplication.processEvents()  # the org chart builds its scene on a 0 ms timer
                window.grab()
                texts += visible_texts(window)
    return texts


def _dialog_texts(dialog: QWidget) -> list[tuple[str, str]]:
    assert dialog.isVisible(), dialog
    dialog.grab()
    texts = visible_texts(dialog)
    if isinstance(dialog, QDialog):
        dialog.reject()
    return texts


def test_every_page_and_window_translated(
    qtbot, tmp_path: Path, language: str, plan_one_path: Path, plan_two_path: Path
) -> None:
    # 方案二 in the main window: it has open items, so problems, unassigned powers and warnings show.
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    window.resize(1366, 768)
    window.show()
    assert window.files.load(plan_two_path)
    plan = window.doc.plan
    english = language == "en"
    # Problem messages are translated (by their templates): no longer data.
    extra: list[str] = []

    texts: list[tuple[str, str]] = []
    with painted_texts(window) as painted:
        window.select_entity(EntityKind.BODY, next(iter(plan.bodies)))  # the body panel shows
        texts += _show_every_tab(window)

        # The powers page's dialogs: bulk edit, edit, add, import preview.
        powers = next(p for p in window.pages if isinstance(p, PowersPage))
        window.tabs.setCurrentWidget(powers)
        powers.table.setCurrentIndex(powers.model.index(0, 0))
        powers.select_all_filtered()
        powers.bulk_edit()
        texts += _dialog_texts(powers._dialog)
        powers.table.setCurrentIndex(powers.model.index(0, 0))
        powers.edit_current()
        texts += _dialog_texts(powers._dialog)
        powers.add_sub_item()
        texts += _dialog_texts(powers._dialog)
        first = next(iter(plan.powers.values()))
        sheet = write_xlsx(
            tmp_path / "list.xlsx",
            [
                HEADER,
                [1, first.code, first.name, "行政许可", "", "县市场监管局", "委托", "", "2027-03-31", "", ""],
                [2, "630121-NEW-001", "新的事项", "行政处罚", "", "县住建局", "", "", "", "", ""],
                [3, "630121-BAD-001", "坏的事项", "", "", "", "", "不存在的机构", "", "", ""],
            ],
        )
        preview = powers.import_file(sheet)
        assert preview is not None
        # Reasons and mapping rules are translated; the values written in the sheet are data.
        extra += [t for m in preview.preview.mappings for t in (m.written, m.value_text)] + [
            t for u in preview.preview.updated for c in u.changes for t in (c.old_text, c.new_text)
        ]
        extra += ["新的事项", "坏的事项", "不存在的机构", "县住建局", "县市场监管局"]  # the sheet's own data
        for tab in range(preview.tabs.count()):
            preview.tabs.setCurrentIndex(tab)
            texts += visible_texts(preview)
        texts += _dialog_texts(preview)

        # The tier page's proposal status line.
        tiers = next(p for p in window.pages if isinstance(p, TierPage))
        window.tabs.setCurrentWidget(tiers)
        tiers.apply_proposal()
        texts += visible_texts(window)

        # File → 比较方案… with 方案一; a difference selected shows its details.
        window.compare_action.trigger()
        chooser = next(d for d in window.findChildren(QFileDialog) if d.isVisible())
        chooser.fileSelected.emit(str(plan_one_path))
        chooser.reject()
        compare_window = window.compare_windows()[0]
        qtbot.waitExposed(compare_window)
        compare_window.diff_view.selectRow(0)
        compare_window.grab()
        texts += visible_texts(compare_window)
        texts += [("compare detail", compare_window.detail_label.text())]

    assert len(texts) > 500  # the collector does see the windows …
    assert len(painted) > 100  # … and what the charts and the org chart paint
    other = open_plan(plan_one_path)
    data = plan_data([plan, other], compare(plan, other), extra)
    left = chinese_left(texts + painted, data)
    if english:
        unique = sorted({text for _where, text in left})
        assert unique == [], "\n".join(unique)
        assert window.compare_action.text() == "Co&mpare plans…"
        assert compare_window.adopt_action.text() == "Adopt into the current plan (方案二)"
    else:
        # The same check finds the Chinese UI: it would find what English left untranslated.
        found = {text for _where, text in left}
        assert {
            "导出方案文本（Word）(&W)…",
            "比较方案(&M)…",
            "采纳到当前方案（方案二）",
            "分管副职管理幅度（分管人数）",
        } <= found
        assert window.compare_action.text() == "比较方案(&M)…"
        assert any(text == "权限承接" for _w, text in texts)
    window.files.shutdown()


def test_the_other_dialogs_translated_with_a_cjk_font(
    qtbot, tmp_path: Path, language: str, plan_one_path: Path
) -> None:
    """New plan, plan info, unit and person forms, a delete question, the roster import and a
    refused paste: in English no Chinese is left but the data; in Chinese the glyphs exist."""
    from PySide6.QtGui import QFontDatabase, QFontMetrics

    from reformdesk.gui.models.powers_model import COLUMN_OF

    assert any("CJK" in family for family in QFontDatabase.families()), "a CJK font (fonts-noto-cjk) is needed"
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    window.show()
    assert window.files.load(plan_one_path)
    plan = window.doc.plan
    metrics = QFontMetrics(window.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "机构设置权限承接"), window.font().family()
    texts: list[tuple[str, str]] = []
    texts += _dialog_texts(window.files.ask_new_plan())
    texts += _dialog_texts(window.files.ask_plan_info())
    structure = window.pages[0]
    unit = next(iter(plan.units))
    person = next(iter(plan.people))
    texts += _dialog_texts(structure.entities.new_unit())
    texts += _dialog_texts(structure.entities.edit_unit(unit))
    texts += _dialog_texts(structure.entities.new_person())
    texts += _dialog_texts(structure.entities.edit_person(person))
    box = structure.entities.delete_people([person])
    texts += _dialog_texts(box)
    roster = window.roster.import_file(ROSTER)
    assert roster is not None
    texts += _dialog_texts(roster)
    powers = next(p for p in window.pages if isinstance(p, PowersPage))
    window.tabs.setCurrentWidget(powers)
    powers.table.setCurrentIndex(powers.model.index(0, COLUMN_OF["status"]))
    assert not powers.sheet.paste("x")
    texts += _dialog_texts(powers.sheet.message)
    from openpyxl import load_workbook

    sheets = load_workbook(ROSTER, read_only=True).sheetnames  # the roster's own sheet names: data
    left = chinese_left(texts, plan_data([plan], extra=[str(tmp_path), *sheets, *_roster_data(roster)]))
    if language == "en":
        unique = sorted({text for _where, text in left})
        assert unique == [], "\n".join(unique)
    else:
        assert left  # the same check sees the Chinese UI
    window.files.shutdown()


ROSTER = Path(__file__).resolve().parents[2] / "sample_plans" / "liuxi_roster.xlsx"


def _roster_data(dialog: QWidget) -> list[str]:
    """What the roster's sheet says (names, posts, units, sheet names): data."""
    out: list[str] = []
    for view in dialog.findChildren(QAbstractItemView):
        model = view.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                value = model.index(row, column).data()
                if isinstance(value, str):
                    out.append(value)
    return out
