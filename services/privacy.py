"""The privacy policy, and the personal data download it promises."""
from marshmallow import Schema, fields
from sqlalchemy import select

from main import db
from models import PlaylistEntry
from services import catalog
from models.types import utcnow
from services.serialization import row_to_json

POLICY_VERSION = "2026-12-03"
PERSONAL_DATA_FORMAT = "t3a3-personal-data"
PERSONAL_DATA_VERSION = 1

# Held, but never handed out, not even to the user: a bcrypt hash helps only
# someone trying to guess the password, and a revoked token's id is useless.
WITHHELD_COLUMNS = {"user": {"password_hash"}, "revoked_token": {"jti"}}

POLICY = {
    "version": POLICY_VERSION,
    "summary": (
        "t3a3 keeps only what it needs to give you an account and a playlist. "
        "Your name, email, age and postcode are shown to you and to the "
        "service's administrators, and to nobody else. Others see only your "
        "pseudonym (alias), or your first name if you have none."
    ),
    "sections": [
        {
            "title": "What we collect",
            "points": [
                "Account: email address, first name, and optionally surname, "
                "age and postcode.",
                "Pseudonym: an optional alias shown instead of your name.",
                "Password: stored only as a bcrypt hash, never in readable form.",
                "Playlist: the tracks you add and when you added them.",
                "Consent: which version of this policy you accepted, and when.",
                "Logouts: the time each ended token was revoked, until it "
                "would have expired anyway.",
            ],
        },
        {
            "title": "Why",
            "points": [
                "Email and password let you log in; nothing is sent to you.",
                "Name, age and postcode are yours to keep up to date; the "
                "service uses them for nothing else and shares them with no one.",
                "Your playlist is the service you signed up for; it is public "
                "under your pseudonym or first name.",
            ],
        },
        {
            "title": "Who sees it",
            "points": [
                "You, after logging in.",
                "The service's administrators, who look after accounts.",
                "Everyone else sees only your pseudonym or first name and your "
                "playlist, never your surname, email, age or postcode.",
                "Logs record requests by address and status, never passwords, "
                "tokens or what you send to the account endpoints.",
            ],
        },
        {
            "title": "Your rights",
            "points": [
                "Access: GET /user/<id>/export downloads everything held about "
                "you as JSON.",
                "Correction: PUT or PATCH /user/update/<id> changes any of your "
                "details, alias included.",
                "Deletion: DELETE /user/delete/<id> removes your account, alias, "
                "playlist and tokens at once.",
                "De-identification: where records must be kept, an administrator "
                "can wipe your personal details and keep only an anonymous "
                "playlist.",
            ],
        },
        {
            "title": "Security",
            "points": [
                "Passwords are hashed with bcrypt; logins are rate limited.",
                "Tokens last one day and end at logout, at a password change "
                "and when the account is deleted.",
                "In production the service is reached over HTTPS only.",
            ],
        },
    ],
}


class PolicySectionSchema(Schema):
    title = fields.String(required=True)
    points = fields.List(fields.String(), required=True)


class PolicySchema(Schema):
    version = fields.String(required=True)
    summary = fields.String(required=True)
    sections = fields.List(fields.Nested(PolicySectionSchema), required=True)


class PlaylistTrackRecordSchema(Schema):
    track_id = fields.Integer(required=True)
    name = fields.String(required=True)
    artist = fields.String(required=True)
    album = fields.String(required=True)
    added_at = fields.DateTime(required=True)


class PersonalDataSchema(Schema):
    format = fields.String(required=True, metadata={"example": PERSONAL_DATA_FORMAT})
    version = fields.Integer(required=True)
    exported_at = fields.DateTime(required=True)
    records = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.Dict()),
        required=True,
        metadata={"description": "Every stored row about the user, by table."},
    )
    playlist = fields.List(fields.Nested(PlaylistTrackRecordSchema), required=True)


def personal_data(user):
    """Everything held about `user`, and nothing about anyone else.

    Rows are found through the schema itself: the user's own row and every
    row of any table that refers to it, so a table added later is included
    without anyone remembering to add it here.
    """
    records = {}
    for table in db.metadata.sorted_tables:
        statement = rows_about(table, user.id)
        if statement is None:
            continue
        withheld = WITHHELD_COLUMNS.get(table.name, set())
        rows = db.session.execute(statement).mappings()
        records[table.name] = [row_to_json(table, row, exclude=withheld) for row in rows]

    return {
        "format": PERSONAL_DATA_FORMAT,
        "version": PERSONAL_DATA_VERSION,
        "exported_at": utcnow(),
        "records": records,
        "playlist": playlist_records(user.id),
    }


def rows_about(table, user_id):
    """A SELECT of `table`'s rows that belong to the user, or None."""
    if table.name == "user":
        return select(table).where(table.c.id == user_id)
    for foreign_key in table.foreign_keys:
        if foreign_key.column.table.name == "user":
            return select(table).where(foreign_key.parent == user_id).order_by(
                *table.primary_key.columns
            )
    return None


def playlist_records(user_id):
    """The playlist with the names a person recognises, not just ids."""
    statement = (
        select(PlaylistEntry)
        .where(PlaylistEntry.user_id == user_id)
        .order_by(PlaylistEntry.added_at, PlaylistEntry.id)
        .options(*catalog.PLAYLIST_TRACK_LOADS)
    )
    return [
        {
            "track_id": entry.track_id,
            "name": entry.track.name,
            "artist": entry.track.artist.name,
            "album": entry.track.album.title,
            "added_at": entry.added_at,
        }
        for entry in db.session.scalars(statement)
    ]
