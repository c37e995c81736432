"""flask db export / import: the whole database to one file and back.

The round trip starts from a SQLite file of its own and lands in the suite's
database, so it runs SQLite -> SQLite in the SQLite run and SQLite ->
PostgreSQL in the PostgreSQL run.
"""
import gzip
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from flask_migrate import upgrade
from sqlalchemy import (
    Column, ForeignKey, Integer, String, Table, event, func, insert, select,
)
from sqlalchemy.exc import OperationalError

import commands
from main import create_app, db
from models import Album, Alias, Artist, PlaylistEntry, RevokedToken, Track, User
from models.types import utcnow
from services import transfer
from services.accounts import hash_password
from services.database import advance_id_sequences
from services.privacy import POLICY_VERSION
from tests.conftest import JWT_SECRET, PASSWORD, settings_for_tests

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MOMENT = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=timezone.utc)
HIGHEST_USER_ID = 20


def add_every_kind_of_row():
    """Rows in every table, with the values a trip is most likely to change:
    NULLs, non-ASCII text, quotes and newlines, big integers, microseconds,
    and ids with gaps."""
    artists = [
        Artist(id=1, name="Motörhead", gross_worth_cents=999_999_999_999),
        Artist(id=2, name="坂本龍一 & “friends”", gross_worth_cents=0),
        Artist(id=7, name="Emoji 🎸 band", gross_worth_cents=1),
    ]
    albums = [
        Album(id=1, title="Ace of Spades", release_year=1980, artist_id=1),
        Album(id=5, title="Untitled", release_year=None, artist_id=2),
    ]
    tracks = [
        Track(id=1, name="Ace of Spades", composer="Kilmister", genre="Metal",
              duration_ms=169_000, album_id=1, artist_id=1),
        Track(id=2, name="Love Me Like a Reptile", composer=None, genre="Metal",
              duration_ms=203_000, album_id=1, artist_id=1),
        Track(id=9, name='Quote " backslash \\ and\na newline', composer=None,
              genre=None, duration_ms=None, album_id=5, artist_id=7),
    ]
    users = [
        User(id=3, email="ada@example.com", password_hash=hash_password(PASSWORD),
             first_name="Ada", surname="Lovelace", age=36, postcode="3000",
             privacy_policy_version=POLICY_VERSION, privacy_accepted_at=MOMENT,
             created_at=MOMENT),
        User(id=8, email="root@example.com",
             password_hash=hash_password("admin pass 1"), first_name="Root",
             role="admin", token_key="b" * 32,
             privacy_policy_version=POLICY_VERSION, privacy_accepted_at=MOMENT),
        User(id=HIGHEST_USER_ID, email=None, password_hash=None, first_name="Anonymous",
             privacy_policy_version=POLICY_VERSION, privacy_accepted_at=MOMENT,
             deidentified_at=MOMENT + timedelta(days=1)),
    ]
    db.session.add_all([*artists, *albums, *tracks, *users])
    db.session.flush()  # no relationship tells the ORM that tokens need users
    db.session.add_all([
        Alias(id=4, user_id=3, name="countess"),
        PlaylistEntry(id=1, user_id=3, track_id=9, added_at=MOMENT),
        PlaylistEntry(id=6, user_id=3, track_id=1, added_at=utcnow()),
        PlaylistEntry(id=7, user_id=HIGHEST_USER_ID, track_id=1, added_at=utcnow()),
        RevokedToken(id=2, jti="f" * 32, user_id=3, revoked_at=MOMENT,
                     expires_at=MOMENT + timedelta(days=1)),
    ])
    advance_id_sequences(db.session, db.metadata.sorted_tables)
    db.session.commit()


@pytest.fixture
def filled(app):
    add_every_kind_of_row()


def invoke(runner, *args, input=None, exit_code=0):
    result = runner.invoke(args=list(args), input=input)
    assert result.exit_code == exit_code, result.output
    return result


def read_lines(path):
    data = Path(path).read_bytes()
    if data.startswith(transfer.GZIP_MAGIC):
        data = gzip.decompress(data)
    return data.decode("utf-8").splitlines()


def comparable(lines):
    """An export's lines with the header's moment of export left out."""
    header = json.loads(lines[0])
    del header["created_at"]
    return [header, *lines[1:]]


def database_content(runner, path):
    """The whole database, as an export, for before and after comparisons."""
    invoke(runner, "db", "export", str(path))
    return comparable(read_lines(path))


def rows_of(lines, table):
    return [json.loads(line)["row"] for line in lines[1:-1]
            if json.loads(line)["table"] == table]


def total_rows():
    return sum(db.session.scalar(select(func.count()).select_from(table))
               for table in db.metadata.sorted_tables)


class TestExport:
    def test_writes_a_header_the_rows_table_by_table_and_an_end_line(
            self, filled, runner, tmp_path):
        path = tmp_path / "backup.jsonl"

        result = invoke(runner, "db", "export", str(path))

        lines = read_lines(path)
        header, end = json.loads(lines[0]), json.loads(lines[-1])
        names = [table.name for table in db.metadata.sorted_tables]
        assert header["format"] == "t3a3-export" and header["version"] == 1
        assert header["tables"] == names
        assert datetime.fromisoformat(header["created_at"]).tzinfo is not None
        assert [json.loads(line)["table"] for line in lines[1:-1]] == sorted(
            (json.loads(line)["table"] for line in lines[1:-1]), key=names.index)
        assert end == {"end": True, "rows": {
            "artist": 3, "user": 3, "album": 2, "alias": 1, "revoked_token": 1,
            "track": 3, "playlist": 3}}
        assert result.stdout == f"Exported 16 rows of 7 tables to {path}.\n"

    def test_rows_hold_every_column_password_hashes_included(
            self, filled, runner, tmp_path):
        invoke(runner, "db", "export", str(tmp_path / "backup.jsonl"))

        users = rows_of(read_lines(tmp_path / "backup.jsonl"), "user")
        ada = users[0]
        assert set(ada) == {column.name for column in User.__table__.columns}
        assert ada["password_hash"].startswith("$2b$")
        assert ada["created_at"] == "2026-01-02T03:04:05.678901+00:00"
        assert users[2]["email"] is None and users[2]["deidentified_at"]

    @pytest.mark.parametrize("args", [[], ["-"]], ids=["no path", "dash"])
    def test_goes_to_standard_output_without_a_path(self, filled, runner, args):
        result = invoke(runner, "db", "export", *args)

        lines = result.stdout.splitlines()
        assert json.loads(lines[0])["format"] == "t3a3-export"
        assert json.loads(lines[-1])["end"] is True
        assert result.stderr == ""

    def test_a_gz_path_is_compressed(self, filled, runner, tmp_path):
        invoke(runner, "db", "export", str(tmp_path / "backup.jsonl.gz"))
        invoke(runner, "db", "export", str(tmp_path / "backup.jsonl"))

        compressed = (tmp_path / "backup.jsonl.gz").read_bytes()
        assert compressed.startswith(transfer.GZIP_MAGIC)
        assert comparable(gzip.decompress(compressed).decode().splitlines()) == \
            comparable(read_lines(tmp_path / "backup.jsonl"))

    def test_the_file_is_readable_by_its_owner_only(self, filled, runner, tmp_path):
        invoke(runner, "db", "export", str(tmp_path / "backup.jsonl"))

        assert os.stat(tmp_path / "backup.jsonl").st_mode & 0o777 == 0o600

    def test_is_quiet_when_stderr_is_not_a_terminal(self, filled, runner, tmp_path):
        result = invoke(runner, "db", "export", str(tmp_path / "backup.jsonl"))

        assert result.stderr == ""

    def test_shows_progress_on_a_terminal(self, filled, runner, tmp_path, monkeypatch):
        monkeypatch.setattr(commands, "stderr_is_terminal", lambda: True)

        result = invoke(runner, "db", "export", str(tmp_path / "backup.jsonl"))

        assert "\rExporting playlist: 16 rows" in result.stderr

    def test_shows_no_progress_while_data_goes_to_standard_output(
            self, filled, runner, monkeypatch):
        monkeypatch.setattr(commands, "stderr_is_terminal", lambda: True)

        result = invoke(runner, "db", "export")

        assert result.stderr == ""

    def test_reads_every_table_with_a_streaming_cursor(self, filled, runner, tmp_path):
        reads = []

        def record(conn, cursor, statement, parameters, context, executemany):
            if statement.startswith("SELECT"):
                reads.append((context.execution_options.get("stream_results"),
                              getattr(cursor, "name", None)))

        event.listen(db.engine, "before_cursor_execute", record)
        try:
            invoke(runner, "db", "export", str(tmp_path / "backup.jsonl"))
        finally:
            event.remove(db.engine, "before_cursor_execute", record)

        assert len(reads) == len(db.metadata.sorted_tables)
        assert all(streamed for streamed, _ in reads)
        if db.engine.dialect.name == "postgresql":
            # psycopg2 names the cursors it keeps on the server.
            assert all(name for _, name in reads)

    def test_a_failed_export_leaves_an_existing_file_as_it_was(
            self, filled, runner, tmp_path, monkeypatch):
        path = tmp_path / "backup.jsonl"
        path.write_text("last night's backup\n")

        def lost_connection(table, row, **options):
            raise OperationalError("SELECT", {},
                                   Exception("server closed the connection"))

        monkeypatch.setattr(transfer, "row_to_json", lost_connection)
        result = invoke(runner, "db", "export", str(path), exit_code=1)

        assert "server closed the connection" in result.stderr
        assert path.read_text() == "last night's backup\n"
        assert os.listdir(tmp_path) == ["backup.jsonl"]

    def test_a_path_in_a_missing_folder_fails_with_one_line(
            self, app, runner, tmp_path):
        result = invoke(runner, "db", "export", str(tmp_path / "no" / "b.jsonl"),
                        exit_code=1)

        assert result.stderr == (f"Error: cannot write {tmp_path / 'no' / 'b.jsonl'}: "
                                 "No such file or directory\n")


@pytest.fixture
def extra_table(app):
    """A table no model defines, as if a later migration had added one."""
    table = Table("test_transfer_extra", db.metadata,
                  Column("id", Integer, primary_key=True),
                  Column("track_id", ForeignKey("track.id"), nullable=False),
                  Column("note", String(40)))
    table.create(db.engine)
    try:
        yield table
    finally:
        db.session.close()
        table.drop(db.engine)
        db.metadata.remove(table)


def test_a_table_added_later_travels_without_a_code_change(
        filled, extra_table, runner, tmp_path):
    db.session.execute(insert(extra_table), [{"id": 1, "track_id": 9, "note": "é"}])
    db.session.commit()
    path = tmp_path / "backup.jsonl"

    invoke(runner, "db", "export", str(path))
    db.session.execute(extra_table.delete())
    db.session.commit()
    invoke(runner, "db", "import", "--replace", str(path))

    tables = json.loads(read_lines(path)[0])["tables"]
    assert tables.index("test_transfer_extra") > tables.index("track")
    assert db.session.execute(select(extra_table)).all() == [(1, 9, "é")]


class TestImport:
    def test_restores_every_row_with_its_id(self, filled, runner, tmp_path):
        before = database_content(runner, tmp_path / "before.jsonl")

        result = invoke(runner, "db", "import", "--replace",
                        str(tmp_path / "before.jsonl"))

        assert database_content(runner, tmp_path / "after.jsonl") == before
        assert result.stdout == (
            f"Imported 16 rows into 7 tables from {tmp_path / 'before.jsonl'}.\n")

    def test_new_rows_get_ids_past_the_imported_ones(self, app, runner, tmp_path):
        (tmp_path / "backup.jsonl").write_bytes(good_export(tmp_path))
        invoke(runner, "db", "import", str(tmp_path / "backup.jsonl"))

        artist = Artist(name="Newcomer")
        db.session.add(artist)
        db.session.commit()

        assert artist.id == 8

    def test_reads_standard_input(self, filled, runner, tmp_path):
        before = database_content(runner, tmp_path / "backup.jsonl.gz")

        result = invoke(runner, "db", "import", "--replace", "-",
                        input=(tmp_path / "backup.jsonl.gz").read_bytes())

        assert database_content(runner, tmp_path / "after.jsonl") == before
        assert result.stdout.endswith("from standard input.\n")

    def test_knows_gzip_by_its_content_not_its_name(self, filled, runner, tmp_path):
        invoke(runner, "db", "export", str(tmp_path / "backup.jsonl.gz"))
        os.rename(tmp_path / "backup.jsonl.gz", tmp_path / "backup.dat")

        invoke(runner, "db", "import", "--replace", str(tmp_path / "backup.dat"))

        assert db.session.scalar(select(func.count()).select_from(Track)) == 3

    def test_refuses_a_database_that_is_not_empty(self, filled, runner, tmp_path):
        before = database_content(runner, tmp_path / "backup.jsonl")

        result = invoke(runner, "db", "import", str(tmp_path / "backup.jsonl"),
                        exit_code=1)

        assert result.stderr.startswith(
            "Error: the database is not empty (artist, user,")
        assert "--replace" in result.stderr
        assert database_content(runner, tmp_path / "after.jsonl") == before

    def test_replace_swaps_the_whole_content(self, app, catalog, runner, tmp_path):
        source = tmp_path / "backup.jsonl"
        source.write_bytes(good_export(tmp_path))

        invoke(runner, "db", "import", "--replace", str(source))

        assert database_content(runner, tmp_path / "after.jsonl") == \
            comparable(read_lines(source))

    def test_inserts_in_batches(self, app, runner, tmp_path):
        db.session.execute(insert(Artist), [
            {"id": number, "name": f"Artist {number}", "gross_worth_cents": number}
            for number in range(1, 2_501)
        ])
        db.session.commit()
        invoke(runner, "db", "export", str(tmp_path / "backup.jsonl"))
        inserts = []

        def record(conn, cursor, statement, parameters, context, executemany):
            if statement.startswith("INSERT INTO artist"):
                inserts.append(statement)

        event.listen(db.engine, "before_cursor_execute", record)
        try:
            invoke(runner, "db", "import", "--replace", str(tmp_path / "backup.jsonl"))
        finally:
            event.remove(db.engine, "before_cursor_execute", record)

        assert len(inserts) == 3  # 2,500 rows at 1,000 a batch
        assert db.session.scalar(select(func.count()).select_from(Artist)) == 2_500

    def test_shows_progress_on_a_terminal(self, filled, runner, tmp_path, monkeypatch):
        invoke(runner, "db", "export", str(tmp_path / "backup.jsonl"))
        monkeypatch.setattr(commands, "stderr_is_terminal", lambda: True)

        result = invoke(runner, "db", "import", "--replace",
                        str(tmp_path / "backup.jsonl"))

        assert "\rImporting playlist: 16 rows" in result.stderr

    def test_is_quiet_when_stderr_is_not_a_terminal(self, filled, runner, tmp_path):
        invoke(runner, "db", "export", str(tmp_path / "backup.jsonl"))

        result = invoke(runner, "db", "import", "--replace",
                        str(tmp_path / "backup.jsonl"))

        assert result.stderr == ""

    def test_a_database_without_tables_is_told_to_run_db_create(
            self, make_app, blank_database_url, tmp_path):
        source = tmp_path / "backup.jsonl"
        source.write_bytes(good_export(tmp_path))
        blank = make_app(SQLALCHEMY_DATABASE_URI=blank_database_url)

        with blank.app_context():
            result = invoke(blank.test_cli_runner(), "db", "import", str(source),
                            exit_code=1)

        assert result.stderr == (
            "Error: the database has no table artist, user, album, alias, "
            "revoked_token, track, playlist: create the schema first with "
            "`flask db create`\n")


def test_sqlite_export_imports_here_and_exports_the_same(
        app, make_app, runner, client, tmp_path):
    source = make_app(SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'source.db'}")
    first = tmp_path / "first.jsonl.gz"
    with source.app_context():
        upgrade()
        add_every_kind_of_row()
        invoke(source.test_cli_runner(), "db", "export", str(first))

    invoke(runner, "db", "import", str(first))

    assert database_content(runner, tmp_path / "second.jsonl") == \
        comparable(read_lines(first))


def test_imported_users_log_in_and_new_users_sign_up(app, make_app, runner, client,
                                                      tmp_path):
    source = make_app(SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'source.db'}")
    with source.app_context():
        upgrade()
        add_every_kind_of_row()
        invoke(source.test_cli_runner(), "db", "export", str(tmp_path / "b.jsonl"))
    invoke(runner, "db", "import", str(tmp_path / "b.jsonl"))

    login = client.post("/user/login",
                        json={"email": "ada@example.com", "password": PASSWORD})
    profile = client.get("/user/3",
                         headers={"Authorization": f"Bearer {login.json['token']}"})
    signup = client.post("/user/create", json={
        "email": "new@example.com", "password": "a good long password",
        "first_name": "New", "accept_privacy_policy": True})

    assert login.status_code == 200
    assert profile.json["email"] == "ada@example.com"
    assert profile.json["alias"] == "countess"
    assert signup.status_code == 201
    assert signup.json["id"] == HIGHEST_USER_ID + 1


def good_export(tmp_path):
    """The bytes of an export of every kind of row, made on a SQLite file."""
    path = tmp_path / "good.jsonl"
    if not path.exists():
        source = create_app(settings_for_tests(f"sqlite:///{tmp_path / 'good.db'}"))
        with source.app_context():
            upgrade()
            add_every_kind_of_row()
            invoke(source.test_cli_runner(), "db", "export", str(path))
            db.engine.dispose()
    return path.read_bytes()


# Bad files. Each takes the lines of a good export (without line breaks)
# and returns the bytes to import and the one line the import must print.

def joined(lines):
    return ("\n".join(lines) + "\n").encode()


def line_of(lines, table, nth=0):
    """The line number of the nth row of `table`."""
    numbers = [number for number, line in enumerate(lines, 1)
               if json.loads(line).get("table") == table]
    return numbers[nth]


def changed_row(lines, table, nth=0, **changes):
    number = line_of(lines, table, nth)
    record = json.loads(lines[number - 1])
    record["row"].update(changes)
    lines[number - 1] = json.dumps(record, ensure_ascii=False)
    return number


def changed_end(lines, **rows):
    end = json.loads(lines[-1])
    end["rows"].update(rows)
    lines[-1] = json.dumps(end)


def empty_file(lines):
    return b"", "line 1: the file is empty: not a t3a3 export"


def png_image(lines):
    return (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
            "line 1: not a t3a3 export: not UTF-8 text")


def csv_file(lines):
    return (b"id,name,gross_worth_cents\n1,AC/DC,1584\n",
            "line 1: not a t3a3 export: not valid JSON: Expecting value (column 1)")


def another_json_format(lines):
    return (b'{"format": "t3a3-personal-data", "version": 1}\n' + joined(lines[1:]),
            "line 1: not a t3a3 export (no 't3a3-export' header)")


def newer_version(lines):
    header = json.loads(lines[0])
    header["version"] = 2
    return (joined([json.dumps(header), *lines[1:]]),
            "line 1: export format version 2 is not supported "
            "(this t3a3 reads version 1)")


def unknown_table_in_header(lines):
    header = json.loads(lines[0])
    header["tables"].append("lyrics")
    return (joined([json.dumps(header), *lines[1:]]),
            "line 1: this database has no table lyrics")


def bad_json_line(lines):
    number = line_of(lines, "track", 1)
    lines[number - 1] = lines[number - 1].replace('"name": ', '"name" ')
    return joined(lines), f"line {number}: not valid JSON: Expecting ':' delimiter"


def cut_inside_a_line(lines):
    number = line_of(lines, "track", 1)
    data = joined(lines[:number - 1]) + lines[number - 1][:40].encode()
    return data, f"line {number}: not valid JSON: Unterminated string"


def no_end_line(lines):
    return (joined(lines[:-1]),
            f"line {len(lines) - 1}: the file ends before its end line: "
            "it is cut short")


def a_row_missing(lines):
    number = line_of(lines, "track", 1)
    del lines[number - 1]
    return (joined(lines), f"line {len(lines)}: the end line counts 3 track rows, "
            "but the file has 2: rows are missing or added")


def a_count_raised(lines):
    changed_end(lines, playlist=4)
    return (joined(lines), f"line {len(lines)}: the end line counts 4 playlist rows, "
            "but the file has 3")


def end_line_malformed(lines):
    lines[-1] = '{"end": "yes"}'
    return (joined(lines),
            f'line {len(lines)}: the end line must be {{"end": true, "rows": {{...}}}}')


def lines_after_the_end(lines):
    return (joined([*lines, lines[1]]),
            f"line {len(lines) + 1}: more lines after the end line")


def unknown_table_in_a_row(lines):
    number = line_of(lines, "album")
    lines[number - 1] = lines[number - 1].replace('"album"', '"lyrics"', 1)
    return joined(lines), f"line {number}: table 'lyrics' is not in the header"


def neither_row_nor_end(lines):
    number = line_of(lines, "album")
    lines[number - 1] = '{"tabel": "album", "row": {}}'
    return joined(lines), f"line {number}: neither a row"


def not_an_object(lines):
    number = line_of(lines, "album")
    lines[number - 1] = "[1, 2, 3]"
    return joined(lines), f"line {number}: not a JSON object"


def rows_out_of_order(lines):
    alias = lines.pop(line_of(lines, "alias") - 1)
    lines.insert(len(lines) - 1, alias)
    return (joined(lines), f"line {len(lines) - 1}: alias row after the rows of "
            "playlist: rows must come table by table, in the header's order")


def unknown_column(lines):
    number = changed_row(lines, "artist", colour="red")
    return joined(lines), f"line {number}: artist has no column 'colour'"


def text_for_a_number(lines):
    number = changed_row(lines, "track", duration_ms="3:00")
    return (joined(lines),
            f"line {number}: track.duration_ms: expected a whole number, not '3:00'")


def not_a_number(lines):
    number = line_of(lines, "track")
    lines[number - 1] = lines[number - 1].replace('"duration_ms": 169000',
                                                  '"duration_ms": NaN')
    return joined(lines), f"line {number}: not valid JSON: NaN is not a JSON number"


def number_too_big(lines):
    number = changed_row(lines, "track", duration_ms=2**31)
    return (joined(lines), f"line {number}: track.duration_ms: 2147483648 does not "
            "fit in a 32-bit integer")


def text_too_long(lines):
    number = changed_row(lines, "artist", name="x" * 256)
    return (joined(lines),
            f"line {number}: artist.name: 256 characters is more than the 255 allowed")


def moment_without_zone(lines):
    number = changed_row(lines, "playlist", added_at="2026-01-02T03:04:05")
    return (joined(lines),
            f"line {number}: playlist.added_at: '2026-01-02T03:04:05' "
            "has no UTC offset")


def duplicate_id(lines):
    number = changed_row(lines, "artist", 1, id=1)
    return joined(lines), f"line {number}: the database refuses this artist row:"


def missing_parent(lines):
    number = changed_row(lines, "track", 2, album_id=999)
    return joined(lines), f"line {number}: the database refuses this track row:"


def check_constraint(lines):
    number = changed_row(lines, "user", 1, age=7)
    return joined(lines), f"line {number}: the database refuses this user row:"


def required_column_left_out(lines):
    number = line_of(lines, "album", 1)
    record = json.loads(lines[number - 1])
    del record["row"]["title"]
    lines[number - 1] = json.dumps(record)
    return joined(lines), f"line {number}: the database refuses this album row:"


def gzip_cut_short(lines):
    data = gzip.compress(joined(lines))
    return data[:len(data) // 2], "the gzip data is cut short"


def gzip_checksum_wrong(lines):
    data = bytearray(gzip.compress(joined(lines)))
    data[-8] ^= 0xFF  # the CRC-32 of the content
    return bytes(data), "corrupt gzip data: CRC check failed"


BAD_FILES = [
    empty_file, png_image, csv_file, another_json_format, newer_version,
    unknown_table_in_header, bad_json_line, cut_inside_a_line, no_end_line,
    a_row_missing, a_count_raised, end_line_malformed, lines_after_the_end,
    unknown_table_in_a_row, neither_row_nor_end, not_an_object, rows_out_of_order,
    unknown_column, text_for_a_number, not_a_number, number_too_big, text_too_long,
    moment_without_zone, duplicate_id, missing_parent, check_constraint,
    required_column_left_out, gzip_cut_short, gzip_checksum_wrong,
]


@pytest.mark.parametrize("spoil", BAD_FILES, ids=lambda spoil: spoil.__name__)
def test_a_bad_file_is_refused_in_one_line_and_changes_nothing(
        spoil, filled, runner, tmp_path):
    lines = good_export(tmp_path).decode().splitlines()
    data, message = spoil(lines)
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(data)
    before = database_content(runner, tmp_path / "before.jsonl")

    result = invoke(runner, "db", "import", "--replace", str(bad), exit_code=1)

    assert result.stderr.startswith("Error: ")
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert database_content(runner, tmp_path / "after.jsonl") == before


@pytest.mark.parametrize("spoil", [a_count_raised, gzip_cut_short, duplicate_id],
                         ids=lambda spoil: spoil.__name__)
def test_rows_read_before_a_late_error_are_not_kept(spoil, app, runner, tmp_path):
    lines = good_export(tmp_path).decode().splitlines()
    data, message = spoil(lines)
    (tmp_path / "bad.jsonl").write_bytes(data)

    result = invoke(runner, "db", "import", str(tmp_path / "bad.jsonl"), exit_code=1)

    assert message in result.stderr
    assert total_rows() == 0


def test_a_missing_file_is_named(app, runner, tmp_path):
    result = invoke(runner, "db", "import", str(tmp_path / "nothing.jsonl"),
                    exit_code=1)

    assert result.stderr == (f"Error: cannot read {tmp_path / 'nothing.jsonl'}: "
                             "No such file or directory\n")


def test_a_folder_is_not_a_file(app, runner, tmp_path):
    result = invoke(runner, "db", "import", str(tmp_path), exit_code=1)

    assert result.stderr == f"Error: cannot read {tmp_path}: Is a directory\n"


def test_an_unreadable_file_is_named(app, runner, tmp_path, monkeypatch):
    # The suite may run as root, whom file permissions do not stop.
    def forbidden(path, mode):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(transfer, "open", forbidden, raising=False)
    result = invoke(runner, "db", "import", str(tmp_path / "secret.jsonl"),
                    exit_code=1)

    assert result.stderr == (f"Error: cannot read {tmp_path / 'secret.jsonl'}: "
                             "Permission denied\n")


def flask_cli(*args, database_url):
    environment = {**os.environ, "FLASK_APP": "main", "DB_URI": database_url,
                   "JWT_SECRET_KEY": JWT_SECRET}
    return subprocess.run([sys.executable, "-m", "flask", *args], cwd=PROJECT_ROOT,
                          env=environment, capture_output=True, text=True)


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "--debug"])
def test_a_traceback_is_shown_only_with_debug(debug, app, db_url, runner, tmp_path):
    lines = good_export(tmp_path).decode().splitlines()
    (tmp_path / "bad.jsonl").write_bytes(joined(lines[:-1]))

    flags = ["--debug"] if debug else []
    result = flask_cli("db", "import", str(tmp_path / "bad.jsonl"), *flags,
                       database_url=db_url)

    assert result.returncode == 1
    assert ("Traceback" in result.stderr) is debug
    assert "the file ends before its end line" in result.stderr
    if not debug:
        assert result.stderr.startswith("Error: line ")
        assert len(result.stderr.splitlines()) == 1
    assert total_rows() == 0
