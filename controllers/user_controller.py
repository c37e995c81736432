"""Accounts: sign-up, login and logout, profiles, correction, deletion, and
the data rights (export, de-identification) the privacy policy promises."""
import json

from flask import current_app, jsonify, request
from flask_jwt_extended import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from controllers.api import Blueprint, nesting_depth
from controllers.auth import ensure_self_or_admin
from controllers.pagination import paginate
from main import db, limiter
from models import User
from schemas.common import MessageSchema, PageArgsSchema, page_of, squash
from schemas.user import (
    LoginSchema,
    PrivateUserSchema,
    PublicUserSchema,
    TokenSchema,
    UserCreateSchema,
    UserUpdateSchema,
)
from services import accounts, privacy
from services.lookup import get_or_404

blp = Blueprint("user", __name__, url_prefix="/user",
                description="Accounts, logins and personal data.")

UserPageSchema = page_of(PrivateUserSchema, "UserPageSchema")


def auth_rate_limit():
    return current_app.config["AUTH_RATE_LIMIT"]


def account_key():
    """Rate-limit key: the account a login or sign-up names.

    Read from the raw body, since limits are checked before the body is
    parsed; anything unreadable shares one key and fails validation anyway.
    """
    body = request.get_data(cache=True)
    if nesting_depth(body) > current_app.config["MAX_JSON_DEPTH"]:
        return "unreadable"
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return "unreadable"
    if not isinstance(data, dict):
        return "unreadable"

    for key, value in data.items():
        if squash(key) == "email" and isinstance(value, str):
            return value.strip().lower()
    return "no-email"


def schema_ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


# Sign-up and login are limited per client address and per account, so that
# neither one address nor many addresses can guess one account's password.
# Shortcoming: anyone can keep an account's logins at their limit. The
# window is short, so such a lockout lasts only while its sender keeps on.
limit_by_address = limiter.limit(auth_rate_limit, scope="auth-address")
limit_by_account = limiter.limit(auth_rate_limit, key_func=account_key,
                                 scope="auth-account")
# An update may carry `current_password`: guesses at it are limited per
# account too, whatever address they come from.
limit_by_target = limiter.limit(
    auth_rate_limit, key_func=lambda: f"user {request.view_args.get('user_id')}",
    scope="auth-target",
)


@blp.route("/create", methods=["POST"])
@limit_by_address
@limit_by_account
@blp.arguments(UserCreateSchema)
@blp.response(201, PrivateUserSchema)
@blp.alt_response(409, response="CONFLICT")
@blp.alt_response(429, response="TOO_MANY_REQUESTS")
def create_user(fields):
    """Sign up. The privacy policy must be accepted (`accept_privacy_policy`)."""
    return accounts.create_user(fields)


@blp.route("/login", methods=["POST"])
@limit_by_address
@limit_by_account
@blp.arguments(LoginSchema)
@blp.response(200, TokenSchema)
@blp.alt_response(401, response="UNAUTHORIZED")
@blp.alt_response(429, response="TOO_MANY_REQUESTS")
def login(credentials):
    """Log in; the token is valid for a day. Wrong email or password: 401."""
    return accounts.log_in(credentials["email"], credentials["password"])


@blp.route("/logout", methods=["POST"])
@blp.auth()
@blp.response(200, MessageSchema)
def logout():
    """End the token this request carries, on every server process."""
    accounts.revoke_current_token(current_user)
    return {"message": "Logged out: this token no longer works."}


@blp.route("/", methods=["GET"])
@blp.auth(admin=True)
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, UserPageSchema)
def list_users(page_args):
    """All users with their details, for administrators; paginated."""
    users = select(User).order_by(User.id)
    return paginate(users, page_args, load_options=[joinedload(User.alias)])


@blp.route("/<id:user_id>", methods=["GET"])
@blp.auth(optional=True)
@blp.response(200, {"oneOf": [schema_ref("PrivateUser"), schema_ref("PublicUser")]},
              description="In full for the user and admins; else the public profile.")
@blp.alt_response(404, response="NOT_FOUND")
def get_user(user_id):
    """A user's profile: public to all, in full to the user and admins."""
    user = get_or_404(User, user_id)
    sees_everything = current_user and (
        current_user.id == user.id or current_user.is_admin
    )
    schema = PrivateUserSchema() if sees_everything else PublicUserSchema()
    return jsonify(schema.dump(user))


@blp.route("/update/<id:user_id>", methods=["PUT", "PATCH"])
@limit_by_address
@limit_by_target
@blp.auth()
@blp.arguments(UserUpdateSchema)
@blp.response(200, PrivateUserSchema)
@blp.alt_response(403, response="FORBIDDEN")
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(409, response="CONFLICT")
@blp.alt_response(429, response="TOO_MANY_REQUESTS")
def update_user(changes, user_id):
    """Change your details (partial update; null clears an optional field).

    Changing your own email or password needs `current_password`; a new
    password ends every token issued before it.
    """
    ensure_self_or_admin(user_id)
    user = get_or_404(User, user_id)
    return accounts.update_user(user, changes, acting_user=current_user)


@blp.route("/delete/<id:user_id>", methods=["DELETE"])
@blp.auth()
@blp.response(200, MessageSchema)
@blp.alt_response(403, response="FORBIDDEN")
@blp.alt_response(404, response="NOT_FOUND")
def delete_user(user_id):
    """Delete an account with its alias, playlist and tokens."""
    ensure_self_or_admin(user_id)
    accounts.delete_user(user_id)
    return {"message": f"User {user_id} and all their data are deleted."}


@blp.route("/<id:user_id>/export", methods=["GET"])
@blp.auth()
@blp.response(200, privacy.PersonalDataSchema)
@blp.alt_response(403, response="FORBIDDEN")
@blp.alt_response(404, response="NOT_FOUND")
def export_user(user_id):
    """Download every piece of personal data held about a user, as JSON."""
    ensure_self_or_admin(user_id)
    user = get_or_404(User, user_id)
    filename = f"t3a3-user-{user_id}.json"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    return privacy.personal_data(user), 200, headers


@blp.route("/<id:user_id>/deidentify", methods=["POST"])
@blp.auth(admin=True)
@blp.response(200, PrivateUserSchema)
@blp.alt_response(404, response="NOT_FOUND")
def deidentify_user(user_id):
    """Wipe a user's personal details but keep their playlist, anonymous.

    For records that must be kept: the account can no longer log in, and
    public pages show it as an anonymous listener.
    """
    user = get_or_404(User, user_id)
    return accounts.deidentify_user(user)
