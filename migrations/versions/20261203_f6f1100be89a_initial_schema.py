"""initial schema

Revision ID: f6f1100be89a
Revises:
Create Date: 2026-12-03 13:47:37.105485

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f6f1100be89a'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('artist',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('gross_worth_cents', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('gross_worth_cents >= 0', name=op.f('ck_artist_gross_worth_not_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_artist'))
    )
    with op.batch_alter_table('artist', schema=None) as batch_op:
        batch_op.create_index('ix_artist_gross_worth_cents_id', ['gross_worth_cents', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_artist_name'), ['name'], unique=False)

    op.create_table('user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('password_hash', sa.String(length=60), nullable=True),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('surname', sa.String(length=100), nullable=True),
    sa.Column('age', sa.Integer(), nullable=True),
    sa.Column('postcode', sa.String(length=16), nullable=True),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('token_version', sa.Integer(), nullable=False),
    sa.Column('privacy_policy_version', sa.String(length=20), nullable=False),
    sa.Column('privacy_accepted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deidentified_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("role IN ('user', 'admin')", name=op.f('ck_user_role_known')),
    sa.CheckConstraint('age IS NULL OR age BETWEEN 13 AND 120', name=op.f('ck_user_age_in_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user')),
    sa.UniqueConstraint('email', name=op.f('uq_user_email'))
    )
    op.create_table('album',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=255), nullable=False),
    sa.Column('release_year', sa.Integer(), nullable=True),
    sa.Column('artist_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('release_year IS NULL OR release_year BETWEEN 1860 AND 2100', name=op.f('ck_album_release_year_in_range')),
    sa.ForeignKeyConstraint(['artist_id'], ['artist.id'], name=op.f('fk_album_artist_id_artist')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_album'))
    )
    with op.batch_alter_table('album', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_album_artist_id'), ['artist_id'], unique=False)

    op.create_table('alias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_alias_user_id_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alias')),
    sa.UniqueConstraint('name', name=op.f('uq_alias_name')),
    sa.UniqueConstraint('user_id', name=op.f('uq_alias_user_id'))
    )
    op.create_table('revoked_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('jti', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_revoked_token_user_id_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revoked_token')),
    sa.UniqueConstraint('jti', name=op.f('uq_revoked_token_jti'))
    )
    with op.batch_alter_table('revoked_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revoked_token_expires_at'), ['expires_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_revoked_token_user_id'), ['user_id'], unique=False)

    op.create_table('track',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('composer', sa.String(length=255), nullable=True),
    sa.Column('genre', sa.String(length=120), nullable=True),
    sa.Column('duration_ms', sa.Integer(), nullable=True),
    sa.Column('album_id', sa.Integer(), nullable=False),
    sa.Column('artist_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('duration_ms IS NULL OR duration_ms >= 0', name=op.f('ck_track_duration_not_negative')),
    sa.ForeignKeyConstraint(['album_id'], ['album.id'], name=op.f('fk_track_album_id_album')),
    sa.ForeignKeyConstraint(['artist_id'], ['artist.id'], name=op.f('fk_track_artist_id_artist')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_track'))
    )
    with op.batch_alter_table('track', schema=None) as batch_op:
        batch_op.create_index('ix_track_album_id_id', ['album_id', 'id'], unique=False)
        batch_op.create_index('ix_track_artist_id_id', ['artist_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_track_genre'), ['genre'], unique=False)

    op.create_table('playlist',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('track_id', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['track_id'], ['track.id'], name=op.f('fk_playlist_track_id_track'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_playlist_user_id_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_playlist')),
    sa.UniqueConstraint('user_id', 'track_id', name='uq_playlist_user_id_track_id')
    )
    with op.batch_alter_table('playlist', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_playlist_track_id'), ['track_id'], unique=False)
        batch_op.create_index('ix_playlist_user_id_added_at_id', ['user_id', 'added_at', 'id'], unique=False)



def downgrade():
    with op.batch_alter_table('playlist', schema=None) as batch_op:
        batch_op.drop_index('ix_playlist_user_id_added_at_id')
        batch_op.drop_index(batch_op.f('ix_playlist_track_id'))

    op.drop_table('playlist')
    with op.batch_alter_table('track', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_track_genre'))
        batch_op.drop_index('ix_track_artist_id_id')
        batch_op.drop_index('ix_track_album_id_id')

    op.drop_table('track')
    with op.batch_alter_table('revoked_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revoked_token_user_id'))
        batch_op.drop_index(batch_op.f('ix_revoked_token_expires_at'))

    op.drop_table('revoked_token')
    op.drop_table('alias')
    with op.batch_alter_table('album', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_album_artist_id'))

    op.drop_table('album')
    op.drop_table('user')
    with op.batch_alter_table('artist', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_artist_name'))
        batch_op.drop_index('ix_artist_gross_worth_cents_id')

    op.drop_table('artist')
