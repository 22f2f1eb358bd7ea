"""Type-to-search by characters and by pinyin initials (pypinyin, imported when first needed).

``matches("张秀兰", "zxl")`` and ``matches("张秀兰", "秀")`` are true; ``make_searchable(combo)``
makes a long combo (责任人 among 5,000 people) complete from any part of an entry or its initials.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter

#: What a tree or a sub-item row puts before a name to show its depth (never copied, never searched).
INDENT_MARKS = " \u3000└├│─┗┣┃━·-"
#: Role of a combo item holding its search key (the text and its pinyin initials).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 77


@lru_cache(maxsize=65536)
def initials(text: str) -> str:
    """Pinyin initials of the Chinese in ``text`` ("张秀兰" → "zxl"); other characters lower-cased."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text.lower()
    from pypinyin import Style, lazy_pinyin  # imported when first needed: it loads a large dictionary

    return "".join(part[:1] for part in lazy_pinyin(text, style=Style.FIRST_LETTER, errors=lambda s: list(s))).lower()


def matches(text: str, typed: str) -> bool:
    """Does ``text`` match what was typed: by characters (anywhere) or by pinyin initials (from the start)."""
    if not typed:
        return False
    typed = typed.lower()
    text = text.lstrip(INDENT_MARKS)
    return typed in text.lower() or (typed.isascii() and initials(text).startswith(typed))


def search_key(text: str) -> str:
    """A combo item's search key: its text and its pinyin initials."""
    return f"{text} {initials(text)}"


def set_search_keys(combo: QComboBox) -> None:
    """Give every entry its search key (after the combo was filled or refilled)."""
    for i in range(combo.count()):
        combo.setItemData(i, search_key(combo.itemText(i)), SEARCH_ROLE)


def make_searchable(combo: QComboBox) -> QComboBox:
    """Type-to-search in a long combo (责任人 among 5,000 people): the combo becomes editable and
    completes from any part of an entry's text or its pinyin initials; the entry chosen is kept."""
    set_search_keys(combo)
    if not combo.isEditable():
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionRole(SEARCH_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(15)
    combo.setCompleter(completer)
    # The popup shows the entries' own text; QComboBox selects the entry chosen in it.
    completer.popup().setModelColumn(0)
    completer.popup().setMinimumWidth(320)  # whole names and posts, even from a narrow cell
    line = combo.lineEdit()
    if line is not None:
        line.editingFinished.connect(lambda c=combo: _settle(c))
        # Typing replaces the entry shown (as in a cell), so what is typed is the search.
        combo.installEventFilter(_SelectOnFocus(combo))
    return combo


class _SelectOnFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            line = watched.lineEdit() if isinstance(watched, QComboBox) else None
            if line is not None:
                QTimer.singleShot(0, line.selectAll)
        return False


def _settle(combo: QComboBox) -> None:
    """Typed text that names no entry: show the chosen entry again (nothing new is ever inserted)."""
    if combo.currentIndex() >= 0 and combo.currentText() != combo.itemText(combo.currentIndex()):
        found = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        combo.setCurrentIndex(found if found >= 0 else combo.currentIndex())
        combo.setEditText(combo.itemText(combo.currentIndex()))
