"""One error shape for everything, and no input that can make the server fail."""
import io

import pytest
from sqlalchemy.orm.exc import StaleDataError

from tests.conftest import bearer


def assert_error_shape(response, status):
    assert response.status_code == status
    assert response.mimetype == "application/json"
    error = response.json["error"]
    assert error["status"] == status
    assert isinstance(error["message"], str) and error["message"]
    assert set(error) <= {"status", "message", "fields"}


def test_unknown_address_is_a_json_404(client):
    assert_error_shape(client.get("/nowhere"), 404)


def test_wrong_method_is_405_with_allow(client):
    response = client.delete("/tracks/")

    assert_error_shape(response, 405)
    assert "GET" in response.headers["Allow"]


def test_validation_errors_name_each_field(client):
    response = client.post("/user/create", json={"email": "x"})

    assert_error_shape(response, 400)
    assert response.json["error"]["fields"]["email"] == ["Not a valid email address."]


@pytest.mark.parametrize("data, content_type, message", [
    ("", "application/json", "needs a JSON body"),
    ("   ", "application/json", "needs a JSON body"),
    ("{not json", "application/json", "not valid JSON"),
    ('{"email": "a@b.c"', "application/json", "not valid JSON"),
    (b"\xff\xfe", "application/json", "not valid JSON"),
    ("email=a@b.c", "application/x-www-form-urlencoded", "must be JSON"),
    ('{"email": "a@b.c"}', "text/plain", "must be JSON"),
])
def test_a_body_that_is_not_json_is_400(client, data, content_type, message):
    response = client.post("/user/login", data=data, content_type=content_type)

    assert_error_shape(response, 400)
    assert message in response.json["error"]["message"]


@pytest.mark.parametrize("body", ["[]", '"text"', "42", "null", "true"])
def test_a_json_body_that_is_not_an_object_is_400(client, body):
    response = client.post("/user/login", data=body, content_type="application/json")

    assert_error_shape(response, 400)


@pytest.mark.parametrize("value", ["a\x00b@example.com", "\ud800@example.com",
                                   "x" * 300 + "@example.com"])
def test_strings_the_database_cannot_hold_are_400(client, value):
    response = client.post("/user/login", json={"email": value, "password": "whatever"})

    assert_error_shape(response, 400)


def test_unicode_names_are_welcome(client):
    response = client.post("/user/create", json={
        "email": "bjorn@example.no", "password": "long enough", "first_name": "Bjørn",
        "surname": "Ødegård-Ñúñez", "alias": "Björk fan", "accept_privacy_policy": True})

    assert response.status_code == 201
    assert response.json["surname"] == "Ødegård-Ñúñez"


def test_a_huge_number_in_a_body_is_400_not_500(client, user, catalog):
    response = client.post("/playlist/add_track", headers=bearer(user),
                           json={"tracks_id": 10**40})

    assert_error_shape(response, 400)


def test_an_integer_too_long_for_python_is_400(client):
    body = '{"email": ' + "1" * 5000 + "}"

    response = client.post("/user/login", data=body, content_type="application/json")

    assert_error_shape(response, 400)


def test_a_chunked_body_over_the_limit_is_413(client):
    body = b'{"email": "a@example.com", "password": "whatever"}' + b" " * 70_000

    response = client.post("/user/login", input_stream=io.BytesIO(body),
                           headers={"Content-Type": "application/json",
                                    "Transfer-Encoding": "chunked"},
                           environ_overrides={"wsgi.input_terminated": True})

    assert_error_shape(response, 413)


def test_an_address_without_its_trailing_slash_answers_alike(client, catalog):
    assert client.get("/tracks").json["total"] == 6


def test_a_row_changed_meanwhile_is_409_not_500(make_app, monkeypatch, user):
    from services import accounts

    def raced(*args, **kwargs):
        raise StaleDataError("UPDATE statement on table 'user' expected to update 1 row")

    monkeypatch.setattr(accounts, "update_user", raced)
    app = make_app()
    with app.app_context():
        response = app.test_client().patch(f"/user/update/{user.id}", headers=bearer(user),
                                           json={"first_name": "Late"})

    assert_error_shape(response, 409)


def test_a_conflict_is_logged_without_the_values(client, user, monkeypatch, caplog):
    # As when two sign-ups race: the check passes, the database refuses.
    from services import accounts

    monkeypatch.setattr(accounts, "ensure_email_free", lambda email: None)
    response = client.post("/user/create", json={
        "email": user.email, "password": "long enough", "first_name": "Twin",
        "accept_privacy_policy": True})

    assert_error_shape(response, 409)
    assert user.email not in caplog.text
    assert "conflict on POST /user/create" in caplog.text


def test_internal_errors_are_json_and_hide_the_details(make_app, monkeypatch):
    app = make_app(PROPAGATE_EXCEPTIONS=False)
    from services import catalog

    def explode():
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(catalog, "total_worth", explode)
    with app.app_context():
        response = app.test_client().get("/artist/Sum_profit")

    assert_error_shape(response, 500)
    assert "secret internal detail" not in response.get_data(as_text=True)
