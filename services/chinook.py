"""The Chinook music-store catalog, loaded as t3a3's catalog and users.

Chinook (data/chinook, MIT licence) is a real store's data: artists,
albums, tracks with genres, customers, their invoices, and playlists. It
maps onto t3a3 as follows:

- every artist, album and track keeps its Chinook id; a track's artist is its
  album's artist;
- an artist's gross worth is their total sales: unit price x quantity over
  the invoice lines of their tracks;
- each customer becomes a user (first name, surname, email, postcode); all
  share one demo password;
- Chinook playlist N becomes the playlist of customer N.

Loading is idempotent: rows already present are left alone, so a second load
adds nothing.
"""
import gzip
import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from main import db
from models import Album, Artist, PlaylistEntry, Track, User
from models.types import utcnow
from services.accounts import hash_password
from services.database import advance_id_sequences, insert_ignoring_duplicates
from services.privacy import POLICY_VERSION

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CHINOOK_FILE = PROJECT_ROOT / "data" / "chinook" / "chinook.json.gz"
DEMO_PASSWORD = "chinook-demo"
# Customer 17, whose playlist (Chinook's "Heavy Metal Classic") is short
# enough to read on one page.
DEMO_CUSTOMER_ID = 17


class ChinookConflict(Exception):
    """The database holds a different catalog under Chinook's ids."""


COUNTED = {"artists": Artist, "albums": Album, "tracks": Track, "users": User,
           "playlist_entries": PlaylistEntry}


@dataclass
class LoadReport:
    added: dict  # rows this load added, by kind ("artists", "tracks", ...)
    totals: dict  # rows there are now, by kind
    demo_email: str
    demo_user_id: int


def read_chinook(path=CHINOOK_FILE):
    """Chinook's rows grouped by model name ("artist", "track", ...)."""
    with gzip.open(path, "rt", encoding="utf-8") as source:
        records = json.load(source)
    by_model = defaultdict(dict)
    for record in records:
        model = record["model"].removeprefix("chinook.")
        by_model[model][record["pk"]] = record["fields"]
    return by_model


def load_chinook(*, password=DEMO_PASSWORD, path=CHINOOK_FILE):
    chinook = read_chinook(path)
    ensure_no_other_catalog(chinook)
    before = counts()

    insert_catalog(chinook)
    emails = insert_customers(chinook, password)
    user_ids = dict(db.session.execute(
        select(User.email, User.id).where(User.email.in_(emails.values()))
    ).all())
    insert_playlists(chinook, {pk: user_ids[email] for pk, email in emails.items()})

    advance_id_sequences(db.session, [Artist.__table__, Album.__table__, Track.__table__])
    db.session.commit()

    after = counts()
    demo_email = emails[DEMO_CUSTOMER_ID]
    return LoadReport(
        added={kind: after[kind] - before[kind] for kind in after}, totals=after,
        demo_email=demo_email, demo_user_id=user_ids[demo_email],
    )


def counts():
    return {kind: db.session.scalar(select(func.count()).select_from(model))
            for kind, model in COUNTED.items()}


def ensure_no_other_catalog(chinook):
    """Refuse to mix Chinook with another catalog that uses the same ids."""
    checks = ((Artist, Artist.name, "artist", "name"),
              (Album, Album.title, "album", "title"),
              (Track, Track.name, "track", "name"))
    for model, column, chinook_model, field in checks:
        stored = db.session.execute(select(model.id, column)).all()
        for row_id, value in stored:
            expected = chinook[chinook_model].get(row_id)
            if expected is None or expected[field] != value:
                raise ChinookConflict(
                    f"{model.__tablename__} {row_id} ({value!r}) is not Chinook's; "
                    "load Chinook into an empty database (flask db reset --empty)"
                )


def gross_worth_cents(chinook):
    """Each artist's total sales in cents, from the invoice lines."""
    artist_of_track = {
        track_id: chinook["album"][track["album"]]["artist"]
        for track_id, track in chinook["track"].items()
    }
    cents = defaultdict(int)
    for line in chinook["invoiceline"].values():
        price = Decimal(str(line["unit_price"]))
        cents[artist_of_track[line["track"]]] += int(price * 100) * line["quantity"]
    return cents


def insert_catalog(chinook):
    worth = gross_worth_cents(chinook)
    genres = {pk: genre["name"] for pk, genre in chinook["genre"].items()}

    artists = [{"id": pk, "name": artist["name"], "gross_worth_cents": worth[pk]}
               for pk, artist in chinook["artist"].items()]
    albums = [{"id": pk, "title": album["title"], "artist_id": album["artist"]}
              for pk, album in chinook["album"].items()]
    tracks = [
        {
            "id": pk,
            "name": track["name"],
            "composer": track["composer"],
            "genre": genres.get(track["genre"]),
            "duration_ms": track["milliseconds"],
            "album_id": track["album"],
            "artist_id": chinook["album"][track["album"]]["artist"],
        }
        for pk, track in chinook["track"].items()
    ]

    for model, rows in ((Artist, artists), (Album, albums), (Track, tracks)):
        insert_ignoring_duplicates(db.session, model.__table__, rows, ["id"])


def insert_customers(chinook, password):
    """Insert a user per customer not yet loaded; returns customer id -> email."""
    emails = {pk: customer["email"].strip().lower()
              for pk, customer in chinook["customer"].items()}
    # Skipped before inserting, not by ON CONFLICT, which on PostgreSQL
    # would use up an id for every customer loaded before.
    present = set(db.session.scalars(
        select(User.email).where(User.email.in_(emails.values()))
    ))
    password_hash = hash_password(password)  # one bcrypt run serves them all
    now = utcnow()
    users = []
    for pk, customer in chinook["customer"].items():
        if emails[pk] in present:
            continue
        users.append({
            "email": emails[pk],
            "password_hash": password_hash,
            "first_name": customer["firstname"],
            "surname": customer["lastname"],
            "postcode": customer["postalcode"],
            "role": "user",
            "privacy_policy_version": POLICY_VERSION,
            "privacy_accepted_at": now,
            "created_at": now,
        })
    insert_ignoring_duplicates(db.session, User.__table__, users, ["email"])
    return emails


def insert_playlists(chinook, user_of_customer):
    present = {tuple(row) for row in db.session.execute(
        select(PlaylistEntry.user_id, PlaylistEntry.track_id)
        .where(PlaylistEntry.user_id.in_(user_of_customer.values()))
    )}
    added_at = utcnow()
    entries = [
        {"user_id": user_of_customer[link["playlist"]], "track_id": link["track"],
         "added_at": added_at}
        for _, link in sorted(chinook["playlisttrack"].items())
        if link["playlist"] in user_of_customer
        and (user_of_customer[link["playlist"]], link["track"]) not in present
    ]
    insert_ignoring_duplicates(db.session, PlaylistEntry.__table__, entries,
                               ["user_id", "track_id"])
