"""A new user's path through the window: 新建方案… → 导入花名册… → merge → 转为三级管理 → deputies →
导入权力清单… → 导出Excel…, with the second sample town's own workbooks; the same counts as the CLI path."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog

from reformdesk.cli import main as cli
from reformdesk.cli.info import plan_summary
from reformdesk.domain.model import Tier
from reformdesk.domain.registry import EntityKind
from reformdesk.gui.dialogs.plan_info_dialog import START_EMPTY
from reformdesk.gui.dialogs.roster_import_dialog import RosterImportDialog
from reformdesk.gui.main_window import MainWindow
from reformdesk.samples import liuxi
from reformdesk.store.plan_store import PlanLocation, store_for
from tests.conftest import SAMPLES
from tests.gui.core_plans import make_settings
from tests.gui.windows import discard_changes

ROSTER = SAMPLES / liuxi.ROSTER_FILE
POWERS = SAMPLES / liuxi.POWERS_FILE


def _choose_in_combo(qtbot, view, index, text: str) -> None:
    """F2 on a cell, pick ``text`` in its combo box, Enter: as a keyboard user does."""
    # The offscreen platform hands activation back to the last dialog that closed: take it back.
    view.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.window())
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    pos = next(i for i in range(editor.count()) if editor.itemText(i).startswith(text))
    editor.setCurrentIndex(pos)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def test_a_new_town_from_an_empty_plan_and_a_roster_to_the_handover_workbook(qtbot, tmp_path: Path) -> None:
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    doc = window.doc

    # 文件 → 新建方案…: the settings, starting empty.
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        window.new_action.trigger()
    dialog = shown.args[0]
    assert dialog.windowTitle() == "新建方案" and dialog.start() == START_EMPTY
    dialog.town_edit.setText(liuxi.TOWN)
    dialog.town_edit.textEdited.emit(liuxi.TOWN)
    assert dialog.name_edit.text() == "柳溪镇行政管理体制改革方案"
    dialog.county_edit.setText(liuxi.COUNTY)
    dialog.office_edit.setText(liuxi.OFFICE)
    dialog.set_date(liuxi.DATE)
    dialog.author_edit.setText(liuxi.AUTHOR)
    dialog.accept()
    assert doc.plan.info.town == liuxi.TOWN and doc.plan.info.office == liuxi.OFFICE
    assert doc.plan.info.date == liuxi.DATE and not doc.plan.bodies and not doc.plan.people

    # 文件 → 方案信息…: the name, one undo step.
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        window.info_action.trigger()
    shown.args[0].name_edit.setText(liuxi.NAME)
    shown.args[0].accept()
    assert doc.plan.info.name == liuxi.NAME
    assert doc.undo_stack.undoText() == "修改方案信息（方案名称）"

    # 文件 → 导入花名册…: choose the file, look at the preview, import.
    with qtbot.waitSignal(window.roster.dialogOpened) as shown:
        window.roster_action.trigger()
    chooser = shown.args[0]
    assert isinstance(chooser, QFileDialog)
    with qtbot.waitSignal(window.roster.dialogOpened) as shown:
        chooser.fileSelected.emit(str(ROSTER))
    preview_dialog = shown.args[0]
    assert isinstance(preview_dialog, RosterImportDialog)
    chooser.reject()
    model = preview_dialog.people_model
    assert model.rowCount() == 26
    tiers = {model.index(r, model.NAME).data(): model.index(r, model.TIER).data() for r in range(26)}
    assert tiers["周建华"] == "负责人" and tiers["马海龙"] == "副职领导" and tiers["林峰"] == "科室长"
    assert tiers["刘鹏"] == "干部"
    assert model.index(0, model.UNIT).data() == "（镇领导）"
    assert preview_dialog.import_button.isEnabled()
    preview_dialog.accept()
    assert len(doc.plan.units) == 6 and len(doc.plan.people) == 26
    assert doc.undo_stack.undoText().startswith("导入花名册 liuxi_roster.xlsx（新增原科室 6 个、人员 26 人")

    # 机构设置: four bodies (Insert, type the name, the 编制数), units moved in with Ctrl+M.
    page = window.pages[0]
    window.tabs.setCurrentWidget(page)
    for name, _kind, posts, leaders, units, _deputy in liuxi.BODIES:
        page.new_tree.setFocus()
        qtbot.keyClick(page.new_tree, Qt.Key.Key_Insert)
        page.panel.name.setText(name)
        page.panel.name.editingFinished.emit()
        page.panel.posts.setValue(sum(posts.values()))
        page.panel.posts.editingFinished.emit()
        page.panel.leaders.setValue(leaders)
        page.panel.leaders.editingFinished.emit()
        body = doc.plan.body_by_name(name)
        for unit in units:
            page.old_tree.setFocus()
            page.old_tree.select_key(EntityKind.UNIT, doc.plan.unit_by_name(unit).id)
            with qtbot.waitSignal(page.dialogOpened) as shown:
                qtbot.keyClick(page.old_tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
            picker = shown.args[0]
            picker.choose(body.id)
            picker.accept()
    assert all(u.body_id in doc.plan.bodies for u in doc.plan.units.values())

    # 管理层级: 转为三级管理, then each body's deputy in charge from its combo box.
    tier_page = window.pages[1]
    window.tabs.setCurrentWidget(tier_page)
    qtbot.mouseClick(tier_page.propose_button, Qt.MouseButton.LeftButton)
    bodies = tier_page.body_model
    for name, *_rest, deputy in liuxi.BODIES:
        row = bodies.row_of(doc.plan.body_by_name(name).id)
        _choose_in_combo(qtbot, tier_page.body_view, bodies.index(row, bodies.DEPUTY), deputy)
    assert not [p for p in doc.plan.people.values() if p.tier_after in (Tier.SECTION_CHIEF, Tier.DEPUTY_LEADER)]

    # 权限承接 → 导入权力清单…
    powers_page = window.pages[2]
    window.tabs.setCurrentWidget(powers_page)
    power_dialog = powers_page.import_file(POWERS)
    assert power_dialog is not None
    power_dialog.accept()
    assert len(doc.plan.powers) == 8
    assert [p.code for p in doc.problems() if p.severity.value == "error"] == []

    # 保存 and 导出Excel…
    saved = tmp_path / "liuxi.rdplan"
    assert window.files.save_to(saved)
    target = tmp_path / "柳溪镇.xlsx"
    window.exporter.file_chooser = lambda *_args: str(target)
    with qtbot.waitSignal(window.exporter.exported):
        window.export_action.trigger()
    book = load_workbook(target, read_only=True)
    assert "县级权限承接方案" in book.sheetnames and "人员及层级" in book.sheetnames
    book.close()

    # The command line's path gives the same counts.
    cli_plan = tmp_path / "cli.rdplan"
    assert cli(["new", str(cli_plan), "--town", liuxi.TOWN, "--county", liuxi.COUNTY, "--office", liuxi.OFFICE]) == 0
    assert cli(["import", str(cli_plan), str(ROSTER)]) == 0
    location = PlanLocation.file(cli_plan)
    from_cli = plan_summary(store_for(location).read(location))
    from_window = plan_summary(doc.plan)
    assert from_cli["units"]["total"] == from_window["units"]["total"] == 6  # type: ignore[index]
    assert from_cli["people"]["tiers_before"] == from_window["people"]["tiers_before"]  # type: ignore[index]
    assert from_cli["people"]["by_post_type"] == from_window["people"]["by_post_type"]  # type: ignore[index]
    for leftover in window.findChildren(QDialog):
        if leftover.isVisible():
            leftover.reject()
    window.files.shutdown()
