import secrets
import unicodedata
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from main import db
from models.types import UTCDateTime, utcnow

ROLES = ("user", "admin")
MIN_AGE, MAX_AGE = 13, 120
ANONYMOUS_NAME = "Anonymous listener"


def new_token_key():
    return secrets.token_hex(16)


def alias_key(name):
    """What two aliases must not share: `Admin`, `ADMIN` and `ａｄｍｉｎ` are one."""
    # Shortcoming: look-alikes from other scripts (Cyrillic "а" for Latin
    # "a") still count as different; folding them needs Unicode's confusables
    # table, which the standard library does not have.
    return unicodedata.normalize("NFKC", name).casefold()


class User(db.Model):
    """A person with an account. Everything here but `id` is personal data."""

    __tablename__ = "user"
    __table_args__ = (
        CheckConstraint(f"role IN {ROLES}", name="role_known"),
        CheckConstraint(f"age IS NULL OR age BETWEEN {MIN_AGE} AND {MAX_AGE}",
                        name="age_in_range"),
        # SQLite would otherwise give a deleted account's id to the next one,
        # and its public playlist address with it.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored lower-cased, so the unique index ignores case. Empty once the
    # account is de-identified.
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    # Empty once de-identified: no password matches, so nobody can log in.
    password_hash: Mapped[str | None] = mapped_column(String(60))
    first_name: Mapped[str] = mapped_column(String(100))
    surname: Mapped[str | None] = mapped_column(String(100))
    age: Mapped[int | None] = mapped_column(Integer)
    postcode: Mapped[str | None] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(10), default="user")
    # Random, and carried in every token: a token counts only while its key
    # matches, so a new key ends every token issued before. An account
    # created later under a reused id has a key of its own.
    token_key: Mapped[str] = mapped_column(String(32), default=new_token_key)
    privacy_policy_version: Mapped[str] = mapped_column(String(20))
    privacy_accepted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deidentified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    alias: Mapped["Alias | None"] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    playlist_entries: Mapped[list["PlaylistEntry"]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def is_admin(self):
        return self.role == "admin"

    @property
    def display_name(self):
        """What the public sees: the pseudonym if there is one, else the first name."""
        if self.deidentified_at is not None:
            return ANONYMOUS_NAME
        if self.alias is not None:
            return self.alias.name
        return self.first_name


class Alias(db.Model):
    """The public pseudonym a user may go by instead of their name."""

    __tablename__ = "alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user.id", ondelete="CASCADE"), unique=True
    )
    name: Mapped[str] = mapped_column(String(50))
    # Unique, so that no one can pose as another by changing case or width.
    name_key: Mapped[str] = mapped_column(String(150), unique=True)

    user: Mapped[User] = relationship(back_populates="alias")

    @validates("name")
    def keep_key_in_step(self, attribute, name):
        self.name_key = alias_key(name)
        return name

