"""A full disk during the export: one clear error, no file, and no "Exception ignored" noise later.

openpyxl's own save opens the zip archive and never closes it when a write fails;
the archive's __del__ then tried to write the central directory again and printed
"Exception ignored in: <function ZipFile.__del__>" (pytest turns that into an
unraisable-exception warning, which this suite treats as an error).
"""

from __future__ import annotations

import errno
import gc
import os
from pathlib import Path

import pytest

from reformdesk.formats.export import ExportError, export_workbook
from tests.formats.test_export import _clean_plan


def test_a_full_disk_while_zipping_is_one_error_and_leaves_nothing(tmp_path: Path, monkeypatch) -> None:
    from openpyxl.writer import excel

    class FullDisk:
        """The archive's file once the disk is full: every later write fails too."""

        def __init__(self, fp) -> None:
            self._fp = fp

        def write(self, data) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name):
            return getattr(self._fp, name)

    def full_disk(self) -> None:
        self._archive.writestr("xl/partial.xml", "x" * 1000)
        self._archive.fp = FullDisk(self._archive.fp)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(excel.ExcelWriter, "write_data", full_disk)
    out = tmp_path / "out.xlsx"
    with pytest.raises(ExportError, match=os.strerror(errno.ENOSPC)):
        export_workbook(_clean_plan(powers=4), out)
    gc.collect()  # the archive of the failed save must have nothing left to write
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
