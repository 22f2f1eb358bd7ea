"""The synthetic catalogue: deterministic, province-sized on demand, and its reference's differences."""

from __future__ import annotations

from collections import Counter

from reformdesk.domain.catalogue.checks import check
from reformdesk.domain.catalogue.conformity import conform
from reformdesk.samples.synthetic_catalogue import generate_catalogue, reference_for


def test_same_arguments_same_catalogue() -> None:
    a, b = generate_catalogue(2_000, seed=3), generate_catalogue(2_000, seed=3)
    assert a == b and a != generate_catalogue(2_000, seed=4)


def test_counties_subjects_and_codes() -> None:
    cat = generate_catalogue(12_000, counties=3)
    assert len(cat.items) == 12_000 and len(cat.subjects) == 3 * 51
    assert len({i.code for i in cat.items.values()}) == 12_000
    counties = Counter(cat.subjects[i.subject_id].name[:6] for i in cat.items.values())  # type: ignore[index]
    assert sorted(counties) == ["合成001县", "合成002县", "合成003县"] and min(counties.values()) > 3_900
    assert not [p for p in check(cat) if p.severity.value == "error"]


def test_the_reference_differs_in_the_shares_asked() -> None:
    cat = generate_catalogue(20_000)
    ref = reference_for(cat)
    r = conform(cat, ref)
    fields = Counter(d.field for m in r.mismatches for d in m.differences)
    assert 300 <= fields["name"] <= 500 and 100 <= fields["code"] <= 300 and 50 <= fields["type"] <= 150
    assert 150 <= len(r.county_only) <= 260 and len(r.missing) == 200
    assert conform(cat, cat).conforms
