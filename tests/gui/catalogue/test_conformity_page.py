"""The 三级四同 page: a reference list imported, county and reference side by side, adopting per field, undo."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from reformdesk.domain.catalogue.conformity import conform
from reformdesk.formats.catalogue_import import read_catalogue
from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.gui.catalogue.window import CatalogueWindow, open_window
from reformdesk.gui.models.conformity_models import DIFFERS_ROLE, ConformityModel, MissingModel, Status
from reformdesk.store.catalogue_file import open_catalogue
from tests.conftest import SAMPLES
from tests.gui.catalogue.test_catalogue_window import _discard

CATALOGUE = SAMPLES / "datong_catalogue.rdcatalog"
REFERENCE = SAMPLES / "qinghai_reference.xlsx"


@pytest.fixture(scope="module")
def reference():  # type: ignore[no-untyped-def]
    cat, _result = read_catalogue(REFERENCE)
    return cat


@pytest.fixture
def window(qtbot, tmp_path: Path) -> CatalogueWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "datong.rdcatalog"
    shutil.copy(CATALOGUE, path)
    w = open_window(path)
    qtbot.addWidget(w, before_close_func=_discard)
    w.show()
    return w


def _loaded(window: CatalogueWindow):  # type: ignore[no-untyped-def]
    assert window.files.import_reference(REFERENCE)
    return window.pages["conformity"]


def test_models_pass_the_model_tester(qtmodeltester, reference) -> None:  # type: ignore[no-untyped-def]
    doc = CatalogueDocument(open_catalogue(CATALOGUE))
    empty = ConformityModel(doc)
    qtmodeltester.check(empty)
    assert empty.rowCount() == 0
    doc.set_reference(reference, "qinghai_reference.xlsx")
    model = ConformityModel(doc)
    qtmodeltester.check(model)
    result = conform(doc.cat, reference)
    assert model.rowCount() == len(doc.cat.items)
    assert model.counts[Status.DIFFERS] == len(result.mismatches) > 0
    assert model.counts[Status.COUNTY_ONLY] == len(result.county_only) > 0
    model.set_filter({Status.DIFFERS})
    qtmodeltester.check(model)
    missing = MissingModel(doc)
    qtmodeltester.check(missing)
    assert missing.rowCount() == len(result.missing) > 0


def test_empty_state_then_import_shows_the_differences(window: CatalogueWindow) -> None:
    page = window.pages["conformity"]
    assert page.stack.currentIndex() == 0 and "尚未导入参照目录" in page.empty_label.text()
    page = _loaded(window)
    assert window.tabs.currentWidget() is page and page.stack.currentIndex() == 1
    result = window.doc.conformity()
    assert result is not None
    assert page.model.rowCount() == len(result.mismatches)  # 不一致 first
    assert f"不一致 {len(result.mismatches)}" in page.summary.text() and "qinghai_reference.xlsx" in page.summary.text()
    assert page.missing_model.rowCount() == len(result.missing)
    # Side by side: the differing field highlighted on both sides, the others not.
    m = result.mismatches[0]
    row = page.model.row_of(m.item_id)
    field = m.differences[0].field
    county_col = page.model.COLUMNS.index(("county", field))
    ref_col = page.model.COLUMNS.index(("reference", field))
    assert page.model.index(row, county_col).data() == (
        m.differences[0].county if field != "type" else page.model.index(row, county_col).data()
    )
    assert page.model.index(row, county_col).data(DIFFERS_ROLE) and page.model.index(row, ref_col).data(DIFFERS_ROLE)
    assert page.model.index(row, county_col).data(Qt.ItemDataRole.BackgroundRole) is not None
    same = next(
        f for f in ("name", "code", "type", "legal_basis", "basis_clause") if f not in {d.field for d in m.differences}
    )
    assert not page.model.index(row, page.model.COLUMNS.index(("county", same))).data(DIFFERS_ROLE)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers[2:4] == ["职权名称", "参照职权名称"]


def test_adopt_one_field_is_one_undo_step(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _loaded(window)
    doc = window.doc
    result = doc.conformity()
    m = result.mismatches[0]  # type: ignore[union-attr]
    d = m.differences[0]
    assert page.select_cell(m.item_id, d.field, "reference")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    ref_value = getattr(doc.reference.items[m.reference_id], d.field)  # type: ignore[union-attr]
    assert getattr(doc.cat.items[m.item_id], d.field) == ref_value
    assert doc.undo_stack.count() == 1 and "采用参照目录的" in doc.undo_stack.undoText()
    # The view updates: the item conforms now and leaves the 不一致 list.
    assert page.model.row_of(m.item_id) == -1
    assert page.model.counts[Status.DIFFERS] == len(result.mismatches) - 1  # type: ignore[union-attr]
    doc.undo_stack.undo()
    assert page.model.row_of(m.item_id) >= 0 and page.model.counts[Status.DIFFERS] == len(result.mismatches)  # type: ignore[union-attr]


def test_several_selected_are_one_step_and_only_their_fields(window: CatalogueWindow) -> None:
    page = _loaded(window)
    doc = window.doc
    mismatches = doc.conformity().mismatches  # type: ignore[union-attr]
    chosen = mismatches[:3]
    selection = QItemSelection()
    for m in chosen:
        row = page.model.row_of(m.item_id)
        col = page.model.COLUMNS.index(("county", m.differences[0].field))
        selection.select(page.model.index(row, col), page.model.index(row, col))
    page.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert page.choices() == {m.item_id: [m.differences[0].field] for m in chosen}
    assert page.adopt_selected()
    assert doc.undo_stack.count() == 1
    left = {x.item_id for x in doc.conformity().mismatches}  # type: ignore[union-attr]
    assert not left & {m.item_id for m in chosen if len(m.differences) == 1}
    doc.undo_stack.undo()
    assert len(doc.conformity().mismatches) == len(mismatches)  # type: ignore[union-attr]


def test_a_status_cell_adopts_the_whole_row_and_adopt_all(window: CatalogueWindow) -> None:
    page = _loaded(window)
    doc = window.doc
    m = doc.conformity().mismatches[0]  # type: ignore[union-attr]
    page.select_cell(m.item_id)
    assert page.choices() == {m.item_id: [d.field for d in m.differences]}
    assert page.adopt_all_action.isEnabled()
    assert page.adopt_all()
    assert doc.conformity().mismatches == [] and doc.undo_stack.count() == 1  # type: ignore[union-attr]
    assert not page.adopt_all_action.isEnabled()
    assert window.isWindowModified()


def test_enter_goes_to_the_item_on_the_list_page(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _loaded(window)
    m = window.doc.conformity().mismatches[0]  # type: ignore[union-attr]
    page.select_cell(m.item_id, "name")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.pages["list"]
    assert window.pages["list"].current_item() == m.item_id


def test_an_unreadable_reference_says_why(window: CatalogueWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "通用目录.xlsx"
    bad.write_bytes(b"not a workbook")
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        assert not window.files.import_reference(bad)
    box: QMessageBox = shown.args[0]
    assert box.windowTitle() == "无法导入参照目录" and "通用目录.xlsx 无法读取" in box.text()
    box.reject()
    plan = SAMPLES / "qiaotou_plan1.rdplan"
    with qtbot.waitSignal(window.files.dialogShown) as shown:
        assert not window.files.import_reference(plan)
    assert "不是权责清单或电子表格" in shown.args[0].text()
    shown.args[0].reject()
    assert window.doc.reference is None


def test_a_catalogue_as_reference_and_the_dialog_path(window: CatalogueWindow, tmp_path: Path) -> None:
    other = tmp_path / "city.rdcatalog"
    shutil.copy(CATALOGUE, other)
    window.files.open_chooser = lambda *_a: str(other)
    window.files.ask_import_reference()
    result = window.doc.conformity()
    assert result is not None and result.conforms and window.doc.reference_name == "city.rdcatalog"
    page = window.pages["conformity"]
    assert page.status_box.currentText() == "全部事项"  # nothing differs: not an empty table
    assert page.model.rowCount() == len(window.doc.cat.items)


def test_the_detail_panel_adopts_one_field_of_the_current_row(window: CatalogueWindow) -> None:
    page = _loaded(window)
    doc = window.doc
    m = next(x for x in doc.conformity().mismatches if len(x.differences) == 1)  # type: ignore[union-attr]
    field = m.differences[0].field
    page.select_cell(m.item_id, "name")
    county, reference, button = page.detail.rows[field]
    assert county.text() and reference.text() and "font-weight: bold" in county.styleSheet()
    others = [b for f, (_c, _r, b) in page.detail.rows.items() if f != field]
    assert button.isEnabled() and not any(b.isEnabled() for b in others)
    before = page.model.row_of(m.item_id)
    button.click()
    assert doc.undo_stack.count() == 1
    assert page.model.row_of(m.item_id) == -1 and page.table.currentIndex().row() == min(
        before, page.model.rowCount() - 1
    )
    doc.undo_stack.undo()
    assert page.model.row_of(m.item_id) >= 0


def test_a_hidden_page_catches_up_when_shown(window: CatalogueWindow) -> None:
    from reformdesk.gui.edits import catalogue_edits as edits

    page = _loaded(window)
    doc = window.doc
    m = doc.conformity().mismatches[0]  # type: ignore[union-attr]
    window.show_page("list")
    assert edits.adopt_reference(doc, {m.item_id: [d.field for d in m.differences]})
    assert page.model.row_of(m.item_id) >= 0  # hidden: not recomputed on each edit
    window.show_page("conformity")
    assert page.model.row_of(m.item_id) == -1
    assert f"不一致 {len(doc.conformity().mismatches)}" in page.summary.text()  # type: ignore[union-attr]


def test_add_missing_reference_items_to_the_county_list(window: CatalogueWindow) -> None:
    page = _loaded(window)
    doc = window.doc
    missing = list(doc.conformity().missing)  # type: ignore[union-attr]
    assert not page.add_missing_action.isEnabled()
    page.missing.selectAll()
    assert page.add_missing_action.isEnabled()
    n = len(doc.cat.items)
    page.add_missing_action.trigger()
    assert len(doc.cat.items) == n + len(missing) and doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText().startswith("从参照目录加入 ")
    assert page.missing_model.rowCount() == 0 and not doc.conformity().missing  # type: ignore[union-attr]
    assert "缺少 0 项" in page.summary.text()
    doc.undo_stack.undo()
    assert len(doc.cat.items) == n and page.missing_model.rowCount() == len(missing)


def test_the_table_sorts_by_every_column_and_the_status_by_what_needs_work(  # type: ignore[no-untyped-def]
    qtmodeltester, reference
) -> None:
    from PySide6.QtCore import QCollator, QLocale, QPersistentModelIndex

    from reformdesk.domain.model import PowerType

    doc = CatalogueDocument(open_catalogue(CATALOGUE))
    doc.set_reference(reference, "qinghai_reference.xlsx")
    model = ConformityModel(doc)
    # The tester stays on the model it checked and walks it all at every layout change: a model of its own.
    checked = ConformityModel(doc)
    checked.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(checked)
    checked.sort(checked.COLUMNS.index(("reference", "name")), Qt.SortOrder.AscendingOrder)
    checked.sort(-1, Qt.SortOrder.AscendingOrder)
    catalogue_order = [iid for _s, iid, _r, _f in model.rows]
    assert catalogue_order == [iid for iid in doc.cat.items if iid in set(catalogue_order)]
    collator = QCollator(QLocale("zh_CN"))
    collator.setNumericMode(True)
    kept = QPersistentModelIndex(model.index(5, 3))
    kept_item = model.rows[5][1]
    ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    for column, (side, name) in enumerate(model.COLUMNS):
        for order in (ascending, descending):
            model.sort(column, order)
            assert kept.row() == model.row_of(kept_item) and kept.column() == 3, "a persistent index follows its row"
            if side in ("subject", "county", "reference") and name != "type":
                # In collation order (pinyin, numbers as numbers); rows without a reference item last
                # (first when descending).
                shown = [model.index(r, column).data() for r in range(model.rowCount())]
                paired = [side != "reference" or row[2] is not None for row in model.rows]
                keys = [collator.sortKey(t) for t, p in zip(shown, paired, strict=True) if p]
                unpaired = len(paired) - len(keys)
                if order == ascending:
                    assert all(not b < a for a, b in itertools.pairwise(keys)), (side, name)
                    assert paired == [True] * len(keys) + [False] * unpaired, "no reference item: last"
                else:
                    assert all(not a < b for a, b in itertools.pairwise(keys)), (side, name)
                    assert paired == [False] * unpaired + [True] * len(keys), "no reference item: first"
            if name == "type":
                county = [doc.cat.items[iid].type for _s, iid, _r, _f in model.rows] if side == "county" else None
                if county is not None:
                    order_of = list(PowerType)
                    positions = [order_of.index(t) for t in county]
                    assert positions == sorted(positions, reverse=order == descending)
    model.sort(0, ascending)
    statuses = [s for s, _i, _r, _f in model.rows]
    assert statuses == sorted(statuses, key=[Status.DIFFERS, Status.COUNTY_ONLY, Status.CONFORMS].index)
    assert statuses[0] is Status.DIFFERS and statuses[-1] is Status.CONFORMS and Status.COUNTY_ONLY in statuses
    # Ties keep the catalogue's order.
    differs = [iid for s, iid, _r, _f in model.rows if s is Status.DIFFERS]
    assert differs == [iid for iid in catalogue_order if iid in set(differs)]
    model.sort(0, descending)
    assert model.rows[0][0] is Status.CONFORMS
    code = model.COLUMNS.index(("county", "code"))
    model.sort(code, ascending)
    codes = [doc.cat.items[iid].code for _s, iid, _r, _f in model.rows]
    assert codes == sorted(codes), "the sample's codes have equal-length numbers: plain order"
    subject = model.COLUMNS.index(("subject", None))
    model.sort(subject, ascending)
    names = [model.index(r, subject).data() for r in range(model.rowCount())]
    present = [n for n in ("黄家寨镇", "县交通运输局", "县市场监督管理局", "县自然资源局") if n in names]
    assert len(present) >= 3 and [names.index(n) for n in present] == sorted(names.index(n) for n in present), (
        "pinyin order (huang, xian jiao, xian shi, xian zi), not by code point (黄 after 县)"
    )
    model.sort(-1, ascending)
    assert [iid for _s, iid, _r, _f in model.rows] == catalogue_order, "no sort column: the catalogue's order"
    # A filter keeps the sort.
    model.sort(code, descending)
    model.set_filter({Status.DIFFERS, Status.COUNTY_ONLY})
    qtmodeltester.check(model)
    codes = [doc.cat.items[iid].code for _s, iid, _r, _f in model.rows]
    assert codes == sorted(codes, reverse=True)


def test_a_header_click_sorts_the_page_and_an_adoption_keeps_the_order(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _loaded(window)
    page.model.set_filter(set(Status))
    header = page.table.horizontalHeader()
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == -1
    name = page.model.COLUMNS.index(("county", "name"))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_centre(header, name))
    assert page.model.sort_column == name and page.model.sort_order == Qt.SortOrder.AscendingOrder
    status_col = 0
    page.table.sortByColumn(status_col, Qt.SortOrder.AscendingOrder)
    statuses = [s for s, _i, _r, _f in page.model.rows]
    assert statuses == sorted(statuses, key=[Status.DIFFERS, Status.COUNTY_ONLY, Status.CONFORMS].index)
    result = window.doc.conformity()
    m = result.mismatches[0]  # type: ignore[union-attr]
    assert page.select_cell(m.item_id)  # its status cell: the whole row
    page.adopt_action.trigger()
    assert window.doc.undo_stack.count() == 1
    statuses = [s for s, _i, _r, _f in page.model.rows]
    assert statuses == sorted(statuses, key=[Status.DIFFERS, Status.COUNTY_ONLY, Status.CONFORMS].index)
    assert page.model.rows[page.model.row_of(m.item_id)][0] is Status.CONFORMS, "adopted: among the 一致, still sorted"
    window.doc.undo_stack.undo()
    assert page.model.rows[page.model.row_of(m.item_id)][0] is Status.DIFFERS
    statuses = [s for s, _i, _r, _f in page.model.rows]
    assert statuses == sorted(statuses, key=[Status.DIFFERS, Status.COUNTY_ONLY, Status.CONFORMS].index)


def _centre(header, section: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_a_sorted_table_places_an_edited_item_and_a_renamed_subject(qtbot, qtmodeltester, reference) -> None:  # type: ignore[no-untyped-def]
    from reformdesk.gui.edits import catalogue_edits

    doc = CatalogueDocument(open_catalogue(CATALOGUE))
    doc.set_reference(reference, "qinghai_reference.xlsx")
    model = ConformityModel(doc)
    name = model.COLUMNS.index(("county", "name"))
    model.sort(name, Qt.SortOrder.AscendingOrder)

    def names() -> list[str]:
        return [model.index(r, name).data() for r in range(model.rowCount())]

    ordered = names()
    ordered_ids = [iid for _s, iid, _r, _f in model.rows]
    first, middle = model.rows[0][1], model.rows[len(model.rows) // 2][1]
    # 做 (zuo) sorts after every name in pinyin, 阿 (a) before; by code point both would land mid-list.
    assert catalogue_edits.set_item_fields(doc, middle, {"name": "做好的事项"})
    assert catalogue_edits.set_item_fields(doc, first, {"name": "阿里巴巴的事项"})
    qtmodeltester.check(model)
    assert model.rows[0][1] == first and model.rows[-1][1] == middle
    ids = [iid for _s, iid, _r, _f in model.rows]
    assert ids[1:-1] == [iid for iid in ordered_ids if iid not in (first, middle)], "the others keep their order"
    # The order equals a fresh sort's.
    placed = [iid for _s, iid, _r, _f in model.rows]
    model.sort(name, Qt.SortOrder.AscendingOrder)
    assert [iid for _s, iid, _r, _f in model.rows] == placed
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert names() == ordered, "undone: back in place"
    subject = model.COLUMNS.index(("subject", None))
    model.sort(subject, Qt.SortOrder.DescendingOrder)
    top = model.rows[0][1]
    sid = doc.cat.items[top].subject_id
    assert sid is not None and catalogue_edits.set_subject_fields(doc, sid, {"name": "阿县某局"})
    model.sort(subject, Qt.SortOrder.DescendingOrder)
    assert doc.cat.items[model.rows[-1][1]].subject_id == sid, "renamed: ranked afresh, now last"


def test_adopting_a_selected_row_leaves_the_cursor_on_the_next_one(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # A clerk works down the 不一致 list with Ctrl+Shift+A: the adopted row leaves the list and
    # the one below takes its place, selected, so the next press adopts it (the selection and
    # the detail panel used to go empty, and the key did nothing until a row was clicked again).
    page = _loaded(window)
    page.model.set_filter({Status.DIFFERS})
    first, second = page.model.rows[0][1], page.model.rows[1][1]
    page.select_cell(first)
    page.table.setFocus()
    assert page.adopt_selected()
    assert page.model.row_of(first) == -1 and page.table.currentIndex().row() == 0
    assert page.choices().keys() == {second} and page.adopt_action.isEnabled()
    assert page.detail.title().startswith("对照：") and page.detail.title() != "对照"
    assert page.adopt_selected() and page.model.row_of(second) == -1
    assert window.doc.undo_stack.count() == 2


def test_the_keyboard_sorts_by_the_current_column_and_the_header_has_a_sort_menu(  # type: ignore[no-untyped-def]
    window: CatalogueWindow, qtbot
) -> None:
    from reformdesk.gui.models.collation import collator

    page = _loaded(window)
    page.model.set_filter(set(Status))
    catalogue_order = [iid for _s, iid, _r, _f in page.model.rows]
    header = page.table.horizontalHeader()
    code = page.model.COLUMNS.index(("county", "code"))
    name = page.model.COLUMNS.index(("county", "name"))
    page.table.setCurrentIndex(page.model.index(0, name))
    current = page.model.rows[0][1]
    page.table.setFocus()
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier

    def names() -> list[str]:
        return [window.doc.cat.items[iid].name for _s, iid, _r, _f in page.model.rows]

    def in_collation_order(texts: list[str], descending: bool = False) -> bool:
        keys = [collator().sortKey(t) for t in texts]
        return all(not (b < a if not descending else a < b) for a, b in itertools.pairwise(keys))

    qtbot.keyClick(page.table, Qt.Key.Key_S, ctrl_alt)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (name, Qt.SortOrder.AscendingOrder)
    assert page.model.sort_column == name and in_collation_order(names())
    assert page.model.rows[page.table.currentIndex().row()][1] == current, "the current item stays current"
    qtbot.keyClick(page.table, Qt.Key.Key_S, ctrl_alt)  # again: the other way
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (name, Qt.SortOrder.DescendingOrder)
    assert in_collation_order(names(), descending=True)
    qtbot.keyClick(page.table, Qt.Key.Key_S, ctrl_alt)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    # The table's context menu (Menu key, Shift+F10) sorts by the current column too, and back.
    assert page.sort_descending_action in page.table.actions() and page.sort_clear_action.isEnabled()
    page.table.setCurrentIndex(page.model.index(0, code))
    page.sort_descending_action.trigger()
    codes = [window.doc.cat.items[iid].code for _s, iid, _r, _f in page.model.rows]
    assert header.sortIndicatorSection() == code and codes == sorted(codes, reverse=True)
    page.sort_clear_action.trigger()
    assert header.sortIndicatorSection() == -1 and page.model.sort_column == -1
    assert [iid for _s, iid, _r, _f in page.model.rows] == catalogue_order
    assert not page.sort_clear_action.isEnabled()
    # The header's own menu sorts by the section it was opened on.
    menu = page.header_menu(name)
    up, down, restore = (a for a in menu.actions() if not a.isSeparator())
    assert not restore.isEnabled()
    down.trigger()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (name, Qt.SortOrder.DescendingOrder)
    assert in_collation_order(names(), descending=True)
    up.trigger()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (name, Qt.SortOrder.AscendingOrder)
    assert in_collation_order(names())
    menu.deleteLater()
    # The page's menu in the menu bar offers the shortcut.
    assert page.sort_action in page.menu_actions and page.sort_action.shortcut().toString() == "Ctrl+Alt+S"


def test_texts_are_ranked_while_idle_and_sort_as_a_ranking_done_at_once(qtbot, qtmodeltester, reference) -> None:  # type: ignore[no-untyped-def]
    from reformdesk.gui.models import conformity_models

    doc = CatalogueDocument(open_catalogue(CATALOGUE))
    doc.set_reference(reference, "qinghai_reference.xlsx")
    idle = ConformityModel(doc)
    idle.set_filter(set(Status))
    assert idle._ranking, "ranking waits for idle time"
    qtbot.waitUntil(lambda: not idle._ranking)
    assert set(idle._ranks) == {"subject", "name", "code", "legal_basis", "basis_clause"}
    at_once = ConformityModel(doc)
    at_once._forget_ranks()  # ranked when sorted, in one go
    at_once.set_filter(set(Status))
    slices = conformity_models._SLICE
    try:
        conformity_models._SLICE = 7  # many slices and runs to merge, in a small list
        sliced = ConformityModel(doc)
        sliced.set_filter(set(Status))
        qtbot.waitUntil(lambda: not sliced._ranking)
    finally:
        conformity_models._SLICE = slices
    for column in range(len(ConformityModel.COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            for model in (idle, at_once, sliced):
                model.sort(column, order)
            assert idle.rows == at_once.rows == sliced.rows, (column, order)
    qtmodeltester.check(sliced)
    # A text never seen is placed among the ranked, equal texts rank equally.
    ranks = idle._ranks["name"]
    some = ranks.texts[len(ranks.texts) // 2]
    ranks.add(["做", "阿", some])
    assert ranks.rank["阿"] < ranks.rank[some] < ranks.rank["做"]
    assert ranks.values == sorted(ranks.values)


def test_ranks_number_afresh_when_no_number_fits_between_two_texts() -> None:
    from reformdesk.gui.models.conformity_models import _Ranks

    ranks = _Ranks()
    renumbered = []
    renumber = ranks._renumber
    ranks._renumber = lambda: (renumbered.append(1), renumber())  # type: ignore[method-assign]
    ranks.add(["甲" * 300, "a", "b", None])  # bulk, None (no reference item) last
    texts = ["a" * k for k in range(2, 90)]  # each between the last and "b": the gap halves each time
    for text in texts:
        ranks.add([text])
    order = ["a", *texts, "b"]
    assert [ranks.rank[t] for t in order] == sorted(ranks.rank[t] for t in order)
    assert len({ranks.rank[t] for t in order}) == len(order), "no two texts share a number"
    assert ranks.rank[None] == float("inf") and ranks.values == sorted(ranks.values)
    assert renumbered, "88 halvings of one gap: beyond a float's 52 bits, numbered afresh"


def test_adopting_one_field_keeps_the_cursor_in_its_column(window: CatalogueWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """After one field of a row was adopted the cursor went to the row's 状态 cell, where the next
    Ctrl+Shift+A adopts the whole row: the row's other differing fields were taken unseen."""
    from reformdesk.gui.edits import catalogue_edits

    page = _loaded(window)
    doc = window.doc
    page.model.set_filter({Status.DIFFERS})
    m = doc.conformity().mismatches[0]  # type: ignore[union-attr]
    field = m.differences[0].field
    other = next(f for f in ("name", "legal_basis", "code") if f not in {d.field for d in m.differences})
    assert catalogue_edits.set_item_fields(doc, m.item_id, {other: "县里自己的写法"})  # two fields differ now
    column = page.model.COLUMNS.index(("county", field))
    assert page.select_cell(m.item_id, field)
    page.table.setFocus()
    # Ctrl+Shift+A's action (its key is tested above): a synthetic key leaves Ctrl+Shift as Qt's
    # current modifiers, and a later test's selectRow() then extends a selection.
    page.adopt_action.trigger()
    current = page.table.currentIndex()
    assert (current.row(), current.column()) == (page.model.row_of(m.item_id), column)
    # Pressed again on the field just adopted: nothing more is taken, the other field still differs.
    page.adopt_action.trigger()
    assert getattr(doc.cat.items[m.item_id], other) == "县里自己的写法"
    # A row that conforms leaves the list: the one taking its place is current, in the same column.
    other_column = page.model.COLUMNS.index(("county", other))
    page.table.setCurrentIndex(page.model.index(page.model.row_of(m.item_id), other_column))
    row = page.table.currentIndex().row()
    assert page.adopt_selected() and page.model.row_of(m.item_id) == -1
    assert (page.table.currentIndex().row(), page.table.currentIndex().column()) == (row, other_column)


def test_a_sort_asked_for_before_a_large_list_is_ranked_waits_for_its_ranking(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A header clicked just after a large list opened: its column is ranked first, in slices
    (the loop runs between them), and the rows are sorted when that is done, as a ranked sort."""
    from reformdesk.gui.models import conformity_models
    from reformdesk.samples.synthetic_catalogue import generate_catalogue, reference_for

    cat = generate_catalogue(3000, seed=1)
    doc = CatalogueDocument(cat)
    doc.set_reference(reference_for(cat, seed=2), "reference.xlsx")
    assert len(doc.cat.items) + len(doc.reference.items) >= conformity_models._DEFER_SORT_AT
    model = ConformityModel(doc)
    model.set_filter(set(Status))
    model._forget_ranks()  # nothing ranked yet: the click comes before the idle time
    monkeypatch.setattr(conformity_models, "_IDLE_BUDGET", 0.001)  # slices as a province list has them
    column = ConformityModel.COLUMNS.index(("county", "code"))
    unsorted = list(model.rows)
    slices: list[int] = []
    rank_a_slice = model._rank_a_slice
    model._idle.timeout.disconnect(rank_a_slice)
    model._idle.timeout.connect(lambda: (slices.append(1), rank_a_slice()))
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert model.rows == unsorted and model._pending_sort == (column, Qt.SortOrder.DescendingOrder)
    assert next(iter(model._ranking)) == "code", "the clicked column is ranked first"
    qtbot.waitUntil(lambda: model._pending_sort is None)
    assert len(slices) > 1, "ranked in slices, the event loop running between them"
    assert model.sort_column == column and model.rows != unsorted
    # The same order as the sort of a model whose texts were ranked beforehand.
    ranked = ConformityModel(doc)
    ranked.set_filter(set(Status))
    qtbot.waitUntil(lambda: not ranked._ranking)
    ranked.sort(column, Qt.SortOrder.DescendingOrder)
    assert ranked.rows == model.rows
    # A small list sorts at once, as before.
    small = ConformityModel(CatalogueDocument(open_catalogue(CATALOGUE)))
    assert not small._sort_later(column, Qt.SortOrder.AscendingOrder)


def test_the_reference_list_of_last_time_is_offered_again(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A catalogue compared with a reference list offers that list again when reopened (its file
    still there): one click, no file dialog; a list whose file is gone is not offered."""
    path = tmp_path / "datong.rdcatalog"
    shutil.copy(CATALOGUE, path)
    reference = tmp_path / "青海省通用目录.xlsx"
    shutil.copy(REFERENCE, reference)
    first = open_window(path)
    qtbot.addWidget(first, before_close_func=_discard)
    page = first.pages["conformity"]
    assert page.empty_reload_button.isHidden()  # never compared: nothing to offer
    assert first.files.import_reference(reference)
    first.close()
    again = open_window(path)
    qtbot.addWidget(again, before_close_func=_discard)
    again.show()
    page = again.pages["conformity"]
    assert again.doc.reference is None  # not stored in the catalogue file: offered, not loaded
    assert not page.empty_reload_button.isHidden()
    assert page.empty_reload_button.text() == "载入上次的参照目录：青海省通用目录.xlsx"
    page.empty_reload_button.click()
    assert again.doc.reference is not None and again.doc.reference_name == "青海省通用目录.xlsx"
    assert page.model.rowCount() > 0
    again.close()
    reference.unlink()
    gone = open_window(path)
    qtbot.addWidget(gone, before_close_func=_discard)
    assert gone.pages["conformity"].empty_reload_button.isHidden()
    gone.close()
