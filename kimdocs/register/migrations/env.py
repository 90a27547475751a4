"""Alembic environment of the register: always run programmatically (kimdocs.register.db),
on the connection the caller hands over in config.attributes["connection"]."""

from alembic import context

from kimdocs.register.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
