from controllers.api import Blueprint
from controllers.pagination import paginate
from schemas.catalog import AlbumSchema, AlbumUpdateSchema, TrackPageSchema
from schemas.common import PageArgsSchema
from services import catalog

blp = Blueprint("albums", __name__, url_prefix="/albums",
                description="Albums and their tracks.")


@blp.route("/<id:album_id>", methods=["GET"])
@blp.response(200, AlbumSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_album(album_id):
    """The album with its artist and number of tracks."""
    return catalog.album_with_count(album_id)


@blp.route("/update/<id:album_id>", methods=["PUT", "PATCH"])
@blp.auth(admin=True)
@blp.arguments(AlbumUpdateSchema)
@blp.response(200, AlbumSchema)
@blp.alt_response(404, response="NOT_FOUND")
def update_album(changes, album_id):
    """Change an album's title, release year or artist (administrators).

    Moving an album to another artist moves the tracks credited to its old
    artist too.
    """
    return catalog.update_album(album_id, changes)


@blp.route("/<id:album_id>/tracks", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, TrackPageSchema)
@blp.alt_response(404, response="NOT_FOUND")
def album_tracks(page_args, album_id):
    """The album's tracks in order; paginated."""
    return paginate(catalog.album_tracks(album_id), page_args,
                    load_options=catalog.TRACK_LOADS)
