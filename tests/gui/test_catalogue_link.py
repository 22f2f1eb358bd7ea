"""The town plan's catalogue link: 从权责清单选取… and 与权责清单核对… in the main window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QToolButton

from reformdesk.domain.model import PowerType
from reformdesk.gui.main_window import MainWindow
from reformdesk.gui.models.catalogue_link_models import CatalogueItemsModel, LinkDifferencesModel
from reformdesk.samples.datong_catalogue import SAMPLE_FILE, build
from reformdesk.store.catalogue_file import save_catalogue
from tests.conftest import PLAN_ONE, SAMPLES
from tests.gui.core_plans import make_settings
from tests.gui.windows import discard_changes

CATALOGUE = SAMPLES / SAMPLE_FILE


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(win, before_close_func=discard_changes)
    yield win
    win.files.shutdown()


def test_the_actions_are_in_the_file_menu(window: MainWindow) -> None:
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "从权责清单选取(&K)…" in texts and "与权责清单核对(&G)…" in texts


def test_pick_items_by_department_and_type_as_one_undo_step(qtbot, qtmodeltester, window: MainWindow) -> None:
    dialog = window.catalogue_link.pick_from(CATALOGUE)
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    department = dialog.subject_combo.findText("县住房和城乡建设局")
    dialog.subject_combo.setCurrentIndex(department)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(PowerType.LICENSING.value))
    model = dialog.model
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names == [
        "城市建筑垃圾处置核准",
        "占用、挖掘城镇道路审批",
        "设置大型户外广告及在建筑物、设施上悬挂、张贴宣传品审批",
        "建筑工程施工许可证核发",
    ]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.check_all.click()
    assert ok.isEnabled() and ok.text() == "添加所选（4 项）"
    model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(model)
    with qtbot.waitSignal(window.catalogue_link.message) as said:
        ok.click()
    assert said.args == ["已从权责清单加入 3 项事项"]
    powers = list(window.doc.plan.powers.values())
    assert [p.name for p in powers] == names[1:]
    assert (
        powers[-1].responsibility_steps == ["受理", "审查", "决定", "送达"]
        and powers[-1].source_department == "县住房和城乡建设局"
    )
    assert window.doc.undo_stack.count() == 1 and window.doc.undo_stack.undoText() == "从权责清单选取 3 项"
    window.doc.undo_stack.undo()
    assert not window.doc.plan.powers


def test_items_the_plan_has_are_shown_but_not_offered(qtbot, window: MainWindow) -> None:
    assert window.files.load(PLAN_ONE)
    dialog = window.catalogue_link.pick_from(CATALOGUE)
    assert dialog is not None
    model = dialog.model
    have = {p.code for p in window.doc.plan.powers.values()}
    row = next(r for r in range(model.rowCount()) if model.item_at(r).code in have)
    assert "已在方案中" in model.index(row, 0).data()
    assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    dialog.check_all.click()
    assert len(dialog.chosen()) == len(model.cat.items) - len(have)
    dialog.reject()


def test_check_against_an_updated_catalogue_and_adopt(qtbot, qtmodeltester, window: MainWindow, tmp_path: Path) -> None:
    assert window.files.load(PLAN_ONE)
    cat = build()
    plan = window.doc.plan
    power = next(iter(plan.powers.values()))
    item = next(i for i in cat.items.values() if i.code == power.code)
    item.name += "（2026年调整）"
    item.legal_basis = "《新法》"
    updated = tmp_path / "2026.rdcatalog"
    save_catalogue(cat, updated)
    dialog = window.catalogue_link.check_against(updated)
    assert dialog is not None
    model = dialog.model
    qtmodeltester.check(model)
    assert "方案的事项中" in dialog.summary.text()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == power.code]
    fields = {model.index(r, 2).data(): r for r in rows}
    assert {"事项名称", "实施依据", "责任事项"} <= set(fields)
    assert model.index(fields["事项名称"], 4).data() == item.name
    model.setData(model.index(fields["事项名称"], 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.adopt_checked.isEnabled()
    dialog.adopt_checked.click()
    assert plan.powers[power.id].name == item.name
    assert plan.powers[power.id].legal_basis != "《新法》"  # only what was checked
    assert window.doc.undo_stack.undoText() == "采用权责清单的值（1 处）"
    # The list follows the plan: the adopted field is gone, and back after undo.
    assert not any(
        model.index(r, 0).data() == power.code and model.index(r, 2).data() == "事项名称"
        for r in range(model.rowCount())
    )
    window.doc.undo_stack.undo()
    assert any(model.index(r, 2).data() == "事项名称" for r in range(model.rowCount()))
    dialog.adopt_all.click()
    assert model.rowCount() == 0 and "没有需要采用的值" in dialog.summary.text()
    assert window.doc.undo_stack.count() == 1  # 全部采用 is one step as well
    dialog.reject()


def test_an_adoption_is_undone_and_redone_from_the_check_dialog(qtbot, window: MainWindow, tmp_path: Path) -> None:
    # The dialog is window-modal (the main window's 撤销 and Ctrl+Z are out of reach while it is
    # open), so it carries the plan's 撤销 / 重做 itself, as buttons with the usual shortcuts.
    assert window.files.load(PLAN_ONE)
    cat = build()
    power = next(iter(window.doc.plan.powers.values()))
    old_name = power.name
    item = next(i for i in cat.items.values() if i.code == power.code)
    item.name += "（2026年调整）"
    updated = tmp_path / "2026.rdcatalog"
    save_catalogue(cat, updated)
    dialog = window.catalogue_link.check_against(updated)
    assert dialog is not None and dialog.isModal()
    buttons = {b.defaultAction().shortcut(): b for b in dialog.findChildren(QToolButton) if b.defaultAction()}
    undo, redo = (
        buttons[QKeySequence(QKeySequence.StandardKey.Undo)],
        buttons[QKeySequence(QKeySequence.StandardKey.Redo)],
    )
    assert undo.defaultAction() in dialog.actions() and redo.defaultAction() in dialog.actions()
    assert not undo.isEnabled() or window.doc.undo_stack.canUndo()
    rows = dialog.model.rowCount()
    dialog.adopt_all.click()
    assert dialog.model.rowCount() == 0 and window.doc.plan.powers[power.id].name == item.name
    assert undo.isEnabled() and "采用权责清单的值" in undo.text()
    undo.click()
    assert dialog.model.rowCount() == rows and window.doc.plan.powers[power.id].name == old_name
    assert redo.isEnabled()
    redo.click()
    assert dialog.model.rowCount() == 0 and window.doc.plan.powers[power.id].name == item.name
    dialog.reject()


def test_an_unreadable_catalogue_says_why(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "bad.rdcatalog"
    shutil.copy(PLAN_ONE, bad)
    assert window.catalogue_link.pick_from(bad) is None
    box = window.catalogue_link.last_dialog
    assert isinstance(box, QMessageBox) and "不是权责清单文件" in box.text()
    box.reject()


def test_models_alone(qtmodeltester) -> None:
    from reformdesk.domain.model import Plan

    cat = build()
    items = CatalogueItemsModel(cat, Plan())
    items.set_filter(None, PowerType.PENALTY.value, "处罚")
    qtmodeltester.check(items)
    differences = LinkDifferencesModel()
    qtmodeltester.check(differences)


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    from reformdesk.gui.app import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def test_the_dialogs_in_english(qtbot, english, window: MainWindow, tmp_path: Path) -> None:
    from tests.gui.i18n_check import chinese_left, plan_data, visible_texts

    assert window.files.load(PLAN_ONE)
    cat = build()
    data = plan_data([window.doc.plan], extra=[cat.info.title, CATALOGUE.name, "2026.rdcatalog"])
    for s in cat.subjects.values():
        data.add(s.name)
    for i in cat.items.values():
        data |= {i.code, i.name, i.legal_basis, i.basis_clause, cat.basis(i), *i.responsibility_steps}
        data.add(" → ".join(i.responsibility_steps))
    pick = window.catalogue_link.pick_from(CATALOGUE)
    assert pick is not None and pick.windowTitle() == "Pick items from the power list"
    texts = visible_texts(pick)
    pick.reject()
    save_catalogue(cat, tmp_path / "2026.rdcatalog")
    check = window.catalogue_link.check_against(tmp_path / "2026.rdcatalog")
    assert check is not None and check.windowTitle() == "Check against the power list"
    texts += visible_texts(check)
    check.reject()
    left = sorted({text for _where, text in chinese_left(texts, data)})
    assert left == [], "\n".join(left)


def _updated_sample(tmp_path: Path, plan) -> tuple[Path, list[str], str]:  # type: ignore[no-untyped-def]
    """The sample catalogue with two items renamed and one item's basis changed: the few real
    changes beside the 113 powers whose 责任事项 the plan never had."""
    cat = build()
    codes = [p.code for p in plan.powers.values()]
    renamed = [next(i for i in cat.items.values() if i.code == code) for code in (codes[5], codes[1])]
    for item in renamed:
        item.name += "（2026年调整）"
    rebased = next(i for i in cat.items.values() if i.code == codes[3])
    rebased.legal_basis = "《新法》"
    path = tmp_path / "2026.rdcatalog"
    save_catalogue(cat, path)
    return path, sorted(i.code for i in renamed), rebased.code


def test_the_check_counts_each_field_and_shows_one_field_alone(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, window: MainWindow, tmp_path: Path
) -> None:
    assert window.files.load(PLAN_ONE)
    plan = window.doc.plan
    updated, renamed, rebased = _updated_sample(tmp_path, plan)
    dialog = window.catalogue_link.check_against(updated)
    assert dialog is not None
    model, box = dialog.model, dialog.field_box
    assert [box.itemText(n) for n in range(box.count())] == [
        "全部字段（116 处）",
        "事项名称（2 处）",
        "实施依据（1 处）",
        "责任事项（113 处）",
    ]
    assert "按字段：事项名称 2 处、实施依据 1 处、责任事项 113 处。" in dialog.summary.text()
    # Grouped by field in the order a difference lists them, then by code: the real changes come first.
    listed = [(model.index(r, 2).data(), model.index(r, 0).data()) for r in range(model.rowCount())]
    assert listed[:3] == [("事项名称", renamed[0]), ("事项名称", renamed[1]), ("实施依据", rebased)]
    assert {f for f, _c in listed[3:]} == {"责任事项"} and [c for _f, c in listed[3:]] == sorted(
        c for _f, c in listed[3:]
    )

    dialog.show_field("name")
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == renamed
    assert box.currentText() == "事项名称（2 处）" and "事项名称" in dialog.adopt_all.text()
    model.setData(model.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    box.setCurrentIndex(box.findData("legal_basis"))  # as the clerk does with the box
    assert model.rowCount() == 1 and model.index(0, 0).data() == rebased
    model.setData(model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.show_field(None)
    assert model.rowCount() == 116 and dialog.adopt_all.text() == "全部采用(&A)"
    checked = [
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    ]
    assert [model.index(r, 0).data() for r in checked] == [renamed[1], rebased], "checks kept across fields"

    steps = window.doc.undo_stack.count()
    dialog.adopt_checked.click()  # the checked rows of every field: one undo step
    assert window.doc.undo_stack.count() == steps + 1
    assert window.doc.undo_stack.undoText() == "采用权责清单的值（2 处）"
    assert [box.itemText(n) for n in range(box.count())][:3] == [
        "全部字段（114 处）",
        "事项名称（1 处）",
        "责任事项（113 处）",
    ]
    window.doc.undo_stack.undo()
    assert box.count() == 4 and model.rowCount() == 116
    dialog.reject()


def test_adopting_every_listed_value_of_one_field_leaves_the_others(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.files.load(PLAN_ONE)
    plan = window.doc.plan
    updated, renamed, rebased = _updated_sample(tmp_path, plan)
    dialog = window.catalogue_link.check_against(updated)
    assert dialog is not None
    dialog.show_field("name")
    steps = window.doc.undo_stack.count()
    dialog.adopt_all.click()  # the two listed names, not the 113 责任事项 nor the basis
    assert window.doc.undo_stack.count() == steps + 1
    by_code = {p.code: p for p in plan.powers.values()}
    assert all(by_code[code].name.endswith("（2026年调整）") for code in renamed)
    assert by_code[rebased].legal_basis != "《新法》" and not any(p.responsibility_steps for p in plan.powers.values())
    # Nothing is left of 事项名称: every field is shown again, without it.
    assert dialog.model.field is None and dialog.field_box.currentData() is None
    assert [dialog.field_box.itemData(n) for n in range(dialog.field_box.count())] == [
        None,
        "legal_basis",
        "responsibility_steps",
    ]
    assert dialog.model.rowCount() == 114
    window.doc.undo_stack.undo()
    assert not any(by_code[code].name.endswith("（2026年调整）") for code in renamed)
    dialog.reject()
