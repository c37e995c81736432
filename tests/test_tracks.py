"""The track list and its pagination rules (shared by every list)."""
import pytest

from tests.conftest import count_statements


def test_tracks_come_with_artist_album_and_genre(client, catalog):
    response = client.get("/tracks/")

    assert response.status_code == 200
    first = response.json["items"][0]
    assert first == {
        "id": 1, "name": "First", "composer": None, "genre": "Rock",
        "duration_ms": 180_000, "duration": "3:00",
        "album": {"id": 1, "title": "Alpha One"},
        "artist": {"id": 1, "name": "Alpha"},
    }


def test_the_envelope_counts_everything_and_links_the_pages(client, catalog):
    first = client.get("/tracks/?limit=4").json
    second = client.get(first["next"]).json

    assert first["total"] == 6
    assert [t["id"] for t in first["items"]] == [1, 2, 3, 4]
    assert first["previous"] is None
    assert [t["id"] for t in second["items"]] == [5, 6]
    assert second["next"] is None
    assert second["previous"] == "/tracks/?limit=4&offset=0"


def test_an_offset_past_the_end_gives_an_empty_page(client, catalog):
    body = client.get("/tracks/?offset=100").json

    assert body["items"] == []
    assert body["total"] == 6
    assert body["next"] is None


def test_the_default_page_holds_twenty(client, catalog):
    assert client.get("/tracks/").json["limit"] == 20


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "limit=-5", "limit=abc",
                                   "offset=-1", "offset=1.5", "limit=1e3",
                                   "offset=99999999999999999999"])
def test_page_arguments_out_of_bounds_are_400(client, catalog, query):
    response = client.get(f"/tracks/?{query}")

    assert response.status_code == 400
    assert set(response.json["error"]["fields"]) <= {"limit", "offset"}


@pytest.mark.parametrize("query", ["limt=5", "_external=1", "_scheme=javascript"])
def test_unknown_query_parameters_are_refused(client, catalog, query):
    response = client.get(f"/tracks/?{query}")

    assert response.status_code == 400
    assert response.json["error"]["fields"][query.split("=")[0]] == ["Unknown field."]


def test_one_track_by_id(client, catalog):
    response = client.get("/tracks/5")

    assert response.json["artist"]["name"] == "Beta"


def test_unknown_track_is_404(client, catalog):
    response = client.get("/tracks/77")

    assert response.status_code == 404
    assert response.json["error"]["message"] == "Track 77 not found."


def test_a_page_is_two_statements(client, catalog):
    with count_statements() as statements:
        client.get("/tracks/")

    assert len(statements) == 2
