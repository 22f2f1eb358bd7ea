"""A file's document kind from its header alone, without the county stores' SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from reformdesk.store.file_kind import file_kind, is_catalogue_file, is_enforcement_file

SAMPLES = Path(__file__).resolve().parents[2] / "sample_plans"


def test_each_kind_is_told_by_its_application_id(tmp_path: Path) -> None:
    catalogue, county = SAMPLES / "datong_catalogue.rdcatalog", SAMPLES / "datong_enforcement.rdcounty"
    assert file_kind(SAMPLES / "qiaotou_plan1.rdplan") == "plan"
    assert file_kind(catalogue) == "catalogue" and is_catalogue_file(catalogue)
    assert file_kind(county) == "enforcement" and is_enforcement_file(county)
    assert not is_enforcement_file(catalogue) and not is_catalogue_file(county)
    (tmp_path / "t.txt").write_text("SQLite format 3 – not really", encoding="utf-8")
    assert file_kind(tmp_path / "t.txt") is None
    assert file_kind(tmp_path / "missing.rdplan") is None
    assert file_kind(tmp_path) is None


def test_the_window_start_on_a_town_plan_imports_no_sqlalchemy(tmp_path: Path) -> None:
    # What `reformdesk PLAN` imports before its first paint: the Qt-free modules, the kind
    # probe of the file, the main window (with its catalogue and enforcement menus).
    code = textwrap.dedent(
        f"""
        import sys
        from importlib import import_module
        from reformdesk.cli.open_window import QT_FREE_FIRST
        for name in QT_FREE_FIRST:
            import_module(name)
        from reformdesk.store.file_kind import is_catalogue_file, is_enforcement_file
        plan = {str(SAMPLES / "qiaotou_plan1.rdplan")!r}
        assert not is_enforcement_file(plan) and not is_catalogue_file(plan)
        import reformdesk.gui.main_window
        from reformdesk.store.plan_store import PlanLocation, store_for
        location = PlanLocation.file(plan)
        store_for(location).read(location)
        print(sorted(m for m in sys.modules if m.startswith("sqlalchemy")))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
