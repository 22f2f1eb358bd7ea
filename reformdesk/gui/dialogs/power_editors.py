"""Editors shared by the powers table's delegate and the power dialogs.

Combo boxes keep the entity id (or enum value) in Qt.UserRole, so callers
read ``combo.currentData()`` and never parse display text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QDateTimeEdit, QStyle, QWidget

from reformdesk.domain.model import DelegationMode, Plan, PowerType
from reformdesk.domain.powers import officials_for
from reformdesk.gui.models.labels import date_format, enum_label
from reformdesk.gui.search import make_searchable, set_search_keys

#: Earliest date the deadline editor accepts; showing it means "no deadline".
NO_DATE = QDate(2000, 1, 1)
#: Lists longer than this complete what is typed (characters or pinyin initials).
SEARCHABLE_FROM = 15


def body_combo(plan: Plan, parent: QWidget | None = None, none_text: str | None = None) -> QComboBox:
    """The plan's bodies in plan order; data = body id (first item None = no body)."""
    combo = QComboBox(parent)
    combo.addItem(none_text or QCoreApplication.translate("PowerEditors", "（未分配）"), None)
    for body in plan.bodies.values():
        combo.addItem(body.name, body.id)
    return make_searchable(combo) if len(plan.bodies) > SEARCHABLE_FROM else combo


def enum_combo(values: type[PowerType] | type[DelegationMode], parent: QWidget | None = None) -> QComboBox:
    """A combo of an enum's labels; data = the enum value."""
    combo = QComboBox(parent)
    for member in values:
        combo.addItem(enum_label(member), member.value)
    return combo


def official_combo(
    plan: Plan, body_id: str | None, parent: QWidget | None = None, *, fit_field: bool = False
) -> QComboBox:
    """The 责任人 list (5,000 people at province size): type any part of a name, or its pinyin initials.

    ``fit_field`` (a dialog's field, not a table cell's editor): the field is as wide as the
    widest entry, up to half the screen; its tooltip always holds the whole entry chosen.
    """
    combo = QComboBox(parent)
    if fit_field:
        combo.setProperty(_FIT_FIELD, True)  # refilled for another body, it is fitted again
        combo.currentIndexChanged.connect(lambda i, c=combo: c.setToolTip(c.itemText(i)))
    fill_official_combo(combo, plan, body_id, fit=False)
    make_searchable(combo)  # after the filling: a completer watching 5,000 inserts quadrupled the time
    # Then sized: an editable combo's list measures its rows' text (a plain one's menu-like list does not).
    fit_popup(combo)
    return combo


def fill_official_combo(combo: QComboBox, plan: Plan, body_id: str | None, *, fit: bool = True) -> None:
    """People of the receiving body first; after a separator everyone else, flagged.

    Others are reachable (a county official may well be named) but carry a
    warning icon and the body they work in, so picking one is a conscious act.
    """
    current = combo.currentData()
    combo.clear()
    combo.addItem(QCoreApplication.translate("PowerEditors", "（未定）"), None)
    serving, others = officials_for(plan, body_id)
    for person in serving:
        combo.addItem(
            QCoreApplication.translate("PowerEditors", "%1（%2）")
            .replace("%1", person.name)
            .replace("%2", person.post or person.staff_id),
            person.id,
        )
    if others:
        combo.insertSeparator(combo.count())
        warn = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        bodies = plan.bodies
        for person in others:
            where_id = plan.body_of(person)
            where = (
                bodies[where_id].name if where_id in bodies else QCoreApplication.translate("PowerEditors", "未安排")
            )
            text = (
                QCoreApplication.translate("PowerEditors", "%1（%2，不在承接机构）")
                .replace("%1", person.name)
                .replace("%2", where)
            )
            combo.addItem(warn, text, person.id)
    set_search_keys(combo)
    set_combo_data(combo, current)
    if fit:
        fit_popup(combo)


_FIT_FIELD = "reformdeskFitField"


def fit_popup(combo: QComboBox, *, field: bool = False) -> None:
    """Size the list (and the type-to-search list) to its widest entry, so "冶学军（综合行政执法中队，
    不在承接机构）" is read whole, not "综合行政执…队"; up to 90% of the screen, where an entry still
    cut carries its whole text as a tooltip.  ``field``: the field too, up to half the screen."""
    field = field or bool(combo.property(_FIT_FIELD))
    view = combo.view()
    model = combo.model()
    texts = [combo.itemText(row) for row in range(combo.count())]
    # The widest entries are among the longest (the text is Chinese, whose characters are one
    # width): shaping all 5,000 of a province's people cost 90 ms, the longest 24 a fraction of it.
    # Of those, the delegate's own measure (icon, text, margins) of the three widest.
    metrics = combo.fontMetrics()
    longest = sorted(range(len(texts)), key=lambda row: len(texts[row]))[-24:]
    longest.sort(key=lambda row: metrics.horizontalAdvance(texts[row]))
    widest = max((view.sizeHintForIndex(model.index(row, 0)).width() for row in longest[-3:]), default=0)
    extra = 2 * view.frameWidth() + view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 8
    screen = combo.screen()
    room = int((screen.availableGeometry().width() if screen is not None else 1280) * 0.9)
    view.setMinimumWidth(min(widest + extra, room))
    completer = combo.completer()
    if completer is not None:
        completer.popup().setMinimumWidth(min(max(widest + extra, 320), room))
    if widest + extra > room:
        for row, text in enumerate(texts):
            if metrics.horizontalAdvance(text) + extra > room:  # rare: only a list wider than the screen
                combo.setItemData(row, text, Qt.ItemDataRole.ToolTipRole)
    if field:
        arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 24
        combo.setMinimumWidth(min(widest + arrow, room // 2))


def set_combo_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data is ``value`` (the first item when absent)."""
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))


class DateEdit(QDateEdit):
    """A date editor that takes typing the way a spreadsheet cell does.

    Chinese has no word breaks, so a double click selected the whole "2026年11月27日" and the
    digits typed then replaced it with an invalid text, which Qt refused: nothing happened.
    Here a double click (or typing over a selection spanning several parts) selects the part
    under the cursor (年, 月 or 日), and the digits replace just that part.
    """

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        self._select_current_section()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes on to the next field or cell, as in Excel and WPS; not to 月 and 日.

        QDateTimeEdit spends Tab on its sections, so a clerk tabbing through a form or
        a row stopped three times in every date.  The arrows (←/→ between the parts,
        ↑/↓ to change one) and typing still edit the parts.
        """
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        line = self.lineEdit()
        if event.text().isdigit() and line is not None and line.hasSelectedText():
            selected = line.selectedText()
            if selected != self.sectionText(self.currentSection()):
                line.setCursorPosition(line.selectionStart())
                self._select_current_section()
        super().keyPressEvent(event)

    def _select_current_section(self) -> None:
        line = self.lineEdit()
        if line is None or self.text() == self.specialValueText():
            return
        section = self.sectionAt(self.sectionIndexAt(line.cursorPosition()))
        if section != QDateTimeEdit.Section.NoSection:
            self.setSelectedSection(section)

    def sectionIndexAt(self, position: int) -> int:
        """The index of the section holding text position ``position`` (the last one before it)."""
        index = 0
        # Walk the text: each section's text is found in order after the literals between them.
        text = self.text()
        pos = 0
        for i in range(self.sectionCount()):
            part = self.sectionText(self.sectionAt(i))
            found = text.find(part, pos)
            if found < 0:
                break
            if position >= found:
                index = i
            pos = found + len(part)
        return index


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A deadline editor: calendar popup, 2026年11月27日 format, 'not set' at the minimum."""
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("PowerEditors", "（未定）"))
    return edit


def set_date(edit: QDateEdit, value: dt.date | QDate | None) -> None:
    if isinstance(value, dt.date):
        value = QDate(value)
    if value is None or not value.isValid():
        edit.setDate(NO_DATE)
    else:
        edit.setDate(value)


def get_date(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    return None if value == NO_DATE else value.toPython()
