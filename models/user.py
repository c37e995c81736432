from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from main import db
from models.types import UTCDateTime, utcnow

ROLES = ("user", "admin")
MIN_AGE, MAX_AGE = 13, 120


class User(db.Model):
    """A person with an account. Everything here but `id` is personal data."""

    __tablename__ = "user"
    __table_args__ = (
        CheckConstraint(f"role IN {ROLES}", name="role_known"),
        CheckConstraint(f"age IS NULL OR age BETWEEN {MIN_AGE} AND {MAX_AGE}",
                        name="age_in_range"),
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
    # Carried in every token; raising it ends every token issued before.
    token_version: Mapped[int] = mapped_column(Integer, default=0)
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
            return "Anonymous listener"
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
    name: Mapped[str] = mapped_column(String(50), unique=True)

    user: Mapped[User] = relationship(back_populates="alias")

