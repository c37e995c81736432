"""Exit 0 if the PostgreSQL named by the first argument accepts a connection."""
import sys

import click
import psycopg2


def main(url):
    try:
        psycopg2.connect(url, connect_timeout=3).close()
    except psycopg2.OperationalError as error:
        click.echo(f"cannot connect: {str(error).strip()}", err=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
