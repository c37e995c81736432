"""The operator's CLI: flask db create/drop/seed/reset/load-chinook, flask users."""
import pytest
from alembic.script import ScriptDirectory
from flask import current_app
from sqlalchemy import func, inspect, select, text

from main import db
from models import Album, Artist, PlaylistEntry, Track, User
from tests.conftest import PASSWORD


@pytest.fixture
def scratch(make_app, blank_database_url):
    """An app on an empty database of its own, with its CLI runner."""
    app = make_app(SQLALCHEMY_DATABASE_URI=blank_database_url)
    with app.app_context():
        yield app, app.test_cli_runner()


def run(runner, *args, input=None):
    result = runner.invoke(args=list(args), input=input)
    assert result.exit_code == 0, result.output
    return result.output


def table_names():
    return set(inspect(db.engine).get_table_names())


def stored_revision():
    return db.session.scalar(text("SELECT version_num FROM alembic_version"))


def head_revision():
    scripts = ScriptDirectory.from_config(current_app.extensions["migrate"].migrate.get_config())
    return scripts.get_current_head()


def count(model):
    return db.session.scalar(select(func.count()).select_from(model))


def test_create_builds_every_table_and_marks_the_latest_migration(scratch):
    app, runner = scratch

    run(runner, "db", "create")

    assert {"user", "alias", "artist", "album", "track", "playlist",
            "revoked_token", "alembic_version"} <= table_names()
    assert stored_revision() == head_revision()


def test_drop_removes_every_table(scratch):
    app, runner = scratch
    run(runner, "db", "create")

    run(runner, "db", "drop", "--yes")

    assert table_names() == set()


def test_drop_asks_first(scratch):
    app, runner = scratch
    run(runner, "db", "create")

    result = runner.invoke(args=["db", "drop"], input="n\n")

    assert result.exit_code != 0
    assert "user" in table_names()


def test_seed_adds_the_requested_sizes(scratch):
    app, runner = scratch
    run(runner, "db", "create")

    output = run(runner, "db", "seed", "--seed", "3", "--users", "4", "--artists", "5",
                 "--albums", "6", "--tracks", "30", "--playlist-tracks", "2")

    assert (count(User), count(Artist), count(Album), count(Track)) == (4, 5, 6, 30)
    assert count(PlaylistEntry) == 8
    assert "Seeded 5 artists, 6 albums, 30 tracks, 4 users, 8 playlist entries." in output
    assert "Log in as" in output
    email = output.split("Log in as ")[1].split()[0]
    login = app.test_client().post("/user/login", json={
        "email": email, "password": output.split("with password ")[1].strip()})
    assert login.status_code == 200


def test_seeding_again_adds_to_what_is_there(scratch):
    app, runner = scratch
    run(runner, "db", "create")

    run(runner, "db", "seed", "--seed", "1", "--users", "3")
    output = run(runner, "db", "seed", "--seed", "1", "--users", "3")

    assert count(User) == 6 and count(Artist) == 40
    assert count(PlaylistEntry) == 60
    assert "3 users, 30 playlist entries" in output


def snapshot():
    return (db.session.execute(select(Artist.name, Artist.gross_worth_cents)
                               .order_by(Artist.id)).all(),
            db.session.execute(select(Track.name, Track.genre, Track.album_id)
                               .order_by(Track.id)).all(),
            db.session.scalars(select(User.email).order_by(User.id)).all())


def test_the_same_seed_gives_the_same_data(scratch):
    app, runner = scratch
    run(runner, "db", "create")
    run(runner, "db", "seed", "--seed", "42")
    first = snapshot()

    run(runner, "db", "reset", "--empty", "--yes")
    run(runner, "db", "seed", "--seed", "42")

    assert snapshot() == first
    run(runner, "db", "reset", "--empty", "--yes")
    run(runner, "db", "seed", "--seed", "43")
    assert snapshot() != first


def test_reset_leaves_a_fresh_seeded_database(scratch):
    app, runner = scratch
    run(runner, "db", "create")
    run(runner, "db", "seed", "--artists", "50")

    run(runner, "db", "reset", "--yes")

    assert count(Artist) == 20
    assert stored_revision() == head_revision()


def test_load_chinook_prints_the_demo_login_and_can_run_twice(scratch):
    app, runner = scratch
    run(runner, "db", "create")

    first = run(runner, "db", "load-chinook")
    second = run(runner, "db", "load-chinook")

    assert "3503 tracks" in first and "added" in first
    assert "already loaded: nothing added" in second
    assert "holds 275 artists, 347 albums, 3503 tracks, 59 users" in second
    assert "Demo login: jacksmith@microsoft.com / chinook-demo" in second
    assert count(Track) == 3503


def test_loading_chinook_again_uses_up_no_ids(scratch):
    app, runner = scratch
    run(runner, "db", "create")
    run(runner, "db", "load-chinook")
    run(runner, "db", "load-chinook")

    response = app.test_client().post("/user/create", json={
        "email": "next@example.com", "password": "long enough", "first_name": "Next",
        "accept_privacy_policy": True})

    assert response.json["id"] == 60


def test_load_chinook_refuses_a_weak_password(scratch):
    app, runner = scratch
    run(runner, "db", "create")

    result = runner.invoke(args=["db", "load-chinook", "--password", ""])

    assert result.exit_code == 1
    assert "--password: Must be at least 8 characters long." in result.output
    assert count(Track) == 0


@pytest.mark.parametrize("args", [["db", "seed"], ["db", "load-chinook"],
                                  ["users", "create-admin", "a@example.com",
                                   "--password", "long enough"]])
def test_commands_on_a_database_without_tables_say_what_to_do(scratch, args):
    app, runner = scratch

    result = runner.invoke(args=args)

    assert result.exit_code == 1
    assert "run `flask db create` first" in result.output
    assert "Traceback" not in result.output


def test_load_chinook_if_empty_skips_a_database_with_a_catalog(scratch):
    app, runner = scratch
    run(runner, "db", "create")
    run(runner, "db", "seed")

    output = run(runner, "db", "load-chinook", "--if-empty")

    assert "not loaded" in output
    assert count(Track) == 200


def test_load_chinook_over_another_catalog_fails_with_a_message(scratch):
    app, runner = scratch
    run(runner, "db", "create")
    run(runner, "db", "seed")

    result = runner.invoke(args=["db", "load-chinook"])

    assert result.exit_code == 1
    assert "is not Chinook's" in result.output
    assert count(Track) == 200


def test_flask_migrates_own_commands_sit_beside_ours(runner):
    output = run(runner, "db", "--help")

    for command in ("upgrade", "downgrade", "migrate", "create", "drop", "seed", "reset",
                    "load-chinook"):
        assert command in output


class TestCreateAdmin:
    def test_creates_an_administrator_who_can_log_in(self, app, runner, client):
        output = run(runner, "users", "create-admin", "Root@Example.com",
                     "--password", "a strong admin password")

        admin = db.session.scalar(select(User).where(User.email == "root@example.com"))
        assert "created" in output
        assert admin.role == "admin"
        token = client.post("/user/login", json={
            "email": "root@example.com", "password": "a strong admin password"}).json["token"]
        assert client.get("/user/", headers={"Authorization": f"Bearer {token}"}).status_code == 200

    def test_promotes_an_existing_user_without_asking_a_password(self, app, runner, user):
        output = run(runner, "users", "create-admin", user.email)

        db.session.refresh(user)
        assert user.role == "admin"
        assert "now an administrator; their password is unchanged" in output
        assert "Password" not in output

    def test_prompts_for_the_password(self, app, runner, client):
        run(runner, "users", "create-admin", "prompt@example.com",
            input="typed password\ntyped password\n")

        login = client.post("/user/login", json={"email": "prompt@example.com",
                                                 "password": "typed password"})
        assert login.status_code == 200

    @pytest.mark.parametrize("email, password, problem", [
        ("not-an-email", PASSWORD, "email"),
        ("short@example.com", "short", "password"),
    ])
    def test_refuses_bad_input(self, app, runner, email, password, problem):
        result = runner.invoke(args=["users", "create-admin", email, "--password", password])

        assert result.exit_code == 1
        assert problem in result.output
        assert count(User) == 0
