"""A full disk during the export: one clear error, no file, and no "Exception ignored" noise later.

openpyxl's own save opened the zip archive and never closed it when a write failed;
the archive's __del__ then tried to write the central directory again and printed
"Exception ignored in: <function ZipFile.__del__>" (pytest turns that into an
unraisable-exception warning, which this suite treats as an error).  The streamed
writer (formats/_xlsx_stream.py) must let go of its part stream, archive and file
whatever fails, wherever the disk fills up: in a sheet's rows or in the last parts.
"""

from __future__ import annotations

import errno
import gc
import io
import os
from pathlib import Path

import pytest

from reformdesk.formats import _xlsx_stream
from reformdesk.formats.export import ExportError, export_workbook
from tests.formats.test_export import _clean_plan


class FullDisk(io.FileIO):
    """A file on a disk that fills up after ``room`` bytes: every later write fails too."""

    room = 0

    def write(self, data) -> int:
        if self.tell() + len(data) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write(data)


#: Where the disk fills up: bytes from the start of the file, or (negative) short of its end.
ROOMS = {"first-sheet": 600, "later-sheet": 6_000, "last-parts": -700, "directory": -100}


@pytest.mark.parametrize("where", list(ROOMS))
def test_a_full_disk_is_one_error_and_leaves_nothing(tmp_path: Path, monkeypatch, where: str) -> None:
    plan = _clean_plan(powers=400)
    out = tmp_path / "out.xlsx"
    export_workbook(plan, out)
    size = out.stat().st_size
    out.unlink()
    room = ROOMS[where] if ROOMS[where] > 0 else size + ROOMS[where]

    def full_disk(path, mode="rb", *args, **kwargs):
        assert mode == "wb"
        f = FullDisk(path, "w")
        f.room = room
        return f

    monkeypatch.setattr(_xlsx_stream, "open", full_disk, raising=False)
    with pytest.raises(ExportError, match=os.strerror(errno.ENOSPC)):
        export_workbook(plan, out)
    gc.collect()  # nothing of the failed export may be left to write (or to warn about)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
