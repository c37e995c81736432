"""Pages of any list: written once, with a hard maximum and a total."""
from flask import request, url_for
from sqlalchemy import func

from main import db


def paginate(statement, query_args, *, load_options=()):
    """One page of `statement`, in the envelope every list answers with.

    `query_args` are the request's parsed query arguments: `limit`, `offset`
    and any filter, which the next and previous addresses carry along.

    Two statements whatever the table size: a COUNT and the page itself.
    `statement` must carry a total order (ending in a unique column) so that
    pages neither repeat nor skip rows; `load_options` (eager loads) are
    applied to the page query only.
    """
    limit, offset = query_args["limit"], query_args["offset"]

    # Shortcoming: the exact COUNT reads every matching row, the one cost
    # here that grows with the table (about 50-90 ms for a million tracks on
    # PostgreSQL; docs/performance.md). Clients of the original expect it.
    count = statement.order_by(None).with_only_columns(
        func.count(), maintain_column_froms=True
    )
    total = db.session.scalar(count)
    items = db.session.scalars(
        statement.options(*load_options).limit(limit).offset(offset)
    ).all()

    return {
        "items": items,
        "total": total,
        "limit": limit,
        "offset": offset,
        "next": page_url(query_args, offset + limit) if offset + limit < total else None,
        "previous": page_url(query_args, max(offset - limit, 0)) if offset > 0 else None,
    }


def page_url(query_args, offset):
    """This request's address at another offset.

    Built from the parsed arguments, never the raw query string, so that a
    stray parameter cannot reach `url_for`.
    """
    arguments = {**query_args, "offset": offset, **(request.view_args or {})}
    return url_for(request.endpoint, **arguments)
