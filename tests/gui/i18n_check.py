"""Finding Chinese left in an English UI.

``visible_texts(window)`` collects what a person can read in a window: its
title, every visible widget's text (labels, buttons, group boxes, tab texts,
combo items, placeholders, tool tips), the texts of menus, tool bars and
context-menu actions, every item view's header labels and the cells of its
first rows, and what custom widgets paint with QPainter.drawText (the tier
charts and the org chart draw their own text); ``painted_texts(window)`` records
only what is painted into that window and the windows it owns.

``chinese_left(texts, data)`` removes the plan's data from each text and
returns the texts that still contain Chinese.  What counts as data (Chinese by
design, never translated) is listed by ``plan_data``: the plan's own content
(names of bodies, units, people and powers, codes, posts, sites, legal bases,
departments, notes, plan details) and the comparison's values; validation problems,
import reasons and plan settings' labels are not data: the GUI translates them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from reformdesk.domain.comparison import Comparison
from reformdesk.domain.document_text import numbering
from reformdesk.domain.model import Plan
from reformdesk.domain.plan_document import generated_blocks
from reformdesk.domain.registry import EntityKind

#: Han characters and CJK / full-width punctuation (U+3000, the ideographic
#: space, is spacing, not text, and is allowed).
CJK = re.compile(r"[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]")

#: How many rows of each item view are read (the rest are more of the same).
ROWS_READ = 40


def plan_data(plans: Iterable[Plan], comparison: Comparison | None = None, extra: Iterable[str] = ()) -> set[str]:
    """Texts that are Chinese by design: plan content and the domain's messages."""
    data: set[str] = set(extra)
    for plan in plans:
        info = plan.info
        data |= {info.name, info.town, info.county, info.office, info.author, info.notes}
        for body in plan.bodies.values():
            data |= {body.name, body.kind, body.rank, *body.sites, *body.duties}
        for unit in plan.units.values():
            data |= {unit.name, unit.kind}
        for person in plan.people.values():
            data |= {person.name, person.post, person.staff_id}
        for power in plan.powers.values():
            data |= {power.code, power.name, power.legal_basis, power.source_department, power.note}
        for window in plan.windows.values():
            data |= {window.number, window.name, window.site}
        for item in plan.service_items.values():
            data |= {item.name, item.code, item.note}
        # Problem messages are not data: the GUI shows them translated (only their parameters,
        # the plan's names, are data, and they are listed above).
        data |= {_short(plan)}
        # The document text (方案文本) and what its generated parts write are plan content too.
        data.add(info.doc_title)
        numbers = numbering(list(plan.sections.values()))
        for section in plan.sections.values():
            data |= {section.title, section.display_title(), numbers[section.id], *section.paragraphs()}
            for block in generated_blocks(plan, section.part, section.level + 1 if section.level else 3):
                data |= {getattr(block, "full", ""), getattr(block, "text", "")}
    if comparison is not None:
        for d in comparison.differences:
            # A plan setting's label (方案名称) is the GUI's to translate; an entity's label is its name.
            data |= {d.a_value, d.b_value, d.key} | ({d.label} if d.kind is not EntityKind.PLAN else set())
        # A body's or deputy's figures are headed by their names in both plans ("A／B").
        data |= {row.section.partition("：")[2] for row in comparison.figures}
    return {text for text in data if text and CJK.search(text)}


def _short(plan: Plan) -> str:
    """The name the compare window heads a plan's columns with (its variant, 方案二)."""
    from reformdesk.domain.alternative import short_name

    return short_name(plan, "")


def chinese_left(texts: Iterable[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    """(where, text) pairs whose text still has Chinese once the data is taken out."""
    ordered = sorted(data, key=len, reverse=True)
    left = []
    for where, text in texts:
        if not CJK.search(text):
            continue
        rest = text
        for item in ordered:
            if item in rest:
                rest = rest.replace(item, "")
        if "…" in rest:  # an elided name: each piece is part of one
            rest = "…".join(piece for piece in rest.split("…") if not any(piece in item for item in ordered))
        if CJK.search(rest):
            left.append((where, text))
    return left


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    if isinstance(model, QAbstractListModel):
        return 1  # its columnCount is private in PySide (QListWidget's model)
    return model.columnCount(parent)


def _model_texts(model: QAbstractItemModel, name: str) -> Iterator[tuple[str, str]]:
    for section in range(_columns(model, QModelIndex())):
        yield f"{name} header {section}", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    rows = 0
    pending = [QModelIndex()]
    while pending and rows < ROWS_READ:
        parent = pending.pop(0)
        for row in range(min(model.rowCount(parent), ROWS_READ - rows)):
            rows += 1
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield f"{name} ({row},{column}) role {int(role)}", value
            first = model.index(row, 0, parent)
            if isinstance(model, QAbstractListModel | QAbstractTableModel):
                continue  # flat (and their hasChildren is private in PySide)
            if model.hasChildren(first):
                pending.append(first)


def _action_texts(actions: Iterable[QAction], where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator():
            continue
        yield f"{where} action", action.text()
        yield f"{where} action tip", action.toolTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield f"{where} menu", menu.title()
            yield from _action_texts(menu.actions(), f"{where}/{action.text()}")


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """What a person can read in ``top`` as it is shown now (hidden widgets excluded)."""
    out: list[tuple[str, str]] = [("window title", top.windowTitle())]
    if isinstance(top, QMainWindow):
        out += _action_texts(top.menuBar().actions(), "menu bar")
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible() or (w is not top and w.window() is not top):
            continue
        name = f"{type(w).__name__} {w.objectName()}".strip()
        out.append((f"{name} tooltip", w.toolTip()))
        out += _action_texts(w.actions(), name)
        if isinstance(w, QLabel | QAbstractButton):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QTabBar):
            out += [(f"{name} tab {i}", w.tabText(i)) for i in range(w.count())]
            out += [(f"{name} tab tip {i}", w.tabToolTip(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [(f"{name} item {i}", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append((f"{name} placeholder", w.placeholderText()))  # its text is the user's
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            out += _model_texts(w.model(), name)
    return [(where, text) for where, text in out if text]


@contextmanager
def painted_texts(top: QWidget) -> Iterator[list[tuple[str, str]]]:
    """Record the strings Python code paints with QPainter.drawText into ``top`` while inside.

    Only paints on ``top``, its widgets and the windows it owns (its dialogs, a
    compare window) are recorded: another window that repaints meanwhile (say one a
    previous test left open, repainting after a LanguageChange) is not the window
    under test.  Paints into images and pixmaps (an export) are not recorded either.
    """
    seen: list[tuple[str, str]] = []
    original = QPainter.drawText

    def record(painter: QPainter, *args: object) -> object:
        if _painted_in(painter.device(), top):
            seen.extend(("painted", a) for a in args if isinstance(a, str))
        return original(painter, *args)

    QPainter.drawText = record  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        QPainter.drawText = original  # type: ignore[method-assign]


def _painted_in(device: object, top: QWidget) -> bool:
    widget = device if isinstance(device, QWidget) else None
    while widget is not None:
        if widget is top:
            return True
        widget = widget.parentWidget()
    return False
