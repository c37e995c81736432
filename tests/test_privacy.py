"""The privacy policy, consent, the personal data download and de-identification."""
import json

import pytest

from main import db
from models import PlaylistEntry, User
from services.privacy import POLICY_VERSION
from tests.conftest import PASSWORD, add_to_playlist, bearer

PERSONAL_FIELDS = {"email", "first_name", "surname", "age", "postcode", "role",
                   "created_at", "privacy_policy_version", "privacy_accepted_at",
                   "deidentified_at"}


class TestPolicy:
    def test_the_policy_is_a_page(self, client):
        response = client.get("/privacy")

        assert response.mimetype == "text/html"
        page = response.get_data(as_text=True)
        for heading in ("What we collect", "Why", "Who sees it", "Your rights"):
            assert heading in page
        assert POLICY_VERSION in page

    def test_the_policy_is_json_when_asked(self, client):
        response = client.get("/privacy", headers={"Accept": "application/json"})

        assert response.json["version"] == POLICY_VERSION
        rights = next(s for s in response.json["sections"] if s["title"] == "Your rights")
        text = " ".join(rights["points"])
        for path in ("/user/<id>/export", "/user/update/<id>", "/user/delete/<id>"):
            assert path in text

    def test_sign_up_stores_the_accepted_version_and_time(self, client):
        response = client.post("/user/create", json={
            "email": "c@example.com", "password": "long enough", "first_name": "C",
            "accept_privacy_policy": True})

        assert response.json["privacy_policy_version"] == POLICY_VERSION
        assert response.json["privacy_accepted_at"]

    @pytest.mark.parametrize("consent", [False, None, 1, "true", ...])
    def test_sign_up_without_consent_is_refused(self, client, consent):
        body = {"email": "c@example.com", "password": "long enough", "first_name": "C",
                "accept_privacy_policy": consent}
        if consent is ...:
            del body["accept_privacy_policy"]

        response = client.post("/user/create", json=body)

        assert response.status_code == 400
        assert "accept_privacy_policy" in response.json["error"]["fields"]
        assert db.session.query(User).count() == 0


class TestExport:
    def test_the_owner_downloads_everything_held_about_them(self, client, user, other_user,
                                                            catalog):
        add_to_playlist(user, 1, 5)
        add_to_playlist(other_user, 2)
        client.post("/user/logout", headers=bearer(user))

        response = client.get(f"/user/{user.id}/export", headers=bearer(user))

        assert response.status_code == 200
        assert response.headers["Content-Disposition"].startswith("attachment;")
        body = json.loads(response.data)
        assert body["format"] == "t3a3-personal-data"
        [row] = body["records"]["user"]
        assert PERSONAL_FIELDS <= set(row)
        assert row["email"] == user.email and row["surname"] == "Lovelace"
        assert body["records"]["alias"][0]["name"] == "countess"
        assert [e["track_id"] for e in body["records"]["playlist"]] == [1, 5]
        assert len(body["records"]["revoked_token"]) == 1
        assert [t["name"] for t in body["playlist"]] == ["First", "Beta Song"]
        assert body["playlist"][1]["artist"] == "Beta"

    def test_the_export_holds_nothing_of_anyone_else(self, client, user, other_user, catalog):
        add_to_playlist(other_user, 2, 3)

        raw = client.get(f"/user/{user.id}/export", headers=bearer(user)).get_data(as_text=True)

        assert other_user.email not in raw
        assert "Hopper" not in raw and "Grace" not in raw
        body = json.loads(raw)
        for rows in body["records"].values():
            for row in rows:
                assert row.get("user_id", user.id) == user.id
        assert body["playlist"] == []

    def test_the_export_withholds_the_password_hash(self, client, user):
        raw = client.get(f"/user/{user.id}/export", headers=bearer(user)).data

        assert b"password_hash" not in raw and b"$2b$" not in raw

    def test_an_admin_may_export_any_user(self, client, user, admin):
        response = client.get(f"/user/{user.id}/export", headers=bearer(admin))

        assert response.json["records"]["user"][0]["email"] == user.email

    def test_another_user_gets_403(self, client, user, other_user):
        response = client.get(f"/user/{user.id}/export", headers=bearer(other_user))

        assert response.status_code == 403
        assert user.email not in response.get_data(as_text=True)

    def test_anonymous_gets_401(self, client, user):
        assert client.get(f"/user/{user.id}/export").status_code == 401

    def test_an_admin_exporting_an_unknown_user_gets_404(self, client, admin):
        assert client.get("/user/999/export", headers=bearer(admin)).status_code == 404


class TestDeidentify:
    def test_an_admin_wipes_personal_details_and_keeps_the_playlist(self, client, user,
                                                                    admin, catalog):
        add_to_playlist(user, 1, 2)

        response = client.post(f"/user/{user.id}/deidentify", headers=bearer(admin))

        assert response.status_code == 200
        body = response.json
        assert body["email"] is None and body["surname"] is None
        assert body["age"] is None and body["postcode"] is None and body["alias"] is None
        assert body["deidentified_at"]
        assert db.session.query(PlaylistEntry).filter_by(user_id=user.id).count() == 2

    def test_a_deidentified_account_can_no_longer_log_in(self, client, user, admin):
        headers = bearer(user)
        client.post(f"/user/{user.id}/deidentify", headers=bearer(admin))

        login = client.post("/user/login", json={"email": "ada@example.com",
                                                 "password": PASSWORD})

        assert login.status_code == 401
        assert client.post("/user/logout", headers=headers).status_code == 401

    def test_its_playlist_page_is_anonymous(self, client, user, admin, catalog):
        add_to_playlist(user, 1)
        client.post(f"/user/{user.id}/deidentify", headers=bearer(admin))

        page = client.get(f"/playlist/{user.id}").get_data(as_text=True)

        assert "Anonymous listener" in page
        assert "countess" not in page and "Ada" not in page
        assert "First" in page

    def test_a_deidentified_account_cannot_be_changed_back(self, client, user, admin):
        client.post(f"/user/{user.id}/deidentify", headers=bearer(admin))

        response = client.patch(f"/user/update/{user.id}", headers=bearer(admin),
                                json={"email": "back@example.com"})

        assert response.status_code == 409

    def test_the_email_is_free_again_after_deidentification(self, client, user, admin):
        client.post(f"/user/{user.id}/deidentify", headers=bearer(admin))

        response = client.post("/user/create", json={
            "email": "ada@example.com", "password": "long enough", "first_name": "Ada",
            "accept_privacy_policy": True})

        assert response.status_code == 201

    def test_only_an_admin_may_deidentify(self, client, user):
        response = client.post(f"/user/{user.id}/deidentify", headers=bearer(user))

        assert response.status_code == 403
        db.session.refresh(user)
        assert user.email == "ada@example.com"
