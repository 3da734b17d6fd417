"""Alembic environment. The app passes an open connection; the alembic CLI passes a URL."""

from alembic import context
from sqlalchemy import Connection, create_engine

from kpm_desktop.storage.crm_search_schema import compared_with_models
from kpm_desktop.storage.records import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=compared_with_models,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as new_connection:
        _run(new_connection)


run_migrations_online()
