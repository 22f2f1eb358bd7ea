"""The benchmark suite runs at the smallest size (timings are never asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_suite_runs_at_sample_size(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--size", "sample", "--repeat", "1", "--json", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "figure" in result.stdout and "target" in result.stdout
    rows = json.loads(out.read_text(encoding="utf-8"))
    figures = {r["figure"] for r in rows}
    assert {"validate the whole plan", "save", "save as alternative"} <= figures
    assert all(r["size"] == "sample" and r["median"] >= 0 for r in rows)
