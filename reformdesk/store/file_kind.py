"""Which kind of ReformDesk document a file is, from its SQLite header alone.

Stdlib only: the window asks this of the file it was started with before it
paints, and store/document_file.py, which reads and writes the county kinds,
imports SQLAlchemy (some 150–280 ms of a start, measured with -X importtime).
"""

from __future__ import annotations

import os
from pathlib import Path

from reformdesk.store.layout import APPLICATION_ID as PLAN_APPLICATION_ID

_SQLITE_MAGIC = b"SQLite format 3\x00"

#: ``PRAGMA application_id`` of each file kind ("RDPL", "RDEN", "RDCT"): what :func:`file_kind` answers.
ENFORCEMENT_APPLICATION_ID = 0x5244454E
CATALOGUE_APPLICATION_ID = 0x52444354
APPLICATION_IDS: dict[int, str] = {
    PLAN_APPLICATION_ID: "plan",
    ENFORCEMENT_APPLICATION_ID: "enforcement",
    CATALOGUE_APPLICATION_ID: "catalogue",
}
#: How messages name the county kinds (a town plan's command given one of them says what it is).
KIND_NAMES: dict[str, str] = {"enforcement": "县级执法体系方案（.rdcounty）", "catalogue": "县级权责清单（.rdcatalog）"}


def file_kind(path: str | os.PathLike[str]) -> str | None:
    """ "plan", "enforcement" or "catalogue" by the file's application id; None for anything else (or unreadable)."""
    p = Path(path)
    try:
        if not p.is_file():
            return None
        with p.open("rb") as fh:
            if fh.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
                return None
            fh.seek(68)  # the SQLite header's application id, big-endian
            app_id = int.from_bytes(fh.read(4), "big")
    except OSError:
        return None
    return APPLICATION_IDS.get(app_id)


def is_enforcement_file(path: str | os.PathLike[str]) -> bool:
    return file_kind(path) == "enforcement"


def is_catalogue_file(path: str | os.PathLike[str]) -> bool:
    return file_kind(path) == "catalogue"
