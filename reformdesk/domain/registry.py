"""The plan's vocabulary in one place: entity kinds and their fields.

Every other layer reads what an entity *is* from here instead of writing it
out again: the comparison (which fields are compared, which are moves, which
refer to other entities), the store (the table and column of each field),
import and export (the sheet columns), the GUI (table columns, labels) and
validation (the kind a problem is about).  A new field needs its dataclass
attribute, its :class:`FieldSpec` below and a store migration; nothing else
unless it needs its own editor.

Labels are the Chinese source texts.  They are marked with
``QT_TRANSLATE_NOOP("Fields", …)`` so lupdate extracts them; the GUI shows
them through ``QCoreApplication.translate("Fields", label)``.  The domain
imports no Qt, so the marker is a local no-op of the same name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from reformdesk.domain.document_text import MAX_LEVEL, GeneratedPart, Section
from reformdesk.domain.model import (
    Body,
    DelegationMode,
    HallMode,
    Handling,
    InHall,
    Person,
    Plan,
    PlanInfo,
    PostCounts,
    PostType,
    Power,
    PowerType,
    ServiceItem,
    ServiceSource,
    Tier,
    Unit,
    Window,
    WindowKind,
)

# Translation context of field and kind labels.
FIELDS_CONTEXT = "Fields"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction under ``context``; returns it unchanged."""
    return text


class EntityKind(StrEnum):
    """What an entity is.  The one kind vocabulary of validation, comparison, the store and the GUI.

    Values are stable (they appear in ``validate --json`` and ``diff --json``);
    the order here is the order comparison lists differences in.
    """

    PLAN = "plan"
    BODY = "body"
    UNIT = "unit"
    PERSON = "person"
    POWER = "power"
    SECTION = "section"
    WINDOW = "window"
    SERVICE_ITEM = "service_item"

    @property
    def spec(self) -> KindSpec:
        return KINDS[self]

    @property
    def label(self) -> str:
        return KINDS[self].label


class ValueType(StrEnum):
    """How a field's value is held, stored, read from a sheet and shown."""

    TEXT = "text"
    INT = "int"
    DATE = "date"
    ENUM = "enum"  # a StrEnum member; ``FieldSpec.enum`` names the class
    REF = "ref"  # the id of another entity; ``FieldSpec.ref`` names its kind
    TEXT_LIST = "text_list"  # a list of short texts (a body's sites)
    ORDER = "order"  # a position in the list (序号); not compared
    COUNTS = "counts"  # authorised posts per post type (PostCounts, immutable)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One attribute of an entity kind."""

    name: str  # the dataclass attribute, also the store column
    label: str  # Chinese label (source text, context "Fields")
    type: ValueType = ValueType.TEXT
    enum: type[StrEnum] | None = None
    ref: EntityKind | None = None
    # Part of the entity's natural key (matches plans drafted apart).
    key: bool = False
    # A difference in this field is a move (移动), not a change (变更).
    move: bool = False
    # Compared between alternatives (the list order 序号 is not: one item
    # inserted in the middle would show every later item as changed).
    compared: bool = True
    # The plan file format version that added the field: opening an older
    # file adds its column with the field's default (store/migrations.py),
    # so a new field needs no migration code of its own.
    since: int = 1

    @property
    def is_ref(self) -> bool:
        return self.type is ValueType.REF

    def default(self) -> Any:
        """The value of a new entity's field when nothing is given."""
        if self.type is ValueType.TEXT:
            return ""
        if self.type in (ValueType.INT, ValueType.ORDER):
            return 0
        if self.type is ValueType.TEXT_LIST:
            return []
        if self.type is ValueType.COUNTS:
            return PostCounts()
        if self.type is ValueType.ENUM:
            assert self.enum is not None
            return next(iter(self.enum))
        return None


@dataclass(frozen=True, slots=True)
class KindSpec:
    """An entity kind: its class, where a plan holds it, how it is stored and named."""

    kind: EntityKind
    cls: type
    label: str  # Chinese name of the kind (source text, context "Fields")
    # The Plan attribute holding the entities (``plan.units``); None for the plan's own settings.
    attr: str | None
    # The store table.
    table: str
    fields: tuple[FieldSpec, ...]
    # Field naming an entity to people (a body's name, a power's name).
    title: str = "name"
    # The plan file format version that added the kind (its table is created on migration).
    since: int = 1

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.kind.value} has no field {name!r}")

    @property
    def key_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.key)

    @property
    def compared_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.compared)

    @property
    def ref_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.is_ref)

    @property
    def move_fields(self) -> frozenset[str]:
        return frozenset(f.name for f in self.fields if f.move)

    def entities(self, plan: Plan) -> dict[str, Any]:
        """The plan's entities of this kind, by id (insertion order is the plan's order)."""
        if self.attr is None:
            raise TypeError("the plan's settings are not a table of entities")
        return getattr(plan, self.attr)  # type: ignore[no-any-return]

    def new(self, **values: Any) -> Any:
        """A new entity of this kind; fields not given take their defaults."""
        for spec in self.fields:
            if spec.name not in values:
                values[spec.name] = spec.default()
        return self.cls(**values)


F = FieldSpec
V = ValueType

PLAN_FIELDS = (
    F("name", QT_TRANSLATE_NOOP("Fields", "方案名称")),
    F("town", QT_TRANSLATE_NOOP("Fields", "乡镇")),
    F("county", QT_TRANSLATE_NOOP("Fields", "县")),
    F("office", QT_TRANSLATE_NOOP("Fields", "填表单位")),
    F("date", QT_TRANSLATE_NOOP("Fields", "方案日期"), V.DATE),
    F("author", QT_TRANSLATE_NOOP("Fields", "编制人")),
    F("notes", QT_TRANSLATE_NOOP("Fields", "说明")),
    # The mapping step's choices (承接机构 for 桥头镇人民政府 …), reused by the next import.
    F("import_mappings", QT_TRANSLATE_NOOP("Fields", "导入值映射"), compared=False, since=2),
    F("doc_title", QT_TRANSLATE_NOOP("Fields", "方案文本标题"), since=2),
    F("hall_mode", QT_TRANSLATE_NOOP("Fields", "窗口配备方式"), V.ENUM, enum=HallMode, since=2),
)
BODY_FIELDS = (
    F("name", QT_TRANSLATE_NOOP("Fields", "机构名称"), key=True),
    F("kind", QT_TRANSLATE_NOOP("Fields", "机构类别")),
    F("authorized_posts", QT_TRANSLATE_NOOP("Fields", "编制数"), V.INT),
    F("leadership_posts", QT_TRANSLATE_NOOP("Fields", "领导职数"), V.INT),
    F("sites", QT_TRANSLATE_NOOP("Fields", "办公地点"), V.TEXT_LIST),
    F("deputy_id", QT_TRANSLATE_NOOP("Fields", "分管副职"), V.REF, ref=EntityKind.PERSON),
    F("rank", QT_TRANSLATE_NOOP("Fields", "机构规格"), since=2),
    F("chief_posts", QT_TRANSLATE_NOOP("Fields", "正职领导职数"), V.INT, since=2),
    F("deputy_posts", QT_TRANSLATE_NOOP("Fields", "副职领导职数"), V.INT, since=2),
    F("duties", QT_TRANSLATE_NOOP("Fields", "主要职责"), V.TEXT_LIST, since=2),
    F("posts_by_type", QT_TRANSLATE_NOOP("Fields", "分类编制"), V.COUNTS, since=2),
)
UNIT_FIELDS = (
    F("name", QT_TRANSLATE_NOOP("Fields", "名称"), key=True),
    F("kind", QT_TRANSLATE_NOOP("Fields", "类别")),
    F("head_count", QT_TRANSLATE_NOOP("Fields", "原有人数"), V.INT),
    F("body_id", QT_TRANSLATE_NOOP("Fields", "并入职能机构"), V.REF, ref=EntityKind.BODY, move=True),
    F("post_type", QT_TRANSLATE_NOOP("Fields", "编制类型"), V.ENUM, enum=PostType, since=2),
    F("authorized_posts", QT_TRANSLATE_NOOP("Fields", "核定编制"), V.INT, since=2),
)
PERSON_FIELDS = (
    F("staff_id", QT_TRANSLATE_NOOP("Fields", "工号"), key=True),
    F("name", QT_TRANSLATE_NOOP("Fields", "姓名")),
    F("post", QT_TRANSLATE_NOOP("Fields", "现任职务")),
    F("tier_before", QT_TRANSLATE_NOOP("Fields", "改革前层级"), V.ENUM, enum=Tier),
    F("tier_after", QT_TRANSLATE_NOOP("Fields", "改革后层级"), V.ENUM, enum=Tier),
    F("unit_id", QT_TRANSLATE_NOOP("Fields", "原科室"), V.REF, ref=EntityKind.UNIT, move=True),
    F("body_id", QT_TRANSLATE_NOOP("Fields", "职能机构"), V.REF, ref=EntityKind.BODY, move=True),
    F("reports_to_id", QT_TRANSLATE_NOOP("Fields", "汇报对象"), V.REF, ref=EntityKind.PERSON),
    F("gender", QT_TRANSLATE_NOOP("Fields", "性别"), since=2),
    F("grade", QT_TRANSLATE_NOOP("Fields", "职级"), since=2),
    F("post_type", QT_TRANSLATE_NOOP("Fields", "编制类型"), V.ENUM, enum=PostType, since=2),
    F("note", QT_TRANSLATE_NOOP("Fields", "备注"), since=2),
    F("birth", QT_TRANSLATE_NOOP("Fields", "出生年月"), since=2),
    F("ethnicity", QT_TRANSLATE_NOOP("Fields", "民族"), since=2),
    F("joined", QT_TRANSLATE_NOOP("Fields", "进编时间"), since=2),
    F("window_id", QT_TRANSLATE_NOOP("Fields", "服务窗口"), V.REF, ref=EntityKind.WINDOW, move=True, since=2),
)
POWER_FIELDS = (
    F("code", QT_TRANSLATE_NOOP("Fields", "事项编码"), key=True),
    F("name", QT_TRANSLATE_NOOP("Fields", "事项名称")),
    F("type", QT_TRANSLATE_NOOP("Fields", "事项类型"), V.ENUM, enum=PowerType),
    F("legal_basis", QT_TRANSLATE_NOOP("Fields", "实施依据")),
    F("source_department", QT_TRANSLATE_NOOP("Fields", "原实施部门")),
    F("mode", QT_TRANSLATE_NOOP("Fields", "下放方式"), V.ENUM, enum=DelegationMode),
    F("body_id", QT_TRANSLATE_NOOP("Fields", "承接机构"), V.REF, ref=EntityKind.BODY),
    F("deadline", QT_TRANSLATE_NOOP("Fields", "承接时限"), V.DATE),
    F("official_id", QT_TRANSLATE_NOOP("Fields", "责任人"), V.REF, ref=EntityKind.PERSON),
    F("note", QT_TRANSLATE_NOOP("Fields", "备注")),
    F("parent_id", QT_TRANSLATE_NOOP("Fields", "主项"), V.REF, ref=EntityKind.POWER),
    F("seq", QT_TRANSLATE_NOOP("Fields", "序号"), V.ORDER, compared=False),
    # From the county catalogue (从权责清单选取): the power's responsibility list of 两单融合.
    F("responsibility_steps", QT_TRANSLATE_NOOP("Fields", "责任事项"), V.TEXT_LIST, since=3),
)
#: The plan document's prose (方案文本): numbered headings and paragraphs; see domain/document_text.py.
#: Matched between plans drafted apart by title (sections without heading pair up in order).
SECTION_FIELDS = (
    F("seq", QT_TRANSLATE_NOOP("Fields", "序号"), V.ORDER, compared=False),
    F("level", QT_TRANSLATE_NOOP("Fields", "标题级别"), V.INT),
    F("title", QT_TRANSLATE_NOOP("Fields", "标题"), key=True),
    F("text", QT_TRANSLATE_NOOP("Fields", "正文")),
    F("part", QT_TRANSLATE_NOOP("Fields", "生成内容"), V.ENUM, enum=GeneratedPart),
)
#: The service hall (便民大厅, "111+N"): windows, matched between plans by number.
WINDOW_FIELDS = (
    F("number", QT_TRANSLATE_NOOP("Fields", "窗口编号"), key=True, since=2),
    F("name", QT_TRANSLATE_NOOP("Fields", "窗口名称"), since=2),
    F("body_id", QT_TRANSLATE_NOOP("Fields", "所属职能机构"), V.REF, ref=EntityKind.BODY, since=2),
    F("kind", QT_TRANSLATE_NOOP("Fields", "窗口类型"), V.ENUM, enum=WindowKind, since=2),
    F("site", QT_TRANSLATE_NOOP("Fields", "地点"), since=2),
    F("seq", QT_TRANSLATE_NOOP("Fields", "序号"), V.ORDER, compared=False, since=2),
)
#: Service items (审批服务事项), matched by name; an item in another window is a move (移动).
SERVICE_ITEM_FIELDS = (
    F("name", QT_TRANSLATE_NOOP("Fields", "事项名称"), key=True, since=2),
    F("code", QT_TRANSLATE_NOOP("Fields", "事项编码"), since=2),
    F("source", QT_TRANSLATE_NOOP("Fields", "来源"), V.ENUM, enum=ServiceSource, since=2),
    F("power_id", QT_TRANSLATE_NOOP("Fields", "下放事项"), V.REF, ref=EntityKind.POWER, since=2),
    F("type", QT_TRANSLATE_NOOP("Fields", "事项类型"), V.ENUM, enum=PowerType, since=2),
    F("handling", QT_TRANSLATE_NOOP("Fields", "办理类型"), V.ENUM, enum=Handling, since=2),
    F("time_limit", QT_TRANSLATE_NOOP("Fields", "承诺时限（工作日）"), V.INT, since=2),
    F("volume", QT_TRANSLATE_NOOP("Fields", "年办件量"), V.INT, since=2),
    F("window_id", QT_TRANSLATE_NOOP("Fields", "窗口"), V.REF, ref=EntityKind.WINDOW, move=True, since=2),
    F("handler_id", QT_TRANSLATE_NOOP("Fields", "后台办理人"), V.REF, ref=EntityKind.PERSON, since=2),
    F("in_hall", QT_TRANSLATE_NOOP("Fields", "进驻"), V.ENUM, enum=InHall, since=2),
    F("note", QT_TRANSLATE_NOOP("Fields", "备注"), since=2),
    F("seq", QT_TRANSLATE_NOOP("Fields", "序号"), V.ORDER, compared=False, since=2),
)
#: What a difference between two plans shows (comparison.Difference): the compare window's
#: lists and tree title their columns with these, as the tables above title theirs with
#: their kind's fields.  Not an entity kind: differences are computed, never stored.
DIFFERENCE_FIELDS = (
    F("action", QT_TRANSLATE_NOOP("Fields", "操作")),
    F("kind", QT_TRANSLATE_NOOP("Fields", "类别")),
    F("label", QT_TRANSLATE_NOOP("Fields", "对象")),
    F("field", QT_TRANSLATE_NOOP("Fields", "项目")),
    F("a_value", QT_TRANSLATE_NOOP("Fields", "方案一")),
    F("b_value", QT_TRANSLATE_NOOP("Fields", "方案二")),
    # The line a compare tree's row adds: a body's figures, a difference's old → new values.
    F("detail", QT_TRANSLATE_NOOP("Fields", "说明")),
)


def difference_field(name: str) -> FieldSpec:
    """The :data:`DIFFERENCE_FIELDS` entry ``name``."""
    for spec in DIFFERENCE_FIELDS:
        if spec.name == name:
            return spec
    raise KeyError(f"a difference has no field {name!r}")


assert MAX_LEVEL == 4  # the level field's labels (document_text.LEVEL_LABELS) name levels 0–4

KINDS: dict[EntityKind, KindSpec] = {
    EntityKind.PLAN: KindSpec(
        EntityKind.PLAN, PlanInfo, QT_TRANSLATE_NOOP("Fields", "方案信息"), None, "plan", PLAN_FIELDS
    ),
    EntityKind.BODY: KindSpec(
        EntityKind.BODY, Body, QT_TRANSLATE_NOOP("Fields", "职能机构"), "bodies", "body", BODY_FIELDS
    ),
    EntityKind.UNIT: KindSpec(
        EntityKind.UNIT, Unit, QT_TRANSLATE_NOOP("Fields", "原科室站所"), "units", "unit", UNIT_FIELDS
    ),
    EntityKind.PERSON: KindSpec(
        EntityKind.PERSON, Person, QT_TRANSLATE_NOOP("Fields", "人员"), "people", "person", PERSON_FIELDS
    ),
    EntityKind.POWER: KindSpec(
        EntityKind.POWER, Power, QT_TRANSLATE_NOOP("Fields", "权力事项"), "powers", "power", POWER_FIELDS
    ),
    EntityKind.SECTION: KindSpec(
        EntityKind.SECTION,
        Section,
        QT_TRANSLATE_NOOP("Fields", "方案文本"),
        "sections",
        "section",
        SECTION_FIELDS,
        title="title",
        since=2,
    ),
    EntityKind.WINDOW: KindSpec(
        EntityKind.WINDOW,
        Window,
        QT_TRANSLATE_NOOP("Fields", "服务窗口"),
        "windows",
        # Not "window": a reserved word in PostgreSQL (the shared store's tables are the file's).
        "service_window",
        WINDOW_FIELDS,
        title="number",
        since=2,
    ),
    EntityKind.SERVICE_ITEM: KindSpec(
        EntityKind.SERVICE_ITEM,
        ServiceItem,
        QT_TRANSLATE_NOOP("Fields", "审批服务事项"),
        "service_items",
        "service_item",
        SERVICE_ITEM_FIELDS,
        since=2,
    ),
}

#: Kinds whose entities a plan holds in tables (all but the plan's own settings), in listing order.
ENTITY_KINDS: tuple[EntityKind, ...] = tuple(k for k in EntityKind if KINDS[k].attr is not None)

#: Plan attribute → kind (``"units"`` → UNIT), for code that still holds attribute names.
BY_ATTR: dict[str, EntityKind] = {spec.attr: kind for kind, spec in KINDS.items() if spec.attr}


def referrers(kind: EntityKind) -> Iterator[tuple[EntityKind, FieldSpec]]:
    """Every (kind, field) that refers to entities of ``kind``: what removing one must clear."""
    for other in ENTITY_KINDS:
        for spec in KINDS[other].ref_fields:
            if spec.ref is kind:
                yield other, spec


def check_registry() -> None:
    """Each dataclass attribute has its FieldSpec and back (called by the tests).

    ``id`` is every entity's stable id and ``lineage_id`` the plan's shared
    alternative lineage: both are identity, not fields people edit or compare.
    """
    identity = {"id", "lineage_id"}
    for kind, spec in KINDS.items():
        attrs = set(spec.cls.__dataclass_fields__) - identity  # type: ignore[attr-defined]
        named = {f.name for f in spec.fields}
        if attrs != named:
            raise AssertionError(f"{kind.value}: fields {sorted(attrs ^ named)} are not registered or do not exist")
        for f in spec.fields:
            if (f.type is ValueType.ENUM) != (f.enum is not None) or (f.type is ValueType.REF) != (f.ref is not None):
                raise AssertionError(f"{kind.value}.{f.name}: enum/ref do not match its type")


#: Python types of values per ValueType, for readers that check what they were given.
PYTHON_TYPES: dict[ValueType, tuple[type, ...]] = {
    ValueType.TEXT: (str,),
    ValueType.INT: (int,),
    ValueType.ORDER: (int,),
    ValueType.DATE: (dt.date,),
    ValueType.ENUM: (Enum,),
    ValueType.REF: (str, type(None)),
    ValueType.TEXT_LIST: (list,),
    ValueType.COUNTS: (PostCounts,),
}
