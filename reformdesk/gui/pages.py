"""The main window's pages (tabs), in order.

Each entry: (key, factory).  A factory takes (document, parent) and returns a
QWidget that follows the document's signals by itself.  A page may define
``show_entity(kind: str, entity_id: str) -> bool`` to select an entity when
asked (problems panel, comparison), and ``page_title() -> str`` for its tab.
Pages are imported lazily so that start-up imports only what is shown; the
main window builds a page the first time its tab is shown (or asked for), so
its tab title is known here without importing the page.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: (key, "module:Class") of each page, in tab order.
PAGES: list[tuple[str, str]] = [
    ("structure", "reformdesk.gui.views.structure_view:StructurePage"),
    ("tiers", "reformdesk.gui.views.tier_view:TierPage"),
    ("powers", "reformdesk.gui.views.powers_view:PowersPage"),
    ("service", "reformdesk.gui.views.service_view:ServicePage"),
    ("document", "reformdesk.gui.views.document_text_view:DocumentTextPage"),
]


def page_factory(spec: str) -> Callable[..., Any]:
    module, _, name = spec.partition(":")
    return getattr(import_module(module), name)  # type: ignore[no-any-return]


#: key -> (translation context, source text) of each page's tab title: the page's
#: own ``page_title()``, readable before the page is built.
TITLES: dict[str, tuple[str, str]] = {
    "structure": ("StructurePage", QT_TRANSLATE_NOOP("StructurePage", "机构设置")),
    "tiers": ("TierPage", QT_TRANSLATE_NOOP("TierPage", "管理层级")),
    "powers": ("PowersPage", QT_TRANSLATE_NOOP("PowersPage", "权限承接")),
    "service": ("ServicePage", QT_TRANSLATE_NOOP("ServicePage", "便民服务")),
    "document": ("DocumentTextPage", QT_TRANSLATE_NOOP("DocumentTextPage", "方案文本")),
}


def page_title(key: str) -> str:
    """The tab title of page ``key`` in the current language (the key itself for an unknown page)."""
    context, source = TITLES.get(key, ("", key))
    return QCoreApplication.translate(context, source) if context else source
