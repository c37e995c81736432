from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from main import db


class Track(db.Model):
    __tablename__ = "track"
    __table_args__ = (
        CheckConstraint("duration_ms IS NULL OR duration_ms >= 0",
                        name="duration_not_negative"),
        # An album's or an artist's tracks are listed in id order.
        Index("ix_track_album_id_id", "album_id", "id"),
        Index("ix_track_artist_id_id", "artist_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    composer: Mapped[str | None] = mapped_column(String(255))
    genre: Mapped[str | None] = mapped_column(String(120), index=True)
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    album_id: Mapped[int] = mapped_column(ForeignKey("album.id"))
    # Kept beside the album's artist because a compilation's tracks have
    # artists of their own.
    artist_id: Mapped[int] = mapped_column(ForeignKey("artist.id"))

    album: Mapped["Album"] = relationship(back_populates="tracks")
    artist: Mapped["Artist"] = relationship()

    @property
    def duration(self):
        """The length as m:ss, as a listener reads it."""
        if self.duration_ms is None:
            return None
        minutes, seconds = divmod(round(self.duration_ms / 1000), 60)
        return f"{minutes}:{seconds:02d}"
