-- Version 2: wrong-PIN counting and lock-out, kept across restarts; audit read by time and by event.

ALTER TABLE cashiers ADD COLUMN wrong_pins INTEGER NOT NULL DEFAULT 0 CHECK (wrong_pins >= 0);

-- Milliseconds since 1970-01-01 UTC; NULL when not locked out.
ALTER TABLE cashiers ADD COLUMN locked_until INTEGER;

CREATE INDEX audit_events_by_time ON audit_events (at);

CREATE INDEX audit_events_by_event ON audit_events (event, at);
