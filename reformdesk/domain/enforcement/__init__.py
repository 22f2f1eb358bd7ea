"""The county enforcement plan (乡镇综合行政执法 "1+7+311"): a document of its own.

It spans towns, so it is not a town plan with odd fields (DESIGN.md): it holds
the county's leading group, its townships, the zones (片区) that group them
around an enforcement centre, the villages and communities with their
enforcement service stations, the officers seconded from county departments
and the enforcement items the zone centres exercise.  Enforcement items refer
to the county catalogue by item code (事项编码, the natural key), as town plans
refer to catalogue items; where no catalogue exists they are imported or typed.

Pure Python, no Qt; its edits are ordinary change sets (domain/changes.py),
which work over any container whose kinds expose ``spec.entities``.
"""
