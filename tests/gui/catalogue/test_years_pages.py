"""The catalogue window's 动态调整 and 审批事项目录 pages: records from the previous version, completed,
exported; the approval catalogue against a base year with its 精简率, exported."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from reformdesk.gui.catalogue.window import CatalogueWindow, open_window
from reformdesk.samples import datong_years
from reformdesk.store.catalogue_file import open_catalogue, save_catalogue
from tests.conftest import PLAN_ONE, SAMPLES
from tests.gui.catalogue.test_catalogue_window import _discard

CATALOGUE = SAMPLES / "datong_catalogue.rdcatalog"
LAST = SAMPLES / datong_years.LAST_FILE
BASE = SAMPLES / datong_years.BASE_FILE


@pytest.fixture
def window(qtbot, tmp_path: Path) -> CatalogueWindow:  # type: ignore[no-untyped-def]
    # The 2026 catalogue without its 2026 records: the page proposes them.
    cat = open_catalogue(CATALOGUE)
    cat.adjustments = {k: r for k, r in cat.adjustments.items() if r.year < 2026}
    path = tmp_path / "datong.rdcatalog"
    save_catalogue(cat, path)
    w = open_window(path)
    qtbot.addWidget(w, before_close_func=_discard)
    w.show()
    return w


def test_an_item_renamed_after_its_record_updates_that_record_on_comparing_again(window) -> None:  # type: ignore[no-untyped-def]
    # 食品生产许可's 具体条款 change is recorded; the clerk then adopts the province's name
    # (三级四同): comparing again updates that record, it does not add a second one.
    from reformdesk.gui.edits import catalogue_edits as edits

    page = window.pages["adjustments"]
    page.files.open_chooser = lambda *_a: str(LAST)
    page.compare_button.click()
    assert page.model.rowCount() == 10
    iid = next(i for i, item in window.doc.cat.items.items() if item.code == "630121-SJ-XK-0003")
    assert edits.set_item_fields(window.doc, iid, {"name": "食品生产许可证核发"})
    page.compare_button.click()
    assert page.model.rowCount() == 10
    assert window.doc.undo_stack.undoText() == "与 datong_catalogue_2025.rdcatalog 比较：新增 0 条、更新 1 条调整记录"
    record = next(r for r in window.doc.cat.adjustments.values() if r.code == "630121-SJ-XK-0003")
    assert record.name == "食品生产许可证核发" and "职权名称：食品生产许可证核发" in record.after
    window.doc.undo_stack.undo()
    record = next(r for r in window.doc.cat.adjustments.values() if r.code == "630121-SJ-XK-0003")
    assert record.name == "食品生产许可" and "职权名称" not in record.after


def test_compare_with_last_year_proposes_records_then_complete_them(qtbot, qtmodeltester, window, tmp_path) -> None:
    page = window.pages["adjustments"]
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 0 and "2026年度共 0 条" in page.summary.text()
    page.files.open_chooser = lambda *_a: str(LAST)
    page.compare_button.click()
    model = page.model
    assert model.rowCount() == 10
    assert [model.index(r, 4).data() for r in range(10)] == ["新增"] * 2 + ["取消"] * 2 + ["下放"] * 2 + [
        "合并",
        "分设",
        "变更",
        "变更",
    ]
    assert "10 条未填调整理由或文件依据" in page.summary.text()
    assert window.doc.undo_stack.undoText() == "与 datong_catalogue_2025.rdcatalog 比较：新增 10 条调整记录"
    qtmodeltester.check(model)
    # Comparing again adds nothing (and pushes no empty step).
    count = window.doc.undo_stack.count()
    page.compare_button.click()
    assert model.rowCount() == 10 and window.doc.undo_stack.count() == count
    # Complete the first record: reason, document, number and date, each one step.
    reason, basis, number, date = (
        1 + ["subject", "code", "name", "action", "before", "after", "reason", "basis", "doc_no", "date"].index(f)
        for f in ("reason", "basis", "doc_no", "date")
    )
    assert model.setData(model.index(0, reason), "法律法规立改废")
    assert model.setData(model.index(0, basis), "《关于公布2026年权责清单动态调整事项的通知》")
    assert model.setData(model.index(0, number), "大政〔2026〕5号")
    assert model.setData(model.index(0, date), QDate(2026, 11, 20))
    record = model.record_at(0)
    assert (record.reason, record.doc_no, record.date) == ("法律法规立改废", "大政〔2026〕5号", dt.date(2026, 11, 20))
    assert model.index(0, date).data() == "2026年11月20日"
    assert "9 条未填" in page.summary.text()
    window.doc.undo_stack.undo()
    assert model.record_at(0).date is None
    window.doc.undo_stack.redo()
    # Export the 年度动态调整表.
    out = tmp_path / "调整表.xlsx"
    page.files.file_chooser = lambda *_a: str(out)
    page.export_button.click()
    rows = list(openpyxl.load_workbook(out)["年度动态调整表"].iter_rows(values_only=True))
    assert rows[0][0] == "大通县权责清单2026年度动态调整表"
    first = next(r for r in rows if r[0] == 1)
    assert (
        first[7] == "法律法规立改废" and first[8] == "《关于公布2026年权责清单动态调整事项的通知》（大政〔2026〕5号）"
    )
    # Delete records (selected rows), one step; undo brings them back.
    page.view.selectRow(9)
    assert page.remove_selected()
    assert model.rowCount() == 9
    window.doc.undo_stack.undo()
    assert model.rowCount() == 10


# The suggestions are a popup: the offscreen plugin says it cannot grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_return_and_escape_in_the_reason_cell_end_the_edit_in_one_press(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

    from tests.gui.typing_keys import type_text

    page = window.pages["adjustments"]
    page.files.open_chooser = lambda *_a: str(LAST)
    page.compare_button.click()
    model, view = page.model, page.view
    column = 1 + ["subject", "code", "name", "action", "before", "after", "reason"].index("reason")
    window.activateWindow()
    qtbot.waitActive(window)

    def start(row: int, typed: str) -> QLineEdit:
        view.setFocus()
        view.setCurrentIndex(model.index(row, column))
        qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and view.state() == QAbstractItemView.State.EditingState
        type_text(editor, typed)
        popup = editor.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        return editor

    # Return with a suggestion highlighted: that one, committed, the editor closed.
    editor = start(0, "上级")
    popup = editor.completer().popup()
    popup.setCurrentIndex(popup.model().index(1, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert model.record_at(0).reason == "上级取消或下放"
    assert view.state() != QAbstractItemView.State.EditingState and not popup.isVisible()
    # Return with nothing highlighted: the text as typed.
    editor = start(1, "因机构改革")
    popup = editor.completer().popup()
    popup.setCurrentIndex(popup.model().index(-1, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert model.record_at(1).reason == "因机构改革"
    assert view.state() != QAbstractItemView.State.EditingState
    # Escape: the suggestions closed and the edit cancelled, in one press.
    steps = window.doc.undo_stack.count()
    editor = start(2, "职能")
    popup = editor.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert view.state() != QAbstractItemView.State.EditingState and not popup.isVisible()
    assert model.record_at(2).reason == "" and window.doc.undo_stack.count() == steps


def test_earlier_years_and_a_new_year_version(qtbot, window, tmp_path) -> None:
    page = window.pages["adjustments"]
    years = [page.year_combo.itemData(i) for i in range(page.year_combo.count())]
    assert years[0] == 2026 and 2016 in years
    page.year_combo.setCurrentIndex(years.index(2016))
    page.year_combo.activated.emit(years.index(2016))
    assert page.model.rowCount() == 15 and page.model.incomplete() == 0
    target = tmp_path / "2027.rdcatalog"
    page.files.file_chooser = lambda *_a: str(target)
    with qtbot.waitSignal(page.files.windowOpened) as opened:
        page.new_year_button.click()
    other = opened.args[0]
    qtbot.addWidget(other, before_close_func=_discard)
    assert other.doc.cat.info.year == 2027 and open_catalogue(target).info.title.endswith("（2027年版）")
    # Never over an existing file.
    page.new_year_button.click()
    assert isinstance(page.files.box, QMessageBox) and "已存在" in page.files.box.text()
    page.files.box.reject()


def test_an_unreadable_previous_version_says_why(qtbot, window, tmp_path) -> None:
    page = window.pages["adjustments"]
    bad = tmp_path / "bad.rdcatalog"
    shutil.copy(PLAN_ONE, bad)
    page.files.open_chooser = lambda *_a: str(bad)
    page.compare_button.click()
    assert page.files.box is not None and "不是权责清单文件" in page.files.box.text()
    assert page.model.rowCount() == 0
    page.files.box.reject()


def test_approvals_against_the_base_year(qtbot, qtmodeltester, window, tmp_path) -> None:
    page = window.pages["approvals"]
    qtmodeltester.check(page.model)
    assert not page.export_button.isEnabled() and "尚未选择基期清单" in page.base_label.text()
    page.files.open_chooser = lambda *_a: str(BASE)
    page.base_button.click()
    assert page.rate_label.text() == "精简率 69.6%（取消 58 + 下放 20）÷ 112"
    assert "取消 58，调整 30（其中下放 20），保留 24" in page.base_label.text()
    assert page.model.rowCount() == 112
    qtmodeltester.check(page.model)
    page.status_combo.setCurrentIndex(page.status_combo.findData("保留"))
    assert page.model.rowCount() == 24 and {page.model.index(r, 1).data() for r in range(24)} == {"保留"}
    # An edit of the catalogue shows after the checks' pause: a kept licence marked 非审批 is adjusted.
    from reformdesk.domain.catalogue.model import ApprovalMark
    from reformdesk.gui.edits.catalogue_edits import set_item_fields

    kept = next(i for i in window.doc.cat.items.values() if i.code == "630121-FG-XK-0001")
    set_item_fields(window.doc, kept.id, {"approval": ApprovalMark.NO})
    with qtbot.waitSignal(page.files.baseChanged, timeout=3000):
        pass
    assert page.model.rowCount() == 23
    out = tmp_path / "目录.xlsx"
    page.files.file_chooser = lambda *_a: str(out)
    page.export_button.click()
    assert openpyxl.load_workbook(out).sheetnames == ["取消目录", "调整目录", "保留目录"]


def test_pages_have_menus_with_their_actions(window) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert "动态调整(&D)" in titles and "审批事项目录(&A)" in titles
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "动态调整(&D)")
    assert "与上一版本比较(&P)…" in [a.text() for a in menu.actions()]


def test_fill_down_gives_the_selected_records_one_document(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # A year's records share one 文件依据 and 文号: the clerk typed them once and had to type them
    # again in every row; Ctrl+D fills the clicked column down the selected rows, as in Excel.
    from PySide6.QtCore import QItemSelectionModel, Qt

    page = window.show_page("adjustments")
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    page.files.open_chooser = lambda *_a: str(LAST)
    page.compare_button.click()
    model = page.model
    basis = 1 + ["subject", "code", "name", "action", "before", "after", "reason", "basis"].index("basis")
    date = basis + 2
    assert model.setData(model.index(0, basis), "《关于公布2026年权责清单动态调整事项的通知》")
    assert model.setData(model.index(0, date), QDate(2026, 11, 20))
    steps = window.doc.undo_stack.count()
    page.view.setCurrentIndex(model.index(0, basis))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(1, 4):
        page.view.selectionModel().select(model.index(row, basis), flags)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [model.record_at(r).basis for r in range(5)] == ["《关于公布2026年权责清单动态调整事项的通知》"] * 4 + [""]
    assert window.doc.undo_stack.count() == steps + 1 and window.doc.undo_stack.undoText() == "向下填充 3 条调整记录"
    assert model.record_at(1).date is None  # only the clicked column
    # One row selected: the value of the row above, here the date.
    page.view.selectRow(1)
    page.view.setCurrentIndex(model.index(1, date))
    assert page.fill_down() and model.record_at(1).date == dt.date(2026, 11, 20)
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert [model.record_at(r).basis for r in range(1, 4)] == [""] * 3
    assert page.fill_action in page.menu_actions


def test_record_types_and_approval_states_in_the_uis_language(qapp) -> None:  # type: ignore[no-untyped-def]
    """The English 动态调整 page read 新增, 取消, 合并 in its 调整类型 column, the 审批事项目录 page 取消, 调整,
    保留 and 下放: each enum in the UI's language (the Chinese UI as the domain names it)."""
    from reformdesk.domain.catalogue.approvals import AdjustMode, ApprovalStatus
    from reformdesk.domain.catalogue.model import AdjustmentType
    from reformdesk.gui.app import install_translators, remove_translators
    from reformdesk.gui.models.catalogue_years_models import enum_text

    assert [enum_text(t) for t in AdjustmentType] == [t.value for t in AdjustmentType]
    translators = install_translators(qapp, "en")
    try:
        shown = {enum_text(t) for t in (*AdjustmentType, *ApprovalStatus, *AdjustMode)}
        assert {"Add", "Cancel", "Merge", "Split", "Cancelled", "Adjusted", "Kept", "Delegated"} <= shown
        assert not any("\u4e00" <= ch <= "\u9fff" for text in shown for ch in text), shown
        assert enum_text(None) == ""
    finally:
        remove_translators(qapp, translators)


def test_the_pages_show_the_translated_enums(qtbot, qapp, window) -> None:  # type: ignore[no-untyped-def]
    from reformdesk.gui.app import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    try:
        records = window.pages["adjustments"].model
        records.set_year(max(r.year for r in window.doc.cat.adjustments.values()))  # the fixture's 2026 has none
        column = 1 + 3  # after 序号: subject, code, name, then 调整类型
        assert records.rowCount() > 0
        assert all(
            records.index(r, column).data() in {"Add", "Cancel", "Delegate", "Change", "Merge", "Split"}
            for r in range(records.rowCount())
        )
        page = window.pages["approvals"]
        page.files.open_chooser = lambda *_a: str(BASE)
        page.base_button.click()
        assert {page.model.index(r, 1).data() for r in range(page.model.rowCount())} == {
            "Cancelled",
            "Adjusted",
            "Kept",
        }
    finally:
        remove_translators(qapp, translators)
