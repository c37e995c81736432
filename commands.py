"""The operator's CLI.

`flask db ...` holds both Flask-Migrate's own commands (upgrade, downgrade,
migrate, ...) and t3a3's: create, drop, reset, seed, load-chinook, export and
import. Users are managed under `flask users ...`.
"""
import functools
import sys
from contextlib import contextmanager, nullcontext

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext
from flask_migrate import cli as migrate_cli
from flask_migrate import upgrade
from marshmallow import ValidationError
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError, SQLAlchemyError

from main import db
from models import Track, User
from schemas.fields import Password
from schemas.user import UserCreateSchema
from services import accounts, chinook, seeding, transfer

db_cli = migrate_cli.db
users_cli = AppGroup("users", help="Manage user accounts.")


def register_commands(app):
    app.cli.add_command(users_cli)


def refuse_in_production(action):
    if current_app.config["APP_ENV"] == "production":
        raise click.ClickException(f"Refusing to {action} in production.")


def database_errors_as_messages(command):
    """Say in one line what is wrong with the database, instead of a traceback."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except SQLAlchemyError as error:
            raise click.ClickException(describe_database_error(error)) from error

    return run


def describe_database_error(error):
    problem = transfer.one_line(getattr(error, "orig", None) or error)
    if isinstance(error, (OperationalError, ProgrammingError)) and (
        "no such table" in problem or "does not exist" in problem
    ):
        return f"The database has no tables yet: run `flask db create` first ({problem})."
    if isinstance(error, OperationalError):
        return f"Cannot use the database: {problem}"
    return f"The database refused: {problem}"


@db_cli.command("create")
@with_appcontext
@database_errors_as_messages
def create_database():
    """Create every table by running the migrations up to the latest one."""
    upgrade()
    click.echo("Database is at the latest schema.")


@db_cli.command("drop")
@click.confirmation_option(prompt="Delete every table and all their data?")
@with_appcontext
@database_errors_as_messages
def drop_database():
    """Delete every table and all their data."""
    drop_everything()
    click.echo("Dropped every table.")


def drop_everything():
    # A transaction still open in this session would hold locks the DROPs wait for.
    db.session.close()
    db.drop_all()
    with db.engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))


@db_cli.command("seed")
@click.option("--seed", type=int, help="Random seed: the same seed gives the same data.")
@click.option("--users", default=10, show_default=True, type=click.IntRange(0))
@click.option("--artists", default=20, show_default=True, type=click.IntRange(0))
@click.option("--albums", default=40, show_default=True, type=click.IntRange(0))
@click.option("--tracks", default=200, show_default=True, type=click.IntRange(0))
@click.option("--playlist-tracks", default=10, show_default=True, type=click.IntRange(0),
              help="Tracks in each new user's playlist.")
@with_appcontext
@database_errors_as_messages
def seed_command(seed, users, artists, albums, tracks, playlist_tracks):
    """Add made-up artists, albums, tracks, users and playlists (Faker).

    Adds to what is there. On an empty database the same --seed gives the
    same data; `flask db reset --seed N` starts from empty.
    """
    refuse_in_production("seed made-up data")
    sizes = seeding.SeedSizes(users=users, artists=artists, albums=albums,
                              tracks=tracks, playlist_tracks=playlist_tracks)
    report = seeding.seed_database(sizes, seed=seed)

    click.echo(f"Seeded {describe_counts(report.added)}.")
    if report.emails:
        click.echo(f"Log in as {report.emails[0]} with password {seeding.SEED_PASSWORD}")


@db_cli.command("reset")
@click.option("--empty", is_flag=True, help="Leave the tables empty instead of seeding.")
@click.option("--seed", type=int, help="Random seed for the made-up data.")
@click.confirmation_option(prompt="Delete all data and start again?")
@with_appcontext
@database_errors_as_messages
def reset_database(empty, seed):
    """Drop everything, recreate the tables, and seed them (unless --empty)."""
    refuse_in_production("reset the database")
    drop_everything()
    upgrade()
    if empty:
        click.echo("Database reset, empty.")
        return
    seeding.seed_database(seeding.SeedSizes(), seed=seed)
    click.echo("Database reset and seeded.")


@db_cli.command("load-chinook")
@click.option("--password", default=None,
              help="Password for every Chinook customer "
                   f"(default: {chinook.DEMO_PASSWORD}).")
@click.option("--if-empty", is_flag=True, help="Do nothing if the catalog has tracks.")
@with_appcontext
@database_errors_as_messages
def load_chinook_command(password, if_empty):
    """Load the Chinook catalog, its customers as users and its playlists.

    Safe to run again: what is already loaded is left as it is.
    """
    if password is None:
        refuse_in_production("give Chinook's customers the published demo password")
        password = chinook.DEMO_PASSWORD
    try:
        Password().deserialize(password)
    except ValidationError as error:
        raise click.ClickException(f"--password: {' '.join(error.messages)}") from error
    if if_empty and db.session.scalar(select(func.count()).select_from(Track)):
        click.echo("The catalog already has tracks; Chinook not loaded.")
        return

    try:
        report = chinook.load_chinook(password=password)
    except chinook.ChinookConflict as error:
        raise click.ClickException(str(error)) from error

    if any(report.added.values()):
        click.echo("Chinook loaded: " + describe_counts(report.added) + " added.")
    else:
        click.echo("Chinook was already loaded: nothing added.")
    click.echo(f"The database holds {describe_counts(report.totals)}.")
    click.echo(f"Demo login: {report.demo_email} / {password} "
               f"(playlist page: /playlist/{report.demo_user_id})")


def describe_counts(counts):
    """{"artists": 2, "playlist_entries": 5} as "2 artists, 5 playlist entries"."""
    return ", ".join(f"{number} {kind.replace('_', ' ')}"
                     for kind, number in counts.items())


@users_cli.command("create-admin")
@click.argument("email")
@click.option("--first-name", default="Admin", show_default=True)
@click.option("--password", help="The new administrator's password "
                                 "(asked for when not given).")
@with_appcontext
@database_errors_as_messages
def create_admin(email, first_name, password):
    """Create an administrator, or make an existing user one.

    This is the only way to make an admin: no request can. An existing
    user keeps their password.
    """
    existing = db.session.scalar(select(User).where(User.email == email.strip().lower()))
    if existing is not None:
        existing.role = "admin"
        db.session.commit()
        click.echo(f"User {existing.id} ({existing.email}) is now an administrator; "
                   "their password is unchanged.")
        return

    if password is None:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        fields = UserCreateSchema().load({
            "email": email, "password": password, "first_name": first_name,
            "accept_privacy_policy": True,
        })
    except ValidationError as error:
        problems = "; ".join(f"{field}: {' '.join(reasons)}"
                             for field, reasons in error.messages.items())
        raise click.ClickException(problems) from error

    user = accounts.create_user(fields)
    user.role = "admin"
    db.session.commit()
    click.echo(f"Administrator {user.id} ({user.email}) created.")


# The whole database to one file, and back. docs/data-lifecycle.md has the
# file format and the recipes: back up, restore, move between databases.


@db_cli.command("export")
@click.argument("path", default="-")
@with_appcontext
def export_command(path):
    """Write every table to PATH (default: standard output) as JSON Lines.

    A PATH ending in .gz is gzip-compressed. The file holds password hashes
    and personal data, so it is made readable by its owner only: keep it as
    safe as the database. `flask db import` restores it.
    """
    try:
        with export_target(path) as out, progress_line(path, "Exporting") as progress:
            counts = transfer.write_export(out, progress=progress)
    except (transfer.TransferError, SQLAlchemyError) as error:
        raise click.ClickException(transfer.one_line(error)) from error

    if path != "-":
        click.echo(f"Exported {sum(counts.values()):,} rows of {len(counts)} tables "
                   f"to {path}.")


def export_target(path):
    if path == "-":
        return transfer.text_onto(sys.stdout.buffer)
    return transfer.export_file(path)


@db_cli.command("import")
@click.argument("file")
@click.option("--replace", is_flag=True,
              help="Delete every row first, in the same transaction.")
@click.option("--debug", is_flag=True, help="Show the traceback of a failure.")
@with_appcontext
def import_command(file, replace, debug):
    """Restore FILE, made by `flask db export`, into an empty database.

    FILE may be gzipped, or - for standard input. All or nothing: a file
    wrong anywhere, even cut short, leaves the database as it was. Ids are
    kept. The tables must exist first: run `flask db create`.
    """
    try:
        with import_source(file) as source, \
                progress_line(file, "Importing") as progress:
            counts = transfer.import_database(source, replace=replace,
                                              progress=progress)
    except (transfer.TransferError, SQLAlchemyError) as error:
        if debug:
            raise
        raise click.ClickException(transfer.one_line(error)) from error

    source_name = "standard input" if file == "-" else file
    click.echo(f"Imported {sum(counts.values()):,} rows into {len(counts)} tables "
               f"from {source_name}.")


def import_source(file):
    if file == "-":
        return nullcontext(transfer.decompressed(sys.stdin.buffer))
    return transfer.import_file(file)


def stderr_is_terminal():
    return sys.stderr.isatty()


@contextmanager
def progress_line(path, label):
    """A callback showing the rows done so far on stderr, or None.

    Only a terminal gets it: a log file would fill with counter lines, and
    while data flows through standard output the terminal is left alone.
    """
    if path == "-" or not stderr_is_terminal():
        yield None
        return

    done = 0

    def show(table_name, rows):
        nonlocal done
        done += rows
        click.echo(f"\r{label} {table_name}: {done:,} rows\033[K", nl=False, err=True)

    try:
        yield show
    finally:
        click.echo(err=True)
