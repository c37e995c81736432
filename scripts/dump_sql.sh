#!/usr/bin/env bash
# Regenerate dump.sql: a PostgreSQL database at the latest migration with the
# Chinook demo catalog, users and playlists loaded, as plain SQL.
#
#   scripts/dump_sql.sh
#   POSTGRES_URL=postgresql://me@db.example:5432 scripts/dump_sql.sh
#
# POSTGRES_URL names a server (no database) where the user may create
# databases; the default is the local one the tests use. The database built
# here is a scratch one, dropped at the end whatever happens. Run it after
# every new migration, so that dump.sql stays at the latest schema.
set -euo pipefail
cd "$(dirname "$0")/.."

SERVER_URL="${POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432}"
SERVER_URL="${SERVER_URL%/}"
SCRATCH="t3a3_dump_$$"
FLASK="${FLASK:-.venv/bin/flask}"

clean_up() {
    rm -f dump.sql.partial
    dropdb --if-exists --force --maintenance-db="$SERVER_URL/postgres" "$SCRATCH"
}
trap clean_up EXIT

createdb --maintenance-db="$SERVER_URL/postgres" "$SCRATCH"

# Set here, so that a developer's .env (production, another database) has
# no say: the flask CLI never overrides a variable already set.
export APP_ENV=development DB_URI="$SERVER_URL/$SCRATCH"
"$FLASK" db create
"$FLASK" db load-chinook

# Written aside first: a failed dump leaves the committed dump.sql alone.
pg_dump --no-owner --no-privileges "$SERVER_URL/$SCRATCH" > dump.sql.partial
mv dump.sql.partial dump.sql
echo "dump.sql regenerated ($(wc -l < dump.sql) lines)."
