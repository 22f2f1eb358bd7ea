"""Units and people added, edited and deleted in the window: dialogs, keys, in place; every edit undoable."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from reformdesk.domain.model import Plan, PostType, Tier
from reformdesk.domain.registry import EntityKind
from reformdesk.formats.roster import plan_roster, read_roster
from reformdesk.gui.app import install_translators, remove_translators
from reformdesk.gui.dialogs.entity_dialogs import PersonDialog, UnitDialog
from reformdesk.gui.dialogs.plan_info_dialog import PlanInfoDialog
from reformdesk.gui.dialogs.roster_import_dialog import RosterImportDialog, RosterPeopleModel
from reformdesk.gui.document import Document
from reformdesk.gui.views.structure_view import StructurePage
from reformdesk.gui.views.tier_view import TierPage
from reformdesk.samples import liuxi
from tests.conftest import SAMPLES
from tests.gui.core_plans import small_plan
from tests.gui.i18n_check import chinese_left, plan_data, visible_texts


def _shown(qtbot, widget) -> None:
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def _plan() -> Plan:
    plan = small_plan()
    plan.people["p-1"].tier_after = Tier.DEPUTY_IN_CHARGE
    plan.bodies["b-service"].deputy_id = "p-1"
    plan.people["p-2"].reports_to_id = "p-1"
    return plan


def test_insert_in_the_old_tree_adds_a_unit_by_dialog(qtbot) -> None:
    page = StructurePage(Document(_plan()))
    _shown(qtbot, page)
    page.old_tree.setFocus()
    with qtbot.waitSignal(page.dialogOpened) as shown:
        qtbot.keyClick(page.old_tree, Qt.Key.Key_Insert)
    dialog = shown.args[0]
    assert isinstance(dialog, UnitDialog) and dialog.windowTitle() == "新增原科室站所"
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled(), "no name yet"
    dialog.name_edit.setText("党政办")
    assert "已有名为“党政办”的原科室站所" in dialog.problem_label.text()
    dialog.name_edit.setText("财政所二")
    dialog.posts_spin.setValue(3)
    dialog.post_type_combo.setCurrentIndex(dialog.post_type_combo.findData(PostType.INSTITUTION.value))
    dialog.accept()
    unit = page.doc.plan.unit_by_name("财政所二")
    assert unit is not None and unit.authorized_posts == 3 and unit.post_type is PostType.INSTITUTION
    assert page.doc.undo_stack.undoText() == "新增原科室 财政所二"
    assert page.old_model.key_of(page.old_tree.currentIndex()) == (EntityKind.UNIT, unit.id)


def test_f2_renames_a_unit_in_place_and_enter_opens_a_person(qtbot) -> None:
    page = StructurePage(Document(_plan()))
    _shown(qtbot, page)
    page.old_tree.setFocus()
    page.old_tree.select_key(EntityKind.UNIT, "u-farm")
    qtbot.keyClick(page.old_tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("农牧综合服务站")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.doc.plan.units["u-farm"].name == "农牧综合服务站")
    assert page.doc.undo_stack.undoText() == "修改原科室 农牧站（名称）"

    page.old_tree.select_key(EntityKind.PERSON, "p-2")
    with qtbot.waitSignal(page.dialogOpened) as shown:
        page.old_tree.activated.emit(page.old_tree.currentIndex())  # Enter (or a double click)
    dialog = shown.args[0]
    assert isinstance(dialog, PersonDialog) and dialog.name_edit.text() == "李娜"
    dialog.grade_edit.setText("一级科员")
    dialog.accept()
    assert page.doc.plan.people["p-2"].grade == "一级科员"
    assert page.doc.undo_stack.undoText() == "修改人员 李娜（职级）"


def test_deleting_a_deputy_asks_and_says_what_it_unlinks(qtbot) -> None:
    doc = Document(_plan())
    before = copy.deepcopy(doc.plan)
    page = StructurePage(doc)
    _shown(qtbot, page)
    page.old_tree.setFocus()
    page.old_tree.select_key(EntityKind.PERSON, "p-1")
    with qtbot.waitSignal(page.dialogOpened) as shown:
        qtbot.keyClick(page.old_tree, Qt.Key.Key_Delete)
    box = shown.args[0]
    assert isinstance(box, QMessageBox) and box.text() == "删除人员 张伟？"
    assert "分管的职能机构将没有分管副职：公共服务中心" in box.informativeText()
    assert "以下人员将没有汇报对象：李娜" in box.informativeText()
    assert "p-1" in doc.plan.people, "nothing before the answer"
    box.button(QMessageBox.StandardButton.Yes).click()
    assert "p-1" not in doc.plan.people and doc.plan.bodies["b-service"].deputy_id is None
    assert doc.undo_stack.undoText() == "删除人员 张伟"
    doc.undo_stack.undo()
    assert doc.plan == before


def test_tier_page_people_by_keyboard(qtbot) -> None:
    doc = Document(_plan())
    page = TierPage(doc)
    _shown(qtbot, page)
    view = page.people_view
    view.setFocus()
    with qtbot.waitSignal(page.dialogOpened) as shown:
        qtbot.keyClick(view, Qt.Key.Key_Insert)
    dialog = shown.args[0]
    dialog.name_edit.setText("周敏")
    dialog.staff_edit.setText("001")
    assert "工号 001 已是 张伟 的工号" in dialog.problem_label.text()
    dialog.staff_edit.setText("008")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("u-office"))
    dialog.accept()
    added = doc.plan.person_by_staff_id("008")
    assert added is not None and added.unit_id == "u-office"
    assert doc.undo_stack.undoText() == "新增人员 周敏"
    row = page.people_model.row_of(added.id)
    assert view.currentIndex().row() == row, "the new person is selected"
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # no links: deleted at once, undoable
    assert added.id not in doc.plan.people
    assert doc.undo_stack.undoText() == "删除人员 周敏"


def test_plan_info_dialog_is_one_undo_step(qtbot) -> None:
    from reformdesk.gui import edits

    doc = Document(_plan())
    dialog = PlanInfoDialog(doc.plan.info)
    qtbot.addWidget(dialog)
    dialog.office_edit.setText("示例编办")
    dialog.author_edit.setText("甲")
    assert edits.set_info(doc, dialog.values())
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "修改方案信息（填表单位、编制人）"
    doc.undo_stack.undo()
    assert doc.plan.info.office == ""


def test_roster_preview_model_passes_the_model_tester_and_takes_corrections(qtbot, qtmodeltester) -> None:
    preview = plan_roster(Plan(), read_roster(SAMPLES / liuxi.ROSTER_FILE))
    dialog = RosterImportDialog(preview)
    qtbot.addWidget(dialog)
    model = dialog.people_model
    qtmodeltester.check(model)
    index = model.index(3, RosterPeopleModel.TIER)
    assert model.setData(index, Tier.SECTION_CHIEF.value)
    assert index.data() == "科室长" and model.index(3, RosterPeopleModel.WHY).data() == "手工指定"
    dialog.head_combo.setCurrentIndex(1)  # 镇长 is the head
    assert model.index(1, RosterPeopleModel.TIER).data() == "负责人"
    qtmodeltester.check(model)


def test_new_dialogs_are_in_english(qtbot, qapp, tmp_path: Path) -> None:
    translators = install_translators(qapp, "en")
    try:
        plan = _plan()
        doc = Document(plan)
        preview = plan_roster(plan, read_roster(SAMPLES / liuxi.ROSTER_FILE))
        dialogs = [
            PlanInfoDialog(plan.info, new=True),
            PlanInfoDialog(plan.info),
            UnitDialog(plan, plan.units["u-office"]),
            PersonDialog(plan, plan.people["p-2"]),
            RosterImportDialog(preview),
        ]
        texts = []
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            texts += visible_texts(dialog)
            dialog.close()
        page = StructurePage(doc)
        _shown(qtbot, page)
        page.old_tree.select_key(EntityKind.PERSON, "p-1")
        page.old_tree.setFocus()
        box = page.delete_old_selection()
        texts += visible_texts(box)
        box.reject()
        roster = [p.read for p in preview.people]
        extra = [r.post for r in roster] + [r.name for r in roster] + [r.unit for r in roster]
        extra += [u.name for u in preview.units_added] + [u.kind for u in preview.units_added]
        extra += [r.staff_id for r in roster] + ["男", "女", "内设机构", "站所", "事业单位", "派驻机构"]
        extra += [sheet for sheet, _kind, _row in preview.read.sheets]  # the workbook's own sheet names
        data = plan_data([plan], extra=extra)
        left = sorted({text for _where, text in chinese_left(texts, data)})
        assert left == [], "\n".join(left)
    finally:
        remove_translators(qapp, translators)


def test_unit_and_person_dialogs_open_on_the_name_and_enter_accepts(qtbot) -> None:
    """Typed at once after Insert, the name lands in the name field; Tab goes down the form; Enter is OK."""
    from tests.gui.typing_keys import type_text

    page = StructurePage(Document(_plan()))
    _shown(qtbot, page)
    page.old_tree.setFocus()
    with qtbot.waitSignal(page.dialogOpened) as shown:
        qtbot.keyClick(page.old_tree, Qt.Key.Key_Insert)
    dialog = shown.args[0]
    qtbot.waitUntil(dialog.name_edit.hasFocus)  # not 取消, as the buttons' place in the chain had it
    type_text(QApplication.focusWidget(), "农业站")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.kind_combo.hasFocus() or dialog.kind_combo.isAncestorOf(QApplication.focusWidget())
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.doc.plan.unit_by_name("农业站") is not None
    person = PersonDialog(page.doc.plan, None, None)
    _shown(qtbot, person)
    qtbot.waitUntil(person.name_edit.hasFocus)
    chain, widget = [], person.name_edit
    for _ in range(14):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isEnabled():
            widget = widget.nextInFocusChain()
    assert chain[:3] == [person.name_edit, person.staff_edit, person.gender_combo]
    person.reject()


def test_a_new_persons_tier_before_follows_the_post_typed_until_chosen(qtbot) -> None:
    """所长 typed as 职务 proposes 科室长, as the roster import reads it; a tier chosen by hand stays."""
    from tests.gui.typing_keys import type_text

    plan = _plan()
    dialog = PersonDialog(plan, None, None)
    _shown(qtbot, dialog)
    assert Tier(dialog.tier_combo.currentData()) is Tier.STAFF
    dialog.post_edit.setFocus()
    type_text(dialog.post_edit, "所长")
    assert Tier(dialog.tier_combo.currentData()) is Tier.SECTION_CHIEF
    dialog.post_edit.setText("副镇长")
    assert Tier(dialog.tier_combo.currentData()) is Tier.DEPUTY_LEADER
    dialog.post_edit.clear()
    assert Tier(dialog.tier_combo.currentData()) is Tier.STAFF
    # Chosen by hand: the post no longer moves it.
    dialog.tier_combo.setCurrentIndex(dialog.tier_combo.findData(Tier.SECTION_CHIEF.value))
    dialog.tier_combo.activated.emit(dialog.tier_combo.currentIndex())
    dialog.post_edit.setText("科员")
    assert Tier(dialog.tier_combo.currentData()) is Tier.SECTION_CHIEF
    assert dialog.values()["tier_before"] is Tier.SECTION_CHIEF
    dialog.reject()
    # An existing person's tier is theirs: editing the post does not change it.
    person = next(p for p in plan.people.values() if p.tier_before is Tier.STAFF)
    edit = PersonDialog(plan, person)
    _shown(qtbot, edit)
    edit.post_edit.setText("站长")
    assert Tier(edit.tier_combo.currentData()) is Tier.STAFF
    edit.reject()
