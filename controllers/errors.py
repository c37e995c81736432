"""One shape for every error the service sends.

    {"error": {"status": 404, "message": "...", "fields": {"email": ["..."]}}}

`fields` appears only for invalid input, naming each field and its reasons.
Nothing internal (tracebacks, SQL, library names) ever reaches a client.
"""
from flask import current_app, jsonify, request
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import ObjectDeletedError, StaleDataError

# Werkzeug's stock descriptions are written for HTML pages; these read
# better in a JSON client.
DEFAULT_MESSAGES = {
    400: "The request is not valid.",
    401: "You need to log in: send Authorization: Bearer <token>.",
    403: "You may not do this.",
    404: "Nothing is found at this address.",
    409: "This conflicts with data already stored.",
    413: "The request body is too large.",
    415: "This media type is not supported.",
    429: "Too many requests: wait before trying again.",
    500: "Something went wrong on our side; it has been logged.",
}


def error_body(status, message, fields=None):
    error = {"status": status, "message": message}
    if fields:
        error["fields"] = fields
    return {"error": error}


def error_response(status, message=None, fields=None, headers=None):
    message = message or DEFAULT_MESSAGES.get(status, "The request failed.")
    response = jsonify(error_body(status, message, fields))
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def describe_validation(messages):
    """Turn webargs/marshmallow messages into (message, fields).

    webargs groups problems by where they were found (`json`, `query`);
    clients care about the field, so that level is folded away.
    """
    fields, general = {}, []
    for problems in messages.values():
        if not isinstance(problems, dict):
            general.extend(str(problem) for problem in problems)
            continue
        for field, reasons in problems.items():
            if field == "_schema":
                general.extend(str(reason) for reason in reasons)
            else:
                fields[field] = reasons

    if general:
        message = " ".join(general)
    else:
        message = "Some fields are not valid: " + ", ".join(sorted(fields)) + "."
    return message, fields


def describe_http_error(error):
    if error.code == 405:
        return f"This address does not accept {request.method}."
    if error.code == 413:
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        return f"The request body is larger than the limit of {limit} bytes."
    if error.code == 429:
        return (f"Too many requests (limit: {error.description}); "
                "try again after the number of seconds in Retry-After.")
    if error.description != type(error).description:
        return error.description
    return None


def http_error_response(error):
    """Render any HTTPException, including those flask-smorest and webargs raise."""
    data = getattr(error, "data", None) or {}
    message = data.get("message")
    fields = None

    if data.get("messages"):
        message, fields = describe_validation(data["messages"])
    elif message is None:
        message = describe_http_error(error)

    # Keep headers the exception carries, such as Allow on a 405.
    headers = {
        name: value
        for name, value in error.get_headers()
        if name.lower() != "content-type"
    }
    headers.update(data.get("headers") or {})
    return error_response(error.code, message, fields, headers)


def discard_failed_transaction():
    # The failed transaction must not be the one the rest of the request,
    # or whatever shares its session, goes on with.
    current_app.extensions["sqlalchemy"].session.rollback()


def register_error_handlers(app):
    @app.errorhandler(IntegrityError)
    def conflict(error):
        # Views check the common conflicts first with a clearer message;
        # this catches the rest, such as two requests racing for one email.
        # Only the constraint's name is logged: the database's message
        # quotes the values, which may be someone's email.
        discard_failed_transaction()
        diagnostics = getattr(error.orig, "diag", None)
        constraint = getattr(diagnostics, "constraint_name", None) or "unnamed"
        current_app.logger.info("conflict on %s %s: constraint %s",
                                request.method, request.path, constraint)
        return error_response(409)

    @app.errorhandler(StaleDataError)
    @app.errorhandler(ObjectDeletedError)
    def changed_meanwhile(error):
        # Another request deleted or changed the row between read and write.
        discard_failed_transaction()
        current_app.logger.info("%s %s raced another request", request.method,
                                request.path)
        return error_response(
            409, "Another request changed or deleted this at the same time; "
                 "fetch it again and retry."
        )

    @app.errorhandler(Exception)
    def unexpected(error):
        discard_failed_transaction()
        current_app.logger.exception("unhandled error on %s %s",
                                     request.method, request.path)
        return error_response(500)
