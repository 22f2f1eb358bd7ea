"""Classes named after the translation contexts of module-level texts, for counted messages.

A count in a message takes its plural form from the translation (``tr(text, "", n)`` with
``%n``: "1 person", "2 people"), and pyside6-lupdate reads such a message only from a
``Something.tr(…, n)`` call — from ``QCoreApplication.translate(context, text, "", n)`` it
takes none whose ``n`` is not a literal.  A module without a QObject of its own writes
``Edits.tr("删除 %n 项事项", "", len(ids))``: the class's name is the context, for lupdate
and at run time alike, so the message sits with the module's other texts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class CatalogueEdits(QObject):
    pass


class Edits(QObject):
    pass


class EnforcementEdits(QObject):
    pass


class Hall(QObject):
    pass


class TierEdits(QObject):
    pass
