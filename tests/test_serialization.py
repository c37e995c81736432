"""Column values to JSON and back, for every column type the exports handle."""
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import (
    BigInteger, Boolean, Column, Date, DateTime, Float, Integer, LargeBinary, MetaData,
    Numeric, SmallInteger, String, Table, Text,
)

from models.types import UTCDateTime
from services.serialization import (
    from_json_value, row_from_json, row_to_json, to_json_value,
)

SAMPLES = Table(
    "samples", MetaData(),
    Column("id", Integer, primary_key=True),
    Column("big", BigInteger), Column("small", SmallInteger),
    Column("flag", Boolean), Column("ratio", Float), Column("price", Numeric(10, 2)),
    Column("day", Date), Column("moment", UTCDateTime), Column("local", DateTime),
    Column("blob", LargeBinary), Column("name", String(5)), Column("notes", Text),
)
ROW = {
    "id": 1, "big": -(2**63), "small": 2**15 - 1, "flag": False, "ratio": 0.5,
    "price": Decimal("12.50"), "day": date(2026, 1, 2),
    "moment": datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc),
    "local": datetime(2026, 1, 2, 3, 4), "blob": b"\x00\x01\xff",
    "name": "héllo", "notes": "x" * 10_000,
}


def test_every_type_comes_back_as_it_went():
    written = row_to_json(SAMPLES, ROW)

    assert row_from_json(SAMPLES, written) == ROW
    assert written["price"] == "12.50"
    assert written["moment"] == "2026-01-02T03:04:05.000006+00:00"
    assert written["blob"] == "AAH/"


def test_nulls_stay_null():
    assert from_json_value(SAMPLES.c.moment, None) is None
    assert to_json_value(None) is None


@pytest.mark.parametrize("column, value, problem", [
    ("id", "1", "expected a whole number, not '1'"),
    ("id", True, "expected a whole number, not True"),
    ("id", 1.5, "expected a whole number"),
    ("id", 2**31, "does not fit in a 32-bit integer"),
    ("small", 2**15, "does not fit in a 16-bit integer"),
    ("big", 2**63, "does not fit in a 64-bit integer"),
    ("flag", 0, "expected true or false, not 0"),
    ("ratio", "0.5", "expected a number"),
    ("price", 12.5, "expected a decimal number as text"),
    ("price", "twelve", "'twelve' is not a decimal number"),
    ("notes", "nul\x00inside", "a NUL character"),
    ("notes", "lone \ud800 surrogate", "lone surrogate"),
    ("day", "2026-13-01", "month must be in 1..12"),
    ("moment", "2026-01-02T03:04:05", "has no UTC offset"),
    ("moment", 1767322800, "expected a date and time as text"),
    ("blob", "not base64!", "not base64"),
    ("name", "sixsix", "6 characters is more than the 5 allowed"),
    ("notes", ["a list"], "expected text"),
])
def test_a_value_the_column_cannot_hold_is_refused(column, value, problem):
    with pytest.raises(ValueError, match=problem):
        row_from_json(SAMPLES, {column: value})


def test_the_refusal_names_the_column():
    with pytest.raises(ValueError, match=r"^samples\.flag: expected true or false"):
        row_from_json(SAMPLES, {"flag": "yes"})


def test_an_unknown_column_is_refused():
    with pytest.raises(ValueError, match="samples has no column 'colour'"):
        row_from_json(SAMPLES, {"colour": "red"})


def test_a_naive_moment_stays_naive_in_a_column_without_zone():
    assert from_json_value(SAMPLES.c.local, "2026-01-02T03:04:00") == \
        datetime(2026, 1, 2, 3, 4)
