"""The migrations build exactly the models' schema, and take it down again.

Run on the suite's kind of database, each test on an empty one of its own.
"""
import pytest
from sqlalchemy import Column, MetaData, String, Text

from main import create_app, db
from tests.conftest import count_statements, settings_for_tests
from tests.schema_checks import (
    CHANGING_STATEMENTS, current_revision, head_revision, migration_scripts,
    schema_drift, table_names,
)

MODEL_TABLES = {table.name for table in db.metadata.sorted_tables}


@pytest.fixture
def blank(make_app, blank_database_url):
    """The CLI runner of an app on an empty database."""
    app = make_app(SQLALCHEMY_DATABASE_URI=blank_database_url)
    with app.app_context():
        yield app.test_cli_runner()


def run(runner, *args):
    result = runner.invoke(args=list(args))
    assert result.exit_code == 0, result.output
    return result


def test_the_migrations_have_one_head():
    with create_app(settings_for_tests("sqlite://")).app_context():
        assert len(migration_scripts().get_heads()) == 1


def test_upgrade_builds_every_table_from_an_empty_database(blank):
    assert table_names() == set()

    run(blank, "db", "upgrade")

    assert table_names() == MODEL_TABLES | {"alembic_version"}
    assert current_revision() == head_revision()


def test_the_migrated_schema_matches_the_models(blank):
    run(blank, "db", "upgrade")

    assert schema_drift() == []


def test_the_drift_check_sees_a_model_changed_without_a_migration(blank):
    run(blank, "db", "upgrade")
    changed = MetaData(naming_convention=db.metadata.naming_convention)
    for table in db.metadata.sorted_tables:
        table.to_metadata(changed)

    changed.tables["track"].append_column(Column("lyrics", Text))
    changed.tables["artist"].c.name.type = String(300)

    kinds = {difference[0] if isinstance(difference, tuple) else difference[0][0]
             for difference in schema_drift(changed)}
    assert kinds == {"add_column", "modify_type"}


def test_downgrade_to_base_leaves_no_tables(blank):
    run(blank, "db", "upgrade")

    run(blank, "db", "downgrade", "base")

    # Alembic keeps its own bookkeeping table, empty.
    assert table_names() - {"alembic_version"} == set()
    assert current_revision() is None


def test_upgrade_after_downgrade_builds_the_same_schema(blank):
    run(blank, "db", "upgrade")
    run(blank, "db", "downgrade", "base")

    run(blank, "db", "upgrade")

    assert schema_drift() == []
    assert current_revision() == head_revision()


def test_db_create_leaves_the_database_at_the_latest_migration(blank):
    run(blank, "db", "create")

    assert current_revision() == head_revision()
    assert table_names() == MODEL_TABLES | {"alembic_version"}


def test_upgrade_at_the_latest_migration_changes_nothing(blank):
    run(blank, "db", "create")

    with count_statements() as statements:
        run(blank, "db", "upgrade")

    changes = [statement for statement in statements
               if statement.lstrip().upper().startswith(CHANGING_STATEMENTS)]
    assert changes == []
    assert current_revision() == head_revision()
