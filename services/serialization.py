"""Column values as JSON and back, shared by every export the service makes."""
import base64
import binascii
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import (
    BigInteger, Boolean, Date, DateTime, Float, Integer, LargeBinary, Numeric,
    SmallInteger, String,
)


def to_json_value(value):
    """A JSON-safe form of a column value that `from_json_value` reverses."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def from_json_value(column, value):
    """The Python value for `column` from what `to_json_value` wrote.

    Raises ValueError when `value` cannot be one of the column's values.
    The database is not left to judge: SQLite would keep text in an integer
    column, or 300 characters in a String(255), without a word.
    """
    if value is None:
        return None
    column_type = column.type
    python_type = getattr(column_type, "impl", column_type)
    if isinstance(python_type, DateTime):
        return parse_datetime(expect(value, str, "a date and time as text"),
                              needs_zone=python_type.timezone)
    if isinstance(python_type, Date):
        return date.fromisoformat(expect(value, str, "a date as text"))
    if isinstance(python_type, Boolean):
        return expect(value, bool, "true or false")
    if isinstance(python_type, Integer):
        return expect_integer(value, integer_bits(python_type))
    if isinstance(python_type, Float):
        return float(expect(value, (int, float), "a number"))
    if isinstance(python_type, Numeric):
        return parse_decimal(expect(value, str, "a decimal number as text"))
    if isinstance(python_type, LargeBinary):
        return parse_base64(expect(value, str, "base64 text"))
    if isinstance(python_type, String):
        return expect_text(value, python_type.length)
    return value


def expect(value, kind, description):
    # bool is a kind of int in Python; in a file it is never a number.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise ValueError(f"expected {description}, not {value!r}")
    return value


def integer_bits(python_type):
    # PostgreSQL's sizes; SQLite would take any 64-bit value in any of them.
    if isinstance(python_type, BigInteger):
        return 64
    if isinstance(python_type, SmallInteger):
        return 16
    return 32


def expect_integer(value, bits):
    expect(value, int, "a whole number")
    limit = 2 ** (bits - 1)
    if not -limit <= value < limit:
        raise ValueError(f"{value} does not fit in a {bits}-bit integer")
    return value


def expect_text(value, length):
    expect(value, str, "text")
    if length is not None and len(value) > length:
        raise ValueError(f"{len(value)} characters is more than the {length} allowed")
    # PostgreSQL refuses NUL and neither database can store a lone surrogate;
    # SQLite would keep the first, so both are refused here alike.
    if "\x00" in value:
        raise ValueError("text with a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError("text that is not valid Unicode (a lone surrogate)") from error
    return value


def parse_datetime(text, *, needs_zone):
    moment = datetime.fromisoformat(text)
    if needs_zone and moment.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset")
    return moment


def parse_decimal(text):
    try:
        return Decimal(text)
    except InvalidOperation as error:
        raise ValueError(f"{text!r} is not a decimal number") from error


def parse_base64(text):
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise ValueError(f"not base64: {error}") from error


def row_to_json(table, row, *, exclude=()):
    """A table row (a mapping of column name to value) as a JSON object."""
    return {
        column.name: to_json_value(row[column.name])
        for column in table.columns
        if column.name not in exclude
    }


def row_from_json(table, data):
    """The column values of `table` from a JSON object `row_to_json` wrote.

    Raises ValueError naming the column for an unknown column or a value
    the column cannot hold. Columns left out are left to their defaults.
    """
    values = {}
    for name, value in data.items():
        if name not in table.columns:
            raise ValueError(f"{table.name} has no column {name!r}")
        try:
            values[name] = from_json_value(table.columns[name], value)
        except ValueError as error:
            raise ValueError(f"{table.name}.{name}: {error}") from error
    return values
