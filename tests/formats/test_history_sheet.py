"""方案历史 as a workbook: written atomically, like every export (a full disk leaves no partial file)."""

from __future__ import annotations

import errno
import gc
import os
from pathlib import Path

import pytest

from reformdesk.formats.export import ExportError
from reformdesk.formats.history_sheet import write_history

REVISIONS = [
    {
        "revision": 2,
        "saved_at": "2026-12-01T09:30:00",
        "saved_by": "王芳",
        "db_user": "bianban",
        "note": "=调整机构",  # typed text that looks like a formula stays text
        "changes": [
            {
                "kind": "body",
                "action": "changed",
                "label": "公共服务中心",
                "field_label": "编制数",
                "before": 10,
                "after": 12,
            },
        ],
    },
    {
        "revision": 1,
        "saved_at": "2026-11-30T17:00:00",
        "saved_by": "王芳",
        "db_user": "bianban",
        "note": "",
        "changes": [],
    },
]


def test_history_workbook_has_its_rows(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "history.xlsx"
    write_history(REVISIONS, "桥头镇方案", out)
    ws = load_workbook(out).active
    assert ws["A1"].value == "桥头镇方案 方案历史"
    assert [c.value for c in ws[3]][:5] == [2, "2026-12-01 09:30:00", "王芳", "bianban", "=调整机构"]
    assert ws["E3"].data_type == "s"
    assert ws.max_row == 4  # title, header, one change, one save without changes
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left beside it


def test_a_full_disk_keeps_the_old_file_and_leaves_no_partial_one(tmp_path: Path, monkeypatch) -> None:
    from openpyxl.writer import excel

    out = tmp_path / "history.xlsx"
    out.write_bytes(b"the history exported last week")

    def full_disk(self) -> None:
        self._archive.writestr("xl/partial.xml", "x" * 1000)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(excel.ExcelWriter, "write_data", full_disk)
    with pytest.raises(ExportError, match=f"方案历史.*{os.strerror(errno.ENOSPC)}"):
        write_history(REVISIONS, "桥头镇方案", out)
    gc.collect()
    assert out.read_bytes() == b"the history exported last week"
    assert list(tmp_path.iterdir()) == [out]


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="文件夹不存在"):
        write_history(REVISIONS, "桥头镇方案", tmp_path / "gone" / "history.xlsx")
