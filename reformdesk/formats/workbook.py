"""Which sheets of a workbook are what: one rule for the window and the command line.

Towns and counties send one workbook holding several lists: a power list with a
花名册 (a unit sheet and a people sheet), a 进驻事项清单 beside the powers.  Each
sheet is recognised from its header, in this order:

1. a service-item list (事项名称 with two of its own columns: 办理类型, 承诺时限,
   年办件量, 窗口 …), whose 事项名称 would also pass for a power list's;
2. a roster's people or unit sheet, or a power list: the header naming the most
   columns wins (a unit sheet headed 序号 | 名称 | 类别 | 核定编制 is no power list),
   on a tie the roster's kinds (:func:`reformdesk.formats.roster.sheet_kind`).

The power-list reader reads every sheet that is neither (a sheet without any
header is then listed as skipped, with what was expected).  The file is read
once (:func:`read_workbook`) and its tables handed to each reader.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from reformdesk.formats.import_guard import read_tables
from reformdesk.formats.sheets import Table, TableList, bulk_objects, hidden_sheets


class SheetUse(StrEnum):
    """What a sheet of a workbook is."""

    POWERS = "powers"  # a power list (formats/importer.py)
    PEOPLE = "people"  # a roster's people sheet (formats/roster.py)
    UNITS = "units"  # a roster's unit sheet
    SERVICE_ITEMS = "service_items"  # a service-item list (formats/service_items.py)

    @property
    def label(self) -> str:
        """The Chinese name the preview and the command line use."""
        return _LABELS[self]


_LABELS = {
    SheetUse.POWERS: "权力清单",
    SheetUse.PEOPLE: "花名册（人员）",
    SheetUse.UNITS: "花名册（机构）",
    SheetUse.SERVICE_ITEMS: "审批服务事项清单",
}
_ROSTER = frozenset({SheetUse.PEOPLE, SheetUse.UNITS})
#: Why the window's power import passes over a sheet of another use (where it imports instead).
ELSEWHERE = {
    SheetUse.PEOPLE: "花名册的人员表，请用“导入花名册”导入",
    SheetUse.UNITS: "花名册的机构表，请用“导入花名册”导入",
    SheetUse.SERVICE_ITEMS: "审批服务事项清单，请用“导入审批服务事项”导入",
}


@dataclass(slots=True)
class Workbook:
    """A workbook's tables, read once, and what each sheet is (None: no header recognised)."""

    path: Path
    tables: TableList  # its hidden sheets named (not read)
    uses: dict[str, SheetUse | None] = field(default_factory=dict)

    def sheets(self, *uses: SheetUse) -> list[str]:
        """The names of the sheets of these uses, in workbook order."""
        return [name for name, use in self.uses.items() if use in uses]

    @property
    def power_sheets(self) -> set[str]:
        """The sheets the power-list reader reads: every sheet that is no roster and no service-item list."""
        return {name for name, use in self.uses.items() if use not in _ROSTER and use is not SheetUse.SERVICE_ITEMS}

    @property
    def has_powers(self) -> bool:
        return SheetUse.POWERS in self.uses.values()

    @property
    def has_roster(self) -> bool:
        return any(use in _ROSTER for use in self.uses.values())

    @property
    def has_service_items(self) -> bool:
        return SheetUse.SERVICE_ITEMS in self.uses.values()

    def elsewhere(self) -> dict[str, str]:
        """Sheet → why the power import leaves it to another import (the window's preview says so)."""
        return {name: ELSEWHERE[use] for name, use in self.uses.items() if use in ELSEWHERE}

    def recognised(self) -> list[str]:
        """One phrase per recognised sheet: 工作表“人员”是花名册（人员）."""
        return [f"工作表“{name}”是{use.label}" for name, use in self.uses.items() if use is not None]

    def recognised_brief(self) -> list[str]:
        """One phrase per kind of sheet, for a workbook of many (a county's 320 department sheets):
        300 个工作表是权力清单（“县市场监管局”、“县自然资源局”、“县农业农村局”等）; a few sheets
        are named one by one, as :meth:`recognised` does."""
        if sum(use is not None for use in self.uses.values()) <= BRIEF_AT:
            return self.recognised()
        by_use: dict[SheetUse, list[str]] = {}
        for name, use in self.uses.items():
            if use is not None:
                by_use.setdefault(use, []).append(name)
        return [
            f"工作表“{names[0]}”是{use.label}"
            if len(names) == 1
            else f"{len(names)} 个工作表是{use.label}（{brief(names)}）"
            for use, names in by_use.items()
        ]


#: Up to this many sheets (or departments) are named one by one; more are counted.
BRIEF_AT = 6


def brief(names: list[str], shown: int = 3) -> str:
    """A long list of names in a line: “甲”、“乙”、“丙”等 (all of them when there are few)."""
    quoted = [f"“{n}”" for n in names[: shown if len(names) > BRIEF_AT else BRIEF_AT]]
    return "、".join(quoted) + ("等" if len(names) > len(quoted) else "")


def sheet_use(table: Table) -> SheetUse | None:
    """What one sheet is, by the rule above."""
    from reformdesk.formats import roster, service_items

    if service_items.is_service_sheet(table):
        return SheetUse.SERVICE_ITEMS
    found = roster.sheet_kind(table)
    return None if found is None else SheetUse(found[0].value)


def classify(path: str | os.PathLike[str], tables: Iterable[Table]) -> Workbook:
    """The :class:`Workbook` of tables already read."""
    listed = TableList(tables)
    listed.hidden = hidden_sheets(tables)
    return Workbook(Path(path), listed, {t.name: sheet_use(t) for t in listed})


@bulk_objects
def read_workbook(path: str | os.PathLike[str]) -> Workbook:
    """Read a workbook once (through the import guard) and tell its sheets; SheetReadError as read_tables."""
    return classify(path, read_tables(path))
