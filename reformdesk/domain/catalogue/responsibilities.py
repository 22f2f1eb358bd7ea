"""责任事项 templates by power type: the usual steps the user adapts item by item (两单融合).

A licence is 受理 → 审查 → 决定 → 送达; a penalty 立案 → 调查取证 → 审理 → 告知 → 决定 →
送达 → 执行 (FORMS.md).  The other types follow the procedure their law sets out in the
same shape: start, examine, decide, deliver, and where there is one, enforce or follow up.
Every template ends with 事后监管 or its equivalent only where the type has one.  Templates
are a starting point: applying one (edits.apply_template) replaces an item's steps, and
the user edits them from there.
"""

from __future__ import annotations

from reformdesk.domain.model import PowerType

T = PowerType

#: Steps per type, in order.
STEP_TEMPLATES: dict[PowerType, tuple[str, ...]] = {
    T.LICENSING: ("受理", "审查", "决定", "送达"),
    T.PENALTY: ("立案", "调查取证", "审理", "告知", "决定", "送达", "执行"),
    T.ENFORCEMENT: ("催告", "决定", "告知", "执行", "解除"),
    T.LEVY: ("受理", "审核", "决定", "征收", "公开"),
    T.BENEFIT: ("受理", "审核", "公示", "决定", "发放", "监管"),
    T.INSPECTION: ("检查准备", "实施检查", "处理", "信息公开"),
    T.CONFIRMATION: ("受理", "审查", "确认", "送达"),
    T.REWARD: ("制定方案", "组织推荐", "审核评审", "公示", "决定", "表彰奖励"),
    T.ADJUDICATION: ("受理", "审理", "裁决", "送达", "执行"),
    T.OTHER: ("受理", "审查", "决定", "送达", "事后监管"),
    T.PUBLIC_SERVICE: ("受理", "办理", "办结", "回访"),
}

#: 追责情形 usual for every type (the user narrows them to the item).
ACCOUNTABILITY_CASES = (
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及其工作人员应承担相应责任："
    "1.对符合法定条件的申请不予受理、不予办理的；2.对不符合法定条件的申请违法办理的；"
    "3.未在法定期限内作出决定的；4.滥用职权、玩忽职守、徇私舞弊的；5.索取或者收受他人财物的；"
    "6.其他违反法律法规规章规定的行为。"
)
PENALTY_ACCOUNTABILITY_CASES = (
    "因不履行或不正确履行行政职责，有下列情形的，行政机关及其工作人员应承担相应责任："
    "1.没有法定的行政处罚依据的；2.擅自改变行政处罚种类、幅度的；3.违反法定的行政处罚程序的；"
    "4.违反规定委托行政处罚的；5.对应当予以制止和处罚的违法行为不予制止、处罚的；"
    "6.滥用职权、玩忽职守、徇私舞弊的；7.其他违反法律法规规章规定的行为。"
)
#: 问责依据 usual for every type.
ACCOUNTABILITY_BASIS = "《中华人民共和国公职人员政务处分法》《行政机关公务员处分条例》《中国共产党问责条例》"
PENALTY_ACCOUNTABILITY_BASIS = "《中华人民共和国行政处罚法》第七十六条至第八十三条、" + ACCOUNTABILITY_BASIS
#: 监督方式 usual for every type.
SUPERVISION = "县纪委监委派驻纪检监察组监督；县司法局行政执法监督；社会监督"


def steps_for(power_type: PowerType) -> list[str]:
    """A fresh list of the template's steps (the caller may change it)."""
    return list(STEP_TEMPLATES[power_type])


def accountability_for(power_type: PowerType) -> tuple[str, str]:
    """(追责情形, 问责依据) usual for the type."""
    if power_type is PowerType.PENALTY:
        return PENALTY_ACCOUNTABILITY_CASES, PENALTY_ACCOUNTABILITY_BASIS
    return ACCOUNTABILITY_CASES, ACCOUNTABILITY_BASIS


def numbered(steps: list[str]) -> str:
    """The steps as printed in the published list: "1.受理；2.审查；3.决定；4.送达"."""
    return "；".join(f"{n}.{s}" for n, s in enumerate(steps, 1))
