"""Translatable names of the comparison's actions, kinds and matching modes.

The domain keeps its own Chinese labels for the CLI and the workbook; the GUI
shows these, which go through Qt's translator like every visible string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reformdesk.domain.comparison import Action, Kind


def action_label(action: Action) -> str:
    tr = QCoreApplication.translate
    return {
        Action.ADDED: tr("ComparisonLabels", "新增"),
        Action.REMOVED: tr("ComparisonLabels", "删除"),
        Action.MOVED: tr("ComparisonLabels", "移动"),
        Action.CHANGED: tr("ComparisonLabels", "变更"),
    }[action]


def kind_label(kind: Kind) -> str:
    tr = QCoreApplication.translate
    return {
        Kind.PLAN: tr("ComparisonLabels", "方案设置"),
        Kind.BODY: tr("ComparisonLabels", "职能机构"),
        Kind.UNIT: tr("ComparisonLabels", "原科室"),
        Kind.PERSON: tr("ComparisonLabels", "人员"),
        Kind.POWER: tr("ComparisonLabels", "权力事项"),
    }[kind]


def matching_label(mode: str) -> str:
    tr = QCoreApplication.translate
    if mode == "id":
        return tr("ComparisonLabels", "按标识匹配（备选方案）")
    return tr("ComparisonLabels", "按编码、名称、工号匹配（分别编制）")
