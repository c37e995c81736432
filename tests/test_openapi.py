"""The OpenAPI document, and Schemathesis checking the app against it.

Schemathesis (a tool we did not write) generates requests for every
operation from /openapi.json, valid and invalid, and checks each answer: no
server error, only documented status codes, content types and headers, a body
that matches the documented schema, and invalid input refused.
"""
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import select

from main import db
from models import User
from models.types import utcnow
from services.accounts import issue_token
from services.privacy import POLICY_VERSION

CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance,
          content_type_conformance, response_headers_conformance, negative_data_rejection]
# Bounded so the whole run takes about a minute whatever the machine.
EXAMPLES_PER_OPERATION = 30


def test_the_document_describes_every_endpoint(client):
    document = client.get("/openapi.json").json

    assert document["openapi"].startswith("3.")
    paths = document["paths"]
    for path, method in [
        ("/user/create", "post"), ("/user/login", "post"), ("/user/logout", "post"),
        ("/user/", "get"), ("/user/{user_id}", "get"), ("/user/update/{user_id}", "put"),
        ("/user/update/{user_id}", "patch"), ("/user/delete/{user_id}", "delete"),
        ("/user/{user_id}/export", "get"), ("/user/{user_id}/deidentify", "post"),
        ("/tracks/", "get"), ("/playlist/{user_id}", "get"),
        ("/playlist/add_track", "post"), ("/playlist/delete_track", "delete"),
        ("/artist/Highest_profit", "get"), ("/artist/Lowest_profit", "get"),
        ("/artist/Average_profit", "get"), ("/artist/Sum_profit", "get"),
        ("/artist/Ordering", "get"), ("/artist/filtering", "get"),
        ("/artist/{artist_id}/Albums", "get"), ("/artist/{artist_id}/Tracks", "get"),
        ("/albums/{album_id}", "get"), ("/albums/update/{album_id}", "patch"),
        ("/albums/{album_id}/tracks", "get"), ("/privacy", "get"),
    ]:
        assert method in paths[path], (method, path)
        assert paths[path][method].get("summary"), (method, path)


def test_the_document_states_the_email_and_password_rules(client):
    schemas = client.get("/openapi.json").json["components"]["schemas"]

    sign_up = schemas["UserCreate"]["properties"]
    assert sign_up["email"]["format"] == "email"
    assert sign_up["password"]["minLength"] == 8
    assert sign_up["password"]["maxLength"] == 72
    assert "72 bytes" in sign_up["password"]["description"]


def test_protected_operations_declare_bearer_auth(client):
    paths = client.get("/openapi.json").json["paths"]

    assert paths["/user/"]["get"]["security"] == [{"bearerAuth": []}]
    assert {"bearerAuth": []} in paths["/user/{user_id}"]["get"]["security"]
    assert "security" not in paths["/tracks/"]["get"]


def test_the_error_schema_is_the_one_every_error_uses(client):
    document = client.get("/openapi.json").json

    error = document["components"]["schemas"]["Error"]
    assert error["required"] == ["error"]
    not_found = document["paths"]["/tracks/{track_id}"]["get"]["responses"]["404"]
    assert not_found["$ref"] == "#/components/responses/NOT_FOUND"


def account(role):
    """The account requests act as, made again if a generated request deleted it."""
    email = f"schemathesis-{role}@example.com"
    user = db.session.scalar(select(User).where(User.email == email))
    if user is not None and user.deidentified_at is not None:
        db.session.delete(user)
        user = None
    if user is None:
        user = User(email=email, first_name=role, role=role, password_hash=None,
                    privacy_policy_version=POLICY_VERSION, privacy_accepted_at=utcnow())
        db.session.add(user)
        db.session.commit()
    return user


def schema_acting_as(app, role):
    """The app's schema, with every generated request carrying a fresh token."""
    schema = schemathesis.openapi.from_wsgi("/openapi.json", app)

    @schema.auth(refresh_interval=None)
    class FreshToken:
        def get(self, case, context):
            user = account(role)
            return issue_token(user)

        def set(self, case, token, context):
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {token}"}

    return schema


@pytest.fixture
def user_schema(app, catalog):
    return schema_acting_as(app, "user")


@pytest.fixture
def admin_schema(app, catalog):
    return schema_acting_as(app, "admin")


bounded = settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None,
                   suppress_health_check=list(HealthCheck))


@schemathesis.pytest.from_fixture("user_schema").parametrize()
@bounded
def test_schemathesis_finds_no_failure_for_a_user(case):
    case.call_and_validate(checks=CHECKS)
    db.session.rollback()


@schemathesis.pytest.from_fixture("admin_schema").parametrize()
@bounded
def test_schemathesis_finds_no_failure_for_an_admin(case):
    case.call_and_validate(checks=CHECKS)
    db.session.rollback()
