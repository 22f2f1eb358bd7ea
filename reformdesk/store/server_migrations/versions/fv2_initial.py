"""Format version 2: the catalogue, the revisions and one table per entity kind; the two roles.

A server starts at format 2 (the plan file's version when the shared store
came).  Later format versions each add a revision ``fvN`` (down_revision
``fvN-1``) that adds the registry's new tables and columns to the server's
revision-scoped tables (the statements :func:`reformdesk.store.migrations.added_in`
builds for files, on ``server_schema.TABLE``) and sets ``rd_meta.format_version``.

Revision ID: fv2
Revises:
"""

from __future__ import annotations

from alembic import op

revision = "fv2"
down_revision = None
branch_labels = None
depends_on = None

ROLES = {"reformdesk_reader": "SELECT", "reformdesk_editor": "SELECT, INSERT, UPDATE"}


def upgrade() -> None:
    from reformdesk.store import server_schema as ss

    bind = op.get_bind()
    ss.metadata.create_all(bind, tables=ss.TABLES)
    op.execute("INSERT INTO rd_meta (key, value) VALUES ('format_version', '2')")
    tables = ", ".join(t.name for t in ss.TABLES)
    for role, rights in ROLES.items():
        sequences = f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role};" if "INSERT" in rights else ""
        # Roles are the cluster's: made when this user may, else the office's admin makes them (README).
        op.execute(
            f"""DO $$ BEGIN
                 IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
                   CREATE ROLE {role} NOLOGIN;
                 END IF;
               EXCEPTION WHEN insufficient_privilege THEN
                 RAISE NOTICE 'cannot create role {role}';
               END $$"""
        )
        op.execute(
            f"""DO $$ BEGIN
                 IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
                   GRANT {rights} ON {tables} TO {role};
                   {sequences}
                 END IF;
               END $$"""
        )
