"""The register's tables (SQLAlchemy 2, declarative): the state after the newest migration.

Money is stored in whole cents (BIGINT; `Geld`: Decimal in Python, never float — SQLite would
keep a NUMERIC column as a binary float, and SUM would add floats); dates are Date; the findings and the
facts a verdict used are JSON with amounts as strings. The migrations in
kimdocs/register/migrations/versions build exactly these tables; tests compare both.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {"ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
          "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
          "pk": "pk_%(table_name)s"}
CENT = Decimal("0.01")


class Geld(TypeDecorator):
    """An amount in EUR as Decimal, stored as whole cents (exact on SQLite and PostgreSQL,
    and so are their sums)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        cents = Decimal(value) * 100
        if cents != cents.to_integral_value():
            raise ValueError(f"Betrag {value} hat mehr als zwei Nachkommastellen")
        return int(cents)

    def process_result_value(self, value, dialect):
        return None if value is None else (Decimal(value) / 100).quantize(CENT)


GELD = Geld()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Programm(Base):
    """A funding programme: one guideline (id and version)."""

    __tablename__ = "programm"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    richtlinie: Mapped[str] = mapped_column(String(64), unique=True)
    version: Mapped[str] = mapped_column(String(32))
    titel: Mapped[str] = mapped_column(String(300))


class Haushaltsjahr(Base):
    """The programme budget of one year; its row is what a Bescheid locks while it books."""

    __tablename__ = "haushaltsjahr"
    __table_args__ = (UniqueConstraint("programm_id", "jahr", name="uq_haushaltsjahr_jahr"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programm_id: Mapped[int] = mapped_column(ForeignKey("programm.id"))
    jahr: Mapped[int] = mapped_column(Integer)
    budget: Mapped[Decimal | None] = mapped_column(GELD, nullable=True)


class Kommune(Base):
    __tablename__ = "kommune"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kreisschluessel: Mapped[str] = mapped_column(String(5), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    art: Mapped[str | None] = mapped_column(String(40), nullable=True)


class Vorgang(Base):
    """One Kommune's funding case in one programme, from the start of its period."""

    __tablename__ = "vorgang"
    __table_args__ = (UniqueConstraint("programm_id", "kommune_id", "beginn",
                                       name="uq_vorgang_beginn"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programm_id: Mapped[int] = mapped_column(ForeignKey("programm.id"))
    kommune_id: Mapped[int] = mapped_column(ForeignKey("kommune.id"))
    beginn: Mapped[date] = mapped_column(Date)
    ende: Mapped[date] = mapped_column(Date)


class Dokument(Base):
    """A document received (eingang) or issued (ausgang); one row per sha256. A corrected
    document supersedes the earlier one (`ersetzt_durch_id`); nothing is deleted."""

    __tablename__ = "dokument"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programm_id: Mapped[int] = mapped_column(ForeignKey("programm.id"))
    kommune_id: Mapped[int | None] = mapped_column(ForeignKey("kommune.id"), nullable=True)
    vorgang_id: Mapped[int | None] = mapped_column(ForeignKey("vorgang.id"), nullable=True)
    art: Mapped[str | None] = mapped_column(String(20), nullable=True)
    richtung: Mapped[str] = mapped_column(String(10))  # eingang | ausgang
    datum: Mapped[date | None] = mapped_column(Date, nullable=True)  # date in the document
    eingang: Mapped[date | None] = mapped_column(Date, nullable=True)
    aktenzeichen: Mapped[str | None] = mapped_column(String(200), nullable=True)
    dateiname: Mapped[str | None] = mapped_column(String(500), nullable=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    groesse: Mapped[int | None] = mapped_column(Integer, nullable=True)
    urteil: Mapped[str | None] = mapped_column(String(20), nullable=True)
    befunde: Mapped[list[Any]] = mapped_column(JSON, default=list)
    fakten: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    berichtsjahr: Mapped[int | None] = mapped_column(Integer, nullable=True)
    zeitraum_beginn: Mapped[date | None] = mapped_column(Date, nullable=True)
    zeitraum_ende: Mapped[date | None] = mapped_column(Date, nullable=True)
    ersetzt_durch_id: Mapped[int | None] = mapped_column(ForeignKey("dokument.id"),
                                                         nullable=True)
    erfasst: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # revision 2: where the archived copy lies (only with an archive folder configured)
    archiv: Mapped[str | None] = mapped_column(String(1000), nullable=True)

    __table_args__ = (Index("ix_dokument_vorgang_art", "vorgang_id", "art"),)


class Bewilligung(Base):
    """The amount a Bescheid grants in one Haushaltsjahr."""

    __tablename__ = "bewilligung"
    __table_args__ = (UniqueConstraint("dokument_id", "jahr", name="uq_bewilligung_jahr"),
                      Index("ix_bewilligung_jahr", "jahr"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dokument_id: Mapped[int] = mapped_column(ForeignKey("dokument.id"))
    vorgang_id: Mapped[int] = mapped_column(ForeignKey("vorgang.id"))
    jahr: Mapped[int] = mapped_column(Integer)
    personalkosten: Mapped[Decimal] = mapped_column(GELD)
    sachkosten: Mapped[Decimal] = mapped_column(GELD)
    gesamt: Mapped[Decimal] = mapped_column(GELD)


class Ereignis(Base):
    """The history: who did what when."""

    __tablename__ = "ereignis"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    zeit: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    wer: Mapped[str] = mapped_column(String(200))
    was: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(String(2000))
    dokument_id: Mapped[int | None] = mapped_column(ForeignKey("dokument.id"), nullable=True)
    vorgang_id: Mapped[int | None] = mapped_column(ForeignKey("vorgang.id"), nullable=True)


# in dependency order (export, import)
TABLES = [Programm, Haushaltsjahr, Kommune, Vorgang, Dokument, Bewilligung, Ereignis]
