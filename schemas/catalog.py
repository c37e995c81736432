"""Artists, albums and tracks as clients read and edit them."""
from decimal import Decimal

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from models.album import MAX_RELEASE_YEAR, MIN_RELEASE_YEAR
from schemas.common import MAX_ID, PageArgsSchema, RequestSchema, page_of
from schemas.fields import Money, Text

# The original's default for "artists earning less than $40 million".
DEFAULT_PROFIT_THRESHOLD = Decimal(40_000_000)
MAX_MONEY = 10**13  # far above any artist's worth, and exact in cents


class ArtistRefSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


class AlbumRefSchema(Schema):
    id = fields.Integer(required=True)
    title = fields.String(required=True)


class ArtistSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    gross_worth = Money(required=True)


class TrackSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    composer = fields.String(required=True, allow_none=True)
    genre = fields.String(required=True, allow_none=True)
    duration_ms = fields.Integer(required=True, allow_none=True)
    duration = fields.String(required=True, allow_none=True,
                             metadata={"description": "Length as m:ss."})
    album = fields.Nested(AlbumRefSchema, required=True)
    artist = fields.Nested(ArtistRefSchema, required=True)


class AlbumSchema(Schema):
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    release_year = fields.Integer(required=True, allow_none=True)
    artist = fields.Nested(ArtistRefSchema, required=True)
    track_count = fields.Integer(required=True)


class AlbumSummarySchema(Schema):
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    release_year = fields.Integer(required=True, allow_none=True)


class AlbumUpdateSchema(RequestSchema):
    title = Text(max_length=255)
    release_year = fields.Integer(
        strict=True, allow_none=True,
        validate=validate.Range(MIN_RELEASE_YEAR, MAX_RELEASE_YEAR),
    )
    artist_id = fields.Integer(strict=True, validate=validate.Range(1, MAX_ID))

    @validates_schema
    def something_to_change(self, data, **kwargs):
        if not data:
            raise ValidationError("Send at least one field to change.")


class AverageProfitSchema(Schema):
    average_gross_worth = Money(required=True, allow_none=True)
    artist_count = fields.Integer(required=True)


class SumProfitSchema(Schema):
    sum_gross_worth = Money(required=True)
    artist_count = fields.Integer(required=True)


class ProfitFilterArgsSchema(PageArgsSchema):
    below = Money(
        load_default=DEFAULT_PROFIT_THRESHOLD,
        validate=validate.Range(0, MAX_MONEY),
        metadata={"description": "List artists whose gross worth is below this "
                                 "many dollars (default 40 million)."},
    )


ArtistPageSchema = page_of(ArtistSchema, "ArtistPageSchema")
TrackPageSchema = page_of(TrackSchema, "TrackPageSchema")
AlbumSummaryPageSchema = page_of(AlbumSummarySchema, "AlbumSummaryPageSchema")
