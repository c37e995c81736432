"""What clients may send about a user, and what each reader gets back."""
import re

from marshmallow import (
    Schema,
    ValidationError,
    fields,
    validate,
    validates,
    validates_schema,
)

from models.user import ANONYMOUS_NAME, MAX_AGE, MIN_AGE, alias_key
from schemas.common import RequestSchema
from schemas.fields import EmailAddress, Password, Pseudonym, StrictBoolean, Text

# Postal codes come in many national formats: letters, digits, spaces, dashes.
POSTCODE = validate.Regexp(
    r"^[A-Za-z0-9][A-Za-z0-9 -]{0,15}$",
    error="Must be a postal code: letters, digits, spaces and dashes.",
)
# A pseudonym is shown on public pages, so it is kept to plain characters,
# and may not pose as the service or as a de-identified account.
ALIAS = validate.Regexp(
    r"^[\w][\w .'-]*$",
    error="May use letters, digits, spaces and . ' - _ only.",
)
RESERVED_ALIASES = {alias_key(name) for name in
                    (ANONYMOUS_NAME, "admin", "administrator", "t3a3", "root")}


def not_reserved(name):
    if alias_key(name) in RESERVED_ALIASES:
        raise ValidationError("This alias is reserved.")


def alias_field():
    return Pseudonym(min_length=2, max_length=50, allow_none=True,
                     validate=[ALIAS, not_reserved])


def age_field():
    return fields.Integer(strict=True, allow_none=True,
                          validate=validate.Range(MIN_AGE, MAX_AGE))


class UserCreateSchema(RequestSchema):
    email = EmailAddress(required=True)
    password = Password(required=True, load_only=True)
    first_name = Text(max_length=100, required=True)
    surname = Text(max_length=100, allow_none=True)
    age = age_field()
    postcode = Text(max_length=16, allow_none=True, validate=POSTCODE)
    alias = alias_field()
    accept_privacy_policy = StrictBoolean(
        required=True,
        metadata={"description": "Must be true: the policy at /privacy is accepted."},
    )

    @validates("accept_privacy_policy")
    def policy_accepted(self, value, **kwargs):
        if value is not True:
            raise ValidationError(
                "The privacy policy (/privacy) must be accepted to sign up."
            )


class UserUpdateSchema(RequestSchema):
    """A partial update: only the fields sent change; null clears an optional one.

    Changing your own email or password needs `current_password`, so that a
    stolen token alone cannot take the account over.
    """

    email = EmailAddress()
    password = Password(load_only=True)
    current_password = fields.String(load_only=True, validate=validate.Length(max=1024))
    first_name = Text(max_length=100)
    surname = Text(max_length=100, allow_none=True)
    age = age_field()
    postcode = Text(max_length=16, allow_none=True, validate=POSTCODE)
    alias = alias_field()

    @validates_schema
    def something_to_change(self, data, **kwargs):
        if not set(data) - {"current_password"}:
            raise ValidationError("Send at least one field to change.")


class LoginSchema(RequestSchema):
    email = EmailAddress(required=True)
    # No length rule: an over-long password is simply wrong (401), exactly as
    # at sign-up it is refused; it never reaches bcrypt.
    password = fields.String(required=True, load_only=True,
                             validate=validate.Length(min=1, max=1024))


class TokenSchema(Schema):
    token = fields.String(required=True)
    token_type = fields.String(required=True, metadata={"example": "Bearer"})
    expires_in = fields.Integer(required=True,
                                metadata={"description": "Seconds until it expires."})


class PublicUserSchema(Schema):
    """What anyone may see: no name beyond the pseudonym or first name."""

    id = fields.Integer(required=True)
    display_name = fields.String(required=True)


class AliasSchema(Schema):
    name = fields.String(required=True)


class PrivateUserSchema(Schema):
    """Everything held about a user: for the user themself and administrators."""

    id = fields.Integer(required=True)
    email = fields.String(required=True, allow_none=True)
    first_name = fields.String(required=True)
    surname = fields.String(required=True, allow_none=True)
    age = fields.Integer(required=True, allow_none=True)
    postcode = fields.String(required=True, allow_none=True)
    alias = fields.Pluck(AliasSchema, "name", required=True, allow_none=True)
    display_name = fields.String(required=True)
    role = fields.String(required=True)
    created_at = fields.DateTime(required=True)
    privacy_policy_version = fields.String(required=True)
    privacy_accepted_at = fields.DateTime(required=True)
    deidentified_at = fields.DateTime(required=True, allow_none=True)
