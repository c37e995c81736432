from datetime import datetime

from sqlalchemy import ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from main import db
from models.types import UTCDateTime, utcnow


class PlaylistEntry(db.Model):
    """One track in one user's playlist."""

    __tablename__ = "playlist"
    __table_args__ = (
        UniqueConstraint("user_id", "track_id", name="uq_playlist_user_id_track_id"),
        # A playlist is read in the order its tracks were added.
        Index("ix_playlist_user_id_added_at_id", "user_id", "added_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"))
    track_id: Mapped[int] = mapped_column(
        ForeignKey("track.id", ondelete="CASCADE"), index=True
    )
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped["User"] = relationship(back_populates="playlist_entries")
    track: Mapped["Track"] = relationship()
