"""Private MIME types for drag and drop: lists of stable entity ids as JSON."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

UNITS_MIME = "application/x-reformdesk-unit-ids"
PEOPLE_MIME = "application/x-reformdesk-person-ids"
POWERS_MIME = "application/x-reformdesk-power-ids"
BODIES_MIME = "application/x-reformdesk-body-ids"


def encode_ids(mime_type: str, ids: list[str], mime: QMimeData | None = None) -> QMimeData:
    """A QMimeData carrying ``ids`` under ``mime_type`` (added to ``mime`` if given)."""
    data = mime if mime is not None else QMimeData()
    data.setData(mime_type, json.dumps(ids).encode("utf-8"))
    return data


def decode_ids(mime: QMimeData | None, mime_type: str) -> list[str]:
    """The ids carried under ``mime_type``; [] when absent or malformed."""
    if mime is None or not mime.hasFormat(mime_type):
        return []
    try:
        ids = json.loads(bytes(mime.data(mime_type).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


SERVICE_ITEMS_MIME = "application/x-reformdesk-service-item-ids"
