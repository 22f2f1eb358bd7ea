"""The tier page: proposal button, filters, delegates, charts rendered offscreen."""

from __future__ import annotations

import copy

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from reformdesk.domain import tiers
from reformdesk.domain.model import Tier
from reformdesk.domain.registry import EntityKind
from reformdesk.domain.tiers import spans
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.models.people_model import BodyListModel, PeopleModel
from reformdesk.gui.pages import PAGES, page_factory
from reformdesk.gui.views.tier_charts import TierPyramid, threshold_text
from reformdesk.gui.views.tier_view import ChoiceDelegate, TierPage
from reformdesk.store.planfile import open_plan
from tests.conftest import PLAN_ONE
from tests.domain.test_tiers import four_tier_plan
from tests.domain.test_tiers_samples import four_tier


def _colours(image: QImage, step: int = 3) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def _non_white(image: QImage, step: int = 3) -> int:
    white = QColor(Qt.GlobalColor.white).rgb()
    return sum(
        1 for y in range(0, image.height(), step) for x in range(0, image.width(), step) if image.pixel(x, y) != white
    )


def test_page_is_registered_and_standalone(qtbot) -> None:
    assert ("tiers", "reformdesk.gui.views.tier_view:TierPage") in PAGES
    doc = Document(four_tier_plan())
    page = page_factory(dict(PAGES)["tiers"])(doc, None)
    qtbot.addWidget(page)
    assert page.page_title() == "管理层级"
    assert page.count_label.text() == "30/30人"


def test_proposal_button_undo_restores_sample_four_tier_plan(qtbot) -> None:
    four = four_tier(open_plan(PLAN_ONE))
    doc = Document(copy.deepcopy(four))
    page = TierPage(doc, None)
    qtbot.addWidget(page)
    changes = tiers.propose_three_tiers(doc.plan)
    page.propose_button.click()
    assert doc.undo_stack.count() == 1
    # The message counts what the proposal changed (it once read 调整0人 whatever it did).
    moved, assigned = len(changes[tiers.PEOPLE]), len(changes.get(tiers.BODIES, {}))
    assert moved > 0
    assert f"已转为三级管理：调整{moved}人，为{assigned}个职能机构指定分管副职" in page.status.text()
    assert doc.plan != four
    doc.undo_stack.undo()
    assert doc.plan == four
    doc.undo_stack.redo()
    page.propose_button.click()  # nothing left to do
    assert doc.undo_stack.count() == 1
    assert page.status.text() == "已是三级管理，无需调整。"


def test_the_proposal_message_clears_after_later_edits(qtbot) -> None:
    doc = Document(copy.deepcopy(four_tier(open_plan(PLAN_ONE))))
    page = TierPage(doc, None)
    qtbot.addWidget(page)
    page.propose_button.click()
    page.propose_button.click()
    assert page.status.text() == "已是三级管理，无需调整。"
    person = next(p for p in doc.plan.people.values() if p.tier_after is Tier.STAFF)
    assert edits.set_tier_after(doc, [person.id], Tier.SECTION_CHIEF)  # a later edit: no longer true
    assert page.status.text() == ""
    doc.undo_stack.undo()
    page.propose_button.click()
    assert "已是三级管理" in page.status.text()
    doc.undo_stack.undo()  # undoing the proposal itself
    assert page.status.text() == ""


def test_filter_widgets_drive_the_model(qtbot) -> None:
    doc = Document(four_tier_plan())
    page = TierPage(doc, None)
    qtbot.addWidget(page)
    page.apply_proposal()
    page.refresh()
    page.tier_filter.setCurrentIndex(page.tier_filter.findData(Tier.DEPUTY_IN_CHARGE.value))
    assert page.people_model.rowCount() == 3
    assert page.count_label.text() == "3/30人"
    page.tier_filter.setCurrentIndex(0)
    page.body_filter.setCurrentIndex(page.body_filter.findText("财政管理所"))
    assert page.people_model.rowCount() == 3
    page.search.setText("主任")
    assert page.people_model.rowCount() == 1
    clerk = doc.plan.person_by_staff_id("D002")
    assert page.show_entity(EntityKind.PERSON, clerk.id)  # clears the filters to show them
    assert page.people_model.rowCount() == 30
    assert page.people_view.currentIndex().row() == page.people_model.row_of(clerk.id)


def test_choice_delegate_set_model_data(qtbot) -> None:
    doc = Document(four_tier_plan())
    page = TierPage(doc, None)
    qtbot.addWidget(page)
    page.apply_proposal()
    model = page.people_model
    clerk = doc.plan.person_by_staff_id("D002")
    index = model.index(model.row_of(clerk.id), PeopleModel.REPORTS_TO)
    delegate = ChoiceDelegate()
    editor = delegate.createEditor(page.people_view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "李副镇长（分管副职）"
    editor.setCurrentIndex(editor.findText("赵副镇长（分管副职）"))
    delegate.setModelData(editor, model, index)
    assert clerk.reports_to_id == doc.plan.person_by_staff_id("B003").id
    steps = doc.undo_stack.count()
    delegate.setModelData(editor, model, index)  # unchanged value: no empty command
    assert doc.undo_stack.count() == steps

    tier_index = model.index(model.row_of(clerk.id), PeopleModel.TIER_AFTER)
    delegate.setEditorData(editor, tier_index)
    editor.setCurrentIndex(editor.findText("分管副职"))
    delegate.setModelData(editor, model, tier_index)
    assert clerk.tier_after is Tier.DEPUTY_IN_CHARGE

    bodies = page.body_model
    finance = doc.plan.body_by_name("财政管理所")
    deputy_index = bodies.index(bodies.row_of(finance.id), BodyListModel.DEPUTY)
    delegate.setEditorData(editor, deputy_index)
    editor.setCurrentIndex(editor.findText(clerk.name))  # the new deputy is offered at once
    delegate.setModelData(editor, bodies, deputy_index)
    assert finance.deputy_id == clerk.id
    editor.deleteLater()


def test_charts_render_and_show_threshold(qtbot) -> None:
    doc = Document(four_tier(open_plan(PLAN_ONE)))
    page = TierPage(doc, None)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.apply_proposal()
    page.refresh()
    text = page.charts.threshold.text()
    assert "1.5倍为偏忙" in text and "0.5倍为偏闲" in text
    report = spans(doc.plan)
    busy = [d.name for d in report.deputies if d.level == "busy"]
    assert busy and all(name in text for name in busy)
    for chart in (page.charts.pyramid, page.charts.leaders, page.charts.people, page.charts.spans):
        chart.resize(560, max(230, chart.sizeHint().height()))
        image = chart.grab().toImage()
        assert image.width() >= 360 and image.height() >= 150
        assert _colours(image) >= 6, type(chart).__name__
        assert _non_white(image) > 200


def test_pyramid_bars_follow_counts(qtbot) -> None:
    pyramid = TierPyramid()
    qtbot.addWidget(pyramid)
    pyramid.resize(600, 240)
    empty = pyramid.grab().toImage()
    before, after = (
        {Tier.HEAD: 1, Tier.DEPUTY_LEADER: 5, Tier.SECTION_CHIEF: 15, Tier.STAFF: 49},
        {
            Tier.HEAD: 1,
            Tier.DEPUTY_IN_CHARGE: 5,
            Tier.STAFF: 64,
        },
    )
    pyramid.set_counts(before, after)
    full = pyramid.grab().toImage()
    assert _non_white(full) > _non_white(empty) + 500
    # the section-chief colour appears only on the "before" half
    orange = QColor(230, 130, 50).rgb()
    half = full.width() // 2
    left = sum(1 for y in range(full.height()) for x in range(0, half, 2) if full.pixel(x, y) == orange)
    right = sum(1 for y in range(full.height()) for x in range(half, full.width(), 2) if full.pixel(x, y) == orange)
    assert left > 100 and right == 0


def test_threshold_text_without_imbalance() -> None:
    report = spans(four_tier_plan())
    assert "目前无忙闲不均" in threshold_text(report) or report.imbalanced


def test_read_only_document_disables_proposal(qtbot) -> None:
    doc = Document(four_tier_plan())
    page = TierPage(doc, None)
    qtbot.addWidget(page)
    doc.set_read_only(True, "他人正在编辑")
    assert not page.propose_button.isEnabled()
    assert not page.people_model.flags(page.people_model.index(0, PeopleModel.TIER_AFTER)) & Qt.ItemFlag.ItemIsEditable
    assert not page.body_model.canDropMimeData(None, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
