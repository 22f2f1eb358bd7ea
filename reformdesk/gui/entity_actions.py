"""Adding, editing and deleting old units and people from any page.

The structure page's old-structure tree and the tier page's people table
share this controller: it opens the unit and person dialogs (non-blocking,
``open()``; their ``finished`` continues the action, so tests drive them),
asks before deleting people who lead a body, answer for powers or have
people reporting to them (saying what the deletion unlinks), and pushes each
change through :mod:`reformdesk.gui.edits` as one named undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from reformdesk.domain import edits as domain
from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.models.labels import join_list

if TYPE_CHECKING:
    from reformdesk.gui.dialogs.entity_dialogs import PersonDialog, UnitDialog

# The dialogs are imported when one opens, not with the page: their editors pull in Qt
# classes (QStyle, the date edits) whose Python enums took 35–38 ms of CPU to build at start.


class EntityActions(QObject):
    #: A dialog or question was opened (tests drive it; nothing blocks).
    dialogOpened = Signal(QWidget)
    #: An entity was added (kind, id): the page selects it.
    added = Signal(object, str)

    def __init__(self, doc: Document, widget: QWidget) -> None:
        super().__init__(widget)
        self.doc = doc
        self.widget = widget
        self.dialog: QWidget | None = None

    def _open(self, dialog: QWidget) -> QWidget:
        # Not WA_DeleteOnClose (see file_actions._show); the last one is kept until the next.
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
        self.dialogOpened.emit(dialog)
        return dialog

    # -- units ----------------------------------------------------------------------
    def new_unit(self) -> UnitDialog | None:
        if self.doc.read_only:
            return None
        from reformdesk.gui.dialogs.entity_dialogs import UnitDialog

        dialog = UnitDialog(self.doc.plan, None, self.widget)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                values = dialog.values()
                unit = edits.add_unit(self.doc, values.pop("name"), **values)
                if unit is not None:
                    self.added.emit(EntityKind.UNIT, unit.id)

        dialog.finished.connect(done)
        self._open(dialog)
        return dialog

    def edit_unit(self, unit_id: str) -> UnitDialog | None:
        unit = self.doc.plan.units.get(unit_id)
        if unit is None or self.doc.read_only:
            return None
        from reformdesk.gui.dialogs.entity_dialogs import UnitDialog

        dialog = UnitDialog(self.doc.plan, unit, self.widget)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                edits.edit_unit(self.doc, unit_id, dialog.values())

        dialog.finished.connect(done)
        self._open(dialog)
        return dialog

    def delete_units(self, unit_ids: Sequence[str]) -> QMessageBox | None:
        """Delete units; when they have people, ask first (the people stay, without a unit)."""
        plan = self.doc.plan
        ids = [u for u in unit_ids if u in plan.units]
        if not ids or self.doc.read_only:
            return None
        members = [p for p in plan.people.values() if p.unit_id in set(ids)]
        if not members:
            edits.remove_units(self.doc, ids)
            return None
        names = join_list([plan.units[u].name for u in ids])
        text = self.tr("删除原科室站所 %1？").replace("%1", names)
        info = self.tr("其中的 %n 名人员不会删除，将列在“无原科室人员”下。", "", len(members))
        return self._ask(text, info, lambda: edits.remove_units(self.doc, ids))

    # -- people -------------------------------------------------------------------------
    def new_person(self, unit_id: str | None = None) -> PersonDialog | None:
        if self.doc.read_only:
            return None
        from reformdesk.gui.dialogs.entity_dialogs import PersonDialog

        dialog = PersonDialog(self.doc.plan, None, unit_id, self.widget)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                values = dialog.values()
                person = edits.add_person(self.doc, values.pop("staff_id"), values.pop("name"), **values)
                if person is not None:
                    self.added.emit(EntityKind.PERSON, person.id)

        dialog.finished.connect(done)
        self._open(dialog)
        return dialog

    def edit_person(self, person_id: str) -> PersonDialog | None:
        person = self.doc.plan.people.get(person_id)
        if person is None or self.doc.read_only:
            return None
        from reformdesk.gui.dialogs.entity_dialogs import PersonDialog

        dialog = PersonDialog(self.doc.plan, person, None, self.widget)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                edits.edit_person(self.doc, person_id, dialog.values())

        dialog.finished.connect(done)
        self._open(dialog)
        return dialog

    def delete_people(self, person_ids: Sequence[str]) -> QMessageBox | None:
        """Delete people; ask first when that unlinks a body's deputy, a power's official or a superior."""
        plan = self.doc.plan
        ids = [p for p in person_ids if p in plan.people]
        if not ids or self.doc.read_only:
            return None
        links = domain.person_links(plan, ids)
        if not links:
            edits.remove_people(self.doc, ids)
            return None
        names = join_list([plan.people[p].name for p in ids[:3]])
        if len(ids) > 3:
            names = self.tr("%1 等 %n 人", "", len(ids)).replace("%1", names)
        lines = []
        if links.deputy_of:
            bodies = join_list([plan.bodies[b].name for b in links.deputy_of])
            lines.append(self.tr("分管的职能机构将没有分管副职：%1").replace("%1", bodies))
        if links.official_of:
            lines.append(self.tr("%n 项事项将没有责任人", "", len(links.official_of)))
        if links.superior_of:
            who = join_list([plan.people[p].name for p in links.superior_of[:5]])
            if len(links.superior_of) > 5:
                who = self.tr("%1 等 %n 人", "", len(links.superior_of)).replace("%1", who)
            lines.append(self.tr("以下人员将没有汇报对象：%1").replace("%1", who))
        text = self.tr("删除人员 %1？").replace("%1", names)
        return self._ask(text, "\n".join(lines), lambda: edits.remove_people(self.doc, ids))

    def _ask(self, text: str, info: str, then: object) -> QMessageBox:
        box = QMessageBox(self.widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("确认删除"))
        box.setText(text)
        box.setInformativeText(info + "\n" + self.tr("删除后可以撤销。"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("删除"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def finished(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                then()  # type: ignore[operator]

        box.finished.connect(finished)
        self._open(box)
        return box
