-- Tillpoint schema, version 1: cashiers, sessions, cash counts, cash moves, audit.
-- Money is an INTEGER of minor units (paise, cents) with its ISO 4217 currency code beside it.
-- Times are INTEGER milliseconds since 1970-01-01 UTC.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE cashiers (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    role       TEXT    NOT NULL CHECK (role IN ('CASHIER', 'HEAD_CASHIER')),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    badge_hash TEXT    UNIQUE,
    pin_hash   TEXT,
    pin_salt   TEXT,
    created_at INTEGER NOT NULL,
    CHECK ((pin_hash IS NULL) = (pin_salt IS NULL))
);

CREATE TABLE sessions (
    id               INTEGER PRIMARY KEY,
    terminal_id      TEXT    NOT NULL,
    state            TEXT    NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
    opened_at        INTEGER NOT NULL,
    opened_by        INTEGER NOT NULL REFERENCES cashiers (id),
    opening_cash     INTEGER NOT NULL CHECK (opening_cash >= 0),
    opening_currency TEXT    NOT NULL CHECK (length(opening_currency) = 3),
    opening_note     TEXT    NOT NULL DEFAULT '',
    closed_at        INTEGER,
    closed_by        INTEGER REFERENCES cashiers (id),
    closing_cash     INTEGER CHECK (closing_cash >= 0),
    closing_currency TEXT    CHECK (length(closing_currency) = 3),
    CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL)),
    CHECK ((closing_cash IS NULL) = (closing_currency IS NULL))
);

-- The rule "one non-closed session per terminal", kept by the database itself.
CREATE UNIQUE INDEX sessions_one_open_per_terminal ON sessions (terminal_id) WHERE state <> 'CLOSED';

CREATE INDEX sessions_closed_by_time ON sessions (terminal_id, closed_at) WHERE state = 'CLOSED';

CREATE TABLE cash_counts (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    purpose    TEXT    NOT NULL CHECK (purpose IN ('OPENING', 'CLOSING')),
    counted_at INTEGER NOT NULL,
    counted_by INTEGER NOT NULL REFERENCES cashiers (id),
    currency   TEXT    NOT NULL CHECK (length(currency) = 3),
    UNIQUE (session_id, purpose)
);

CREATE TABLE cash_count_lines (
    count_id     INTEGER NOT NULL REFERENCES cash_counts (id),
    denomination INTEGER NOT NULL CHECK (denomination > 0),
    kind         TEXT    NOT NULL CHECK (kind IN ('BILL', 'COIN')),
    quantity     INTEGER NOT NULL CHECK (quantity BETWEEN 0 AND 9999),
    PRIMARY KEY (count_id, denomination, kind)
);

CREATE TABLE cash_moves (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    moved_at   INTEGER NOT NULL,
    cashier_id INTEGER NOT NULL REFERENCES cashiers (id),
    direction  TEXT    NOT NULL CHECK (direction IN ('IN', 'OUT')),
    amount     INTEGER NOT NULL CHECK (amount > 0),
    currency   TEXT    NOT NULL CHECK (length(currency) = 3),
    reason     TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX cash_moves_by_session ON cash_moves (session_id);

CREATE TABLE audit_events (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    event      TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT '',
    cashier_id INTEGER REFERENCES cashiers (id)
);

-- The audit is append-only.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'The audit is append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'The audit is append-only');
END;
