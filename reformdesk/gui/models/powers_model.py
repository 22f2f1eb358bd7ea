"""The plan's powers as a flat table: sub-items right after their main item, name indented.

Built for 50,000 rows.  The model keeps its own row → id list (``_visible``)
over the full hierarchical order (``_order``); filtering rebuilds that list in
one pass over precomputed search keys and statuses and resets the model once,
sorting is a key sort plus ``layoutChanged``, and an edit emits one
``dataChanged`` over the changed rows' range.  Problems (validate()) are
recomputed on a debounce timer, not on each edit, and only rows whose problems
changed are repainted.

Edits go through ``setData`` → ``reformdesk.gui.edits``; drags carry the selected
power ids under POWERS_MIME for the structure editor's bodies to accept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import attrgetter, ne
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from reformdesk.domain.model import DelegationMode, Power, PowerType
from reformdesk.domain.powers import (
    PowerCounts,
    PowerFilter,
    PowerStatus,
    StatusInfo,
    count_powers,
    filter_ids,
    list_numbers,
    ordered_ids,
    power_statuses,
    problems_by_power,
    search_key,
    search_source,
    sort_key,
)
from reformdesk.domain.registry import FIELDS_CONTEXT, KINDS, EntityKind
from reformdesk.domain.validation import Problem, Severity
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.mime import POWERS_MIME, encode_ids
from reformdesk.gui.models.domain_text import problem_text
from reformdesk.gui.models.labels import display_date, enum_label, severity_label, status_label

_CTX = "PowersModel"


@dataclass(frozen=True, slots=True)
class TableColumn:
    field: str  # Power attribute, or "status"
    title: str  # source text; shown through tr() in ``context``
    editable: bool = True
    context: str = FIELDS_CONTEXT

    def text(self) -> str:
        """The column's title as shown."""
        return QCoreApplication.translate(self.context, self.title)


#: The powers table: every registered Power field in registry order, titled by
#: its registry label, but the main item (parent_id), which the table shows by
#: indenting sub-items under it; then the computed status.
COLUMNS: tuple[TableColumn, ...] = (
    TableColumn("seq", KINDS[EntityKind.POWER].field("seq").label),
    # 责任事项 are a list of steps: edited in the power's dialog, not in a table cell.
    *(
        TableColumn(f.name, f.label)
        for f in KINDS[EntityKind.POWER].fields
        if f.name not in ("seq", "parent_id", "responsibility_steps")
    ),
    TableColumn("status", QT_TRANSLATE_NOOP("PowersModel", "状态"), editable=False, context=_CTX),
)
COLUMN_OF: dict[str, int] = {c.field: i for i, c in enumerate(COLUMNS)}

#: Role giving a row's power id.
PowerIdRole = Qt.ItemDataRole.UserRole + 1

#: Prefix of a sub-item's name: a full-width indent and a branch mark.
SUB_ITEM_PREFIX = "　└ "

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOL_TIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
#: The roles data() answers.  The table's delegate asks seven roles of every painted cell
#: (font, alignment and check state among them): those are turned away before any lookup.
#: Plain ints: comparing a role with an enum member costs an attribute lookup per call.
_DATA_ROLES = frozenset((_DISPLAY, _EDIT, _TOOL_TIP, _DECORATION, _BACKGROUND, _FOREGROUND, int(PowerIdRole)))
_ERROR_BACKGROUND = QColor(255, 228, 228)
_OVERDUE_FOREGROUND = QColor(190, 0, 0)
_INHERITED_FOREGROUND = QColor(128, 128, 128)
#: Status column colours: open items stand out, finished ones recede.
_STATE_FOREGROUND = {
    PowerStatus.UNASSIGNED: QColor(200, 90, 0),
    PowerStatus.INCOMPLETE: QColor(150, 110, 0),
    PowerStatus.DONE: QColor(0, 120, 50),
}
#: Assignment fields → their position in Plan.assignment()'s tuple.
_ASSIGNMENT = {"body_id": 0, "deadline": 1, "official_id": 2}
_TEXT_FIELDS = frozenset({"code", "name", "legal_basis", "source_department", "note"})
#: Above this many separate row runs, one reset is cheaper than row inserts/removes.
_MAX_RUNS = 64
_PROBLEM_ROLES = [
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
]


_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_READ_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
#: read_only -> the flags of each column.
_COLUMN_FLAGS: dict[bool, tuple[Qt.ItemFlag, ...]] = {
    False: tuple(_READ_FLAGS | Qt.ItemFlag.ItemIsEditable if c.editable else _READ_FLAGS for c in COLUMNS),
    True: tuple(_READ_FLAGS for _ in COLUMNS),
}


class PowersModel(QAbstractTableModel):
    """Table model over ``doc.plan.powers``; see the module docstring."""

    #: The visible rows were rebuilt (filter); the view refreshes its counts.
    filterApplied = Signal()
    #: Per-power problems were recomputed.
    problemsRefreshed = Signal()

    def __init__(self, doc: Document, parent: QObject | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.today = today or dt.date.today()
        self._filter = PowerFilter()
        self._sort_column = COLUMN_OF["seq"]
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[str] = []
        self._visible: list[str] = []
        self._row_of: dict[str, int] = {}
        self._keys: dict[str, str] = {}
        #: What each search key was made from (search_source): an edit makes the keys it changed again.
        self._key_sources: dict[str, tuple[str, str, str]] = {}
        self._status: dict[str, StatusInfo] = {}
        self._problems: dict[str, list[Problem]] = {}
        self._icons: dict[Severity, QIcon] = {}
        self._rebuild()
        self._problems = problems_by_power(doc.plan, doc.problems())
        # Problems follow the document's background validation, once edits settle.
        doc.follow_problems()
        doc.problemsReady.connect(self.refresh_problems)
        doc.entitiesChanged.connect(self._on_changed)
        doc.entitiesAdded.connect(self._on_added)
        doc.entitiesRemoved.connect(self._on_removed)
        doc.planReset.connect(self._on_reset)
        # The plan's date decides whether a deadline is valid (power.deadline_before_plan): statuses follow it.
        doc.infoChanged.connect(self._info_changed)

    # -- lookup ---------------------------------------------------------------------
    def power_id(self, row: int) -> str:
        return self._visible[row]

    def power_ids(self, rows: Iterable[int]) -> list[str]:
        """The ids of visible ``rows``, in the order given (one C-level pass for 10,000 selected rows)."""
        return list(map(self._visible.__getitem__, rows))

    def row_of(self, power_id: str) -> int:
        """The visible row of a power, -1 when filtered out or unknown."""
        return self._row_of.get(power_id, -1)

    def visible_ids(self) -> list[str]:
        return list(self._visible)

    def status(self, power_id: str) -> StatusInfo:
        return self._status[power_id]

    def problems(self, power_id: str) -> list[Problem]:
        return self._problems.get(power_id, [])

    def counts(self) -> PowerCounts:
        return count_powers(self.doc.plan, self._status)

    @property
    def current_filter(self) -> PowerFilter:
        return self._filter

    # -- Qt model API --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].text()
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Qt asks once per selected cell (120,000 calls for 10,000 selected rows): a lookup
        # of flags made once per column, no enum arithmetic per call.
        if index.isValid():
            return _COLUMN_FLAGS[self.doc.read_only][index.column()]
        return _NO_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _DATA_ROLES or not index.isValid():
            return None
        pid = self._visible[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return self._display(self.doc.plan.powers[pid], COLUMNS[col].field)
        if role == _EDIT:
            return self._edit_value(self.doc.plan.powers[pid], COLUMNS[col].field)
        if role == _TOOL_TIP:
            problems = self._problems.get(pid)
            if problems:
                return "\n".join(
                    QCoreApplication.translate("PowersModel", "%1：%2")
                    .replace("%1", severity_label(p.severity))
                    .replace("%2", problem_text(p))
                    for p in problems
                )
            field = COLUMNS[col].field
            if field in _ASSIGNMENT and self._inherited(pid, field):
                return QCoreApplication.translate("PowersModel", "同主项（子项未单独设置）")
            if field in ("name", "legal_basis", "note"):
                return getattr(self.doc.plan.powers[pid], field) or None
            return None
        if role == _DECORATION:
            if col == 0 and pid in self._problems:
                return self._icon(self._severity(pid))
            return None
        if role == _BACKGROUND:
            if pid in self._problems and self._severity(pid) is Severity.ERROR:
                return QBrush(_ERROR_BACKGROUND)
            return None
        if role == _FOREGROUND:
            field = COLUMNS[col].field
            if field == "status":
                info = self._status[pid]
                return QBrush(_OVERDUE_FOREGROUND if info.overdue else _STATE_FOREGROUND[info.state])
            if field in _ASSIGNMENT and self._inherited(pid, field):
                return QBrush(_INHERITED_FOREGROUND)
            return None
        if role == PowerIdRole:
            return pid
        return None

    def _display(self, p: Power, field: str) -> Any:
        if field == "name":
            return (
                SUB_ITEM_PREFIX + p.name if p.parent_id is not None and p.parent_id in self.doc.plan.powers else p.name
            )
        if field == "seq":
            # The list's 序号 as the handover sheet prints it: 1, 2 … and 11.1 under item 11.
            return self._labels.get(p.id, p.seq)
        if field in ("type", "mode"):
            return enum_label(getattr(p, field))
        if field in _ASSIGNMENT:
            value = self._effective(p, field)
            if field == "deadline":
                return display_date(value)
            table = self.doc.plan.bodies if field == "body_id" else self.doc.plan.people
            entity = table.get(value) if value else None
            return entity.name if entity else ""
        if field == "status":
            return status_label(self._status[p.id])
        return getattr(p, field)

    def _effective(self, p: Power, field: str) -> Any:
        """A field of the power's assignment, taken over from the main item when unset."""
        if p.parent_id is None or getattr(p, field) is not None:
            return getattr(p, field)
        return self.doc.plan.assignment(p)[_ASSIGNMENT[field]]

    def _inherited(self, pid: str, field: str) -> bool:
        p = self.doc.plan.powers[pid]
        return p.parent_id is not None and getattr(p, field) is None and self._effective(p, field) is not None

    @staticmethod
    def _edit_value(p: Power, field: str) -> Any:
        if field == "deadline":
            return QDate(p.deadline) if p.deadline else QDate()
        if field in ("type", "mode"):
            return getattr(p, field).value
        if field == "status":
            return None
        value = getattr(p, field)
        return "" if value is None else value

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        ):
            return False
        column = COLUMNS[index.column()]
        pid = self._visible[index.row()]
        power = self.doc.plan.powers[pid]
        try:
            new = convert_value(column.field, value)
        except (ValueError, TypeError):
            return False
        if column.field in ("name", "code") and not new:
            return False  # a power needs a name and a code
        if getattr(power, column.field) == new:
            return False
        return edits.set_power_field(self.doc, pid, column.field, new)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [(idx, self._visible[idx.row()]) for idx in persistent if idx.isValid()]
        self._order = self._ordered()
        shown = set(self._visible)
        self._visible = [i for i in self._order if i in shown]
        self._row_of = {pid: row for row, pid in enumerate(self._visible)}
        self.changePersistentIndexList(
            [idx for idx, _ in old_ids],
            [self.index(self._row_of[pid], idx.column()) for idx, pid in old_ids],
        )
        self.layoutChanged.emit()

    # -- drag -----------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [POWERS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids(POWERS_MIME, [self._visible[r] for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        # The drop side (a body in the structure editor) decides what a drop means.
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction

    # -- filter ---------------------------------------------------------------------
    def set_filter(self, flt: PowerFilter) -> None:
        """Show only the powers that pass ``flt`` (one model reset of the visible rows)."""
        self._filter = flt
        visible = filter_ids(self.doc.plan, self._order, flt, self._keys, self._status)
        self.beginResetModel()
        self._visible = visible
        self._row_of = {pid: row for row, pid in enumerate(visible)}
        self.endResetModel()
        self.filterApplied.emit()

    # -- problems -------------------------------------------------------------------
    def refresh_problems(self) -> None:
        """Recompute validate()'s problems per power; repaint only the rows that changed."""
        new = problems_by_power(self.doc.plan, self.doc.problems())
        old = self._problems
        self._problems = new
        changed = [pid for pid in old.keys() | new.keys() if old.get(pid) != new.get(pid)]
        self._emit_rows_changed(changed, _PROBLEM_ROLES)
        self.problemsRefreshed.emit()

    def _severity(self, pid: str) -> Severity:
        problems = self._problems[pid]
        return Severity.ERROR if any(p.severity is Severity.ERROR for p in problems) else Severity.WARNING

    def _icon(self, severity: Severity) -> QIcon:
        icon = self._icons.get(severity)
        if icon is None:
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if severity is Severity.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            icon = self._icons[severity] = QApplication.style().standardIcon(pixmap)
        return icon

    # -- document signals -------------------------------------------------------------
    def _ordered(self) -> list[str]:
        field = COLUMNS[self._sort_column].field
        key = sort_key(self.doc.plan, field, self._status)
        return ordered_ids(self.doc.plan, key, self._sort_order == Qt.SortOrder.DescendingOrder)

    def _renumber(self) -> None:
        """Recompute the 序号 labels; repaint the column when any of them changed."""
        self._note_shape()
        labels = list_numbers(self.doc.plan)
        changed = labels != getattr(self, "_labels", None)
        self._labels = labels
        if changed and self._visible:
            col = COLUMN_OF["seq"]
            self.dataChanged.emit(self.index(0, col), self.index(len(self._visible) - 1, col))

    def _note_shape(self) -> None:
        """What the 序号 were numbered from: each power's (seq, parent_id)."""
        powers = self.doc.plan.powers.values()
        self._shape = dict(
            zip(
                self.doc.plan.powers,
                zip(map(attrgetter("seq"), powers), map(attrgetter("parent_id"), powers), strict=True),
                strict=True,
            )
        )

    def _rebuild(self) -> None:
        plan = self.doc.plan
        self._note_shape()
        self._labels: dict[str, int | str] = list_numbers(plan)
        self._keys = {pid: search_key(p) for pid, p in plan.powers.items()}
        self._key_sources = dict(zip(plan.powers, map(search_source, plan.powers.values()), strict=True))
        self._recompute_status(plan.powers)
        self._index_children()
        self._order = self._ordered()
        self._visible = filter_ids(plan, self._order, self._filter, self._keys, self._status)
        self._row_of = {pid: row for row, pid in enumerate(self._visible)}

    def _index_children(self) -> None:
        self._children: dict[str, list[str]] = {}
        for p in self.doc.plan.powers.values():
            if p.parent_id is not None:
                self._children.setdefault(p.parent_id, []).append(p.id)

    def _info_changed(self) -> None:
        self._recompute_status(self.doc.plan.powers)
        if self._visible:
            col = COLUMN_OF["status"]
            self.dataChanged.emit(self.index(0, col), self.index(len(self._visible) - 1, col))

    def _recompute_status(self, ids: Iterable[str]) -> None:
        plan = self.doc.plan
        ids = list(ids)
        # One batched pass: 10,000 powers of a bulk edit or its undo.
        entities = map(plan.powers.__getitem__, ids)
        self._status.update(zip(ids, power_statuses(plan, entities, self.today), strict=True))

    def _emit_rows_changed(self, ids: Iterable[str], roles: list[Qt.ItemDataRole] | None = None) -> None:
        rows = [r for r in map(self._row_of.get, ids) if r is not None]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1), roles or [])

    def _on_changed(self, kind: str, ids: list[str]) -> None:
        if kind == EntityKind.POWER:
            powers = self.doc.plan.powers
            entities = list(map(powers.__getitem__, ids))
            # Keys only where code, name or legal basis changed: normalising 10,000 texts that
            # a bulk assignment left as they were was a third of that edit (measured).
            sources = list(map(search_source, entities))
            stale = list(map(ne, sources, map(self._key_sources.get, ids)))
            if any(stale):
                redo = list(compress(entities, stale))
                self._key_sources.update(zip(compress(ids, stale), compress(sources, stale), strict=True))
                self._keys.update(zip(compress(ids, stale), map(search_key, redo), strict=True))
            # Sub-items show (and are judged by) what their main item sets.
            affected = list(ids)
            affected.extend(chain.from_iterable(map(self._children.get, ids, repeat(()))))
            self._recompute_status(affected)
            self._emit_rows_changed(affected)
            # The 序号 follow seq and parent_id only: a bulk assignment of 10,000 keeps them
            # (numbering the whole list again was 80% of that edit, measured).
            now = zip(map(attrgetter("seq"), entities), map(attrgetter("parent_id"), entities), strict=True)
            if any(map(ne, map(self._shape.get, ids), now)):
                self._renumber()
        elif kind in (EntityKind.BODY, EntityKind.PERSON) and self._visible:
            # Names of bodies or people are shown in every row that refers to them.
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, len(COLUMNS) - 1))

    def _on_added(self, kind: str, ids: list[str]) -> None:
        if kind == EntityKind.POWER:
            powers = self.doc.plan.powers
            for pid in ids:
                self._keys[pid] = search_key(powers[pid])
                self._key_sources[pid] = search_source(powers[pid])
            self._index_children()
            added = set(ids)
            # Sub-items already in the plan whose main item came back take it over.
            adopted = [c for pid in ids for c in self._children.get(pid, ()) if c not in added]
            self._recompute_status([*ids, *adopted])
            self._order = self._ordered()
            # New powers are shown even when the filter would hide them, so an
            # add (or the undo of a delete) is never invisible.
            shown = added.union(self._visible)
            final = [i for i in self._order if i in shown]
            if [i for i in final if i not in added] == self._visible:
                self._insert_runs(final)
            else:  # existing rows moved too (sub-items regrouped under their main item)
                self.beginResetModel()
                self._visible = final
                self._row_of = {pid: row for row, pid in enumerate(final)}
                self.endResetModel()
            self._emit_rows_changed(adopted)
            self._number_added(ids, adopted)
        elif kind in (EntityKind.BODY, EntityKind.PERSON):
            self._status_of_all_changed()

    def _number_added(self, ids: list[str], adopted: list[str]) -> None:
        """Added items (an import, the undo of a delete) take their printed 序号: 1.1 under 1."""
        powers = self.doc.plan.powers
        added = [powers[pid] for pid in ids]
        new = set(ids)
        if not adopted and all(p.parent_id is None for p in added):
            # Main items after the last one (the window's 添加事项): numbered on from there, without
            # numbering the whole list again (a quarter of a second at 50,000 powers, measured).
            others = [
                p.seq
                for pid, p in powers.items()
                if pid not in new and (p.parent_id is None or p.parent_id == pid or p.parent_id not in powers)
            ]
            if not others or min(p.seq for p in added) > max(others):
                for rank, p in enumerate(sorted(added, key=attrgetter("seq")), len(others) + 1):
                    self._labels[p.id] = rank
                    self._shape[p.id] = (p.seq, p.parent_id)
                self._emit_rows_changed(ids, [Qt.ItemDataRole.DisplayRole])
                return
        self._renumber()

    def _on_removed(self, kind: str, ids: list[str]) -> None:
        if kind == EntityKind.POWER:
            gone = set(ids)
            rows = sorted((r for r in map(self._row_of.get, gone) if r is not None), reverse=True)
            # Remove contiguous runs bottom-up: one signal pair per run.
            runs: list[tuple[int, int]] = []
            for r in rows:
                if runs and runs[-1][0] == r + 1:
                    runs[-1] = (r, runs[-1][1])
                else:
                    runs.append((r, r))
            if len(runs) > _MAX_RUNS:
                self.beginResetModel()
                self._visible = [i for i in self._visible if i not in gone]
                self._row_of = {pid: row for row, pid in enumerate(self._visible)}
                self.endResetModel()
            else:
                for first, last in runs:
                    self.beginRemoveRows(QModelIndex(), first, last)
                    del self._visible[first : last + 1]
                    self.endRemoveRows()
                self._row_of = {pid: row for row, pid in enumerate(self._visible)}
            self._order = [i for i in self._order if i not in gone]
            # Sub-items left without their main item lose what they took over from it.
            orphans = [c for pid in gone for c in self._children.get(pid, ()) if c not in gone]
            self._index_children()
            for pid in gone:
                self._keys.pop(pid, None)
                self._key_sources.pop(pid, None)
                self._status.pop(pid, None)
            self._recompute_status(orphans)
            self._emit_rows_changed(orphans)
            self._renumber()
        elif kind in (EntityKind.BODY, EntityKind.PERSON):
            self._status_of_all_changed()

    def _insert_runs(self, final: list[str]) -> None:
        """Grow the visible list to ``final`` (a supersequence of it) with row inserts."""
        current = self._visible
        runs: list[tuple[int, int]] = []  # (position in final, length)
        pos = cur = 0
        while pos < len(final):
            if cur < len(current) and final[pos] == current[cur]:
                pos += 1
                cur += 1
                continue
            start = pos
            target = current[cur] if cur < len(current) else None
            while pos < len(final) and final[pos] != target:
                pos += 1
            runs.append((start, pos - start))
        if len(runs) > _MAX_RUNS:
            # Thousands of scattered inserts cost more than one reset of the visible rows.
            self.beginResetModel()
            self._visible = final
            self._row_of = {pid: row for row, pid in enumerate(final)}
            self.endResetModel()
            return
        for start, length in runs:  # ascending: each run lands where final has it
            self.beginInsertRows(QModelIndex(), start, start + length - 1)
            current[start:start] = final[start : start + length]
            self.endInsertRows()
        self._row_of = {pid: row for row, pid in enumerate(current)}

    def _status_of_all_changed(self) -> None:
        self._recompute_status(self.doc.plan.powers)
        if self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, len(COLUMNS) - 1))

    def _on_reset(self) -> None:
        self.beginResetModel()
        self._status = {}
        self._rebuild()
        self.endResetModel()
        # A new plan: its problems when known already, else when the document's validation delivers them.
        if self.doc.problems_current:
            self.refresh_problems()
        else:
            self._problems = {}
        self.filterApplied.emit()


def convert_value(field: str, value: Any) -> Any:
    """An editor's value as the Power field stores it."""
    if field == "seq":
        return int(value)
    if field in _TEXT_FIELDS:
        return str(value or "").strip()
    if field == "type":
        return PowerType(value)
    if field == "mode":
        return DelegationMode(value)
    if field in ("body_id", "official_id"):
        return str(value) if value else None
    if field == "deadline":
        if isinstance(value, QDate):
            return value.toPython() if value.isValid() else None
        if value is None or isinstance(value, dt.date):
            return value
        raise TypeError(f"not a date: {value!r}")
    raise ValueError(f"not an editable field: {field}")
