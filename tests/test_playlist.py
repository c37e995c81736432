"""Playlists: anyone reads them; only their owner changes them."""
import pytest
from sqlalchemy import func, select

from main import db
from models import PlaylistEntry
from tests.conftest import add_to_playlist, bearer

JSON = {"Accept": "application/json"}


def entries(user):
    return db.session.scalars(
        select(PlaylistEntry.track_id).where(PlaylistEntry.user_id == user.id)
        .order_by(PlaylistEntry.id)
    ).all()


class TestPage:
    def test_the_page_shows_tracks_with_artist_names(self, client, user, catalog):
        add_to_playlist(user, 5, 1)

        response = client.get(f"/playlist/{user.id}")

        assert response.status_code == 200
        assert response.mimetype == "text/html"
        page = response.get_data(as_text=True)
        assert "countess's playlist" in page
        assert page.index("Beta Song") < page.index("First")
        assert "<td>Beta</td>" in page and "<td>Alpha</td>" in page

    def test_the_page_never_shows_the_owners_private_details(self, client, user, catalog):
        add_to_playlist(user, 1)

        page = client.get(f"/playlist/{user.id}").get_data(as_text=True)

        assert "Lovelace" not in page
        assert user.email not in page

    def test_an_empty_playlist_says_so(self, client, other_user):
        page = client.get(f"/playlist/{other_user.id}").get_data(as_text=True)

        assert "Grace's playlist" in page
        assert "No tracks yet." in page

    def test_json_when_asked(self, client, user, catalog):
        add_to_playlist(user, 3)

        response = client.get(f"/playlist/{user.id}", headers=JSON)

        assert response.mimetype == "application/json"
        body = response.json
        assert body["owner"] == {"id": user.id, "display_name": "countess"}
        assert body["total"] == 1
        assert body["items"][0]["track"]["name"] == "Third"
        assert body["items"][0]["track"]["artist"]["name"] == "Alpha"
        assert "added_at" in body["items"][0]

    def test_names_are_escaped_in_the_page(self, client, make_user, catalog):
        owner = make_user(first_name="<script>alert(1)</script>")

        page = client.get(f"/playlist/{owner.id}").get_data(as_text=True)

        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;" in page

    def test_the_page_is_paginated(self, client, user, catalog):
        add_to_playlist(user, 1, 2, 3, 4, 5, 6)

        first = client.get(f"/playlist/{user.id}?limit=4", headers=JSON).json
        page = client.get(f"/playlist/{user.id}?limit=4").get_data(as_text=True)

        assert [e["track"]["id"] for e in first["items"]] == [1, 2, 3, 4]
        assert first["next"] == f"/playlist/{user.id}?limit=4&offset=4"
        assert 'rel="next"' in page

    def test_a_page_past_the_end_says_so(self, client, user, catalog):
        add_to_playlist(user, 1, 2)

        page = client.get(f"/playlist/{user.id}?offset=50").get_data(as_text=True)

        assert "2 tracks, none this far in." in page
        assert "showing" not in page

    def test_the_answer_varies_with_accept(self, client, user):
        assert "Accept" in client.get(f"/playlist/{user.id}").headers["Vary"]

    def test_unknown_user_is_404(self, client):
        response = client.get("/playlist/4242")

        assert response.status_code == 404
        assert response.json["error"]["status"] == 404


class TestAdd:
    def test_a_user_adds_a_track_to_their_own_playlist(self, client, user, catalog):
        response = client.post("/playlist/add_track", headers=bearer(user),
                               json={"tracks_id": 2})

        assert response.status_code == 201
        assert response.json["track"]["id"] == 2
        assert entries(user) == [2]

    def test_track_id_is_accepted_as_a_spelling_too(self, client, user, catalog):
        response = client.post("/playlist/add_track", headers=bearer(user),
                               json={"track_id": 4})

        assert response.status_code == 201
        assert entries(user) == [4]

    def test_adding_goes_to_the_callers_playlist_only(self, client, user, other_user, catalog):
        client.post("/playlist/add_track", headers=bearer(other_user), json={"tracks_id": 1})

        assert entries(user) == []
        assert entries(other_user) == [1]

    def test_a_track_already_there_is_409(self, client, user, catalog):
        add_to_playlist(user, 1)

        response = client.post("/playlist/add_track", headers=bearer(user),
                               json={"tracks_id": 1})

        assert response.status_code == 409
        assert entries(user) == [1]

    def test_an_unknown_track_is_404(self, client, user, catalog):
        response = client.post("/playlist/add_track", headers=bearer(user),
                               json={"tracks_id": 999})

        assert response.status_code == 404
        assert entries(user) == []

    def test_anonymous_gets_401(self, client, catalog):
        response = client.post("/playlist/add_track", json={"tracks_id": 1})

        assert response.status_code == 401
        assert db.session.scalar(select(func.count()).select_from(PlaylistEntry)) == 0

    @pytest.mark.parametrize("body", [{}, {"tracks_id": "1"}, {"tracks_id": 0},
                                      {"tracks_id": 2**31}, {"tracks_id": None},
                                      {"tracks_id": 1, "user_id": 2}, [1]])
    def test_a_bad_body_is_400(self, client, user, catalog, body):
        response = client.post("/playlist/add_track", headers=bearer(user), json=body)

        assert response.status_code == 400
        assert entries(user) == []

    def test_a_missing_body_is_400(self, client, user, catalog):
        response = client.post("/playlist/add_track", headers=bearer(user))

        assert response.status_code == 400
        assert response.json["error"]["message"] == "This request needs a JSON body."


class TestDelete:
    def test_a_user_removes_a_track_from_their_playlist(self, client, user, catalog):
        add_to_playlist(user, 1, 2)

        response = client.delete("/playlist/delete_track", headers=bearer(user),
                                 json={"tracks_id": 1})

        assert response.status_code == 200
        assert entries(user) == [2]

    def test_removing_touches_only_the_callers_playlist(self, client, user, other_user, catalog):
        add_to_playlist(user, 1)

        response = client.delete("/playlist/delete_track", headers=bearer(other_user),
                                 json={"tracks_id": 1})

        assert response.status_code == 404
        assert entries(user) == [1]

    def test_a_track_not_in_the_playlist_is_404(self, client, user, catalog):
        response = client.delete("/playlist/delete_track", headers=bearer(user),
                                 json={"tracks_id": 3})

        assert response.status_code == 404

    def test_anonymous_gets_401(self, client, user, catalog):
        add_to_playlist(user, 1)

        assert client.delete("/playlist/delete_track", json={"tracks_id": 1}).status_code == 401
        assert entries(user) == [1]
