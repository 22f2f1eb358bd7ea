"""The GUI's translatable labels cover every label the domain can hand it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from reformdesk.domain.comparison import FIELD_LABELS, Action, key_figures
from reformdesk.domain.model import (
    DelegationMode,
    HallMode,
    Handling,
    InHall,
    PostType,
    PowerType,
    ServiceSource,
    Tier,
    WindowKind,
)
from reformdesk.domain.powers import PowerStatus, StatusInfo
from reformdesk.domain.registry import EntityKind
from reformdesk.domain.validation import Severity
from reformdesk.gui.app import install_translators, remove_translators
from reformdesk.gui.models import labels
from reformdesk.store.planfile import open_plan
from tests.conftest import PLAN_ONE, PLAN_TWO


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def test_every_enum_label_is_listed_for_lupdate() -> None:
    assert {t.label for t in Tier} == set(labels.TIER_SOURCES)
    assert {t.label for t in PowerType} == set(labels.POWER_TYPE_SOURCES)
    assert {m.label for m in DelegationMode} == set(labels.MODE_SOURCES)
    assert {t.label for t in PostType} == set(labels.POST_TYPE_SOURCES)
    assert {s.label for s in PowerStatus} == set(labels.STATUS_SOURCES)
    assert {s.label for s in Severity} == set(labels.SEVERITY_SOURCES)
    hall = (HallMode, ServiceSource, Handling, WindowKind, InHall)
    assert {m.label for e in hall for m in e} == set(labels.HALL_SOURCES)
    assert set(FIELD_LABELS.values()) == set(labels.FIELD_SOURCES)


def test_chinese_labels_are_the_domains(qapp: QApplication) -> None:
    assert labels.tier_label(Tier.DEPUTY_IN_CHARGE) == "分管副职"
    assert labels.status_label(StatusInfo(PowerStatus.INCOMPLETE, overdue=True)) == "信息不全（已逾期）"
    assert labels.display_date(dt.date(2026, 11, 27)) == "2026年11月27日"
    assert labels.join_list(["甲", "乙"]) == "甲、乙"


def test_english_labels(english: None) -> None:
    assert labels.tier_label(Tier.DEPUTY_IN_CHARGE) == "Deputy in charge"
    assert labels.power_type_label(PowerType.PENALTY) == "Penalty"
    assert labels.mode_label(DelegationMode.ENTRUST) == "Entrust"
    assert labels.status_label(StatusInfo(PowerStatus.INCOMPLETE, overdue=True)) == "Incomplete (Overdue)"
    assert labels.severity_label(Severity.ERROR) == "Error"
    assert labels.action_label(Action.MOVED) == "Moved"
    assert labels.kind_label(EntityKind.POWER) == "Power item"
    assert labels.field_label("承接时限") == "Deadline"
    assert labels.display_date(dt.date(2026, 11, 27)) == "27 Nov 2026"
    assert labels.join_list(["a", "b"]) == "a, b"


def test_every_key_figure_of_the_samples_is_translated(english: None) -> None:
    rows = key_figures(open_plan(PLAN_ONE), open_plan(PLAN_TWO))
    for row in rows:
        for text in (row.section, row.label):
            shown = labels.figure_text(text)
            head = shown.split(": ", 1)[0]
            assert head.isascii(), (text, shown)  # names after the colon are data


def test_every_registry_label_is_translated(english: None) -> None:
    from PySide6.QtCore import QCoreApplication

    from reformdesk.domain.registry import FIELDS_CONTEXT, KINDS

    texts = {spec.label for spec in KINDS.values()} | {f.label for spec in KINDS.values() for f in spec.fields}
    untranslated = {t for t in texts if QCoreApplication.translate(FIELDS_CONTEXT, t) == t}
    assert not untranslated


def test_powers_table_columns_are_the_registry_fields(english: None) -> None:
    from reformdesk.domain.registry import KINDS, EntityKind
    from reformdesk.gui.models.powers_model import COLUMNS

    power = KINDS[EntityKind.POWER]
    assert [c.field for c in COLUMNS] == [
        "seq",
        *(f.name for f in power.fields if f.name not in ("seq", "parent_id")),
        "status",
    ]
    assert all(c.title == power.field(c.field).label for c in COLUMNS[:-1])
    assert [c.text() for c in COLUMNS[:2]] == ["No.", "Power code"]
