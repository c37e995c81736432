from marshmallow import Schema, fields, validate

from schemas.catalog import TrackSchema
from schemas.common import MAX_ID, PageSchema, RequestSchema
from schemas.user import PublicUserSchema


class PlaylistTrackArgsSchema(RequestSchema):
    """Names a track by id, as the original did with `tracks_id`."""

    ALIASES = {"track_id": "tracks_id"}

    tracks_id = fields.Integer(required=True, strict=True,
                               validate=validate.Range(1, MAX_ID))


class PlaylistEntrySchema(Schema):
    track = fields.Nested(TrackSchema, required=True)
    added_at = fields.DateTime(required=True)


class PlaylistPageSchema(PageSchema):
    owner = fields.Nested(PublicUserSchema, required=True)
    items = fields.List(fields.Nested(PlaylistEntrySchema), required=True)
