"""Accounts: sign-up, login, profiles, updates and deletion, with who may do what."""
import pytest
from sqlalchemy import func, select

from main import db
from models import Alias, PlaylistEntry, User
from tests.conftest import PASSWORD, add_to_playlist, bearer

SIGN_UP = {
    "email": "New.Person@Example.com",
    "password": "a good long password",
    "first_name": "New",
    "surname": "Person",
    "age": 30,
    "postcode": "SW1V 3EN",
    "alias": "newbie",
    "accept_privacy_policy": True,
}


def user_count():
    return db.session.scalar(select(func.count()).select_from(User))


def sign_up(client, **changes):
    body = {**SIGN_UP, **changes}
    return client.post("/user/create", json={k: v for k, v in body.items() if v is not ...})


class TestCreate:
    def test_sign_up_answers_201_with_the_new_user(self, client):
        response = sign_up(client)

        assert response.status_code == 201
        body = response.json
        assert body["email"] == "new.person@example.com"
        assert body["alias"] == "newbie"
        assert body["role"] == "user"
        assert "password" not in body and "password_hash" not in body

    def test_sign_up_records_consent_and_hashes_the_password(self, client):
        sign_up(client)

        user = db.session.scalar(select(User))
        assert user.privacy_policy_version
        assert user.privacy_accepted_at is not None
        assert user.password_hash.startswith("$2b$")
        assert SIGN_UP["password"] not in user.password_hash

    def test_original_capitalised_spellings_are_accepted(self, client):
        response = client.post("/user/create", json={
            "Email": "caps@example.com", "Password": "password1234",
            "First_name": "Cap", "Surname": "Italised", "Age": 40,
            "Postcode": "2000", "Accept_privacy_policy": True,
        })

        assert response.status_code == 201
        assert response.json["surname"] == "Italised"
        assert response.json["age"] == 40

    def test_the_same_field_under_two_spellings_is_refused(self, client):
        response = sign_up(client, Surname="Other")

        assert response.status_code == 400
        assert "Surname" in response.json["error"]["fields"]

    def test_email_already_registered_in_another_case_is_409(self, client, user):
        response = sign_up(client, email="ADA@example.COM")

        assert response.status_code == 409
        assert user_count() == 1

    def test_alias_already_taken_is_409(self, client, user):
        response = sign_up(client, alias="countess")

        assert response.status_code == 409
        assert user_count() == 1

    @pytest.mark.parametrize("field, value", [
        ("email", "not-an-email"),
        ("email", ""),
        ("age", 5),
        ("age", 121),
        ("age", "thirty"),
        ("age", True),
        ("age", 30.5),
        ("surname", "x" * 101),
        ("first_name", ""),
        ("first_name", "   "),
        ("first_name", "Bad\x00Name"),
        ("first_name", "Line\nBreak"),
        ("first_name", 42),
        ("postcode", "12345678901234567"),
        ("postcode", "<script>"),
        ("alias", "x"),
        ("alias", "<b>bold</b>"),
        ("password", "short"),
        ("accept_privacy_policy", "yes"),
    ])
    def test_invalid_field_is_400_naming_it_and_creates_nothing(self, client, field, value):
        response = sign_up(client, **{field: value})

        assert response.status_code == 400
        assert field in response.json["error"]["fields"]
        assert user_count() == 0

    @pytest.mark.parametrize("field", ["email", "password", "first_name",
                                       "accept_privacy_policy"])
    def test_missing_required_field_is_400(self, client, field):
        response = sign_up(client, **{field: ...})

        assert response.status_code == 400
        assert response.json["error"]["fields"][field] == ["Missing data for required field."]

    @pytest.mark.parametrize("field, value", [("role", "admin"), ("id", 1),
                                              ("password_hash", "$2b$x"), ("token_key", "x" * 32)])
    def test_fields_a_client_may_not_set_are_refused(self, client, field, value):
        response = sign_up(client, **{field: value})

        assert response.status_code == 400
        assert response.json["error"]["fields"][field] == ["Unknown field."]
        assert user_count() == 0

    @pytest.mark.parametrize("name", ["a\u202eb", "zero\u200bwidth", "c1\x85control",
                                      "line\u2028separator", "\ufeffbom"])
    def test_invisible_and_direction_characters_are_refused(self, client, name):
        response = sign_up(client, first_name=name)

        assert response.status_code == 400
        assert "invisible" in response.json["error"]["fields"]["first_name"][0]

    def test_names_are_stored_composed(self, client):
        response = sign_up(client, first_name="Rene\u0301e")

        assert response.json["first_name"] == "Ren\u00e9e"

    @pytest.mark.parametrize("alias", ["Countess", "COUNTESS", "\uff43ountess"])
    def test_an_alias_differing_only_in_case_or_width_is_taken(self, client, user, alias):
        response = sign_up(client, alias=alias)

        assert response.status_code == 409
        assert user_count() == 1

    @pytest.mark.parametrize("alias", ["Anonymous listener", "ADMIN", "t3a3"])
    def test_reserved_aliases_are_refused(self, client, alias):
        response = sign_up(client, alias=alias)

        assert response.status_code == 400
        assert response.json["error"]["fields"]["alias"] == ["This alias is reserved."]

    def test_a_password_of_only_spaces_is_refused(self, client):
        response = sign_up(client, password=" " * 12)

        assert response.status_code == 400
        assert "password" in response.json["error"]["fields"]

    def test_optional_fields_may_be_left_out(self, client):
        response = sign_up(client, surname=..., age=..., postcode=..., alias=...)

        assert response.status_code == 201
        assert response.json["surname"] is None
        assert response.json["alias"] is None


class TestLogin:
    def test_login_gives_a_token_valid_for_a_day(self, client, user):
        response = client.post("/user/login", json={"email": user.email, "password": PASSWORD})

        assert response.status_code == 200
        assert response.json["token_type"] == "Bearer"
        assert response.json["expires_in"] == 86400
        me = client.get(f"/user/{user.id}",
                        headers={"Authorization": f"Bearer {response.json['token']}"})
        assert me.json["email"] == user.email

    def test_login_email_ignores_case(self, client, user):
        response = client.post("/user/login", json={"email": "ADA@EXAMPLE.COM",
                                                    "password": PASSWORD})

        assert response.status_code == 200

    def test_unknown_email_and_wrong_password_get_the_same_401(self, client, user):
        wrong_password = client.post("/user/login",
                                     json={"email": user.email, "password": "wrong password"})
        unknown_email = client.post("/user/login",
                                    json={"email": "nobody@example.com", "password": PASSWORD})

        assert wrong_password.status_code == unknown_email.status_code == 401
        assert wrong_password.json == unknown_email.json

    def test_login_without_password_is_400(self, client, user):
        response = client.post("/user/login", json={"email": user.email})

        assert response.status_code == 400
        assert "password" in response.json["error"]["fields"]


class TestGet:
    def test_anyone_sees_only_the_public_profile(self, client, user):
        response = client.get(f"/user/{user.id}")

        assert response.status_code == 200
        assert response.json == {"id": user.id, "display_name": "countess"}

    def test_public_profile_without_alias_shows_the_first_name_only(self, client, other_user):
        response = client.get(f"/user/{other_user.id}")

        assert response.json == {"id": other_user.id, "display_name": "Grace"}

    def test_another_user_sees_only_the_public_profile(self, client, user, other_user):
        response = client.get(f"/user/{user.id}", headers=bearer(other_user))

        assert set(response.json) == {"id", "display_name"}

    def test_owner_sees_full_details(self, client, user):
        response = client.get(f"/user/{user.id}", headers=bearer(user))

        assert response.json["email"] == user.email
        assert response.json["surname"] == "Lovelace"
        assert response.json["age"] == 36

    def test_admin_sees_full_details(self, client, user, admin):
        response = client.get(f"/user/{user.id}", headers=bearer(admin))

        assert response.json["email"] == user.email

    def test_unknown_user_is_404(self, client):
        response = client.get("/user/12345")

        assert response.status_code == 404
        assert response.json["error"]["message"] == "User 12345 not found."

    @pytest.mark.parametrize("path", ["/user/0", "/user/-1", "/user/abc",
                                      "/user/99999999999999999999"])
    def test_ids_that_cannot_exist_are_404(self, client, path):
        assert client.get(path).status_code == 404


def test_ids_are_ascii_digits_only(client, make_user):
    user = make_user()
    arabic_indic = "".join(chr(0x0660 + int(digit)) for digit in str(user.id))

    assert client.get(f"/user/{user.id}").status_code == 200
    assert client.get(f"/user/{arabic_indic}").status_code == 404


class TestList:
    def test_admin_lists_all_users_paginated(self, client, admin, make_user):
        for _ in range(3):
            make_user()

        response = client.get("/user/?limit=2", headers=bearer(admin))

        assert response.status_code == 200
        assert response.json["total"] == 4
        assert len(response.json["items"]) == 2
        assert response.json["next"] == "/user/?limit=2&offset=2"

    def test_a_user_who_is_not_admin_gets_403(self, client, user):
        response = client.get("/user/", headers=bearer(user))

        assert response.status_code == 403

    def test_anonymous_gets_401(self, client, user):
        response = client.get("/user/")

        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


class TestUpdate:
    def test_owner_changes_their_details(self, client, user):
        response = client.patch(f"/user/update/{user.id}", headers=bearer(user),
                                json={"Surname": "Byron", "age": 37, "postcode": None})

        assert response.status_code == 200
        assert response.json["surname"] == "Byron"
        assert response.json["age"] == 37
        assert response.json["postcode"] is None
        assert response.json["first_name"] == "Ada"

    def test_put_is_a_partial_update_too(self, client, user):
        response = client.put(f"/user/update/{user.id}", headers=bearer(user),
                              json={"first_name": "Augusta"})

        assert response.status_code == 200
        assert response.json["surname"] == "Lovelace"

    def test_another_user_gets_403_and_nothing_changes(self, client, user, other_user):
        response = client.patch(f"/user/update/{user.id}", headers=bearer(other_user),
                                json={"first_name": "Hacked"})

        assert response.status_code == 403
        db.session.refresh(user)
        assert user.first_name == "Ada"

    def test_admin_changes_any_user(self, client, user, admin):
        response = client.patch(f"/user/update/{user.id}", headers=bearer(admin),
                                json={"first_name": "Changed"})

        assert response.status_code == 200
        assert response.json["first_name"] == "Changed"

    def test_admin_updating_an_unknown_user_gets_404(self, client, admin):
        response = client.patch("/user/update/999", headers=bearer(admin),
                                json={"first_name": "X"})

        assert response.status_code == 404

    def test_anonymous_gets_401(self, client, user):
        response = client.patch(f"/user/update/{user.id}", json={"first_name": "X"})

        assert response.status_code == 401

    @pytest.mark.parametrize("field, value", [("role", "admin"), ("id", 99),
                                              ("token_key", "x" * 32), ("deidentified_at", None)])
    def test_no_one_can_set_protected_fields(self, client, user, admin, field, value):
        for actor in (user, admin):
            response = client.patch(f"/user/update/{user.id}", headers=bearer(actor),
                                    json={field: value})
            assert response.status_code == 400
        db.session.refresh(user)
        assert user.role == "user"

    def test_empty_update_is_400(self, client, user):
        response = client.patch(f"/user/update/{user.id}", headers=bearer(user), json={})

        assert response.status_code == 400

    def test_invalid_value_is_400_and_changes_nothing(self, client, user):
        response = client.patch(f"/user/update/{user.id}", headers=bearer(user),
                                json={"first_name": "Fine", "age": 500})

        assert response.status_code == 400
        db.session.refresh(user)
        assert user.first_name == "Ada"

    def test_first_name_cannot_be_cleared(self, client, user):
        response = client.patch(f"/user/update/{user.id}", headers=bearer(user),
                                json={"first_name": None})

        assert response.status_code == 400

    def test_changing_own_password_needs_the_current_one(self, client, user):
        response = client.patch(f"/user/update/{user.id}", headers=bearer(user),
                                json={"password": "a brand new password"})

        assert response.status_code == 400
        assert "current_password" in response.json["error"]["fields"]

    def test_wrong_current_password_is_403(self, client, user):
        response = client.patch(f"/user/update/{user.id}", headers=bearer(user),
                                json={"email": "new@example.com",
                                      "current_password": "not it at all"})

        assert response.status_code == 403
        db.session.refresh(user)
        assert user.email == "ada@example.com"

    def test_password_change_works_and_ends_older_tokens(self, client, user):
        old_headers = bearer(user)
        response = client.patch(f"/user/update/{user.id}", headers=old_headers,
                                json={"password": "a brand new password",
                                      "current_password": PASSWORD})

        assert response.status_code == 200
        assert client.get("/user/logout", headers=old_headers).status_code == 405
        assert client.post("/user/logout", headers=old_headers).status_code == 401
        login = client.post("/user/login", json={"email": user.email,
                                                 "password": "a brand new password"})
        assert login.status_code == 200

    def test_admin_resets_a_password_without_the_current_one(self, client, user, admin):
        response = client.patch(f"/user/update/{user.id}", headers=bearer(admin),
                                json={"password": "reset by the admin"})

        assert response.status_code == 200

    def test_email_taken_by_another_user_is_409(self, client, user, other_user):
        response = client.patch(f"/user/update/{user.id}", headers=bearer(user),
                                json={"email": "GRACE@example.com",
                                      "current_password": PASSWORD})

        assert response.status_code == 409

    def test_alias_can_be_changed_and_cleared(self, client, user):
        changed = client.patch(f"/user/update/{user.id}", headers=bearer(user),
                               json={"alias": "enchantress"})
        cleared = client.patch(f"/user/update/{user.id}", headers=bearer(user),
                               json={"alias": None})

        assert changed.json["alias"] == "enchantress"
        assert cleared.json["alias"] is None
        assert cleared.json["display_name"] == "Ada"
        assert db.session.scalar(select(func.count()).select_from(Alias)) == 0

    def test_alias_taken_by_another_user_is_409(self, client, user, make_user):
        someone = make_user(alias="taken")

        response = client.patch(f"/user/update/{user.id}", headers=bearer(user),
                                json={"alias": "taken"})

        assert response.status_code == 409
        assert someone.alias.name == "taken"

    def test_the_owner_may_change_the_case_of_their_own_alias(self, client, user):
        response = client.patch(f"/user/update/{user.id}", headers=bearer(user),
                                json={"alias": "Countess"})

        assert response.json["alias"] == "Countess"

    def test_a_user_without_alias_can_take_one(self, client, other_user):
        response = client.patch(f"/user/update/{other_user.id}", headers=bearer(other_user),
                                json={"alias": "amazing grace"})

        assert response.json["display_name"] == "amazing grace"


class TestDelete:
    def test_owner_deletes_their_account_with_alias_and_playlist(self, client, user, catalog):
        add_to_playlist(user, 1, 2)

        response = client.delete(f"/user/delete/{user.id}", headers=bearer(user))

        assert response.status_code == 200
        assert db.session.get(User, user.id) is None
        assert db.session.scalar(select(func.count()).select_from(Alias)) == 0
        assert db.session.scalar(select(func.count()).select_from(PlaylistEntry)) == 0

    def test_the_deleted_users_token_stops_working(self, client, user):
        headers = bearer(user)
        client.delete(f"/user/delete/{user.id}", headers=headers)

        response = client.get(f"/user/{user.id}", headers=headers)

        assert response.status_code == 401

    def test_another_user_gets_403_and_the_account_stays(self, client, user, other_user):
        response = client.delete(f"/user/delete/{user.id}", headers=bearer(other_user))

        assert response.status_code == 403
        assert db.session.get(User, user.id) is not None

    def test_admin_deletes_any_user(self, client, user, admin):
        response = client.delete(f"/user/delete/{user.id}", headers=bearer(admin))

        assert response.status_code == 200
        assert db.session.get(User, user.id) is None

    def test_deleting_twice_finds_nothing_the_second_time(self, client, user, admin):
        first = client.delete(f"/user/delete/{user.id}", headers=bearer(admin))
        second = client.delete(f"/user/delete/{user.id}", headers=bearer(admin))

        assert (first.status_code, second.status_code) == (200, 404)

    def test_admin_deleting_an_unknown_user_gets_404(self, client, admin):
        assert client.delete("/user/delete/999", headers=bearer(admin)).status_code == 404

    def test_anonymous_gets_401(self, client, user):
        assert client.delete(f"/user/delete/{user.id}").status_code == 401
        assert db.session.get(User, user.id) is not None

    def test_other_users_playlists_are_untouched(self, client, user, other_user, catalog):
        add_to_playlist(other_user, 1)

        client.delete(f"/user/delete/{user.id}", headers=bearer(user))

        assert db.session.scalar(select(func.count()).select_from(PlaylistEntry)) == 1


class TestLogout:
    def test_logout_ends_the_token(self, client, user):
        headers = bearer(user)

        response = client.post("/user/logout", headers=headers)

        assert response.status_code == 200
        again = client.get(f"/user/{user.id}", headers=headers)
        assert again.status_code == 401
        assert "logging out" in again.json["error"]["message"]

    def test_logout_leaves_other_tokens_working(self, client, user):
        first, second = bearer(user), bearer(user)

        client.post("/user/logout", headers=first)

        assert client.get(f"/user/{user.id}", headers=second).json["email"] == user.email

    def test_logout_without_a_token_is_401(self, client):
        assert client.post("/user/logout").status_code == 401
