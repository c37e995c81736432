"""Schemas every resource shares: errors, messages, pages and their arguments."""
from marshmallow import Schema, ValidationError, fields, pre_load, validate

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_OFFSET = 2**31 - 1
MAX_ID = 2**31 - 1  # PostgreSQL's INTEGER; larger ids cannot exist


class RequestSchema(Schema):
    """Base for request bodies: refuses unknown fields, forgives spelling.

    Requests written for the original service spell fields `Surname` or
    `Postcode`; field names are therefore matched without regard to case or
    underscores. Unknown fields are refused, so a request cannot slip in
    fields it may not set (`role`, `id`).
    """

    ALIASES = {}

    @pre_load
    def accept_other_spellings(self, data, **kwargs):
        if not isinstance(data, dict):
            return data  # marshmallow reports the wrong type itself

        known = {
            squash(field.data_key or name): field.data_key or name
            for name, field in self.load_fields.items()
        }
        known.update({squash(alias): name for alias, name in self.ALIASES.items()})

        result = {}
        for key, value in data.items():
            name = known.get(squash(key), key)
            if name in result:
                raise ValidationError(
                    {key: [f"Duplicates {name!r}, given under another spelling."]}
                )
            result[name] = value
        return result


def squash(name):
    return name.replace("_", "").lower()


class ErrorDetailSchema(Schema):
    status = fields.Integer(required=True, metadata={"example": 404})
    message = fields.String(required=True,
                            metadata={"example": "Track 99 not found."})
    field_reasons = fields.Dict(
        data_key="fields",
        keys=fields.String(),
        metadata={"description": "Reasons per invalid field."},
    )


class ErrorSchema(Schema):
    error = fields.Nested(ErrorDetailSchema, required=True)


class MessageSchema(Schema):
    message = fields.String(required=True)


class PageArgsSchema(Schema):
    limit = fields.Integer(
        load_default=DEFAULT_PAGE_SIZE,
        validate=validate.Range(1, MAX_PAGE_SIZE),
        metadata={"description": f"Items per page, at most {MAX_PAGE_SIZE}."},
    )
    offset = fields.Integer(
        load_default=0,
        validate=validate.Range(0, MAX_OFFSET),
        metadata={"description": "How many items to skip."},
    )


class PageSchema(Schema):
    total = fields.Integer(required=True)
    limit = fields.Integer(required=True)
    offset = fields.Integer(required=True)
    next = fields.String(required=True, allow_none=True,
                         metadata={"description": "Address of the next page."})
    previous = fields.String(required=True, allow_none=True,
                             metadata={"description": "Address of the previous page."})


def page_of(item_schema, name):
    """An envelope schema class for a page of `item_schema` items."""
    return type(name, (PageSchema,), {
        "items": fields.List(fields.Nested(item_schema), required=True),
    })
