"""Tokens, rate limits, passwords, headers and production settings."""
import logging
import re
import uuid
from datetime import datetime, timedelta, timezone

import jwt as pyjwt
import pytest
from flask_jwt_extended import create_access_token, decode_token

import config
from main import bcrypt, create_app, db
from models import User
from tests.conftest import JWT_SECRET, PASSWORD, add_to_playlist, bearer

BCRYPT_HASH = re.compile(rb"\$2[abxy]?\$\d\d\$")
REDIS_URL = "redis://127.0.0.1:6379/0"


def token_claims(user, **overrides):
    now = datetime.now(timezone.utc)
    claims = {"sub": str(user.id), "jti": str(uuid.uuid4()), "type": "access",
              "fresh": False, "iat": now, "nbf": now, "exp": now + timedelta(hours=1),
              "key": user.token_key}
    claims.update(overrides)
    return {name: value for name, value in claims.items() if value is not None}


def forged(user, *, signing_key=JWT_SECRET, algorithm="HS256", **claims):
    """A token signed here, with `claims` replaced (None leaves one out)."""
    return pyjwt.encode(token_claims(user, **claims), signing_key, algorithm=algorithm)


def call_with(client, user, token):
    return client.get(f"/user/{user.id}", headers={"Authorization": f"Bearer {token}"})


class TestTokens:
    def test_a_token_names_the_user_as_a_string_with_a_unique_id(self, app, user):
        first = decode_token(create_access_token(identity=str(user.id)))
        second = decode_token(create_access_token(identity=str(user.id)))

        assert first["sub"] == str(user.id)
        assert first["jti"] != second["jti"]

    def test_a_token_from_login_lasts_one_day(self, client, user):
        token = client.post("/user/login",
                            json={"email": user.email, "password": PASSWORD}).json["token"]

        claims = decode_token(token)
        assert claims["exp"] - claims["iat"] == 24 * 3600
        assert claims["sub"] == str(user.id)

    @pytest.mark.parametrize("make_token, reason", [
        (lambda user: forged(user, exp=datetime.now(timezone.utc) - timedelta(seconds=5)),
         "expired"),
        (lambda user: forged(user, signing_key="another-secret-another-secret-another"),
         "Signature verification failed"),
        (lambda user: forged(user, algorithm="HS512"), "alg"),
        (lambda user: "not.a.token", "not valid"),
        (lambda user: "abc", "not valid"),
        (lambda user: pyjwt.encode(token_claims(user), None, algorithm="none"), "alg"),
        (lambda user: forged(user, sub=str(user.id + 1000)), "no longer counts"),
        (lambda user: forged(user, key="0" * 32), "no longer counts"),
        (lambda user: forged(user, sub="9" * 30), "no longer counts"),
        (lambda user: forged(user, sub=str(user.id), jti=None), "incomplete"),
        (lambda user: forged(user, exp=None), "incomplete"),
    ])
    def test_bad_tokens_get_401_with_a_reason(self, client, user, make_token, reason):
        response = call_with(client, user, make_token(user))

        assert response.status_code == 401
        error = response.json["error"]
        assert error["status"] == 401
        assert reason.lower() in error["message"].lower()
        assert response.headers["WWW-Authenticate"].startswith("Bearer")

    def test_a_well_formed_token_is_accepted(self, client, user):
        assert call_with(client, user, forged(user)).json["email"] == user.email

    def test_a_header_that_is_not_bearer_is_401(self, client, user):
        response = client.get("/user/", headers={"Authorization": "Basic dXNlcjpwYXNz"})

        assert response.status_code == 401

    def test_a_revoked_token_is_refused_by_another_server_process(self, make_app, user):
        # Two apps stand for two server processes sharing one database.
        first, second = make_app(), make_app()
        with first.app_context():
            headers = bearer(user)
            assert first.test_client().post("/user/logout", headers=headers).status_code == 200

        with second.app_context():
            response = second.test_client().get(f"/user/{user.id}", headers=headers)

        assert response.status_code == 401

    def test_a_token_never_passes_to_a_later_account_with_the_same_id(self, client,
                                                                     make_user):
        # SQLite may hand a deleted account's id to the next one.
        first = make_user(email="first@example.com")
        old_id, headers = first.id, bearer(first)
        db.session.delete(first)
        db.session.commit()
        successor = make_user(email="second@example.com")
        successor.id = old_id
        db.session.commit()

        response = client.get(f"/user/{old_id}/export", headers=headers)

        assert response.status_code == 401
        assert "second@example.com" not in response.get_data(as_text=True)

    def test_a_deleted_accounts_id_is_never_handed_out_again(self, client, make_user):
        first = make_user()
        old_id = first.id
        client.delete(f"/user/delete/{old_id}", headers=bearer(first))

        response = client.post("/user/create", json={
            "email": "next@example.com", "password": "long enough",
            "first_name": "Next", "accept_privacy_policy": True})

        assert response.json["id"] > old_id

    def test_a_deleted_users_token_is_refused(self, client, user, admin):
        headers = bearer(user)
        client.delete(f"/user/delete/{user.id}", headers=bearer(admin))

        assert client.get(f"/user/{admin.id}", headers=headers).status_code == 401
        assert client.post("/user/logout", headers=headers).status_code == 401

    def test_a_bad_token_fails_even_where_login_is_optional(self, client, user):
        response = client.get(f"/user/{user.id}", headers={"Authorization": "Bearer junk"})

        assert response.status_code == 401


class TestPasswords:
    @pytest.mark.parametrize("size", [73, 200])
    def test_a_password_over_72_bytes_is_refused_at_sign_up(self, client, size):
        response = client.post("/user/create", json={
            "email": "long@example.com", "password": "p" * size, "first_name": "Long",
            "accept_privacy_policy": True,
        })

        assert response.status_code == 400
        assert "72 bytes" in response.json["error"]["fields"]["password"][0]
        assert db.session.query(User).count() == 0

    def test_72_bytes_of_multibyte_characters_are_counted_as_bytes(self, client):
        # 25 x "é" is 25 characters but 50 bytes; 37 of them are 74 bytes.
        accepted = client.post("/user/create", json={
            "email": "ok@example.com", "password": "é" * 25, "first_name": "Ok",
            "accept_privacy_policy": True})
        refused = client.post("/user/create", json={
            "email": "no@example.com", "password": "é" * 37, "first_name": "No",
            "accept_privacy_policy": True})

        assert accepted.status_code == 201
        assert refused.status_code == 400

    @pytest.mark.parametrize("size", [73, 200])
    def test_a_password_over_72_bytes_fails_login_with_401(self, client, user, size):
        # Starts with the real password: bcrypt, silently truncating, would accept it.
        password = (PASSWORD * 20)[:size]
        response = client.post("/user/login", json={"email": user.email, "password": password})

        assert response.status_code == 401

    def test_a_lone_surrogate_password_fails_login_with_401(self, client, user):
        response = client.post("/user/login", data='{"email": "ada@example.com", '
                               '"password": "\\ud800\\ud800\\ud800\\ud800"}',
                               content_type="application/json")

        assert response.status_code == 401

    def test_bcrypt_cost_is_twelve_by_default(self, monkeypatch):
        monkeypatch.delenv("BCRYPT_LOG_ROUNDS", raising=False)

        assert config.load_settings()["BCRYPT_LOG_ROUNDS"] == 12

    def test_the_stored_hash_uses_the_configured_cost(self, user):
        assert user.password_hash.startswith("$2b$04$")

    @pytest.mark.parametrize("email, password", [
        ("ada@example.com", "wrong password"),
        ("nobody@example.com", "wrong password"),
        ("ada@example.com", "x" * 100),
    ])
    def test_every_failed_login_costs_exactly_one_bcrypt_check(self, client, user,
                                                               monkeypatch, email, password):
        # Equal work on every path is what keeps timing from telling whether
        # an email is registered.
        calls = []
        real_check = bcrypt.check_password_hash
        monkeypatch.setattr(bcrypt, "check_password_hash",
                            lambda *args: calls.append(args) or real_check(*args))

        response = client.post("/user/login", json={"email": email, "password": password})

        assert response.status_code == 401
        assert len(calls) == 1


def limited_app(make_app, storage):
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI=storage,
                   RATELIMIT_KEY_PREFIX=f"t3a3-test-{uuid.uuid4().hex}")
    return app


@pytest.fixture(params=["memory://", REDIS_URL], ids=["memory", "redis"])
def limited_client(request, make_app, user):
    app = limited_app(make_app, request.param)
    with app.app_context():
        yield app.test_client()


class TestRateLimits:
    def login(self, client, email="ada@example.com", address="203.0.113.1"):
        return client.post("/user/login", json={"email": email, "password": "wrong password"},
                           environ_base={"REMOTE_ADDR": address})

    def test_the_sixth_rapid_login_gets_429_with_retry_after(self, limited_client):
        answers = [self.login(limited_client) for _ in range(6)]

        assert [r.status_code for r in answers] == [401] * 5 + [429]
        refused = answers[-1]
        assert int(refused.headers["Retry-After"]) > 0
        assert refused.headers["X-RateLimit-Limit"] == "5"
        assert refused.headers["X-RateLimit-Remaining"] == "0"
        assert "X-RateLimit-Reset" in refused.headers
        assert refused.json["error"]["status"] == 429

    def test_one_account_is_limited_across_addresses(self, limited_client):
        for number in range(5):
            self.login(limited_client, address=f"198.51.100.{number}")

        assert self.login(limited_client, address="198.51.100.99").status_code == 429

    def test_one_address_is_limited_across_accounts(self, limited_client):
        for number in range(5):
            self.login(limited_client, email=f"someone{number}@example.com")

        assert self.login(limited_client, email="fresh@example.com").status_code == 429

    def test_sign_up_is_limited_too(self, limited_client):
        answers = [limited_client.post("/user/create", json={"email": "x@example.com"},
                                       environ_base={"REMOTE_ADDR": "192.0.2.7"})
                   for _ in range(6)]

        assert answers[-1].status_code == 429

    def test_guesses_at_the_current_password_are_limited_per_account(self, make_app,
                                                                     user):
        app = limited_app(make_app, "memory://")
        with app.app_context():
            client, headers = app.test_client(), bearer(user)
            answers = [
                client.patch(f"/user/update/{user.id}", headers=headers,
                             json={"password": "new password!", "current_password": f"guess {n}"},
                             environ_base={"REMOTE_ADDR": f"198.51.100.{n}"})
                for n in range(6)
            ]

        assert [r.status_code for r in answers] == [403] * 5 + [429]

    def test_redis_limits_hold_across_server_processes(self, make_app, user):
        prefix = f"t3a3-test-{uuid.uuid4().hex}"
        first = make_app(RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI=REDIS_URL,
                         RATELIMIT_KEY_PREFIX=prefix)
        with first.app_context():
            for _ in range(5):
                self.login(first.test_client())

        second = make_app(RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI=REDIS_URL,
                          RATELIMIT_KEY_PREFIX=prefix)
        with second.app_context():
            assert self.login(second.test_client()).status_code == 429


    def test_an_unreachable_redis_falls_back_to_limits_in_memory(self, make_app, user):
        app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI="redis://127.0.0.1:1/0")
        with app.app_context():
            answers = [self.login(app.test_client()) for _ in range(6)]

        assert [r.status_code for r in answers] == [401] * 5 + [429]


class TestOthersData:
    """A token acts on its own user's data only, whatever the request names."""

    def test_a_token_cannot_change_another_users_playlist(self, client, user, other_user,
                                                         catalog):
        add_to_playlist(other_user, 1, 2)
        headers = bearer(user)

        named = client.post("/playlist/add_track", headers=headers,
                            json={"tracks_id": 3, "user_id": other_user.id})
        removed = client.delete("/playlist/delete_track", headers=headers,
                                json={"tracks_id": 1})

        assert named.status_code == 400
        assert removed.status_code == 404
        listed = client.get(f"/playlist/{other_user.id}",
                            headers={"Accept": "application/json"}).json
        assert [entry["track"]["id"] for entry in listed["items"]] == [1, 2]

    @pytest.mark.parametrize("method, path, body", [
        ("patch", "/user/update/{id}", {"first_name": "Mallory"}),
        ("put", "/user/update/{id}", {"first_name": "Mallory"}),
        ("delete", "/user/delete/{id}", None),
        ("get", "/user/{id}/export", None),
        ("post", "/user/{id}/deidentify", None),
    ])
    def test_a_token_cannot_act_on_another_account(self, client, user, other_user,
                                                   method, path, body):
        response = getattr(client, method)(path.format(id=other_user.id),
                                           headers=bearer(user), json=body)

        assert response.status_code == 403
        assert other_user.email not in response.get_data(as_text=True)
        db.session.expire_all()
        unchanged = db.session.get(User, other_user.id)
        assert (unchanged.first_name, unchanged.deidentified_at) == ("Grace", None)


class TestNoHashLeaks:
    def test_no_response_of_any_endpoint_contains_a_bcrypt_hash(self, app, client, user,
                                                                admin, catalog):
        add_to_playlist(user, 1, 2)
        as_user, as_admin = bearer(user), bearer(admin)
        login = client.post("/user/login", json={"email": user.email, "password": PASSWORD})
        requests = [
            ("post", "/user/create", None, {"email": "n@example.com", "password": "p" * 12,
                                            "first_name": "N", "accept_privacy_policy": True}),
            ("post", "/user/login", None, {"email": user.email, "password": PASSWORD}),
            ("get", "/user/?limit=100", as_admin, None),
            ("get", f"/user/{user.id}", None, None),
            ("get", f"/user/{user.id}", as_user, None),
            ("get", f"/user/{user.id}", as_admin, None),
            ("get", f"/user/{user.id}/export", as_user, None),
            ("get", f"/user/{user.id}/export", as_admin, None),
            ("patch", f"/user/update/{user.id}", as_user, {"age": 40}),
            ("put", f"/user/update/{user.id}", as_admin, {"age": 41}),
            ("get", "/tracks/", None, None),
            ("get", "/tracks/1", None, None),
            ("get", f"/playlist/{user.id}", None, None),
            ("post", "/playlist/add_track", as_user, {"tracks_id": 3}),
            ("delete", "/playlist/delete_track", as_user, {"tracks_id": 3}),
            ("get", "/artist/Highest_profit", None, None),
            ("get", "/artist/Lowest_profit", None, None),
            ("get", "/artist/Average_profit", None, None),
            ("get", "/artist/Sum_profit", None, None),
            ("get", "/artist/Ordering", None, None),
            ("get", "/artist/filtering", None, None),
            ("get", "/artist/1/Albums", None, None),
            ("get", "/artist/1/Tracks", None, None),
            ("get", "/albums/1", None, None),
            ("patch", "/albums/update/1", as_admin, {"title": "Renamed"}),
            ("get", "/albums/1/tracks", None, None),
            ("get", "/privacy", None, None),
            ("get", "/openapi.json", None, None),
            ("get", "/", None, None),
            ("post", f"/user/{user.id}/deidentify", as_admin, None),
            ("delete", f"/user/delete/{user.id}", as_admin, None),
            ("post", "/user/logout", as_admin, None),
        ]
        assert login.status_code == 200

        for method, path, headers, body in requests:
            json_headers = dict(headers or {}, Accept="application/json")
            for accept in (headers, json_headers):
                response = getattr(client, method)(path, headers=accept, json=body)
                assert response.status_code < 500, path
                assert not BCRYPT_HASH.search(response.data), f"{method} {path}"
                assert b"password_hash" not in response.data, f"{method} {path}"


class TestHeaders:
    @pytest.mark.parametrize("path", ["/", "/tracks/", "/playlist/1", "/privacy", "/docs",
                                      "/no-such-page", "/openapi.json"])
    def test_every_response_carries_the_security_headers(self, client, user, path):
        response = client.get(path)

        policy = response.headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"] == "no-referrer"

    def test_pages_use_no_inline_script(self, client, user, catalog):
        add_to_playlist(user, 1)
        for path in ("/", f"/playlist/{user.id}", "/privacy", "/docs"):
            page = client.get(path).get_data(as_text=True)
            for script in re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.S):
                assert script.strip() == "", path
            assert "http://" not in page and "https://" not in page, path

    def test_the_docs_assets_are_served_locally(self, client):
        page = client.get("/docs").get_data(as_text=True)

        for asset in re.findall(r'(?:src|href)="([^"]+)"', page):
            assert client.get(asset).status_code == 200, asset

    def test_cors_is_closed_by_default(self, client):
        response = client.get("/tracks/", headers={"Origin": "https://evil.example"})

        assert "Access-Control-Allow-Origin" not in response.headers

    def test_cors_opens_to_configured_origins_only(self, make_app):
        app = make_app(CORS_ORIGINS=["https://app.example"])
        with app.app_context():
            client = app.test_client()
            allowed = client.get("/tracks/", headers={"Origin": "https://app.example"})
            other = client.get("/tracks/", headers={"Origin": "https://evil.example"})

        assert allowed.headers["Access-Control-Allow-Origin"] == "https://app.example"
        assert "Access-Control-Allow-Origin" not in other.headers

    def test_https_is_forced_when_configured(self, make_app):
        app = make_app(FORCE_HTTPS=True)
        with app.app_context():
            response = app.test_client().get("/tracks/")

        assert response.status_code == 302
        assert response.headers["Location"].startswith("https://")


class TestCaching:
    def test_tokens_and_personal_data_are_never_cached(self, client, user):
        login = client.post("/user/login", json={"email": user.email, "password": PASSWORD})
        export = client.get(f"/user/{user.id}/export", headers=bearer(user))
        profile = client.get(f"/user/{user.id}", headers=bearer(user))

        for response in (login, export, profile):
            assert response.headers["Cache-Control"] == "no-store"

    def test_public_catalog_pages_may_be_cached(self, client):
        assert "Cache-Control" not in client.get("/tracks/").headers


class TestOversizedInput:
    def test_a_body_over_the_limit_is_413(self, client):
        response = client.post("/user/login", data="{" + " " * 70_000 + "}",
                               content_type="application/json")

        assert response.status_code == 413
        assert response.json["error"]["status"] == 413

    def test_deeply_nested_json_is_refused_before_parsing(self, client):
        response = client.post("/user/login", data="[" * 5000 + "]" * 5000,
                               content_type="application/json")

        assert response.status_code == 400
        assert "nested" in response.json["error"]["message"]

    def test_brackets_inside_strings_do_not_count_as_nesting(self, client, user):
        response = client.post("/user/login", json={"email": user.email,
                                                    "password": "[[[[[[[[[[[[[[[[[[[["})

        assert response.status_code == 401


class TestLogs:
    def test_logs_hold_no_password_token_or_auth_body(self, client, user, caplog):
        caplog.set_level(logging.DEBUG)
        secret_password = "hunter2-but-longer"

        client.post("/user/create", json={"email": "log@example.com", "password": secret_password,
                                          "first_name": "Log", "accept_privacy_policy": True})
        token = client.post("/user/login", json={"email": "log@example.com",
                                                 "password": secret_password}).json["token"]
        client.post("/user/login", json={"email": user.email, "password": "a wrong guess"})
        client.patch(f"/user/update/{user.id}", headers=bearer(user),
                     json={"password": "new secret words", "current_password": PASSWORD})

        logged = caplog.text
        for secret in (secret_password, token, "a wrong guess", "new secret words", PASSWORD):
            assert secret not in logged
        assert "POST /user/login -> 200" in logged


class TestProductionSettings:
    GOOD = {"APP_ENV": "production", "SQLALCHEMY_DATABASE_URI": "postgresql://db/t3a3",
            "JWT_SECRET_KEY": "k" * 40, "DEBUG": False, "FORCE_HTTPS": True}

    def test_good_production_settings_start(self):
        app = create_app(dict(self.GOOD))

        assert app.config["APP_ENV"] == "production"

    @pytest.mark.parametrize("change, problem", [
        ({"SQLALCHEMY_DATABASE_URI": None}, "DB_URI"),
        ({"JWT_SECRET_KEY": None}, "at least 32"),
        ({"JWT_SECRET_KEY": "short"}, "at least 32"),
        ({"JWT_SECRET_KEY": "replace-with-at-least-32-random-characters"}, "placeholder"),
        ({"DEBUG": True}, "FLASK_DEBUG"),
        ({"SQLALCHEMY_DATABASE_URI": "sqlite:///prod.db"}, "SQLite"),
        ({"RATELIMIT_ENABLED": False}, "RATELIMIT_ENABLED"),
    ])
    def test_unsafe_production_settings_refuse_to_start(self, change, problem):
        with pytest.raises(config.ConfigError, match=problem):
            create_app({**self.GOOD, **change})

    def test_sqlite_in_production_when_explicitly_allowed(self, tmp_path):
        app = create_app({**self.GOOD, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/p.db",
                          "ALLOW_SQLITE_IN_PRODUCTION": True})

        assert app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite")

    def test_production_reads_db_uri_from_the_environment(self, monkeypatch):
        monkeypatch.setenv("APP_ENV", "production")
        monkeypatch.setenv("DB_URI", "postgres://user@db.internal/t3a3")
        monkeypatch.setenv("JWT_SECRET_KEY", "s" * 48)

        app = create_app()

        assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg2://user@db.internal/t3a3"

    @pytest.mark.parametrize("name, value, problem", [
        ("JWT_ACCESS_TOKEN_MINUTES", "0", "at least 1"),
        ("JWT_ACCESS_TOKEN_MINUTES", "-5", "at least 1"),
        ("JWT_ACCESS_TOKEN_MINUTES", "a day", "whole number"),
        ("BCRYPT_LOG_ROUNDS", "3", "4 to 31"),
        ("BCRYPT_LOG_ROUNDS", "32", "4 to 31"),
        ("MAX_BODY_BYTES", "0", "at least 1024"),
    ])
    def test_settings_out_of_range_refuse_to_start(self, monkeypatch, name, value, problem):
        # Zero minutes would mean tokens that never expire to flask-jwt-extended.
        monkeypatch.setenv(name, value)

        with pytest.raises(config.ConfigError, match=problem):
            config.load_settings()

    def test_development_never_uses_a_hard_coded_secret(self, tmp_path, monkeypatch):
        monkeypatch.delenv("JWT_SECRET_KEY", raising=False)
        first, second = {}, {}

        config.apply_development_defaults(first, str(tmp_path / "one"))
        config.apply_development_defaults(second, str(tmp_path / "two"))

        assert len(first["JWT_SECRET_KEY"]) >= 32
        assert first["JWT_SECRET_KEY"] != second["JWT_SECRET_KEY"]
