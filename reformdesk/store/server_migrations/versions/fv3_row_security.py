"""Layout 3: every plan's rows guarded by the database itself (row-level security on every table).

Until layout 2 the rights per plan (``plans.editor_role``) were row-level security on
``plans`` and ``plan_revisions`` only: an editor connected with psql still had SELECT on
every plan's entity rows and INSERT/UPDATE on them, whatever plan they belonged to, and
UPDATE on ``rd_meta`` and ``plan_revisions``.  From layout 3:

* ``plans.reader_role`` (new) names the role whose members may read a plan (NULL: every
  reader and editor of the store, as before); the members of its ``editor_role`` always
  may.  A plan a role may not read is not there for it: not listed, not opened, its
  revisions and rows not selected;
* the entity tables have row-level security keyed on ``plan_id``: a row is selected
  when its plan is readable (the ``plans`` row is visible under its own policy), inserted
  only into a plan the role may edit, and the only update is closing a current row
  (``until_rev`` from NULL to a revision) of such a plan: editors' UPDATE grant there is
  on ``until_rev`` alone, so no one but the owner rewrites an old row's values;
* no DELETE policy anywhere and no DELETE grant: a revision, once saved, stays;
* ``plan_revisions`` and ``rd_meta`` lose the editors' UPDATE (and ``rd_meta`` its
  INSERT): history is append-only and the format is the administrator's;
* editors may INSERT ``plans.saved_by`` as well: a new plan's row carries it, and an
  editor's first save of a new plan was refused for want of it.

The policies bind every role but the tables' owner (the administrator who ran the
migration, who also sets ``editor_role``/``reader_role``) and superusers.  Not FORCE:
the owner may drop or disable any policy anyway, so binding it would protect nothing.

Revision ID: fv3_row_security
Revises: fv3_shared_rows
"""

from __future__ import annotations

from alembic import op

revision = "fv3_row_security"
down_revision = "fv3_shared_rows"
branch_labels = None
depends_on = None


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _member(column: str) -> str:
    """SQL: the current role is a member of the role named in ``column`` (false for NULL or no such role)."""
    return (
        f"EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = {column} "
        "AND pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER'))"
    )


def readable(p: str = "") -> str:
    """SQL on a ``plans`` row: the current role may read the plan."""
    return f"({p}reader_role IS NULL OR {_member(p + 'reader_role')} OR {_member(p + 'editor_role')})"


def editable(p: str = "") -> str:
    """SQL on a ``plans`` row: the current role may edit the plan (those who may read it, narrowed by editor_role)."""
    return f"({readable(p)} AND ({p}editor_role IS NULL OR {_member(p + 'editor_role')}))"


#: A row's plan is readable: ``plans`` answers under its own SELECT policy.  The plans' ids are
#: gathered once per statement (an InitPlan) and each row looked up in that short array: as
#: ``plan_id IN (SELECT …)`` (a hashed subplan probed per row) an editor's read of 50,000
#: powers took 176 ms on the server against the owner's 135 ms, as ``= ANY (ARRAY(…))`` 146 ms
#: (EXPLAIN ANALYZE, medians of 36, interleaved).
_OF_A_READABLE_PLAN = "plan_id = ANY (ARRAY(SELECT p.plan_id FROM plans p))"
_OF_AN_EDITABLE_PLAN = f"plan_id = ANY (ARRAY(SELECT p.plan_id FROM plans p WHERE {editable('p.')}))"


def upgrade() -> None:
    from reformdesk.store import server_schema as ss

    op.execute("ALTER TABLE plans ADD COLUMN IF NOT EXISTS reader_role text")
    for name in ("plans_select", "plans_insert", "plans_update"):
        op.execute(f"DROP POLICY IF EXISTS {name} ON plans")
    for name in ("revisions_select", "revisions_insert"):
        op.execute(f"DROP POLICY IF EXISTS {name} ON plan_revisions")
    statements = [
        "ALTER TABLE plans ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY plans_select ON plans FOR SELECT USING {readable()}",
        # A new plan is everyone's (the admin narrows it afterwards); editors cannot name roles.
        "CREATE POLICY plans_insert ON plans FOR INSERT WITH CHECK (editor_role IS NULL AND reader_role IS NULL)",
        f"CREATE POLICY plans_update ON plans FOR UPDATE USING {editable()} WITH CHECK {editable()}",
        "ALTER TABLE plan_revisions ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY revisions_select ON plan_revisions FOR SELECT USING ({_OF_A_READABLE_PLAN})",
        f"CREATE POLICY revisions_insert ON plan_revisions FOR INSERT WITH CHECK ({_OF_AN_EDITABLE_PLAN})",
    ]
    for table in ss.TABLE.values():
        t = _q(table.name)
        statements += [
            f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS rd_read ON {t}",
            f"DROP POLICY IF EXISTS rd_write ON {t}",
            f"DROP POLICY IF EXISTS rd_close ON {t}",
            f"CREATE POLICY rd_read ON {t} FOR SELECT USING ({_OF_A_READABLE_PLAN})",
            f"CREATE POLICY rd_write ON {t} FOR INSERT WITH CHECK ({_OF_AN_EDITABLE_PLAN})",
            # A save closes the current rows it replaces, and nothing else is ever updated.
            f"CREATE POLICY rd_close ON {t} FOR UPDATE "
            f"USING ({ss.UNTIL_REV} IS NULL AND {_OF_AN_EDITABLE_PLAN}) "
            f"WITH CHECK ({ss.UNTIL_REV} IS NOT NULL AND {_OF_AN_EDITABLE_PLAN})",
        ]
    entity_tables = ", ".join(_q(t.name) for t in ss.TABLE.values())
    grants = (
        f"REVOKE UPDATE, DELETE ON {entity_tables} FROM reformdesk_editor; "
        f"GRANT UPDATE ({ss.UNTIL_REV}) ON {entity_tables} TO reformdesk_editor; "
        "REVOKE INSERT, UPDATE, DELETE ON rd_meta FROM reformdesk_editor; "
        "REVOKE UPDATE, DELETE ON plan_revisions FROM reformdesk_editor; "
        # The catalogue row of a new plan names its saver too (saved_by's default ''): without it
        # an editor's first save of a new plan was refused as if the role were read-only.
        "GRANT INSERT (saved_by) ON plans TO reformdesk_editor;"
    )
    statements.append(
        f"""DO $$ BEGIN
             IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'reformdesk_editor') THEN
               {grants}
             END IF;
           END $$"""
    )
    statements.append(
        "INSERT INTO rd_meta (key, value) VALUES ('layout', '3') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
    )
    for statement in statements:
        op.execute(statement)
