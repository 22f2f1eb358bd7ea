"""`reformdesk import` and a plan open in a window: refused, naming the holder; --save-as leaves it alone."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reformdesk.cli import main
from reformdesk.samples import datong_catalogue
from reformdesk.samples.datong_enforcement import build
from reformdesk.store.catalogue_file import open_catalogue, save_catalogue
from reformdesk.store.enforcement_file import open_enforcement, save_enforcement
from reformdesk.store.planfile import open_plan, save_plan
from tests.formats.import_helpers import HEADER, small_plan, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
#: Another process holding a file open as a window does: the same OS lock, until stdin closes.
_HOLDER = """
import sys
sys.path.insert(0, sys.argv[1])
from reformdesk.store.enforcement_file import acquire_enforcement
held = acquire_enforcement(sys.argv[2])
print(type(held).__name__, flush=True)
sys.stdin.read()
"""


def _held_by_another_process(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Yields the holder once it holds ``path``; resumed, it lets go and ends."""
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(ROOT), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ) as proc:
        assert proc.stdout is not None and proc.stdin is not None
        try:
            assert proc.stdout.readline().strip() == "PlanLock"
            yield proc
        finally:
            proc.stdin.close()
            proc.wait(timeout=30)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "list.xlsx", [HEADER, [1, "DT-ZF-901", "对违规倾倒垃圾的处罚", "行政处罚"]])


def _town(path: Path) -> None:
    save_plan(small_plan(), path)


def _county(path: Path) -> None:
    save_enforcement(build(), path)


def _catalogue(path: Path) -> None:
    save_catalogue(datong_catalogue.build(), path)


def _codes(path: Path) -> set[str]:
    if path.suffix == ".rdcatalog":
        return {i.code for i in open_catalogue(path).items.values()}
    if path.suffix == ".rdcounty":
        return {i.code for i in open_enforcement(path).items.values()}
    return {p.code for p in open_plan(path).powers.values()}


@pytest.mark.parametrize(
    ("name", "make"), [("plan.rdplan", _town), ("datong.rdcounty", _county), ("datong.rdcatalog", _catalogue)]
)
def test_a_plan_held_by_a_window_is_refused_and_save_as_leaves_it(
    tmp_path: Path, sheet: Path, capsys: pytest.CaptureFixture[str], name: str, make: object
) -> None:
    """A town plan, an enforcement plan and a catalogue alike: the window's file is never written under it."""
    plan = tmp_path / name
    make(plan)  # type: ignore[operator]
    before = plan.read_bytes()
    holder = _held_by_another_process(plan)
    proc = next(holder)
    assert main(["import", str(plan), str(sheet)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("reformdesk: ") and "\n" not in err
    assert f"进程 {proc.pid}" in err and "--save-as" in err and "未作修改" in err
    assert plan.read_bytes() == before, "the window's plan is untouched"
    copy = tmp_path / f"导入-{name}"
    assert main(["import", str(plan), str(sheet), "--save-as", str(copy)]) == 0
    assert f"已导入并保存：{copy}" in capsys.readouterr().out
    assert plan.read_bytes() == before and "DT-ZF-901" in _codes(copy)
    if name.endswith(".rdplan"):
        assert open_plan(copy).info.name.endswith("（导入list.xlsx）")  # an alternative, named so
    assert main(["import", str(plan), str(sheet), "--save-as", str(copy)]) == 2, "never overwrites"
    assert "已存在" in capsys.readouterr().err
    next(holder, None)
    assert main(["import", str(plan), str(sheet)]) == 0, "once the window closed the plan"
    assert "DT-ZF-901" in _codes(plan)
