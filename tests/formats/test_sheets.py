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


def test_split_text_cuts_after_a_clause_within_the_lines_asked() -> None:
    from reformdesk.formats.style import _lines_in, split_text

    text = "本方案依据县委、县政府关于经济发达镇行政管理体制改革的部署制定，" * 6
    head, rest = split_text(text, room=24, lines=3)  # 12 characters a line: the clause ends on the third
    assert head + rest == text and head.endswith("，") and _lines_in(head, 24) <= 3
    head, rest = split_text(text, room=20, lines=3)  # no mark in the third line's second half: at its end
    assert head + rest == text and len(head) == 30
    assert split_text("短文本", room=20, lines=3) == ("短文本", "")
    head, rest = split_text("第一段\n第二段\n第三段", room=20, lines=2)
    assert (head, rest) == ("第一段\n第二段", "第三段")


def test_a_long_text_row_goes_on_over_the_page_with_its_label_marked(tmp_path) -> None:
    from openpyxl import load_workbook

    from reformdesk.formats.export import write_tables
    from reformdesk.formats.style import Column, TableSheet

    long = "依据公开报道，桥头镇设置公共服务中心等六个职能机构，承接县级部门下放的行政权力事项。" * 30
    rows = [("基本信息", f"项目{i}", "内容") for i in range(12)] + [("基本信息", "说明", long)]
    for split in (False, True):
        out = tmp_path / f"split_{split}.xlsx"
        table = TableSheet(
            "概况", "概况", (Column("类别"), Column("项目"), Column("内容", min_width=24)), rows, split_long_rows=split
        )
        write_tables([table], out, office="县委编办", date=None)
        ws = load_workbook(out).active
        values = [[c.value for c in r] for r in ws.iter_rows(min_row=4)]
        breaks = [b.id for b in ws.row_breaks.brk]
        if not split:  # the whole row starts the next page: 12 short rows alone on the first
            assert values[-1][2] == long and breaks == [3 + 12]
            continue
        texts = [v[2] for v in values if v[1] and v[1].startswith("说明")]
        assert "".join(texts) == long and len(texts) >= 2
        assert [v[1] for v in values if v[1] and v[1].startswith("说明")][1:] == ["说明（续）"] * (len(texts) - 1)
        assert breaks and breaks[0] == 3 + 12 + 1  # the first part fills the first page
        assert ws.oddFooter.center.text == f"第 &P 页 共 {len(breaks) + 1} 页"


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
