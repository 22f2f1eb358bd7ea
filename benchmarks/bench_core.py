"""Core figures: open, validate, save, save as alternative (no Qt).

Open and save are measured against the raw sqlite3 baseline of issue 17, in the
same run and interleaved (so machine noise hits both):

- ``raw_open``: the stdlib sqlite3 module fetching every table in list order and
  building the same entities (enum members, dates, text lists, post counts by
  dict look-up, the dataclasses by ``starmap``) with no check at all;
- ``raw_save``: the same file's tables created and filled with one executemany
  each from the same column values, committed, with no checksum, fsync or rename.

The product's open adds the file checks (kind, version, hot journal, SQLite's
page check, value types, references, the content checksum); its save adds the
checksum, fsync, the atomic rename and the directory fsync.
"""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
import statistics
import time
from collections.abc import Callable
from enum import Enum
from itertools import starmap
from operator import attrgetter, itemgetter
from pathlib import Path

from benchmarks.harness import Result, median_time, plan_file, synthetic_plan
from reformdesk.domain.alternative import as_alternative
from reformdesk.domain.model import Plan, PlanInfo, PostCounts, PostType
from reformdesk.domain.registry import ENTITY_KINDS, KINDS, EntityKind, ValueType
from reformdesk.domain.validation import validate
from reformdesk.store.layout import COLUMNS, order_column
from reformdesk.store.planfile import open_plan, save_plan

#: Targets of issue 17: the product's open and save against the raw sqlite3 baseline.
OPEN_RATIO, SAVE_RATIO = 1.3, 1.3


def _convert(t: ValueType | None, enum: type[Enum] | None, values: list[object]) -> list[object]:
    if t is ValueType.ENUM:
        assert enum is not None
        members = {m.value: m for m in enum}
        return list(map(members.__getitem__, values))
    if t is ValueType.DATE:
        dates = {v: None if v is None else dt.date.fromisoformat(v) for v in set(values)}  # type: ignore[arg-type]
        return list(map(dates.__getitem__, values))
    if t is ValueType.TEXT_LIST:
        return [[s for s in v.split("\n") if s] for v in values]  # type: ignore[union-attr]
    if t is ValueType.COUNTS:
        counts = {
            v: PostCounts.of({PostType(k): int(n) for k, _, n in (x.rpartition("=") for x in v.split("\n") if x)})  # type: ignore[union-attr]
            for v in set(values)
        }
        return list(map(counts.__getitem__, values))
    return values


def raw_open(path: Path) -> Plan:
    """The baseline: a bare sqlite3 fetch into the same objects (no checks)."""
    con = sqlite3.connect(path)
    try:
        spec = KINDS[EntityKind.PLAN]
        names = [f.name for f in spec.fields]
        row = con.execute(f'SELECT {", ".join(names)}, lineage_id FROM "plan"').fetchone()
        values = {f.name: _convert(f.type, f.enum, [v])[0] for f, v in zip(spec.fields, row, strict=False)}
        plan = Plan(info=PlanInfo(**values, lineage_id=row[-1]))
        for kind in ENTITY_KINDS:
            spec = KINDS[kind]
            cols = ["id", *(f.name for f in spec.fields)]
            # In row order, sorted only if the rows are not in list order (as a save writes them).
            rows = con.execute(
                f'SELECT {", ".join(cols)}, {order_column(spec)} FROM "{spec.table}" ORDER BY rowid'
            ).fetchall()
            if not rows:
                continue
            if [r[-1] for r in rows] != sorted(r[-1] for r in rows):
                rows.sort(key=itemgetter(-1))
            columns = list(zip(*rows, strict=True))[:-1]
            converted = [
                columns[0],
                *(_convert(f.type, f.enum, list(c)) for f, c in zip(spec.fields, columns[1:], strict=True)),
            ]
            spec.entities(plan).update(zip(columns[0], starmap(spec.cls, zip(*converted, strict=True)), strict=True))
        return plan
    finally:
        con.close()


def _stored(t: ValueType | None, values: list[object]) -> list[object]:
    if t is ValueType.ENUM:
        return [v.value for v in values]  # type: ignore[attr-defined]
    if t is ValueType.DATE:
        dates = {v: None if v is None else v.isoformat() for v in set(values)}  # type: ignore[attr-defined]
        return list(map(dates.__getitem__, values))
    if t is ValueType.TEXT_LIST:
        return ["\n".join(v) for v in values]  # type: ignore[arg-type]
    if t is ValueType.COUNTS:
        return ["\n".join(f"{k.value}={n}" for k, n in v.counts) for v in values]  # type: ignore[attr-defined]
    return values


def raw_save(plan: Plan, path: Path, ddl: list[str]) -> None:
    """The baseline: the same tables created and filled by bare sqlite3 executemany, committed."""
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        for statement in ddl:
            con.execute(statement)
        info = plan.info
        spec = KINDS[EntityKind.PLAN]
        plan_values = {"id": 1, "lineage_id": info.lineage_id}
        plan_values |= {f.name: _stored(f.type, [getattr(info, f.name)])[0] for f in spec.fields}
        cols = [c.name for c in COLUMNS[EntityKind.PLAN]]
        con.execute(f'INSERT INTO "plan" VALUES ({", ".join("?" * len(cols))})', [plan_values[c] for c in cols])
        for kind in ENTITY_KINDS:
            spec = KINDS[kind]
            entities = list(spec.entities(plan).values())
            values: dict[str, list[object]] = {
                "id": list(map(attrgetter("id"), entities)),
                "pos": list(range(len(entities))),
            }
            for f in spec.fields:
                values[f.name] = _stored(f.type, list(map(attrgetter(f.name), entities)))
            cols = [c.name for c in COLUMNS[kind]]
            con.executemany(
                f'INSERT INTO "{spec.table}" VALUES ({", ".join("?" * len(cols))})',
                zip(*(values[c] for c in cols), strict=True),
            )
        con.commit()
    finally:
        con.close()


def _interleaved(fns: list[Callable[[], object]], repeat: int) -> list[tuple[float, float]]:
    """(median wall time, median CPU time) of each of ``fns``, run in turn ``repeat`` times."""
    wall: list[list[float]] = [[] for _ in fns]
    cpu: list[list[float]] = [[] for _ in fns]
    for _ in range(max(1, repeat)):
        for i, fn in enumerate(fns):
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            wall[i].append(time.perf_counter() - start)
            cpu[i].append(time.process_time() - start_cpu)
    return [(statistics.median(w), statistics.median(c)) for w, c in zip(wall, cpu, strict=True)]


def figures(size: str, repeat: int, workdir: Path) -> list[Result]:
    plan = synthetic_plan(size)
    path = plan_file(size, workdir)
    out = workdir / f"{size}-saved.rdplan"
    raw_out = workdir / f"{size}-raw.rdplan"
    alt = workdir / f"{size}-alternative.rdplan"
    with sqlite3.connect(path) as con:
        ddl = [r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name != 'meta'")]
    con.close()
    assert raw_open(path) == open_plan(path)  # the baseline builds the very same plan
    (o_wall, o_cpu), (ro_wall, ro_cpu), (s_wall, s_cpu), (rs_wall, rs_cpu) = _interleaved(
        [
            lambda: open_plan(path),
            lambda: raw_open(path),
            lambda: save_plan(plan, out),
            lambda: raw_save(plan, raw_out, ddl),
        ],
        repeat,
    )
    note = "baseline: raw sqlite3, same objects, same run"
    # Issue 17's targets are for the sizes where the rows, not fixed costs (a thread, fsync), dominate.
    open_ratio = OPEN_RATIO if size in ("province", "200k") else None
    save_ratio = SAVE_RATIO if size in ("province", "200k") else None
    # The 1 s save is the town-plan issues' target, for sizes up to a province: at 200k the raw
    # sqlite3 write of the same rows alone takes ~1.8 s, and issue 17 sets the ratio there.
    save_target = None if size == "200k" else 1.0
    return [
        Result(
            "open a plan file (read only)",
            size,
            o_wall,
            baseline=ro_wall,
            ratio_target=open_ratio,
            note=note,
        ),
        Result("open a plan file, CPU time", size, o_cpu, baseline=ro_cpu, ratio_target=open_ratio, note=note),
        Result("validate the whole plan", size, median_time(lambda: validate(plan), repeat), target=0.5),
        Result(
            "save",
            size,
            s_wall,
            baseline=rs_wall,
            target=save_target,
            ratio_target=save_ratio,
            note=note,
        ),
        Result("save, CPU time", size, s_cpu, baseline=rs_cpu, ratio_target=save_ratio, note=note),
        Result(
            "save as alternative",
            size,
            median_time(lambda: save_plan(as_alternative(plan, "方案二"), alt), repeat),
            target=save_target,
        ),
    ]
