"""Edits of the catalogue's 动态调整 records, one undo step each (through catalogue_edits.apply_changes)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from reformdesk.domain.catalogue.registry import CatalogueKind
from reformdesk.domain.catalogue.versions import (
    VersionChange,
    pending_records,
    propose_adjustments,
    remove_adjustments,
    set_adjustment_fields,
)
from reformdesk.domain.registry import FIELDS_CONTEXT
from reformdesk.gui.contexts import CatalogueEdits
from reformdesk.gui.edits.catalogue_edits import apply_changes

if TYPE_CHECKING:
    from reformdesk.gui.catalogue.document import CatalogueDocument


def propose_records(doc: CatalogueDocument, changes: Sequence[VersionChange], source: str) -> tuple[int, int]:
    """A record per change not yet recorded for the catalogue's year, and the 调整前/调整后 of recorded
    ones brought up to date; returns how many records were added and how many updated."""
    added, refresh = pending_records(doc.cat, changes)
    proposed = propose_adjustments(doc.cat, changes)
    if refresh:
        text = (
            CatalogueEdits.tr("与 %1 比较：新增 %n 条、更新 %3 条调整记录", "", len(added))
            .replace("%1", source)
            .replace("%3", str(len(refresh)))
        )
    else:
        text = CatalogueEdits.tr("与 %1 比较：新增 %n 条调整记录", "", len(added)).replace("%1", source)
    apply_changes(doc, proposed, text)
    return len(added), len(refresh)


def set_record_field(doc: CatalogueDocument, record_id: str, field: str, value: Any) -> bool:
    """One field of one record (调整理由, 文件依据, 文号, 日期 …)."""
    changes = set_adjustment_fields(doc.cat, {record_id: {field: value}})
    spec = CatalogueKind.ADJUSTMENT.spec
    label = QCoreApplication.translate(FIELDS_CONTEXT, spec.field(field).label)
    record = doc.cat.adjustments.get(record_id)
    text = (
        QCoreApplication.translate("CatalogueEdits", "修改调整记录“%1”的%2")
        .replace("%1", record.name if record is not None else "")
        .replace("%2", label)
    )
    return apply_changes(doc, changes, text)


def fill_records(doc: CatalogueDocument, values: dict[str, dict[str, Any]]) -> bool:
    """Several records' fields at once (向下填充: one 文件依据 and 文号 for a year's records), one undo step."""
    changes = set_adjustment_fields(doc.cat, values)
    text = CatalogueEdits.tr("向下填充 %n 条调整记录", "", len(values))
    return apply_changes(doc, changes, text)


def remove_records(doc: CatalogueDocument, record_ids: Sequence[str]) -> bool:
    changes = remove_adjustments(doc.cat, record_ids)
    text = CatalogueEdits.tr("删除 %n 条调整记录", "", len(record_ids))
    return apply_changes(doc, changes, text)
