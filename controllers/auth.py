"""How a bearer token becomes the request's user, and who may act on whom."""
from flask_jwt_extended import current_user
from sqlalchemy import select
from webargs.flaskparser import abort

from controllers.errors import error_response
from main import db
from models import RevokedToken, User
from schemas.common import MAX_ID

# RFC 6750: a 401 names the scheme the client should use.
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="t3a3"'}
INVALID_TOKEN_CHALLENGE = {
    "WWW-Authenticate": 'Bearer realm="t3a3", error="invalid_token"'
}


def unauthorized(message, challenge=INVALID_TOKEN_CHALLENGE):
    return error_response(401, message, headers=challenge)


def register_token_callbacks(jwt):
    @jwt.token_in_blocklist_loader
    def is_token_revoked(jwt_header, jwt_payload):
        # Every token issued here has both; one without cannot be revoked,
        # so it is refused.
        if not jwt_payload.get("jti") or "exp" not in jwt_payload:
            return True
        revoked = select(RevokedToken.id).where(RevokedToken.jti == jwt_payload["jti"])
        return db.session.scalar(revoked) is not None

    @jwt.user_lookup_loader
    def load_token_user(jwt_header, jwt_payload):
        # A token outlives neither its account nor a password change.
        user_id = token_user_id(jwt_payload)
        if user_id is None:
            return None
        user = db.session.get(User, user_id)
        if user is None or user.deidentified_at is not None:
            return None
        if user.token_key != jwt_payload.get("key"):
            return None
        return user

    @jwt.unauthorized_loader
    def missing_token(reason):
        return unauthorized(
            f"You need to log in: send Authorization: Bearer <token> ({reason}).",
            challenge=CHALLENGE,
        )

    @jwt.invalid_token_loader
    def invalid_token(reason):
        return unauthorized(f"The token is not valid: {reason}.")

    @jwt.expired_token_loader
    def expired_token(jwt_header, jwt_payload):
        return unauthorized("The token has expired; log in again.")

    @jwt.revoked_token_loader
    def revoked_token(jwt_header, jwt_payload):
        return unauthorized(
            "The token was ended by logging out (or is incomplete); log in again."
        )

    @jwt.user_lookup_error_loader
    def stale_token(jwt_header, jwt_payload):
        return unauthorized(
            "The token no longer counts: its account was deleted or its "
            "password changed. Log in again."
        )


def token_user_id(jwt_payload):
    """The user id a token names, or None if it names none that can exist."""
    subject = jwt_payload.get("sub")
    if not isinstance(subject, str) or not subject.isascii() or not subject.isdigit():
        return None
    user_id = int(subject)
    return user_id if 1 <= user_id <= MAX_ID else None


def ensure_self_or_admin(user_id):
    """Stop the request unless its user is `user_id` or an administrator.

    Checked before looking the target up, so a refusal says nothing about
    whether the account exists.
    """
    if current_user.id != user_id and not current_user.is_admin:
        abort(403, message="You may only do this to your own account.")
