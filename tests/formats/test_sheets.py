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
