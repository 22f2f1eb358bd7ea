"""The enforcement plan's kinds and fields, built from the town registry's blocks.

The same :class:`FieldSpec` / :class:`KindSpec` / :class:`ValueType` as the town
plan (domain/registry.py), in a registry of its own: the store's tables, the
export's columns, the comparison and the GUI labels are read from here.
``EnforcementKind.spec`` gives the kind's :class:`KindSpec`, so change sets
(domain/changes.py) run over an :class:`EnforcementPlan` unchanged.
"""

from __future__ import annotations

from enum import StrEnum

from reformdesk.domain.enforcement.model import (
    CountyInfo,
    EnforcementItem,
    EnforcementType,
    GroupMember,
    GroupRole,
    Officer,
    PostsCounted,
    Township,
    TownshipKind,
    Village,
    VillageKind,
    Zone,
)
from reformdesk.domain.model import PostType
from reformdesk.domain.registry import QT_TRANSLATE_NOOP, FieldSpec, KindSpec, ValueType


class EnforcementKind(StrEnum):
    """What an entity of an enforcement plan is (values stable: JSON, tables)."""

    PLAN = "county_plan"
    MEMBER = "group_member"
    TOWNSHIP = "township"
    ZONE = "zone"
    VILLAGE = "village"
    OFFICER = "officer"
    ITEM = "enforcement_item"

    @property
    def spec(self) -> KindSpec:
        return ENFORCEMENT_KINDS[self]

    @property
    def label(self) -> str:
        return ENFORCEMENT_KINDS[self].label


F = FieldSpec
V = ValueType
K = EnforcementKind

INFO_FIELDS = (
    F("name", QT_TRANSLATE_NOOP("Fields", "方案名称")),
    F("county", QT_TRANSLATE_NOOP("Fields", "县")),
    F("office", QT_TRANSLATE_NOOP("Fields", "填表单位")),
    F("date", QT_TRANSLATE_NOOP("Fields", "方案日期"), V.DATE),
    F("author", QT_TRANSLATE_NOOP("Fields", "编制人")),
    F("notes", QT_TRANSLATE_NOOP("Fields", "说明")),
)
MEMBER_FIELDS = (
    F("name", QT_TRANSLATE_NOOP("Fields", "姓名"), key=True),
    F("post", QT_TRANSLATE_NOOP("Fields", "职务")),
    F("role", QT_TRANSLATE_NOOP("Fields", "组内职务"), V.ENUM, enum=GroupRole),
    F("unit", QT_TRANSLATE_NOOP("Fields", "单位")),
)
TOWNSHIP_FIELDS = (
    F("name", QT_TRANSLATE_NOOP("Fields", "乡镇"), key=True),
    F("kind", QT_TRANSLATE_NOOP("Fields", "类别"), V.ENUM, enum=TownshipKind),
    F("note", QT_TRANSLATE_NOOP("Fields", "备注")),
)
ZONE_FIELDS = (
    F("name", QT_TRANSLATE_NOOP("Fields", "片区"), key=True),
    F("seat_id", QT_TRANSLATE_NOOP("Fields", "执法中心驻地"), V.REF, ref=K.TOWNSHIP),  # type: ignore[arg-type]
    # Ids of townships, in order (a list, so a township put in two zones can be shown and checked).
    F("township_ids", QT_TRANSLATE_NOOP("Fields", "涵盖乡镇"), V.TEXT_LIST, move=True),
    F("centre", QT_TRANSLATE_NOOP("Fields", "执法中心")),
    F("authorized_posts", QT_TRANSLATE_NOOP("Fields", "核定编制"), V.INT),
    F("leadership_posts", QT_TRANSLATE_NOOP("Fields", "领导职数"), V.INT),
    F("staff", QT_TRANSLATE_NOOP("Fields", "辅助人员"), V.INT),
)
VILLAGE_FIELDS = (
    F("name", QT_TRANSLATE_NOOP("Fields", "村（社区）"), key=True),
    F("kind", QT_TRANSLATE_NOOP("Fields", "类别"), V.ENUM, enum=VillageKind),
    F("township_id", QT_TRANSLATE_NOOP("Fields", "乡镇"), V.REF, ref=K.TOWNSHIP, key=True),  # type: ignore[arg-type]
    F("station", QT_TRANSLATE_NOOP("Fields", "执法服务站")),
    F("grid_workers", QT_TRANSLATE_NOOP("Fields", "网格员"), V.INT),
    F("assistants", QT_TRANSLATE_NOOP("Fields", "协管员"), V.INT),
    F("note", QT_TRANSLATE_NOOP("Fields", "备注")),
)
OFFICER_FIELDS = (
    F("name", QT_TRANSLATE_NOOP("Fields", "姓名"), key=True),
    F("department", QT_TRANSLATE_NOOP("Fields", "原单位"), key=True),
    F("unit", QT_TRANSLATE_NOOP("Fields", "原科室（站所）")),
    F("post_type", QT_TRANSLATE_NOOP("Fields", "编制类型"), V.ENUM, enum=PostType),
    F("cert_no", QT_TRANSLATE_NOOP("Fields", "执法证号")),
    F("cert_valid_until", QT_TRANSLATE_NOOP("Fields", "有效期至"), V.DATE),
    F("cert_fields", QT_TRANSLATE_NOOP("Fields", "执法证执法领域"), V.TEXT_LIST),
    F("fields", QT_TRANSLATE_NOOP("Fields", "执法领域"), V.TEXT_LIST),
    F("term_from", QT_TRANSLATE_NOOP("Fields", "抽调起始"), V.DATE),
    F("term_to", QT_TRANSLATE_NOOP("Fields", "抽调截止"), V.DATE),
    F("zone_id", QT_TRANSLATE_NOOP("Fields", "派驻片区"), V.REF, ref=K.ZONE, move=True),  # type: ignore[arg-type]
    F("posts_counted", QT_TRANSLATE_NOOP("Fields", "编制所在"), V.ENUM, enum=PostsCounted),
)
ITEM_FIELDS = (
    F("code", QT_TRANSLATE_NOOP("Fields", "事项编码"), key=True),
    F("name", QT_TRANSLATE_NOOP("Fields", "事项名称")),
    F("type", QT_TRANSLATE_NOOP("Fields", "事项类型"), V.ENUM, enum=EnforcementType),
    F("field", QT_TRANSLATE_NOOP("Fields", "执法领域")),
    F("legal_basis", QT_TRANSLATE_NOOP("Fields", "实施依据")),
    F("source_department", QT_TRANSLATE_NOOP("Fields", "原实施部门")),
    F("source", QT_TRANSLATE_NOOP("Fields", "来源")),
    F("zone_ids", QT_TRANSLATE_NOOP("Fields", "承接片区"), V.TEXT_LIST, move=True),
    F("deadline", QT_TRANSLATE_NOOP("Fields", "承接时限"), V.DATE),
    F("official", QT_TRANSLATE_NOOP("Fields", "责任人")),
    F("note", QT_TRANSLATE_NOOP("Fields", "备注")),
)


def _kind(
    kind: EnforcementKind, cls: type, label: str, attr: str | None, table: str, fields: tuple[FieldSpec, ...]
) -> KindSpec:
    return KindSpec(kind, cls, label, attr, table, fields)  # type: ignore[arg-type]


ENFORCEMENT_KINDS: dict[EnforcementKind, KindSpec] = {
    K.PLAN: _kind(K.PLAN, CountyInfo, QT_TRANSLATE_NOOP("Fields", "执法体系方案"), None, "county_plan", INFO_FIELDS),
    K.MEMBER: _kind(
        K.MEMBER, GroupMember, QT_TRANSLATE_NOOP("Fields", "领导小组成员"), "members", "group_member", MEMBER_FIELDS
    ),
    K.TOWNSHIP: _kind(
        K.TOWNSHIP, Township, QT_TRANSLATE_NOOP("Fields", "乡镇"), "townships", "township", TOWNSHIP_FIELDS
    ),
    K.ZONE: _kind(K.ZONE, Zone, QT_TRANSLATE_NOOP("Fields", "片区"), "zones", "zone", ZONE_FIELDS),
    K.VILLAGE: _kind(
        K.VILLAGE, Village, QT_TRANSLATE_NOOP("Fields", "村（社区）"), "villages", "village", VILLAGE_FIELDS
    ),
    K.OFFICER: _kind(
        K.OFFICER, Officer, QT_TRANSLATE_NOOP("Fields", "执法人员"), "officers", "officer", OFFICER_FIELDS
    ),
    K.ITEM: _kind(
        K.ITEM, EnforcementItem, QT_TRANSLATE_NOOP("Fields", "执法事项"), "items", "enforcement_item", ITEM_FIELDS
    ),
}
#: The kinds held as tables of entities, in an order where references point backwards.
ENTITY_KINDS = tuple(k for k in EnforcementKind if k is not K.PLAN)
