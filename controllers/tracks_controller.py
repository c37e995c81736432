from controllers.api import Blueprint
from controllers.pagination import paginate
from models import Track
from schemas.catalog import TrackPageSchema, TrackSchema
from schemas.common import PageArgsSchema
from services import catalog
from services.lookup import get_or_404

blp = Blueprint("tracks", __name__, url_prefix="/tracks",
                description="The catalog's tracks.")


@blp.route("/", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, TrackPageSchema)
def list_tracks(page_args):
    """Every track with its artist, album and genre, in id order; paginated."""
    return paginate(catalog.tracks(), page_args, load_options=catalog.TRACK_LOADS)


@blp.route("/<id:track_id>", methods=["GET"])
@blp.response(200, TrackSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get_track(track_id):
    """One track with its artist and album."""
    return get_or_404(Track, track_id, options=catalog.TRACK_LOADS)
