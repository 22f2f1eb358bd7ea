"""The import preview's mapping step: every mapping listed, changeable by keyboard, remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox

from reformdesk.gui.dialogs.power_import_dialog import MappingsModel, PowerImportDialog
from reformdesk.gui.document import Document
from reformdesk.gui.views.powers_view import PowersPage
from tests.formats.test_import_shapes import FIXTURES, qiaotou
from tests.gui.windows import discard_changes


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _page(qtbot, settings: QSettings) -> PowersPage:
    page = PowersPage(Document(qiaotou()), None, settings=settings)
    qtbot.addWidget(page, before_close_func=discard_changes)
    return page


def test_mappings_are_listed_and_a_choice_by_keyboard_is_imported_and_remembered(
    qtbot, settings: QSettings, qtmodeltester, tmp_path: Path
) -> None:
    page = _page(qtbot, settings)
    dialog = page.import_file(FIXTURES / "receivers.xls")
    assert isinstance(dialog, PowerImportDialog) and dialog.isVisible()
    model = dialog.mappings_model
    qtmodeltester.check(model)
    assert [model.mappings[r].written for r in range(model.rowCount())] == [
        "桥头镇",
        "桥头镇人民政府",
        "桥头镇综合行政执法中队",
    ]
    assert dialog.tabs.currentWidget() is dialog.mappings_view  # a value to choose: shown first
    assert dialog.flagged_model.rowCount() == 2

    # Keyboard only: select the 映射为 cell of 桥头镇人民政府, F2, pick 公共服务中心, Enter.
    view = dialog.mappings_view
    view.setFocus()
    view.setCurrentIndex(model.index(1, MappingsModel.VALUE))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findText("公共服务中心"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.mappings[1].chosen)  # the delegate commits on Enter, queued
    assert dialog.isVisible()  # Enter chose the value; it did not press 导入
    assert model.mappings[1].value_text == "公共服务中心" and model.mappings[1].chosen
    assert dialog.flagged_model.rowCount() == 1  # matched again at once
    assert dialog.choices == {("body_id", "桥头镇人民政府"): "b-service"}

    dialog.grab().save(str(tmp_path / "preview.png"))
    dialog.accept()
    plan = page.doc.plan
    assert [p.body_id for p in plan.powers.values()] == ["b-service", "b-enforce", None]
    assert "桥头镇人民政府" in plan.info.import_mappings
    page.doc.undo_stack.undo()  # one step undoes the items and the remembered choice
    assert not plan.powers and plan.info.import_mappings == ""


def test_skipped_rows_and_sheets_are_shown(qtbot, settings: QSettings) -> None:
    page = _page(qtbot, settings)
    dialog = page.import_file(FIXTURES / "captions.ods")
    assert dialog is not None
    assert [row[1] for row in dialog.skipped_model.rows] == ["部门标题行", "部门标题行", "合计行"]
    dialog.reject()
    dialog = page.import_file(FIXTURES / "several_sheets.xlsx")
    assert dialog is not None
    assert "填报说明" in dialog.summary_label.text()
    assert [row[-1] for row in dialog.added_model.rows] == ["县市场监督管理局", "县市场监督管理局", "县自然资源局"]
    dialog.reject()


def test_a_workbook_of_many_sheets_is_summed_up_not_listed(qtbot, settings: QSettings, tmp_path: Path) -> None:
    # 320 departments, one sheet each: naming every sheet made the summary taller than the screen.
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for i in range(320):
        ws = book.create_sheet(f"部门{i:03d}")
        ws.append(["事项编码", "事项名称", "事项类型", "原实施部门"])
        ws.append([f"D{i:03d}-XK-0001", f"部门{i}事项", "行政许可", f"县部门{i:03d}"])
    path = tmp_path / "many.xlsx"
    book.save(path)
    page = _page(qtbot, settings)
    dialog = page.import_file(path)
    assert dialog is not None
    text = dialog.summary_label.text()
    assert "“部门000”、“部门001”" in text and "… “部门319”（共 320 个）" in text and "部门100" not in text
    assert len(dialog.added_model.rows) == 320
    dialog.reject()


def test_the_added_tab_shows_what_a_clerk_checks(qtbot, settings: QSettings, qtmodeltester, tmp_path: Path) -> None:
    """新增 showed only code and name, so a department read wrong showed only after importing."""
    import datetime as dt

    from tests.formats.import_helpers import HEADER, write_xlsx

    page = _page(qtbot, settings)
    row = dict.fromkeys(HEADER, "")
    row.update(
        {
            "序号": 1,
            "事项编码": "630999",
            "事项名称": "新设许可",
            "事项类型": "许可",
            "实施依据": "《行政许可法》",
            "原实施部门": "县市场监管局",
            "下放方式": "委托",
            "承接机构": "公共服务中心",
            "承接时限": dt.date(2027, 6, 30),
        }
    )
    dialog = page.import_file(write_xlsx(tmp_path / "full.xlsx", [HEADER, list(row.values())]))
    assert isinstance(dialog, PowerImportDialog)
    qtmodeltester.check(dialog.added_model)
    assert dialog.added_model.headers[:10] == [
        "行", "事项编码", "事项名称", "事项类型", "原实施部门", "实施依据", "下放方式", "承接机构", "承接时限", "责任人"
    ]  # fmt: skip
    assert dialog.added_model.rows[0][:9] == (
        "2", "630999", "新设许可", "行政许可", "县市场监管局", "《行政许可法》", "委托", "公共服务中心", "2027年6月30日"
    )  # fmt: skip
    dialog.reject()
    # A list without receiving bodies or deadlines: no empty columns for them.
    short = write_xlsx(tmp_path / "short.xlsx", [["事项编码", "事项名称", "事项类型"], ["630998", "另一许可", "许可"]])
    dialog = page.import_file(short)
    assert isinstance(dialog, PowerImportDialog)
    assert dialog.added_model.headers == ["行", "事项编码", "事项名称", "事项类型", "原实施部门"]
    assert dialog.added_model.rows[0] == ("2", "630998", "另一许可", "行政许可", "")
    dialog.reject()


def test_people_without_staff_id_are_offered_by_name_alone(qtbot, settings: QSettings) -> None:
    # A roster imported without 工号: the 责任人 choices read 姚国华（） before.
    plan = qiaotou()
    plan.people["p-yao"].staff_id = ""
    page = PowersPage(Document(plan), None, settings=settings)
    qtbot.addWidget(page, before_close_func=discard_changes)
    dialog = page.import_file(FIXTURES / "officials.xlsx")
    assert dialog is not None
    model = dialog.mappings_model
    row = next(r for r in range(model.rowCount()) if model.mappings[r].written == "姚国华（副镇长）")
    assert model.mappings[row].value_text == "姚国华"
    shown = [text for text, _value in model.options(row)]
    assert "姚国华" in shown and "张三（0001）" in shown
    assert not any(text.endswith("（）") for text in shown)
    dialog.reject()
