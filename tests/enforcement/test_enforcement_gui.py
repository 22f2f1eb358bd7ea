"""The 执法体系 page: 1+7+311 shown, drag and drop and the keyboard path, bulk stations, undo, diagram."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt

from reformdesk.domain.enforcement.registry import EnforcementKind
from reformdesk.gui.enforcement.document import EnforcementDocument
from reformdesk.gui.enforcement.window import EnforcementWindow
from reformdesk.gui.models.enforcement_models import ENTITY_ROLE, MembersModel, VillagesModel, ZoneTreeModel
from reformdesk.samples.datong_enforcement import SAMPLE_FILE, build
from reformdesk.store.enforcement_file import open_enforcement, save_enforcement
from tests.conftest import SAMPLES
from tests.gui.windows import discard_changes


def _discard(window: EnforcementWindow) -> None:
    window.doc.undo_stack.setClean()
    discard_changes(window)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> EnforcementWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "datong.rdcounty"
    save_enforcement(build(), path)
    w = EnforcementWindow.open(path)
    qtbot.addWidget(w, before_close_func=_discard)
    w.show()
    return w


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    doc = EnforcementDocument(build())
    qtmodeltester.check(ZoneTreeModel(doc))
    qtmodeltester.check(VillagesModel(doc))
    members = MembersModel(doc)
    qtmodeltester.check(members)
    assert members.rowCount() == len(doc.plan.members) > 0 and members.index(0, 2).data() == "组长"


def test_page_shows_1_7_311(window: EnforcementWindow, tmp_path: Path) -> None:
    page = window.page
    model = page.zones_model
    assert model.rowCount() == 8  # 7 zones + 未分配 (empty)
    assert model.rowCount(model.index(7, 0)) == 0
    towns = sum(
        1
        for r in range(7)
        for c in range(model.rowCount(model.index(r, 0)))
        if model.index(c, 0, model.index(r, 0)).data(ENTITY_ROLE)[0] == "township"
    )
    assert towns == 20
    assert page.villages_model.rowCount() == 311
    assert "“1+7+311”" in " ".join(i.toPlainText() for i in page.scene.items() if hasattr(i, "toPlainText"))
    assert "片区 7 · 乡镇 20 · 服务站 311" in window.statusBar().currentMessage()
    window.grab().save(str(tmp_path / "page.png"))
    png, svg = tmp_path / "d.png", tmp_path / "d.svg"
    assert window.export_diagram(png, "png")
    window.export_diagram(svg, "svg")
    assert png.stat().st_size > 1000 and b"<svg" in svg.read_bytes()


def test_drop_a_township_on_another_zone_and_undo(window: EnforcementWindow) -> None:
    model, doc = window.page.zones_model, window.doc
    first = model.index(0, 0)
    town = model.index(0, 0, first)
    kind, tid = town.data(ENTITY_ROLE)
    assert kind == "township"
    mime = model.mimeData([town])
    target = list(doc.plan.zones)[3]
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(3, 0)) is False
    assert doc.plan.zone_of()[tid] == [target]
    assert doc.undo_stack.undoText().startswith("将 ")
    doc.undo_stack.undo()
    assert doc.plan.zone_of()[tid] == [next(iter(doc.plan.zones))]
    assert not doc.modified


def test_keyboard_path_moves_officers(window: EnforcementWindow) -> None:
    page, doc = window.page, window.doc
    model = page.zones_model
    zone0 = model.index(0, 0)
    officer = next(
        model.index(r, 0, zone0)
        for r in range(model.rowCount(zone0))
        if model.index(r, 0, zone0).data(ENTITY_ROLE)[0] == "officer"
    )
    oid = officer.data(ENTITY_ROLE)[1]
    page.tree.selectionModel().select(
        officer, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    page.zone_box.setCurrentIndex(page.zone_box.count() - 1)  # 未分配
    page.move_selected()
    assert doc.plan.officers[oid].zone_id is None
    assert "officer.no_zone" in [p.code for p in doc.problems()]
    doc.undo_stack.undo()
    assert doc.plan.officers[oid].zone_id == next(iter(doc.plan.zones))


def test_bulk_stations_one_undo_step(window: EnforcementWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, doc = window.page, window.doc
    page.town_filter.setCurrentIndex(1)  # the first township
    rows = page.proxy.rowCount()
    assert 0 < rows < 311
    page.table.selectAll()
    with qtbot.waitSignal(page.villages_model.dataChanged):
        page.close_stations()
    assert doc.plan.stations() == 311 - rows
    assert doc.undo_stack.count() == 1
    page.set_staff()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.stations() == 311 and not doc.modified


def test_save_round_trip(window: EnforcementWindow) -> None:
    doc = window.doc
    tid = next(iter(doc.plan.townships))
    window.page.zones_model.move([tid], [], None)
    assert doc.modified and window.save() and not doc.modified
    assert doc.path is not None
    assert open_enforcement(doc.path).zone_of()[tid] == []


def test_the_title_names_plan_and_file_with_the_modified_mark(window: EnforcementWindow) -> None:
    doc = window.doc
    name = doc.plan.info.name
    assert window.windowTitle() == f"{name} — datong.rdcounty[*] — 改革方案编制助手"
    assert not window.isWindowModified()
    window.page.zones_model.move([next(iter(doc.plan.townships))], [], None)
    assert window.isWindowModified()
    assert window.save() and not window.isWindowModified()
    # The status bar says what its first figure counts: the group's members, not "1".
    status = window.statusBar().currentMessage()
    assert status.startswith(f"领导小组成员 {len(doc.plan.members)} 人 · 片区 7")


def test_sample_opens(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = EnforcementWindow.open(SAMPLES / SAMPLE_FILE)
    qtbot.addWidget(w, before_close_func=_discard)
    w.show()  # closed at the end as a user closes it: the lock beside the sample goes with it
    assert w.doc.plan.stations() == 311
    assert EnforcementKind.ZONE.spec.entities(w.doc.plan) is w.doc.plan.zones
    assert QModelIndex().isValid() is False and QPoint() == QPoint()


def test_town_window_opens_an_enforcement_plan_in_its_own_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from reformdesk.gui.enforcement.actions import open_windows
    from reformdesk.gui.main_window import MainWindow
    from tests.gui.core_plans import make_settings

    town = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(town, before_close_func=discard_changes)
    before = town.doc.plan
    assert town.files.load(SAMPLES / SAMPLE_FILE)
    opened = open_windows()  # top-level, not the town window's child (tests/gui/test_quit_action.py)
    assert len(opened) == 1 and opened[0].isVisible() and opened[0].parent() is None
    assert opened[0].doc.plan.stations() == 311
    assert town.doc.plan is before  # the town plan's window is left as it was
    opened[0].close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert open_windows() == [] and not shiboken6.isValid(opened[0])


def test_items_assigned_to_centres_with_undo(window: EnforcementWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page, doc = window.page, window.doc
    qtmodeltester.check(page.items_model)
    page.items_table.selectRow(0)
    page.items_zone.setCurrentIndex(page.items_zone.count() - 1)  # 未分配
    page.assign_selected_items()
    iid = page.items_model.item_id(0)
    assert doc.plan.items[iid].zone_ids == []
    assert "item.no_centre" in [p.code for p in doc.problems()]
    assert any("item.no_centre" in page.problems.item(i).text() for i in range(page.problems.count()))
    page.items_zone.setCurrentIndex(1)  # the first zone
    page.assign_selected_items()
    assert doc.plan.items[iid].zone_ids == [next(iter(doc.plan.zones))]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.items[iid].zone_ids == list(doc.plan.zones) and not doc.modified
    page.tabs.setCurrentIndex(1)
    assert page.items_model.index(0, 4).data() == "全部片区"


def _activate(qtbot, window: EnforcementWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_add_a_zone_and_an_officer_through_their_forms_then_undo(window: EnforcementWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.typing_keys import type_text

    page, doc = window.page, window.doc
    before = {k: dict(getattr(doc.plan, k)) for k in ("zones", "officers")}
    _activate(qtbot, window)
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.zones_model.index(0, 0))
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)  # on a zone: 新增片区
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "新增片区"
    rows = [dialog.form.labelForField(dialog.editors[f.name]).text() for f in EnforcementKind.ZONE.spec.fields]
    assert rows == [f.label for f in EnforcementKind.ZONE.spec.fields]  # the registry's fields
    towns = dialog.editors["township_ids"]
    towns.item(0).setCheckState(Qt.CheckState.Checked)
    name = dialog.editors["name"]
    qtbot.waitUntil(name.hasFocus)
    type_text(name, next(iter(doc.plan.zones.values())).name)
    assert "已有名为" in dialog.problem_label.text()
    name.clear()
    type_text(name, "第八片区")
    dialog.editors["authorized_posts"].setValue(6)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(name, Qt.Key.Key_Return)
    (zid,) = set(doc.plan.zones) - set(before["zones"])
    zone = doc.plan.zones[zid]
    first_town = next(iter(doc.plan.townships))
    assert (zone.name, zone.authorized_posts, zone.township_ids) == ("第八片区", 6, [first_town])
    assert doc.undo_stack.undoText() == "新增片区 第八片区"
    # An officer into the zone chosen in the tree.
    page.tree.setCurrentIndex(page.zones_model.index(list(doc.plan.zones).index(zid), 0))
    dialog = page.add(EnforcementKind.OFFICER)
    assert dialog.editors["zone_id"].currentData() == zid
    dialog.editors["name"].setText("马明")
    dialog.editors["department"].setText("县市场监督管理局")
    dialog.editors["fields"].setText("市场监管、食品安全")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    (oid,) = set(doc.plan.officers) - set(before["officers"])
    assert (doc.plan.officers[oid].zone_id, doc.plan.officers[oid].fields) == (zid, ["市场监管", "食品安全"])
    assert doc.undo_stack.undoText() == "新增执法人员 马明"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert dict(doc.plan.zones) == before["zones"] and dict(doc.plan.officers) == before["officers"]


def test_the_zone_form_keeps_still_and_a_townships_name_ticks_it(window: EnforcementWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.typing_keys import type_text

    page = window.page
    _activate(qtbot, window)
    dialog = page.add(EnforcementKind.ZONE)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    name, towns = dialog.editors["name"], dialog.editors["township_ids"]
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.problem_label.text() == "名称不能为空"
    where = [(w.geometry(), w.mapTo(dialog, w.rect().topLeft())) for w in (name, towns, ok)]
    size = dialog.size()
    type_text(name, "第八片区")
    qtbot.wait(10)  # the layout settles
    assert dialog.problem_label.text() == ""
    # Nothing moved when the message went (its line is kept).
    assert [(w.geometry(), w.mapTo(dialog, w.rect().topLeft())) for w in (name, towns, ok)] == where
    assert dialog.size() == size
    name.clear()
    qtbot.wait(10)
    assert dialog.problem_label.text() == "名称不能为空"
    assert [(w.geometry(), w.mapTo(dialog, w.rect().topLeft())) for w in (name, towns, ok)] == where
    # A click on a township's name ticks it, a second one unticks it; so does its box.
    first = towns.item(0)
    text_at = towns.visualItemRect(first).center() + QPoint(30, 0)
    qtbot.mouseClick(towns.viewport(), Qt.MouseButton.LeftButton, pos=text_at)
    assert first.checkState() == Qt.CheckState.Checked and towns.currentItem() is first
    qtbot.mouseClick(towns.viewport(), Qt.MouseButton.LeftButton, pos=text_at)
    assert first.checkState() == Qt.CheckState.Unchecked
    box_at = QPoint(towns.visualItemRect(first).left() + 10, towns.visualItemRect(first).center().y())
    qtbot.mouseClick(towns.viewport(), Qt.MouseButton.LeftButton, pos=box_at)
    assert first.checkState() == Qt.CheckState.Checked  # once, not ticked and unticked
    # Space on the current township: the keyboard's way.
    towns.setFocus()
    towns.setCurrentRow(1)
    qtbot.keyClick(towns, Qt.Key.Key_Space)
    assert towns.item(1).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(towns, Qt.Key.Key_Space)
    assert towns.item(1).checkState() == Qt.CheckState.Unchecked
    dialog.reject()


def test_edit_with_enter_and_delete_a_zone_with_its_references(window: EnforcementWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    import copy

    page, doc = window.page, window.doc
    before = copy.deepcopy(doc.plan)
    _activate(qtbot, window)
    zid = next(iter(doc.plan.zones))
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.zones_model.index(0, 0))
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)  # Enter: 编辑
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and doc.plan.zones[zid].name in dialog.windowTitle()
    dialog.editors["staff"].setValue(9)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert doc.plan.zones[zid].staff == 9 and doc.undo_stack.undoText().endswith("的辅助人员")
    officers = [o.id for o in doc.plan.officers.values() if o.zone_id == zid]
    items = [i.id for i in doc.plan.items.values() if zid in i.zone_ids]
    assert officers and items
    page.tree.selectionModel().select(
        page.zones_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert zid not in doc.plan.zones
    assert all(doc.plan.officers[o].zone_id is None for o in officers)
    assert all(zid not in doc.plan.items[i].zone_ids for i in items)
    assert doc.undo_stack.undoText().startswith("删除片区 ")
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan == before


def test_items_and_members_are_added_edited_and_removed(window: EnforcementWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, doc = window.page, window.doc
    item_count, member_count = len(doc.plan.items), len(doc.plan.members)
    dialog = page.add(EnforcementKind.ITEM)
    existing = next(iter(doc.plan.items.values()))
    dialog.editors["name"].setText("对占道经营的处罚")
    dialog.editors["code"].setText(existing.code)
    assert "已被另一事项使用" in dialog.problem_label.text()
    dialog.editors["code"].setText("DT-ZF-999")
    dialog.editors["zone_ids"].item(1).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert len(doc.plan.items) == item_count + 1
    added = list(doc.plan.items.values())[-1]
    assert added.zone_ids == [list(doc.plan.zones)[1]] and doc.undo_stack.undoText() == "新增执法事项 对占道经营的处罚"
    row = page.items_model.ids.index(added.id)
    page.items_table.setCurrentIndex(page.items_model.index(row, 0))
    dialog = page.edit_current(page.items_table)
    dialog.editors["official"].setText("王强")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert doc.plan.items[added.id].official == "王强"
    assert page.remove_selected(page.items_table) and added.id not in doc.plan.items
    dialog = page.add(EnforcementKind.MEMBER)
    dialog.editors["name"].setText("李华")
    dialog.editors["post"].setText("县委常委")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert len(doc.plan.members) == member_count + 1 and page.members_model.rowCount() == member_count + 1
    from reformdesk.domain.enforcement.model import EnforcementType, GroupRole

    assert type(list(doc.plan.members.values())[-1].role) is GroupRole  # a member, not its text
    assert all(type(i.type) is EnforcementType for i in doc.plan.items.values())
    for _ in range(4):
        doc.undo_stack.undo()
    assert len(doc.plan.items) == item_count and len(doc.plan.members) == member_count


def test_the_window_holds_the_files_lock(window: EnforcementWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The plan files' OS lock: a second window is read-only and says so; the CLI's import is refused."""
    from reformdesk.cli import main
    from reformdesk.store.enforcement_file import acquire_enforcement
    from reformdesk.store.plan_store import Locked
    from tests.formats.import_helpers import HEADER, write_xlsx

    path = window.doc.path
    assert path is not None and window.lease is not None and not window.doc.read_only
    assert isinstance(acquire_enforcement(path), Locked)
    second = EnforcementWindow.open(path)
    qtbot.addWidget(second, before_close_func=_discard)
    assert second.doc.read_only and second.lease is None and not second.save_action.isEnabled()
    assert "本窗口只读" in second.read_only_reason and "（只读）" in second.windowTitle()
    assert not second.save()
    sheet = write_xlsx(tmp_path / "list.xlsx", [HEADER, [1, "DT-ZF-902", "对违规占道的处罚", "行政处罚"]])
    before = path.read_bytes()
    assert main(["import", str(path), str(sheet)]) == 2 and path.read_bytes() == before
    second.close()
    assert window.save(), "a save keeps the lock on the new file"
    assert isinstance(acquire_enforcement(path), Locked)
    window.close()
    assert window.lease is None
    assert main(["import", str(path), str(sheet)]) == 0


def test_a_read_only_window_disables_every_edit_and_says_why(window: EnforcementWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Another holder of the file: nothing that edits can be clicked or typed, and the banner says why."""
    from PySide6.QtGui import QShortcut
    from PySide6.QtWidgets import QAbstractItemView, QPushButton

    path = window.doc.path
    assert path is not None
    second = EnforcementWindow.open(path)
    qtbot.addWidget(second, before_close_func=_discard)
    second.show()
    qtbot.waitExposed(second)
    page = second.page
    assert second.banner.isVisible() and "本窗口只读" in second.banner.text()
    assert not window.banner.isVisible(), "the window holding the lock edits as before"
    controls = page.edit_controls()
    buttons = [c for c in controls if isinstance(c, QPushButton)]
    # Every button of the page but the diagram's exports: add (新增乡镇, 新增村（社区） too) / edit / remove and the bulk actions.
    exports = {b for b in page.findChildren(QPushButton) if b.text() in ("导出PNG(&P)…", "导出SVG(&G)…")}
    assert set(buttons) == set(page.findChildren(QPushButton)) - exports and len(exports) == 2
    assert len(buttons) == 17 and all(not c.isEnabled() for c in controls)
    assert all(b.isEnabled() for b in exports)
    assert any(isinstance(c, QShortcut) for c in controls)
    assert all(b.isEnabled() for b in window.page.edit_controls() if isinstance(b, QPushButton))
    assert page.tree.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop
    assert not second.save_action.isEnabled() and not second.undo_action.isEnabled()
    # A click on a disabled button and the keyboard's Delete change nothing, and open no form.
    page.tabs.setCurrentIndex(0)
    page.table.selectRow(0)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    first_zone = page.zones_model.index(0, 0)
    page.tree.setCurrentIndex(first_zone)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
    qtbot.wait(20)
    assert page.dialog is None and second.doc.undo_stack.count() == 0 and not second.doc.modified
    assert second.doc.plan.stations() == 311


def test_the_close_question_names_the_plan_and_the_menus_have_access_keys(window: EnforcementWindow) -> None:
    # 退出 asks each unsaved window in turn: the question must say which plan it is about.
    tid = next(iter(window.doc.plan.townships))
    window.page.zones_model.move([tid], [], None)
    box = window.ask_save_before_close(then=lambda: None)
    assert box.text() == f"执法体系方案“{window.doc.plan.info.name}”已修改，是否保存？"
    box.button(box.StandardButton.Cancel).click()
    assert window.doc.modified and window.isVisible()
    # Alt+F / Alt+E, as in the town and catalogue windows.
    assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "编辑(&E)"]


def test_a_county_of_ones_own_starts_empty_and_gets_townships_and_villages(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # `new 西川县.rdcounty` then the window: there was no way to add a township or a village, so only
    # the Datong sample could ever be worked on.
    from reformdesk.cli import main
    from tests.gui.typing_keys import type_text

    path = tmp_path / "西川县.rdcounty"
    assert main(["new", str(path), "--county", "西川县"]) == 0
    w = EnforcementWindow.open(path)
    qtbot.addWidget(w, before_close_func=_discard)
    w.show()
    _activate(qtbot, w)
    page, doc = w.page, w.doc
    page.add_township_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "新增乡镇"
    type_text(dialog.editors["name"], "城关镇")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    (town,) = doc.plan.townships.values()
    assert town.name == "城关镇" and doc.undo_stack.undoText() == "新增乡镇 城关镇"
    assert page.zones_model.rowCount() == 1  # under 未分配, as any township outside a zone
    assert page.town_filter.findData("城关镇") > 0  # the villages' township filter knows it
    # A second township of the same name is refused with a reason.
    dialog = page.add(EnforcementKind.TOWNSHIP)
    type_text(dialog.editors["name"], "城关镇")
    assert "已有名为“城关镇”的乡镇" in dialog.problem_label.text()
    dialog.reject()
    # A village, in the township the table shows.
    page.town_filter.setCurrentIndex(page.town_filter.findData("城关镇"))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert dialog.windowTitle() == "新增村（社区）" and dialog.editors["township_id"].currentData() == town.id
    type_text(dialog.editors["name"], "东关社区")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    (village,) = doc.plan.villages.values()
    assert (village.name, village.township_id) == ("东关社区", town.id)
    assert page.proxy.rowCount() == 1
    # Enter edits it, Delete removes it; each one undo step.
    page.table.setCurrentIndex(page.proxy.index(0, 1))
    dialog = page.edit_current(page.table)
    assert dialog is not None and dialog.editors["name"].text() == "东关社区"
    dialog.reject()
    assert page.remove_selected(page.table) and not doc.plan.villages
    doc.undo_stack.undo()
    assert list(doc.plan.villages) == [village.id]


def _letters(window: EnforcementWindow) -> list[str]:
    """The Alt letters of the buttons and menus shown together, as Qt reads them (``&X``)."""
    import re

    from PySide6.QtWidgets import QPushButton

    shown = [b.text() for b in window.findChildren(QPushButton) if b.isVisibleTo(window)]
    shown += [a.text() for a in window.menuBar().actions()]
    letters = []
    for text in shown:
        found = re.search(r"&([^&])", text)
        assert found, f"no Alt letter: {text!r}"
        letters.append(found.group(1).upper())
    return letters


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_button_has_an_alt_letter_of_its_own_in_each_tab(qtbot, qapp, tmp_path: Path, language) -> None:  # type: ignore[no-untyped-def]
    from reformdesk.gui.app import install_translators, remove_translators

    translators = install_translators(qapp, "en") if language == "en" else []
    try:
        path = tmp_path / "county.rdcounty"
        save_enforcement(build(), path)
        window = EnforcementWindow.open(path)  # built in the language installed
        qtbot.addWidget(window, before_close_func=_discard)
        window.show()
        tabs = window.page.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            letters = _letters(window)
            assert len(letters) == len(set(letters)), f"tab {tabs.tabText(i)}: {sorted(letters)}"
        _discard(window)
        window.close()
    finally:
        remove_translators(qapp, translators)
