"""Layout 2 of the entity tables: rows shared between revisions, so a save writes only what changed.

Layout 1 kept a whole copy of a plan per revision, keyed by (rev_id, id), with
references as composite foreign keys (rev_id, ref) → (rev_id, id).  Layout 2
keys a row by (plan_id, id, from_rev) and gives it the range of revisions it
belongs to, ``from_rev <= rev_id < until_rev`` (NULL: still current), see
:mod:`reformdesk.store.server_schema`.  Each layout-1 row becomes the row of
exactly its own revision: ``until_rev`` is the plan's next revision (none for
the current one), so every old revision reads back as it was.  The old
revisions' copies are kept as they are; saves from now on share rows.

The plan file's format does not change (``rd_meta.format_version`` stays);
``rd_meta.layout`` says 2.  A server made by ``fv2`` under this version
already has layout 2 (``fv2`` creates the tables from the current schema):
then only the key is written.

Revision ID: fv3_shared_rows
Revises: fv3
"""

from __future__ import annotations

from alembic import op

revision = "fv3_shared_rows"
down_revision = "fv3"
branch_labels = None
depends_on = None


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def upgrade() -> None:
    from sqlalchemy import inspect

    from reformdesk.store import server_schema as ss

    bind = op.get_bind()
    inspector = inspect(bind)
    old = [t for t in ss.TABLE.values() if "rev_id" in {c["name"] for c in inspector.get_columns(t.name)}]
    # Every foreign key between the old tables first: their primary keys go next.
    for table in old:
        for fk in inspector.get_foreign_keys(table.name):
            op.execute(f"ALTER TABLE {_q(table.name)} DROP CONSTRAINT {_q(fk['name'])}")
    op.execute(
        "CREATE TEMPORARY TABLE rd_next_revision ON COMMIT DROP AS "
        "SELECT rev_id, plan_id, lead(rev_id) OVER (PARTITION BY plan_id ORDER BY rev_id) AS next_rev "
        "FROM plan_revisions"
    )
    for table in old:
        t = _q(table.name)
        pk = inspector.get_pk_constraint(table.name)["name"]
        op.execute(
            f"ALTER TABLE {t} ADD COLUMN plan_id integer, ADD COLUMN from_rev bigint, ADD COLUMN until_rev bigint"
        )
        op.execute(
            f"UPDATE {t} SET plan_id = n.plan_id, from_rev = n.rev_id, until_rev = n.next_rev "
            f"FROM rd_next_revision n WHERE n.rev_id = {t}.rev_id"
        )
        op.execute(
            f"ALTER TABLE {t} DROP CONSTRAINT {_q(pk)}, DROP COLUMN rev_id, "
            "ALTER COLUMN plan_id SET NOT NULL, ALTER COLUMN from_rev SET NOT NULL, "
            "ADD PRIMARY KEY (plan_id, id, from_rev), "
            "ADD FOREIGN KEY (plan_id) REFERENCES plans (plan_id) ON DELETE CASCADE, "
            "ADD FOREIGN KEY (from_rev) REFERENCES plan_revisions (rev_id) ON DELETE CASCADE"
        )
        op.execute(f"CREATE UNIQUE INDEX {_q(table.name + '_current')} ON {t} (plan_id, id) WHERE until_rev IS NULL")
    op.execute(
        "INSERT INTO rd_meta (key, value) VALUES ('layout', '2') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
    )
