"""The Chinook catalog: what the loader makes of it, and that loading twice adds nothing."""
import pytest
from sqlalchemy import func, select

from main import db
from models import Album, Artist, PlaylistEntry, Track, User
from services import chinook
from tests.conftest import bearer


def counts():
    return {model.__name__: db.session.scalar(select(func.count()).select_from(model))
            for model in (Artist, Album, Track, User, PlaylistEntry)}


@pytest.fixture
def loaded(app):
    return chinook.load_chinook(password="demo password")


def test_every_artist_album_track_customer_and_playlist_row_is_loaded(loaded):
    assert counts() == {"Artist": 275, "Album": 347, "Track": 3503, "User": 59,
                        "PlaylistEntry": 8715}


def test_known_values(loaded):
    track = db.session.get(Track, 1)
    assert track.name == "For Those About To Rock (We Salute You)"
    assert track.genre == "Rock"
    assert track.composer == "Angus Young, Malcolm Young, Brian Johnson"
    assert track.duration_ms == 343719
    assert track.album.title == "For Those About To Rock We Salute You"
    assert track.artist.name == "AC/DC"
    luis = db.session.scalar(select(User).where(User.email == "luisg@embraer.com.br"))
    assert (luis.first_name, luis.surname, luis.postcode) == ("Luís", "Gonçalves", "12227-000")


def test_gross_worth_is_each_artists_total_sales(loaded):
    iron_maiden = db.session.scalar(select(Artist).where(Artist.name == "Iron Maiden"))

    assert str(iron_maiden.gross_worth) == "138.60"
    total = db.session.scalar(select(func.sum(Artist.gross_worth_cents)))
    assert total == 232860  # Chinook's invoices add up to $2,328.60


def test_loading_twice_duplicates_nothing(loaded):
    before = counts()

    chinook.load_chinook(password="demo password")

    assert counts() == before


def test_the_api_serves_the_catalog(client, loaded):
    assert client.get("/tracks/").json["total"] == 3503
    best = client.get("/artist/Ordering?limit=1").json["items"][0]
    assert best == {"id": 90, "name": "Iron Maiden", "gross_worth": "138.60"}


def test_the_demo_user_logs_in_and_has_a_playlist_with_artist_names(client, loaded):
    login = client.post("/user/login", json={"email": loaded.demo_email,
                                             "password": "demo password"})
    page = client.get(f"/playlist/{loaded.demo_user_id}").get_data(as_text=True)

    assert login.status_code == 200
    assert "26 tracks" in page
    assert "<td>AC/DC</td>" in page and "<td>Accept</td>" in page


def test_new_rows_after_loading_get_fresh_ids(client, loaded, make_user):
    admin = make_user(role="admin")
    response = client.post("/user/create", json={
        "email": "after@example.com", "password": "long enough", "first_name": "After",
        "accept_privacy_policy": True})
    db.session.add(Artist(name="Newcomer"))
    db.session.commit()

    assert response.status_code == 201
    assert db.session.scalar(select(Artist.id).where(Artist.name == "Newcomer")) == 276
    assert client.get("/user/", headers=bearer(admin)).json["total"] == 61


def test_loading_over_another_catalog_is_refused(app, catalog):
    with pytest.raises(chinook.ChinookConflict, match="artist 1"):
        chinook.load_chinook()

    assert counts()["Artist"] == 3
