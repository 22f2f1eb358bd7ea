"""The domain's Chinese texts in the user's language: problem messages and import reasons.

The domain writes Chinese (the CLI, JSON and the workbook stay so, as documented);
the window shows the same texts translated here, through ``QCoreApplication.translate``:

* a problem by its message template (context "Problems", marked in the domain) filled
  with its parameters rendered in the user's language (tiers, 编制类型, dates, lists);
* an import reason by matching it against the templates the importer writes (context
  "ImportReasons"); a reason this version does not know is shown as written.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from functools import cache
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reformdesk.domain.model import PostType, PowerType, Tier
from reformdesk.domain.validation import CONTEXT as PROBLEMS
from reformdesk.domain.validation import Names, Problem, Subject, Term, problem_name, without_missing_staff_id
from reformdesk.gui.models.labels import display_date, join_list, post_type_label, power_type_label, tier_label

REASONS = "ImportReasons"
#: How a message names the subject it begins with (domain.validation.Subject).
SUBJECT_PREFIX = QT_TRANSLATE_NOOP("Problems", "{subject}：")


def _param(value: Any) -> str:
    if isinstance(value, Term):
        return QCoreApplication.translate(PROBLEMS, value)
    if isinstance(value, Names):
        return join_list(list(value))
    if isinstance(value, Subject):
        return QCoreApplication.translate(PROBLEMS, SUBJECT_PREFIX).format(subject=value) if value else ""
    if isinstance(value, dt.date):
        return display_date(value)
    if isinstance(value, Tier):
        return tier_label(value)
    if isinstance(value, PostType):
        return post_type_label(value)
    if isinstance(value, PowerType):
        return power_type_label(value)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def problem_text(problem: Problem) -> str:
    """A problem's message in the user's language (the Chinese message when it has no template)."""
    if not problem.template:
        return problem.message
    template = without_missing_staff_id(QCoreApplication.translate(PROBLEMS, problem.template), problem.params)
    try:
        return template.format(**{k: _param(v) for k, v in problem.params.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return problem.message


def problem_title(code: str) -> str:
    """A problem code's name (问题清单's 问题) in the user's language."""
    return QCoreApplication.translate(PROBLEMS, problem_name(code))


# -- import reasons ----------------------------------------------------------------------------
#: The reasons the importers write (formats.importer, import_values, table_shape, roster), as
#: templates: {name} stands for a value written in the sheet, kept as it is.
REASON_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ImportReasons", "缺少事项类型"),
    QT_TRANSLATE_NOOP("ImportReasons", "缺少事项名称"),
    QT_TRANSLATE_NOOP("ImportReasons", "缺少事项编码（按部门和名称匹配）"),
    QT_TRANSLATE_NOOP("ImportReasons", "子项前面没有所属的主项"),
    QT_TRANSLATE_NOOP("ImportReasons", "所属主项（{where}）无法导入"),
    QT_TRANSLATE_NOOP("ImportReasons", "编码在表中重复（与{where}相同）"),
    QT_TRANSLATE_NOOP("ImportReasons", "事项名称在表中重复（与{where}相同）"),
    QT_TRANSLATE_NOOP("ImportReasons", "与{where}是方案中的同一事项"),
    QT_TRANSLATE_NOOP("ImportReasons", "工作表“{sheet}”第 {row} 行"),
    QT_TRANSLATE_NOOP("ImportReasons", "第 {row} 行"),
    QT_TRANSLATE_NOOP("ImportReasons", "责任人“{value}”不在本方案中（工号与姓名不符）"),
    QT_TRANSLATE_NOOP("ImportReasons", "责任人“{value}”不在本方案中"),
    QT_TRANSLATE_NOOP("ImportReasons", "责任人“{value}”在本方案中有 {count} 人同名，请写成“姓名（工号）”"),
    QT_TRANSLATE_NOOP("ImportReasons", "承接时限“{value}”不是日期"),
    QT_TRANSLATE_NOOP("ImportReasons", "承接时限“{value}”指方案日期，但方案未填日期"),
    QT_TRANSLATE_NOOP("ImportReasons", "事项类型“{value}”无法识别"),
    QT_TRANSLATE_NOOP("ImportReasons", "下放方式“{value}”无法识别（应为 直接下放、委托 或 授权）"),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "事项编码“{value}”被 Excel 存成了科学计数法，末尾数字已丢失，请把该列设为文本后重新填写"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "承接机构“{value}”：{rule}"),
    QT_TRANSLATE_NOOP("ImportReasons", "空行"),
    QT_TRANSLATE_NOOP("ImportReasons", "重复的表头"),
    QT_TRANSLATE_NOOP("ImportReasons", "部门标题行"),
    QT_TRANSLATE_NOOP("ImportReasons", "分组标题行"),
    QT_TRANSLATE_NOOP("ImportReasons", "注释说明行"),
    QT_TRANSLATE_NOOP("ImportReasons", "填表人、审核人等签署行"),
    QT_TRANSLATE_NOOP("ImportReasons", "合计行"),
    QT_TRANSLATE_NOOP("ImportReasons", "说明行"),
    QT_TRANSLATE_NOOP("ImportReasons", "签字行"),
    QT_TRANSLATE_NOOP("ImportReasons", "未读取（与已读取的工作表重复）"),
    QT_TRANSLATE_NOOP("ImportReasons", "未读取（不是权力清单）"),
    QT_TRANSLATE_NOOP("ImportReasons", "花名册的人员表，请用“导入花名册”导入"),
    QT_TRANSLATE_NOOP("ImportReasons", "花名册的机构表，请用“导入花名册”导入"),
    QT_TRANSLATE_NOOP("ImportReasons", "审批服务事项清单，请用“导入审批服务事项”导入"),
    QT_TRANSLATE_NOOP("ImportReasons", "隐藏的工作表（如需导入，请在表格中取消隐藏后再导入）"),
    # value mappings (值映射): how a written value was read
    QT_TRANSLATE_NOOP("ImportReasons", "简称或同义词 → 规范类型"),
    QT_TRANSLATE_NOOP("ImportReasons", "简称或同义词 → 规范下放方式"),
    QT_TRANSLATE_NOOP("ImportReasons", "无法识别：请选择"),
    QT_TRANSLATE_NOOP("ImportReasons", "无法识别：请选择或填写日期"),
    QT_TRANSLATE_NOOP("ImportReasons", "本方案中没有此人：请选择"),
    QT_TRANSLATE_NOOP("ImportReasons", "去掉括号中的职务“{value}”"),
    QT_TRANSLATE_NOOP("ImportReasons", "两名以上责任人：第一人为责任人，全部记入备注"),
    QT_TRANSLATE_NOOP("ImportReasons", "责任人“{value}”有 {count} 人，已取第一人{name}"),
    QT_TRANSLATE_NOOP("ImportReasons", "立即/即时 → 方案日期"),
    QT_TRANSLATE_NOOP("ImportReasons", "某年（底前）→ 当年12月31日"),
    QT_TRANSLATE_NOOP("ImportReasons", "年底前 → 12月31日"),
    QT_TRANSLATE_NOOP("ImportReasons", "半年 → 该半年最后一天"),
    QT_TRANSLATE_NOOP("ImportReasons", "季度 → 该季度最后一天"),
    QT_TRANSLATE_NOOP("ImportReasons", "X月（底前）→ 该月最后一天"),
    QT_TRANSLATE_NOOP("ImportReasons", "X月X日前 → 该日"),
    QT_TRANSLATE_NOOP("ImportReasons", "“{value}”不在9+X类型中 → 其他行政权力（原类型记入备注）"),
    QT_TRANSLATE_NOOP("ImportReasons", "乡镇人民政府（或乡镇本身）不是职能机构：请选择承接机构"),
    QT_TRANSLATE_NOOP("ImportReasons", "去掉“{value}”前缀 → 职能机构"),
    QT_TRANSLATE_NOOP("ImportReasons", "名称的“镇/中心”等写法不同 → 同名职能机构"),
    QT_TRANSLATE_NOOP("ImportReasons", "本方案中没有此承接机构：请选择"),
    # the roster (花名册)
    QT_TRANSLATE_NOOP("ImportReasons", "缺少姓名"),
    QT_TRANSLATE_NOOP("ImportReasons", "缺少机构名称"),
    QT_TRANSLATE_NOOP("ImportReasons", "工号{value}与第 {row} 行重复"),
    QT_TRANSLATE_NOOP("ImportReasons", "与第 {row} 行同名、同单位，又都没有工号，无法区分"),
    QT_TRANSLATE_NOOP("ImportReasons", "与第 {row} 行的机构重名"),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "编制类型“{value}”无法识别（应为 行政编制、事业编制、参照公务员法管理、工勤 或 编外）"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "性别“{value}”应为 男 或 女"),
    QT_TRANSLATE_NOOP("ImportReasons", "{label}“{value}”不是年月"),
    QT_TRANSLATE_NOOP("ImportReasons", "{label}“{value}”不是人数"),
)

_FIELD = re.compile(r"\{(\w+)\}")


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for template in REASON_TEMPLATES:
        pieces = _FIELD.split(template)  # text, name, text, name, …
        regex = "".join(re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.+?)" for i, piece in enumerate(pieces))
        out.append((re.compile(f"^{regex}$"), template))
    return tuple(out)


def reason_text(reason: str) -> str:
    """An import reason ("；"-joined parts) in the user's language; unknown parts as written."""
    if not reason:
        return reason
    return QCoreApplication.translate("ImportReasons", "；").join(_one_reason(part) for part in reason.split("；"))


def _one_reason(part: str) -> str:
    for pattern, template in _patterns():
        match = pattern.match(part)
        if match is None:
            continue
        values = {k: _nested(k, v) for k, v in match.groupdict().items()}
        translated = QCoreApplication.translate(REASONS, template)
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            return part
    return part


def _nested(name: str, value: str) -> str:
    # A place ("工作表“X”第 3 行") and a column's label are the importer's words too.
    if name in ("where", "rule"):
        return _one_reason(value)
    if name == "label":
        return QCoreApplication.translate("Fields", value)
    return value
