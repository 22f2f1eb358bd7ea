"""The command line: info and validate on plan files, exit codes, JSON shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reformdesk.cli import main
from reformdesk.store.planfile import save_plan
from tests.store.test_planfile import small_plan


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "small.rdplan"
    save_plan(small_plan(), path)
    return path


def test_info_json(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(plan_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["bodies"] == 1
    assert data["units"] == {"total": 1, "placed": 1, "unplaced": 0}
    assert data["people"]["tiers_before"] == {"head": 1, "deputy_leader": 1, "section_chief": 0, "staff": 1}
    assert data["people"]["tiers_after"] == {"head": 1, "deputy_in_charge": 1, "staff": 1}
    assert data["powers"] == {
        "total": 2,
        "sub_items": 1,
        "assigned": 2,
        "complete": 2,
    }  # the sub-item takes over its main item's
    assert data["problems"] == {"error": 0, "warning": 0}


def test_info_text(plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(plan_path)]) == 0
    out = capsys.readouterr().out
    assert "职能机构 1" in out and "行政权力事项 2" in out


def test_validate_exit_codes(plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(plan_path)]) == 0
    assert "没有问题" in capsys.readouterr().out
    plan = small_plan()
    next(iter(plan.powers.values())).deadline = None  # main item and sub-item both lack it now
    open_items = tmp_path / "open.rdplan"
    save_plan(plan, open_items)
    assert main(["validate", str(open_items), "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert [p["code"] for p in problems] == ["power.no_deadline", "power.no_deadline"]
    assert set(problems[0]) == {"code", "severity", "message", "entity_kind", "entity_id"}


def test_python_m_entry_point(plan_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-m", "reformdesk", "info", str(plan_path), "--json"],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["bodies"] == 1


@pytest.mark.parametrize(
    "bad", [["--powers", "-3"], ["--powers", "3", "--people", "0"], ["--powers", "3", "--units", "0"]]
)
def test_generate_with_impossible_sizes_is_one_line(
    bad: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "g.rdplan"
    assert main(["generate", *bad, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reformdesk: ") and err.count("\n") == 1
    assert not out.exists()


def test_info_of_an_empty_plan_says_none_where_nothing_is_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reformdesk.domain.model import Plan

    path = tmp_path / "empty.rdplan"
    save_plan(Plan(), path)
    assert main(["info", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "  编制类型 无" in lines
    assert all(line.strip() for line in lines)  # no line is a bare label
    assert main(["info", str(path), "--json"]) == 0
    by_type = json.loads(capsys.readouterr().out)["people"]["by_post_type"]
    assert set(by_type.values()) == {0}  # the same fact: nobody holds any type
