"""Operations that differ between PostgreSQL and SQLite, written once."""
from sqlalchemy import func, select, text
from sqlalchemy.dialects import postgresql, sqlite

DIALECT_INSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def insert_ignoring_duplicates(session, table, rows, key_columns):
    """INSERT rows, skipping any whose key already exists (ON CONFLICT DO NOTHING)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    statement = DIALECT_INSERTS[dialect](table).on_conflict_do_nothing(
        index_elements=key_columns
    )
    session.execute(statement, rows)


def advance_id_sequences(session, tables):
    """Move PostgreSQL's id sequences past rows inserted with explicit ids.

    Without this the next INSERT that lets the database choose an id would
    collide with a loaded row. SQLite picks max(id) + 1 itself.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.columns:
            continue
        highest = session.scalar(select(func.max(table.c.id))) or 0
        session.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :value, :called)"),
            {"table": quoted(table.name), "value": max(highest, 1),
             "called": highest > 0},
        )


def quoted(name):
    # pg_get_serial_sequence reads an identifier; "user" is a reserved word.
    return '"' + name.replace('"', '""') + '"'
