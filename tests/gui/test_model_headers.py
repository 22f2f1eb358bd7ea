"""Column titles come from the registry: a field is called the same in every table, in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reformdesk.domain.registry import DIFFERENCE_FIELDS, KINDS, EntityKind
from reformdesk.gui.document import Document
from reformdesk.gui.models.compare_tree_model import CompareTreeModel
from reformdesk.gui.models.diff_model import DiffModel
from reformdesk.gui.models.people_model import BodyListModel, PeopleModel
from tests.gui.core_plans import small_plan


def _headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _label(kind: EntityKind, field: str) -> str:
    return KINDS[kind].field(field).label


def test_people_columns_are_the_person_fields_labels(qtbot, qtmodeltester) -> None:
    model = PeopleModel(Document(small_plan()))
    qtmodeltester.check(model)
    fields = ["name", "staff_id", "post", "tier_before", "tier_after", "body_id", "reports_to_id", "unit_id"]
    fields += ["grade", "post_type"]
    assert _headers(model) == [_label(EntityKind.PERSON, f) for f in fields]
    assert _headers(model)[:5] == ["姓名", "工号", "现任职务", "改革前层级", "改革后层级"]
    bodies = BodyListModel(Document(small_plan()))
    assert _headers(bodies)[:2] == [_label(EntityKind.BODY, "name"), _label(EntityKind.BODY, "deputy_id")]


def test_diff_and_compare_tree_columns_are_the_difference_fields_labels(qtmodeltester) -> None:
    labels = {f.name: f.label for f in DIFFERENCE_FIELDS}
    diff = DiffModel()
    qtmodeltester.check(diff)
    assert _headers(diff) == [labels[f] for f in ("action", "kind", "label", "field", "a_value", "b_value")]
    tree = CompareTreeModel()
    qtmodeltester.check(tree)
    assert _headers(tree) == [labels[f] for f in ("a_value", "action", "detail", "b_value", "action", "detail")]


def test_titles_follow_the_language(qapp) -> None:
    from reformdesk.gui.app import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    try:
        people = _headers(PeopleModel(Document(small_plan())))
        diff = _headers(DiffModel())
    finally:
        remove_translators(qapp, translators)
    assert not any("\u4e00" <= ch <= "\u9fff" for title in people + diff for ch in title), people + diff
