"""The catalogue's vocabulary: its entity kinds and their fields (domain/registry.py's FieldSpec).

As domain/enforcement/registry.py does for the enforcement plan, this names every field
of a catalogue once: the store's tables, the change sets (``kind.spec.entities``), import
and export columns, checks and the GUI read it from here.

Natural keys: a subject's name; an item's code — or, when the code is empty (codes are
never invented), its subject and name (:meth:`Catalogue.natural_key`).  The registry
marks ``code`` as the key field; the fallback is the model's.
"""

from __future__ import annotations

from enum import StrEnum

from reformdesk.domain.catalogue.model import (
    Adjustment,
    AdjustmentType,
    ApprovalMark,
    CatalogueInfo,
    CatalogueItem,
    Subject,
    SubjectKind,
)
from reformdesk.domain.model import PowerType
from reformdesk.domain.registry import QT_TRANSLATE_NOOP, FieldSpec, KindSpec, ValueType


class CatalogueKind(StrEnum):
    """What an entity of a catalogue is (values stable: JSON, tables)."""

    CATALOGUE = "catalogue"
    SUBJECT = "subject"
    ITEM = "item"
    ADJUSTMENT = "adjustment"

    @property
    def spec(self) -> KindSpec:
        return CATALOGUE_KINDS[self]

    @property
    def label(self) -> str:
        return CATALOGUE_KINDS[self].label


F = FieldSpec
V = ValueType
K = CatalogueKind

INFO_FIELDS = (
    F("title", QT_TRANSLATE_NOOP("Fields", "清单名称")),
    F("county", QT_TRANSLATE_NOOP("Fields", "县")),
    F("office", QT_TRANSLATE_NOOP("Fields", "填表单位")),
    F("year", QT_TRANSLATE_NOOP("Fields", "年度"), V.INT),
    F("date", QT_TRANSLATE_NOOP("Fields", "发布日期"), V.DATE),
    F("notes", QT_TRANSLATE_NOOP("Fields", "说明")),
)
SUBJECT_FIELDS = (
    F("name", QT_TRANSLATE_NOOP("Fields", "实施主体"), key=True),
    F("kind", QT_TRANSLATE_NOOP("Fields", "主体类别"), V.ENUM, enum=SubjectKind),
    F("code", QT_TRANSLATE_NOOP("Fields", "主体编码")),
    F("note", QT_TRANSLATE_NOOP("Fields", "备注")),
)
ITEM_FIELDS = (
    F("code", QT_TRANSLATE_NOOP("Fields", "职权编码"), key=True),
    F("name", QT_TRANSLATE_NOOP("Fields", "职权名称")),
    F("parent_id", QT_TRANSLATE_NOOP("Fields", "主项"), V.REF, ref=K.ITEM),  # type: ignore[arg-type]
    F("subject_id", QT_TRANSLATE_NOOP("Fields", "实施主体"), V.REF, ref=K.SUBJECT, move=True),  # type: ignore[arg-type]
    F("type", QT_TRANSLATE_NOOP("Fields", "职权类型"), V.ENUM, enum=PowerType),
    F("legal_basis", QT_TRANSLATE_NOOP("Fields", "法律法规依据")),
    F("basis_clause", QT_TRANSLATE_NOOP("Fields", "具体条款")),
    F("levels", QT_TRANSLATE_NOOP("Fields", "行使层级"), V.TEXT_LIST),
    F("responsibility_steps", QT_TRANSLATE_NOOP("Fields", "责任事项"), V.TEXT_LIST),
    F("accountability_cases", QT_TRANSLATE_NOOP("Fields", "追责情形")),
    F("accountability_basis", QT_TRANSLATE_NOOP("Fields", "问责依据")),
    F("supervision", QT_TRANSLATE_NOOP("Fields", "监督方式")),
    F("supervision_phone", QT_TRANSLATE_NOOP("Fields", "监督电话")),
    F("integrity_risks", QT_TRANSLATE_NOOP("Fields", "廉政风险点")),
    F("note", QT_TRANSLATE_NOOP("Fields", "备注")),
    F("approval", QT_TRANSLATE_NOOP("Fields", "审批事项"), V.ENUM, enum=ApprovalMark, since=2),
    # Not compared between versions: it says how items relate across versions.
    F("origins", QT_TRANSLATE_NOOP("Fields", "合并自/分设自"), V.TEXT_LIST, compared=False, since=2),
)
#: 动态调整 records (file format 2).
ADJUSTMENT_FIELDS = (
    F("year", QT_TRANSLATE_NOOP("Fields", "年度"), V.INT, since=2),
    F("action", QT_TRANSLATE_NOOP("Fields", "调整类型"), V.ENUM, enum=AdjustmentType, since=2),
    F("subject", QT_TRANSLATE_NOOP("Fields", "实施主体"), since=2),
    F("code", QT_TRANSLATE_NOOP("Fields", "事项编码"), key=True, since=2),
    F("name", QT_TRANSLATE_NOOP("Fields", "事项名称"), since=2),
    F("before", QT_TRANSLATE_NOOP("Fields", "调整前"), since=2),
    F("after", QT_TRANSLATE_NOOP("Fields", "调整后"), since=2),
    F("reason", QT_TRANSLATE_NOOP("Fields", "调整理由"), since=2),
    F("basis", QT_TRANSLATE_NOOP("Fields", "文件依据"), since=2),
    F("doc_no", QT_TRANSLATE_NOOP("Fields", "文号"), since=2),
    F("date", QT_TRANSLATE_NOOP("Fields", "日期"), V.DATE, since=2),
    F("note", QT_TRANSLATE_NOOP("Fields", "备注"), since=2),
)

CATALOGUE_KINDS: dict[CatalogueKind, KindSpec] = {
    K.CATALOGUE: KindSpec(
        K.CATALOGUE,  # type: ignore[arg-type]
        CatalogueInfo,
        QT_TRANSLATE_NOOP("Fields", "权责清单"),
        None,
        "catalogue",
        INFO_FIELDS,
        title="title",
    ),
    K.SUBJECT: KindSpec(
        K.SUBJECT,  # type: ignore[arg-type]
        Subject,
        QT_TRANSLATE_NOOP("Fields", "实施主体"),
        "subjects",
        "subject",
        SUBJECT_FIELDS,
    ),
    K.ITEM: KindSpec(
        K.ITEM,  # type: ignore[arg-type]
        CatalogueItem,
        QT_TRANSLATE_NOOP("Fields", "权责事项"),
        "items",
        "catalogue_item",
        ITEM_FIELDS,
    ),
    K.ADJUSTMENT: KindSpec(
        K.ADJUSTMENT,  # type: ignore[arg-type]
        Adjustment,
        QT_TRANSLATE_NOOP("Fields", "动态调整"),
        "adjustments",
        "adjustment",
        ADJUSTMENT_FIELDS,
        since=2,
    ),
}
#: The kinds held as tables of entities, in an order where references point backwards.
ENTITY_KINDS = (K.SUBJECT, K.ITEM, K.ADJUSTMENT)


def check_registry() -> None:
    """Each dataclass attribute has its FieldSpec and back (called by the tests)."""
    for kind, spec in CATALOGUE_KINDS.items():
        attrs = set(spec.cls.__dataclass_fields__) - {"id", "lineage_id"}  # type: ignore[attr-defined]
        named = {f.name for f in spec.fields}
        if attrs != named:
            raise AssertionError(f"{kind.value}: fields {sorted(attrs ^ named)} are not registered or do not exist")
