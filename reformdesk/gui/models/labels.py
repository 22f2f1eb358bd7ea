"""Translatable names of the domain's enums, fields and figures, and dates as shown.

The domain keeps its own Chinese labels (for the CLI, the workbooks and the
validation messages); the GUI shows these instead, which go through Qt's
translator like every visible string.  The source texts are the domain's own
labels, listed here with QT_TRANSLATE_NOOP so lupdate extracts them;
``tests/gui/test_labels.py`` checks that every enum member's label is listed,
so a label added to the domain cannot silently stay Chinese in English.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from reformdesk.domain.model import (
    DelegationMode,
    HallMode,
    Handling,
    InHall,
    PostType,
    PowerType,
    ServiceSource,
    Tier,
    WindowKind,
    cn_date,
)
from reformdesk.domain.powers import PowerStatus, StatusInfo
from reformdesk.domain.registry import FIELDS_CONTEXT, KINDS, EntityKind
from reformdesk.domain.validation import Severity

if TYPE_CHECKING:
    from reformdesk.domain.comparison import Action

TIER_CONTEXT = "Tier"
TIER_SOURCES = (
    QT_TRANSLATE_NOOP("Tier", "负责人"),
    QT_TRANSLATE_NOOP("Tier", "副职领导"),
    QT_TRANSLATE_NOOP("Tier", "科室长"),
    QT_TRANSLATE_NOOP("Tier", "分管副职"),
    QT_TRANSLATE_NOOP("Tier", "干部"),
)
POWER_TYPE_SOURCES = (
    QT_TRANSLATE_NOOP("PowerType", "行政许可"),
    QT_TRANSLATE_NOOP("PowerType", "行政处罚"),
    QT_TRANSLATE_NOOP("PowerType", "行政强制"),
    QT_TRANSLATE_NOOP("PowerType", "行政征收"),
    QT_TRANSLATE_NOOP("PowerType", "行政给付"),
    QT_TRANSLATE_NOOP("PowerType", "行政检查"),
    QT_TRANSLATE_NOOP("PowerType", "行政确认"),
    QT_TRANSLATE_NOOP("PowerType", "行政奖励"),
    QT_TRANSLATE_NOOP("PowerType", "行政裁决"),
    QT_TRANSLATE_NOOP("PowerType", "其他行政权力"),
    QT_TRANSLATE_NOOP("PowerType", "公共服务"),
)
MODE_SOURCES = (
    QT_TRANSLATE_NOOP("DelegationMode", "直接下放"),
    QT_TRANSLATE_NOOP("DelegationMode", "委托"),
    QT_TRANSLATE_NOOP("DelegationMode", "授权"),
)
POST_TYPE_SOURCES = (
    QT_TRANSLATE_NOOP("PostType", "行政编制"),
    QT_TRANSLATE_NOOP("PostType", "事业编制"),
    QT_TRANSLATE_NOOP("PostType", "参照公务员法管理"),
    QT_TRANSLATE_NOOP("PostType", "工勤"),
    QT_TRANSLATE_NOOP("PostType", "编外"),
    QT_TRANSLATE_NOOP("PostType", "未填"),
)
STATUS_SOURCES = (
    QT_TRANSLATE_NOOP("PowerStatus", "未分配"),
    QT_TRANSLATE_NOOP("PowerStatus", "信息不全"),
    QT_TRANSLATE_NOOP("PowerStatus", "已完成"),
    QT_TRANSLATE_NOOP("PowerStatus", "已逾期"),
)
SEVERITY_SOURCES = (
    QT_TRANSLATE_NOOP("Severity", "错误"),
    QT_TRANSLATE_NOOP("Severity", "警告"),
)
# The comparison's field labels (comparison.FIELD_LABELS): the registry's labels
# (context "Fields", extracted from domain/registry.py) and a person's placement.
# (Plain comments: lupdate would hand "#:" ones to the translator.)
FIELD_SOURCES = (
    *dict.fromkeys(f.label for spec in KINDS.values() for f in spec.compared_fields),
    QT_TRANSLATE_NOOP("Fields", "所在机构"),
)
#: comparison.key_figures(): section names (a body's or deputy's section is "name：…").
FIGURE_SOURCES = (
    QT_TRANSLATE_NOOP("ComparisonFigures", "改革前人员层级"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "改革后人员层级"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "职能机构"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "分管副职"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "权力事项"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "待解决问题"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "在岗人数"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "编制数"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "领导人数"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "领导职数"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "承接事项"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "分管机构数"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "分管人数"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "事项总数"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "未确定承接机构"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "便民服务"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "窗口数"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "已配备人员窗口"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "审批服务事项"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "进入窗口事项"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "大厅办结事项（进驻）"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "年办件量"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "窗口"),
    QT_TRANSLATE_NOOP("ComparisonFigures", "事项数"),
)
#: The service hall's enums (HallMode, ServiceSource, Handling, WindowKind, InHall).
HALL_SOURCES = (
    QT_TRANSLATE_NOOP("Hall", "“111+N”（每窗口1人）"),
    QT_TRANSLATE_NOOP("Hall", "不限（每窗口可多人）"),
    QT_TRANSLATE_NOOP("Hall", "本镇"),
    QT_TRANSLATE_NOOP("Hall", "县级下放"),
    QT_TRANSLATE_NOOP("Hall", "即办件"),
    QT_TRANSLATE_NOOP("Hall", "承诺件"),
    QT_TRANSLATE_NOOP("Hall", "联办件"),
    QT_TRANSLATE_NOOP("Hall", "上报件"),
    QT_TRANSLATE_NOOP("Hall", "综合窗口"),
    QT_TRANSLATE_NOOP("Hall", "专门窗口"),
    QT_TRANSLATE_NOOP("Hall", "是"),
    QT_TRANSLATE_NOOP("Hall", "否"),
)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def tier_label(tier: Tier | None) -> str:
    return _translate("Tier", tier.label) if tier is not None else ""


def power_type_label(value: PowerType) -> str:
    return _translate("PowerType", value.label)


def mode_label(value: DelegationMode) -> str:
    return _translate("DelegationMode", value.label)


def post_type_label(value: PostType) -> str:
    return _translate("PostType", value.label)


def enum_label(value: PowerType | DelegationMode) -> str:
    return power_type_label(value) if isinstance(value, PowerType) else mode_label(value)


def status_label(value: PowerStatus | StatusInfo) -> str:
    if isinstance(value, PowerStatus):
        return _translate("PowerStatus", value.label)
    state = status_label(value.state)
    if not value.overdue:
        return state
    return (
        QCoreApplication.translate("PowerStatus", "%1（%2）")
        .replace("%1", state)
        .replace("%2", status_label(PowerStatus.OVERDUE))
    )


def hall_label(value: HallMode | ServiceSource | Handling | WindowKind | InHall) -> str:
    """A service-hall enum member as shown."""
    return _translate("Hall", value.label)


def severity_label(value: Severity) -> str:
    return _translate("Severity", value.label)


def field_label(label: str) -> str:
    """A comparison field label (``Difference.field_label``) as shown."""
    return _translate(FIELDS_CONTEXT, label) if label else ""


def difference_label(difference: Any) -> str:
    """What a difference concerns, as shown: an entity's name as it is; a plan setting
    (方案名称, 日期 …) by its translated field label."""
    if difference.kind is EntityKind.PLAN:
        return field_label(difference.label)
    return str(difference.label)


def figure_text(text: str) -> str:
    """A key-figure section or row label; "职能机构：name" keeps the name as it is."""
    head, sep, rest = text.partition("：")
    if sep:
        return (
            QCoreApplication.translate("ComparisonFigures", "%1：%2")
            .replace("%1", _figure_word(head))
            .replace("%2", rest)
        )
    return _figure_word(text)


def _figure_word(text: str) -> str:
    # Tier rows and problem rows use the tier and severity labels.
    for context in ("ComparisonFigures", "Tier", "Severity"):
        translated = _translate(context, text)
        if translated != text:
            return translated
    return text


def action_label(action: Action) -> str:
    # Keyed by the actions' values (Action is a StrEnum): the pages need these labels
    # without importing the comparison engine at start-up.
    return {
        "added": QCoreApplication.translate("ComparisonLabels", "新增"),
        "removed": QCoreApplication.translate("ComparisonLabels", "删除"),
        "moved": QCoreApplication.translate("ComparisonLabels", "移动"),
        "changed": QCoreApplication.translate("ComparisonLabels", "变更"),
    }[action]


def kind_label(kind: EntityKind) -> str:
    return {
        EntityKind.PLAN: QCoreApplication.translate("ComparisonLabels", "方案设置"),
        EntityKind.BODY: QCoreApplication.translate("ComparisonLabels", "职能机构"),
        EntityKind.UNIT: QCoreApplication.translate("ComparisonLabels", "原科室"),
        EntityKind.PERSON: QCoreApplication.translate("ComparisonLabels", "人员"),
        EntityKind.POWER: QCoreApplication.translate("ComparisonLabels", "权力事项"),
        EntityKind.SECTION: QCoreApplication.translate("ComparisonLabels", "方案文本"),
        EntityKind.WINDOW: QCoreApplication.translate("ComparisonLabels", "服务窗口"),
        EntityKind.SERVICE_ITEM: QCoreApplication.translate("ComparisonLabels", "审批服务事项"),
    }[kind]


def matching_label(mode: str) -> str:
    if mode == "id":
        return QCoreApplication.translate("ComparisonLabels", "按标识匹配（备选方案）")
    return QCoreApplication.translate("ComparisonLabels", "按编码、名称、工号匹配（分别编制）")


#: The Chinese date format; its translation is the format of the English UI.
DATE_FORMAT = QT_TRANSLATE_NOOP("Dates", "yyyy年M月d日")


def date_format() -> str:
    """The QDate display format of the current language (yyyy年M月d日 in Chinese)."""
    return _translate("Dates", DATE_FORMAT)


def display_date(value: dt.date | None) -> str:
    """A date as people read it: 2026年11月27日 in Chinese, 27 Nov 2026 in English."""
    if value is None:
        return ""
    fmt = date_format()
    if fmt == DATE_FORMAT:
        return cn_date(value)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates).toString(QDate(value), fmt)


#: What a comparison shows for a value not set (domain/comparison.py's _NONE).
NO_VALUE = QT_TRANSLATE_NOOP("ComparisonLabels", "（无）")
_CN_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
#: Chinese label → shown label of every enum a compared field can hold, per UI language.
_VALUE_LABELS: dict[str, dict[str, str]] = {}


def difference_value(text: str) -> str:
    """A compared value (``Difference.a_value``, Chinese text) as shown: the label of an enum
    member (干部, 委托, 行政编制 …), a date and （无） in the UI's language, anything else as written.

    The English differences list read "Tier after 干部 → 科室长" and "Deadline 2027年6月30日"."""
    fmt = date_format()
    if not text or fmt == DATE_FORMAT:
        return text  # the Chinese UI shows the domain's own text
    labels = _VALUE_LABELS.get(fmt)
    if labels is None:
        labels = {NO_VALUE: _translate("ComparisonLabels", NO_VALUE)}
        for member in (*Tier, *PostType, *PowerType, *DelegationMode):
            labels[member.label] = _translate(type(member).__name__, member.label)
        for hall in (*HallMode, *ServiceSource, *Handling, *WindowKind, *InHall):
            labels[hall.label] = hall_label(hall)
        _VALUE_LABELS[fmt] = labels
    shown = labels.get(text)
    if shown is not None:
        return shown
    date = _CN_DATE.fullmatch(text)
    if date is not None:
        try:
            return display_date(dt.date(*map(int, date.groups())))
        except ValueError:
            return text
    return text


def join_list(items: list[str] | tuple[str, ...]) -> str:
    """Names joined as a list: 甲、乙、丙 in Chinese, "A, B, C" in English."""
    return QCoreApplication.translate("Lists", "、").join(items)
