"""The PlanStore interface and PlanLocation, over today's SQLite file store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reformdesk.store.plan_store import (
    Lease,
    Locked,
    PlanFileError,
    PlanLocation,
    SqliteFileStore,
    recovery_area,
    store_for,
)
from tests.store.test_planfile import small_plan


def test_location_parses_paths_and_urls(tmp_path: Path) -> None:
    path = tmp_path / "方案一.rdplan"
    loc = PlanLocation.parse(str(path))
    assert loc.is_file and loc.path == path and loc.folder == tmp_path
    assert loc.display_name == "方案一" and str(loc) == str(path)
    assert PlanLocation.parse(f"file://{path}") == loc
    assert PlanLocation.of(path) == loc and PlanLocation.of(loc) is loc
    # Same file by another spelling: the same location (and hash).
    other = PlanLocation.file(tmp_path / "sub" / ".." / "方案一.rdplan")
    assert other == loc and len({other, loc}) == 1
    shared = PlanLocation.parse("postgresql://db.example/plans?plan=桥头镇方案一")
    assert not shared.is_file and shared.path is None and shared.folder is None
    assert shared.plan_name == "桥头镇方案一" and shared.display_name == "桥头镇方案一"
    assert shared != loc


def test_store_for_files_and_shared(tmp_path: Path) -> None:
    from reformdesk.store.postgres import PostgresStore

    assert isinstance(store_for(tmp_path / "a.rdplan"), SqliteFileStore)
    shared = store_for("postgresql://db.example/plans?plan=a")  # no connection yet
    assert isinstance(shared, PostgresStore)
    assert store_for("postgresql://db.example/plans?plan=b") is shared  # one store per server


def test_open_save_and_lease(tmp_path: Path) -> None:
    loc = PlanLocation.file(tmp_path / "a.rdplan")
    store = store_for(loc)
    plan = small_plan()
    store.save(plan, loc)
    opened = store.open(loc)
    assert not opened.read_only and isinstance(opened.lease, Lease) and opened.held is None
    assert opened.plan.info.name == plan.info.name
    again = store.open(loc)  # the second window: read-only, and it says who holds the plan
    assert again.read_only and isinstance(again.reason, Locked) and again.reason.same_process
    opened.lease.release()
    third = store.open(loc)
    assert not third.read_only
    assert third.lease is not None
    third.lease.release()
    assert store.read(loc).info.name == plan.info.name  # no lease needed to read


def test_save_alternative_keeps_ids(tmp_path: Path) -> None:
    store = SqliteFileStore()
    plan = small_plan()
    loc = PlanLocation.file(tmp_path / "b.rdplan")
    alternative = store.save_alternative(plan, "测试方案（方案二）", loc)
    read = store.read(loc)
    assert read.info.name == alternative.info.name == "测试方案（方案二）"
    assert read.info.lineage_id == plan.info.lineage_id and set(read.powers) == set(plan.powers)


def test_unreadable_locations_raise_one_line(tmp_path: Path) -> None:
    store = SqliteFileStore()
    with pytest.raises(PlanFileError, match="找不到"):
        store.read(PlanLocation.file(tmp_path / "missing.rdplan"))
    with pytest.raises(PlanFileError):
        store.read(PlanLocation.parse("postgresql://db.example/plans?plan=a"))


def test_recovery_slot_and_left_behind(tmp_path: Path) -> None:
    area = recovery_area(tmp_path / "recovery")
    slot = area.slot()
    source = PlanLocation.file(tmp_path / "a.rdplan")
    slot.write(small_plan(), source)
    assert slot.exists() and slot.path.exists()
    assert area.left_behind() == []  # written by this live process: not left behind
    slot.remove()
    assert not slot.exists()


def test_recovery_note_names_a_relatively_opened_plan_absolutely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Opened as `reformdesk a.rdplan` in its folder; the next start (after a crash) runs
    # elsewhere and must still find the file to restore on top of.
    monkeypatch.chdir(tmp_path)
    area = recovery_area(tmp_path / "recovery")
    slot = area.slot()
    slot.write(small_plan(), PlanLocation.file(Path("a.rdplan")))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    note = json.loads(slot.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert Path(note["source"]) == tmp_path / "a.rdplan"


def test_recovery_cleans_temporary_files_of_killed_autosaves(tmp_path: Path) -> None:
    import os
    import time

    from reformdesk.store.plan_store import recovery_area

    left = tmp_path / ".0123abcd.rdplan.k2j4_x9q.tmp"
    left.write_bytes(b"x")
    old = time.time() - 120
    os.utime(left, (old, old))
    assert recovery_area(tmp_path).left_behind() == []
    assert not left.exists()
