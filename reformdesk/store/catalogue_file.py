"""County catalogue files (``.rdcatalog``): one SQLite file, ``PRAGMA application_id`` "RDCT".

Tables from the catalogue registry (domain/catalogue/registry.py) through
store/document_file.py, shared with the enforcement plan: the same atomic save, content
checksum, integrity and foreign-key checks, and refusal to overwrite a file of another
kind.  A catalogue is one year's version; later years are further files (or, once the
yearly adjustments exist, versions beside it), matched by the items' natural keys.
"""

from __future__ import annotations

import os

from reformdesk.domain.catalogue.model import Catalogue, CatalogueInfo, current_title
from reformdesk.domain.catalogue.registry import CATALOGUE_KINDS, ENTITY_KINDS, CatalogueKind
from reformdesk.store.document_file import CATALOGUE_APPLICATION_ID, DocumentFormat, file_kind
from reformdesk.store.planfile import PlanFileError

__all__ = [
    "APPLICATION_ID",
    "FORMAT",
    "FORMAT_VERSION",
    "SUFFIX",
    "PlanFileError",
    "file_kind",
    "is_catalogue_file",
    "open_catalogue",
    "save_catalogue",
]

SUFFIX = ".rdcatalog"
#: ``PRAGMA application_id`` of catalogues: "RDCT".
APPLICATION_ID = CATALOGUE_APPLICATION_ID
FORMAT_VERSION = 2  # 2: items' 审批事项 and 合并自/分设自, the 动态调整 records

FORMAT = DocumentFormat(
    kind="catalogue",
    label="权责清单",
    suffix=SUFFIX,
    application_id=APPLICATION_ID,
    version=FORMAT_VERSION,
    kinds=CATALOGUE_KINDS,
    info_kind=CatalogueKind.CATALOGUE,
    entity_kinds=ENTITY_KINDS,
    make=lambda info: Catalogue(info=info),
    info_cls=CatalogueInfo,
)


#: Whether a file is one, by its application id.
is_catalogue_file = FORMAT.is_file


def open_catalogue(path: str | os.PathLike[str]) -> Catalogue:
    """Read a catalogue; every failure is a PlanFileError of one line."""
    cat: Catalogue = FORMAT.open(path)
    # Shown (and printed, and saved with the next save) as this 县's and 年度's name; the file
    # is not changed by opening it, nor marked modified for this alone.
    cat.info.title = current_title(cat.info)
    return cat


def save_catalogue(cat: Catalogue, path: str | os.PathLike[str]) -> None:
    """Write atomically (see store/document_file.py); never over a file of another kind."""
    FORMAT.save(cat, path)
