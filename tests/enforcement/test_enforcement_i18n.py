"""The enforcement window in English: its problem list speaks English, the CLI's messages stay Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reformdesk.domain.enforcement.checks import CODES, check
from reformdesk.domain.enforcement.model import EnforcementPlan
from reformdesk.gui.app import install_translators, remove_translators
from reformdesk.gui.enforcement.window import EnforcementWindow
from reformdesk.store.enforcement_file import save_enforcement
from tests.enforcement.every_problem import every_problem
from tests.gui.i18n_check import CJK
from tests.gui.windows import discard_changes


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def _latin_names(plan: EnforcementPlan) -> EnforcementPlan:
    """The plan with its own names (data, shown as written) in Latin letters, so any Chinese
    left in a message can only be the program's own words."""
    for n, t in enumerate(plan.townships.values()):
        t.name = f"Township {n}"
    for n, v in enumerate(plan.villages.values()):
        v.name = f"Village {n}"
    for n, z in enumerate(plan.zones.values()):
        z.name, z.centre = f"Zone {n}", f"Centre {n}" if n % 2 else ""
    for n, o in enumerate(plan.officers.values()):
        o.name = f"Officer {n}"
        o.department = f"Department {n}" if o.department else ""
        o.fields = ["field A" if f in o.cert_fields else "field B" for f in o.fields]
        o.cert_fields = ["field A"]
    for n, i in enumerate(plan.items.values()):
        i.name = f"Item {n}"
    return plan


def test_every_enforcement_problem_is_a_template_rendering_its_chinese_message() -> None:
    found = check(every_problem())
    assert {p.code for p in found} == set(CODES), "the case covers every check"
    for p in found:
        assert p.template and CJK.search(p.message), p.code  # the CLI's and JSON's text stays Chinese
        assert p.message == p.template.format(**{k: _chinese(v) for k, v in p.params.items()})


def _chinese(value: object) -> str:
    from reformdesk.domain.validation import render_value

    return render_value(value)


def test_the_problem_list_has_no_chinese_in_english(qtbot, english: None, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan = _latin_names(every_problem())
    assert {p.code for p in check(plan)} == set(CODES)
    path = tmp_path / "latin.rdcounty"
    save_enforcement(plan, path)
    window = EnforcementWindow.open(path)
    qtbot.addWidget(window, before_close_func=discard_changes)
    window.show()
    shown = [window.page.problems.item(r).text() for r in range(window.page.problems.count())]
    assert len(shown) == len(check(plan)) > 10
    assert [text for text in shown if CJK.search(text)] == []
    expired = next(text for text in shown if "officer.cert_expired" in text)
    assert expired.startswith("Error") and "expires on" in expired and "2020" in expired, expired
    double = [text for text in shown if "officer.double_posts" in text]
    assert any("the original department" in text for text in double), double


def test_village_kinds_and_group_roles_are_english_in_english(qtbot, english: None, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The villages table read 村/社区 and the leading group 组长 in the English UI."""
    from PySide6.QtCore import Qt

    from reformdesk.domain.enforcement.model import GroupRole, VillageKind

    plan = _latin_names(every_problem())
    for n, m in enumerate(plan.members.values()):
        m.name, m.post, m.unit = f"Member {n}", f"Post {n}", f"Unit {n}"
        m.role = list(GroupRole)[n % len(GroupRole)]
    for n, v in enumerate(plan.villages.values()):
        v.kind = list(VillageKind)[n % len(VillageKind)]
        v.station, v.note = (f"Station {n}" if v.station else ""), ""
    for n, i in enumerate(plan.items.values()):
        i.field, i.official = f"Field {n}", f"Official {n}"
    path = tmp_path / "latin.rdcounty"
    save_enforcement(plan, path)
    window = EnforcementWindow.open(path)
    qtbot.addWidget(window, before_close_func=discard_changes)
    shown = {}
    for model in (window.page.villages_model, window.page.members_model, window.page.items_model):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                text = str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
                shown[text] = model
    # The enforcement items' types as the powers' (行政处罚 → Penalty), a deadline as people read dates.
    assert {"Village", "Community", "Leader", "Member", "Penalty", "Inspection", "31 Mar 2021"} <= set(shown)
    assert [text for text in shown if CJK.search(text)] == []
    # The zones tree: an officer's fields joined as an English list ("field A, field B", not "、").
    zones = window.page.zones_model
    details = [
        str(zones.index(r, 1, zones.index(z, 0)).data(Qt.ItemDataRole.DisplayRole) or "")
        for z in range(zones.rowCount())
        for r in range(zones.rowCount(zones.index(z, 0)))
    ]
    assert any("field A, field B" in d for d in details)
    assert [d for d in details if CJK.search(d)] == []
