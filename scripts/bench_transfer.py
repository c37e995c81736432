"""Wall time and peak memory of `flask db export` and `flask db import`.

    .venv/bin/python scripts/bench_transfer.py
    .venv/bin/python scripts/bench_transfer.py \
        --postgres postgresql://postgres@127.0.0.1:5432

Three catalogs are measured on each database: empty (what the app alone
takes), Chinook, and a generated one of --tracks tracks (a million by
default). Each export and each import is the real CLI command in a fresh
process, whose peak memory is its own high-water resident set size (VmHWM,
read by the process itself as it ends). Not ru_maxrss: Linux starts a
child's at its parent's size, so this script's own growth would show in
every measurement. The last line divides the big catalog's peaks by
Chinook's: near 1 means memory does not grow with the database.

Scratch databases and files are made for the run and removed after it.
Not part of the test suite: a million tracks take minutes.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

import click
from faker import Faker
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from config import with_driver  # noqa: E402
from main import create_app, db  # noqa: E402
from models import Album, Artist, Track  # noqa: E402
from services import seeding  # noqa: E402
from services.database import advance_id_sequences  # noqa: E402

JWT_SECRET = "benchmark-signing-key-" + "0" * 32
# Run in the measured process: the flask CLI, then its peak memory, in kB.
MEASURED_FLASK = """
import sys
from flask.cli import cli
try:
    cli.main(args=sys.argv[2:], prog_name="flask")
finally:
    with open("/proc/self/status") as status, open(sys.argv[1], "w") as peak:
        peak.write(next(line for line in status if line.startswith("VmHWM")))
"""
INSERT_BATCH = 10_000
USERS, PLAYLIST_TRACKS = 1_000, 20


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tracks", type=int, default=1_000_000,
                        help="tracks in the generated catalog (default: a million)")
    parser.add_argument("--postgres", metavar="SERVER_URL",
                        help="also measure on this PostgreSQL server (no database "
                             "in the URL; scratch databases are made there)")
    parser.add_argument("--skip-sqlite", action="store_true",
                        help="measure on PostgreSQL only")
    return parser.parse_args()


def main():
    arguments = parse_arguments()
    servers = [] if arguments.skip_sqlite else [SQLiteServer()]
    if arguments.postgres:
        servers.append(PostgresServer(arguments.postgres))

    with tempfile.TemporaryDirectory(prefix="t3a3-bench-") as work:
        for server in servers:
            server.work = Path(work)
            report(server, [
                measure(server, "empty", fill=None),
                measure(server, "chinook", fill=load_chinook),
                measure(server, f"{arguments.tracks:,} tracks",
                        fill=lambda url: generate_catalog(url, arguments.tracks)),
            ])


class SQLiteServer:
    name = "SQLite"

    def create(self, label):
        return f"sqlite:///{self.work / label}.db"

    def drop(self, url):
        Path(make_url(url).database).unlink(missing_ok=True)


class PostgresServer:
    name = "PostgreSQL"

    def __init__(self, server_url):
        self.server_url = server_url.rstrip("/")
        self.admin = create_engine(with_driver(f"{self.server_url}/postgres"),
                                   isolation_level="AUTOCOMMIT")

    def create(self, label):
        name = f"t3a3_bench_{os.getpid()}_{label.replace('-', '_')}"
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        return f"{self.server_url}/{name}"

    def drop(self, url):
        name = make_url(url).database
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def measure(server, catalog, *, fill):
    """Export a filled database, then import the file into an empty one."""
    label = catalog.split()[0].replace(",", "")
    source, target = server.create(f"{label}-source"), server.create(f"{label}-target")
    path = server.work / f"{label}.jsonl.gz"
    try:
        flask(source, "db", "create")
        if fill:
            fill(source)
        exported = timed(source, "db", "export", str(path))

        flask(target, "db", "create")
        imported = timed(target, "db", "import", str(path))
    finally:
        server.drop(source)
        server.drop(target)

    # "Exported 12,899 rows of 7 tables to ..."
    rows = int(exported["stdout"].split()[1].replace(",", ""))
    size = path.stat().st_size
    path.unlink()
    return {"catalog": catalog, "rows": rows, "bytes": size,
            "export": exported, "import": imported}


def environment(url):
    return {**os.environ, "FLASK_APP": "main", "APP_ENV": "development",
            "DB_URI": url, "JWT_SECRET_KEY": JWT_SECRET}


def flask(url, *args):
    subprocess.run([sys.executable, "-m", "flask", *args], cwd=ROOT, check=True,
                   env=environment(url), stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def timed(url, *args):
    """Run one flask command in a fresh process: seconds, peak RSS, output."""
    with tempfile.NamedTemporaryFile("r") as peak:
        started = time.perf_counter()
        finished = subprocess.run(
            [sys.executable, "-c", MEASURED_FLASK, peak.name, *args], cwd=ROOT,
            env=environment(url), capture_output=True, text=True,
        )
        seconds = time.perf_counter() - started
        peak_kb = int(peak.read().split()[1])

    if finished.returncode != 0:
        sys.exit(f"flask {' '.join(args)} failed:\n{finished.stderr}")
    return {"seconds": seconds, "peak_mb": peak_kb / 1024, "stdout": finished.stdout}


def load_chinook(url):
    flask(url, "db", "load-chinook")


def generate_catalog(url, tracks):
    """A catalog of `tracks` tracks, written in bulk with known ids.

    seeding.seed_database makes a Faker name for every artist and album,
    slow at this size; this draws them from small pools instead.
    """
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "JWT_SECRET_KEY": JWT_SECRET})
    rng, fake = random.Random(1), Faker()
    fake.seed_instance(1)
    artists, albums = max(tracks // 100, 1), max(tracks // 10, 1)
    titles = [fake.catch_phrase().title() for _ in range(2_000)]

    with app.app_context():
        insert_rows(Artist, ({"id": number, "name": fake.name(),
                              "gross_worth_cents": rng.randint(0, 10**10)}
                             for number in range(1, artists + 1)))
        album_artists = {number: rng.randint(1, artists)
                         for number in range(1, albums + 1)}
        insert_rows(Album, ({"id": number, "title": rng.choice(titles),
                             "release_year": rng.randint(1950, 2026),
                             "artist_id": artist}
                            for number, artist in album_artists.items()))
        insert_rows(Track, ({"id": number, **row} for number, row in enumerate(
            seeding.generate_tracks(rng, fake, album_artists, tracks), 1)))

        emails = seeding.insert_users(fake, USERS, seeding.SEED_PASSWORD)
        seeding.insert_playlists(rng, emails, range(1, tracks + 1), PLAYLIST_TRACKS)
        advance_id_sequences(db.session, db.metadata.sorted_tables)
        db.session.commit()
        db.engine.dispose()


def insert_rows(model, rows):
    while batch := list(islice(rows, INSERT_BATCH)):
        db.session.execute(insert(model.__table__), batch)


def report(server, results):
    click.echo(f"\n{server.name}: flask db export FILE.jsonl.gz, then flask db import "
               "FILE into an empty database; each in a fresh process")
    click.echo(f"{'catalog':<18}{'rows':>11}{'file MB':>9}{'export s':>10}"
               f"{'export peak MB':>16}{'import s':>10}{'import peak MB':>16}")
    for result in results:
        click.echo(f"{result['catalog']:<18}{result['rows']:>11,}"
                   f"{result['bytes'] / 1e6:>9.1f}"
                   + "".join(f"{result[step]['seconds']:>10.1f}"
                             f"{result[step]['peak_mb']:>16.1f}"
                             for step in ("export", "import")))

    _, small, big = results
    click.echo(f"peak memory, {big['catalog']} / chinook: "
               f"export {big['export']['peak_mb'] / small['export']['peak_mb']:.2f}, "
               f"import {big['import']['peak_mb'] / small['import']['peak_mb']:.2f} "
               f"(for {big['rows'] / small['rows']:.0f}x the rows)")

if __name__ == "__main__":
    main()
