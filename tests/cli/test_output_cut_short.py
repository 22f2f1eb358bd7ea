"""A closed pipe or a full disk under the output: never exit 0, never report success unsaved."""

from __future__ import annotations

import errno
import io
import sys
from pathlib import Path

import pytest

from reformdesk.cli import main
from reformdesk.store.planfile import open_plan, save_plan
from tests.formats.import_helpers import HEADER, small_plan, write_xlsx


class _Closed(io.StringIO):
    """stdout whose reader went away (``| head -1``) after ``keep`` writes."""

    def __init__(self, error: OSError, keep: int = 0, on_flush: bool = False) -> None:
        super().__init__()
        self.error, self.keep, self.on_flush = error, keep, on_flush

    def write(self, s: str) -> int:
        if not self.on_flush:
            if self.keep <= 0:
                raise self.error
            self.keep -= 1
        return super().write(s)

    def flush(self) -> None:
        if self.on_flush:
            raise self.error

    def fileno(self) -> int:
        raise io.UnsupportedOperation("no file")


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.rdplan"
    save_plan(small_plan(), path)  # it has problems: powers without bodies, deadlines …
    return path


def test_validate_cut_short_by_head_exits_1(plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", _Closed(BrokenPipeError(errno.EPIPE, "Broken pipe"), keep=1))
    assert main(["validate", str(plan_path)]) == 1


def test_info_cut_short_is_not_success(plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", _Closed(BrokenPipeError(errno.EPIPE, "Broken pipe"), keep=1))
    assert main(["info", str(plan_path)]) != 0


def test_full_disk_under_the_output_exits_2_with_one_line(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", _Closed(OSError(errno.ENOSPC, "No space left on device"), on_flush=True))
    assert main(["info", str(plan_path), "--json"]) == 2
    assert capsys.readouterr().err.strip() == "reformdesk: 无法写出输出：No space left on device"


def test_import_cut_short_still_saved_and_exit_not_0(
    tmp_path: Path, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = write_xlsx(tmp_path / "list.xlsx", [HEADER, [1, "630300", "新事项", "许可"]])
    monkeypatch.setattr(sys, "stdout", _Closed(BrokenPipeError(errno.EPIPE, "Broken pipe")))
    assert main(["import", str(plan_path), str(sheet)]) == 1
    # The preview is printed after the save: the import itself is done.
    assert "630300" in {p.code for p in open_plan(plan_path).powers.values()}


def test_info_json_counts_sub_items(tmp_path: Path, plan_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    sheet = write_xlsx(
        tmp_path / "list.xlsx", [HEADER, [1, "630300", "主项", "许可"], ["1.1", "630301", "子项", "许可"]]
    )
    assert main(["import", str(plan_path), str(sheet)]) == 0
    capsys.readouterr()
    assert main(["info", str(plan_path), "--json"]) == 0
    powers = json.loads(capsys.readouterr().out)["powers"]
    assert (powers["total"], powers["sub_items"]) == (4, 1)
