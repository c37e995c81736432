"""A user's own playlist: only they add to it or take from it."""
from flask import current_app
from flask_smorest import abort
from sqlalchemy import delete, select

from main import db
from models import PlaylistEntry, Track
from services.catalog import TRACK_LOADS
from services.lookup import get_or_404


def find_entry(user_id, track_id):
    return db.session.scalar(
        select(PlaylistEntry).where(PlaylistEntry.user_id == user_id,
                                    PlaylistEntry.track_id == track_id)
    )


def add_track(user, track_id):
    track = get_or_404(Track, track_id, options=TRACK_LOADS)
    if find_entry(user.id, track_id) is not None:
        abort(409, message=f"Track {track_id} is already in your playlist.")

    entry = PlaylistEntry(user=user, track=track)
    db.session.add(entry)
    db.session.commit()
    current_app.logger.info("user %s added track %s", user.id, track_id)
    return entry


def remove_track(user, track_id):
    # One DELETE: of two requests racing to remove one track, one succeeds.
    removed = db.session.execute(
        delete(PlaylistEntry).where(PlaylistEntry.user_id == user.id,
                                    PlaylistEntry.track_id == track_id)
    ).rowcount
    if not removed:
        abort(404, message=f"Track {track_id} is not in your playlist.")

    db.session.commit()
    current_app.logger.info("user %s removed track %s", user.id, track_id)
