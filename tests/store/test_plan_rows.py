"""Opening through the stdlib sqlite3 reader: the same columns as the schema, the same checksum as SQL."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import Date, Integer

from reformdesk.domain.model import PostCounts, PostType
from reformdesk.domain.registry import EntityKind, ValueType
from reformdesk.store import plan_rows, planfile
from reformdesk.store.layout import COLUMNS
from reformdesk.store.planfile import DamagedPlanError, content_checksum, open_plan, save_plan
from reformdesk.store.schema import TABLE, EnumColumn
from tests.store.test_planfile import small_plan

SAMPLES = Path(__file__).resolve().parents[2] / "sample_plans"


def test_the_layout_describes_the_schema_tables() -> None:
    for kind in EntityKind:
        table = TABLE[kind]
        columns = COLUMNS[kind]
        assert [c.name for c in columns] == [c.name for c in table.columns], kind
        for stored, col in zip(columns, table.columns, strict=True):
            assert stored.nullable == bool(col.nullable), (kind, col.name)
            assert not (stored.integer and stored.nullable), (kind, col.name)  # plan_rows relies on it
            assert stored.integer == isinstance(col.type, Integer), (kind, col.name)
            assert (stored.type is ValueType.DATE) == isinstance(col.type, Date), (kind, col.name)
            assert (stored.type is ValueType.ENUM) == isinstance(col.type, EnumColumn), (kind, col.name)
            targets = {fk.column.table.name for fk in col.foreign_keys}
            assert targets == ({stored.references} if stored.references else set()), (kind, col.name)


def _odd_plan():
    plan = small_plan()
    plan.info.name = "😀𠀀𪚥" * 500
    plan.info.notes = "\x00第一行\r\n第二行\t\x1e\x1f"
    plan.info.date = None
    body = next(iter(plan.bodies.values()))
    body.name = ""
    body.sites = []
    body.posts_by_type = PostCounts.of({PostType.ADMINISTRATIVE: 2, PostType.INSTITUTION: 3})
    body.authorized_posts = -(2**62)
    power = next(iter(plan.powers.values()))
    power.deadline = dt.date(9999, 12, 31)
    power.legal_basis = ""
    return plan


@pytest.mark.parametrize("which", ["small", "odd", "sample"])
def test_the_checksum_of_the_values_is_the_one_sqlite_computes(tmp_path: Path, which: str) -> None:
    plan = {
        "small": small_plan,
        "odd": _odd_plan,
        "sample": lambda: open_plan(SAMPLES / "qiaotou_plan2.rdplan"),
    }[which]()
    path = tmp_path / "a.rdplan"
    save_plan(plan, path)
    con = sqlite3.connect(path)
    try:
        in_sql = content_checksum(con)
        assert planfile._stored_checksum(con) == in_sql  # what the save wrote from the values it inserted
        read = plan_rows.read_plan(con)
    finally:
        con.close()
    assert read.checksum == read.stored_checksum == in_sql  # and what the open computes from the rows read
    assert not read.dangling
    assert read.plan == plan == open_plan(path)


def test_a_value_of_uncertain_text_leaves_the_checksum_to_sqlite() -> None:
    digest = plan_rows.ColumnDigest()
    digest.add("t", 2, {"a": [1.5, "x"]})  # a REAL: SQLite's own rendering, not Python's
    assert digest.hexdigest() is None


def test_rows_out_of_list_order_are_read_in_list_order(tmp_path: Path) -> None:
    plan = small_plan()
    path = tmp_path / "a.rdplan"
    save_plan(plan, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE power SET seq = 1 - seq")  # the second row first in the list
    con.execute("DELETE FROM meta")
    con.commit()
    con.close()
    assert list(open_plan(path).powers) == list(reversed(plan.powers))


def test_a_reference_without_a_foreign_key_to_nothing_names_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.rdplan"
    save_plan(small_plan(), path)
    con = sqlite3.connect(path)
    con.execute("UPDATE body SET deputy_id = 'ffffffffffffffffffffffffffffffff'")
    con.commit()
    con.close()
    with pytest.raises(DamagedPlanError, match="校验和") as info:  # changed after the save
        open_plan(path)
    assert info.value.plan is not None
    assert next(iter(info.value.plan.bodies.values())).deputy_id is None


def test_opening_a_plan_does_not_import_sqlalchemy(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from reformdesk.store.plan_store import PlanLocation, store_for
        location = PlanLocation.file({str(SAMPLES / "qiaotou_plan1.rdplan")!r})
        store_for(location).read(location)
        from reformdesk.store.planfile import open_plan
        open_plan({str(SAMPLES / "qiaotou_plan2.rdplan")!r})
        print(sorted(m for m in sys.modules if m.startswith("sqlalchemy")))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


@pytest.mark.parametrize(
    ("sql", "column"),
    [
        ("UPDATE power SET seq = 1.5 WHERE rowid = 1", "seq"),  # a REAL where integers belong
        ("UPDATE body SET authorized_posts = X'01' WHERE rowid = 1", "authorized_posts"),
        ("UPDATE power SET deadline = 2.5 WHERE rowid = 1", "deadline"),
        ("UPDATE body SET posts_by_type = X'0a' WHERE rowid = 1", "posts_by_type"),
    ],
)
def test_a_value_of_another_type_is_one_line_naming_row_and_column(tmp_path: Path, sql: str, column: str) -> None:
    # (A number put in a text column is stored as text by SQLite: the checksum catches that.)
    path = tmp_path / "a.rdplan"
    save_plan(small_plan(), path)
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()
    with pytest.raises(planfile.PlanFileError) as info:
        open_plan(path)
    message = str(info.value)
    assert "第 1 行" in message and column in message and "\n" not in message, message


def test_the_read_runs_without_the_collector_and_gives_it_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    path = tmp_path / "p.rdplan"
    save_plan(small_plan(), path)
    during: list[bool] = []
    converted = plan_rows._converted

    def recording(*args: object) -> object:
        during.append(gc.isenabled())
        return converted(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(plan_rows, "_converted", recording)
    assert gc.isenabled()
    assert open_plan(path).info.name == small_plan().info.name
    assert during and not any(during)  # the rows were made with the collector off
    assert gc.isenabled()
    # A read that fails gives it back too; and a caller that had it off keeps it off.
    monkeypatch.setattr(plan_rows, "_converted", lambda *a: (_ for _ in ()).throw(ValueError("damaged")))
    con = sqlite3.connect(path)
    try:
        with pytest.raises(ValueError):
            plan_rows.read_plan(con)
        assert gc.isenabled()
        gc.disable()
        try:
            with pytest.raises(ValueError):
                plan_rows.read_plan(con)
            assert not gc.isenabled()
        finally:
            gc.enable()
    finally:
        con.close()
