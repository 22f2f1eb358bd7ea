"""Item models of the 三级四同 page: county items beside their reference items, and the items the county lacks.

:class:`ConformityModel` has one row per county item (filtered by status: 不一致, 县级独有,
一致, or all) and, for each field 三级四同 compares (conformity.COMPARED: name, code,
type, 法律法规依据, 具体条款), two columns side by side — the county's value and the
reference's — with the differing ones highlighted.  Titles come from the registry's
field labels.  :class:`MissingModel` lists the reference items no county item matches.
Both follow the document's conformity result, recomputed after each edit.
"""

from __future__ import annotations

import bisect
import gc
import heapq
import math
import time
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from operator import attrgetter, itemgetter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont

from reformdesk.domain.catalogue.conformity import COMPARED
from reformdesk.domain.catalogue.model import Catalogue, CatalogueItem
from reformdesk.domain.catalogue.registry import CatalogueKind
from reformdesk.domain.model import PowerType
from reformdesk.gui import heap
from reformdesk.gui.catalogue.document import CatalogueDocument
from reformdesk.gui.models.catalogue_models import ENTITY_ROLE, Index, field_title
from reformdesk.gui.models.collation import collator
from reformdesk.gui.models.labels import power_type_label

#: A cell's field (a name of COMPARED), or None for the status and 实施主体 columns.
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2
#: Whether a cell's field differs from the reference (bool).
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 3

_DIFFER_BACKGROUND = QBrush(QColor("#ffe3b0"))
_STATUS_COLOURS = {"differs": QColor("#b3261e"), "county_only": QColor("#1f5fa8"), "conforms": QColor("#2e7d32")}


class Status(StrEnum):
    DIFFERS = "differs"  # 不一致
    COUNTY_ONLY = "county_only"  # 县级独有
    CONFORMS = "conforms"  # 一致

    @property
    def label(self) -> str:
        return QCoreApplication.translate("Conformity", _STATUS_LABELS[self])


_STATUS_LABELS = {
    Status.DIFFERS: QT_TRANSLATE_NOOP("Conformity", "不一致"),
    Status.COUNTY_ONLY: QT_TRANSLATE_NOOP("Conformity", "县级独有"),
    Status.CONFORMS: QT_TRANSLATE_NOOP("Conformity", "一致"),
}


#: How the status column sorts: what needs work first.
_STATUS_ORDER = {Status.DIFFERS: 0, Status.COUNTY_ONLY: 1, Status.CONFORMS: 2}
_TYPE_ORDER = {t: n for n, t in enumerate(PowerType)}


def value_text(item: CatalogueItem, name: str) -> str:
    value = getattr(item, name)
    return power_type_label(value) if isinstance(value, PowerType) else str(value)


#: Texts made into collation keys, or sorted, per slice of the idle-time ranking (~5–10 ms each).
_SLICE = 2000
#: Up to this many new texts are placed one by one (a bisection each), more are ranked in bulk.
_FEW = 256
#: The longest the idle-time ranking holds the event loop each time it runs (seconds).
_IDLE_BUDGET = 0.02
#: Lists (county and reference items together) from which a sort asked for before its column's
#: texts are ranked waits for the ranking, run at once in slices, instead of ranking on the spot:
#: 100,000 texts ranked in one piece held the loop 0.26 s (a header clicked just after the
#: page opened on a province list).
_DEFER_SORT_AT = 5000

_Row = tuple[Status, str, str | None, frozenset[str]]


def _field(side: str, name: str | None) -> str:
    """The text field a column shows (a key of the ranks): its field, or "subject" for 实施主体."""
    return "subject" if side == "subject" else name or ""


def frozen() -> None:
    """What the ranking made, left to the collector no more (see ConformityModel._rank_a_slice)."""
    gc.collect(1)  # the young objects only: cycles among them are still found
    heap.settle()


class _Ranks:
    """The texts of one field in collation order, as numbers: a rank per text, kept for the list's life.

    An ICU collation key costs ~4 µs to make and each comparison of two is a call into Qt, so
    ranking the 50,000 codes of a province list takes ~0.4 s.  That is done once per field,
    in slices while the page is idle (:meth:`ranking`), for the county's texts and the
    reference's alike; a sort is then an arg-sort of plain numbers.  A text not seen before
    (an edit, a renamed 实施主体) is placed among the ranked by bisection (~16 comparisons)
    with a number between its neighbours'; equal texts have equal ranks, so ties keep the
    catalogue's order.  No value (no reference item) ranks after every text.
    """

    def __init__(self) -> None:
        self.rank: dict[str | None, float] = {None: math.inf}
        self.keys: list[Any] = []  # collation keys, ascending
        self.texts: list[str] = []  # the text of each key
        self.values: list[float] = []  # the rank of each key: ascending, equal for equal keys

    def missing(self, texts: Iterable[str | None]) -> list[str]:
        rank = self.rank
        return [t for t in dict.fromkeys(texts) if t not in rank]  # type: ignore[misc]

    def add(self, texts: Iterable[str | None]) -> None:
        """Rank every text of ``texts`` not ranked yet, now (in one piece: no slices to merge)."""
        new = self.missing(texts)
        with heap.paused():
            for _ in self.ranking(new, sliced=False):
                pass
            if len(new) > _FEW:
                frozen()

    def ranking(self, new: list[str], sliced: bool = True) -> Iterator[None]:
        """Rank ``new`` (texts not ranked yet), pausing after each slice of the work."""
        if len(new) <= _FEW and self.keys:
            for text in new:
                if not self._place(text):
                    self._renumber()
                    self._place(text)  # whole numbers again: there is room between any two
            return
        sort_key = collator().sortKey
        runs = [list(zip(self.keys, self.texts, strict=True))] if self.keys else []
        size = _SLICE if sliced else max(1, len(new))
        for start in range(0, len(new), size):
            chunk = new[start : start + size]
            runs.append(sorted(zip(map(sort_key, chunk), chunk, strict=True), key=itemgetter(0)))
            yield
        keys: list[Any] = []
        texts: list[str] = []
        values: list[float] = []
        n = -1.0
        last = None
        merged = runs[0] if len(runs) == 1 else heapq.merge(*runs, key=itemgetter(0))
        for count, (key, text) in enumerate(merged, start=1):
            if last is None or last < key:  # a new place in the order (merged: not less means equal)
                n += 1.0
                last = key
            keys.append(key)
            texts.append(text)
            values.append(n)
            if count % _SLICE == 0:
                yield
        self.keys, self.texts, self.values = keys, texts, values
        self.rank = dict(zip(texts, values, strict=True))
        self.rank[None] = math.inf

    def _place(self, text: str) -> bool:
        """Rank one text among the ranked; False when no number fits between its neighbours."""
        key = collator().sortKey(text)
        at = bisect.bisect_right(self.keys, key)
        if at > 0 and not self.keys[at - 1] < key:  # equal to a ranked text
            value = self.values[at - 1]
        else:
            low = self.values[at - 1] if at > 0 else self.values[0] - 1.0
            high = self.values[at] if at < len(self.values) else low + 2.0
            value = (low + high) / 2
            if not low < value < high:
                return False
        self.keys.insert(at, key)
        self.texts.insert(at, text)
        self.values.insert(at, value)
        self.rank[text] = value
        return True

    def _renumber(self) -> None:
        """Whole numbers for the ranks again, in the same order (no comparison of keys)."""
        values: list[float] = []
        n, last = -1.0, None
        for value in self.values:
            if value != last:
                n, last = n + 1.0, value
            values.append(n)
        self.values = values
        self.rank = dict(zip(self.texts, values, strict=True))
        self.rank[None] = math.inf


class ConformityModel(QAbstractTableModel):
    """County items with their reference values side by side (see the module docstring)."""

    #: (column kind, field): "status", "subject", then ("county", f), ("reference", f) per compared field.
    COLUMNS: tuple[tuple[str, str | None], ...] = (
        ("status", None),
        ("subject", None),
        *((side, f) for f in COMPARED for side in ("county", "reference")),
    )

    def __init__(self, doc: CatalogueDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        #: The statuses shown (all by default).
        self.statuses: set[Status] = set(Status)
        self.search = ""
        #: (status, county item id, reference item id or None, differing fields)
        self.rows: list[tuple[Status, str, str | None, frozenset[str]]] = []
        self.counts: dict[Status, int] = dict.fromkeys(Status, 0)
        #: The column the rows are sorted by (-1: catalogue order) and the order.
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        #: While the page is hidden, edits only mark the rows stale (conform is linear in both lists).
        self.active = True
        self._stale = False
        # Per text field ("subject" or a field of COMPARED): its texts' collation ranks (see
        # _Ranks), and the idle-time ranking still to be done, run a slice at a time.
        self._ranks: dict[str, _Ranks] = {}
        self._ranking: dict[str, Iterator[None]] = {}
        #: A sort asked for while its field was still being ranked: done when the ranking is.
        self._pending_sort: tuple[int, Qt.SortOrder] | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._rank_a_slice)
        self._unsorted: list[_Row] = []  # the rows shown, in the catalogue's order
        # The texts of a column for ``_unsorted``, kept from one sort to the next (a header clicked
        # again, another order): a province list's 50,000 texts read afresh were 15 ms of a click.
        # Dropped when the rows are built again and on any edit (a renamed 实施主体 too).
        self._unsorted_texts: dict[tuple[str, str], list[str | None]] = {}
        self._build()
        self._rank_when_idle()
        doc.catalogueReset.connect(self._reset)
        doc.entitiesChanged.connect(self._changed)
        doc.referenceChanged.connect(self._reference_changed)

    def set_active(self, active: bool) -> None:
        self.active = active
        if active and self._stale:
            self.refresh()
        if active:
            self._rank_when_idle()

    def set_filter(self, statuses: set[Status], text: str = "") -> None:
        self.statuses, self.search = set(statuses), text.strip().lower()
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _build(self) -> None:
        result = self.doc.conformity()
        self.rows = []
        self._unsorted = []
        self._unsorted_texts.clear()
        self.counts = dict.fromkeys(Status, 0)
        if result is None:
            return
        differing = {m.item_id: m for m in result.mismatches}
        county_only = set(result.county_only)
        items = self.doc.cat.items
        for iid, item in items.items():
            if iid in differing:
                status, fields = Status.DIFFERS, frozenset(d.field for d in differing[iid].differences)
            elif iid in county_only:
                status, fields = Status.COUNTY_ONLY, frozenset()
            else:
                status, fields = Status.CONFORMS, frozenset()
            self.counts[status] += 1
            if status not in self.statuses:
                continue
            if self.search and self.search not in item.name.lower() and self.search not in item.code.lower():
                continue
            self.rows.append((status, iid, result.pairs.get(iid), fields))
        self._unsorted = list(self.rows)
        self._sort_rows()

    # -- sorting ----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` inside the model (a key sort: a proxy would call data() per comparison).
        The status sorts 不一致 → 县级独有 → 一致, a type in 事项类型 order, text in the collator's
        order (see _Ranks); ties keep the catalogue's order, and the rows stay sorted through
        edits and filters."""
        if not -1 <= column < len(self.COLUMNS):
            return
        if self._sort_later(column, order):
            return
        self._pending_sort = None
        # Without arguments: emitted from Python with ([], VerticalSortHint) it crashed PySide 6.11
        # (a segfault in the table view's setSortingEnabled, seen in the tests).
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[i.row()][1] if 0 <= i.row() < len(self.rows) else None for i in before]
        self.sort_column, self.sort_order = column, order
        # From the catalogue's order, so that equal keys keep it whatever was sorted before
        # (and no sort column, the header's indicator cleared, is the catalogue's order).
        self.rows = list(self._unsorted)
        self._sort_rows(unsorted=True)
        if before:
            where = dict(zip(map(itemgetter(1), self.rows), range(len(self.rows)), strict=True))
            self.changePersistentIndexList(
                before,
                [
                    self.index(where[iid], i.column()) if iid in where else QModelIndex()
                    for i, iid in zip(before, ids, strict=True)
                ],
            )
        self.layoutChanged.emit()

    def _sort_later(self, column: int, order: Qt.SortOrder) -> bool:
        """Whether the sort by ``column`` waits for its field's ranking (a large list, not ranked
        yet): that ranking is then run first, slice by slice, and the sort when it is done."""
        side, name = self.COLUMNS[column] if column >= 0 else ("status", "")
        ref = self.doc.reference
        if side == "status" or name == "type" or ref is None or not self.active:
            return False
        if QCoreApplication.instance() is None or len(self.doc.cat.items) + len(ref.items) < _DEFER_SORT_AT:
            return False
        field = _field(side, name)
        job = self._ranking.pop(field, None)
        if job is None:
            if field in self._ranks:
                return False  # ranked: only texts edited since are placed, a few bisections
            job = self._idle_job(self._ranks.setdefault(field, _Ranks()), field, self.doc.cat, ref)
        self._ranking = {field: job, **self._ranking}  # this field first
        self._pending_sort = (column, order)
        self._idle.start()
        return True

    def _sort_rows(self, unsorted: bool = False) -> None:
        """Sort ``self.rows`` (``unsorted``: they are ``_unsorted``, whose texts may be kept)."""
        if self.sort_column < 0:
            return  # _build lists the rows in catalogue order
        keys = self._sort_keys(self.sort_column, unsorted)
        # An arg-sort on numbers, in C.  Python's sort is stable, with reverse too: equal keys
        # keep the catalogue's order; no value (math.inf) is last, first descending.
        order = sorted(range(len(keys)), key=keys.__getitem__, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self.rows = list(map(self.rows.__getitem__, order))

    def _sort_keys(self, column: int, unsorted: bool = False) -> list[float]:
        """Each row's number for ``column``, in the order of ``self.rows``."""
        side, name = self.COLUMNS[column]
        rows = self.rows
        if side == "status":
            return list(map(_STATUS_ORDER.__getitem__, map(itemgetter(0), rows)))
        if name == "type":
            ref = self.doc.reference
            items = ref.items if side == "reference" and ref is not None else self.doc.cat.items
            by = 2 if side == "reference" else 1
            return [
                math.inf if i is None or i not in items else _TYPE_ORDER[items[i].type]
                for i in map(itemgetter(by), rows)
            ]
        field = _field(side, name)
        if unsorted:
            texts = self._unsorted_texts.get((side, field))
            if texts is None:
                texts = self._unsorted_texts[side, field] = self._texts(side, field)
        else:
            texts = self._texts(side, field)
        ranks = self._ranks_of(field)
        try:
            return list(map(ranks.rank.__getitem__, texts))
        except KeyError:  # a text not ranked yet (an edit, another reference list)
            ranks.add(texts)
            return list(map(ranks.rank.__getitem__, texts))

    def _texts(self, side: str, field: str, rows: Sequence[_Row] | None = None) -> list[str | None]:
        """The texts of ``field`` on ``side`` of ``rows`` (default: the rows shown); None: no reference item."""
        rows = self.rows if rows is None else rows
        cat, ref = self.doc.cat, self.doc.reference
        if side == "reference":
            if ref is None:
                return [None] * len(rows)
            items, get = ref.items, attrgetter(field)
            return [None if rid is None else str(get(items[rid])) for rid in map(itemgetter(2), rows)]
        county = list(map(cat.items.__getitem__, map(itemgetter(1), rows)))
        if side == "subject":
            names = {sid: s.name for sid, s in cat.subjects.items()}
            return [names.get(sid or "", "") for sid in map(attrgetter("subject_id"), county)]
        return list(map(str, map(attrgetter(field), county)))

    def _ranks_of(self, field: str) -> _Ranks:
        """``field``'s ranks, the idle-time ranking of it finished first."""
        pending = self._ranking.pop(field, None)
        if pending is not None:
            for _ in pending:
                pass
        ranks = self._ranks.get(field)
        if ranks is None:
            ranks = self._ranks[field] = _Ranks()
        return ranks

    def _rank_when_idle(self) -> None:
        """Rank the texts of every text column while the page is idle, so that a click sorts at once."""
        if self.doc.reference is None or not self.active or QCoreApplication.instance() is None:
            return  # (no event loop, no idle time: the ranks are made when first sorted)
        cat, ref = self.doc.cat, self.doc.reference
        for field in ("subject", *(f for f in COMPARED if f != "type")):
            if field in self._ranking:
                continue
            ranks = self._ranks.setdefault(field, _Ranks())
            self._ranking[field] = self._idle_job(ranks, field, cat, ref)
        if self._ranking:
            self._idle.start()

    def _idle_job(self, ranks: _Ranks, field: str, cat: Catalogue, ref: Catalogue) -> Iterator[None]:
        if field == "subject":
            texts: list[str] = [s.name for s in cat.subjects.values()]
        else:
            get = attrgetter(field)
            texts = [str(get(i)) for i in cat.items.values()]
            yield
            texts += [str(get(i)) for i in ref.items.values()]
        yield
        new = ranks.missing(texts)
        yield
        yield from ranks.ranking(new)

    @Slot()
    def _rank_a_slice(self) -> None:
        deadline = time.perf_counter() + _IDLE_BUDGET
        # Ranking a province list makes some 200,000 objects (keys, runs of them) in no reference
        # cycle.  Left to the collector they set off a full collection over both lists (245 ms
        # of the 1.3 s in one slice, measured); so each slice runs with the collector paused and
        # leaves what it made frozen, after a collection of the young objects only (~1 ms).  The
        # kept keys live as long as the list, the runs are freed by reference counting.
        with heap.paused():
            while self._ranking and self.active:
                field = next(iter(self._ranking))
                try:
                    next(self._ranking[field])
                except StopIteration:
                    del self._ranking[field]
                    if self._pending_sort is not None:
                        break  # the field a sort waits for: it was first
                if time.perf_counter() > deadline:
                    break
            frozen()
        if self._pending_sort is not None and not self._pending_sort_waits():
            column, order = self._pending_sort
            self.sort(column, order)
        if self._ranking and self.active:
            self._idle.start()

    def _pending_sort_waits(self) -> bool:
        """Whether the pending sort's field is still being ranked."""
        assert self._pending_sort is not None
        side, name = self.COLUMNS[self._pending_sort[0]]
        return _field(side, name) in self._ranking

    def _forget_ranks(self) -> None:
        self._idle.stop()
        self._ranking.clear()
        self._ranks.clear()
        self._pending_sort = None

    @Slot(object, list)
    def _changed(self, kind: object, ids: list[str]) -> None:
        self._unsorted_texts.clear()  # an item's text or a subject's name may have changed
        # Ranks belong to texts, not items: an edited item's new text is placed when sorted.
        if kind is CatalogueKind.ITEM:
            self.refresh()

    @Slot()
    def _reset(self) -> None:
        self._forget_ranks()  # another list: texts no longer shown need no place
        self.refresh()
        self._rank_when_idle()

    @Slot()
    def _reference_changed(self) -> None:
        self.refresh()
        self._rank_when_idle()  # the county's texts stay ranked; the reference's new ones join them

    @Slot()
    def refresh(self) -> None:
        if not self.active:
            self._stale = True
            return
        self._stale = False
        old = self.rows
        before = [(s, i) for s, i, _r, _f in old]
        self._build()
        new = self.rows
        if [(s, i) for s, i, _r, _f in new] == before:
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(self.COLUMNS) - 1))
            return
        self.rows = old  # the old rows until the views have been told
        self.beginResetModel()
        self.rows = new
        self.endResetModel()

    def row_of(self, item_id: str) -> int:
        for row, (_s, iid, _r, _f) in enumerate(self.rows):
            if iid == item_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        side, name = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if side == "status":
                return self.tr("状态")
            if side == "subject":
                return field_title(CatalogueKind.ITEM.spec.field("subject_id"))
            title = field_title(CatalogueKind.ITEM.spec.field(name or ""))
            return title if side == "county" else self.tr("参照%1").replace("%1", title)
        if role == Qt.ItemDataRole.ToolTipRole and side in ("county", "reference"):
            return self.tr("本县清单的值") if side == "county" else self.tr("参照目录的值")
        return None

    def _item(self, row: int, side: str) -> tuple[Catalogue, CatalogueItem] | None:
        _s, iid, rid, _f = self.rows[row]
        if side == "reference":
            ref = self.doc.reference
            if rid is None or ref is None:
                return None
            return ref, ref.items[rid]
        return self.doc.cat, self.doc.cat.items[iid]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        status, iid, _rid, fields = self.rows[index.row()]
        side, name = self.COLUMNS[index.column()]
        differs = name is not None and name in fields
        if role == ENTITY_ROLE:
            return (CatalogueKind.ITEM, iid)
        if role == FIELD_ROLE:
            return name
        if role == DIFFERS_ROLE:
            return differs
        if role == Qt.ItemDataRole.BackgroundRole:
            return _DIFFER_BACKGROUND if differs else None
        if role == Qt.ItemDataRole.FontRole and (differs or side == "status"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and side == "status":
            return QBrush(_STATUS_COLOURS[status.value])
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if side == "status":
            return status.label
        if side == "subject":
            return self.doc.cat.subject_name(self.doc.cat.items[iid])
        found = self._item(index.row(), side)
        if found is None:
            return None if role == Qt.ItemDataRole.ToolTipRole else ""
        text = value_text(found[1], name or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return text.replace("\n", " ")


class MissingModel(QAbstractTableModel):
    """Reference items no county item matches (缺少): what the county's list lacks."""

    FIELDS = ("code", "name", "type", "legal_basis", "basis_clause", "subject_id")

    def __init__(self, doc: CatalogueDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.ids: list[str] = self._ids()
        self.active = True
        self._stale = False
        doc.catalogueReset.connect(self.refresh)
        doc.entitiesChanged.connect(self._changed)
        doc.referenceChanged.connect(self.refresh)

    def set_active(self, active: bool) -> None:
        self.active = active
        if active and self._stale:
            self.refresh()

    def _ids(self) -> list[str]:
        result = self.doc.conformity()
        return [] if result is None else list(result.missing)

    @Slot(object, list)
    def _changed(self, _kind: object, _ids: list[str]) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if not self.active:
            self._stale = True
            return
        self._stale = False
        new = self._ids()
        if new == self.ids:
            return
        self.beginResetModel()
        self.ids = new
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.FIELDS):
            title = field_title(CatalogueKind.ITEM.spec.field(self.FIELDS[section]))
            return self.tr("参照%1").replace("%1", title) if self.FIELDS[section] == "subject_id" else title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ref = self.doc.reference
        if not index.isValid() or ref is None:
            return None
        item = ref.items[self.ids[index.row()]]
        name = self.FIELDS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = ref.subject_name(item) if name == "subject_id" else value_text(item, name)
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        return None
