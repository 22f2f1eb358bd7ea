"""Format version 3: a power's 责任事项 (responsibility_steps), drawn from the county catalogue.

The statements are the ones :func:`reformdesk.store.migrations.added_in` builds for plan
files, with ``IF NOT EXISTS``: a server made by ``fv2`` under this version already has the
column (``fv2`` creates the tables from the current registry), one made before does not.

Revision ID: fv3
Revises: fv2
"""

from __future__ import annotations

from alembic import op

revision = "fv3"
down_revision = "fv2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from reformdesk.store.migrations import added_in

    for statement in added_in(3, op.get_bind()):
        op.execute(statement.replace(" ADD COLUMN ", " ADD COLUMN IF NOT EXISTS ", 1))
    op.execute("UPDATE rd_meta SET value = '3' WHERE key = 'format_version'")
