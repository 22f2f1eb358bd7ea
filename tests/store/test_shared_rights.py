"""Rights per plan enforced by the database (layout 3, row-level security): raw SQL as another role is held to them.

Against the session's real PostgreSQL server (tests/postgres_server.py); skipped where none can start.
Roles are the cluster's, so each test makes them only when missing and grants what it needs.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from reformdesk.store import server_schema as ss
from reformdesk.store.plan_store import NoRight, PlanFileError, PlanLocation
from reformdesk.store.postgres import PostgresStore
from tests.postgres_server import PgServer
from tests.store.test_planfile import small_plan

ROLES = {
    "rd_test_zhang": "LOGIN",  # an editor, of the 桥头镇 team
    "rd_test_li": "LOGIN",  # an editor, not of the team
    "rd_test_wang": "LOGIN",  # a reader
    "rd_test_qiaotou": "NOLOGIN",  # 桥头镇's editors
    "rd_test_chengguan": "NOLOGIN",  # 城关镇's readers
}


def _make_roles(server: PgServer) -> None:
    for role, login in ROLES.items():
        server.sql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {role} {login}; END IF; END $$"
        )
    server.sql("GRANT reformdesk_editor TO rd_test_zhang, rd_test_li")
    server.sql("GRANT reformdesk_reader TO rd_test_wang")
    server.sql("GRANT rd_test_qiaotou TO rd_test_zhang")
    server.sql("REVOKE rd_test_chengguan FROM rd_test_wang")


@dataclass
class Office:
    """A store with three plans: 桥头镇 (edited by its team), 柳溪镇 (everyone's), 城关镇 (read by its readers only)."""

    server: PgServer
    url: str
    database: str
    admin: PostgresStore
    ids: dict[str, int]

    def loc(self, name: str) -> PlanLocation:
        return PlanLocation.parse(f"{self.url}?plan={name}")

    def store(self, role: str) -> PostgresStore:
        return PostgresStore(self.server.url(self.database, role))

    def psql(self, role: str) -> psycopg.Connection[tuple[object, ...]]:
        """A connection as ``role`` with nothing but SQL, as psql has."""
        return psycopg.connect(self.server.url(self.database, role))


@pytest.fixture
def office(pg_server: PgServer, pg_url: str) -> Iterator[Office]:
    database = pg_url.rsplit("/", 1)[1]
    admin = PostgresStore(pg_url)
    try:
        for name in ("桥头镇", "柳溪镇", "城关镇"):
            admin.save(small_plan(), PlanLocation.parse(f"{pg_url}?plan={name}"))
        _make_roles(pg_server)
        pg_server.sql("UPDATE plans SET editor_role = 'rd_test_qiaotou' WHERE name = '桥头镇'", database)
        pg_server.sql("UPDATE plans SET reader_role = 'rd_test_chengguan' WHERE name = '城关镇'", database)
        with psycopg.connect(pg_url) as conn:
            ids = {str(n): int(i) for n, i in conn.execute("SELECT name, plan_id FROM plans")}  # type: ignore[call-overload]
        yield Office(pg_server, pg_url, database, admin, ids)
    finally:
        admin.dispose()


def _denied(conn: psycopg.Connection[tuple[object, ...]], statement: str) -> str:
    """The error PostgreSQL gives ``statement`` (it must give one), the transaction rolled back."""
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as caught:
        conn.execute(statement)
    conn.rollback()
    return str(caught.value)


def _a_current_power(office: Office, name: str) -> tuple[str, int]:
    with psycopg.connect(office.url) as conn:
        row = conn.execute(
            "SELECT id, from_rev FROM power WHERE plan_id = %s AND until_rev IS NULL ORDER BY id LIMIT 1",
            (office.ids[name],),
        ).fetchone()
    assert row is not None
    return str(row[0]), int(row[1])


def test_an_editor_cannot_change_the_rows_of_a_plan_it_may_not_edit(office: Office) -> None:
    qiaotou = office.ids["桥头镇"]
    power, rev = _a_current_power(office, "桥头镇")
    before = office.admin.read(office.loc("桥头镇"))
    with office.psql("rd_test_li") as li:
        # It still reads the plan (every editor and reader may) …
        assert li.execute("SELECT count(*) FROM power WHERE plan_id = %s", (qiaotou,)).fetchone() == (2,)
        # … but closing its rows finds none, rewriting a value is not granted at all,
        closed = li.execute("UPDATE power SET until_rev = %s WHERE plan_id = %s AND until_rev IS NULL", (rev, qiaotou))
        assert closed.rowcount == 0
        li.rollback()
        assert "permission denied" in _denied(li, f"UPDATE power SET name = '改了' WHERE plan_id = {qiaotou}")
        assert "permission denied" in _denied(li, f"DELETE FROM power WHERE plan_id = {qiaotou}")
        # … and no row goes in: not an entity, not a revision, not the lease.
        message = _denied(
            li,
            "INSERT INTO power (plan_id, from_rev, id, code, name) "
            f"SELECT plan_id, from_rev, 'ffff', 'X-1', '偷加的事项' FROM power WHERE id = '{power}'",
        )
        assert "row-level security" in message
        assert "row-level security" in _denied(
            li,
            "INSERT INTO plan_revisions (plan_id, revision, saved_by, db_user, saved_at, note, changes) "
            f"VALUES ({qiaotou}, 99, 'li', 'li', now(), '', '[]')",
        )
        lease = li.execute("UPDATE plans SET lease_token = 'mine' WHERE plan_id = %s", (qiaotou,))
        assert lease.rowcount == 0
        li.commit()
        assert "permission denied" in _denied(li, "UPDATE rd_meta SET value = '99' WHERE key = 'format_version'")
        assert "permission denied" in _denied(li, "UPDATE plans SET editor_role = NULL")
    assert office.admin.read(office.loc("桥头镇")) == before
    assert office.admin.revision(office.loc("桥头镇")) == 1


def test_an_editor_of_the_plan_closes_current_rows_and_writes_new_ones_only(office: Office) -> None:
    qiaotou = office.ids["桥头镇"]
    power, rev = _a_current_power(office, "桥头镇")
    with office.psql("rd_test_zhang") as zhang:
        closed = zhang.execute(
            "UPDATE power SET until_rev = %s WHERE plan_id = %s AND id = %s AND until_rev IS NULL",
            (rev, qiaotou, power),
        )
        assert closed.rowcount == 1  # what a save does
        again = zhang.execute("UPDATE power SET until_rev = %s WHERE plan_id = %s AND id = %s", (rev, qiaotou, power))
        assert again.rowcount == 0  # a closed row is history: no one moves it again
        zhang.rollback()
        # Reopening a row (until_rev back to NULL) is not a close; an old value is never rewritten.
        zhang.execute("UPDATE power SET until_rev = %s WHERE plan_id = %s AND id = %s", (rev, qiaotou, power))
        assert "row-level security" in _denied(
            zhang, f"UPDATE power SET until_rev = NULL WHERE plan_id = {qiaotou} AND until_rev IS NULL"
        )
        assert "permission denied" in _denied(zhang, f"UPDATE power SET note = '改了' WHERE plan_id = {qiaotou}")
        assert "permission denied" in _denied(zhang, f"DELETE FROM power WHERE plan_id = {qiaotou}")
        assert "permission denied" in _denied(zhang, "UPDATE plan_revisions SET note = '改了'")


def test_a_plan_a_role_may_not_read_is_not_there_for_it(office: Office) -> None:
    chengguan = office.ids["城关镇"]
    for role in ("rd_test_wang", "rd_test_li"):
        with office.psql(role) as conn:
            assert conn.execute("SELECT count(*) FROM plans WHERE plan_id = %s", (chengguan,)).fetchone() == (0,)
            assert conn.execute("SELECT count(*) FROM plan_revisions WHERE plan_id = %s", (chengguan,)).fetchone() == (
                0,
            )
            for table in ss.TABLE.values():
                count = conn.execute(f'SELECT count(*) FROM "{table.name}" WHERE plan_id = %s', (chengguan,))
                assert count.fetchone() == (0,), table.name
            # Everything else it may read, it reads.
            assert conn.execute("SELECT count(*) FROM power").fetchone() == (2 * 2,)
            refused = _denied(
                conn, f"INSERT INTO power (plan_id, from_rev, id, code, name) VALUES ({chengguan}, 1, 'x', 'X', 'x')"
            )
            # A reader has no INSERT at all; an editor has it, on plans it may edit only.
            assert ("row-level security" if role == "rd_test_li" else "permission denied") in refused
        store = office.store(role)
        try:
            assert [p.name for p in store.plans()] == ["柳溪镇", "桥头镇"]
            with pytest.raises(PlanFileError, match="没有方案"):
                store.read(office.loc("城关镇"))
            with pytest.raises(PlanFileError, match="没有方案"):
                store.history(office.loc("城关镇"))
            if role == "rd_test_li":
                # A new plan under the hidden plan's name: refused in words a clerk can act on.
                with pytest.raises(NoRight) as refused_save:
                    store.save(small_plan(), office.loc("城关镇"))
                message = str(refused_save.value)
                assert message == (
                    "无法以“城关镇”为名保存：共享方案库中已有同名方案，您无权查看（本次保存未写入）。请换一个名称保存。"
                )
                assert "duplicate" not in message
                assert office.admin.read(office.loc("城关镇")) is not None
        finally:
            store.dispose()
    office.server.sql("GRANT rd_test_chengguan TO rd_test_wang")
    wang = office.store("rd_test_wang")
    try:
        assert wang.read(office.loc("城关镇")) == office.admin.read(office.loc("城关镇"))
        opened = wang.open(office.loc("城关镇"))
        assert opened.read_only  # a reader of the plan, still no editor
        with pytest.raises(NoRight):
            wang.save(opened.plan, office.loc("城关镇"))
    finally:
        wang.dispose()
        office.server.sql("REVOKE rd_test_chengguan FROM rd_test_wang")


def test_the_app_saves_opens_and_shows_history_for_owners_and_editors(office: Office) -> None:
    zhang, li = office.store("rd_test_zhang"), office.store("rd_test_li")
    original = office.admin.read(office.loc("柳溪镇"))
    try:
        for store, name in ((zhang, "桥头镇"), (li, "柳溪镇"), (office.admin, "柳溪镇")):
            loc = office.loc(name)
            opened = store.open(loc)
            assert not opened.read_only
            first = copy.deepcopy(opened.plan)
            power = next(iter(opened.plan.powers.values()))
            power.note = f"{name}的第二版"
            opened.plan.add_person("QT009", "周敏")
            store.save(opened.plan, loc)
            assert opened.lease is not None
            opened.lease.release()
            assert office.admin.read(loc) == opened.plan
            history = store.history(loc)
            assert history[0].db_user == (office.server.admin if store is office.admin else store.engine.url.username)
            assert store.read_revision(loc, history[1].revision) == first  # the one it built on
        # A new plan by an editor (every row through the policy's INSERT) reads back whole.
        new = office.loc("新方案")
        plan = small_plan()
        li.save(plan, new)
        assert office.admin.read(new) == plan
        assert [h.revision for h in li.history(new)] == [1]
        assert [h.revision for h in office.admin.history(office.loc("柳溪镇"))] == [3, 2, 1]
        assert office.admin.read_revision(office.loc("柳溪镇"), 1) == original
    finally:
        zhang.dispose()
        li.dispose()


def test_a_layout2_store_with_plans_is_upgraded_and_then_guarded(
    pg_server: PgServer, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import create_engine

    from reformdesk.store.postgres import engine_url
    from reformdesk.store.server_migrate import current, upgrade

    database = pg_url.rsplit("/", 1)[1]
    loc = {n: PlanLocation.parse(f"{pg_url}?plan={n}") for n in ("桥头镇", "柳溪镇")}
    engine = create_engine(engine_url(pg_url)[0])
    try:
        upgrade(engine, "fv3_shared_rows")  # the previous head
    finally:
        engine.dispose()
    _make_roles(pg_server)
    # Plans saved while the store was at layout 2, by the admin and by an editor.
    monkeypatch.setattr(ss, "LAYOUT", 2)
    admin, li = PostgresStore(pg_url), PostgresStore(pg_server.url(database, "rd_test_li"))
    saved: dict[str, list[object]] = {"桥头镇": [], "柳溪镇": []}
    try:
        for name in saved:
            plan = small_plan()
            admin.save(plan, loc[name])
            saved[name].append(copy.deepcopy(plan))
        plan = admin.read(loc["桥头镇"])
        next(iter(plan.powers.values())).note = "第二版"
        admin.save(plan, loc["桥头镇"])
        saved["桥头镇"].append(copy.deepcopy(plan))
        theirs = li.read(loc["柳溪镇"])
        theirs.add_person("QT010", "吴刚")
        li.save(theirs, loc["柳溪镇"])
        saved["柳溪镇"].append(copy.deepcopy(theirs))
    finally:
        admin.dispose()
        li.dispose()
    pg_server.sql("UPDATE plans SET editor_role = 'rd_test_qiaotou' WHERE name = '桥头镇'", database)
    pg_server.sql("ALTER TABLE plans DROP COLUMN reader_role", database)  # fv2 made it from today's schema
    qiaotou = int(_scalar(pg_url, "SELECT plan_id FROM plans WHERE name = '桥头镇'"))
    power = str(_scalar(pg_url, f"SELECT id FROM power WHERE plan_id = {qiaotou} AND until_rev IS NULL LIMIT 1"))
    rewrite = f"UPDATE power SET name = '改了' WHERE plan_id = {qiaotou} AND id = '{power}'"
    with psycopg.connect(pg_server.url(database, "rd_test_li")) as conn:
        assert conn.execute(rewrite).rowcount >= 1  # the hole layout 2 left: only the app kept editors out
        conn.rollback()
    monkeypatch.undo()

    li = PostgresStore(pg_server.url(database, "rd_test_li"))
    try:
        with pytest.raises(PlanFileError, match="server upgrade"):
            li.read(loc["柳溪镇"])  # an editor may not upgrade: it is told to ask the admin
    finally:
        li.dispose()
    admin = PostgresStore(pg_url)
    zhang, li = (
        PostgresStore(pg_server.url(database, "rd_test_zhang")),
        PostgresStore(pg_server.url(database, "rd_test_li")),
    )
    try:
        assert admin.format_version_checked()[2:] == (2, 3)
        assert current(admin.engine) == "fv3_row_security"
        for name, revisions in saved.items():
            for number, expected in enumerate(revisions, start=1):
                assert admin.read_revision(loc[name], number) == expected
                assert li.read_revision(loc[name], number) == expected
        with psycopg.connect(pg_server.url(database, "rd_test_li")) as conn:
            assert "permission denied" in _denied(conn, rewrite)
            assert conn.execute(f"UPDATE power SET until_rev = 1 WHERE plan_id = {qiaotou}").rowcount == 0
        mine = zhang.open(loc["桥头镇"])
        assert not mine.read_only
        mine.plan.info.author = "张主任"
        zhang.save(mine.plan, loc["桥头镇"])
        assert mine.lease is not None
        mine.lease.release()
        assert admin.read(loc["桥头镇"]) == mine.plan
        assert admin.read_revision(loc["桥头镇"], 2) == saved["桥头镇"][1]
        assert li.open(loc["桥头镇"]).read_only
        theirs = li.open(loc["柳溪镇"])
        theirs.plan.info.author = "李主任"
        li.save(theirs.plan, loc["柳溪镇"])
        assert theirs.lease is not None
        theirs.lease.release()
        assert [h.revision for h in admin.history(loc["柳溪镇"])] == [3, 2, 1]
    finally:
        admin.dispose()
        zhang.dispose()
        li.dispose()


def _scalar(url: str, statement: str) -> object:
    with psycopg.connect(url) as conn:
        row = conn.execute(statement).fetchone()
    assert row is not None
    return row[0]


@pytest.mark.parametrize("insert_up_to", [0, 1000], ids=["through a temporary table", "by INSERT"])
def test_an_editors_save_writes_every_kind_either_way(
    office: Office, monkeypatch: pytest.MonkeyPatch, insert_up_to: int
) -> None:
    import reformdesk.store.postgres as pg

    # COPY is refused under row-level security: many rows go through a temporary table, a few by INSERT.
    monkeypatch.setattr(pg, "_INSERT_UP_TO", insert_up_to)
    li = office.store("rd_test_li")
    try:
        loc = office.loc("新方案")
        plan = small_plan()
        li.save(plan, loc)
        assert office.admin.read(loc) == plan
        next(iter(plan.powers.values())).note = "第二版"
        plan.add_person("QT011", "郑强")
        li.save(plan, loc)
        assert office.admin.read(loc) == plan
        assert [h.revision for h in office.admin.history(loc)] == [2, 1]
    finally:
        li.dispose()
