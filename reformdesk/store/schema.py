"""The plan file schema: SQLAlchemy 2 typed mappings, one table per entity.

The mapped classes define the schema; reading and writing go through their
``__table__`` with Core bulk statements, because building ORM objects for
50,000 powers would cost seconds on every open and save.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Format version written to ``PRAGMA user_version``.  Bump it with a migration.
FORMAT_VERSION = 1
#: ``PRAGMA application_id``: marks a SQLite file as a ReformDesk plan ("RDPL").
APPLICATION_ID = 0x5244504C


def _fk(target: str) -> ForeignKey:
    # Deferred so a save can insert rows in any order (people report to people
    # saved later); checked at commit, on SQLite and PostgreSQL alike.
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


class Base(DeclarativeBase):
    pass


class PlanRow(Base):
    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    town: Mapped[str] = mapped_column(Text, default="")
    county: Mapped[str] = mapped_column(Text, default="")
    office: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    author: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    lineage_id: Mapped[str] = mapped_column(String(32))


class BodyRow(Base):
    __tablename__ = "body"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    pos: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text, default="")
    authorized_posts: Mapped[int] = mapped_column(Integer, default=0)
    leadership_posts: Mapped[int] = mapped_column(Integer, default=0)
    sites: Mapped[str] = mapped_column(Text, default="")  # newline-separated
    # No FK to person: body and person reference each other; checked on load.
    deputy_id: Mapped[str | None] = mapped_column(String(32), nullable=True)


class UnitRow(Base):
    __tablename__ = "unit"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    pos: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text, default="")
    head_count: Mapped[int] = mapped_column(Integer, default=0)
    body_id: Mapped[str | None] = mapped_column(_fk("body.id"), nullable=True)


class PersonRow(Base):
    __tablename__ = "person"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    pos: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    post: Mapped[str] = mapped_column(Text, default="")
    tier_before: Mapped[str] = mapped_column(String(24))
    tier_after: Mapped[str] = mapped_column(String(24))
    unit_id: Mapped[str | None] = mapped_column(_fk("unit.id"), nullable=True)
    body_id: Mapped[str | None] = mapped_column(_fk("body.id"), nullable=True)
    reports_to_id: Mapped[str | None] = mapped_column(_fk("person.id"), nullable=True)


class PowerRow(Base):
    __tablename__ = "power"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    source_department: Mapped[str] = mapped_column(Text, default="")
    mode: Mapped[str] = mapped_column(Text)
    body_id: Mapped[str | None] = mapped_column(_fk("body.id"), nullable=True)
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    official_id: Mapped[str | None] = mapped_column(_fk("person.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[str | None] = mapped_column(_fk("power.id"), nullable=True)


#: Tables in an order that satisfies the foreign keys on insert.
TABLES = [PlanRow.__table__, BodyRow.__table__, UnitRow.__table__, PersonRow.__table__, PowerRow.__table__]
