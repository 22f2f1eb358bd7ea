"""County enforcement plan files (``.rdcounty``): one SQLite file, its own application id.

The tables are read from the enforcement registry (domain/enforcement/registry.py) by
store/document_file.py, which the catalogue shares: ``id``, ``pos``, then one column per
field; opening and saving reuse the plan file's safety (atomic replace, the content
checksum, integrity and foreign-key checks), so an enforcement plan is as safe on disk
as a town plan.  ``PRAGMA application_id`` is "RDEN"; a town plan's is "RDPL", a
catalogue's "RDCT", so :func:`file_kind` tells them apart before anything else is read.

An open enforcement plan is locked like a plan file (store/lock.py: an OS lock
on ``FILE.rdcounty.lock`` and on the file itself): :func:`acquire_enforcement`
takes it for a window or a command, and a second opener is told who has it.
"""

from __future__ import annotations

import os

from reformdesk.domain.enforcement.model import CountyInfo, EnforcementPlan
from reformdesk.domain.enforcement.registry import ENFORCEMENT_KINDS, ENTITY_KINDS, EnforcementKind
from reformdesk.store import lock as _lock
from reformdesk.store import planfile
from reformdesk.store.document_file import ENFORCEMENT_APPLICATION_ID, DocumentFormat, file_kind
from reformdesk.store.planfile import PlanFileError

__all__ = [
    "APPLICATION_ID",
    "FORMAT",
    "FORMAT_VERSION",
    "SUFFIX",
    "PlanFileError",
    "acquire_enforcement",
    "file_kind",
    "is_enforcement_file",
    "open_enforcement",
    "save_enforcement",
]

SUFFIX = ".rdcounty"
#: ``PRAGMA application_id`` of enforcement plans: "RDEN".
APPLICATION_ID = ENFORCEMENT_APPLICATION_ID
FORMAT_VERSION = 1

FORMAT = DocumentFormat(
    kind="enforcement",
    label="执法体系方案",
    suffix=SUFFIX,
    application_id=APPLICATION_ID,
    version=FORMAT_VERSION,
    kinds=ENFORCEMENT_KINDS,
    info_kind=EnforcementKind.PLAN,
    entity_kinds=ENTITY_KINDS,
    make=lambda info: EnforcementPlan(info=info),
    info_cls=CountyInfo,
)


#: Whether a file is one, by its application id.
is_enforcement_file = FORMAT.is_file


def open_enforcement(path: str | os.PathLike[str]) -> EnforcementPlan:
    """Read an enforcement plan; every failure is a PlanFileError of one line."""
    plan: EnforcementPlan = FORMAT.open(path)
    return plan


def acquire_enforcement(path: str | os.PathLike[str]) -> _lock.PlanLock | _lock.Locked | None:
    """The lock of the enforcement plan at ``path`` (held until ``release()``), or who holds it;
    None where no lock can be made (a read-only folder: the plan cannot be saved there anyway)."""
    held = _lock.acquire(path)
    if isinstance(held, _lock.PlanLock):
        planfile.remove_leftovers(path)  # what a killed save left: no save of this file can be running now
    return held


def save_enforcement(plan: EnforcementPlan, path: str | os.PathLike[str]) -> None:
    """Write atomically (see store/document_file.py); never over a file of another kind."""
    FORMAT.save(plan, path)
