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
* :class:`PlanDocument` writes the plan document (实施方案, .docx per GB/T 9704,
  ``formats/plan_document.py``) behind the same ``write(path)``; python-docx is
  imported only when it writes.  :func:`writer_for` picks the writer by suffix.

Pure Python; no Qt and no store.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from reformdesk.domain import collector

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


_F = TypeVar("_F", bound=Callable[..., Any])


def bulk_objects(function: _F) -> _F:
    """Run ``function`` with Python's cyclic garbage collector paused (and resumed as it was).

    Reading and importing a 10,000-row list makes some 200,000 objects (rows, cells,
    items, change sets), none in a reference cycle; the collector kept scanning them as
    they were made: about a tenth of the import's CPU time, measured.
    """

    @functools.wraps(function)
    def paused(*args: Any, **kwargs: Any) -> Any:
        with collector.paused():
            return function(*args, **kwargs)

    return paused  # type: ignore[return-value]


class TableList(list[Table]):
    """Tables already read from a workbook, with the names of its hidden worksheets (not read:
    the preview lists them, so a sheet hidden by mistake is not lost without a word)."""

    def __init__(self, tables: Iterable[Table] = (), hidden: Iterable[str] = ()) -> None:
        super().__init__(tables)
        self.hidden = list(hidden)


def hidden_sheets(tables: object) -> list[str]:
    """The hidden worksheets of what :func:`~reformdesk.formats.import_guard.read_tables` gave
    (a stream, once read) or of a :class:`TableList`; [] for anything else."""
    return list(getattr(tables, "hidden", ()))


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


@dataclass(frozen=True, slots=True)
class PlanDocument:
    """The plan document (实施方案 with its annexes) as a .docx in the national document format."""

    plan: Plan
    #: 方正小标宋简体; any other font (宋体 where it is missing) is set bold.
    title_font: str | None = None
    #: (done, total) as the document is built; False stops it (ExportCancelled, no file written).
    progress: Callable[[int, int], bool] | None = None

    def write(self, path: str | os.PathLike[str]) -> None:
        from reformdesk.formats.plan_document import TITLE_FONT, write_plan_document  # python-docx only here

        write_plan_document(self.plan, path, title_font=self.title_font or TITLE_FONT, progress=self.progress)


#: Output suffix → what ``reformdesk export`` writes.
EXPORT_SUFFIXES = (".xlsx", ".docx")


def writer_for(plan: Plan, path: str | os.PathLike[str]) -> WorkbookWriter:
    """The writer of ``plan`` chosen by ``path``'s suffix: .xlsx the handover workbook, .docx the document."""
    suffix = os.fspath(path).lower().rpartition(".")[2]
    if suffix == "docx":
        return PlanDocument(plan)
    if suffix == "xlsx":
        return HandoverWorkbook(plan)
    raise ValueError(f"不支持的导出格式：.{suffix}（可用 .xlsx 或 .docx）")


__all__ = [
    "EXPORT_SUFFIXES",
    "Cell",
    "ComparisonWorkbook",
    "HandoverWorkbook",
    "MergedRange",
    "PlanDocument",
    "SheetReader",
    "Table",
    "WorkbookWriter",
    "writer_for",
]
