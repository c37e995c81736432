"""Made-up catalogs and users, from Faker, for development and benchmarks.

The same `seed` gives the same data. Rows are generated and inserted in
batches, so a catalog of a million tracks takes memory for one batch only.
"""
import random
from dataclasses import dataclass
from itertools import islice

from faker import Faker
from sqlalchemy import func, insert, select

from main import db
from models import Album, Artist, PlaylistEntry, Track, User
from models.types import utcnow
from services.accounts import hash_password
from services.database import advance_id_sequences, insert_ignoring_duplicates
from services.privacy import POLICY_VERSION

SEED_PASSWORD = "t3a3-seed-password"
BATCH_SIZE = 5_000
GENRES = ("Rock", "Jazz", "Metal", "Alternative & Punk", "Blues", "Latin", "Reggae",
          "Pop", "Soundtrack", "Classical", "Electronica/Dance", "Hip Hop/Rap")
MAX_GROSS_WORTH_CENTS = 100_000_000 * 100  # up to $100 million


@dataclass
class SeedSizes:
    users: int = 10
    artists: int = 20
    albums: int = 40
    tracks: int = 200
    playlist_tracks: int = 10


@dataclass
class SeedReport:
    added: dict  # rows added, by kind ("artists", "tracks", ...)
    emails: list  # the new users' emails


def seed_database(sizes, *, seed=None, password=SEED_PASSWORD):
    """Add made-up rows of every kind to what the database holds."""
    rng = random.Random(seed)
    fake = Faker()
    fake.seed_instance(seed)

    artist_ids = insert_batches(Artist, (
        {"name": fake.name() if rng.random() < 0.6 else fake.company(),
         "gross_worth_cents": rng.randint(0, MAX_GROSS_WORTH_CENTS)}
        for _ in range(sizes.artists)
    ))
    album_ids, album_artists = [], {}
    if artist_ids:
        album_rows = [{"title": fake.catch_phrase().title(),
                       "artist_id": rng.choice(artist_ids),
                       "release_year": rng.randint(1950, 2026)}
                      for _ in range(sizes.albums)]
        album_ids = insert_batches(Album, album_rows)
        album_artists = dict(zip(album_ids, (row["artist_id"] for row in album_rows)))
    tracks = generate_tracks(rng, fake, album_artists, sizes.tracks)
    track_ids = insert_batches(Track, tracks)
    advance_id_sequences(db.session, [Artist.__table__, Album.__table__, Track.__table__])

    emails = insert_users(fake, sizes.users, password)
    entries = insert_playlists(rng, emails, track_ids, sizes.playlist_tracks)
    db.session.commit()
    added = {"artists": len(artist_ids), "albums": len(album_ids),
             "tracks": len(track_ids), "users": len(emails), "playlist_entries": entries}
    return SeedReport(added=added, emails=emails)


def generate_tracks(rng, fake, album_artists, count):
    if not album_artists:
        return
    # Faker is slow per call; names are drawn from small pools instead, which
    # keeps a million tracks to seconds.
    words = [fake.word().title() for _ in range(500)]
    composers = [fake.name() for _ in range(200)]
    albums = list(album_artists)
    for _ in range(count):
        album_id = rng.choice(albums)
        yield {
            "name": " ".join(rng.sample(words, rng.randint(1, 4))),
            "composer": rng.choice(composers) if rng.random() < 0.7 else None,
            "genre": rng.choice(GENRES),
            "duration_ms": rng.randint(60_000, 600_000),
            "album_id": album_id,
            "artist_id": album_artists[album_id],
        }


def insert_batches(model, rows):
    """Insert rows in batches, numbering them on from the largest id.

    Giving the ids here rather than asking for them back (RETURNING) keeps
    the inserts plain executemany batches, many times faster on SQLite.
    Returns the new ids in order.
    """
    next_id = (db.session.scalar(select(func.max(model.id))) or 0) + 1
    ids = []
    iterator = iter(rows)
    while batch := list(islice(iterator, BATCH_SIZE)):
        for row in batch:
            row["id"] = next_id
            ids.append(next_id)
            next_id += 1
        db.session.execute(insert(model), batch)
    return ids


def insert_users(fake, count, password):
    """Insert `count` users; returns their emails.

    Emails are numbered on from the largest user id, so that seeding again
    adds users instead of colliding with the ones already there.
    """
    password_hash = hash_password(password)  # one bcrypt run serves them all
    now = utcnow()
    first = (db.session.scalar(select(func.max(User.id))) or 0) + 1
    users = []
    for number in range(first, first + count):
        first_name, surname = fake.first_name(), fake.last_name()
        users.append({
            "email": f"{first_name}.{surname}.{number}@example.com".lower(),
            "password_hash": password_hash,
            "first_name": first_name,
            "surname": surname,
            "age": fake.random_int(18, 90),
            "postcode": fake.postcode(),
            "role": "user",
            "privacy_policy_version": POLICY_VERSION,
            "privacy_accepted_at": now,
            "created_at": now,
        })
    insert_ignoring_duplicates(db.session, User.__table__, users, ["email"])
    return [user["email"] for user in users]


def insert_playlists(rng, emails, track_ids, size):
    """Give each new user `size` random tracks; returns how many rows that is."""
    if not track_ids or not emails:
        return 0
    user_ids = db.session.scalars(select(User.id).where(User.email.in_(emails))).all()
    now = utcnow()
    entries = [
        {"user_id": user_id, "track_id": track_id, "added_at": now}
        for user_id in user_ids
        for track_id in rng.sample(track_ids, min(size, len(track_ids)))
    ]
    insert_ignoring_duplicates(db.session, PlaylistEntry.__table__, entries,
                               ["user_id", "track_id"])
    return len(entries)
