"""dump.sql, the PostgreSQL demo database in the repository, loads and works.

Loaded with psql, as a person would (`psql t3a3 < dump.sql`), into a fresh
database; then the app runs against it.
"""
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from services import chinook
from tests.conftest import count_statements
from tests.schema_checks import (
    CHANGING_STATEMENTS, current_revision, head_revision, schema_drift,
)

DUMP = Path(__file__).resolve().parent.parent / "dump.sql"
CHINOOK_TRACKS = 3503

ON_POSTGRESQL = os.environ.get("TEST_DATABASE_URL", "").startswith(
    ("postgres://", "postgresql"))

pytestmark = pytest.mark.skipif(
    not ON_POSTGRESQL,
    reason="dump.sql is a PostgreSQL dump: it is loaded in the PostgreSQL run "
           "(TEST_DATABASE_URL=postgresql://...)",
)


@pytest.fixture
def dumped(make_app, blank_database_url):
    """An app on a fresh database loaded from dump.sql by psql."""
    psql = shutil.which("psql")
    assert psql, "psql (PostgreSQL's client) is needed to load dump.sql"
    libpq_url = make_url(blank_database_url).set(drivername="postgresql")

    loaded = subprocess.run(
        [psql, "--no-psqlrc", "--quiet", "--set", "ON_ERROR_STOP=1",
         "--dbname", libpq_url.render_as_string(hide_password=False),
         "--file", str(DUMP)],
        capture_output=True, text=True,
    )
    assert loaded.returncode == 0, loaded.stderr

    app = make_app(SQLALCHEMY_DATABASE_URI=blank_database_url)
    with app.app_context():
        yield app


def demo_email():
    customer = chinook.read_chinook()["customer"][chinook.DEMO_CUSTOMER_ID]
    return customer["email"].strip().lower()


def test_the_catalog_holds_every_chinook_track(dumped):
    response = dumped.test_client().get("/tracks/")

    assert response.status_code == 200
    assert response.json["total"] == CHINOOK_TRACKS


def test_the_demo_user_logs_in(dumped):
    response = dumped.test_client().post("/user/login", json={
        "email": demo_email(), "password": chinook.DEMO_PASSWORD})

    assert response.status_code == 200
    assert response.json["token"]


def test_a_new_user_signs_up_with_the_next_id(dumped):
    response = dumped.test_client().post("/user/create", json={
        "email": "new@example.com", "password": "a good long password",
        "first_name": "New", "accept_privacy_policy": True})

    assert response.status_code == 201
    assert response.json["id"] == 60  # after Chinook's 59 customers


def test_the_dump_is_at_the_latest_migration(dumped):
    assert current_revision() == head_revision()

    with count_statements() as statements:
        result = dumped.test_cli_runner().invoke(args=["db", "upgrade"])

    assert result.exit_code == 0, result.output
    changes = [statement for statement in statements
               if statement.lstrip().upper().startswith(CHANGING_STATEMENTS)]
    assert changes == []
    assert current_revision() == head_revision()


def test_the_dumped_schema_matches_the_models(dumped):
    assert schema_drift() == []
