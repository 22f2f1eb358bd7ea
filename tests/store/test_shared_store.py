"""The PlanStore protocol on both stores (a plan file, a plan in PostgreSQL), and what only the shared store does.

The PostgreSQL cases use the session's test server (tests/postgres_server.py):
they are skipped, saying why, where no server binaries are installed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reformdesk.domain.comparison import compare
from reformdesk.domain.registry import ENTITY_KINDS, KINDS
from reformdesk.store.plan_store import (
    Lease,
    Locked,
    NoRight,
    PlanFileError,
    PlanLocation,
    SaveConflict,
    exists,
    shared_store,
    store_for,
)
from tests.conftest import ROOT
from tests.postgres_server import PgServer
from tests.store.test_planfile import small_plan

Where = Callable[[str], PlanLocation]


@pytest.fixture(params=["sqlite", "postgresql"])
def where(request: pytest.FixtureRequest, tmp_path: Path) -> Where:
    """A function naming a plan location in the store under test."""
    if request.param == "sqlite":
        return lambda name: PlanLocation.file(tmp_path / f"{name}.rdplan")
    url = request.getfixturevalue("pg_url")
    return lambda name: PlanLocation.parse(f"{url}?plan={name}")


# -- the protocol, on both stores ------------------------------------------------------


def test_round_trip_keeps_everything(where: Where) -> None:
    loc = where("方案一")
    store = store_for(loc)
    assert not exists(loc)
    plan = small_plan()
    store.save(plan, loc)
    assert exists(loc)
    read = store.read(loc)
    assert read == plan
    assert compare(plan, read).same
    for kind in ENTITY_KINDS:  # every kind the registry has, with its ids
        assert list(KINDS[kind].entities(read)) == list(KINDS[kind].entities(plan))


def test_open_leases_and_a_second_open_is_read_only(where: Where) -> None:
    loc = where("a")
    store = store_for(loc)
    store.save(small_plan(), loc)
    opened = store.open(loc)
    assert not opened.read_only and isinstance(opened.lease, Lease)
    again = store.open(loc)
    assert again.read_only and isinstance(again.reason, Locked) and again.reason.same_process
    opened.lease.release()
    third = store.open(loc)
    assert not third.read_only and third.lease is not None
    third.lease.release()


def test_save_alternative_keeps_ids(where: Where) -> None:
    plan = small_plan()
    loc = where("b")
    store = store_for(loc)
    alternative = store.save_alternative(plan, "测试方案（方案二）", loc)
    read = store.read(loc)
    assert read.info.name == alternative.info.name == "测试方案（方案二）"
    assert read.info.lineage_id == plan.info.lineage_id and set(read.powers) == set(plan.powers)
    assert compare(plan, read).matching == "id"


def test_a_missing_plan_is_one_line(where: Where) -> None:
    loc = where("无此方案")
    with pytest.raises(PlanFileError) as err:
        store_for(loc).read(loc)
    assert "\n" not in str(err.value)


def test_saves_then_edits_then_saves(where: Where) -> None:
    loc = where("c")
    store = store_for(loc)
    store.save(small_plan(), loc)
    opened = store.open(loc)
    plan = opened.plan
    next(iter(plan.powers.values())).note = "改过"
    store.save(plan, loc)
    assert next(iter(store.read(loc).powers.values())).note == "改过"
    assert opened.lease is not None
    opened.lease.release()


# -- the shared store only ---------------------------------------------------------------


@pytest.fixture
def shared(pg_url: str) -> Where:
    return lambda name: PlanLocation.parse(f"{pg_url}?plan={name}")


def test_two_clients_saving_the_same_plan(shared: Where, pg_url: str) -> None:
    from reformdesk.store.postgres import PostgresStore

    loc = shared("桥头镇")
    one, two = PostgresStore(pg_url), PostgresStore(pg_url)  # two people, two machines
    try:
        one.save(small_plan(), loc)
        mine = one.open(loc)
        theirs_view = two.open(loc)
        assert not mine.read_only and theirs_view.read_only  # the lease: one writer
        assert isinstance(theirs_view.held, Locked) and not theirs_view.held.same_process
        # The second person edits anyway in a copy and saves through the lease-free path
        # after the first has saved: refused, nothing written.
        next(iter(mine.plan.powers.values())).note = "一号的修改"
        one.save(mine.plan, loc)
        assert mine.lease is not None
        mine.lease.release()
        taken = two.acquire(loc)
        assert isinstance(taken, Lease)
        next(iter(theirs_view.plan.powers.values())).note = "二号的修改"
        with pytest.raises(SaveConflict) as err:
            two.save(theirs_view.plan, loc)
        assert err.value.revision == 2 and "\n" not in str(err.value)
        assert one.revision(loc) == 2
        assert next(iter(two.read_revision(loc, 2).powers.values())).note == "一号的修改"
        # Compared and adopted: the save builds on their revision.
        two.rebase(loc, err.value.revision)
        two.save(theirs_view.plan, loc)
        assert next(iter(one.read(loc).powers.values())).note == "二号的修改"
        history = one.history(loc)
        assert [h.revision for h in history] == [3, 2, 1]
        assert history[0].changes and history[0].changes[0]["after"] == "二号的修改"
        assert history[1].changes[0]["after"] == "一号的修改"
        assert history[2].note == "新建"
        taken.release()
    finally:
        one.dispose()
        two.dispose()


def test_an_earlier_revision_reads_back_whole(shared: Where) -> None:
    loc = shared("d")
    store = shared_store(loc)
    first = small_plan()
    store.save(first, loc)
    plan = store.read(loc)
    plan.powers.clear()
    store.save(plan, loc)
    assert not store.read(loc).powers
    old = store.read_revision(loc, 1)
    assert old == first
    assert {c["action"] for c in store.history(loc)[0].changes} == {"removed"}


def test_the_catalogue_lists_plans(shared: Where) -> None:
    store = shared_store(shared("x"))
    plan = small_plan()
    store.save(plan, shared("乙"))
    store.save(plan, shared("甲"))
    opened = store.open(shared("甲"))
    listed = {p.name: p for p in store.plans()}
    assert set(listed) == {"甲", "乙"}
    assert listed["甲"].town == "桥头镇" and listed["甲"].revision == 1 and listed["甲"].holder
    assert listed["乙"].holder == "" and listed["乙"].saved_by and listed["乙"].saved_at is not None
    assert opened.lease is not None
    opened.lease.release()


def test_a_read_only_role_opens_but_cannot_save(pg_server: PgServer, pg_url: str) -> None:
    from reformdesk.store.postgres import PostgresStore

    database = pg_url.rsplit("/", 1)[1]
    loc = PlanLocation.parse(f"{pg_url}?plan=e")
    shared_store(loc).save(small_plan(), loc)  # the admin made the schema and the two roles
    pg_server.sql(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rd_test_reader') THEN "
        "CREATE ROLE rd_test_reader LOGIN; END IF; END $$"
    )
    pg_server.sql("GRANT reformdesk_reader TO rd_test_reader")
    reader = PostgresStore(pg_server.url(database, "rd_test_reader"))
    try:
        opened = reader.open(loc)
        assert opened.read_only and opened.held is None  # no lease: a place we cannot write to
        assert opened.plan == small_plan() or opened.plan.info.name == "测试方案"
        with pytest.raises(NoRight, match="只读"):
            reader.save(opened.plan, loc)
        assert shared_store(loc).revision(loc) == 1
    finally:
        reader.dispose()


_HOLDER = """
import sys, time
from reformdesk.store.plan_store import PlanLocation
from reformdesk.store.postgres import PostgresStore
loc = PlanLocation.parse(sys.argv[1])
opened = PostgresStore(loc.target, lease_ttl=2).open(loc)
assert not opened.read_only
print("held", flush=True)
time.sleep(120)
"""


def test_a_killed_clients_lease_expires(shared: Where, pg_url: str) -> None:
    from reformdesk.store.postgres import PgLease, PostgresStore

    loc = shared("f")
    shared_store(loc).save(small_plan(), loc)
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, loc.target],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )
    other = PostgresStore(pg_url)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "held"
        time.sleep(2.5)  # past its time to live: the holder's thread has renewed it
        held = other.acquire(loc)
        assert isinstance(held, Locked) and held.holder.pid == child.pid
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        deadline = time.monotonic() + 15
        taken = other.acquire(loc)
        while not isinstance(taken, PgLease) and time.monotonic() < deadline:
            time.sleep(0.25)
            taken = other.acquire(loc)
        assert isinstance(taken, PgLease), "the dead client's lease did not expire"
        taken.release()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
        other.dispose()


def test_server_format_and_alembic(shared: Where) -> None:
    from reformdesk.store.schema import FORMAT_VERSION
    from reformdesk.store.server_migrate import current

    store = shared_store(shared("g"))
    store.plans()
    assert store.format_version() == FORMAT_VERSION
    assert current(store.engine) == "fv3_row_security"
    assert store.layout() == 3


def test_a_newer_server_is_refused(pg_server: PgServer, pg_url: str) -> None:
    from reformdesk.store.postgres import PostgresStore

    loc = PlanLocation.parse(f"{pg_url}?plan=h")
    shared_store(loc).plans()
    pg_server.sql("UPDATE rd_meta SET value = '99' WHERE key = 'format_version'", pg_url.rsplit("/", 1)[1])
    fresh = PostgresStore(pg_url)
    try:
        with pytest.raises(PlanFileError, match="更新版本"):
            fresh.read(loc)
    finally:
        fresh.dispose()


def test_a_reference_to_nothing_is_saved_as_nothing(where: Where) -> None:
    loc = where("dangling")
    store = store_for(loc)
    plan = small_plan()
    power = next(iter(plan.powers.values()))
    power.body_id = "0" * 32  # no such body: refused by no foreign key, saved as unset
    store.save(plan, loc)
    assert store.read(loc).powers[power.id].body_id is None


def test_editors_per_plan(pg_server: PgServer, pg_url: str) -> None:
    from reformdesk.store.postgres import PostgresStore

    database = pg_url.rsplit("/", 1)[1]
    admin = shared_store(PlanLocation.parse(pg_url))
    qiaotou, liuxi = (PlanLocation.parse(f"{pg_url}?plan={n}") for n in ("桥头镇", "柳溪镇"))
    admin.save(small_plan(), qiaotou)
    admin.save(small_plan(), liuxi)
    for statement in (
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rd_test_qiaotou') THEN "
        "CREATE ROLE rd_test_qiaotou NOLOGIN; END IF; END $$",
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rd_test_zhang') THEN "
        "CREATE ROLE rd_test_zhang LOGIN; END IF; END $$",
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rd_test_li') THEN "
        "CREATE ROLE rd_test_li LOGIN; END IF; END $$",
        "GRANT reformdesk_editor TO rd_test_zhang, rd_test_li",
        "GRANT rd_test_qiaotou TO rd_test_zhang",
    ):
        pg_server.sql(statement)
    pg_server.sql("UPDATE plans SET editor_role = 'rd_test_qiaotou' WHERE name = '桥头镇'", database)
    zhang = PostgresStore(pg_server.url(database, "rd_test_zhang"))
    li = PostgresStore(pg_server.url(database, "rd_test_li"))
    try:
        mine = zhang.open(qiaotou)
        assert not mine.read_only
        zhang.save(mine.plan, qiaotou)
        assert mine.lease is not None
        mine.lease.release()
        theirs = li.open(qiaotou)
        assert theirs.read_only and theirs.held is None  # not an editor of this plan
        with pytest.raises(NoRight, match="编辑人"):
            li.save(theirs.plan, qiaotou)
        other = li.open(liuxi)  # every editor may edit a plan without an editor role
        assert not other.read_only
        li.save(other.plan, liuxi)
        assert other.lease is not None
        other.lease.release()
        assert admin.revision(qiaotou) == 2 and admin.revision(liuxi) == 2
    finally:
        zhang.dispose()
        li.dispose()
