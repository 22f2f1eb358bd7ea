"""Catalogue files (.rdcatalog, application id RDCT): round trip, kind, safety."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from reformdesk.samples.datong_catalogue import SAMPLE_FILE, build
from reformdesk.store.catalogue_file import (
    APPLICATION_ID,
    PlanFileError,
    is_catalogue_file,
    open_catalogue,
    save_catalogue,
)
from reformdesk.store.document_file import file_kind
from reformdesk.store.enforcement_file import open_enforcement
from tests.conftest import PLAN_ONE, SAMPLES


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "datong.rdcatalog"
    save_catalogue(build(), p)
    return p


def test_round_trip_and_kind(path: Path) -> None:
    assert open_catalogue(path) == build()
    assert file_kind(path) == "catalogue" and is_catalogue_file(path)
    assert file_kind(PLAN_ONE) == "plan" and file_kind(SAMPLES / "datong_enforcement.rdcounty") == "enforcement"
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == int.from_bytes(b"RDCT", "big")
    con.close()


def test_other_kinds_are_refused_both_ways(path: Path) -> None:
    with pytest.raises(PlanFileError, match="不是权责清单"):
        open_catalogue(PLAN_ONE)
    with pytest.raises(PlanFileError, match="不是执法体系方案"):
        open_enforcement(path)


def test_tampering_is_found(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE catalogue_item SET name = '改动' WHERE pos = 0")
    con.commit()
    con.close()
    with pytest.raises(PlanFileError, match="校验和"):
        open_catalogue(path)


def test_newer_format_is_refused(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version=99")
    con.commit()
    con.close()
    with pytest.raises(PlanFileError, match="更新版本"):
        open_catalogue(path)


def test_save_never_overwrites_another_kind_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "x.rdcatalog"
    target.write_bytes(PLAN_ONE.read_bytes())
    with pytest.raises(PlanFileError, match="其他文件"):
        save_catalogue(build(), target)
    assert target.read_bytes() == PLAN_ONE.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.rdcatalog"]
    with pytest.raises(PlanFileError, match="文件夹不存在"):
        save_catalogue(build(), tmp_path / "missing" / "x.rdcatalog")


def test_save_replaces_an_older_catalogue(path: Path) -> None:
    cat = build()
    first = next(iter(cat.items.values()))
    first.name = "改名后的事项"
    first.responsibility_steps = ["受理", "审查"]
    save_catalogue(cat, path)
    again = open_catalogue(path)
    assert again.items[first.id].name == "改名后的事项" and again.items[first.id].responsibility_steps == [
        "受理",
        "审查",
    ]


def test_missing_file_message() -> None:
    with pytest.raises(PlanFileError, match="找不到"):
        open_catalogue("/nonexistent/x.rdcatalog")


def test_shipped_sample_is_current() -> None:
    assert open_catalogue(SAMPLES / SAMPLE_FILE) == build()


def test_a_town_plan_command_names_the_catalogue(path: Path) -> None:
    from reformdesk.store.planfile import open_plan

    with pytest.raises(PlanFileError, match=re.escape("是县级权责清单（.rdcatalog），不是改革方案文件")):
        open_plan(path)
