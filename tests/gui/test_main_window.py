"""The main window: tabs, title and modified mark, undo texts, file actions, close prompt, problems, status bar."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits, pages
from reformdesk.gui.main_window import MainWindow
from reformdesk.gui.mime import UNITS_MIME, encode_ids
from reformdesk.store.planfile import open_plan
from tests.gui.core_plans import make_settings, saved_small_plan, small_plan
from tests.gui.windows import discard_changes


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(win, before_close_func=discard_changes)
    yield win
    win.files.shutdown()


def _open(window: MainWindow, tmp_path: Path) -> Path:
    path = saved_small_plan(tmp_path)
    assert window.files.load(path)
    return path


def _answer(qtbot, window: MainWindow, action, button: QMessageBox.StandardButton) -> None:
    """Run ``action``, wait for the question it shows, click ``button``."""
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        action()
    box: QMessageBox = shown.args[0]
    assert box.isVisible()
    with qtbot.waitSignal(box.finished):
        box.button(button).click()


def test_structure_page_is_the_first_tab(window: MainWindow) -> None:
    assert window.tabs.tabText(0) == "机构设置"
    assert window.tabs.count() == len(pages.PAGES)


def test_window_works_without_pages(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("reformdesk.gui.main_window.PAGES", [])
    win = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(win, before_close_func=discard_changes)
    assert win.pages == []
    assert not win.select_entity(EntityKind.UNIT, "u-farm")
    win.files.shutdown()


def test_title_modified_mark_follows_undo_stack(window: MainWindow, tmp_path: Path) -> None:
    _open(window, tmp_path)
    assert window.windowTitle() == "测试方案 — small.rdplan[*] — 改革方案编制助手"
    assert not window.isWindowModified()
    edits.move_units(window.doc, ["u-farm"], "b-service")
    assert window.isWindowModified()
    assert window.undo_action.text() == "撤销 将 农牧站 并入 公共服务中心"
    # The toolbar button says 撤销 alone; the step it undoes is in its tooltip.
    from PySide6.QtWidgets import QToolBar

    toolbar = window.findChild(QToolBar, "toolbar_main")
    button = toolbar.widgetForAction(window.undo_action)
    assert button.text() == "撤销" and button.toolTip() == "撤销 将 农牧站 并入 公共服务中心"
    window.undo_action.trigger()
    assert not window.isWindowModified()
    assert window.redo_action.text() == "重做 将 农牧站 并入 公共服务中心"
    window.redo_action.trigger()
    assert window.isWindowModified()
    window.files.save()
    assert not window.isWindowModified()
    window.undo_action.trigger()
    assert window.isWindowModified()  # undoing past the save point is a change too


def test_save_writes_the_plan_and_undo_restores_exactly(window: MainWindow, tmp_path: Path) -> None:
    path = _open(window, tmp_path)
    before = copy.deepcopy(window.doc.plan)
    page = window.pages[0]
    target = page.new_model.index_for(EntityKind.BODY, "b-finance")
    page.new_model.dropMimeData(encode_ids(UNITS_MIME, ["u-farm", "u-office"]), 2, -1, -1, target)
    edits.remove_bodies(window.doc, ["b-service"])
    assert window.files.save()
    assert open_plan(path) == window.doc.plan
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.doc.plan == before
    assert window.settings.recent_files == [str(path.resolve())]


def test_save_as_alternative_keeps_ids_and_lineage(window: MainWindow, tmp_path: Path) -> None:
    _open(window, tmp_path)
    original = copy.deepcopy(window.doc.plan)
    dialog = window.files.ask_save_alternative()
    assert dialog.textValue() == "测试方案（备选）"
    target = tmp_path / "alt.rdplan"
    window.files.file_chooser = lambda *_args: str(target)
    dialog.setTextValue("测试方案（方案二）")
    dialog.accept()
    saved = open_plan(target)
    assert saved.info.name == "测试方案（方案二）"
    assert saved.info.lineage_id == original.info.lineage_id
    assert list(saved.units) == list(original.units) and list(saved.powers) == list(original.powers)
    assert window.doc.path == target and not window.doc.modified
    assert f"{target.name}[*]" in window.windowTitle()


def test_alternative_cannot_overwrite_the_open_plan(window: MainWindow, tmp_path: Path) -> None:
    path = _open(window, tmp_path)
    original = path.read_bytes()
    assert not window.files.save_alternative("测试方案（方案二）", path)
    box = window.files.dialog
    assert isinstance(box, QMessageBox) and "不能覆盖当前方案" in box.text()
    assert path.read_bytes() == original
    assert window.doc.plan.info.name == "测试方案" and not window.doc.read_only


def test_close_prompt_cancel_keeps_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _open(window, tmp_path)
    window.show()
    edits.move_units(window.doc, ["u-farm"], "b-service")
    _answer(qtbot, window, window.close, QMessageBox.StandardButton.Cancel)
    assert window.isVisible()
    assert window.doc.modified


def test_close_prompt_discard_closes_without_saving(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = _open(window, tmp_path)
    window.show()
    edits.move_units(window.doc, ["u-farm"], "b-service")
    window.files.autosave()
    window.files.wait_autosave()
    assert window.files.recovery.exists()
    _answer(qtbot, window, window.close, QMessageBox.StandardButton.Discard)
    assert not window.isVisible()
    assert open_plan(path).units["u-farm"].body_id is None
    assert not window.files.recovery.exists()


def test_close_prompt_save_saves_then_closes(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = _open(window, tmp_path)
    window.show()
    edits.move_units(window.doc, ["u-farm"], "b-service")
    _answer(qtbot, window, window.close, QMessageBox.StandardButton.Save)
    assert not window.isVisible()
    assert open_plan(path).units["u-farm"].body_id == "b-service"


def test_new_plan_from_template_asks_first_then_has_six_bodies(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _open(window, tmp_path)
    edits.move_units(window.doc, ["u-farm"], "b-service")
    _answer(qtbot, window, lambda: window.files.new_plan(template=True), QMessageBox.StandardButton.Discard)
    bodies = [b.name for b in window.doc.plan.bodies.values()]
    assert len(bodies) == 6 and {"公共服务中心", "综合行政执法中队", "财政管理所"} <= set(bodies)
    assert window.doc.plan.units == {} and window.doc.path is None
    window.files.new_plan(template=False)
    assert window.doc.plan.bodies == {}


def test_bad_plan_file_shows_a_message(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "坏文件.rdplan"
    bad.write_text("not a plan", encoding="utf-8")
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        assert not window.files.load(bad)
    box: QMessageBox = shown.args[0]
    assert box.windowTitle() == "无法打开方案"
    assert "不是改革方案文件" in box.text()
    box.accept()


def test_problems_follow_edits_and_double_click_selects(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _open(window, tmp_path)
    model = window.problems.problems
    # A plan just opened is shown first; its problems follow from the background validation.
    assert model.pending and model.rowCount() == 0
    assert window.problems_label.text() == "问题：检查中…"
    qtbot.waitUntil(lambda: not model.pending, timeout=3000)
    unplaced = [p for p in model.problems if p.code == "unit.unplaced"]
    assert [p.entity_id for p in unplaced] == ["u-farm"]
    assert window.problems_label.text() == f"问题 {len(model.problems)}（错误 0）"
    edits.move_units(window.doc, ["u-farm"], "b-finance")
    with qtbot.waitSignal(model.countsChanged, timeout=2000):
        pass  # debounced refresh
    assert not [p for p in model.problems if p.code == "unit.unplaced"]
    assert window.units_label.text() == "原科室已并入 4/4"
    row = next(i for i, p in enumerate(model.problems) if p.entity_id == "p-7")
    window.problems.doubleClicked.emit(model.index(row, 1))
    page = window.pages[0]
    assert page.new_model.key_of(page.new_tree.currentIndex()) == (EntityKind.PERSON, "p-7")


def test_status_bar_counts(window: MainWindow, tmp_path: Path) -> None:
    _open(window, tmp_path)
    assert window.units_label.text() == "原科室已并入 3/4"
    assert window.people_label.text() == "人员已安排 5/7"


def test_status_bar_counts_leaders_as_placed(window: MainWindow, plan_one_path: Path) -> None:
    # 方案一 places everyone: staff in bodies, the head and the deputies in charge above them.
    assert window.files.load(plan_one_path)
    assert window.people_label.text() == "人员已安排 70/70"


def test_title_names_the_file_and_follows_save_as(window: MainWindow, tmp_path: Path) -> None:
    # The plan's own name (测试方案) is not the file's: the title names both, as every document
    # window does, so two alternatives of one town tell apart in the task bar.
    _open(window, tmp_path)
    edits.move_units(window.doc, ["u-farm"], "b-service")
    assert window.windowTitle() == "测试方案 — small.rdplan[*] — 改革方案编制助手" and window.isWindowModified()
    assert window.files.save_to(tmp_path / "方案二.rdplan")
    assert window.windowTitle() == "测试方案 — 方案二.rdplan[*] — 改革方案编制助手"
    assert not window.isWindowModified()


def test_read_only_when_open_in_another_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = _open(window, tmp_path)
    other = MainWindow(window.settings)
    qtbot.addWidget(other, before_close_func=discard_changes)
    assert other.files.load(path)
    assert other.doc.read_only
    assert other.windowTitle() == "测试方案 — small.rdplan[*]（只读） — 改革方案编制助手"
    assert "另一个窗口" in other.banner.text()
    assert not other.save_action.isEnabled()
    edits.move_units(other.doc, ["u-farm"], "b-service")
    assert other.doc.plan.units["u-farm"].body_id is None  # edits refused
    other.files.shutdown()
    # Once the first window closes the plan, it opens normally.
    window.files.close_plan()
    third = MainWindow(window.settings)
    qtbot.addWidget(third, before_close_func=discard_changes)
    assert third.files.load(path) and not third.doc.read_only
    third.files.shutdown()


def test_settings_remember_layout(qtbot, tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    win = MainWindow(settings)
    qtbot.addWidget(win, before_close_func=discard_changes)
    win.show()
    qtbot.waitExposed(win)
    win.resize(1000, 640)
    win.problems_dock.hide()
    win.close()
    again = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(again, before_close_func=discard_changes)
    again.show()
    qtbot.waitExposed(again)
    # The offscreen screen is 800 px wide, so restoreGeometry clamps the width; the height shows.
    assert again.size().height() == 640
    assert again.problems_dock.isHidden()
    again.files.shutdown()


def test_fits_a_1366_by_768_screen(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40  # minus a taskbar


def test_small_plan_fixture_round_trips(tmp_path: Path) -> None:
    assert open_plan(saved_small_plan(tmp_path)) == small_plan()


def test_ctrl_y_and_ctrl_shift_z_redo(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    _open(window, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tree = window.pages[0].new_tree
    tree.setFocus()
    for keys in (
        (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    ):
        edits.move_units(window.doc, ["u-farm"], "b-service")
        window.doc.undo_stack.undo()
        assert window.doc.undo_stack.canRedo()
        qtbot.keyClick(tree, *keys)
        assert not window.doc.undo_stack.canRedo(), keys
        assert window.doc.plan.units["u-farm"].body_id == "b-service"


def test_status_bar_counts_the_leadership_as_arranged(window: MainWindow, tmp_path: Path) -> None:
    from reformdesk.domain.model import Tier

    _open(window, tmp_path)
    total = len(window.doc.plan.people)
    before = window.people_label.text()
    person = next(p for p in window.doc.plan.people.values() if p.unit_id is None and p.body_id is None)
    edits.set_tier_after(window.doc, [person.id], Tier.DEPUTY_IN_CHARGE)  # leads from outside the bodies
    page = window.pages[0]
    assert page.new_model.index_for(EntityKind.PERSON, person.id).parent().data() == "领导班子"
    placed = int(before.split()[-1].split("/")[0])
    assert window.people_label.text() == f"人员已安排 {placed + 1}/{total}"


def test_after_closing_the_plan_every_plan_action_waits_for_a_plan(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    path = _open(window, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    assert all(a.isEnabled() for a in window.plan_actions() if a is not window.history_action)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tree = window.pages[0].new_tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # 关闭方案: nothing to ask
    assert not window.doc.is_open
    assert not any(a.isEnabled() for a in window.plan_actions())
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert window.new_action.isEnabled() and window.open_action.isEnabled()
    assert window.central_stack.currentWidget() is window.no_plan_label and window.no_plan_label.isVisible()
    assert not window.tabs.isVisible() and window.windowTitle() == "改革方案编制助手"
    # The page's own shortcuts (Insert: 新增职能机构) and the edits behind them do nothing now.
    structure = window.pages[0]
    qtbot.keyClick(window, Qt.Key.Key_Insert)
    assert not window.doc.plan.bodies and structure.add_body() is None
    assert not edits.add_body(window.doc, "新机构") and window.doc.undo_stack.count() == 0
    assert not window.files.save() and not window.doc.modified
    # Opening a plan brings everything back.
    assert window.files.load(path)
    assert window.doc.is_open and window.tabs.isVisible()
    assert all(a.isEnabled() for a in window.plan_actions() if a is not window.history_action)
    assert edits.add_body(window.doc, "新机构") is not None
    assert window.undo_action.isEnabled()


def test_a_new_plan_after_closing_is_open(qtbot, window: MainWindow) -> None:
    window.files.close_plan()
    assert not window.export_action.isEnabled()
    assert window.files.create_plan({"name": "柳溪镇改革方案", "town": "柳溪镇"})
    assert window.doc.is_open and window.export_action.isEnabled() and window.save_action.isEnabled()


def test_an_open_reads_and_shows_the_plan_with_the_collector_paused_then_frozen(
    window: MainWindow, tmp_path: Path
) -> None:
    import gc

    during: list[bool] = []
    window.doc.planReset.connect(lambda: during.append(gc.isenabled()))
    frozen = gc.get_freeze_count()
    _open(window, tmp_path)
    assert during == [False]  # the pages were reset with it off
    assert gc.isenabled()  # and it is back once the plan is in place,
    assert gc.get_freeze_count() > frozen  # which the next collections leave alone
    assert "small.rdplan" in window.windowTitle()  # the plan is shown


def test_open_dialog_shows_every_kind_the_window_opens_at_first(window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    seen: list[str] = []

    def fake(parent, caption, folder, filters):  # type: ignore[no-untyped-def]
        seen.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    window.files.ask_open()
    first, *others = seen[0].split(";;")
    # The first filter is the one shown: a catalogue or an enforcement plan is not hidden behind it.
    assert all(suffix in first for suffix in ("*.rdplan", "*.rdcounty", "*.rdcatalog"))
    assert others[-1].endswith("(*)") and len(others) == 4


def _mnemonic(text: str) -> str:
    import re

    found = re.search(r"&([^&])", text)
    assert found, text
    return found.group(1).lower()


def test_every_import_is_in_the_file_menu_beside_export(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """文件 → 导入(&I) ▸ 导入权力清单 … next to 导出: the very actions the pages' toolbars show."""
    from collections import Counter

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog

    _open(window, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    file_menu = window.menuBar().actions()[0].menu()
    entries = file_menu.actions()
    import_entry = next(a for a in entries if a.menu() is window.import_menu)
    assert import_entry.text() == "导入(&I)"
    assert entries[entries.index(import_entry) + 1] is window.export_action  # beside 导出
    texts = [a.text() for a in window.import_menu.actions()]
    assert texts == ["导入权力清单(&P)…", "导入花名册(&R)…", "导入审批服务事项(&S)…"]
    # Alt+F, I, then one letter each: none used twice in either menu.
    letters = [_mnemonic(t) for t in texts]
    assert len(set(letters)) == len(letters)
    top = [_mnemonic(a.text()) for a in entries if "&" in a.text()]
    assert not [k for k, n in Counter(top).items() if n > 1], top
    # One QAction each, not a copy: the toolbars hold the menu's own, shown without the mnemonic.
    powers = window.page(2)
    structure = window.page(0)
    assert powers.import_action is window.power_import_action
    assert powers.importer is window.power_import
    assert structure.import_roster_action is window.roster_action
    assert window.page(3).import_button.defaultAction() is window.service_import_action
    assert window.power_import_action in powers.toolbar.actions()
    assert powers.toolbar.widgetForAction(window.power_import_action).text() == "导入权力清单"
    # Ctrl+I opens the power list's file dialog, once; no other action of the window has Ctrl+I.
    keys = [s.toString() for a in window.findChildren(QAction) for s in a.shortcuts() if not s.isEmpty()]
    assert keys.count("Ctrl+I") == 1
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.power_import.dialogOpened) as opened:
        qtbot.keyClick(window.pages[0].new_tree, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, QFileDialog) and dialog.windowTitle() == "导入权力清单"
    dialog.reject()
    # No plan: disabled, and the pages' updates do not enable them again.
    window.files.close_plan()
    powers._update_actions()
    structure._update_actions()
    assert not any(a.isEnabled() for a in window.import_actions())


def _letter(text: str) -> str:
    """The Alt letter of a menu text: 新建方案(&N)… and &New plan… both give N ("" for none)."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].upper() if at >= 0 else ""


def test_every_menu_item_has_an_alt_letter_of_its_own(window: MainWindow) -> None:
    """As in WPS and Excel: 文件 → 新建方案(N) … each item of a menu a letter no other item there has;
    the toolbar's buttons show the plain words (新建方案, 打开, 保存)."""
    from PySide6.QtWidgets import QToolBar

    # What QUndoStack and the docks name themselves (撤销 …, 问题) carries no letter of ours.
    own = {window.undo_action, window.redo_action, window.problems_dock.toggleViewAction()}
    own.add(window.undo_dock.toggleViewAction())
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        items = [a for a in menu.actions() if not a.isSeparator() and a not in own]
        letters = [_letter(a.text()) for a in items]
        assert all(letters), [a.text() for a in items if not _letter(a.text())]
        assert len(set(letters)) == len(letters), (menu_action.text(), letters)
    toolbar = window.findChild(QToolBar, "toolbar_main")
    shown = [toolbar.widgetForAction(a).text() for a in (window.new_action, window.open_action, window.save_action)]
    assert shown == ["新建方案", "打开", "保存"]


def test_every_menu_item_has_an_alt_letter_of_its_own_in_english(qtbot, qapp, tmp_path: Path) -> None:
    from reformdesk.gui.app import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    try:
        win = MainWindow(make_settings(tmp_path))
        qtbot.addWidget(win, before_close_func=discard_changes)
        own = {win.undo_action, win.redo_action, win.problems_dock.toggleViewAction(), win.undo_dock.toggleViewAction()}
        for menu_action in win.menuBar().actions():
            items = [a for a in menu_action.menu().actions() if not a.isSeparator() and a not in own]
            letters = [_letter(a.text()) for a in items]
            assert all(letters) and len(set(letters)) == len(letters), [a.text() for a in items]
        assert win.new_action.text() == "&New plan…" and win.close_action.text() == "&Close plan"
        win.files.shutdown()
        win.close()
    finally:
        remove_translators(qapp, translators)
