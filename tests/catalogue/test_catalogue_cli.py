"""The command line on catalogues: info, validate, new, import, conform."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reformdesk.cli import main
from reformdesk.samples.datong_catalogue import SAMPLE_FILE
from reformdesk.samples.qinghai_reference import SAMPLE_FILE as REFERENCE_FILE
from reformdesk.store.catalogue_file import open_catalogue
from tests.catalogue.test_catalogue_import import department_workbook
from tests.conftest import PLAN_ONE, SAMPLES

CATALOGUE = SAMPLES / SAMPLE_FILE
REFERENCE = SAMPLES / REFERENCE_FILE


def test_info_and_validate(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(CATALOGUE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "catalogue" and data["subjects"] == 51 and data["items"] == 346
    assert data["subjects_by_kind"] == {"乡镇": 20, "部门": 31}
    assert main(["info", str(CATALOGUE)]) == 0
    assert "实施主体 51" in capsys.readouterr().out
    assert main(["validate", str(CATALOGUE), "--json"]) == 1  # four bases without a clause: warnings
    assert {p["code"] for p in json.loads(capsys.readouterr().out)["problems"]} == {"item.no_clause"}


def test_new_catalogue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.rdcatalog"
    assert main(["new", str(path), "--county", "大通县", "--date", "2026-12-01"]) == 0
    cat = open_catalogue(path)
    assert (cat.info.county, cat.info.year, cat.info.title) == ("大通县", 2026, "大通县权力清单和责任清单（2026年版）")
    assert main(["new", str(path)]) == 2
    assert "已存在" in capsys.readouterr().err


def test_import_saves_or_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.rdcatalog"
    assert main(["new", str(path), "--county", "大通县"]) == 0
    sheet = department_workbook(tmp_path / "list.xlsx")
    before = path.read_bytes()
    assert main(["import", str(path), str(sheet)]) == 1  # one unreadable row: nothing changed
    assert "无法读取" in capsys.readouterr().out and path.read_bytes() == before
    assert main(["import", str(path), str(sheet), "--skip-bad-rows"]) == 0
    assert "已导入并保存" in capsys.readouterr().out
    cat = open_catalogue(path)
    assert len(cat.items) == 5 and len(cat.subjects) == 2  # a main item with two sub-items, two more items
    assert main(["import", str(path), str(sheet), "--skip-bad-rows"]) == 0
    assert "新增 0 项，更新 0 项" in capsys.readouterr().out  # the same list again changes nothing
    assert len(open_catalogue(path).items) == 5
    assert main(["import", str(path), str(tmp_path / "missing.xlsx")]) == 2


def test_conform_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conform", str(CATALOGUE), str(CATALOGUE)]) == 0
    assert "不一致 0" in capsys.readouterr().out
    assert main(["conform", str(CATALOGUE), str(REFERENCE), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["conforms"] is False and len(data["differing"]) == 9
    assert len(data["county_only"]) == 3 and len(data["missing"]) == 3
    first = data["differing"][0]
    assert set(first) == {"code", "name", "type", "subject", "matched_by", "reference_code", "fields"}
    assert set(first["fields"][0]) == {"field", "label", "county", "reference"}
    # a spreadsheet against a catalogue works the other way round too
    assert main(["conform", str(REFERENCE), str(CATALOGUE)]) == 1
    capsys.readouterr()


def test_conform_unreadable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conform", str(tmp_path / "none.xlsx"), str(REFERENCE)]) == 2
    assert capsys.readouterr().err.startswith("reformdesk: ")
    assert main(["conform", str(PLAN_ONE), str(REFERENCE)]) == 2
    assert "改革方案" in capsys.readouterr().err
