from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from main import db
from models.types import UTCDateTime, utcnow


class RevokedToken(db.Model):
    """A token ended by logout before it expired.

    Kept in the database rather than in memory so that every server process
    refuses it. Rows past `expires_at` prove nothing and may be purged.
    """

    __tablename__ = "revoked_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    jti: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user.id", ondelete="CASCADE"), index=True
    )
    revoked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
