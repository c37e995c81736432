"""Artists, and the profit figures the database computes."""
from urllib.parse import parse_qs, urlsplit

import pytest

from main import db
from models import Artist
from tests.conftest import count_statements


class TestFigures:
    def test_highest_profit_is_the_richest_artist_with_the_amount(self, client, catalog):
        response = client.get("/artist/Highest_profit")

        assert response.json == {"id": 1, "name": "Alpha", "gross_worth": "50.00"}

    def test_lowest_profit(self, client, catalog):
        assert client.get("/artist/Lowest_profit").json == {
            "id": 3, "name": "Gamma", "gross_worth": "0.00"}

    def test_ties_go_to_the_lower_id(self, client, catalog):
        db.session.add(Artist(name="Also Rich", gross_worth_cents=5000))
        db.session.commit()

        assert client.get("/artist/Highest_profit").json["id"] == 1

    def test_average_profit_is_exact_to_the_cent(self, client, catalog):
        response = client.get("/artist/Average_profit")

        # (50.00 + 12.50 + 0.00) / 3 = 20.8333...
        assert response.json == {"average_gross_worth": "20.83", "artist_count": 3}

    def test_average_rounds_half_a_cent_up(self, client):
        db.session.add_all([Artist(name="A", gross_worth_cents=1),
                            Artist(name="B", gross_worth_cents=2)])
        db.session.commit()

        assert client.get("/artist/Average_profit").json["average_gross_worth"] == "0.02"

    def test_sum_profit(self, client, catalog):
        assert client.get("/artist/Sum_profit").json == {
            "sum_gross_worth": "62.50", "artist_count": 3}

    def test_sums_beyond_float_precision_stay_exact(self, client):
        # 3 x 4e15 + 3 cents is past 2**53, where a float would drop the 3.
        db.session.add_all([Artist(name=str(n), gross_worth_cents=4_000_000_000_000_001)
                            for n in range(3)])
        db.session.commit()

        assert client.get("/artist/Sum_profit").json["sum_gross_worth"] == "120000000000000.03"

    def test_figures_with_no_artists(self, client):
        assert client.get("/artist/Highest_profit").status_code == 404
        assert client.get("/artist/Lowest_profit").status_code == 404
        assert client.get("/artist/Average_profit").json == {
            "average_gross_worth": None, "artist_count": 0}
        assert client.get("/artist/Sum_profit").json == {
            "sum_gross_worth": "0.00", "artist_count": 0}

    @pytest.mark.parametrize("path", ["/artist/Highest_profit", "/artist/Average_profit",
                                      "/artist/Sum_profit"])
    def test_each_figure_is_one_statement(self, client, catalog, path):
        with count_statements() as statements:
            client.get(path)

        assert len(statements) == 1
        assert any(word in statements[0].upper() for word in ("MAX", "AVG", "SUM", "ORDER BY"))


class TestOrdering:
    def test_artists_largest_gross_worth_first(self, client, catalog):
        body = client.get("/artist/Ordering").json

        assert [a["name"] for a in body["items"]] == ["Alpha", "Beta", "Gamma"]
        assert body["total"] == 3

    def test_ordering_is_paginated(self, client, catalog):
        body = client.get("/artist/Ordering?limit=1&offset=1").json

        assert [a["name"] for a in body["items"]] == ["Beta"]
        assert body["previous"] == "/artist/Ordering?limit=1&offset=0"


class TestFiltering:
    def test_default_threshold_is_forty_million(self, client, catalog):
        db.session.add(Artist(name="Star", gross_worth_cents=40_000_000_00))
        db.session.commit()

        body = client.get("/artist/filtering").json

        assert [a["name"] for a in body["items"]] == ["Alpha", "Beta", "Gamma"]

    def test_threshold_by_query_parameter(self, client, catalog):
        body = client.get("/artist/filtering?below=12.51").json

        assert [a["name"] for a in body["items"]] == ["Beta", "Gamma"]
        assert body["total"] == 2

    def test_the_threshold_is_strict(self, client, catalog):
        body = client.get("/artist/filtering?below=12.50").json

        assert [a["name"] for a in body["items"]] == ["Gamma"]

    def test_links_keep_the_threshold(self, client, catalog):
        body = client.get("/artist/filtering?below=100&limit=1").json

        link = urlsplit(body["next"])
        assert link.path == "/artist/filtering"
        assert parse_qs(link.query) == {"below": ["100.00"], "limit": ["1"], "offset": ["1"]}

    @pytest.mark.parametrize("below", ["-1", "abc", "NaN", "Infinity", "1e20"])
    def test_a_bad_threshold_is_400(self, client, catalog, below):
        response = client.get(f"/artist/filtering?below={below}")

        assert response.status_code == 400
        assert "below" in response.json["error"]["fields"]


class TestArtistLists:
    def test_an_artists_albums(self, client, catalog):
        body = client.get("/artist/1/Albums").json

        assert [a["title"] for a in body["items"]] == ["Alpha One", "Alpha Two"]
        assert body["items"][0]["release_year"] == 1999

    def test_an_artist_without_albums_has_an_empty_list(self, client, catalog):
        assert client.get("/artist/3/Albums").json["total"] == 0

    def test_an_artists_tracks(self, client, catalog):
        body = client.get("/artist/2/Tracks").json

        assert [t["name"] for t in body["items"]] == ["Beta Song", "Beta Tune"]
        assert body["items"][0]["album"]["title"] == "Beta Best"

    @pytest.mark.parametrize("path", ["/artist/9/Albums", "/artist/9/Tracks"])
    def test_an_unknown_artist_is_404(self, client, catalog, path):
        response = client.get(path)

        assert response.status_code == 404
        assert response.json["error"]["message"] == "Artist 9 not found."
