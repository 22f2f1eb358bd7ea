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
        # 责任事项 (a list of steps) are edited in the power's dialog, not in a cell.
        *(f.name for f in power.fields if f.name not in ("seq", "parent_id", "responsibility_steps")),
        "status",
    ]
    assert all(c.title == power.field(c.field).label for c in COLUMNS[:-1])
    assert [c.text() for c in COLUMNS[:2]] == ["No.", "Power code"]


def test_problem_messages_and_import_reasons_in_english(english: None) -> None:
    """Every problem of the samples, rendered in English, keeps only the plans' own names Chinese;
    the CLI's message stays Chinese."""
    from reformdesk.domain.validation import validate
    from reformdesk.gui.models.domain_text import problem_text, problem_title, reason_text
    from tests.gui.i18n_check import CJK

    plan = open_plan(PLAN_TWO)
    power = next(iter(plan.powers.values()))
    power.deadline = dt.date(2020, 1, 1)
    problems = validate(plan)
    assert problems
    names = {*(b.name for b in plan.bodies.values()), *(p.name for p in plan.people.values())}
    names |= {f"{w.code} {w.name}" for w in plan.powers.values()} | {w.name for w in plan.powers.values()}
    for problem in problems:
        text = problem_text(problem)
        assert CJK.search(problem.message)  # the domain's (CLI, JSON) message is Chinese
        rest = text
        for name in sorted(names, key=len, reverse=True):
            rest = rest.replace(name, "")
        assert not CJK.search(rest), text
        assert not CJK.search(problem_title(problem.code)) or problem_title(problem.code) == problem.code
    late = next(p for p in problems if p.code == "power.deadline_before_plan")
    assert "before the plan's date" in problem_text(late) and "2020" in problem_text(late)
    # A person without 工号 is named without empty brackets, in English too.
    plan.add_person("", "孙丽")
    unplaced = next(p for p in validate(plan) if p.code == "person.unplaced" and p.params["person"] == "孙丽")
    assert problem_text(unplaced).startswith("孙丽 is not placed") and "()" not in problem_text(unplaced)
    assert reason_text("所属主项（工作表“清单”第 3 行）无法导入；缺少事项类型") == (
        "its main item (sheet “清单” row 3) cannot be imported; no power type"
    )
    assert reason_text("承接机构“镇政府”：本方案中没有此承接机构：请选择") == (
        "receiving body “镇政府”: no such receiving body in this plan: please choose"
    )
    assert reason_text("某个新原因") == "某个新原因"  # unknown: as written
