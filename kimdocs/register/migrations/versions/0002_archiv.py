"""Revision 2: the archived copy of a document (with an archive folder configured) and an
index for the questions of the overview (documents of a Vorgang by kind).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (SQLite and PostgreSQL both have it): no table copy, no FK juggling
    op.add_column("dokument", sa.Column("archiv", sa.String(1000), nullable=True))
    op.create_index("ix_dokument_vorgang_art", "dokument", ["vorgang_id", "art"])


def downgrade() -> None:
    op.drop_index("ix_dokument_vorgang_art", "dokument")
    op.drop_column("dokument", "archiv")
