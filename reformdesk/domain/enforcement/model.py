"""Entities of the county enforcement plan; see the package docstring."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from reformdesk.domain.model import PostType, new_id


class TownshipKind(StrEnum):
    TOWN = "镇"
    TOWNSHIP = "乡"


class VillageKind(StrEnum):
    VILLAGE = "村"
    COMMUNITY = "社区"


class GroupRole(StrEnum):
    """A member's place in the leading group (领导小组)."""

    LEADER = "组长"
    DEPUTY = "副组长"
    MEMBER = "成员"


class EnforcementType(StrEnum):
    """事项类型 of an enforcement item (the three the zone centres exercise)."""

    PENALTY = "行政处罚"
    INSPECTION = "行政检查"
    COERCION = "行政强制"


class PostsCounted(StrEnum):
    """Where a seconded officer's post (编制) is counted.

    A secondment (抽调) keeps the post at the original department *or* moves it to
    the centre; counted at both is 双重占编, which the checks report.
    """

    ORIGIN = "原单位"
    CENTRE = "执法中心"
    BOTH = "原单位和执法中心"


@dataclass
class CountyInfo:
    name: str = ""
    county: str = ""
    office: str = ""
    date: dt.date | None = None
    author: str = ""
    notes: str = ""
    lineage_id: str = field(default_factory=new_id)


@dataclass(slots=True)
class GroupMember:
    id: str
    name: str
    post: str  # 职务 (县委副书记、县长 …)
    role: GroupRole
    unit: str


@dataclass(slots=True)
class Township:
    id: str
    name: str
    kind: TownshipKind
    note: str


@dataclass(slots=True)
class Zone:
    id: str
    name: str
    seat_id: str | None  # 执法中心驻地 (a township)
    township_ids: list[str]  # 涵盖乡镇, in order
    centre: str  # the centre's name
    authorized_posts: int  # 核定编制
    leadership_posts: int  # 领导职数
    staff: int  # 实有人员 beside the seconded officers (辅助人员)


@dataclass(slots=True)
class Village:
    id: str
    name: str
    kind: VillageKind
    township_id: str | None
    station: str  # 执法服务站; empty: none yet
    grid_workers: int  # 网格员
    assistants: int  # 协管员
    note: str  # 示例名称 where the name is illustrative


@dataclass(slots=True)
class Officer:
    id: str
    name: str
    department: str  # 原单位 (county department)
    unit: str  # 原单位内设机构/下属单位
    post_type: PostType
    cert_no: str  # 执法证号
    cert_valid_until: dt.date | None
    cert_fields: list[str]  # 执法证载明的执法领域
    fields: list[str]  # 执法领域 (assigned)
    term_from: dt.date | None
    term_to: dt.date | None
    zone_id: str | None
    posts_counted: PostsCounted


@dataclass(slots=True)
class EnforcementItem:
    id: str
    code: str  # 事项编码: the county catalogue's code
    name: str
    type: EnforcementType
    field: str  # 执法领域
    legal_basis: str
    source_department: str
    source: str  # 来源: 县级权责清单 / 导入 / 手工录入
    zone_ids: list[str]  # the zone centres exercising it
    deadline: dt.date | None
    official: str  # 责任人
    note: str


@dataclass
class EnforcementPlan:
    """One county enforcement plan (one .rdcounty file)."""

    info: CountyInfo = field(default_factory=CountyInfo)
    members: dict[str, GroupMember] = field(default_factory=dict)
    townships: dict[str, Township] = field(default_factory=dict)
    zones: dict[str, Zone] = field(default_factory=dict)
    villages: dict[str, Village] = field(default_factory=dict)
    officers: dict[str, Officer] = field(default_factory=dict)
    items: dict[str, EnforcementItem] = field(default_factory=dict)

    def stations(self) -> int:
        return sum(1 for v in self.villages.values() if v.station.strip())

    def zone_of(self) -> dict[str, list[str]]:
        """township id → ids of the zones covering it."""
        out: dict[str, list[str]] = {tid: [] for tid in self.townships}
        for z in self.zones.values():
            for tid in z.township_ids:
                out.setdefault(tid, []).append(z.id)
        return out
