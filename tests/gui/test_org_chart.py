"""Org chart: structure, offscreen rendering, PNG/SVG export, collapse, zoom, 2,000 people."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from reformdesk.domain.model import Tier
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.views.org_chart import AUTO_COLLAPSE, NO_DEPUTY, MembersItem, OrgChart, chart_structure
from reformdesk.samples.synthetic import generate_plan
from reformdesk.store.planfile import open_plan
from tests.conftest import PLAN_ONE
from tests.domain.test_tiers import four_tier_plan


def _proposed_doc() -> Document:
    doc = Document(four_tier_plan())
    edits.three_tier_proposal(doc)
    return doc


def test_structure_head_deputies_bodies_members() -> None:
    plan = open_plan(PLAN_ONE)
    head, groups = chart_structure(plan)
    assert head is not None and head.tier_after is Tier.HEAD
    deputies = {p.id for p in plan.people.values() if p.tier_after is Tier.DEPUTY_IN_CHARGE}
    assert {g.deputy_id for g in groups} == deputies
    shown = [m.id for g in groups for c in g.columns for m in c.members]
    assert len(shown) == len(set(shown)) == len(plan.people) - 1 - len(deputies)
    for g in groups:
        for c in g.columns:
            assert plan.bodies[c.body_id].deputy_id == g.deputy_id


def test_body_without_deputy_is_shown_as_open(qtbot) -> None:
    doc = _proposed_doc()
    finance = doc.plan.body_by_name("财政管理所")
    edits.assign_deputy(doc, finance.id, None)
    _head, groups = chart_structure(doc.plan)
    assert groups[-1].deputy_id == NO_DEPUTY
    assert [c.name for c in groups[-1].columns] == ["财政管理所"]


def test_render_is_not_blank_and_png_export(qtbot, tmp_path) -> None:
    doc = _proposed_doc()
    chart = OrgChart(doc)
    qtbot.addWidget(chart)
    image = chart.scene.render_image(1.0)
    assert image.width() > 600 and image.height() > 300
    white = QColor(Qt.GlobalColor.white).rgb()
    pixels = [image.pixel(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)]
    assert sum(1 for p in pixels if p != white) > 2000
    assert len(set(pixels)) > 20  # boxes, text, lines: many colours
    head_colour = QColor(120, 60, 150).rgb()
    assert head_colour in set(pixels)
    path = tmp_path / "org.png"
    assert chart.scene.export_png(path, scale=1.0)
    assert QImage(str(path)).size() == image.size()


def test_svg_export_contains_names(qtbot, tmp_path) -> None:
    doc = _proposed_doc()
    chart = OrgChart(doc)
    qtbot.addWidget(chart)
    path = tmp_path / "org.svg"
    chart.scene.export_svg(path)
    svg = path.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    # Qt splits a text run where the font falls back (CJK vs digits): "文化站干部" + "2".
    for name in ("王镇长", "李副镇长", "公共服务中心", "文化站主任", "文化站干部", "分管副职"):
        assert name in svg, name


def test_chart_follows_edits(qtbot) -> None:
    doc = _proposed_doc()
    chart = OrgChart(doc)
    qtbot.addWidget(chart)
    chart.show()
    finance = doc.plan.body_by_name("财政管理所")
    old_item = chart.scene.body_items[finance.id]
    old_x = old_item.rect.x()
    zhao = doc.plan.person_by_staff_id("B003")
    edits.assign_deputy(doc, finance.id, zhao.id)  # 财政管理所 moves from 李's group to 赵's (the last)
    qtbot.waitUntil(lambda: chart.scene.body_items[finance.id] is not old_item)
    assert chart.scene.body_items[finance.id].rect.x() > old_x
    deputy_boxes = [i for i in chart.scene.items() if getattr(i, "key", "") == zhao.id]
    assert deputy_boxes and "2个机构" in deputy_boxes[0].subtitle


def test_collapse_toggle_and_zoom(qtbot) -> None:
    doc = _proposed_doc()
    chart = OrgChart(doc)
    qtbot.addWidget(chart)
    service = doc.plan.body_by_name("公共服务中心").id
    members = [i for i in chart.scene.items() if isinstance(i, MembersItem)]
    assert len(members) == 4  # small bodies start expanded
    chart.scene.toggle(service)
    assert len([i for i in chart.scene.items() if isinstance(i, MembersItem)]) == 3
    chart.buttons["expand"].click()
    assert len([i for i in chart.scene.items() if isinstance(i, MembersItem)]) == 4
    chart.buttons["collapse"].click()
    assert not [i for i in chart.scene.items() if isinstance(i, MembersItem)]
    before = chart.view.transform().m11()
    chart.buttons["zoom_in"].click()
    assert chart.view.transform().m11() > before
    for _ in range(40):
        chart.view.zoom(0.5)
    assert chart.view.transform().m11() >= 0.05 - 1e-9  # clamped
    chart.view.resize(400, 300)
    chart.buttons["fit"].click()
    shown = chart.view.mapFromScene(chart.scene.sceneRect()).boundingRect()
    viewport = chart.view.viewport().rect()
    assert shown.width() <= viewport.width() + 2 and shown.height() <= viewport.height() + 2


def test_two_thousand_people_build_fast(qtbot) -> None:
    plan = generate_plan(100, people=2000, seed=1)
    doc = Document(plan)
    start = time.perf_counter()
    chart = OrgChart(doc)
    built = time.perf_counter() - start
    qtbot.addWidget(chart)
    big = [c for g in chart_structure(plan)[1] for c in g.columns if len(c.members) > AUTO_COLLAPSE]
    assert big  # large bodies start collapsed to a count box
    assert not [i for i in chart.scene.items() if isinstance(i, MembersItem)]
    start = time.perf_counter()
    chart.scene.set_all_collapsed(False)
    image = chart.scene.render_image(0.2)
    expanded = time.perf_counter() - start
    assert image.height() > 1000  # 400-name lists are long
    # measured ~0.003 s to build and ~0.1 s to expand and render on the 2-core machine
    assert built < 1.0 and expanded < 1.5


def test_hidden_chart_rebuilds_when_shown(qtbot) -> None:
    # On a hidden tab the chart waits: building it for every edit of a province plan is wasted.
    doc = _proposed_doc()
    chart = OrgChart(doc)
    qtbot.addWidget(chart)
    finance = doc.plan.body_by_name("财政管理所")
    old_item = chart.scene.body_items[finance.id]
    edits.assign_deputy(doc, finance.id, doc.plan.person_by_staff_id("B003").id)
    qtbot.wait(20)
    assert chart.scene.body_items[finance.id] is old_item
    chart.show()
    assert chart.scene.body_items[finance.id] is not old_item


LONG_NAME = "经济发展和乡村振兴综合服务保障办公室"


def test_long_body_names_are_wrapped_not_elided_on_screen_and_in_svg(qtbot, tmp_path) -> None:
    import re

    from reformdesk.gui.views.org_chart import COL_W, subtitle_height, title_height

    doc = _proposed_doc()
    body = doc.plan.body_by_name("财政管理所")
    assert edits.rename_body(doc, body.id, LONG_NAME)
    chart = OrgChart(doc)
    qtbot.addWidget(chart)
    chart.scene.build()
    item = chart.scene.body_items[body.id]
    font = chart.scene.font()
    assert title_height(font, LONG_NAME, COL_W - 8) > font.pointSizeF() * 2  # more than one line
    assert title_height(font, LONG_NAME, COL_W - 8) + subtitle_height(font) <= item.rect.height()
    image = chart.scene.render_image(1.0)
    assert not image.isNull()
    path = tmp_path / "org.svg"
    chart.scene.export_svg(path)
    texts = "".join(re.findall(r">([^<>]+)</text>", path.read_text(encoding="utf-8")))
    assert "…" not in texts
    stripped = re.sub(r"\s", "", texts)
    assert LONG_NAME[:6] in stripped and LONG_NAME[-5:] in stripped


def test_a_member_made_deputy_in_charge_is_counted_as_the_structure_page_counts(qtbot) -> None:
    from reformdesk.gui.models.structure_model import NewStructureModel

    doc = _proposed_doc()
    plan = doc.plan
    body = next(b for b in plan.bodies.values() if plan.people_by_body().get(b.id))
    member = plan.people_by_body()[body.id][0]
    edits.set_tier_after(doc, [member.id], Tier.DEPUTY_IN_CHARGE)
    _head, groups = chart_structure(plan)
    column = next(c for g in groups for c in g.columns if c.body_id == body.id)
    assert len(column.members) == NewStructureModel(doc).load(body.id)[0]
