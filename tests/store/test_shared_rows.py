"""The shared store's rows shared between revisions (layout 2): a save writes what changed, every revision reads back whole.

Against the session's real PostgreSQL server (tests/postgres_server.py); skipped where none can start.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    ForeignKeyConstraint,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    create_engine,
    insert,
)

from reformdesk.domain.model import Plan
from reformdesk.domain.registry import ENTITY_KINDS, KINDS, EntityKind
from reformdesk.store import server_schema as ss
from reformdesk.store.plan_store import PlanFileError, PlanLocation
from reformdesk.store.postgres import PostgresStore, _columns, _stored_rows, engine_url
from reformdesk.store.schema import TABLE as FILE_TABLE
from tests.postgres_server import PgServer
from tests.store.test_planfile import small_plan


@pytest.fixture
def store(pg_url: str) -> Iterator[PostgresStore]:
    s = PostgresStore(pg_url)
    try:
        yield s
    finally:
        s.dispose()


def _loc(pg_url: str, name: str = "桥头镇") -> PlanLocation:
    return PlanLocation.parse(f"{pg_url}?plan={name}")


def _count(pg_url: str, sql: str) -> int:
    with psycopg.connect(pg_url) as conn:
        row = conn.execute(sql).fetchone()
        assert row is not None
        return int(row[0])


def test_a_save_writes_only_the_rows_that_changed(store: PostgresStore, pg_url: str) -> None:
    loc = _loc(pg_url)
    store.save(small_plan(), loc)
    plan = store.read(loc)
    assert _count(pg_url, "SELECT count(*) FROM power") == 2
    assert _count(pg_url, "SELECT count(*) FROM person") == 3
    first = copy.deepcopy(plan)
    next(iter(plan.powers.values())).note = "改过"
    store.save(plan, loc)
    # One power row closed and one written; the people and the other power are shared.
    assert _count(pg_url, "SELECT count(*) FROM power") == 3
    assert _count(pg_url, "SELECT count(*) FROM power WHERE until_rev IS NULL") == 2
    assert _count(pg_url, "SELECT count(*) FROM person") == 3
    assert _count(pg_url, "SELECT count(*) FROM plan") == 1
    store.save(plan, loc)  # nothing changed: a revision with no new rows
    assert _count(pg_url, "SELECT count(*) FROM power") == 3
    assert store.revision(loc) == 3
    assert store.read_revision(loc, 1) == first
    assert store.read_revision(loc, 2) == plan == store.read_revision(loc, 3) == store.read(loc)


def test_added_removed_reordered_and_list_edits_read_back_per_revision(store: PostgresStore, pg_url: str) -> None:
    loc = _loc(pg_url)
    store.save(small_plan(), loc)
    plan = store.read(loc)
    saved: list[Plan] = [copy.deepcopy(plan)]
    body = next(iter(plan.bodies.values()))
    body.sites.append("新址")  # a list changed in place: the store must not share it with its base
    saved.append(store_and_copy(store, plan, loc))
    body.sites.append("二址")  # again, after a save built the base on from what it wrote
    saved.append(store_and_copy(store, plan, loc))
    extra = plan.add_unit("综合办", kind="内设机构", head_count=2, body_id=body.id)
    saved.append(store_and_copy(store, plan, loc))
    units = list(plan.units.items())  # the order of a positioned kind changes
    plan.units.clear()
    plan.units.update(reversed(units))
    saved.append(store_and_copy(store, plan, loc))
    del plan.units[extra.id]
    main_item = next(iter(plan.powers.values()))
    del plan.powers[main_item.id]  # its sub-item's parent now names nothing
    plan.info.name = "改名的方案"
    saved.append(store_and_copy(store, plan, loc))
    for number, expected in enumerate(saved, start=1):
        read = store.read_revision(loc, number)
        if number == len(saved):
            sub = next(iter(expected.powers.values()))
            sub.parent_id = None  # saved as nothing, as files do
        assert read == expected, number
        assert list(read.units) == list(expected.units), number
    assert store.read(loc) == store.read_revision(loc, len(saved))


def store_and_copy(store: PostgresStore, plan: Plan, loc: PlanLocation) -> Plan:
    store.save(plan, loc)
    return copy.deepcopy(plan)


def test_every_kind_round_trips_through_a_delta_save(store: PostgresStore, pg_url: str) -> None:
    from benchmarks.harness import synthetic_plan

    loc = _loc(pg_url)
    store.save(synthetic_plan("sample"), loc)
    opened = store.open(loc)
    plan = opened.plan
    for kind in ENTITY_KINDS:
        entities = KINDS[kind].entities(plan)
        if entities:
            del entities[next(iter(entities))]
    store.save(plan, loc)
    read = store.read(loc)
    expected = store.read_revision(loc, 2)
    assert read == expected
    for kind in ENTITY_KINDS:
        assert list(KINDS[kind].entities(read)) == list(KINDS[kind].entities(plan)), kind
    assert opened.lease is not None
    opened.lease.release()


def test_a_failed_save_leaves_the_last_revision_and_the_next_save_writes_it_all(
    store: PostgresStore, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reformdesk.store.postgres as pg

    loc = _loc(pg_url)
    store.save(small_plan(), loc)
    plan = store.read(loc)
    before = copy.deepcopy(plan)
    power = next(iter(plan.powers.values()))
    power.note = "第二版"

    def broken(*args: object, **kwargs: object) -> None:
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    # The current rows are closed first, then the new ones written: a failure after the
    # close (a connection lost, a client killed) must leave revision 1 whole and current.
    monkeypatch.setattr(pg, "_copy_in", broken)
    with pytest.raises(PlanFileError, match="本次保存未写入"):
        store.save(plan, loc)
    monkeypatch.undo()
    assert store.revision(loc) == 1
    assert store.read(loc) == before
    assert _count(pg_url, "SELECT count(*) FROM power WHERE until_rev IS NULL") == 2
    store.save(plan, loc)  # the base did not move: the retry writes the edit
    assert store.read(loc) == plan
    assert store.read_revision(loc, 1) == before


def test_a_plan_copied_keeps_its_ids_beside_the_original(store: PostgresStore, pg_url: str) -> None:
    one, two = _loc(pg_url, "一"), _loc(pg_url, "二")
    plan = small_plan()
    store.save(plan, one)
    store.save(plan, two)  # the same ids in two plans: rows are keyed by plan too
    edited = store.read(two)
    next(iter(edited.powers.values())).note = "只改二"
    store.save(edited, two)
    assert store.read(one) == plan
    assert store.read(two) == edited


# -- layout 1 → 2 ---------------------------------------------------------------------


def _layout1_tables() -> tuple[MetaData, dict[EntityKind, Table]]:
    """The entity tables as format 3 left them (layout 1): a whole copy per revision, keyed by (rev_id, id)."""
    meta = MetaData()
    for t in (ss.meta, ss.plans, ss.revisions):
        t.to_metadata(meta)
    tables: dict[EntityKind, Table] = {}
    for kind in EntityKind:
        source = FILE_TABLE[kind]
        columns: list[Column[object]] = [
            Column("rev_id", BigInteger, ForeignKey("plan_revisions.rev_id", ondelete="CASCADE"), nullable=False)
        ]
        constraints: list[object] = []
        for col in source.columns:
            columns.append(Column(col.name, col.type, nullable=bool(col.nullable) and not col.primary_key))
            for fk in col.foreign_keys:
                target = fk.column.table.name
                constraints.append(
                    ForeignKeyConstraint(
                        ["rev_id", col.name],
                        [f"{target}.rev_id", f"{target}.id"],
                        deferrable=True,
                        initially="DEFERRED",
                    )
                )
        tables[kind] = Table(source.name, meta, *columns, PrimaryKeyConstraint("rev_id", "id"), *constraints)
    return meta, tables


def _write_layout1(pg_url: str, revisions: list[Plan]) -> None:
    import json

    from reformdesk.store.schema import FORMAT_VERSION

    meta, tables = _layout1_tables()
    engine = create_engine(engine_url(pg_url)[0])
    try:
        with engine.begin() as conn:
            meta.create_all(conn)
            conn.exec_driver_sql("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)")
            conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('fv3')")
            conn.execute(insert(ss.meta).values(key="format_version", value=str(FORMAT_VERSION)))
            plan_id = conn.execute(
                insert(ss.plans).values(name="桥头镇", town="", author="", revision=0).returning(ss.plans.c.plan_id)
            ).scalar_one()
            other = conn.execute(
                insert(ss.plans).values(name="柳溪镇", town="", author="", revision=0).returning(ss.plans.c.plan_id)
            ).scalar_one()
            rev_ids = {}
            # Two plans' saves interleaved, as an office's are: rev_ids are the server's, not the plan's.
            for number, plan in enumerate(revisions, start=1):
                for pid in (plan_id, other):
                    rev_id = conn.execute(
                        insert(ss.revisions)
                        .values(
                            plan_id=pid,
                            revision=number,
                            saved_by="老王@办公室",
                            db_user="postgres",
                            saved_at=dt_now(),
                            note="",
                            changes=json.dumps([]),
                        )
                        .returning(ss.revisions.c.rev_id)
                    ).scalar_one()
                    rev_ids[pid] = rev_id
                    for kind, rows in _stored_rows(plan).items():
                        if rows:
                            names = ["rev_id", *_columns(kind)]
                            conn.execute(
                                insert(tables[kind]),
                                [dict(zip(names, (rev_id, *r), strict=True)) for r in rows.values()],
                            )
            for pid in (plan_id, other):
                conn.execute(
                    ss.plans.update()
                    .where(ss.plans.c.plan_id == pid)
                    .values(revision=len(revisions), current_rev_id=rev_ids[pid])
                )
    finally:
        engine.dispose()


def dt_now() -> object:
    import datetime as dt

    return dt.datetime.now(dt.UTC)


def test_a_layout1_store_is_migrated_and_reads_back_every_revision(pg_url: str) -> None:
    first = small_plan()
    second = copy.deepcopy(first)
    main_item, sub = second.powers.values()
    main_item.note = "第二版"
    del second.powers[sub.id]
    second.add_person("QT004", "孙丽")
    second.add_unit("综合办", kind="内设机构", head_count=2)
    _write_layout1(pg_url, [first, second])
    store = PostgresStore(pg_url)
    try:
        loc, other = _loc(pg_url), _loc(pg_url, "柳溪镇")
        assert store.format_version_checked()[1] >= 3
        assert store.layout() == ss.LAYOUT
        for expected in (first, second):
            number = 1 if expected is first else 2
            assert store.read_revision(loc, number) == expected
            assert store.read_revision(other, number) == expected
        assert store.read(loc) == second
        assert [h.revision for h in store.history(loc)] == [2, 1]
        opened = store.open(loc)
        opened.plan.info.author = "李主任"
        store.save(opened.plan, loc)
        assert store.read(loc) == opened.plan
        assert store.read_revision(loc, 1) == first and store.read_revision(loc, 2) == second
        assert store.read(other) == second
        # Only the plan's info row was written by the save after the migration.
        assert _count(pg_url, "SELECT count(*) FROM plan WHERE until_rev IS NULL") == 2
        assert _count(pg_url, "SELECT count(*) FROM power") == 2 * (2 + 1)  # two plans, two revisions: none new
        assert _count(pg_url, "SELECT count(*) FROM plan") == 2 * 2 + 1
        assert opened.lease is not None
        opened.lease.release()
    finally:
        store.dispose()


def test_a_server_of_a_newer_layout_is_refused(pg_server: PgServer, pg_url: str) -> None:
    store = PostgresStore(pg_url)
    store.plans()
    store.dispose()
    pg_server.sql("UPDATE rd_meta SET value = '99' WHERE key = 'layout'", pg_url.rsplit("/", 1)[1])
    fresh = PostgresStore(pg_url)
    try:
        with pytest.raises(PlanFileError, match="表结构第99版"):
            fresh.read(_loc(pg_url))
    finally:
        fresh.dispose()


def test_a_missing_plan_or_revision_is_named(store: PostgresStore, pg_url: str) -> None:
    loc = _loc(pg_url)
    store.save(small_plan(), loc)
    with pytest.raises(PlanFileError, match="没有第9版"):
        store.read_revision(loc, 9)
    with pytest.raises(PlanFileError, match="中没有方案“柳溪镇”"):
        store.read(_loc(pg_url, "柳溪镇"))
    assert store.read_revision(loc, 1) == store.read(loc)


def test_a_read_is_one_revision_even_when_a_save_commits_during_it(store: PostgresStore, pg_url: str) -> None:
    import threading
    import time

    loc = _loc(pg_url)
    store.save(small_plan(), loc)
    before = store.read(loc)
    writer = PostgresStore(pg_url)
    result: list[object] = []
    try:
        theirs = writer.read(loc)
        with psycopg.connect(pg_url) as blocker:
            # The read stops at the bodies (the first kind after the plan's info) until this lock goes.
            blocker.execute("LOCK TABLE body IN ACCESS EXCLUSIVE MODE")
            reader = threading.Thread(target=lambda: result.append(store.read(loc)))
            reader.start()
            deadline = time.monotonic() + 30
            while not _count(pg_url, "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'body'::regclass"):
                assert time.monotonic() < deadline, "the read never reached the bodies"
                time.sleep(0.02)
            theirs.info.author = "李主任"
            next(iter(theirs.powers.values())).note = "读的时候保存的"
            writer.save(theirs, loc)  # commits while the read waits: the info is read, the powers are not yet
            blocker.rollback()
            reader.join(timeout=30)
        assert result == [before]  # one snapshot: neither the new author nor the new note
        assert store.read(loc) == theirs
    finally:
        writer.dispose()
