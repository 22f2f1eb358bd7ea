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

#: What each group role may do.  Editors write the plan tables and the catalogue's save and lease
#: columns, never a plan's ``editor_role`` (that is the admin's: per-plan rights, README).
_PLAN_COLUMNS = (
    "town, author, revision, current_rev_id, saved_by, saved_at, "
    "lease_token, lease_user, lease_host, lease_pid, lease_since, lease_renewed, lease_seconds"
)
_EDITABLE = (
    "editor_role IS NULL OR EXISTS (SELECT 1 FROM pg_roles r "
    "WHERE r.rolname = editor_role AND pg_has_role(current_user, r.oid, 'MEMBER'))"
)


def _grants(role: str, tables: list[str]) -> str:
    if role == "reformdesk_reader":
        return f"GRANT SELECT ON {', '.join(tables)} TO {role};"
    others = ", ".join(t for t in tables if t != "plans")
    return (
        f"GRANT SELECT ON {', '.join(tables)} TO {role}; "
        f"GRANT INSERT, UPDATE ON {others} TO {role}; "
        f"GRANT INSERT (name, town, author, revision) ON plans TO {role}; "
        f"GRANT UPDATE ({_PLAN_COLUMNS}) ON plans TO {role}; "
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role};"
    )


def upgrade() -> None:
    from reformdesk.store import server_schema as ss

    bind = op.get_bind()
    ss.metadata.create_all(bind, tables=ss.TABLES)
    op.execute("INSERT INTO rd_meta (key, value) VALUES ('format_version', '2')")
    # Rights per plan: a plan whose editor_role is set may be changed (saved, leased) only by
    # members of that role; row-level security, so no client can step around it.  The owner
    # (the admin who ran the migration) and superusers are not bound by it.
    editable = _EDITABLE.replace("editor_role", "p.editor_role")
    for statement in (
        "ALTER TABLE plans ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY plans_select ON plans FOR SELECT USING (true)",
        "CREATE POLICY plans_insert ON plans FOR INSERT WITH CHECK (editor_role IS NULL)",
        f"CREATE POLICY plans_update ON plans FOR UPDATE USING ({_EDITABLE})",
        "ALTER TABLE plan_revisions ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY revisions_select ON plan_revisions FOR SELECT USING (true)",
        "CREATE POLICY revisions_insert ON plan_revisions FOR INSERT WITH CHECK "
        f"(EXISTS (SELECT 1 FROM plans p WHERE p.plan_id = plan_revisions.plan_id AND ({editable})))",
    ):
        op.execute(statement)
    tables = [t.name for t in ss.TABLES]
    for role in ("reformdesk_reader", "reformdesk_editor"):
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
                   {_grants(role, tables)}
                 END IF;
               END $$"""
        )
