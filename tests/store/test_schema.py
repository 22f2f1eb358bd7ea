"""The store's tables are read from the registry; a format 1 file migrates to them."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from reformdesk.domain.model import PostCounts, PostType
from reformdesk.domain.registry import ENTITY_KINDS, KINDS, EntityKind, ValueType
from reformdesk.store.planfile import check_plan_file, open_plan, save_plan
from reformdesk.store.schema import FORMAT_VERSION, POSITION, TABLE, TABLES, order_column
from tests.store.test_planfile import small_plan


def test_each_kind_has_a_table_with_a_column_per_registered_field() -> None:
    assert [t.name for t in TABLES] == [KINDS[k].table for k in EntityKind]
    for kind in EntityKind:
        spec = KINDS[kind]
        names = [c.name for c in TABLE[kind].columns]
        extra = {"id", "lineage_id"} if kind is EntityKind.PLAN else {"id", POSITION}
        assert set(names) - extra == {f.name for f in spec.fields}, kind


def test_references_are_foreign_keys_to_the_referenced_table_but_a_deputy() -> None:
    for kind in ENTITY_KINDS:
        for f in KINDS[kind].ref_fields:
            assert f.ref is not None
            targets = {fk.column.table.name for fk in TABLE[kind].c[f.name].foreign_keys}
            expected = set() if (kind, f.name) == (EntityKind.BODY, "deputy_id") else {KINDS[f.ref].table}
            assert targets == expected, (kind, f.name)


def test_rows_are_the_dataclass_arguments_in_registry_order() -> None:
    # planfile builds entities positionally from (id, fields in registry order).
    for kind in ENTITY_KINDS:
        spec = KINDS[kind]
        assert [f.name for f in dataclasses.fields(spec.cls)] == ["id", *(f.name for f in spec.fields)]


def test_the_order_column_is_the_order_field_or_pos() -> None:
    assert order_column(KINDS[EntityKind.POWER]) == "seq"
    assert KINDS[EntityKind.POWER].field("seq").type is ValueType.ORDER
    assert order_column(KINDS[EntityKind.UNIT]) == POSITION


FORMAT_1_DDL = {
    "body": "CREATE TABLE body (\n\tid VARCHAR(32) NOT NULL, \n\tpos INTEGER NOT NULL, \n\tname TEXT NOT NULL, "
    "\n\tkind TEXT NOT NULL, \n\tauthorized_posts INTEGER NOT NULL, \n\tleadership_posts INTEGER NOT NULL, "
    "\n\tsites TEXT NOT NULL, \n\tdeputy_id VARCHAR(32), \n\tPRIMARY KEY (id)\n)",
    "person": "CREATE TABLE person (\n\tid VARCHAR(32) NOT NULL, \n\tpos INTEGER NOT NULL, \n\tstaff_id TEXT NOT NULL, "
    "\n\tname TEXT NOT NULL, \n\tpost TEXT NOT NULL, \n\ttier_before VARCHAR(24) NOT NULL, "
    "\n\ttier_after VARCHAR(24) NOT NULL, \n\tunit_id VARCHAR(32), \n\tbody_id VARCHAR(32), "
    "\n\treports_to_id VARCHAR(32), \n\tPRIMARY KEY (id), "
    "\n\tFOREIGN KEY(unit_id) REFERENCES unit (id) DEFERRABLE INITIALLY DEFERRED, "
    "\n\tFOREIGN KEY(body_id) REFERENCES body (id) DEFERRABLE INITIALLY DEFERRED, "
    "\n\tFOREIGN KEY(reports_to_id) REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED\n)",
    "plan": 'CREATE TABLE "plan" (\n\tid INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\ttown TEXT NOT NULL, '
    "\n\tcounty TEXT NOT NULL, \n\toffice TEXT NOT NULL, \n\tdate DATE, \n\tauthor TEXT NOT NULL, "
    "\n\tnotes TEXT NOT NULL, \n\tlineage_id VARCHAR(32) NOT NULL, "
    "\n\tPRIMARY KEY (id)\n)",
    "power": "CREATE TABLE power (\n\tid VARCHAR(32) NOT NULL, \n\tseq INTEGER NOT NULL, \n\tcode TEXT NOT NULL, "
    "\n\tname TEXT NOT NULL, \n\ttype TEXT NOT NULL, \n\tlegal_basis TEXT NOT NULL, "
    "\n\tsource_department TEXT NOT NULL, \n\tmode TEXT NOT NULL, \n\tbody_id VARCHAR(32), \n\tdeadline DATE, "
    "\n\tofficial_id VARCHAR(32), \n\tnote TEXT NOT NULL, \n\tparent_id VARCHAR(32), \n\tPRIMARY KEY (id), "
    "\n\tFOREIGN KEY(body_id) REFERENCES body (id) DEFERRABLE INITIALLY DEFERRED, "
    "\n\tFOREIGN KEY(official_id) REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED, "
    "\n\tFOREIGN KEY(parent_id) REFERENCES power (id) DEFERRABLE INITIALLY DEFERRED\n)",
    "unit": "CREATE TABLE unit (\n\tid VARCHAR(32) NOT NULL, \n\tpos INTEGER NOT NULL, \n\tname TEXT NOT NULL, "
    "\n\tkind TEXT NOT NULL, \n\thead_count INTEGER NOT NULL, \n\tbody_id VARCHAR(32), \n\tPRIMARY KEY (id), "
    "\n\tFOREIGN KEY(body_id) REFERENCES body (id) DEFERRABLE INITIALLY DEFERRED\n)",
}


def _columns(path: Path) -> dict[str, set[str]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: {r[1] for r in con.execute(f'PRAGMA table_info("{t}")')} for t in tables}
    finally:
        con.close()


def test_a_format_1_file_migrates_to_the_columns_a_new_file_has(tmp_path: Path) -> None:
    # A file exactly as format 1 wrote it (its DDL, pinned above, and one row
    # per table) opens: the registry's later fields are added as columns with
    # their defaults (in a copy), and the first save keeps the original beside it.
    old = tmp_path / "old.rdplan"
    con = sqlite3.connect(old)
    con.executescript(";\n".join(FORMAT_1_DDL[t] for t in ("plan", "body", "unit", "person", "power")))
    con.execute(
        "INSERT INTO plan VALUES (1, '旧方案', '桥头镇', '大通县', '县委编办', '2026-11-27', '', '', ?)", ("a" * 32,)
    )
    con.execute("INSERT INTO body VALUES ('b1', 0, '财政管理所', '事业单位', 5, 1, '镇政府\n便民大厅', NULL)")
    con.execute("INSERT INTO unit VALUES ('u1', 0, '财政所', '站所', 4, 'b1')")
    con.execute(
        "INSERT INTO person VALUES ('p1', 0, 'QT1', '祁国栋', '所长', 'section_chief', 'staff', 'u1', NULL, NULL)"
    )
    con.execute(
        "INSERT INTO power VALUES ('w1', 1, 'XK-1', '许可', '行政许可', '', '县财政局', '直接下放', 'b1', NULL, 'p1', '', NULL)"
    )
    con.execute("PRAGMA application_id=0x5244504C")
    con.execute("PRAGMA user_version=1")
    con.commit()
    con.close()

    original = old.read_bytes()
    plan = open_plan(old)

    assert old.read_bytes() == original, "read through a migrated copy: the file is not touched"
    assert not (tmp_path / "old.v1.bak.rdplan").exists()
    body = plan.bodies["b1"]
    assert body.sites == ["镇政府", "便民大厅"] and body.duties == [] and body.rank == "" and not body.posts_by_type
    person = plan.people["p1"]
    assert person.post_type is PostType.UNSET and person.gender == "" and person.unit_id == "u1"
    assert plan.units["u1"].authorized_posts == 0 and plan.powers["w1"].official_id == "p1"
    new = tmp_path / "new.rdplan"
    save_plan(plan, new)
    save_plan(plan, old)  # the first save over it keeps the format 1 file beside it
    assert (tmp_path / "old.v1.bak.rdplan").read_bytes() == original
    assert check_plan_file(old) == FORMAT_VERSION
    assert _columns(old) == _columns(new)
    assert open_plan(old) == plan


def test_counts_and_new_fields_round_trip(tmp_path: Path) -> None:
    plan = small_plan()
    body = next(iter(plan.bodies.values()))
    body.posts_by_type = PostCounts.of({PostType.INSTITUTION: 3, PostType.ADMINISTRATIVE: 2})
    body.duties = ["负责全镇财政预算", "管理村级财务"]
    body.rank = "正科级"
    person = next(iter(plan.people.values()))
    person.post_type = PostType.CIVIL_SERVICE_REFERENCE
    path = tmp_path / "a.rdplan"
    save_plan(plan, path)
    again = open_plan(path)
    assert again == plan
    assert str(again.bodies[body.id].posts_by_type) == "行政编制 2、事业编制 3"
