"""Icons: small SVGs in reformdesk/resources/icons, sharp at any screen scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from reformdesk import resources


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (file name without .svg); a missing name is a programming error."""
    return QIcon(str(resources.path("icons", f"{name}.svg")))
