"""Edits of a town plan that draw on the county catalogue: one undo step each.

从权责清单选取… adds the chosen items as powers; 与权责清单核对… takes the catalogue's
values of chosen fields.  Both go through :func:`plan_edits.push` (refused on a
read-only plan; nothing pushed when nothing changes).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from reformdesk.domain.catalogue.model import Catalogue
from reformdesk.domain.catalogue.town_link import LinkDifference, Picked, adopt, powers_from
from reformdesk.gui.contexts import Edits
from reformdesk.gui.edits.plan_edits import push

if TYPE_CHECKING:
    from reformdesk.gui.document import Document


def add_from_catalogue(doc: Document, cat: Catalogue, item_ids: Sequence[str]) -> Picked:
    """The chosen catalogue items as new powers, one step (「从权责清单选取 12 项」)."""
    picked = powers_from(doc.plan, cat, item_ids)
    count = len(picked.added)
    push(doc, picked.changes, Edits.tr("从权责清单选取 %n 项", "", count))
    return picked


def adopt_catalogue_values(doc: Document, choices: Mapping[str, Iterable[LinkDifference]]) -> bool:
    """The catalogue's values of the chosen fields, one step (「采用权责清单的值（5 处）」)."""
    chosen = {pid: list(diffs) for pid, diffs in choices.items()}
    count = sum(len(d) for d in chosen.values())
    changes = adopt(doc.plan, chosen)
    return push(doc, changes, Edits.tr("采用权责清单的值（%n 处）", "", count))
