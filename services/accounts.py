"""Passwords, logins and tokens."""
from datetime import datetime, timezone
from functools import lru_cache

from flask import current_app
from flask_jwt_extended import create_access_token, get_jwt
from flask_smorest import abort
from sqlalchemy import delete, select

from main import bcrypt, db
from models import Alias, RevokedToken, User
from models.types import utcnow
from models.user import alias_key, new_token_key
from schemas.fields import MAX_PASSWORD_BYTES, encodable
from services.database import insert_ignoring_duplicates
from services.privacy import POLICY_VERSION

# Compared against when a login names no account, so that an unknown email
# costs the same bcrypt work as a wrong password and timing reveals nothing.
PLACEHOLDER_PASSWORD = "placeholder password for timing"


def hash_password(password):
    return bcrypt.generate_password_hash(password).decode("ascii")


@lru_cache(maxsize=4)
def placeholder_hash(rounds):
    return bcrypt.generate_password_hash(PLACEHOLDER_PASSWORD, rounds).decode("ascii")


def find_login_user(email, password):
    """The active user with this email and password, or None.

    Exactly one bcrypt check runs on every path, whether the email is
    unknown, the password wrong, or the password too long to ever match.
    """
    user = db.session.scalar(select(User).where(User.email == email.lower()))
    stored = user.password_hash if user is not None else None
    if stored is None:
        stored = placeholder_hash(current_app.config["BCRYPT_LOG_ROUNDS"])

    usable = encodable(password) and len(password.encode("utf-8")) <= MAX_PASSWORD_BYTES
    candidate = password if usable else PLACEHOLDER_PASSWORD
    matched = bcrypt.check_password_hash(stored, candidate)

    if matched and usable and user is not None and user.password_hash is not None:
        return user
    return None


def issue_token(user):
    """A signed access token naming the user and carrying their token key."""
    return create_access_token(
        identity=str(user.id), additional_claims={"key": user.token_key}
    )


def revoke_current_token(user):
    """End the token this request was made with (logout).

    Idempotent: two logouts racing with one token both succeed.
    """
    claims = get_jwt()
    expires_at = datetime.fromtimestamp(claims["exp"], timezone.utc)
    row = {"jti": claims["jti"], "user_id": user.id, "expires_at": expires_at,
           "revoked_at": utcnow()}
    insert_ignoring_duplicates(db.session, RevokedToken.__table__, [row], ["jti"])
    db.session.commit()


def end_all_tokens(user):
    """Make every token issued so far for `user` invalid (password change)."""
    user.token_key = new_token_key()


def create_user(fields):
    """Sign a user up, recording which privacy policy they accepted and when."""
    ensure_email_free(fields["email"])
    alias_name = fields.pop("alias", None)
    if alias_name is not None:
        ensure_alias_free(alias_name)
    del fields["accept_privacy_policy"]  # the schema has made sure it is true

    password = fields.pop("password")
    user = User(
        **fields,
        password_hash=hash_password(password),
        privacy_policy_version=POLICY_VERSION,
        privacy_accepted_at=utcnow(),
    )
    if alias_name is not None:
        user.alias = Alias(name=alias_name)

    db.session.add(user)
    db.session.commit()
    current_app.logger.info("user %s signed up", user.id)
    return user


def log_in(email, password):
    user = find_login_user(email, password)
    if user is None:
        # The same answer whether the email is unknown or the password wrong.
        abort(401, message="Wrong email or password.")

    current_app.logger.info("user %s logged in", user.id)
    lifetime = current_app.config["JWT_ACCESS_TOKEN_EXPIRES"]
    return {
        "token": issue_token(user),
        "token_type": "Bearer",
        "expires_in": int(lifetime.total_seconds()),
    }


def update_user(user, changes, *, acting_user):
    """Apply a partial update; `changes` holds only the fields that were sent."""
    if user.deidentified_at is not None:
        abort(409, message="This account is de-identified and can no longer change.")

    current_password = changes.pop("current_password", None)
    if acting_user.id == user.id and {"email", "password"} & changes.keys():
        ensure_current_password(user, current_password)

    if "email" in changes and changes["email"] != user.email:
        ensure_email_free(changes["email"])
    if "alias" in changes:
        set_alias(user, changes.pop("alias"))
    if "password" in changes:
        user.password_hash = hash_password(changes.pop("password"))
        end_all_tokens(user)

    for name, value in changes.items():
        setattr(user, name, value)

    db.session.commit()
    current_app.logger.info("user %s updated by user %s", user.id, acting_user.id)
    return user


def delete_user(user_id):
    """Delete the user; the database removes their alias, playlist and tokens.

    One DELETE, so of two requests racing to delete one account exactly one
    succeeds and the other finds nothing (404).
    """
    deleted = db.session.execute(delete(User).where(User.id == user_id)).rowcount
    if not deleted:
        abort(404, message=f"User {user_id} not found.")
    db.session.commit()
    current_app.logger.info("user %s deleted", user_id)


def deidentify_user(user):
    """Wipe what identifies the user; keep the playlist rows, now anonymous."""
    if user.deidentified_at is None:
        user.email = None
        user.password_hash = None
        user.first_name = "Anonymous"
        user.surname = None
        user.age = None
        user.postcode = None
        user.alias = None
        user.deidentified_at = utcnow()
        end_all_tokens(user)
        db.session.commit()
        current_app.logger.info("user %s de-identified", user.id)
    return user


def ensure_email_free(email):
    # Shortcoming: this 409 tells whether an email is registered, as the API
    # promises; sign-up's rate limits bound how fast anyone can ask.
    if db.session.scalar(select(User.id).where(User.email == email)) is not None:
        abort(409, message="An account with this email already exists.")


def ensure_alias_free(name, *, owner_id=None):
    """409 unless `name`, ignoring case and width, is free or already the owner's."""
    taken_by = db.session.scalar(
        select(Alias.user_id).where(Alias.name_key == alias_key(name))
    )
    if taken_by is not None and taken_by != owner_id:
        abort(409, message=f"The alias {name!r} is taken.")


def ensure_current_password(user, current_password):
    if current_password is None:
        abort(400, messages={"json": {"current_password": [
            "Required to change your own email or password."]}})
    if find_login_user(user.email, current_password) is None:
        abort(403, message="The current password is wrong.")


def set_alias(user, name):
    if name is None:
        user.alias = None
    elif user.alias is None:
        ensure_alias_free(name)
        user.alias = Alias(name=name)
    elif user.alias.name != name:
        ensure_alias_free(name, owner_id=user.id)  # a change of case is the owner's
        user.alias.name = name
