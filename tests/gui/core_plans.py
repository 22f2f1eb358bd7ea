"""Small plans for the main-window tests (the sample plans are bigger)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from reformdesk.domain.model import Plan, Tier
from reformdesk.gui.settings import AppSettings
from reformdesk.store.planfile import save_plan


def small_plan() -> Plan:
    """Two bodies, four units (one unplaced), seven people, three powers."""
    plan = Plan()
    plan.info.name = "测试方案"
    plan.info.town = "桥头镇"
    plan.info.date = dt.date(2026, 11, 27)
    plan.info.lineage_id = "lineage-small"
    service = plan.add_body(
        "公共服务中心", id="b-service", authorized_posts=3, leadership_posts=1, sites=["镇政府一楼"]
    )
    finance = plan.add_body("财政管理所", id="b-finance", authorized_posts=2, leadership_posts=1)
    office = plan.add_unit("党政办", id="u-office", body_id=service.id)
    culture = plan.add_unit("文化站", id="u-culture", body_id=service.id)
    money = plan.add_unit("财政所", id="u-money", body_id=finance.id)
    farm = plan.add_unit("农牧站", id="u-farm")
    plan.add_person("001", "张伟", id="p-1", unit_id=office.id, tier_before=Tier.HEAD, tier_after=Tier.HEAD)
    plan.add_person("002", "李娜", id="p-2", unit_id=office.id)
    plan.add_person("003", "王芳", id="p-3", unit_id=culture.id)
    plan.add_person("004", "刘洋", id="p-4", unit_id=money.id, tier_before=Tier.SECTION_CHIEF)
    plan.add_person("005", "陈静", id="p-5", unit_id=farm.id)
    plan.add_person("006", "杨磊", id="p-6", unit_id=farm.id, body_id=finance.id)
    plan.add_person("007", "赵敏", id="p-7")
    for i in range(3):
        plan.add_power(f"630121-XK-{i:03d}", f"事项{i}", id=f"w-{i}", body_id=service.id if i == 0 else None)
    return plan


def make_settings(tmp_path: Path) -> AppSettings:
    """Settings in ``tmp_path``: tests never read or write the user's settings."""
    QStandardPaths.setTestModeEnabled(True)
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppSettings(qsettings, data_dir=tmp_path / "data")


def saved_small_plan(tmp_path: Path, name: str = "small.rdplan") -> Path:
    path = tmp_path / name
    save_plan(small_plan(), path)
    return path
