"""The command line on shared plans: every subcommand takes postgresql://…?plan=NAME; copy, history, server.

Also the issue's "done when", with two processes: both open one shared plan,
one saves, the other's save is refused; ``copy`` round-trips file → store →
file with ``diff`` finding no difference; the history lists both saves.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reformdesk.cli import main
from reformdesk.store.planfile import save_plan
from tests.conftest import ROOT
from tests.store.test_planfile import small_plan


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "small.rdplan"
    save_plan(small_plan(), path)
    return path


def test_copy_round_trip_and_every_subcommand(
    plan_path: Path, tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = f"{pg_url}?plan=桥头镇方案一"
    assert main(["copy", str(plan_path), shared]) == 0
    assert main(["copy", str(plan_path), shared]) == 2  # never overwritten silently
    assert "已存在" in capsys.readouterr().err
    back = tmp_path / "back.rdplan"
    assert main(["copy", shared, str(back)]) == 0
    capsys.readouterr()
    assert main(["diff", str(plan_path), str(back), "--json"]) == 0  # file → store → file: no difference
    assert json.loads(capsys.readouterr().out)["matching"] == "id"
    assert main(["diff", str(plan_path), shared]) == 0
    assert main(["validate", shared]) == 0
    assert main(["export", shared, "-o", str(tmp_path / "out.xlsx")]) == 0
    assert (tmp_path / "out.xlsx").stat().st_size > 0
    store_copy = f"{pg_url}?plan=副本"
    assert main(["copy", shared, store_copy]) == 0  # store → store
    assert main(["diff", shared, store_copy]) == 0
    assert main(["new", f"{pg_url}?plan=新方案", "--town", "柳溪镇"]) == 0
    assert main(["new", f"{pg_url}?plan=新方案"]) == 2
    capsys.readouterr()
    assert main(["server", "list", pg_url, "--json"]) == 0
    listed = {p["name"]: p for p in json.loads(capsys.readouterr().out)}
    assert set(listed) == {"桥头镇方案一", "副本", "新方案"} and listed["新方案"]["town"] == "柳溪镇"


def test_info_reads_a_shared_plan(plan_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    shared = f"{pg_url}?plan=a"
    assert main(["copy", str(plan_path), shared]) == 0
    capsys.readouterr()
    assert main(["info", shared, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["powers"]["total"] == 2
    assert main(["info", f"{pg_url}?plan=无此方案"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reformdesk: ") and err.count("\n") == 1


def test_history_export_and_restore(
    plan_path: Path, tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = f"{pg_url}?plan=b"
    assert main(["copy", str(plan_path), shared]) == 0
    from reformdesk.store.planfile import open_plan

    edited = open_plan(plan_path)
    next(iter(edited.powers.values())).note = "第二版"
    save_plan(edited, plan_path)
    assert main(["copy", str(plan_path), shared, "--replace"]) == 0
    capsys.readouterr()
    assert main(["history", shared, "--json", "-o", str(tmp_path / "history.xlsx")]) == 0
    history = json.loads(capsys.readouterr().out)
    assert [h["revision"] for h in history] == [2, 1]
    assert history[0]["changes"][0]["after"] == "第二版" and "复制自" in history[0]["note"]
    assert main(["history", shared]) == 0
    text = capsys.readouterr().out.splitlines()
    # The text output speaks Chinese, like the workbook: no kind or action codes.
    change = next(line for line in text if "第二版" in line).split()
    assert change[:2] == ["权力事项", "变更"] and "power" not in text[1] and "changed" not in text[1]
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "history.xlsx").active
    assert ws is not None and ws["A2"].value == "版本" and ws.max_row == 4
    restored = tmp_path / "restored.rdplan"
    assert main(["history", shared, "--restore", "1", "--as", str(restored)]) == 0
    capsys.readouterr()
    assert main(["diff", shared, str(restored), "--json"]) == 1  # matched by id: an alternative
    diff = json.loads(capsys.readouterr().out)
    assert diff["matching"] == "id"
    assert main(["history", str(plan_path)]) == 2


_CLIENT = """
import sys
from reformdesk.store.plan_store import PlanLocation, SaveConflict, store_for
loc = PlanLocation.parse(sys.argv[1])
store = store_for(loc)
opened = store.open(loc)
print("read-only" if opened.read_only else "editing", flush=True)
for line in sys.stdin:
    command = line.strip()
    if command == "acquire":
        lease = store.acquire(loc)
        print("editing" if hasattr(lease, "release") else "held", flush=True)
    elif command.startswith("save "):
        next(iter(opened.plan.powers.values())).note = command[5:]
        try:
            store.save(opened.plan, loc)
            print("saved", flush=True)
        except SaveConflict as exc:
            print(f"refused {exc.revision}", flush=True)
    elif command == "release":
        opened.lease.release()
        print("released", flush=True)
"""


def test_two_processes_one_saves_the_other_is_refused(plan_path: Path, tmp_path: Path, pg_url: str) -> None:
    shared = f"{pg_url}?plan=共享方案"
    assert main(["copy", str(plan_path), shared]) == 0
    env = os.environ | {"PYTHONPATH": str(ROOT)}

    def client() -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", _CLIENT, shared],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )

    def say(p: subprocess.Popen[str], line: str) -> str:
        assert p.stdin is not None and p.stdout is not None
        p.stdin.write(line + "\n")
        p.stdin.flush()
        return p.stdout.readline().strip()

    one = client()
    two = None
    try:
        assert one.stdout is not None and one.stdout.readline().strip() == "editing"
        two = client()
        assert two.stdout is not None and two.stdout.readline().strip() == "read-only"
        assert say(two, "acquire") == "held"
        assert say(one, "save 一号") == "saved"
        assert say(one, "release") == "released"
        assert say(two, "acquire") == "editing"
        assert say(two, "save 二号") == "refused 2"  # their save came first: nothing overwritten
    finally:
        for p in (one, two):
            if p is not None:
                if p.stdin is not None:
                    p.stdin.close()
                p.wait(timeout=60)
                if p.stdout is not None:
                    p.stdout.close()
    back = tmp_path / "back.rdplan"
    assert main(["copy", shared, str(back)]) == 0
    from reformdesk.store.planfile import open_plan

    assert next(iter(open_plan(back).powers.values())).note == "一号"
    out = subprocess.run(
        [sys.executable, "-m", "reformdesk", "history", shared, "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    assert [h["revision"] for h in json.loads(out)] == [2, 1]


def test_server_upgrade_brings_a_layout1_store_to_shared_rows(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from reformdesk.store.schema import FORMAT_VERSION
    from tests.store.test_shared_rows import _write_layout1

    v = FORMAT_VERSION
    plan = small_plan()
    _write_layout1(pg_url, [plan])
    capsys.readouterr()
    assert main(["server", "upgrade", pg_url]) == 0
    assert f"格式第{v}版 → 第{v}版，表结构第1版 → 第3版" in capsys.readouterr().out
    assert main(["diff", f"{pg_url}?plan=桥头镇", f"{pg_url}?plan=柳溪镇"]) == 0
    assert main(["server", "upgrade", pg_url]) == 0  # nothing left to do
    assert capsys.readouterr().out.rstrip().endswith(f"格式第{v}版 → 第{v}版")


def test_server_list_reads_and_never_creates_the_store(
    plan_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["server", "list", pg_url]) == 0
    assert "尚未建立" in capsys.readouterr().out
    assert main(["server", "list", pg_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    # Still empty: the upgrade that follows creates the whole schema (from nothing, not 第3版 → 第3版).
    assert main(["server", "upgrade", pg_url]) == 0
    assert "格式第0版 → " in capsys.readouterr().out
    assert main(["server", "list", pg_url]) == 0
    assert "还没有方案" in capsys.readouterr().out
    assert main(["copy", str(plan_path), f"{pg_url}?plan=桥头镇"]) == 0
    capsys.readouterr()
    assert main(["server", "list", pg_url]) == 0
    assert capsys.readouterr().out.startswith("桥头镇\t")


def test_history_note_records_the_absolute_path(
    plan_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A path typed relative ("../small.rdplan") is recorded resolved: the note is read later, elsewhere."""
    (plan_path.parent / "sub").mkdir()
    monkeypatch.chdir(plan_path.parent / "sub")
    shared = f"{pg_url}?plan=c"
    assert main(["copy", os.path.join("..", plan_path.name), shared]) == 0
    capsys.readouterr()
    assert main(["history", shared, "--json"]) == 0
    (revision,) = json.loads(capsys.readouterr().out)
    assert revision["note"] == f"复制自 {plan_path.resolve()}"
