"""Settings, read from the environment (and `.env`, which the flask CLI loads).

Every variable is listed with its meaning in `.env.example`. Development runs
with no settings at all; production refuses to start without the ones that
protect users (see `check_production`).
"""
import os
import secrets
from datetime import timedelta

import click

# The secrets below are placeholders people copy from examples; production
# refuses them even when they are long enough.
KNOWN_PLACEHOLDER_SECRETS = {
    "change-me",
    "changeme",
    "secret",
    "super-secret",
    "replace-with-at-least-32-random-characters",
}
MIN_SECRET_LENGTH = 32


class ConfigError(click.ClickException):
    """A setting is missing or unsafe; the message says which and why.

    A ClickException, so that the flask CLI prints the message alone rather
    than a traceback; under gunicorn it is an ordinary start-up error.
    """


def env_flag(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default, *, minimum=0, maximum=None):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        number = int(value)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number, not {value!r}") from exc
    if number < minimum or (maximum is not None and number > maximum):
        bounds = f"at least {minimum}" if maximum is None else f"{minimum} to {maximum}"
        raise ConfigError(f"{name} must be {bounds}, not {number}")
    return number


def database_uri_from_env():
    """The original's `DB_URI`, or the conventional `DATABASE_URL`."""
    return os.environ.get("DB_URI") or os.environ.get("DATABASE_URL")


def with_driver(uri):
    """Name psycopg2 as the PostgreSQL driver, whichever spelling is given.

    Hosting platforms still hand out `postgres://`, which SQLAlchemy
    dropped, and a bare `postgresql://` means psycopg 3 to SQLAlchemy 2.1.
    """
    if not uri:
        return uri
    for scheme in ("postgres://", "postgresql://"):
        if uri.startswith(scheme):
            return "postgresql+psycopg2://" + uri[len(scheme):]
    return uri


def load_settings():
    """Build the Flask config mapping from the environment."""
    app_env = os.environ.get("APP_ENV", "development").strip().lower()
    production = app_env == "production"

    return {
        "APP_ENV": app_env,
        "DEBUG": env_flag("FLASK_DEBUG"),
        "SQLALCHEMY_DATABASE_URI": database_uri_from_env(),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "ALLOW_SQLITE_IN_PRODUCTION": env_flag("ALLOW_SQLITE_IN_PRODUCTION"),
        "JWT_SECRET_KEY": os.environ.get("JWT_SECRET_KEY"),
        # At least a minute: flask-jwt-extended reads zero as "never expires".
        "JWT_ACCESS_TOKEN_EXPIRES": timedelta(
            minutes=env_int("JWT_ACCESS_TOKEN_MINUTES", 24 * 60, minimum=1)
        ),
        "BCRYPT_LOG_ROUNDS": env_int("BCRYPT_LOG_ROUNDS", 12, minimum=4, maximum=31),
        "AUTH_RATE_LIMIT": os.environ.get("AUTH_RATE_LIMIT", "5 per 20 seconds"),
        "RATELIMIT_ENABLED": env_flag("RATELIMIT_ENABLED", default=True),
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
        "CORS_ORIGINS": [
            origin.strip()
            for origin in os.environ.get("CORS_ORIGINS", "").split(",")
            if origin.strip()
        ],
        "MAX_CONTENT_LENGTH": env_int("MAX_BODY_BYTES", 64 * 1024, minimum=1024),
        "MAX_JSON_DEPTH": env_int("MAX_JSON_DEPTH", 10, minimum=2),
        "FORCE_HTTPS": env_flag("FORCE_HTTPS", default=production),
        "TRUSTED_PROXIES": env_int("TRUSTED_PROXIES", 0),
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "INFO").upper(),
    }


def apply_development_defaults(config, instance_path):
    """Fill what development may leave unset; production never gets here."""
    if not config.get("SQLALCHEMY_DATABASE_URI"):
        os.makedirs(instance_path, exist_ok=True)
        database_file = os.path.join(instance_path, "t3a3.db")
        config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{database_file}"

    if not config.get("JWT_SECRET_KEY"):
        config["JWT_SECRET_KEY"] = development_secret(instance_path)


def development_secret(instance_path):
    """A random signing key made once per checkout and kept in `instance/`.

    Nothing secret is written in the code or the repository, yet tokens
    survive a restart of the development server.
    """
    os.makedirs(instance_path, exist_ok=True)
    path = os.path.join(instance_path, "development-jwt-secret")
    try:
        with open(path, encoding="ascii") as stored:
            secret = stored.read().strip()
        if len(secret) >= MIN_SECRET_LENGTH:
            return secret
    except FileNotFoundError:
        pass

    secret = secrets.token_urlsafe(48)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as stored:
        stored.write(secret)
    return secret


def check_production(config):
    """Refuse to serve real users with settings that would endanger them."""
    problems = []

    if config.get("DEBUG"):
        problems.append("FLASK_DEBUG must be off: the debugger runs any code sent to it")

    uri = config.get("SQLALCHEMY_DATABASE_URI")
    if not uri:
        problems.append("DB_URI (or DATABASE_URL) must name the production database")
    elif uri.startswith("sqlite") and not config.get("ALLOW_SQLITE_IN_PRODUCTION"):
        problems.append(
            "SQLite is for development; set ALLOW_SQLITE_IN_PRODUCTION=1 to insist"
        )

    if not config.get("RATELIMIT_ENABLED"):
        problems.append("RATELIMIT_ENABLED must be on: logins need their limits")

    secret = config.get("JWT_SECRET_KEY") or ""
    if len(secret) < MIN_SECRET_LENGTH:
        problems.append(
            f"JWT_SECRET_KEY must be at least {MIN_SECRET_LENGTH} characters"
        )
    elif secret.lower() in KNOWN_PLACEHOLDER_SECRETS:
        problems.append("JWT_SECRET_KEY is a published placeholder; generate one")

    if problems:
        raise ConfigError("Refusing to start in production: " + "; ".join(problems))
