"""The API plumbing every controller shares: request parsing, documentation,
authentication decorators and the id converter.

flask-smorest turns the Marshmallow schemas on each view into both the
request/response handling and the OpenAPI document; this module adjusts it to
the service's rules (400 for invalid input, one error shape, bearer tokens).
"""
import json
from functools import wraps

import flask_smorest
from flask import current_app, request
from flask_jwt_extended import current_user, jwt_required
from marshmallow import RAISE
from webargs import core
from webargs.flaskparser import FlaskParser, abort
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.routing import IntegerConverter

from controllers.errors import http_error_response
from schemas.common import MAX_ID, ErrorSchema
from schemas.fields import Money

BEARER_AUTH = "bearerAuth"


class RequestParser(FlaskParser):
    """webargs' parser, strict about what a JSON body is."""

    DEFAULT_VALIDATION_STATUS = 400
    # Unknown query parameters are refused like unknown body fields: a typo
    # such as ?limt=5 is reported instead of silently ignored. Shortcoming:
    # only where a view reads query arguments; /tracks/1?x=1 still answers.
    DEFAULT_UNKNOWN_BY_LOCATION = {
        **FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION,
        "query": RAISE,
        "querystring": RAISE,
    }

    def _raw_load_json(self, req):
        body = req.get_data(cache=True)
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        if req.content_length is None and len(body) >= limit:
            # A chunked body has no length to refuse up front: Werkzeug stops
            # reading at the limit, and what it read must not pass as whole.
            raise RequestEntityTooLarge()
        if not body.strip():
            abort(400, message="This request needs a JSON body.")
        if not core.is_json(req.mimetype):
            abort(400, message="The body must be JSON, sent with "
                               "Content-Type: application/json.")

        max_depth = current_app.config["MAX_JSON_DEPTH"]
        if nesting_depth(body) > max_depth:
            abort(400, message=f"The JSON body is nested deeper than {max_depth} levels.")
        try:
            return core.parse_json(body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise  # webargs turns these into _handle_invalid_json_error
        except ValueError as error:
            # Python's own limits, such as an integer of over 4,300 digits.
            abort(400, message=f"The body is not valid JSON: {error}.")

    def _handle_invalid_json_error(self, error, req, *args, **kwargs):
        abort(400, message=f"The body is not valid JSON: {error}.")


def nesting_depth(body):
    """How deeply arrays and objects nest in raw JSON, found without parsing.

    Checked before parsing so that a small body of many brackets cannot make
    the parser recurse until it fails.
    """
    depth = deepest = 0
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x5D, 0x7D):  # ] }
            depth -= 1
    return deepest


# Answers that hold a token or personal data must not be kept by caches.
PRIVATE_ENDPOINTS = {"user.login", "user.create_user"}
# Endpoints that answer a page or JSON depending on the Accept header.
NEGOTIATED_ENDPOINTS = {"playlist.show_playlist", "privacy.privacy_policy"}


def register_cache_policy(app):
    @app.after_request
    def cache_policy(response):
        if "Authorization" in request.headers or request.endpoint in PRIVATE_ENDPOINTS:
            response.headers["Cache-Control"] = "no-store"
        if request.endpoint in NEGOTIATED_ENDPOINTS:
            response.vary.add("Accept")
        return response


def wants_json():
    """True when the client prefers JSON to a web page (Accept header)."""
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


class Blueprint(flask_smorest.Blueprint):
    """A flask-smorest blueprint with the service's parser and auth rules."""

    ARGUMENTS_PARSER = RequestParser()

    def auth(self, *, optional=False, admin=False):
        """Require a valid bearer token (and the admin role, if `admin`).

        With `optional`, anonymous requests pass but a bad token still fails.
        The decorator also documents the security and the 401/403 answers.
        """
        def decorator(view):
            @wraps(view)
            def guarded(*args, **kwargs):
                if admin and not current_user.is_admin:
                    abort(403, message="Only an administrator may do this.")
                return view(*args, **kwargs)

            security = [{BEARER_AUTH: []}]
            if optional:
                security.insert(0, {})
            checked = jwt_required(optional=optional)(guarded)
            documented = self.doc(security=security)(checked)
            documented = self.alt_response(401, response="UNAUTHORIZED")(documented)
            if admin:
                documented = self.alt_response(403, response="FORBIDDEN")(documented)
            return documented

        return decorator


class Api(flask_smorest.Api):
    """flask-smorest's Api, answering errors in the service's own shape."""

    ERROR_SCHEMA = ErrorSchema
    # Each operation lists the errors it can give instead of a catch-all.
    DEFAULT_ERROR_RESPONSE_NAME = None

    def init_app(self, app, **kwargs):
        app.url_map.converters["id"] = IdConverter
        super().init_app(app, **kwargs)
        self.register_converter(IdConverter, id_parameter_schema)
        self.register_field(Money, "string", "decimal")
        self.spec.components.security_scheme(
            BEARER_AUTH, {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
        )

    def handle_http_exception(self, error):
        return http_error_response(error)


class IdConverter(IntegerConverter):
    """A row id in a path: 1 up to the largest id the database can hold.

    Anything else cannot name a row, so it is answered 404 by routing, before
    a query the database would refuse.
    """

    regex = r"[0-9]+"  # ASCII digits only: "٣" is not an id

    def __init__(self, url_map):
        super().__init__(url_map, min=1, max=MAX_ID)


def id_parameter_schema(converter):
    return {"type": "integer", "minimum": 1, "maximum": MAX_ID}

