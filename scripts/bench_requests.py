"""How request times change from a Chinook-sized catalog to a large one.

    .venv/bin/python scripts/bench_requests.py [--tracks 1000000] [--db-url URL]

Builds two catalogs in scratch databases (SQLite files by default, or fresh
databases on the PostgreSQL server named by --db-url), then times the same
requests against each through the app in this process, and prints the median
time per request and the ratio large/small. A ratio near 1 means the request
does not slow down as the catalog grows.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import click  # noqa: E402
from flask_migrate import upgrade  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from config import with_driver  # noqa: E402
from main import create_app, db  # noqa: E402
from models import User  # noqa: E402
from services import seeding  # noqa: E402
from services.accounts import issue_token  # noqa: E402

SMALL_TRACKS = 3_503  # Chinook's size
REPEATS = 30
PATHS = [
    "/tracks/",
    "/tracks/?offset=3000",
    "/artist/Ordering",
    "/artist/filtering?below=1000",
    "/artist/Highest_profit",
    "/artist/Lowest_profit",
    "/artist/Average_profit",
    "/artist/Sum_profit",
    "/artist/1/Tracks",
    "/albums/1",
    "/albums/1/tracks",
    "/playlist/1",
    "/playlist/1?offset=40",
    "/user/1",
]


def scratch_database(server_url, directory):
    """A new empty database: a SQLite file, or a database on the server."""
    if server_url is None:
        return f"sqlite:///{directory}/bench-{uuid.uuid4().hex[:8]}.db", lambda: None
    url = make_url(with_driver(server_url))
    name = f"t3a3_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url.set(database=name).render_as_string(hide_password=False), drop


def build_app(database_url, tracks):
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "BCRYPT_LOG_ROUNDS": 4,
                      "RATELIMIT_ENABLED": False, "JWT_SECRET_KEY": "b" * 48,
                      "LOG_LEVEL": "WARNING"})
    with app.app_context():
        upgrade()
        sizes = seeding.SeedSizes(users=50, artists=max(tracks // 10, 10),
                                  albums=max(tracks // 10, 10), tracks=tracks,
                                  playlist_tracks=60)
        seeding.seed_database(sizes, seed=1)
    return app


def timed_get(app, path):
    with app.app_context():
        headers = {"Authorization": "Bearer " + issue_token(db.session.get(User, 1))}
        started = time.perf_counter()
        response = app.test_client().get(path, headers=headers)
        elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (path, response.status_code)
    return elapsed


def measure(apps):
    """Median ms per path and catalog, the catalogs' requests interleaved so
    that neither gets a warmer machine than the other."""
    for app in apps.values():
        for path in PATHS:
            timed_get(app, path)  # compile templates, fill caches
    times = {label: {path: [] for path in PATHS} for label in apps}
    for path in PATHS:
        for _ in range(REPEATS):
            for label, app in apps.items():
                times[label][path].append(timed_get(app, path))
    return {label: {path: statistics.median(samples) for path, samples in paths.items()}
            for label, paths in times.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tracks", type=int, default=1_000_000)
    parser.add_argument("--db-url", help="a PostgreSQL server URL (default: SQLite files)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as directory:
        apps, cleanups = {}, []
        for label, tracks in (("small", SMALL_TRACKS), ("large", args.tracks)):
            url, drop = scratch_database(args.db_url, directory)
            cleanups.append(drop)
            started = time.perf_counter()
            apps[label] = build_app(url, tracks)
            click.echo(f"built the {label} catalog ({tracks:,} tracks) in "
                  f"{time.perf_counter() - started:.0f} s", err=True)

        results = measure(apps)
        for app in apps.values():
            with app.app_context():
                db.engine.dispose()
        for drop in cleanups:
            drop()

    kind = "PostgreSQL" if args.db_url else "SQLite"
    click.echo(f"{kind}: median of {REPEATS} requests, "
               f"{SMALL_TRACKS:,} vs {args.tracks:,} tracks")
    click.echo(f"{'request':32} {'small ms':>9} {'large ms':>9} {'ratio':>6}")
    for path in PATHS:
        small, large = results["small"][path], results["large"][path]
        click.echo(f"{path:32} {small:9.2f} {large:9.2f} {large / small:6.1f}")


if __name__ == "__main__":
    os.environ.setdefault("APP_ENV", "development")
    main()
