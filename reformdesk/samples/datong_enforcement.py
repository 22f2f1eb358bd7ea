"""The sample county enforcement plan of 大通县: "1+7+311" (``python -m reformdesk.samples.datong_enforcement``).

From the seed report: one county leading group (大通县乡镇综合行政执法工作领导小组), the
20 townships grouped into 7 zones each with a 乡镇综合行政执法中心, and 311 village and
community enforcement service stations; officers seconded from county departments.
The townships' names are public (大通回族土族自治县, 9 镇 and 11 乡).  Everything else is
illustrative and marked so: the grouping into zones, the villages' and communities' names
(备注 "示例名称"; only their total, 311, is public), the leading group's members, the
officers and the enforcement items.  Ids are uuid5 of natural keys: a rebuild is identical.
"""

from __future__ import annotations

import argparse
import datetime as dt
import uuid
from collections.abc import Sequence
from pathlib import Path

from reformdesk.domain.enforcement.model import (
    CountyInfo,
    EnforcementItem,
    EnforcementPlan,
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

NAMESPACE = uuid.UUID("6f1d3c2a-7d5e-4a57-9b1e-2f0c1a9e0d21")
ILLUSTRATIVE = "示例名称"
SAMPLE_FILE = "datong_enforcement.rdcounty"
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "sample_plans"


def stable_id(kind: str, key: str) -> str:
    return uuid.uuid5(NAMESPACE, f"datong-enforcement:{kind}:{key}").hex


#: The 20 townships (public names) with an illustrative number of villages and communities (sum 311).
TOWNSHIPS: tuple[tuple[str, TownshipKind, int, int], ...] = (
    # name, kind, villages, communities
    ("桥头镇", TownshipKind.TOWN, 14, 8),
    ("城关镇", TownshipKind.TOWN, 14, 4),
    ("塔尔镇", TownshipKind.TOWN, 17, 1),
    ("东峡镇", TownshipKind.TOWN, 18, 1),
    ("黄家寨镇", TownshipKind.TOWN, 21, 1),
    ("长宁镇", TownshipKind.TOWN, 20, 2),
    ("景阳镇", TownshipKind.TOWN, 16, 1),
    ("多林镇", TownshipKind.TOWN, 15, 1),
    ("新庄镇", TownshipKind.TOWN, 17, 1),
    ("青林乡", TownshipKind.TOWNSHIP, 14, 0),
    ("青山乡", TownshipKind.TOWNSHIP, 12, 0),
    ("逊让乡", TownshipKind.TOWNSHIP, 13, 0),
    ("极乐乡", TownshipKind.TOWNSHIP, 12, 0),
    ("石山乡", TownshipKind.TOWNSHIP, 13, 0),
    ("宝库乡", TownshipKind.TOWNSHIP, 13, 0),
    ("斜沟乡", TownshipKind.TOWNSHIP, 13, 0),
    ("良教乡", TownshipKind.TOWNSHIP, 14, 0),
    ("向化藏族乡", TownshipKind.TOWNSHIP, 12, 0),
    ("桦林乡", TownshipKind.TOWNSHIP, 10, 0),
    ("朔北藏族乡", TownshipKind.TOWNSHIP, 13, 0),
)
#: The 7 zones (illustrative grouping): name, seat, townships covered.
ZONES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("桥头片区", "桥头镇", ("桥头镇", "城关镇")),
    ("塔尔片区", "塔尔镇", ("塔尔镇", "东峡镇", "逊让乡")),
    ("黄家寨片区", "黄家寨镇", ("黄家寨镇", "石山乡", "极乐乡")),
    ("长宁片区", "长宁镇", ("长宁镇", "新庄镇", "良教乡")),
    ("景阳片区", "景阳镇", ("景阳镇", "宝库乡", "青林乡")),
    ("多林片区", "多林镇", ("多林镇", "斜沟乡", "青山乡")),
    ("朔北片区", "朔北藏族乡", ("朔北藏族乡", "向化藏族乡", "桦林乡")),
)
_SYLLABLES = "东西南北上下前后新老大小红黄白青石河沟湾台庄堡寨滩坪川岭泉林峡园"

FIELDS = ("市场监管", "生态环境", "自然资源", "农业农村", "交通运输", "城市管理", "应急管理", "文化旅游")
DEPARTMENTS = {
    "市场监管": "县市场监督管理局",
    "生态环境": "县生态环境局",
    "自然资源": "县自然资源局",
    "农业农村": "县农业农村局",
    "交通运输": "县交通运输局",
    "城市管理": "县城市管理综合执法局",
    "应急管理": "县应急管理局",
    "文化旅游": "县文化旅游局",
}
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高"
_GIVEN = (
    "建军",
    "海燕",
    "志强",
    "秀英",
    "文斌",
    "丽娟",
    "国庆",
    "晓东",
    "春梅",
    "永福",
    "明亮",
    "玉兰",
    "德胜",
    "桂花",
)


def _village_names(town: str, count: int, used: set[tuple[str, str]]) -> list[str]:
    out: list[str] = []
    n = len(_SYLLABLES)
    i = sum(map(ord, town)) % n
    while len(out) < count:
        a, b = _SYLLABLES[i % n], _SYLLABLES[(i * 7 + 3) % n]
        i += 1
        if a == b:
            continue
        name = f"{a}{b}村"
        if (town, name) in used or name in out:
            continue
        used.add((town, name))
        out.append(name)
    return out


def build() -> EnforcementPlan:
    date = dt.date(2020, 12, 1)
    plan = EnforcementPlan(
        info=CountyInfo(
            name="大通县乡镇综合行政执法改革“1+7+311”体系方案",
            county="大通县",
            office="大通县委机构编制委员会办公室",
            date=date,
            author="县委编办",
            notes=(
                "乡镇名称为公开信息；片区划分、村（社区）名称（备注“示例名称”）、领导小组成员、"
                "执法人员和执法事项均为示例数据。"
            ),
            lineage_id=stable_id("plan", "lineage"),
        )
    )
    members = (
        ("县长（示例）", "县人民政府县长", GroupRole.LEADER, "县人民政府"),
        ("常务副县长（示例）", "县人民政府常务副县长", GroupRole.DEPUTY, "县人民政府"),
        ("编办主任（示例）", "县委编办主任", GroupRole.MEMBER, "县委编办"),
        ("司法局局长（示例）", "县司法局局长", GroupRole.MEMBER, "县司法局"),
        ("市场监管局局长（示例）", "县市场监督管理局局长", GroupRole.MEMBER, "县市场监督管理局"),
        ("财政局局长（示例）", "县财政局局长", GroupRole.MEMBER, "县财政局"),
    )
    for name, post, role, unit in members:
        mid = stable_id("member", name)
        plan.members[mid] = GroupMember(mid, name, post, role, unit)
    tid_of: dict[str, str] = {}
    for name, kind, _v, _c in TOWNSHIPS:
        tid = stable_id("township", name)
        tid_of[name] = tid
        plan.townships[tid] = Township(tid, name, kind, "")
    used: set[tuple[str, str]] = set()
    for town, _kind, villages, communities in TOWNSHIPS:
        tid = tid_of[town]
        names = [(n, VillageKind.VILLAGE) for n in _village_names(town, villages, used)]
        names += [(f"{town[:2]}第{i + 1}社区", VillageKind.COMMUNITY) for i in range(communities)]
        for i, (name, kind) in enumerate(names):
            vid = stable_id("village", f"{town}/{name}")
            plan.villages[vid] = Village(vid, name, kind, tid, f"{name}执法服务站", 1 + i % 2, 1, ILLUSTRATIVE)
    for name, seat, towns in ZONES:
        zid = stable_id("zone", name)
        centre = f"{seat}综合行政执法中心" if seat.endswith("镇") else f"{name}综合行政执法中心"
        plan.zones[zid] = Zone(zid, name, tid_of[seat], [tid_of[t] for t in towns], centre, 8, 2, 2)
    zone_ids = list(plan.zones)
    # Four officers per zone, each from the department of a field; certificates valid past the plan's date.
    k = 0
    for zi, zid in enumerate(zone_ids):
        for j in range(4):
            fld = FIELDS[(zi * 4 + j) % len(FIELDS)]
            name = f"{_SURNAMES[k % len(_SURNAMES)]}{_GIVEN[k % len(_GIVEN)]}"
            oid = stable_id("officer", f"{k}")
            plan.officers[oid] = Officer(
                oid,
                name,
                DEPARTMENTS[fld],
                "执法大队",
                PostType.INSTITUTION if j % 2 else PostType.ADMINISTRATIVE,
                f"63012{k:06d}",
                dt.date(2023, 6, 30),
                [fld, "综合执法"],
                [fld],
                date,
                dt.date(2023, 11, 30),
                zid,
                PostsCounted.ORIGIN,
            )
            k += 1
    items = (
        ("行政处罚", "对未取得食品经营许可从事食品经营的处罚", "市场监管"),
        ("行政检查", "对食品经营者的监督检查", "市场监管"),
        ("行政强制", "查封、扣押不符合食品安全标准的食品", "市场监管"),
        ("行政处罚", "对违法占用耕地建房的处罚", "自然资源"),
        ("行政检查", "对土地利用情况的监督检查", "自然资源"),
        ("行政处罚", "对露天焚烧秸秆的处罚", "生态环境"),
        ("行政检查", "对排污单位的现场检查", "生态环境"),
        ("行政处罚", "对违反农药管理规定的处罚", "农业农村"),
        ("行政检查", "对农产品质量安全的监督检查", "农业农村"),
        ("行政处罚", "对超限运输车辆擅自行驶公路的处罚", "交通运输"),
        ("行政处罚", "对乱搭乱建、占道经营的处罚", "城市管理"),
        ("行政强制", "强制拆除违法建筑物、构筑物", "城市管理"),
        ("行政检查", "对生产经营单位安全生产的检查", "应急管理"),
        ("行政处罚", "对未经许可经营旅馆业的处罚", "文化旅游"),
    )
    for i, (typ, name, fld) in enumerate(items, start=1):
        code = f"DT-ZF-{i:03d}"
        iid = stable_id("item", code)
        plan.items[iid] = EnforcementItem(
            iid,
            code,
            name,
            EnforcementType(typ),
            fld,
            "（示例）相关法律法规",
            DEPARTMENTS[fld],
            "县级权责清单",
            list(zone_ids),
            dt.date(2021, 3, 31),
            "各片区执法中心主任",
            "",
        )
    return plan


def main(argv: Sequence[str] | None = None) -> int:
    from reformdesk.store.enforcement_file import save_enforcement

    parser = argparse.ArgumentParser(prog="python -m reformdesk.samples.datong_enforcement", description=__doc__)
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args(argv)
    plan = build()
    out = args.directory / SAMPLE_FILE
    save_enforcement(plan, out)
    print(f"{out}: {len(plan.townships)} townships, {len(plan.zones)} zones, {plan.stations()} stations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
