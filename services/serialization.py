"""Column values as JSON and back, shared by every export the service makes."""
import base64
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, LargeBinary, Numeric


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
    """The Python value for `column` from what `to_json_value` wrote."""
    if value is None:
        return None
    column_type = column.type
    python_type = getattr(column_type, "impl", column_type)
    if isinstance(python_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(python_type, Date):
        return date.fromisoformat(value)
    if isinstance(python_type, Numeric):
        return Decimal(value)
    if isinstance(python_type, LargeBinary):
        return base64.b64decode(value)
    return value


def row_to_json(table, row, *, exclude=()):
    """A table row (a mapping of column name to value) as a JSON object."""
    return {
        column.name: to_json_value(row[column.name])
        for column in table.columns
        if column.name not in exclude
    }
