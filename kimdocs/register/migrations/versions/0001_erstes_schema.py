"""Revision 1: the first schema of the register.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

GELD = sa.BigInteger  # amounts in whole cents (kimdocs.register.models.Geld)


def upgrade() -> None:
    op.create_table(
        "programm",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("richtlinie", sa.String(64), nullable=False),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("titel", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_programm"),
        sa.UniqueConstraint("richtlinie", name="uq_programm_richtlinie"))
    op.create_table(
        "haushaltsjahr",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("programm_id", sa.Integer, nullable=False),
        sa.Column("jahr", sa.Integer, nullable=False),
        sa.Column("budget", GELD, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_haushaltsjahr"),
        sa.ForeignKeyConstraint(["programm_id"], ["programm.id"],
                                name="fk_haushaltsjahr_programm_id_programm"),
        sa.UniqueConstraint("programm_id", "jahr", name="uq_haushaltsjahr_jahr"))
    op.create_table(
        "kommune",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("kreisschluessel", sa.String(5), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("art", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_kommune"),
        sa.UniqueConstraint("kreisschluessel", name="uq_kommune_kreisschluessel"))
    op.create_table(
        "vorgang",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("programm_id", sa.Integer, nullable=False),
        sa.Column("kommune_id", sa.Integer, nullable=False),
        sa.Column("beginn", sa.Date, nullable=False),
        sa.Column("ende", sa.Date, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_vorgang"),
        sa.ForeignKeyConstraint(["programm_id"], ["programm.id"],
                                name="fk_vorgang_programm_id_programm"),
        sa.ForeignKeyConstraint(["kommune_id"], ["kommune.id"],
                                name="fk_vorgang_kommune_id_kommune"),
        sa.UniqueConstraint("programm_id", "kommune_id", "beginn", name="uq_vorgang_beginn"))
    op.create_table(
        "dokument",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("programm_id", sa.Integer, nullable=False),
        sa.Column("kommune_id", sa.Integer, nullable=True),
        sa.Column("vorgang_id", sa.Integer, nullable=True),
        sa.Column("art", sa.String(20), nullable=True),
        sa.Column("richtung", sa.String(10), nullable=False),
        sa.Column("datum", sa.Date, nullable=True),
        sa.Column("eingang", sa.Date, nullable=True),
        sa.Column("aktenzeichen", sa.String(200), nullable=True),
        sa.Column("dateiname", sa.String(500), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("groesse", sa.Integer, nullable=True),
        sa.Column("urteil", sa.String(20), nullable=True),
        sa.Column("befunde", sa.JSON, nullable=False),
        sa.Column("fakten", sa.JSON, nullable=False),
        sa.Column("berichtsjahr", sa.Integer, nullable=True),
        sa.Column("zeitraum_beginn", sa.Date, nullable=True),
        sa.Column("zeitraum_ende", sa.Date, nullable=True),
        sa.Column("ersetzt_durch_id", sa.Integer, nullable=True),
        sa.Column("erfasst", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_dokument"),
        sa.ForeignKeyConstraint(["programm_id"], ["programm.id"],
                                name="fk_dokument_programm_id_programm"),
        sa.ForeignKeyConstraint(["kommune_id"], ["kommune.id"],
                                name="fk_dokument_kommune_id_kommune"),
        sa.ForeignKeyConstraint(["vorgang_id"], ["vorgang.id"],
                                name="fk_dokument_vorgang_id_vorgang"),
        sa.ForeignKeyConstraint(["ersetzt_durch_id"], ["dokument.id"],
                                name="fk_dokument_ersetzt_durch_id_dokument"),
        sa.UniqueConstraint("sha256", name="uq_dokument_sha256"))
    op.create_table(
        "bewilligung",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("dokument_id", sa.Integer, nullable=False),
        sa.Column("vorgang_id", sa.Integer, nullable=False),
        sa.Column("jahr", sa.Integer, nullable=False),
        sa.Column("personalkosten", GELD, nullable=False),
        sa.Column("sachkosten", GELD, nullable=False),
        sa.Column("gesamt", GELD, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bewilligung"),
        sa.ForeignKeyConstraint(["dokument_id"], ["dokument.id"],
                                name="fk_bewilligung_dokument_id_dokument"),
        sa.ForeignKeyConstraint(["vorgang_id"], ["vorgang.id"],
                                name="fk_bewilligung_vorgang_id_vorgang"),
        sa.UniqueConstraint("dokument_id", "jahr", name="uq_bewilligung_jahr"))
    op.create_index("ix_bewilligung_jahr", "bewilligung", ["jahr"])
    op.create_table(
        "ereignis",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("zeit", sa.DateTime(timezone=True), nullable=False),
        sa.Column("wer", sa.String(200), nullable=False),
        sa.Column("was", sa.String(40), nullable=False),
        sa.Column("text", sa.String(2000), nullable=False),
        sa.Column("dokument_id", sa.Integer, nullable=True),
        sa.Column("vorgang_id", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_ereignis"),
        sa.ForeignKeyConstraint(["dokument_id"], ["dokument.id"],
                                name="fk_ereignis_dokument_id_dokument"),
        sa.ForeignKeyConstraint(["vorgang_id"], ["vorgang.id"],
                                name="fk_ereignis_vorgang_id_vorgang"))


def downgrade() -> None:
    for table in ("ereignis", "bewilligung", "dokument", "vorgang", "kommune", "haushaltsjahr",
                  "programm"):
        op.drop_table(table)
