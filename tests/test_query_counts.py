"""Every request runs a small fixed number of SQL statements, whatever the data size."""
import pytest
from sqlalchemy import insert

from main import db
from models import Album, Artist, PlaylistEntry, Track, User
from tests.conftest import bearer, count_statements, empty_all_tables

ENDPOINTS = [
    ("/tracks/?limit=100", False),
    ("/artist/Ordering?limit=100", False),
    ("/artist/filtering?limit=100", False),
    ("/artist/1/Tracks?limit=100", False),
    ("/artist/1/Albums?limit=100", False),
    ("/albums/1", False),
    ("/albums/1/tracks?limit=100", False),
    ("/playlist/{owner}?limit=100", False),
    ("/playlist/{owner}?limit=100&offset=50", False),
    ("/artist/Highest_profit", False),
    ("/artist/Lowest_profit", False),
    ("/artist/Average_profit", False),
    ("/artist/Sum_profit", False),
    ("/user/?limit=100", True),
]
# The personal data download reads each table that refers to the user: its
# count is fixed by the schema, not by how much data there is.
EXPORT = ("/user/{owner}/export", True)


def build_catalog(size, owner):
    """`size` artists, albums, tracks (all by artist 1 on album 1) and playlist rows."""
    db.session.execute(insert(Artist), [
        {"id": n, "name": f"Artist {n}", "gross_worth_cents": n * 100} for n in range(1, size + 1)
    ])
    db.session.execute(insert(Album), [
        {"id": n, "title": f"Album {n}", "artist_id": 1} for n in range(1, size + 1)
    ])
    db.session.execute(insert(Track), [
        {"id": n, "name": f"Track {n}", "album_id": 1, "artist_id": 1, "genre": "Rock"}
        for n in range(1, size + 1)
    ])
    db.session.execute(insert(PlaylistEntry), [
        {"user_id": owner.id, "track_id": n} for n in range(1, size + 1)
    ])
    db.session.execute(insert(User), [
        {"email": f"bulk{n}@example.com", "first_name": "Bulk", "role": "user",
         "privacy_policy_version": "x",
         "privacy_accepted_at": owner.created_at, "created_at": owner.created_at}
        for n in range(size)
    ])
    db.session.commit()


def statements_per_endpoint(client, owner, admin):
    counts = {}
    for path, needs_admin in [*ENDPOINTS, EXPORT]:
        url = path.format(owner=owner.id)
        headers = bearer(admin) if needs_admin else {}
        for accept in ("application/json", "text/html"):
            with count_statements() as statements:
                response = client.get(url, headers={**headers, "Accept": accept})
            assert response.status_code == 200, url
            counts[(url, accept)] = len(statements)
    return counts


@pytest.fixture
def measure(app, client, make_user):
    def measure(size):
        owner, admin = make_user(), make_user(role="admin")
        build_catalog(size, owner)
        return statements_per_endpoint(client, owner, admin)
    return measure


def test_ten_rows_and_ten_thousand_take_the_same_statements(measure, app):
    small = measure(10)
    empty_all_tables()
    large = measure(10_000)

    assert small == large
    lists = {key: n for key, n in large.items() if not key[0].endswith("/export")}
    assert max(lists.values()) <= 4, lists
    assert all(n <= 8 for key, n in large.items() if key[0].endswith("/export"))
