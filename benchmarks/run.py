"""Run the benchmark suite and print a table of figures against their targets.

    python3 bootstrap.py bench                 # sample, county, province and 200k sizes
    python3 bootstrap.py bench --size sample   # what CI runs (proves the suite works)

Timings are medians of --repeat runs; baselines (where a figure has one) are
measured in the same run, so ratios hold on a noisy machine.  Nothing here is
asserted in tests.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.harness import SIZES, Result  # noqa: E402

#: Modules with figures(size, repeat, workdir) -> list[Result], in table order.
MODULES = [
    "benchmarks.bench_core",
    "benchmarks.bench_domain",
    "benchmarks.bench_gui",
    "benchmarks.bench_import",
    "benchmarks.bench_powers_gui",
    "benchmarks.bench_autosave",
    "benchmarks.bench_export",
    "benchmarks.bench_compare",
    "benchmarks.bench_compare_view",
    "benchmarks.bench_catalogue",
    "benchmarks.bench_catalogue_years",
    "benchmarks.bench_shared",
]


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "n^":
        return f"n^{value:.2f}"
    return f"{value:.0f} {unit}"


def _target(r: Result) -> str:
    parts = []
    if r.target is not None:
        parts.append(f"≤ {_fmt(r.target, r.unit)}")
    if r.ratio_target is not None:
        parts.append(f"≤ {r.ratio_target:g}×")
    return ", ".join(parts) or "—"


def table(results: list[Result]) -> str:
    rows = [("figure", "size", "median", "longest stall", "baseline or contender", "ratio", "target", "met")]
    for r in results:
        met = {True: "yes", False: "NO", None: "—"}[r.met]
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        stall = _fmt(r.stall, "s")
        rows.append((r.figure, r.size, _fmt(r.median, r.unit), stall, _fmt(r.baseline, r.unit), ratio, _target(r), met))
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        lines.append(" | ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)))
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=list(SIZES), action="append", help="size(s) to run (default: all)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--only", help="run only modules whose name contains this")
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)
    sizes = args.size or list(SIZES)
    results: list[Result] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="reformdesk-bench-") as tmp:
        workdir = Path(tmp)
        for size in sizes:
            for name in MODULES:
                if args.only and args.only not in name:
                    continue
                module = importlib.import_module(name)
                try:
                    got = module.figures(size, args.repeat, workdir)
                except Exception as exc:  # one module's fault must not lose a whole run's table
                    traceback.print_exc()
                    got = [Result(f"{name.rsplit('.', 1)[-1]}: not measured", size, 0.0, note=repr(exc))]
                results += got
                for r in got:
                    stall = f" (longest stall {_fmt(r.stall, 's')})" if r.stall is not None else ""
                    print(f"  {r.size:<8} {r.figure}: {_fmt(r.median, r.unit)}{stall}", file=sys.stderr, flush=True)
    print(table(results))
    print(f"\n{len(results)} figures in {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(
            json.dumps([dict(vars(r), ratio=r.ratio, met=r.met) for r in results], ensure_ascii=False, indent=2),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
