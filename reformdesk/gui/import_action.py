"""权限承接 → 导入权力清单…: the file side of importing a county power list.

The powers page shows the preview and forwards the user's choice; reading
the sheet (through the import guard, the formats layer's front door) and
matching it with the plan happen here.  openpyxl/calamine are imported only
when a list is imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reformdesk.domain.model import Plan

if TYPE_CHECKING:
    from reformdesk.formats.importer import Choices, ImportPreview, SheetRead
    from reformdesk.gui.document import Document


def preview_import(plan: Plan, path: str | Path) -> ImportPreview | str:
    """Read the power list at ``path`` and match it with ``plan``; the preview, or why it cannot be read."""
    from reformdesk.formats import sandbox
    from reformdesk.formats.importer import SheetReadError, plan_import, read_power_sheet

    sandbox.keep_warm()  # the next list opens without waiting for a reader process to start
    try:
        read = read_power_sheet(path)
    except SheetReadError as exc:
        return str(exc)
    return plan_import(plan, read)


def plan_import(plan: Plan, read: SheetRead, choices: Choices | None = None) -> ImportPreview:
    """Match an already read list with ``plan`` again (the plan may have changed since the preview),
    with the value mappings the user chose in the preview."""
    from reformdesk.formats.importer import plan_import as match

    return match(plan, read, choices)


def import_into(doc: Document, preview: ImportPreview, skip_bad_rows: bool = False) -> str | None:
    """Apply ``preview`` to the document as one undo step; why it was refused, or None."""
    from reformdesk.formats.importer import ImportRefused
    from reformdesk.gui import edits

    try:
        edits.import_powers(doc, preview, skip_bad_rows)
    except ImportRefused as exc:
        return str(exc)
    return None
