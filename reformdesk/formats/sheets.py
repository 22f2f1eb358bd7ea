"""The small interfaces of the formats layer: what reads a sheet, what writes a workbook.

* A :class:`SheetReader` turns a spreadsheet file into :class:`Table` values
  (one per visible, non-empty worksheet).  The one public reader is
  :func:`reformdesk.formats.import_guard.read_tables`: it checks the file
  first and only then hands it to the calamine reader behind it
  (``formats/_calamine.py``, private; an import-linter contract keeps it so).
* A :class:`WorkbookWriter` writes one kind of workbook atomically to a path
  (:func:`reformdesk.formats.export.export_workbook`, the handover workbook;
  :func:`reformdesk.formats.comparison_export.export_comparison`, the
  comparison), raising :class:`~reformdesk.formats.export.ExportError`.

Pure Python; no Qt and no store.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

#: One cell value as a reader gives it.
Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
#: A merged range: ((first row, first column), (last row, last column)), 0-based, sheet coordinates.
MergedRange = tuple[tuple[int, int], tuple[int, int]]


@dataclass(slots=True)
class Table:
    """One worksheet's values: ``rows[i][j]`` is the cell at sheet row ``top + i``, column ``left + j``."""

    name: str
    rows: list[list[Cell]]
    top: int = 0
    left: int = 0
    merged: Sequence[MergedRange] = field(default_factory=list)


class SheetReader(Protocol):
    """Reads the tables of a spreadsheet file; raises SheetReadError (one sentence) when it cannot."""

    def __call__(self, path: str | os.PathLike[str], *, first: str | None = None) -> Iterator[Table]:
        """The visible, non-empty worksheets, lazily, the one named ``first`` first."""
        ...


class WorkbookWriter(Protocol):
    """Writes one workbook to ``path`` (beside it first, then renamed); raises ExportError."""

    def __call__(self, *args: object, **kwargs: object) -> None: ...


__all__ = ["Cell", "MergedRange", "Path", "SheetReader", "Table", "WorkbookWriter"]
