"""The import controllers (gui/sheet_import_action.py and its three kinds) share one path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from reformdesk.domain.model import Plan
from reformdesk.gui.dialogs.power_import_dialog import PowerImportDialog
from reformdesk.gui.document import Document
from reformdesk.gui.import_action import PowerImportAction
from reformdesk.gui.roster_action import RosterImportAction
from reformdesk.gui.service_import_action import ServiceImportAction
from reformdesk.gui.sheet_import_action import SheetImportAction
from tests.formats.test_workbook import mixed_workbook
from tests.gui.windows import discard_changes


def _host(qtbot) -> QWidget:
    host = QWidget()
    qtbot.addWidget(host, before_close_func=discard_changes)
    return host


def test_the_window_reads_no_roster_sheet_as_powers(qtbot, tmp_path: Path) -> None:
    """The CLI's rule (formats/workbook.py): a 花名册's unit sheet headed 序号/名称/类别 is skipped, not imported."""
    doc = Document(Plan())
    action = PowerImportAction(doc, _host(qtbot))
    dialog = action.import_file(mixed_workbook(tmp_path / "book.xlsx"))
    assert isinstance(dialog, PowerImportDialog) and dialog is action.dialog
    preview = dialog.preview
    assert [p.name for _row, p in preview.added] == ["新事项"]
    skipped = {s.name: s.reason for s in preview.read.skipped_sheets}
    assert skipped["机构"] == "花名册的机构表，请用“导入花名册”导入"  # where it does import
    assert skipped["进驻事项"] == "审批服务事项清单，请用“导入审批服务事项”导入"
    dialog.accept()
    assert [p.name for p in doc.plan.powers.values()] == ["新事项"] and doc.undo_stack.count() == 1
    dialog.close()


def test_every_kind_says_why_a_file_cannot_be_read_in_one_warning(qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"not a spreadsheet")
    host = _host(qtbot)
    doc = Document(Plan())
    for kind in (PowerImportAction, RosterImportAction, ServiceImportAction):
        action = kind(doc, host)
        assert isinstance(action, SheetImportAction)
        with qtbot.waitSignal(action.dialogOpened):
            box = action.import_file(bad)
        assert isinstance(box, QMessageBox) and box.icon() is QMessageBox.Icon.Warning
        assert "坏.xlsx" in box.text() and box.windowTitle() == action.title()
        box.close()
        with qtbot.waitSignal(action.dialogOpened):
            chooser = action.ask()
        assert chooser is not None and chooser.windowTitle() == action.title()
        chooser.reject()
    assert doc.undo_stack.count() == 0


def test_a_read_only_plan_imports_nothing(qtbot, tmp_path: Path) -> None:
    doc = Document(Plan())
    doc.read_only = True
    action = RosterImportAction(doc, _host(qtbot))
    assert action.ask() is None
    box = action.import_file(mixed_workbook(tmp_path / "book.xlsx"))
    assert isinstance(box, QMessageBox) and not doc.plan.people
    box.close()


def test_the_preview_asks_to_check_a_total_that_disagrees(qtbot) -> None:
    from tests.formats.test_import_shapes import FIXTURES

    doc = Document(Plan())
    action = PowerImportAction(doc, _host(qtbot))
    dialog = action.import_file(FIXTURES / "total_rows.xlsx")
    assert isinstance(dialog, PowerImportDialog)
    assert "请核对：工作表“清单”第 6 行“合计：56项”写明 56 项，读到 3 项" in dialog.summary_label.text()
    dialog.close()


def test_a_total_that_disagrees_is_a_row_of_the_check_tab(qtbot) -> None:
    """The summary said 请核对 while the 需核对 tab read 需核对 0 and listed nothing."""
    from tests.formats.test_import_shapes import FIXTURES

    plan = Plan()
    for body in ("公共服务中心", "综合行政执法中队"):  # the bodies the list names: nothing else to check
        plan.add_body(body)
    doc = Document(plan)
    action = PowerImportAction(doc, _host(qtbot))
    dialog = action.import_file(FIXTURES / "total_rows.xlsx")
    assert isinstance(dialog, PowerImportDialog)
    model = dialog.flagged_model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert ["6", "", "合计：56项", "写明 56 项，读到 3 项（不含子项），请核对是否有遗漏或多余的行"] in rows
    tab = dialog.tabs.indexOf(dialog.views[3])
    assert dialog.tabs.tabText(tab) == f"需核对 {model.rowCount()}"
    assert not dialog.preview.bad and not dialog.preview.flagged
    assert dialog.tabs.currentIndex() == tab  # opened on it: nothing more urgent to show
    dialog.close()
