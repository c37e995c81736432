"""What the service does, apart from how requests reach it."""
