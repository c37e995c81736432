from flask import make_response, render_template

from controllers.api import Blueprint, wants_json
from services.privacy import POLICY, PolicySchema

blp = Blueprint("privacy", __name__, url_prefix="/privacy",
                description="The privacy policy every user accepts at sign-up.")


@blp.route("", methods=["GET"])
@blp.response(200, PolicySchema)
@blp.alt_response(200, schema={"type": "string"}, content_type="text/html",
                  success=True, description="The policy as a web page.")
def privacy_policy():
    """What is collected, why, who sees it, and how to get, correct or delete it."""
    if wants_json():
        return POLICY
    return make_response(render_template("privacy.html", policy=POLICY))
