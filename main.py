"""The t3a3 application: its extensions, and the factory that assembles them.

Run it with the flask CLI (`flask --app main run`, or plain `flask run` from
the project root, where `.flaskenv` names this module), or under gunicorn as
`gunicorn "main:create_app()"`.
"""
import os
import sqlite3
import time

from flask import Flask, g, request
from flask_bcrypt import Bcrypt
from flask_cors import CORS
from flask_jwt_extended import JWTManager
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_marshmallow import Marshmallow
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_talisman import Talisman
from sqlalchemy import MetaData, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase
from werkzeug.middleware.proxy_fix import ProxyFix

import config
from controllers.api import Api

# Constraint names must be stable for migrations to find them again,
# and SQLite's batch migrations need every constraint named.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
ma = Marshmallow()
bcrypt = Bcrypt()
jwt = JWTManager()
migrate = Migrate()
limiter = Limiter(key_func=get_remote_address)
api = Api()

# Settings that are part of how the service works, not of where it runs.
FIXED_SETTINGS = {
    "API_TITLE": "t3a3",
    "API_VERSION": "1.0.0",
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": "/",
    "OPENAPI_JSON_PATH": "openapi.json",
    "JWT_ALGORITHM": "HS256",
    "JWT_DECODE_ALGORITHMS": ["HS256"],
    "JWT_TOKEN_LOCATION": ["headers"],
    "RATELIMIT_HEADERS_ENABLED": True,
    # If Redis is unreachable, keep limiting per process rather than fail.
    "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
    "SQLALCHEMY_TRACK_MODIFICATIONS": False,
}

CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def create_app(overrides=None):
    """Build the application; `overrides` replace settings (tests use it)."""
    app = Flask(__name__)

    configure(app, overrides)
    init_extensions(app)
    register_api(app)
    register_error_handlers(app)
    register_commands(app)
    configure_logging(app)

    return app


def configure(app, overrides):
    # /tracks and /tracks/ answer alike, instead of a redirect with an HTML body.
    app.url_map.strict_slashes = False
    app.config.update(FIXED_SETTINGS)
    app.config.update(config.load_settings())
    app.config.update(overrides or {})
    app.config["SQLALCHEMY_DATABASE_URI"] = config.with_driver(
        app.config["SQLALCHEMY_DATABASE_URI"]
    )
    app.json.sort_keys = False  # keep each schema's own field order

    if app.config["APP_ENV"] == "production":
        config.check_production(app.config)
    else:
        config.apply_development_defaults(app.config, app.instance_path)

    proxies = app.config["TRUSTED_PROXIES"]
    if proxies:
        app.wsgi_app = ProxyFix(
            app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies
        )


def init_extensions(app):
    db.init_app(app)
    ma.init_app(app)
    bcrypt.init_app(app)
    jwt.init_app(app)
    migrate.init_app(app, db, directory=os.path.join(app.root_path, "migrations"),
                     render_as_batch=True, compare_type=True)
    limiter.init_app(app)
    api.init_app(app)

    Talisman(
        app,
        force_https=app.config["FORCE_HTTPS"],
        strict_transport_security=app.config["FORCE_HTTPS"],
        content_security_policy=CONTENT_SECURITY_POLICY,
        frame_options="DENY",
        referrer_policy="no-referrer",
        session_cookie_secure=app.config["FORCE_HTTPS"],
    )
    if app.config["CORS_ORIGINS"]:
        CORS(app, origins=app.config["CORS_ORIGINS"],
             expose_headers=["Retry-After", "X-RateLimit-Limit",
                             "X-RateLimit-Remaining", "X-RateLimit-Reset"])


def register_api(app):
    from controllers import register_blueprints
    from controllers.api import register_cache_policy
    from controllers.auth import register_token_callbacks

    register_token_callbacks(jwt)
    register_blueprints(app, api)
    register_cache_policy(app)


def register_error_handlers(app):
    from controllers.errors import register_error_handlers as register

    register(app)


def register_commands(app):
    from commands import register_commands as register

    register(app)


def configure_logging(app):
    app.logger.setLevel(app.config["LOG_LEVEL"])

    @app.before_request
    def start_timer():
        g.request_started = time.perf_counter()

    @app.after_request
    def log_request(response):
        # The path only: query strings and bodies may carry personal data.
        started = g.get("request_started", time.perf_counter())
        app.logger.info(
            "%s %s -> %s in %.1f ms", request.method, request.path,
            response.status_code, (time.perf_counter() - started) * 1000,
        )
        return response


@event.listens_for(Engine, "connect")
def enforce_sqlite_foreign_keys(dbapi_connection, connection_record):
    # SQLite ignores foreign keys, and so ON DELETE CASCADE, unless asked.
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

