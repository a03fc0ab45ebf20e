"""Alembic environment: CommandPost passes its own connection (PRAGMAs already set)."""

from alembic import context

from commandpost.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("CommandPost runs migrations with its own connection (store.migrate)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
