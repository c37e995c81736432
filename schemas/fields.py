"""Field types that make every string input safe to store and show."""
import re
import unicodedata

from marshmallow import ValidationError, fields, validate

# Control characters break pages and logs, and PostgreSQL refuses NUL. The
# invisible ones (zero-width spaces, direction overrides) let a name pose
# as another; zero-width joiners stay, as scripts and emoji need them.
CONTROL_CHARACTERS = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e"
    r"\u2060-\u2064\u2066-\u2069\ufeff]"
)
MAX_PASSWORD_BYTES = 72  # bcrypt ignores whatever comes after
MIN_PASSWORD_CHARACTERS = 8


def encodable(text):
    """False for lone surrogates, which JSON allows and UTF-8 cannot hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class Text(fields.String):
    """Printable text: trimmed, one line, and within its column's width.

    Stored in Unicode's composed form (NFC), so that "é" typed either way is
    the same name.
    """

    NORMAL_FORM = "NFC"

    def __init__(self, *, max_length, min_length=1, **kwargs):
        extra = kwargs.pop("validate", None) or []
        if callable(extra):
            extra = [extra]
        length = validate.Length(min=min_length, max=max_length)
        super().__init__(validate=[length, *extra], **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        if not encodable(text):
            raise ValidationError("Must be valid Unicode text.")
        if CONTROL_CHARACTERS.search(text):
            raise ValidationError("Must not contain control or invisible characters.")
        return unicodedata.normalize(self.NORMAL_FORM, text)


class Pseudonym(Text):
    """An alias, in compatibility form (NFKC), so that ｆｕｌｌｗｉｄｔｈ is full width."""

    NORMAL_FORM = "NFKC"


class EmailAddress(Text):
    """An email address, lower-cased so that uniqueness ignores case."""

    def __init__(self, **kwargs):
        metadata = {"format": "email", **kwargs.pop("metadata", {})}
        super().__init__(max_length=254, validate=validate.Email(), metadata=metadata,
                         **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        return super()._deserialize(value, attr, data, **kwargs).lower()


class Password(fields.String):
    """A new password: long enough to resist guessing, short enough for bcrypt.

    bcrypt reads only the first 72 bytes; a longer password is refused here
    rather than silently cut, so that what the user typed is what counts.
    """

    def __init__(self, **kwargs):
        metadata = {
            "minLength": MIN_PASSWORD_CHARACTERS,
            "maxLength": MAX_PASSWORD_BYTES,
            "description": f"At least {MIN_PASSWORD_CHARACTERS} characters, not all "
                           f"spaces, and at most {MAX_PASSWORD_BYTES} bytes in UTF-8.",
            **kwargs.pop("metadata", {}),
        }
        super().__init__(metadata=metadata, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        password = super()._deserialize(value, attr, data, **kwargs)
        if not encodable(password) or "\x00" in password:
            raise ValidationError("Must be valid text without NUL characters.")
        if len(password) < MIN_PASSWORD_CHARACTERS:
            raise ValidationError(
                f"Must be at least {MIN_PASSWORD_CHARACTERS} characters long."
            )
        if not password.strip():
            raise ValidationError("Must not be only spaces.")
        size = len(password.encode("utf-8"))
        if size > MAX_PASSWORD_BYTES:
            raise ValidationError(
                f"Must be at most {MAX_PASSWORD_BYTES} bytes in UTF-8 "
                f"(bcrypt's limit); this one is {size} bytes."
            )
        return password


class StrictBoolean(fields.Boolean):
    """Only JSON true or false: not "yes", not 1."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class Money(fields.Decimal):
    """An amount of dollars as an exact decimal string, such as "138.60".

    Strings, not JSON numbers, because most clients read JSON numbers as
    floats and money must stay exact. Input is plain notation only: no
    exponents, no sign, at most two decimal places.
    """

    PATTERN = r"^\d+(\.\d{1,2})?$"

    def __init__(self, **kwargs):
        metadata = {"pattern": self.PATTERN, "example": "138.60",
                    **kwargs.pop("metadata", {})}
        super().__init__(places=2, as_string=True, metadata=metadata, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str) or not re.fullmatch(self.PATTERN, value):
            raise ValidationError(
                "Must be an amount of dollars, such as 40000000 or 12.50."
            )
        return super()._deserialize(value, attr, data, **kwargs)
