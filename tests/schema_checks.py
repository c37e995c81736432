"""Questions the migration tests ask about the current app's database."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask import current_app
from sqlalchemy import inspect

from main import db

# Statements that would change a database that is already at the latest
# migration; a SELECT is only alembic looking.
CHANGING_STATEMENTS = ("CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE")


def schema_drift(metadata=None):
    """What `flask db migrate` would write to bring the database to the models.

    An empty list when the migrations and the models agree. The options are
    the app's own (compare_type among them), so the check sees what
    autogenerate sees, and server defaults besides.
    """
    options = {**current_app.extensions["migrate"].configure_args,
               "compare_server_default": True}
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts=options)
        return compare_metadata(context, db.metadata if metadata is None else metadata)


def current_revision():
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migration_scripts():
    config = current_app.extensions["migrate"].migrate.get_config()
    return ScriptDirectory.from_config(config)


def head_revision():
    return migration_scripts().get_current_head()


def table_names():
    return set(inspect(db.engine).get_table_names())
