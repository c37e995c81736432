"""Export the whole database to one file, and import it back, anywhere.

The file is JSON Lines, UTF-8, optionally gzipped (docs/data-lifecycle.md
describes it field by field):

    {"format": "t3a3-export", "version": 1, "created_at": "...", "tables": [...]}
    {"table": "artist", "row": {"id": 1, "name": "AC/DC", ...}}
    ...
    {"end": true, "rows": {"artist": 275, ...}}

Tables come from the models' metadata in dependency order, so a table added
later is exported and imported without a change here. Both directions stream:
memory holds one batch of rows, whatever the size of the database.
"""
import gzip
import io
import json
import os
import tempfile
import zlib
from contextlib import contextmanager

from sqlalchemy import insert, inspect, literal, select
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session

from main import db
from models.types import utcnow
from services.database import advance_id_sequences
from services.serialization import row_from_json, row_to_json

FORMAT_NAME = "t3a3-export"
FORMAT_VERSION = 1
# Alembic's bookkeeping describes the schema, which the target builds itself.
SKIPPED_TABLES = {"alembic_version"}
BATCH_SIZE = 1_000
# A row of today's tables is under 1 KB; the limit only stops a file with no
# line breaks (an image, say) from being read into memory whole.
MAX_LINE_BYTES = 16 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"


class TransferError(Exception):
    """An export or import cannot go on; the message says why, on one line."""


class ExportFileError(TransferError):
    """The file being imported is wrong at a given line."""

    def __init__(self, line_number, problem):
        super().__init__(f"line {line_number}: {problem}")
        self.line_number = line_number
        self.problem = problem


def exported_tables():
    return [table for table in db.metadata.sorted_tables
            if table.name not in SKIPPED_TABLES]


def encode(record):
    return json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n"


# Export

def write_export(out, *, progress=None):
    """Write every table to `out`, a text stream; returns rows per table.

    `progress`, if given, is called with (table name, rows written) after
    each batch.
    """
    tables = exported_tables()
    counts = {}

    with snapshot() as connection:
        out.write(encode({
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "created_at": utcnow().isoformat(),
            "tables": [table.name for table in tables],
        }))
        for table in tables:
            counts[table.name] = write_table(connection, table, out, progress)
        out.write(encode({"end": True, "rows": counts}))

    return counts


@contextmanager
def snapshot():
    """A connection that sees every table as it was at one moment.

    Otherwise a row written during the export could be in one table and
    its parent missing from another, and the file would not import.
    """
    with db.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection.execution_options(isolation_level="REPEATABLE READ")
        begin_transaction(connection)
        yield connection


def begin_transaction(connection):
    # pysqlite sends BEGIN only before a write, so reads would each be their
    # own moment and a SAVEPOINT would start (and its RELEASE commit) the
    # whole transaction. An explicit BEGIN makes it one transaction.
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")


def write_table(connection, table, out, progress):
    # yield_per streams: a server-side cursor on PostgreSQL, and no more
    # than one batch of rows in memory on either database.
    statement = select(table).order_by(*table.primary_key.columns)
    result = connection.execute(statement.execution_options(yield_per=BATCH_SIZE))

    written = 0
    for rows in result.mappings().partitions():
        out.write("".join(
            encode({"table": table.name, "row": row_to_json(table, row)})
            for row in rows
        ))
        written += len(rows)
        if progress:
            progress(table.name, len(rows))
    return written


@contextmanager
def export_file(path):
    """A text stream onto `path`, gzipped if the name ends in .gz.

    The export is written beside `path` and renamed over it only once
    complete, so a failed export never replaces a good one. The file is
    readable by its owner only: it holds password hashes.
    """
    directory = os.path.dirname(os.path.abspath(path))
    try:
        descriptor, partial = tempfile.mkstemp(dir=directory, prefix=".export-")
    except OSError as error:
        raise TransferError(f"cannot write {path}: {error.strerror}") from error

    try:
        with os.fdopen(descriptor, "wb") as raw:
            binary = raw
            if path.endswith(".gz"):
                binary = gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6)
            with io.TextIOWrapper(binary, encoding="utf-8", newline="\n") as text:
                yield text
        os.replace(partial, path)
    except BaseException:
        os.unlink(partial)
        raise


@contextmanager
def text_onto(binary):
    """A UTF-8 text stream onto `binary` (standard output), left open after."""
    text = io.TextIOWrapper(binary, encoding="utf-8", newline="\n")
    try:
        yield text
    finally:
        text.flush()
        text.detach()


# Import

@contextmanager
def import_file(path):
    """The file at `path` as a binary stream, gunzipped if it is gzip."""
    try:
        raw = open(path, "rb")
    except OSError as error:
        raise TransferError(f"cannot read {path}: {error.strerror}") from error
    with raw:
        yield decompressed(raw)


def decompressed(raw):
    """`raw`, or its gunzipped content: gzip is known by its first bytes."""
    if not hasattr(raw, "peek"):
        raw = io.BufferedReader(raw)
    # peek may return a single byte from a pipe that has delivered only one,
    # and gzip would go unrecognised; gzip writers send their header whole.
    if raw.peek(len(GZIP_MAGIC)).startswith(GZIP_MAGIC):
        return gzip.GzipFile(fileobj=raw, mode="rb")
    return raw


def import_database(source, *, replace=False, progress=None):
    """Load an export from `source` (a binary stream); returns rows per table.

    One transaction: a file wrong anywhere, even in its last line, leaves
    the database as it was. Ids are kept, and PostgreSQL's id sequences are
    moved past them. The database must be empty unless `replace`, which
    deletes every row first, in the same transaction.
    """
    lines = numbered_records(source)
    tables = read_header(lines)  # before the database: is this an export at all?

    with Session(db.engine) as session:
        begin_transaction(session.connection())
        ensure_schema(session)
        make_room(session, replace)

        counts = insert_records(session, read_records(lines, tables), progress)

        advance_id_sequences(session, exported_tables())
        session.commit()
    return counts


def ensure_schema(session):
    present = set(inspect(session.connection()).get_table_names())
    missing = [table.name for table in exported_tables() if table.name not in present]
    if missing:
        raise TransferError(
            f"the database has no table {', '.join(missing)}: "
            "create the schema first with `flask db create`"
        )


def make_room(session, replace):
    tables = exported_tables()
    if replace:
        for table in reversed(tables):
            session.execute(table.delete())
        return

    filled = [table.name for table in tables
              if session.scalar(select(literal(1)).select_from(table).limit(1))]
    if filled:
        raise TransferError(
            f"the database is not empty ({', '.join(filled)} have rows): "
            "import into an empty one, or pass --replace to delete what is there"
        )


def insert_records(session, records, progress):
    """INSERT the records in batches of one table and one set of columns."""
    counts = dict.fromkeys((table.name for table in exported_tables()), 0)
    batch, line_numbers, shape = [], [], None

    for line_number, table, row in records:
        row_shape = (table, frozenset(row))
        if batch and (row_shape != shape or len(batch) == BATCH_SIZE):
            insert_batch(session, shape[0], batch, line_numbers, progress)
            batch, line_numbers = [], []
        shape = row_shape
        batch.append(row)
        line_numbers.append(line_number)
        counts[table.name] += 1

    if batch:
        insert_batch(session, shape[0], batch, line_numbers, progress)
    return counts


def insert_batch(session, table, rows, line_numbers, progress):
    try:
        with session.begin_nested():
            session.execute(insert(table), rows)
    except StatementError as error:
        raise refused_row(session, table, rows, line_numbers) from error
    if progress:
        progress(table.name, len(rows))


def refused_row(session, table, rows, line_numbers):
    """The error naming the line of the first row the database refuses.

    Only reached once a batch has failed, to say which of its rows did;
    the transaction is rolled back afterwards anyway.
    """
    for row, line_number in zip(rows, line_numbers):
        try:
            with session.begin_nested():
                session.execute(insert(table), row)
        except StatementError as error:
            return ExportFileError(
                line_number, f"the database refuses this {table.name} row: "
                f"{one_line(error.orig or error)}"
            )
    return ExportFileError(
        line_numbers[0], f"the database refuses the {table.name} rows on lines "
        f"{line_numbers[0]} to {line_numbers[-1]}"
    )


def one_line(error):
    # PostgreSQL puts the offending key on a DETAIL line: keep it.
    return " ".join(line.strip() for line in str(error).splitlines() if line.strip())


def read_records(lines, tables):
    """Yield (line number, table, column values) for each row after the header.

    Checks the file as it goes and raises ExportFileError at the first line
    that is wrong, or at the end if the end line is missing or its counts
    differ from the rows read.
    """
    counts = dict.fromkeys(tables, 0)
    order = list(tables)
    position, line_number = 0, 1

    for line_number, record in lines:
        if "end" in record:
            check_end(line_number, record, counts)
            ensure_nothing_after(lines)
            return
        table = row_table(line_number, record, tables)
        position = check_order(line_number, table.name, order, position)
        counts[table.name] += 1
        yield line_number, table, row_values(line_number, table, record["row"])

    raise ExportFileError(
        line_number, "the file ends before its end line: it is cut short"
    )


def numbered_records(source):
    """Yield (line number, JSON object) for each line of `source`."""
    line_number = 0
    while True:
        line_number += 1
        line = read_line(source, line_number)
        if not line:
            return
        yield line_number, parse_line(line, line_number)


def read_line(source, line_number):
    try:
        line = source.readline(MAX_LINE_BYTES + 1)
    except EOFError as error:
        raise ExportFileError(line_number, "the gzip data is cut short") from error
    except (gzip.BadGzipFile, zlib.error) as error:
        raise ExportFileError(line_number, f"corrupt gzip data: {error}") from error
    except OSError as error:
        raise ExportFileError(line_number, f"cannot read: {error}") from error
    if len(line) > MAX_LINE_BYTES:
        raise ExportFileError(line_number, f"longer than {MAX_LINE_BYTES:,} bytes")
    return line


def parse_line(line, line_number):
    try:
        record = json.loads(line.decode("utf-8"), parse_constant=refuse_constant)
    except UnicodeDecodeError as error:
        raise ExportFileError(line_number, "not UTF-8 text") from error
    except ValueError as error:
        reason = str(error)
        if isinstance(error, json.JSONDecodeError):
            reason = f"{error.msg} (column {error.colno})"
        raise ExportFileError(line_number, f"not valid JSON: {reason}") from error
    if not isinstance(record, dict):
        raise ExportFileError(line_number, "not a JSON object")
    return record


def refuse_constant(name):
    raise ValueError(f"{name} is not a JSON number")


def read_header(lines):
    """The tables the header lists, by name, in the file's order."""
    try:
        line_number, header = next(lines)
    except StopIteration:
        raise ExportFileError(1, "the file is empty: not a t3a3 export") from None
    except ExportFileError as error:
        raise ExportFileError(1, f"not a t3a3 export: {error.problem}") from error

    if header.get("format") != FORMAT_NAME:
        raise ExportFileError(1, f"not a t3a3 export (no {FORMAT_NAME!r} header)")
    if header.get("version") != FORMAT_VERSION:
        raise ExportFileError(
            1, f"export format version {header.get('version')!r} is not supported "
            f"(this t3a3 reads version {FORMAT_VERSION})"
        )
    return header_tables(header.get("tables"))


def header_tables(names):
    known = {table.name: table for table in exported_tables()}
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ExportFileError(1, "'tables' must be a list of table names")
    if len(set(names)) != len(names):
        raise ExportFileError(1, "'tables' names a table twice")
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ExportFileError(1, f"this database has no table {', '.join(unknown)}")
    return {name: known[name] for name in names}


def row_table(line_number, record, tables):
    if set(record) != {"table", "row"} or not isinstance(record["row"], dict):
        raise ExportFileError(
            line_number, 'neither a row ({"table": ..., "row": {...}}) nor the end line'
        )
    table = tables.get(record["table"])
    if table is None:
        raise ExportFileError(
            line_number, f"table {record['table']!r} is not in the header"
        )
    return table


def check_order(line_number, name, order, position):
    # Rows come grouped by table, in the header's order: parents first.
    index = order.index(name)
    if index < position:
        raise ExportFileError(
            line_number, f"{name} row after the rows of {order[position]}: "
            "rows must come table by table, in the header's order"
        )
    return index


def row_values(line_number, table, row):
    try:
        return row_from_json(table, row)
    except ValueError as error:
        raise ExportFileError(line_number, str(error)) from error


def check_end(line_number, record, counts):
    rows = record.get("rows")
    if record != {"end": True, "rows": rows} or not isinstance(rows, dict):
        raise ExportFileError(
            line_number, 'the end line must be {"end": true, "rows": {...}}'
        )
    if set(rows) != set(counts):
        raise ExportFileError(
            line_number, "the end line counts other tables than the header lists"
        )
    for name, read in counts.items():
        if rows[name] != read:
            raise ExportFileError(
                line_number, f"the end line counts {rows[name]!r} {name} rows, "
                f"but the file has {read}: rows are missing or added"
            )


def ensure_nothing_after(lines):
    extra = next(lines, None)
    if extra is not None:
        raise ExportFileError(extra[0], "more lines after the end line")
