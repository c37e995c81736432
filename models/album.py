from sqlalchemy import CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from main import db

MIN_RELEASE_YEAR, MAX_RELEASE_YEAR = 1860, 2100


class Album(db.Model):
    __tablename__ = "album"
    __table_args__ = (
        CheckConstraint(
            "release_year IS NULL OR release_year BETWEEN "
            f"{MIN_RELEASE_YEAR} AND {MAX_RELEASE_YEAR}",
            name="release_year_in_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(255))
    release_year: Mapped[int | None] = mapped_column(Integer)
    artist_id: Mapped[int] = mapped_column(ForeignKey("artist.id"), index=True)

    artist: Mapped["Artist"] = relationship(back_populates="albums")
    tracks: Mapped[list["Track"]] = relationship(back_populates="album")
