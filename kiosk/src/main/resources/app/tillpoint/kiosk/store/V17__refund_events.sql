-- Version 17: refunds in the outbox (issue 16). A stored refund writes a REFUND event, with its refund_id, from a
-- trigger on its insert, inside the refund's own transaction as V6's triggers do for the other changes of money: a
-- refund is stored with its event or not at all. The listeners hear it (SessionListener.refunded), the receipts plugin
-- prints its slip from it and the back office takes it (office.refunds).
-- tillpoint: foreign keys off
-- The kind's CHECK cannot be altered in SQLite: `events` is copied out, dropped and made again under its own name, so
-- that V6's triggers on sessions, orders and cash_moves, which name it, keep working. Every row keeps its seq and id
-- (event_deliveries' marks and the office's last_seq are seqs); the append-only triggers are made again after the copy.

CREATE TABLE events_v16_copy AS SELECT * FROM events;

DROP TABLE events;

CREATE TABLE events (
    seq        INTEGER PRIMARY KEY CHECK (seq > 0),
    id         TEXT    NOT NULL UNIQUE CHECK (length(id) = 32),
    kind       TEXT    NOT NULL CHECK (kind IN ('SESSION_OPENED', 'SALE', 'CASH_MOVE', 'SESSION_CLOSED', 'REFUND')),
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    order_id   INTEGER REFERENCES orders (id),
    move_id    INTEGER REFERENCES cash_moves (id),
    refund_id  INTEGER UNIQUE REFERENCES refunds (id),
    at         INTEGER NOT NULL,
    CHECK ((kind = 'SALE') = (order_id IS NOT NULL)),
    CHECK ((kind = 'CASH_MOVE') = (move_id IS NOT NULL)),
    CHECK ((kind = 'REFUND') = (refund_id IS NOT NULL))
) STRICT;

INSERT INTO events (seq, id, kind, session_id, order_id, move_id, at)
SELECT seq, id, kind, session_id, order_id, move_id, at FROM events_v16_copy ORDER BY seq;

DROP TABLE events_v16_copy;

CREATE TRIGGER events_refund AFTER INSERT ON refunds
BEGIN
    INSERT INTO events (id, kind, session_id, refund_id, at)
    VALUES (lower(hex(randomblob(16))), 'REFUND', NEW.session_id, NEW.id, NEW.refunded_at);
END;

-- As V6: appended at the end only, never changed, never removed.
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
