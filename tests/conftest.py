"""Fixtures shared by every test.

The suite runs against SQLite by default, and against PostgreSQL when
TEST_DATABASE_URL names one (`make test` runs both). The schema is built once
per session by the migrations; every test then starts from empty tables.
"""
import os
import uuid
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from config import with_driver
from main import create_app, db
from models import Album, Alias, Artist, PlaylistEntry, Track, User
from models.types import utcnow
from services.accounts import hash_password, issue_token
from services.database import advance_id_sequences
from services.privacy import POLICY_VERSION

PASSWORD = "correct horse battery"
JWT_SECRET = "test-signing-key-" + "0123456789abcdef" * 4  # 64+ bytes, as HS512 wants


def database_url(tmp_path_factory):
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 't3a3-test.db'}"


def settings_for_tests(url, **overrides):
    return {
        "APP_ENV": "testing",
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": url,
        "JWT_SECRET_KEY": JWT_SECRET,
        "BCRYPT_LOG_ROUNDS": 4,  # bcrypt's minimum: tests need speed, not strength
        "RATELIMIT_ENABLED": False,
        "RATELIMIT_STORAGE_URI": "memory://",
        "CORS_ORIGINS": [],
        "FORCE_HTTPS": False,
        **overrides,
    }


@pytest.fixture(scope="session")
def db_url(tmp_path_factory):
    """The test database, rebuilt from the migrations once per session."""
    url = database_url(tmp_path_factory)
    app = create_app(settings_for_tests(url))
    with app.app_context():
        from commands import drop_everything
        from flask_migrate import upgrade

        drop_everything()
        upgrade()
        db.engine.dispose()
    return url


def empty_all_tables():
    tables = db.metadata.sorted_tables
    if db.engine.dialect.name == "postgresql":
        names = ", ".join(f'"{table.name}"' for table in tables)
        db.session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    else:
        for table in reversed(tables):
            db.session.execute(table.delete())
        # Like RESTART IDENTITY: AUTOINCREMENT tables count from 1 again.
        db.session.execute(text("DELETE FROM sqlite_sequence"))
    db.session.commit()


@pytest.fixture
def make_app(db_url):
    """Build an app with extra settings; its tables start empty."""
    built = []

    def make(**overrides):
        app = create_app(settings_for_tests(db_url, **overrides))
        built.append(app)
        return app

    yield make
    for app in built:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def app(make_app):
    app = make_app()
    with app.app_context():
        empty_all_tables()
        yield app
        db.session.remove()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def make_user(app):
    """Create a user directly in the database; returns the User."""
    counter = iter(range(1, 10_000))

    def make(*, email=None, password=PASSWORD, role="user", first_name="Ada",
             surname="Lovelace", age=36, postcode="3000", alias=None):
        number = next(counter)
        user = User(
            email=email or f"user{number}-{uuid.uuid4().hex[:6]}@example.com",
            password_hash=hash_password(password),
            first_name=first_name, surname=surname, age=age, postcode=postcode,
            role=role, privacy_policy_version=POLICY_VERSION,
            privacy_accepted_at=utcnow(),
        )
        if alias:
            user.alias = Alias(name=alias)
        db.session.add(user)
        db.session.commit()
        return user

    return make


@pytest.fixture
def user(make_user):
    return make_user(email="ada@example.com", alias="countess")


@pytest.fixture
def other_user(make_user):
    return make_user(email="grace@example.com", first_name="Grace", surname="Hopper")


@pytest.fixture
def admin(make_user):
    return make_user(email="admin@example.com", role="admin", first_name="Root")


def bearer(user):
    """Authorization headers carrying a fresh token for `user`."""
    return {"Authorization": f"Bearer {issue_token(user)}"}


@pytest.fixture
def catalog(app):
    """A small catalog with known figures.

    Artists: Alpha ($50.00), Beta ($12.50), Gamma ($0.00, no albums).
    Albums: Alpha One (3 tracks), Alpha Two (1 track), Beta Best (2 tracks).
    """
    alpha = Artist(id=1, name="Alpha", gross_worth_cents=5000)
    beta = Artist(id=2, name="Beta", gross_worth_cents=1250)
    gamma = Artist(id=3, name="Gamma", gross_worth_cents=0)
    albums = [
        Album(id=1, title="Alpha One", artist=alpha, release_year=1999),
        Album(id=2, title="Alpha Two", artist=alpha),
        Album(id=3, title="Beta Best", artist=beta),
    ]
    tracks = [
        Track(id=1, name="First", genre="Rock", duration_ms=180_000, album=albums[0], artist=alpha),
        Track(id=2, name="Second", genre="Rock", duration_ms=200_500, album=albums[0], artist=alpha),
        Track(id=3, name="Third", genre="Jazz", album=albums[0], artist=alpha, composer="A. Composer"),
        Track(id=4, name="Fourth", genre="Pop", album=albums[1], artist=alpha),
        Track(id=5, name="Beta Song", genre="Jazz", album=albums[2], artist=beta),
        Track(id=6, name="Beta Tune", genre=None, album=albums[2], artist=beta),
    ]
    db.session.add_all([alpha, beta, gamma, *albums, *tracks])
    advance_id_sequences(db.session, [Artist.__table__, Album.__table__, Track.__table__])
    db.session.commit()
    return {"artists": [alpha, beta, gamma], "albums": albums, "tracks": tracks}


def add_to_playlist(user, *track_ids):
    for track_id in track_ids:
        db.session.add(PlaylistEntry(user_id=user.id, track_id=track_id))
    db.session.commit()


@contextmanager
def count_statements():
    """Count the SQL statements run inside the block: `with ... as counted:`."""
    statements = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@pytest.fixture
def blank_database_url(db_url):
    """A database of the same kind as the suite's, empty, dropped afterwards."""
    url = make_url(with_driver(db_url))
    if url.get_backend_name() == "sqlite":
        path = f"{url.database}.{uuid.uuid4().hex[:8]}.db"
        yield f"sqlite:///{path}"
        if os.path.exists(path):
            os.remove(path)
        return

    name = f"t3a3_scratch_{uuid.uuid4().hex[:8]}"
    admin_engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield url.set(database=name).render_as_string(hide_password=False)
    with admin_engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin_engine.dispose()
