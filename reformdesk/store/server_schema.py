"""The shared store's schema (PostgreSQL): the plan file's tables, scoped to a revision of a plan.

Many plans live in one database.  Beside the catalogue and its history:

* ``rd_meta`` — one row per setting; ``format_version`` follows the plan
  file's FORMAT_VERSION (a client refuses a server of a newer format, and
  Alembic, ``reformdesk server upgrade URL``, brings an older one up);
* ``plans`` — the catalogue: name (unique), town, author, the current
  revision, who saved it and when, and the lease (holder, since, renewed);
* ``plan_revisions`` — one row per save: who, when, a note and the list of
  changes the comparison engine found (JSON);
* one table per registry kind (``KindSpec.table``) with exactly the plan
  file's columns plus ``plan_id`` and the range of revisions a row belongs
  to: ``from_rev`` (the ``rev_id`` of the save that wrote it) and
  ``until_rev`` (the save that changed or removed the entity; NULL while the
  row is current).  A revision's plan is every row of its plan with
  ``from_rev <= rev_id < until_rev``; a save closes the rows of the entities
  it changed or removed and writes only those rows new, so it writes in
  proportion to what changed and never rewrites an old row's values:
  history and "restore as an alternative" read the old rows back as they
  were.  References cannot be foreign keys across revision ranges: the
  writer saves a reference to an entity not in the plan as nothing, and the
  reader checks every reference again (as files do), so each revision reads
  back as a whole, consistent plan.

The layout of the entity tables has its own number, :data:`LAYOUT`
(``rd_meta.layout``; no key: layout 1, rows copied whole per revision, keyed
by (rev_id, id)): the server migration ``fv3_shared_rows`` brings layout 1
up to 2, ``fv3_row_security`` 2 up to 3 (the rights per plan enforced on every table).

Built from :mod:`reformdesk.store.schema` (the registry), so a new kind or
field appears here as it appears in files.  Portable SQLAlchemy only.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from reformdesk.domain.registry import KINDS, EntityKind
from reformdesk.store.schema import TABLE as FILE_TABLE

metadata = MetaData()

meta = Table(
    "rd_meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

plans = Table(
    "plans",
    metadata,
    Column("plan_id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, unique=True),
    Column("town", Text, nullable=False, default=""),
    Column("author", Text, nullable=False, default=""),
    Column("revision", Integer, nullable=False, default=0),
    Column("current_rev_id", BigInteger, nullable=True),
    # Per-plan rights, set by the admin: only members of ``editor_role`` may save or lease the
    # plan (NULL: every editor), only members of ``reader_role`` or ``editor_role`` may read it
    # (NULL: every reader and editor); enforced by row-level security on every table
    # (server_migrations/versions/fv3_row_security.py).
    Column("editor_role", Text, nullable=True),
    Column("reader_role", Text, nullable=True),
    Column("saved_by", Text, nullable=False, default=""),
    Column("saved_at", DateTime(timezone=True), nullable=True),
    # The lease: who may write the plan now.  ``lease_renewed`` is moved on by
    # the holder every few seconds; a lease not renewed for its time to live
    # (a dead client) is free to take.
    Column("lease_token", Text, nullable=True),
    Column("lease_user", Text, nullable=True),
    Column("lease_host", Text, nullable=True),
    Column("lease_pid", Integer, nullable=True),
    Column("lease_since", DateTime(timezone=True), nullable=True),
    Column("lease_renewed", DateTime(timezone=True), nullable=True),
    Column("lease_seconds", Integer, nullable=True),  # the holder's time to live
)

revisions = Table(
    "plan_revisions",
    metadata,
    Column("rev_id", BigInteger, primary_key=True, autoincrement=True),
    Column("plan_id", Integer, ForeignKey("plans.plan_id", ondelete="CASCADE"), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("saved_by", Text, nullable=False),
    Column("db_user", Text, nullable=False),
    Column("saved_at", DateTime(timezone=True), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("changes", Text, nullable=False, default="[]"),  # JSON list, see postgres.change_rows
    UniqueConstraint("plan_id", "revision"),
)

PLAN_ID = "plan_id"
FROM_REV = "from_rev"
UNTIL_REV = "until_rev"

#: The entity tables' layout (``rd_meta.layout``): 2 = rows shared between revisions; 3 = and
#: guarded per plan by row-level security (who may read, insert, close a plan's rows).
LAYOUT = 3


def _entity_table(kind: EntityKind) -> Table:
    source = FILE_TABLE[kind]
    columns: list[Column[object]] = [
        Column(PLAN_ID, Integer, ForeignKey("plans.plan_id", ondelete="CASCADE"), nullable=False),
        Column(FROM_REV, BigInteger, ForeignKey("plan_revisions.rev_id", ondelete="CASCADE"), nullable=False),
        Column(UNTIL_REV, BigInteger, nullable=True),
    ]
    for col in source.columns:
        columns.append(Column(col.name, col.type, nullable=bool(col.nullable) and not col.primary_key))
    return Table(
        source.name,
        metadata,
        *columns,
        PrimaryKeyConstraint(PLAN_ID, "id", FROM_REV),
        # The current rows of a plan (what an open reads and a save closes by id): at most one per entity.
        Index(
            f"{source.name}_current",
            PLAN_ID,
            "id",
            unique=True,
            postgresql_where=text(f"{UNTIL_REV} IS NULL"),
        ),
    )


#: The server table of each kind, in an order that satisfies the foreign keys.
TABLE: dict[EntityKind, Table] = {}
for _kind in EntityKind:
    TABLE[_kind] = _entity_table(_kind)
assert set(TABLE) == set(KINDS)

#: Every table, in creation order.
TABLES: list[Table] = [meta, plans, revisions, *(TABLE[k] for k in EntityKind)]
