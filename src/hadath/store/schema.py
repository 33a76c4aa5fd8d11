"""The store's tables, created and upgraded by numbered migrations (table ``schema_migrations``).

A migration is never edited once released: a change to the schema is a new, higher number.
"""

from __future__ import annotations

from typing import Any

from hadath.errors import StoreError

_MENTION_COLUMNS = """
    mention_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, cameo VARCHAR, root VARCHAR,
    plover_type VARCHAR, plover_mode VARCHAR, quad_class TINYINT, goldstein FLOAT,
    source_text VARCHAR, source_code VARCHAR, source_start INTEGER, source_end INTEGER,
    target_text VARCHAR, target_code VARCHAR, target_start INTEGER, target_end INTEGER,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    date DATE, date_text VARCHAR, date_precision VARCHAR,
    place_text VARCHAR, place_name VARCHAR, place_country VARCHAR,
    place_lat DOUBLE, place_lon DOUBLE, status VARCHAR,
    reported_by_text VARCHAR, reported_by_code VARCHAR,
    sentence INTEGER, sentence_text VARCHAR, confidence FLOAT,
    outlet VARCHAR, published DATE, url VARCHAR, month VARCHAR,
    search_text VARCHAR, event_id VARCHAR
"""

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (
        1,
        "documents, mentions, events, links, duplicates, problems, MinHash bands",
        (
            """CREATE TABLE documents (
                doc_id VARCHAR PRIMARY KEY, title VARCHAR, text VARCHAR, published DATE,
                outlet VARCHAR, url VARCHAR, lang VARCHAR, origin VARCHAR, n_events INTEGER,
                month VARCHAR, status VARCHAR NOT NULL, text_hash VARCHAR,
                ingested_at TIMESTAMP DEFAULT current_timestamp)""",
            "CREATE INDEX documents_hash ON documents (text_hash)",
            f"CREATE TABLE mentions ({_MENTION_COLUMNS})",
            "CREATE INDEX mentions_doc ON mentions (doc_id)",
            "CREATE INDEX mentions_event ON mentions (event_id)",
            """CREATE TABLE events (
                event_id VARCHAR PRIMARY KEY, global_id BIGINT NOT NULL, cameo VARCHAR NOT NULL,
                root VARCHAR NOT NULL, plover_type VARCHAR, plover_mode VARCHAR,
                quad_class TINYINT, goldstein FLOAT,
                source_code VARCHAR, source_name VARCHAR, source_key VARCHAR NOT NULL,
                target_code VARCHAR, target_name VARCHAR, target_key VARCHAR NOT NULL,
                event_date DATE, date_precision VARCHAR,
                place_name VARCHAR, place_country VARCHAR, place_lat DOUBLE, place_lon DOUBLE,
                num_mentions INTEGER NOT NULL DEFAULT 0, num_articles INTEGER NOT NULL DEFAULT 0,
                num_sources INTEGER NOT NULL DEFAULT 0, first_seen DATE, last_seen DATE,
                doc_id VARCHAR NOT NULL, url VARCHAR, sentence_text VARCHAR, month VARCHAR,
                added TIMESTAMP DEFAULT current_timestamp)""",
            "CREATE INDEX events_key ON events (root, source_key, target_key)",
            "CREATE INDEX events_date ON events (event_date)",
            "CREATE INDEX events_source ON events (source_key)",
            "CREATE INDEX events_target ON events (target_key)",
            """CREATE TABLE event_mentions (
                event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, mention_id VARCHAR NOT NULL)""",
            "CREATE INDEX event_mentions_event ON event_mentions (event_id)",
            "CREATE INDEX event_mentions_doc ON event_mentions (doc_id)",
            """CREATE TABLE duplicates (
                doc_id VARCHAR PRIMARY KEY, first_id VARCHAR NOT NULL, kind VARCHAR NOT NULL,
                similarity DOUBLE)""",
            """CREATE TABLE problems (
                origin VARCHAR NOT NULL, reason VARCHAR NOT NULL,
                seen_at TIMESTAMP DEFAULT current_timestamp, PRIMARY KEY (origin, reason))""",
            "CREATE TABLE minhash_bands (hash BIGINT NOT NULL, doc_id VARCHAR NOT NULL)",
            "CREATE INDEX minhash_bands_hash ON minhash_bands (hash)",
            "CREATE TABLE minhashes (doc_id VARCHAR PRIMARY KEY, signature BLOB NOT NULL)",
        ),
    ),
)

LATEST = MIGRATIONS[-1][0]


def migrate(con: Any) -> int:
    """Apply every migration newer than the store's version; returns the version reached."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
        "name VARCHAR NOT NULL, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    current = con.execute("SELECT max(version) FROM schema_migrations").fetchall()[0][0] or 0
    if current > LATEST:
        raise StoreError(f"the store has schema version {current}, newer than this hadath "
                         f"({LATEST}); upgrade hadath to open it")
    for version, name, statements in MIGRATIONS:
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for sql in statements:
                con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                        [version, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        current = version
    return current
