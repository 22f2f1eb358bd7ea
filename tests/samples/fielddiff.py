"""An independent field-by-field diff of two plans, to check plan2_changes.csv.

Matches entities by id (alternatives share ids) and compares every stored
field by its raw value, plus the body each person works in; only the output
is rendered as text with :func:`reformdesk.samples.qiaotou.describe`.
"""

from __future__ import annotations

import dataclasses

from reformdesk.domain.model import Plan
from reformdesk.samples.qiaotou import describe, natural_key

Row = tuple[str, str, str, str, str]  # kind, key, field, one, two


def field_differences(one: Plan, two: Plan) -> list[Row]:
    rows: list[Row] = []
    for f in dataclasses.fields(one.info):
        if getattr(one.info, f.name) != getattr(two.info, f.name):
            rows.append(("plan", "", f.name, describe(one, one.info, f.name), describe(two, two.info, f.name)))
    tables = (
        ("body", one.bodies, two.bodies),
        ("unit", one.units, two.units),
        ("person", one.people, two.people),
        ("power", one.powers, two.powers),
        ("window", one.windows, two.windows),
        ("service_item", one.service_items, two.service_items),
    )
    for kind, a, b in tables:
        assert a.keys() == b.keys(), f"{kind}: the plans hold different entities"
        for eid, x in a.items():
            y = b[eid]
            names = [f.name for f in dataclasses.fields(x)]
            for name in names:
                if getattr(x, name) != getattr(y, name):
                    rows.append((kind, natural_key(x), name, describe(one, x, name), describe(two, y, name)))
            if kind == "person" and one.body_of(x) != two.body_of(y):
                rows.append((kind, natural_key(x), "body_of", describe(one, x, "body_of"), describe(two, y, "body_of")))
    return rows
