"""Catalog queries. Every list is one SELECT with its joins, plus a COUNT;
every figure is one aggregate computed by the database."""
from decimal import ROUND_HALF_UP, Decimal

from flask_smorest import abort
from sqlalchemy import func, select, update
from sqlalchemy.orm import joinedload

from main import db
from models import Album, Artist, PlaylistEntry, Track
from models.artist import cents_to_dollars, dollars_to_cents
from services.lookup import get_or_404

WHOLE = Decimal(1)

# A track is shown with its album and artist: both joined into the same
# SELECT, so a page costs one statement whatever its size.
TRACK_LOADS = (joinedload(Track.album), joinedload(Track.artist))
PLAYLIST_TRACK_LOADS = (joinedload(PlaylistEntry.track).options(*TRACK_LOADS),)


def tracks():
    return select(Track).order_by(Track.id)


def artist_tracks(artist_id):
    get_or_404(Artist, artist_id)
    return select(Track).where(Track.artist_id == artist_id).order_by(Track.id)


def album_tracks(album_id):
    get_or_404(Album, album_id)
    return select(Track).where(Track.album_id == album_id).order_by(Track.id)


def artist_albums(artist_id):
    get_or_404(Artist, artist_id)
    return select(Album).where(Album.artist_id == artist_id).order_by(Album.id)


def artists_by_worth():
    """Largest gross worth first; ties broken by id so pages are stable."""
    return select(Artist).order_by(Artist.gross_worth_cents.desc(), Artist.id)


def artists_below(threshold):
    return artists_by_worth().where(
        Artist.gross_worth_cents < dollars_to_cents(threshold)
    )


def top_artist(*, highest):
    """The artist with the highest (or lowest) gross worth, ties to the lower id."""
    worth = Artist.gross_worth_cents.desc() if highest else Artist.gross_worth_cents
    artist = db.session.scalar(select(Artist).order_by(worth, Artist.id).limit(1))
    if artist is None:
        abort(404, message="There are no artists yet.")
    return artist


def average_worth():
    count, average = db.session.execute(
        select(func.count(Artist.id), func.avg(Artist.gross_worth_cents))
    ).one()
    # AVG of whole cents may end in a fraction of a cent: round half up, the
    # same way on PostgreSQL (which returns a decimal) and SQLite (a float).
    average_cents = None
    if average is not None:
        average_cents = int(Decimal(str(average)).quantize(WHOLE, ROUND_HALF_UP))
    return {"average_gross_worth": cents_to_dollars(average_cents),
            "artist_count": count}


def total_worth():
    count, total = db.session.execute(
        select(func.count(Artist.id),
               func.coalesce(func.sum(Artist.gross_worth_cents), 0))
    ).one()
    return {"sum_gross_worth": cents_to_dollars(total), "artist_count": count}


def album_with_count(album_id):
    """The album with its artist and number of tracks, from one SELECT."""
    track_count = (
        select(func.count(Track.id)).where(Track.album_id == Album.id)
        .correlate(Album).scalar_subquery()
    )
    row = db.session.execute(
        select(Album, track_count)
        .where(Album.id == album_id)
        .options(joinedload(Album.artist))
    ).first()
    if row is None:
        abort(404, message=f"Album {album_id} not found.")
    album, track_count = row
    return {
        "id": album.id,
        "title": album.title,
        "release_year": album.release_year,
        "artist": album.artist,
        "track_count": track_count,
    }


def playlist_entries(user_id):
    return (
        select(PlaylistEntry)
        .where(PlaylistEntry.user_id == user_id)
        .order_by(PlaylistEntry.added_at, PlaylistEntry.id)
    )




def update_album(album_id, changes):
    album = get_or_404(Album, album_id)
    if "artist_id" in changes and db.session.get(Artist, changes["artist_id"]) is None:
        abort(400, messages={"json": {"artist_id": [
            f"There is no artist {changes['artist_id']}."]}})

    new_artist = changes.get("artist_id", album.artist_id)
    if new_artist != album.artist_id:
        # The tracks credited to the album's artist move with it; guest
        # artists' tracks keep their own credit.
        db.session.execute(
            update(Track)
            .where(Track.album_id == album.id, Track.artist_id == album.artist_id)
            .values(artist_id=new_artist)
        )
    for name, value in changes.items():
        setattr(album, name, value)
    db.session.commit()
    return album_with_count(album_id)
