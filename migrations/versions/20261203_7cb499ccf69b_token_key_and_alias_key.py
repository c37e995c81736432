"""Per-account token key, and aliases unique without regard to case

A token used to carry a version number that every account started at 0, so
on SQLite, which reuses the id of a deleted row, a deleted account's token
would pass for the next account given that id. Each account now has a
random key that its tokens carry instead.

On SQLite the user table also becomes AUTOINCREMENT, so that a deleted
account's id (and its public playlist address) is never handed out again.

Aliases were unique only as typed; `name_key` (NFKC, case-folded) is now the
unique one, so `Admin` and `ADMIN` cannot both exist.

Revision ID: 7cb499ccf69b
Revises: f6f1100be89a
Create Date: 2026-12-03 14:49:07.904948
"""
import secrets
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "7cb499ccf69b"
down_revision = "f6f1100be89a"
branch_labels = None
depends_on = None

user = sa.table("user", sa.column("id", sa.Integer), sa.column("token_key", sa.String))
alias = sa.table("alias", sa.column("id", sa.Integer), sa.column("name", sa.String),
                 sa.column("name_key", sa.String))


def upgrade():
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("token_key", sa.String(length=32), nullable=True))
    with op.batch_alter_table("alias", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_key", sa.String(length=150), nullable=True))

    fill_token_keys()
    fill_alias_keys()

    # SQLite rebuilds the table for this batch; the rebuilt one is AUTOINCREMENT.
    with op.batch_alter_table("user", schema=None,
                              table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.alter_column("token_key", existing_type=sa.String(length=32),
                              nullable=False)
        batch_op.drop_column("token_version")
    with op.batch_alter_table("alias", schema=None) as batch_op:
        batch_op.alter_column("name_key", existing_type=sa.String(length=150),
                              nullable=False)
        batch_op.drop_constraint("uq_alias_name", type_="unique")
        batch_op.create_unique_constraint("uq_alias_name_key", ["name_key"])


def fill_token_keys():
    # A new key for every account also ends every token issued before.
    connection = op.get_bind()
    ids = connection.execute(sa.select(user.c.id)).scalars().all()
    if ids:
        connection.execute(
            user.update().where(user.c.id == sa.bindparam("user_id"))
            .values(token_key=sa.bindparam("key")),
            [{"user_id": user_id, "key": secrets.token_hex(16)} for user_id in ids],
        )


def fill_alias_keys():
    # Aliases that now collide keep their name; all but the first get a key
    # made unique by their id, so the upgrade never fails on old data.
    connection = op.get_bind()
    seen, rows = set(), []
    for alias_id, name in connection.execute(sa.select(alias.c.id, alias.c.name)
                                             .order_by(alias.c.id)):
        key = unicodedata.normalize("NFKC", name).casefold()
        if key in seen:
            key = f"{key}#{alias_id}"
        seen.add(key)
        rows.append({"alias_id": alias_id, "key": key})
    if rows:
        connection.execute(
            alias.update().where(alias.c.id == sa.bindparam("alias_id"))
            .values(name_key=sa.bindparam("key")),
            rows,
        )


def downgrade():
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("token_version", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.drop_column("token_key")
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.alter_column("token_version", existing_type=sa.Integer(),
                              server_default=None)

    with op.batch_alter_table("alias", schema=None) as batch_op:
        batch_op.drop_constraint("uq_alias_name_key", type_="unique")
        batch_op.create_unique_constraint("uq_alias_name", ["name"])
        batch_op.drop_column("name_key")
