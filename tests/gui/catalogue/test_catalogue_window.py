"""The catalogue window: opened by kind, title and lock, the 清单 page, the item dialog, undo, save and close."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from reformdesk.domain.catalogue.registry import ITEM_FIELDS
from reformdesk.domain.model import PowerType
from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.gui.catalogue.pages import PAGES
from reformdesk.gui.catalogue.window import CatalogueWindow, open_window
from reformdesk.gui.catalogue_actions import open_if_catalogue
from reformdesk.gui.dialogs.catalogue_item_dialog import CatalogueItemDialog
from reformdesk.gui.models.catalogue_models import ITEM_COLUMNS, CatalogueProblemsModel, ItemsModel, SubjectsModel
from reformdesk.store.catalogue_file import open_catalogue, save_catalogue
from tests.conftest import SAMPLES
from tests.gui.windows import discard_changes

SAMPLE = SAMPLES / "datong_catalogue.rdcatalog"


def _discard(window: QWidget) -> None:
    if not shiboken6.isValid(window):
        return  # closed and deleted by the test (a window that deletes itself on close)
    for w in (window, *window.findChildren(CatalogueWindow)):
        doc = getattr(w, "doc", None)
        if isinstance(doc, CatalogueDocument):
            doc.undo_stack.setClean()
    discard_changes(window)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "datong.rdcatalog"
    shutil.copy(SAMPLE, path)
    return path


@pytest.fixture
def window(qtbot, sample: Path) -> CatalogueWindow:  # type: ignore[no-untyped-def]
    w = open_window(sample)
    qtbot.addWidget(w, before_close_func=_discard)
    w.show()
    return w


def _main_with_children(doc: CatalogueDocument) -> tuple[str, list[str]]:
    return next(iter(doc.cat.children().items()))


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    doc = CatalogueDocument(open_catalogue(SAMPLE))
    subjects = SubjectsModel(doc)
    qtmodeltester.check(subjects)
    assert subjects.rowCount() == len(doc.cat.subjects) + 1
    items = ItemsModel(doc)
    qtmodeltester.check(items)
    main, kids = _main_with_children(doc)
    assert items.rowCount(items.index_of(main)) == len(kids)
    items.set_filter(doc.cat.items[main].subject_id, "", None)
    qtmodeltester.check(items)
    items.set_filter(None, "保障", PowerType.BENEFIT)
    qtmodeltester.check(items)
    problems = CatalogueProblemsModel(doc)
    qtmodeltester.check(problems)
    assert problems.rowCount() == len(doc.problems()) > 0


def test_columns_come_from_the_registry(window: CatalogueWindow) -> None:
    model = window.pages["list"].items_model
    labels = {f.name: f.label for f in ITEM_FIELDS}
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == [labels[f.name] for f in ITEM_COLUMNS]
    assert "职权编码" in titles and "责任事项" in titles and "主项" not in titles


def test_window_title_status_pages_and_modified_mark(window: CatalogueWindow) -> None:
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "清单",
        "三级四同",
        "动态调整",
        "审批事项目录",
    ]
    assert list(window.pages) == [p.name for p in PAGES]
    assert window.windowTitle().startswith("大通县 2026年权责清单 — datong.rdcatalog")
    assert not window.isWindowModified()
    assert window.status_label.text().startswith("实施主体 51 · 事项 346")
    page = window.pages["list"]
    iid = next(iter(window.doc.cat.items))
    page.select_items([iid])
    window.doc.undo_stack.clear()
    from reformdesk.gui.edits import catalogue_edits as edits

    assert edits.set_item_fields(window.doc, iid, {"note": "试点"})
    assert window.isWindowModified() and window.doc.undo_stack.undoText().endswith("的备注")
    window.doc.undo_stack.undo()
    assert not window.isWindowModified()


def test_the_count_follows_items_added_and_removed_under_another_subject(window: CatalogueWindow) -> None:
    # 加入本县清单 on the 三级四同 page, or an import, adds under a subject not shown: the shown
    # rows stay, the total of "显示 N / M 项" does not.
    from reformdesk.domain.catalogue.edits import new_item
    from reformdesk.gui.edits import catalogue_edits as edits

    page = window.pages["list"]
    doc = window.doc
    first, other = list(doc.cat.subjects)[:2]
    page.subjects.setCurrentIndex(page.subjects_model.index(page.subjects_model.row_of(first), 0))
    shown = page.items_model.shown_count()
    total = len(doc.cat.items)
    assert page.count_label.text() == f"显示 {shown} / {total} 项"
    item = new_item("出租汽车经营许可", other, PowerType.LICENSING, code="630121-JT-XK-0101")
    assert edits.add_item(doc, item)
    assert page.count_label.text() == f"显示 {shown} / {total + 1} 项"
    assert edits.remove_items(doc, [item.id])
    assert page.count_label.text() == f"显示 {shown} / {total} 项"


def test_a_catalogue_opens_in_its_own_window_from_the_town_window(qtbot, sample: Path) -> None:  # type: ignore[no-untyped-def]
    from reformdesk.gui.catalogue_actions import open_windows

    host = QWidget()
    qtbot.addWidget(host, before_close_func=_discard)
    assert open_if_catalogue(SAMPLES / "qiaotou_plan1.rdplan", host) is False
    assert open_if_catalogue(sample, host) is True
    opened = open_windows()
    assert (
        len(opened) == 1 and opened[0].isVisible() and opened[0].parent() is None
    )  # top-level: outlives the town window
    window = opened[0]  # not given to qtbot: it deletes itself on close, below
    try:
        _second_opens(qtbot, host, window, sample)
    finally:
        if shiboken6.isValid(window):
            _discard(window)
            window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert open_windows() == []


def _second_opens(qtbot, host: QWidget, window: CatalogueWindow, sample: Path) -> None:  # type: ignore[no-untyped-def]
    from reformdesk.gui.catalogue_actions import open_windows

    assert not window.doc.read_only  # type: ignore[attr-defined]
    # Opened again: the same window comes to the front, no second one.
    assert open_if_catalogue(sample, host) is True and open_windows() == [window]
    # Another window on the same file (another program, say) is read-only and says why: the lock.
    second = open_window(sample)
    qtbot.addWidget(second, before_close_func=_discard)
    assert second.doc.read_only and "另一个窗口" in second.doc.read_only_reason
    assert "（只读）" in second.windowTitle() and not second.save_action.isEnabled()
    host.close()
    assert window.isVisible()


def test_subjects_filter_and_type_filter(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, doc = window.pages["list"], window.doc
    model = page.items_model
    assert model.shown_count() == len(doc.cat.items)
    sid = next(iter(doc.cat.subjects))
    page.subjects.setCurrentIndex(page.subjects_model.index(1, 0))
    assert model.shown_count() == len(doc.cat.items_of(sid))
    assert page.subjects_model.index(1, 2).data() == str(len(doc.cat.items_of(sid)))
    page.subjects.setCurrentIndex(page.subjects_model.index(0, 0))
    page.filter_box.setText("最低生活保障")
    main, kids = _main_with_children(doc)
    assert model.index_of(main).isValid()
    assert all(model.index_of(k).parent() == model.index_of(main) for k in kids)  # sub-items under their main item
    page.filter_box.clear()
    page.type_box.setCurrentIndex(page.type_box.findData(PowerType.PENALTY))
    shown = [model.item_id(model.index(r, 0)) for r in range(model.rowCount())]
    assert shown and all(doc.cat.items[i].type is PowerType.PENALTY for i in shown)
    assert "显示" in page.count_label.text()


def _dialog(page) -> CatalogueItemDialog:  # type: ignore[no-untyped-def]
    dialog = page.dialog
    assert isinstance(dialog, CatalogueItemDialog) and dialog.isVisible()
    return dialog


def test_enter_opens_the_item_dialog_and_ok_is_one_undo_step(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, doc = window.pages["list"], window.doc
    iid = next(i for i, it in doc.cat.items.items() if it.type is PowerType.LICENSING)
    page.select_items([iid])
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    dialog = _dialog(page)
    before = doc.cat.items[iid].responsibility_steps[:]
    old_name = doc.cat.items[iid].name
    assert dialog.steps_editor.steps() == before
    dialog.editors["name"].setText("新名称")  # type: ignore[attr-defined]
    steps = dialog.steps_editor
    steps.list.setCurrentRow(0)
    steps.add_step()
    steps.list.currentItem().setText("补正告知")
    steps.move_step(-1)
    assert steps.steps()[:2] == ["补正告知", before[0]]
    steps.list.setCurrentRow(len(steps.steps()) - 1)
    steps.remove_step()
    dialog.editors["supervision_phone"].setText("0971-2722345")  # type: ignore[attr-defined]
    dialog.accept()
    item = doc.cat.items[iid]
    assert item.name == "新名称" and item.responsibility_steps == ["补正告知", *before[:-1]]
    assert item.supervision_phone == "0971-2722345"
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == f"修改 {old_name} 的职权名称、责任事项、监督电话"  # named as it was
    doc.undo_stack.undo()
    assert doc.cat.items[iid].responsibility_steps == before and doc.cat.items[iid].name != "新名称"


def test_template_in_the_dialog_by_type(window: CatalogueWindow) -> None:
    page, doc = window.pages["list"], window.doc
    iid = next(iter(doc.cat.items))
    dialog = page.edit_item(iid)
    assert isinstance(dialog, CatalogueItemDialog)
    dialog.type_box.setCurrentIndex(dialog.type_box.findData(PowerType.PENALTY))
    dialog.editors["accountability_cases"].setPlainText("")  # type: ignore[attr-defined]
    dialog.apply_template()
    assert dialog.steps_editor.steps() == ["立案", "调查取证", "审理", "告知", "决定", "送达", "执行"]
    assert "行政处罚" in dialog.editors["accountability_cases"].toPlainText()  # type: ignore[attr-defined]
    dialog.editors["name"].setText("")  # type: ignore[attr-defined]
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()  # a name is required
    dialog.reject()
    assert doc.undo_stack.count() == 0


def test_every_field_and_level_of_the_item_dialog_has_its_own_alt_letter(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    page, doc = window.pages["list"], window.doc
    iid = next(i for i, it in doc.cat.items.items() if "县级" not in it.levels)
    qtbot.waitExposed(window)
    dialog = page.edit_item(iid)
    assert isinstance(dialog, CatalogueItemDialog)
    qtbot.waitExposed(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    letters = [m.group(1).upper() for t in texts for m in [re.search(r"&([^&])", t)] if m]
    assert len(letters) == len(set(letters)), sorted(letters)  # no two share a letter
    for spec in ITEM_FIELDS:
        editor = dialog.editors[spec.name]
        label = next(
            w
            for w in dialog.findChildren(QLabel)
            if w.buddy() is not None and (w.buddy() is editor or editor.isAncestorOf(w.buddy()))
        )
        assert re.search(r"\(&[A-Z]\)：$", label.text()), (spec.label, label.text())
    county = dialog.level_checks["县级"]
    assert re.fullmatch(r"县级\(&[A-Z]\)", county.text())
    letter = re.search(r"&(.)", county.text()).group(1)  # type: ignore[union-attr]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget(), getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(county.isChecked)  # Alt+letter ticks the box (an animated click)
    name_label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.editors["supervision_phone"])
    letter = re.search(r"&(.)", name_label.text()).group(1)  # type: ignore[union-attr]
    qtbot.keyClick(dialog.focusWidget(), getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    assert dialog.editors["supervision_phone"].hasFocus()  # …and a label's, its field
    dialog.reject()
    assert doc.undo_stack.count() == 0


def test_add_item_sub_item_delete_and_undo(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, doc = window.pages["list"], window.doc
    page.subjects.setCurrentIndex(page.subjects_model.index(1, 0))
    sid = page.current_subject()
    n = len(doc.cat.items)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
    dialog = _dialog(page)
    assert dialog.subject_box.currentData() == sid
    assert dialog.steps_editor.steps()  # the template of its type to start from
    dialog.editors["name"].setText("测试事项")  # type: ignore[attr-defined]
    dialog.accept()
    assert len(doc.cat.items) == n + 1 and doc.undo_stack.undoText() == "新增事项 测试事项"
    new = page.current_item()
    assert new is not None and doc.cat.items[new].name == "测试事项" and doc.cat.items[new].subject_id == sid
    page.ask_add_sub_item()
    dialog = _dialog(page)
    dialog.editors["name"].setText("测试子项")  # type: ignore[attr-defined]
    dialog.accept()
    sub = page.current_item()
    assert sub is not None and doc.cat.items[sub].parent_id == new
    assert page.items_model.index_of(sub).parent() == page.items_model.index_of(new)
    page.select_items([new])
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert new not in doc.cat.items and sub not in doc.cat.items  # the sub-item goes with its main item
    assert doc.undo_stack.undoText() == "删除 测试事项"
    doc.undo_stack.undo()
    assert doc.cat.items[sub].parent_id == new
    assert doc.undo_stack.count() == 3


def test_add_and_delete_a_subject(window: CatalogueWindow) -> None:
    page, doc = window.pages["list"], window.doc
    dialog = page.ask_add_subject()
    assert dialog is not None
    dialog.name.setText("城关镇")  # type: ignore[attr-defined]
    assert dialog.kind.currentText() == "乡镇"  # type: ignore[attr-defined]
    dialog.accept()
    sid = page.current_subject()
    assert sid is not None and doc.cat.subjects[sid].name == "城关镇"
    assert doc.undo_stack.undoText() == "新增实施主体 城关镇"
    page.subjects.setFocus()
    assert page.delete_selected()
    assert sid not in doc.cat.subjects
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert len(doc.cat.subjects) == 51


def test_template_on_selected_items_is_one_step(window: CatalogueWindow) -> None:
    page, doc = window.pages["list"], window.doc
    ids = list(doc.cat.items)[:3]
    for iid in ids:
        doc.cat.items[iid].responsibility_steps = ["自定"]
    page.select_items(ids)
    assert page.apply_template()
    assert doc.undo_stack.count() == 1 and all(doc.cat.items[i].responsibility_steps != ["自定"] for i in ids)


def test_problem_double_click_goes_to_the_item(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["list"]
    page.subjects.setCurrentIndex(page.subjects_model.index(1, 0))  # another subject is shown
    problem = page.problems_model.problems[0]
    index = page.problems_model.index(0, 1)
    page.problems.setCurrentIndex(index)
    page.problems.setFocus()
    qtbot.keyClick(page.problems, Qt.Key.Key_Return)
    assert page.current_item() == problem.entity_id
    assert page.tree.selectionModel().isRowSelected(
        page.items_model.index_of(problem.entity_id).row(), page.items_model.index_of(problem.entity_id).parent()
    )
    assert "错误 0，警告 4" in page.problems_label.text()


def test_save_and_save_as(window: CatalogueWindow, tmp_path: Path) -> None:
    doc = window.doc
    iid = next(iter(doc.cat.items))
    from reformdesk.gui.edits import catalogue_edits as edits

    edits.set_item_fields(doc, iid, {"note": "已核"})
    assert window.files.save()
    assert not doc.modified and open_catalogue(doc.path).items[iid].note == "已核"  # type: ignore[arg-type]
    other = tmp_path / "copy"
    window.files.file_chooser = lambda *_a: str(other)
    assert window.files.ask_save_as()
    assert doc.path == tmp_path / "copy.rdcatalog" and "copy.rdcatalog" in window.windowTitle()
    # The old file is free again, the new one held.
    second = open_window(tmp_path / "datong.rdcatalog")
    try:
        assert not second.doc.read_only
    finally:
        second.files.release()
        second.deleteLater()
    third = open_window(doc.path)  # type: ignore[arg-type]
    try:
        assert third.doc.read_only
    finally:
        third.deleteLater()


def test_a_save_that_fails_says_why_and_keeps_the_changes(window: CatalogueWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from reformdesk.gui.edits import catalogue_edits as edits

    edits.set_item_fields(window.doc, next(iter(window.doc.cat.items)), {"note": "x"})
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        assert not window.files.save_to(tmp_path / "no-such-folder" / "a.rdcatalog")
    box = shown.args[0]
    assert isinstance(box, QMessageBox) and "文件夹不存在" in box.text()
    box.reject()
    assert window.doc.modified


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_close_asks_to_save(window: CatalogueWindow, qtbot, answer: str) -> None:  # type: ignore[no-untyped-def]
    from reformdesk.gui.edits import catalogue_edits as edits

    iid = next(iter(window.doc.cat.items))
    edits.set_item_fields(window.doc, iid, {"note": "关闭前"})
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        window.close()
    box: QMessageBox = shown.args[0]
    assert window.isVisible() and box.text() == "权责清单“datong.rdcatalog”已修改，是否保存？"
    button = {
        "cancel": QMessageBox.StandardButton.Cancel,
        "discard": QMessageBox.StandardButton.Discard,
        "save": QMessageBox.StandardButton.Save,
    }[answer]
    box.button(button).click()
    qtbot.wait(10)
    assert window.isVisible() is (answer == "cancel")
    saved = open_catalogue(window.doc.path).items[iid].note  # type: ignore[arg-type]
    assert (saved == "关闭前") is (answer == "save")


def test_a_dialog_left_open_is_a_real_dialog(window: CatalogueWindow) -> None:
    page = window.pages["list"]
    page.select_items([next(iter(window.doc.cat.items))])
    dialog = page.edit_current()
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    # Left open on purpose: the fixture's teardown closes it (tests/gui/windows.py).
    page.tree.selectionModel().select(page.items_model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_problems_follow_edits_after_a_pause(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from reformdesk.gui.edits import catalogue_edits as edits

    page, doc = window.pages["list"], window.doc
    problem = page.problems_model.problems[0]
    assert problem.code == "item.no_clause"
    with qtbot.waitSignal(doc.problemsChanged, timeout=3000):
        assert edits.set_item_fields(doc, problem.entity_id, {"basis_clause": "第十条"})  # type: ignore[arg-type]
    assert page.problems_model.rowCount() == 3 and "警告 3" in page.problems_label.text()
    assert window.status_label.text().endswith("问题 3")


def test_rename_a_subject_with_enter(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, doc = window.pages["list"], window.doc
    page.subjects.setCurrentIndex(page.subjects_model.index(1, 0))
    sid = page.current_subject()
    old = doc.cat.subjects[sid].name  # type: ignore[index]
    page.subjects.setFocus()
    qtbot.keyClick(page.subjects, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.name.text() == old and dialog.kind.currentText() == "部门"  # type: ignore[attr-defined]
    dialog.name.setText("县发展改革局")  # type: ignore[attr-defined]
    dialog.accept()
    assert doc.cat.subjects[sid].name == "县发展改革局"  # type: ignore[index]
    assert page.subjects_model.index(1, 0).data() == "县发展改革局"
    assert doc.undo_stack.undoText() == f"修改实施主体 {old}"
    doc.undo_stack.undo()
    assert doc.cat.subjects[sid].name == old  # type: ignore[index]


def test_catalogue_info_is_one_undo_step_and_retitles_the_window(window: CatalogueWindow) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate

    dialog = window.ask_info()
    assert dialog.isVisible() and dialog.editors["county"].text() == "大通县"  # type: ignore[attr-defined]
    assert dialog.editors["date"].displayFormat() == "yyyy年M月d日"  # type: ignore[attr-defined]
    dialog.editors["year"].setValue(2027)  # type: ignore[attr-defined]
    dialog.editors["date"].setDate(QDate(2027, 1, 15))  # type: ignore[attr-defined]
    dialog.accept()
    info = window.doc.cat.info
    assert info.year == 2027 and info.date == dt.date(2027, 1, 15)
    assert window.windowTitle().startswith("大通县 2027年权责清单") and window.isWindowModified()
    assert window.doc.undo_stack.undoText() == "修改清单信息"
    window.doc.undo_stack.undo()
    assert window.doc.cat.info.year == 2026 and window.windowTitle().startswith("大通县 2026年权责清单")


def test_a_file_with_last_years_automatic_name_opens_with_this_years(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    path = tmp_path / "stale.rdcatalog"
    shutil.copy(SAMPLE, path)
    cat = open_catalogue(path)
    fresh = f"{cat.info.county}权力清单和责任清单（{cat.info.year}年版）"
    stale = f"{cat.info.county}权力清单和责任清单（{cat.info.year - 1}年版）"
    cat.info.title = stale
    save_catalogue(cat, path)
    with sqlite3.connect(path) as db:  # the file holds the stale name as it was written
        assert stale in {str(v) for row in db.execute("select * from catalogue") for v in row}
    w = open_window(path)
    qtbot.addWidget(w, before_close_func=_discard)
    w.show()
    assert w.doc.cat.info.title == fresh and not w.isWindowModified()
    dialog = w.ask_info()
    assert dialog.editors["title"].text() == fresh  # type: ignore[attr-defined]
    dialog.reject()
    assert w.doc.undo_stack.count() == 0 and not w.isWindowModified()
    # Printed with this year's name; written to the file with the next save.
    w.files.save()
    assert open_catalogue(path).info.title == fresh
    with sqlite3.connect(path) as db:
        assert fresh in {str(v) for row in db.execute("select * from catalogue") for v in row}


def test_sorting_by_a_column_keeps_sub_items_under_their_main_item(window: CatalogueWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page, doc = window.pages["list"], window.doc
    model = page.items_model
    first = model.item_id(model.index(0, 0))
    assert first == next(iter(doc.cat.items))  # the catalogue's order to begin with
    name_col = [f.name for f in ITEM_COLUMNS].index("name")
    page.select_items([first])  # type: ignore[list-item]
    page.tree.sortByColumn(name_col, Qt.SortOrder.DescendingOrder)
    names = [model.index(r, name_col).data() for r in range(model.rowCount())]
    assert names == sorted(names, reverse=True)
    main, kids = _main_with_children(doc)
    assert all(model.index_of(k).parent() == model.index_of(main) for k in kids)
    assert page.current_item() == first  # the selection follows its item
    qtmodeltester.check(model)
    assert next(iter(doc.cat.items)) == first  # the catalogue itself keeps its order


def test_catalogue_info_name_follows_county_and_year(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from reformdesk.domain.catalogue.model import Catalogue, CatalogueInfo
    from reformdesk.store.catalogue_file import save_catalogue
    from tests.gui.typing_keys import type_text

    # What `reformdesk new` makes: the clerk then typed 县 and 年度 in 清单信息, and the exports
    # still printed 权力清单和责任清单（2026年版） on the county's 2025 list.
    path = tmp_path / "new.rdcatalog"
    save_catalogue(Catalogue(info=CatalogueInfo(title="权力清单和责任清单（2026年版）", year=2026)), path)
    w = open_window(path)
    qtbot.addWidget(w, before_close_func=_discard)
    dialog = w.ask_info()
    type_text(dialog.editors["county"], "西川县")
    dialog.editors["year"].setValue(2025)  # type: ignore[attr-defined]
    assert dialog.editors["title"].text() == "西川县权力清单和责任清单（2025年版）"  # type: ignore[attr-defined]
    dialog.accept()
    assert w.doc.cat.info.title == "西川县权力清单和责任清单（2025年版）"
    w.doc.undo_stack.undo()
    assert w.doc.cat.info.title == "权力清单和责任清单（2026年版）"


def test_delete_leaves_the_cursor_on_the_next_item(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # A clerk cancelling items of next year's list presses Delete, Delete …: after the first the
    # selection had gone, 编辑事项 and 删除 were greyed, and the key did nothing until a click.
    page, doc = window.pages["list"], window.doc
    model = page.items_model
    plain = [
        model.item_id(model.index(r, 0)) for r in range(model.rowCount()) if not model.hasChildren(model.index(r, 0))
    ]
    page.select_items([plain[0]])
    row = model.index_of(plain[0]).row()
    after = model.item_id(model.index(row + 1, 0))
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert plain[0] not in doc.cat.items and page.current_item() == after
    assert page.selected_items() == [after] and page.delete_action.isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert after not in doc.cat.items and doc.undo_stack.count() == 2
    # The last sub-item of a main item: the cursor goes to the sibling before it, then to the main item.
    main, kids = _main_with_children(doc)
    page.select_items([kids[-1]])
    page.delete_selected()
    assert page.current_item() == (kids[-2] if len(kids) > 1 else main)
