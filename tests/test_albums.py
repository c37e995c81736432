"""Albums: anyone reads them; administrators edit them."""
import pytest

from main import db
from models import Album, Track
from tests.conftest import bearer, count_statements


def test_an_album_with_its_artist_and_track_count(client, catalog):
    response = client.get("/albums/1")

    assert response.json == {
        "id": 1, "title": "Alpha One", "release_year": 1999,
        "artist": {"id": 1, "name": "Alpha"}, "track_count": 3,
    }


def test_an_album_is_one_statement(client, catalog):
    with count_statements() as statements:
        client.get("/albums/1")

    assert len(statements) == 1


def test_an_unknown_album_is_404(client, catalog):
    assert client.get("/albums/50").status_code == 404
    assert client.get("/albums/50/tracks").status_code == 404


def test_an_albums_tracks_in_order(client, catalog):
    body = client.get("/albums/1/tracks").json

    assert [t["name"] for t in body["items"]] == ["First", "Second", "Third"]
    assert body["total"] == 3


class TestUpdate:
    def test_an_admin_updates_an_album(self, client, admin, catalog):
        response = client.patch("/albums/update/2", headers=bearer(admin),
                                json={"Title": "Alpha Two (Remastered)", "release_year": 2001})

        assert response.status_code == 200
        assert response.json["title"] == "Alpha Two (Remastered)"
        assert response.json["release_year"] == 2001
        assert response.json["track_count"] == 1

    def test_an_admin_moves_an_album_to_another_artist(self, client, admin, catalog):
        response = client.put("/albums/update/2", headers=bearer(admin), json={"artist_id": 2})

        assert response.json["artist"] == {"id": 2, "name": "Beta"}

    def test_the_albums_tracks_follow_it_to_the_new_artist(self, client, admin, catalog):
        client.patch("/albums/update/3", headers=bearer(admin), json={"artist_id": 3})

        tracks = client.get("/albums/3/tracks").json["items"]
        assert {t["artist"]["name"] for t in tracks} == {"Gamma"}
        assert [t["name"] for t in client.get("/artist/3/Tracks").json["items"]] == [
            "Beta Song", "Beta Tune"]
        assert client.get("/artist/2/Tracks").json["total"] == 0

    def test_guest_tracks_keep_their_own_artist(self, client, admin, catalog):
        db.session.get(Track, 6).artist_id = 1  # a guest appearance on Beta Best
        db.session.commit()

        client.patch("/albums/update/3", headers=bearer(admin), json={"artist_id": 3})

        assert db.session.get(Track, 6).artist_id == 1
        assert db.session.get(Track, 5).artist_id == 3

    def test_a_user_who_is_not_admin_gets_403_and_nothing_changes(self, client, user, catalog):
        response = client.patch("/albums/update/1", headers=bearer(user), json={"title": "Mine"})

        assert response.status_code == 403
        assert db.session.get(Album, 1).title == "Alpha One"

    def test_anonymous_gets_401(self, client, catalog):
        assert client.patch("/albums/update/1", json={"title": "Mine"}).status_code == 401

    def test_an_unknown_album_is_404(self, client, admin, catalog):
        response = client.patch("/albums/update/50", headers=bearer(admin), json={"title": "X"})

        assert response.status_code == 404

    @pytest.mark.parametrize("body, field", [
        ({"artist_id": 99}, "artist_id"),
        ({"release_year": 1500}, "release_year"),
        ({"release_year": "1999"}, "release_year"),
        ({"title": ""}, "title"),
        ({"title": "x" * 256}, "title"),
        ({"id": 7}, "id"),
    ])
    def test_invalid_changes_are_400_and_change_nothing(self, client, admin, catalog,
                                                        body, field):
        response = client.patch("/albums/update/1", headers=bearer(admin), json=body)

        assert response.status_code == 400
        assert field in response.json["error"]["fields"]
        album = db.session.get(Album, 1)
        assert (album.title, album.release_year, album.artist_id) == ("Alpha One", 1999, 1)

    def test_an_empty_update_is_400(self, client, admin, catalog):
        assert client.patch("/albums/update/1", headers=bearer(admin), json={}).status_code == 400
