"""The catalogue window's file actions: 导入清单 with its preview, 导出权力清单和责任清单, and `reformdesk FILE`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QMessageBox

from reformdesk.gui.catalogue.window import CatalogueWindow, open_window
from reformdesk.gui.dialogs.catalogue_import_dialog import CatalogueImportDialog
from reformdesk.store.catalogue_file import open_catalogue
from tests.conftest import SAMPLES
from tests.gui.catalogue.test_catalogue_window import _discard

CATALOGUE = SAMPLES / "datong_catalogue.rdcatalog"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> CatalogueWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "datong.rdcatalog"
    shutil.copy(CATALOGUE, path)
    w = open_window(path)
    qtbot.addWidget(w, before_close_func=_discard)
    w.show()
    return w


def _department_list(path: Path, known: tuple[str, str, str]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "县文化旅游局"
    ws.append(["县文化旅游局权力清单和责任清单"])
    ws.append(["序号", "职权编码", "职权名称", "职权类型", "实施依据", "实施主体", "责任事项"])
    ws.append(
        [
            1,
            "630121-WL-XK-9001",
            "营业性演出审批",
            "行政许可",
            "《营业性演出管理条例》第六条",
            "县文化旅游局",
            "1.受理；2.审查；3.决定；4.送达",
        ]
    )
    ws.append(
        [
            2,
            "630121-WL-CF-9002",
            "对擅自举办营业性演出的处罚",
            "行政处罚",
            "《营业性演出管理条例》第四十三条",
            "县文化旅游局",
            "",
        ]
    )
    ws.append([3, "", "没有类型的一行", "", "", "县文化旅游局", ""])
    ws.append([4, *known, "", "", "受理→审查→决定→送达→公开"])
    wb.save(path)
    return path


def test_import_a_list_with_its_preview_is_one_undo_step(window: CatalogueWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = window.doc
    known = next(i for i in doc.cat.items.values() if i.code)
    sheet = _department_list(tmp_path / "文旅局.xlsx", (known.code, known.name, known.type.value))
    n_items, n_subjects = len(doc.cat.items), len(doc.cat.subjects)
    window.files.open_chooser = lambda *_a: str(sheet)
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        window.import_list_action.trigger()
    dialog = shown.args[0]
    assert isinstance(dialog, CatalogueImportDialog)
    assert dialog.added_table.rowCount() == 2 and dialog.added_table.item(0, 2).text() == "营业性演出审批"
    assert dialog.added_table.item(0, 0).text() == "县文化旅游局（新）"
    assert dialog.updated_table.rowCount() == 1 and "责任事项" in dialog.updated_table.item(0, 3).text()
    assert dialog.skipped.count() == 1 and "第 5 行" in dialog.skipped.item(0).text()
    assert "新增事项 2 项，更新 1 项，新增实施主体 1 个，无法读取 1 行" in dialog.summary.text()
    assert len(doc.cat.items) == n_items  # nothing changes before OK
    dialog.accept()
    assert len(doc.cat.items) == n_items + 2 and len(doc.cat.subjects) == n_subjects + 1
    assert doc.cat.items[known.id].responsibility_steps[-1] == "公开"
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "导入清单 文旅局.xlsx"
    doc.undo_stack.undo()
    assert len(doc.cat.items) == n_items and len(doc.cat.subjects) == n_subjects
    assert window.pages["list"].subjects_model.rowCount() == n_subjects + 1


def test_import_cancelled_changes_nothing(window: CatalogueWindow, tmp_path: Path) -> None:
    sheet = _department_list(tmp_path / "list.xlsx", ("", "另一项", "行政确认"))
    dialog = window.files.import_list(sheet)
    assert isinstance(dialog, CatalogueImportDialog)
    dialog.reject()
    assert window.doc.undo_stack.count() == 0 and not window.doc.modified


def test_an_unreadable_list_says_why(window: CatalogueWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "清单.xlsx"
    bad.write_text("这不是电子表格", encoding="utf-8")
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        window.files.import_list(bad)
    box = shown.args[0]
    assert isinstance(box, QMessageBox) and box.windowTitle() == "无法导入清单" and "清单.xlsx 无法读取" in box.text()
    box.reject()
    assert window.doc.undo_stack.count() == 0


def test_export_the_published_lists(window: CatalogueWindow, tmp_path: Path) -> None:
    out = tmp_path / "清单"
    window.files.file_chooser = lambda *_a: str(out)
    assert window.files.ask_export()
    book = load_workbook(tmp_path / "清单.xlsx", read_only=True)
    names = book.sheetnames
    book.close()
    assert len(names) == 1 + len(window.doc.cat.subjects)  # the summary by type, then one per 实施主体
    assert "已导出到" in window.statusBar().currentMessage()


def test_an_export_that_fails_says_why(window: CatalogueWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        assert not window.files.export(tmp_path / "no-folder" / "x.xlsx")
    box = shown.args[0]
    assert box.windowTitle() == "无法导出" and "no-folder" in box.text()
    box.reject()


def test_the_save_actions_save_without_an_error(window: CatalogueWindow, tmp_path: Path) -> None:
    # 保存 (Ctrl+S) and 另存为 from the menu: QAction.triggered carries ``checked`` (False), which
    # must not reach save()'s ``then`` (it was called once saved: "'bool' object is not callable").
    from reformdesk.gui.edits import catalogue_edits as edits

    iid = next(iter(window.doc.cat.items))
    assert edits.set_item_fields(window.doc, iid, {"note": "已核对"})
    window.save_action.trigger()
    assert not window.isWindowModified()
    assert open_catalogue(window.doc.path).items[iid].note == "已核对"  # type: ignore[arg-type]
    other = tmp_path / "另存.rdcatalog"
    window.files.file_chooser = lambda *_a: str(other)
    assert edits.set_item_fields(window.doc, iid, {"note": "另存前"})
    window.save_as_action.trigger()
    assert window.doc.path == other and not window.isWindowModified()
    assert open_catalogue(other).items[iid].note == "另存前"


def test_the_command_line_opens_a_catalogue_in_its_window(qtbot, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from reformdesk.gui import app

    path = tmp_path / "datong.rdcatalog"
    shutil.copy(CATALOGUE, path)
    shown: list[CatalogueWindow] = []

    def exec_() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, CatalogueWindow) and w.isVisible()]
        shown.extend(windows)
        for w in windows:
            w.close()
            w.deleteLater()
        return 0

    monkeypatch.setattr(QApplication.instance(), "exec", exec_)
    assert app.run(str(path)) == 0
    assert len(shown) == 1 and shown[0].windowTitle().startswith("大通县 2026年权责清单 — datong.rdcatalog")
    damaged = tmp_path / "bad.rdcatalog"
    damaged.write_bytes(path.read_bytes()[:4096])
    assert app.run(str(damaged)) == 2 and not shown[1:]
    assert capsys.readouterr().err.startswith("reformdesk: ")


def test_the_town_window_opens_a_catalogue_beside_its_plan(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from reformdesk.gui.catalogue_actions import open_windows
    from reformdesk.gui.main_window import MainWindow
    from tests.gui.core_plans import make_settings
    from tests.gui.windows import discard_changes

    main = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(main, before_close_func=_discard)
    main.show()
    path = tmp_path / "datong.rdcatalog"
    shutil.copy(CATALOGUE, path)
    plan_before = main.doc.plan
    main.files.open_path(path)
    opened = open_windows()
    assert len(opened) == 1 and opened[0].isVisible() and main.doc.plan is plan_before
    qtbot.addWidget(opened[0], before_close_func=_discard)
    assert main.files.load(path)  # recent files and the command line go through load(): the same window
    assert open_windows() == opened
    discard_changes(main)
    main.files.shutdown()


def test_the_preview_names_a_hidden_sheet_before_importing(window: CatalogueWindow, tmp_path: Path) -> None:
    sheet = _department_list(tmp_path / "list.xlsx", ("", "另一项", "行政确认"))
    wb = load_workbook(sheet)
    old = wb.create_sheet("旧表（勿用）")
    old.append(["序号", "职权名称", "职权类型"])
    old.append([1, "已废止事项", "行政许可"])
    old.sheet_state = "hidden"
    wb.save(sheet)
    dialog = window.files.import_list(sheet)
    assert isinstance(dialog, CatalogueImportDialog)
    assert dialog.to_check.count() == 1 and "旧表（勿用）" in dialog.to_check.item(0).text()
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "需核对 1 项(&C)" and "1 项需核对" in dialog.summary.text()
    dialog.reject()
