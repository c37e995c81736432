"""The one way to fetch a row by id, or answer 404."""
from flask_smorest import abort

from main import db


def get_or_404(model, ident, *, options=()):
    row = db.session.get(model, ident, options=options)
    if row is None:
        abort(404, message=f"{model.__name__} {ident} not found.")
    return row
