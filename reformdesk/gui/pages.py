"""The main window's pages (tabs), in order.

Each entry: (key, factory).  A factory takes (document, parent) and returns a
QWidget that follows the document's signals by itself.  A page may define
``show_entity(kind: str, entity_id: str) -> bool`` to select an entity when
asked (problems panel, comparison), and ``page_title() -> str`` for its tab.
Pages are imported lazily so that start-up imports only what is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

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
