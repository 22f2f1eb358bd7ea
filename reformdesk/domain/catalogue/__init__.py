"""The county's 权责清单 catalogue (权力清单和责任清单, 两单融合): a document of its own.

It spans the county, so it is not a town plan with odd fields (DESIGN.md): it holds the
county's 实施主体 (31 departments and 20 townships in 大通县) and their items, each with code,
name, sub-items, type (the 9+X and 公共服务), legal basis (法律法规依据 and 具体条款 apart),
行使层级 and the responsibility list of 两单融合 (责任事项 steps, 追责情形, 问责依据, 监督方式,
监督电话, 廉政风险点).  Town plans and enforcement plans refer to its items by code, the
natural key, so they compare and update against it.

Pure Python, no Qt; its edits are ordinary change sets (domain/changes.py), which work
over any container whose kinds expose ``spec.entities``.
"""
