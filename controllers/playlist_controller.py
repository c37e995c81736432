"""Playlists: public to read, as a web page or JSON; changed only by their owner."""
from flask import make_response, render_template
from flask_jwt_extended import current_user
from sqlalchemy.orm import joinedload

from controllers.api import Blueprint, wants_json
from controllers.pagination import paginate
from models import User
from schemas.common import MessageSchema, PageArgsSchema
from schemas.playlist import (
    PlaylistEntrySchema,
    PlaylistPageSchema,
    PlaylistTrackArgsSchema,
)
from services import catalog, playlists
from services.lookup import get_or_404

blp = Blueprint("playlist", __name__, url_prefix="/playlist",
                description="Each user's playlist.")


@blp.route("/<id:user_id>", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, PlaylistPageSchema)
@blp.alt_response(200, schema={"type": "string"}, content_type="text/html",
                  success=True, description="The playlist as a web page.")
@blp.alt_response(404, response="NOT_FOUND")
def show_playlist(page_args, user_id):
    """A user's playlist: a web page, or JSON when asked with Accept: application/json."""
    owner = get_or_404(User, user_id, options=[joinedload(User.alias)])
    page = paginate(catalog.playlist_entries(user_id), page_args,
                    load_options=catalog.PLAYLIST_TRACK_LOADS)
    page["owner"] = owner

    if wants_json():
        return page
    return make_response(render_template("playlist.html", owner=owner, page=page))


@blp.route("/add_track", methods=["POST"])
@blp.auth()
@blp.arguments(PlaylistTrackArgsSchema)
@blp.response(201, PlaylistEntrySchema)
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(409, response="CONFLICT")
def add_track(args):
    """Add a track to your own playlist: `{"tracks_id": N}`."""
    return playlists.add_track(current_user, args["tracks_id"])


@blp.route("/delete_track", methods=["DELETE"])
@blp.auth()
@blp.arguments(PlaylistTrackArgsSchema)
@blp.response(200, MessageSchema)
@blp.alt_response(404, response="NOT_FOUND")
def delete_track(args):
    """Take a track out of your own playlist: `{"tracks_id": N}`."""
    playlists.remove_track(current_user, args["tracks_id"])
    return {"message": f"Track {args['tracks_id']} is no longer in your playlist."}
