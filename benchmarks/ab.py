"""Compare the benchmark figures of two source trees, interleaved, on a shared machine.

    python3 benchmarks/ab.py OLD_TREE NEW_TREE --size county bench_core bench_powers_gui
    python3 benchmarks/ab.py /tmp/base . --size province --cpu --rounds 3 bench_core

Each tree runs with its own ``.venv/bin/python`` in a fresh process per round,
old then new, so load from other work hits both alike; a round runs each
module's ``figures(size, repeat, workdir)`` (the figures of benchmarks/run.py).
Printed per figure: the median over the rounds of each tree, the range, and
new/old.  ``--cpu`` times with the process's CPU time instead of the wall
clock (``time.perf_counter`` is replaced by ``time.process_time`` in the
child): far steadier when other processes share the cores, but it leaves out
waiting and the CPU of child processes (the start-up figures).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

_CHILD = """
import importlib, json, os, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, os.getcwd())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
size, repeat, cpu, *modules = sys.argv[1:]
if cpu == "1":
    time.perf_counter = time.process_time
out = {}
for name in modules:
    module = importlib.import_module(f"benchmarks.{name}")
    for r in module.figures(size, int(repeat), Path(tempfile.mkdtemp(prefix="reformdesk-ab-"))):
        out[f"{r.size} {r.figure}"] = (r.median, r.unit)
print(json.dumps(out))
"""


def _run(tree: Path, args: argparse.Namespace) -> dict[str, tuple[float, str]]:
    python = tree / ".venv" / "bin" / "python"
    cmd = [str(python), "-c", _CHILD, args.size, str(args.repeat), "1" if args.cpu else "0", *args.modules]
    done = subprocess.run(cmd, cwd=tree, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"{tree}: exit {done.returncode}\n{done.stderr[-2000:]}")
    return {k: tuple(v) for k, v in json.loads(done.stdout.strip().splitlines()[-1]).items()}  # type: ignore[misc]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("modules", nargs="+", help="benchmark modules, e.g. bench_core")
    parser.add_argument("--size", default="county")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure inside a round (median)")
    parser.add_argument("--cpu", action="store_true", help="time with process CPU time")
    args = parser.parse_args(argv)
    got: dict[str, list[dict[str, tuple[float, str]]]] = {"old": [], "new": []}
    for _ in range(args.rounds):
        got["old"].append(_run(args.old.resolve(), args))
        got["new"].append(_run(args.new.resolve(), args))
    for figure, (_, unit) in got["old"][0].items():
        old = [r[figure][0] for r in got["old"]]
        new = [r[figure][0] for r in got["new"] if figure in r]
        if not new:
            print(f"{figure}: only in the old tree")
            continue
        scale, shown = (1000, "ms") if unit == "s" else (1, unit)
        mo, mn = statistics.median(old), statistics.median(new)
        print(
            f"{figure}: old {mo * scale:.1f} {shown} [{min(old) * scale:.1f}–{max(old) * scale:.1f}], "
            f"new {mn * scale:.1f} {shown} [{min(new) * scale:.1f}–{max(new) * scale:.1f}], "
            f"new/old {mn / mo if mo else float('nan'):.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
