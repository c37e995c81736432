"""One blueprint per resource; `register_blueprints` mounts them all."""


def register_blueprints(app, api):
    # Imported here, not at the top: the controllers need the extensions in
    # `main`, which imports this package while it is still being defined.
    from controllers import (
        albums_controller,
        artist_controller,
        pages_controller,
        playlist_controller,
        privacy_controller,
        tracks_controller,
        user_controller,
    )

    for controller in (user_controller, tracks_controller, playlist_controller,
                       artist_controller, albums_controller, privacy_controller):
        api.register_blueprint(controller.blp)
    app.register_blueprint(pages_controller.blp)
