"""Enforcement plan files (.rdcounty, application id RDEN) and the command line on them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reformdesk.cli import main
from reformdesk.samples.datong_enforcement import SAMPLE_FILE, build
from reformdesk.store.enforcement_file import (
    APPLICATION_ID,
    PlanFileError,
    file_kind,
    is_enforcement_file,
    open_enforcement,
    save_enforcement,
)
from tests.conftest import PLAN_ONE, SAMPLES


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "datong.rdcounty"
    save_enforcement(build(), p)
    return p


def test_round_trip_and_kind(path: Path) -> None:
    assert open_enforcement(path) == build()
    assert file_kind(path) == "enforcement" and file_kind(PLAN_ONE) == "plan"
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


def test_town_plan_is_refused_and_tampering_found(path: Path) -> None:
    with pytest.raises(PlanFileError, match="不是执法体系方案"):
        open_enforcement(PLAN_ONE)
    con = sqlite3.connect(path)
    con.execute("UPDATE zone SET name = '改动' WHERE pos = 0")
    con.commit()
    con.close()
    with pytest.raises(PlanFileError, match="校验和"):
        open_enforcement(path)


def test_save_never_overwrites_a_town_plan(tmp_path: Path) -> None:
    target = tmp_path / "x.rdcounty"
    target.write_bytes(PLAN_ONE.read_bytes())
    with pytest.raises(PlanFileError):
        save_enforcement(build(), target)
    assert target.read_bytes() == PLAN_ONE.read_bytes()


def test_shipped_sample_is_current() -> None:
    assert open_enforcement(SAMPLES / SAMPLE_FILE) == build()


def test_info_json_counts(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {k: data[k] for k in ("townships", "zones", "stations")} == {"townships": 20, "zones": 7, "stations": 311}
    assert data["officers"] == 28 and data["items"] == 14 and data["kind"] == "enforcement"
    assert main(["info", str(path)]) == 0
    assert "执法服务站 311" in capsys.readouterr().out


def test_validate_exit_codes(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(path)]) == 0
    plan = build()
    next(iter(plan.villages.values())).station = ""
    bad = tmp_path / "bad.rdcounty"
    save_enforcement(plan, bad)
    capsys.readouterr()
    assert main(["validate", str(bad), "--json"]) == 1
    assert [p["code"] for p in json.loads(capsys.readouterr().out)["problems"]] == ["village.no_station"]
    assert main(["diff", str(path), str(bad)]) == 1
    assert "执法服务站" in capsys.readouterr().out


def test_new_by_suffix_writes_an_empty_enforcement_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `new 西川县.rdcounty` wrote a town plan (RDPL) under the enforcement plan's suffix: a clerk
    # of another county had no way to start a 1+7+311 plan of their own.
    target = tmp_path / "西川县.rdcounty"
    assert main(["new", str(target), "--county", "西川县", "--office", "西川县委编办", "--date", "2026-12-01"]) == 0
    assert is_enforcement_file(target)
    plan = open_enforcement(target)
    assert (plan.info.name, plan.info.county, plan.info.office) == (
        "西川县乡镇综合行政执法改革方案",
        "西川县",
        "西川县委编办",
    )
    assert not plan.townships and not plan.zones and plan.info.date is not None
    assert "已新建执法体系方案" in capsys.readouterr().out
    assert main(["new", str(target)]) == 2  # never overwritten
    capsys.readouterr()
    assert main(["info", str(target), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["kind"], info["county"], info["townships"]) == ("enforcement", "西川县", 0)
