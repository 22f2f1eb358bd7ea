"""The document validates the plan on a pool thread after edits; a result for an older plan is dropped."""

from __future__ import annotations

import threading

import pytest

from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.model import Plan
from reformdesk.domain.registry import EntityKind
from reformdesk.domain.validation import Problem, validate
from reformdesk.gui import document as document_module
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from tests.domain.test_powers import make_plan


def _rename(doc: Document, pid: str, name: str) -> None:
    edits.push(doc, ChangeSet().set(EntityKind.POWER, {pid: {"name": name}}), "x")


def test_edit_is_validated_off_the_gui_thread(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []

    def recording(plan: Plan) -> list[Problem]:
        threads.append(threading.current_thread())
        return validate(plan)

    monkeypatch.setattr(document_module, "validate", recording)
    doc = Document(make_plan())
    doc.follow_problems()
    with qtbot.waitSignal(doc.problemsReady, timeout=3000):
        _rename(doc, "p3", "改过的名称")
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert doc.problems_current
    threads.clear()
    assert doc.problems() == validate(doc.plan)
    assert threads == []  # delivered: nothing validated on this thread


def test_result_of_a_plan_changed_meanwhile_is_dropped(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    started, release = threading.Event(), threading.Event()
    seen: list[str] = []

    def slow(plan: Plan) -> list[Problem]:
        seen.append(plan.powers["p3"].official_id or "")
        if len(seen) == 1:
            started.set()
            release.wait(5)
        return validate(plan)

    monkeypatch.setattr(document_module, "validate", slow)
    doc = Document(make_plan())
    doc.follow_problems()
    ready: list[int] = []
    doc.problemsReady.connect(lambda: ready.append(doc.generation))
    _rename(doc, "p3", "第一次")
    qtbot.waitUntil(started.is_set, timeout=5000)  # the first validation runs, holding the plan as it was
    edits.push(doc, ChangeSet().set(EntityKind.POWER, {"p3": {"official_id": "li"}}), "y")
    release.set()
    qtbot.waitUntil(lambda: bool(ready), timeout=5000)
    assert seen == ["zhang", "li"]  # the stale result started a second validation and was not shown
    assert ready == [doc.generation]
    assert doc.problems() == validate(doc.plan)


def test_a_document_nothing_follows_starts_no_worker(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(document_module, "validate", lambda plan: calls.append(plan) or [])
    doc = Document(make_plan())
    _rename(doc, "p3", "改过的名称")
    qtbot.wait(document_module.VALIDATION_DELAY_MS + 200)
    assert calls == []
    assert not doc.problems_current


def test_an_opened_plan_is_validated_only_after_the_pages_have_been_reset(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A page whose reset outlasts the validation delay (a province plan on a loaded machine):
    # the event loop's next pass, the one that paints the plan first, must not start the
    # validation beside it on the worker.
    import time

    from PySide6.QtCore import QCoreApplication

    calls: list[Plan] = []

    def recording(plan: Plan) -> list[Problem]:
        calls.append(plan)
        return validate(plan)

    monkeypatch.setattr(document_module, "validate", recording)
    doc = Document(Plan())
    doc.follow_problems()
    doc.planReset.connect(lambda: time.sleep((document_module.VALIDATION_DELAY_MS + 100) / 1000))
    opened = make_plan()
    doc.replace_plan(opened)
    QCoreApplication.processEvents()
    assert calls == []
    with qtbot.waitSignal(doc.problemsReady, timeout=3000):
        pass
    assert calls == [opened]
    assert doc.problems() == validate(opened)
