from decimal import Decimal

from sqlalchemy import BigInteger, CheckConstraint, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from main import db

CENTS = Decimal("0.01")


class Artist(db.Model):
    __tablename__ = "artist"
    __table_args__ = (
        CheckConstraint("gross_worth_cents >= 0", name="gross_worth_not_negative"),
        # Serves the profit ordering, its filter, and MAX/MIN without a scan.
        Index("ix_artist_gross_worth_cents_id", "gross_worth_cents", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), index=True)
    # Money is kept as whole cents: SQLite has no exact decimal type, and
    # integer sums are exact on every database.
    gross_worth_cents: Mapped[int] = mapped_column(BigInteger, default=0)

    albums: Mapped[list["Album"]] = relationship(back_populates="artist")

    @property
    def gross_worth(self):
        return cents_to_dollars(self.gross_worth_cents)


def cents_to_dollars(cents):
    if cents is None:
        return None
    return (Decimal(cents) / 100).quantize(CENTS)


def dollars_to_cents(amount):
    return int((Decimal(amount) * 100).to_integral_value())
