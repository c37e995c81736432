"""Pages for people with a browser: the front page and the API docs.

Swagger UI is served from the swagger-ui-bundle package, so the docs work
with no internet access and under a CSP that forbids inline script.
"""
from flask import Blueprint, abort, render_template, send_from_directory
from swagger_ui_bundle import swagger_ui_path

blp = Blueprint("pages", __name__)

SWAGGER_UI_FILES = {"swagger-ui.css", "swagger-ui-bundle.js",
                    "swagger-ui-standalone-preset.js", "favicon-32x32.png"}


@blp.route("/")
def index():
    return render_template("index.html")


@blp.route("/docs")
def docs():
    return render_template("docs.html")


@blp.route("/docs/assets/<name>")
def docs_asset(name):
    if name not in SWAGGER_UI_FILES:
        abort(404)
    return send_from_directory(swagger_ui_path, name, max_age=86400)
