"""The tables. Importing this package registers every model with SQLAlchemy."""
from models.album import Album
from models.artist import Artist
from models.playlist import PlaylistEntry
from models.revoked_token import RevokedToken
from models.track import Track
from models.user import Alias, User

__all__ = ["Album", "Alias", "Artist", "PlaylistEntry", "RevokedToken", "Track", "User"]
