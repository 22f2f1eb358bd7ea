"""The formats layer's front door: read_tables checks a file before the calamine reader sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformdesk.formats.import_guard import SheetReadError, read_tables
from reformdesk.formats.sheets import Table
from tests.formats.import_helpers import HEADER, write_xlsx


def test_read_tables_gives_the_visible_sheets_preferred_first(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [HEADER, ["1", "XK-1", "食品经营许可"]])
    tables = list(read_tables(path))
    assert len(tables) == 1 and isinstance(tables[0], Table)
    assert tables[0].rows[0][: len(HEADER)] == list(HEADER) and tables[0].top == 0


def test_the_guard_decides_before_any_table_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """calamine reads in a sandboxed child while the guard checks; a refusal stops the child."""
    from reformdesk.formats import sandbox

    started: list[sandbox.SandboxedRead] = []
    real_start = sandbox.start

    def start(path: Path, first: str | None) -> sandbox.SandboxedRead:
        started.append(real_start(path, first))
        return started[-1]

    monkeypatch.setattr(sandbox, "start", start)
    fake = tmp_path / "list.xlsx"
    fake.write_text("not a spreadsheet", encoding="utf-8")
    with pytest.raises(SheetReadError, match="不是表格文件"):
        read_tables(fake)  # refused eagerly by the guard
    assert len(started) == 1 and started[0].proc.poll() is not None  # the child is gone
    good = write_xlsx(tmp_path / "good.xlsx", [HEADER])
    tables = list(read_tables(good, first="县级权限承接方案"))
    assert [t.rows[0][: len(HEADER)] for t in tables] == [list(HEADER)]
    assert started[1].proc.poll() is not None


def test_the_reader_child_imports_nothing_of_reformdesk() -> None:
    """It starts as a bare interpreter (-I -S, the script by path): a cold start is Python's own."""
    import ast

    from reformdesk.formats import _calamine, sandbox

    tree = ast.parse(Path(_calamine.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")])
    }
    assert imported <= {"__future__", "gc", "os", "sys", "_pickle", "pickle", "python_calamine", "resource"}
    child = sandbox._Child()
    try:
        assert child.proc.args[1:4] == ["-I", "-S", sandbox._CHILD]  # type: ignore[index]
    finally:
        child.close()


def test_the_window_keeps_a_reader_standing_by(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from reformdesk.formats import sandbox

    monkeypatch.setattr(sandbox, "REFILL_DELAY", 0.01)
    path = write_xlsx(tmp_path / "list.xlsx", [HEADER, ["1", "XK-1", "食品经营许可"]])
    sandbox.keep_warm()
    try:
        list(read_tables(path))
        deadline = time.monotonic() + 10
        while sandbox._standby is None and time.monotonic() < deadline:
            time.sleep(0.01)
        standby = sandbox._standby
        assert standby is not None, "refilled after the read"
        reader = sandbox.start(path, None)
        assert reader.proc is standby.proc and sandbox._standby is None  # taken, not started anew
        reader.stop()
    finally:
        sandbox.keep_warm(False)
    assert sandbox._standby is None


def test_the_collector_is_paused_while_an_import_makes_its_objects_and_resumed(tmp_path: Path) -> None:
    import gc

    from reformdesk.formats.sheets import bulk_objects

    seen: list[bool] = []

    @bulk_objects
    def work(fail: bool) -> None:
        seen.append(gc.isenabled())
        if fail:
            raise ValueError

    assert gc.isenabled()
    work(False)
    with pytest.raises(ValueError):
        work(True)
    assert seen == [False, False] and gc.isenabled()
    gc.disable()
    try:
        work(False)
        assert not gc.isenabled(), "left as it was"
    finally:
        gc.enable()
