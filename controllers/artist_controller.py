"""Artists and the business figures about what they earn."""
from controllers.api import Blueprint
from controllers.pagination import paginate
from schemas.catalog import (
    AlbumSummaryPageSchema,
    ArtistPageSchema,
    ArtistSchema,
    AverageProfitSchema,
    ProfitFilterArgsSchema,
    SumProfitSchema,
    TrackPageSchema,
)
from schemas.common import PageArgsSchema
from services import catalog

blp = Blueprint("artist", __name__, url_prefix="/artist",
                description="Artists, their albums and tracks, and profit figures.")


@blp.route("/Highest_profit", methods=["GET"])
@blp.response(200, ArtistSchema)
@blp.alt_response(404, response="NOT_FOUND")
def highest_profit():
    """The artist with the highest gross worth, and the amount."""
    return catalog.top_artist(highest=True)


@blp.route("/Lowest_profit", methods=["GET"])
@blp.response(200, ArtistSchema)
@blp.alt_response(404, response="NOT_FOUND")
def lowest_profit():
    """The artist with the lowest gross worth, and the amount."""
    return catalog.top_artist(highest=False)


@blp.route("/Average_profit", methods=["GET"])
@blp.response(200, AverageProfitSchema)
def average_profit():
    """The average gross worth over all artists (null when there are none)."""
    return catalog.average_worth()


@blp.route("/Sum_profit", methods=["GET"])
@blp.response(200, SumProfitSchema)
def sum_profit():
    """The total gross worth of all artists."""
    return catalog.total_worth()


@blp.route("/Ordering", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, ArtistPageSchema)
def ordering(page_args):
    """Artists by gross worth, largest first; paginated."""
    return paginate(catalog.artists_by_worth(), page_args)


@blp.route("/filtering", methods=["GET"])
@blp.arguments(ProfitFilterArgsSchema, location="query")
@blp.response(200, ArtistPageSchema)
def filtering(query_args):
    """Artists earning less than `below` dollars (default $40 million)."""
    return paginate(catalog.artists_below(query_args["below"]), query_args)


@blp.route("/<id:artist_id>/Albums", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, AlbumSummaryPageSchema)
@blp.alt_response(404, response="NOT_FOUND")
def artist_albums(page_args, artist_id):
    """The artist's albums, in id order; paginated."""
    return paginate(catalog.artist_albums(artist_id), page_args)


@blp.route("/<id:artist_id>/Tracks", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, TrackPageSchema)
@blp.alt_response(404, response="NOT_FOUND")
def artist_tracks(page_args, artist_id):
    """The artist's tracks with their albums, in id order; paginated."""
    return paginate(catalog.artist_tracks(artist_id), page_args,
                    load_options=catalog.TRACK_LOADS)
