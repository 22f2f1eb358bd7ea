"""Test set-up shared by every test: offscreen Qt, sample plans, temp plans."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_plans"
PLAN_ONE = SAMPLES / "qiaotou_plan1.rdplan"
PLAN_TWO = SAMPLES / "qiaotou_plan2.rdplan"


@pytest.fixture
def plan_one_path(tmp_path: Path) -> Path:
    """A private copy of 方案一 (tests may write to it)."""
    return Path(shutil.copy(PLAN_ONE, tmp_path / PLAN_ONE.name))


@pytest.fixture
def plan_two_path(tmp_path: Path) -> Path:
    """A private copy of 方案二 (tests may write to it)."""
    return Path(shutil.copy(PLAN_TWO, tmp_path / PLAN_TWO.name))
