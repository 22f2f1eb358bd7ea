"""The small interfaces of the formats layer: what reads a sheet, what writes a workbook.

* A :class:`SheetReader` turns a spreadsheet file into :class:`Table` values
  (one per visible, non-empty worksheet).  The one public reader is
  :func:`reformdesk.formats.import_guard.read_tables`: it checks the file
  first and only then hands it to the calamine reader behind it
  (``formats/_calamine.py``, private; an import-linter contract keeps it so).
* A :class:`WorkbookWriter` writes one kind of workbook atomically to a path,
  raising :class:`~reformdesk.formats.export.ExportError`:
  :class:`HandoverWorkbook` (``formats/export.py``) and
  :class:`ComparisonWorkbook` (``formats/comparison_export.py``).  openpyxl is
  imported only when one writes.

Pure Python; no Qt and no store.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # annotations only: the sandboxed sheet reader starts without the domain
    from reformdesk.domain.comparison import Comparison
    from reformdesk.domain.model import Plan

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

    def write(self, path: str | os.PathLike[str]) -> None: ...


@dataclass(frozen=True, slots=True)
class HandoverWorkbook:
    """The handover workbook of a plan (方案概况 … 县级权限承接方案, 交接清单, 问题清单)."""

    plan: Plan
    progress: Callable[[int, int], bool] | None = None

    def write(self, path: str | os.PathLike[str]) -> None:
        from reformdesk.formats.export import export_workbook  # openpyxl only when writing

        export_workbook(self.plan, path, progress=self.progress)


@dataclass(frozen=True, slots=True)
class ComparisonWorkbook:
    """The comparison workbook of two plans (关键数据, 差异明细)."""

    comparison: Comparison
    a: Plan
    b: Plan

    def write(self, path: str | os.PathLike[str]) -> None:
        from reformdesk.formats.comparison_export import export_comparison  # openpyxl only when writing

        export_comparison(self.comparison, self.a, self.b, path)


__all__ = [
    "Cell",
    "ComparisonWorkbook",
    "HandoverWorkbook",
    "MergedRange",
    "SheetReader",
    "Table",
    "WorkbookWriter",
]
