-- Version 6: the outbox. Every committed change of money (a session opened, a sale, a cash move, a session closed)
-- has one row in `events`, written by these triggers inside the change's own transaction: no code path can store the
-- change without its event, and a crash loses both or neither. The host delivers the events after the commit to each
-- plugin's SessionListener in `seq` order (EventDelivery), remembering in `event_deliveries` how far each one got, so
-- a listener that failed, hung or was cut off by a kill -9 gets the event again. The back office reads the same rows.

CREATE TABLE events (
    seq        INTEGER PRIMARY KEY CHECK (seq > 0),
    id         TEXT    NOT NULL UNIQUE CHECK (length(id) = 32),
    kind       TEXT    NOT NULL CHECK (kind IN ('SESSION_OPENED', 'SALE', 'CASH_MOVE', 'SESSION_CLOSED')),
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    order_id   INTEGER REFERENCES orders (id),
    move_id    INTEGER REFERENCES cash_moves (id),
    at         INTEGER NOT NULL,
    CHECK ((kind = 'SALE') = (order_id IS NOT NULL)),
    CHECK ((kind = 'CASH_MOVE') = (move_id IS NOT NULL))
) STRICT;

CREATE TRIGGER events_session_opened AFTER INSERT ON sessions
BEGIN
    INSERT INTO events (id, kind, session_id, at)
    VALUES (lower(hex(randomblob(16))), 'SESSION_OPENED', NEW.id, NEW.opened_at);
END;

CREATE TRIGGER events_session_closed AFTER UPDATE OF state ON sessions
WHEN OLD.state = 'OPEN' AND NEW.state = 'CLOSED'
BEGIN
    INSERT INTO events (id, kind, session_id, at)
    VALUES (lower(hex(randomblob(16))), 'SESSION_CLOSED', NEW.id, NEW.closed_at);
END;

CREATE TRIGGER events_sale AFTER INSERT ON orders
BEGIN
    INSERT INTO events (id, kind, session_id, order_id, at)
    VALUES (lower(hex(randomblob(16))), 'SALE', NEW.session_id, NEW.id, NEW.sold_at);
END;

CREATE TRIGGER events_cash_move AFTER INSERT ON cash_moves
BEGIN
    INSERT INTO events (id, kind, session_id, move_id, at)
    VALUES (lower(hex(randomblob(16))), 'CASH_MOVE', NEW.session_id, NEW.id, NEW.moved_at);
END;

-- Appended at the end only (so `seq` is the commit order), never changed, never removed. (A seq left to SQLite reads
-- as -1 in a BEFORE trigger; it becomes the largest plus one.)
CREATE TRIGGER events_appended_only BEFORE INSERT ON events
WHEN NEW.seq > 0 AND NEW.seq <= (SELECT coalesce(max(seq), 0) FROM events)
BEGIN
    SELECT RAISE(ABORT, 'Events are appended after the last one');
END;

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'Events never change');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'Events are never removed');
END;

-- How far each listener got: `delivered` is the seq of the last event it took. A listener first seen starts at the
-- end of the outbox (it hears what happens from then on). After too many failures in a row its delivery is parked
-- (parked_at) until a head cashier retries or the plugin is upgraded (a version other than parked_version).
CREATE TABLE event_deliveries (
    consumer       TEXT    PRIMARY KEY,
    delivered      INTEGER NOT NULL CHECK (delivered >= 0),
    failures       INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_error     TEXT,
    last_try_at    INTEGER,
    parked_at      INTEGER,
    parked_version TEXT,
    CHECK ((parked_at IS NULL) = (parked_version IS NULL))
) STRICT;
