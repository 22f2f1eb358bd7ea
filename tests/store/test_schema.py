"""The store's tables are read from the registry, and their DDL is format 1's."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from reformdesk.domain.registry import ENTITY_KINDS, KINDS, EntityKind, ValueType
from reformdesk.store.planfile import save_plan
from reformdesk.store.schema import POSITION, TABLE, TABLES, order_column
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
    "\n\tnotes TEXT NOT NULL, \n\tlineage_id VARCHAR(32) NOT NULL, \n\tPRIMARY KEY (id)\n)",
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


def test_a_saved_file_has_format_1_ddl(tmp_path: Path) -> None:
    # Files written before the schema was read from the registry had exactly this DDL.
    path = tmp_path / "a.rdplan"
    save_plan(small_plan(), path)
    con = sqlite3.connect(path)
    try:
        ddl = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall())
    finally:
        con.close()
    # Plus the table of facts about the file (the content checksum), which format 1 readers ignore.
    assert ddl.pop("meta") == "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
    assert ddl == FORMAT_1_DDL
