-- Version 5: the audit is a hash chain. Each row carries the hash of the row before it and a keyed hash (HMAC-SHA-256
-- with the terminal's key, tillpoint.key beside the database) of its own content and that previous hash, so that
-- `tillpoint audit verify` finds the first row that was changed, removed or inserted. Rows written before this version
-- are sealed once, in order, when this migration runs (its code step, AuditChain.sealAll).

ALTER TABLE audit_events ADD COLUMN prev_hash TEXT;

ALTER TABLE audit_events ADD COLUMN hash TEXT;

DROP TRIGGER audit_events_no_update;

-- Appended at the end only, each row chained to the last one.
CREATE TRIGGER audit_events_chained BEFORE INSERT ON audit_events
WHEN NEW.hash IS NULL
    OR NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_events)
    OR NEW.prev_hash IS NOT (SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1)
BEGIN
    SELECT RAISE(ABORT, 'The audit is a chain: each row is appended after the last one, with its hash');
END;

-- Never changed, but for sealing a row written before the chain, once.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
WHEN OLD.hash IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.event IS NOT OLD.event
    OR NEW.detail IS NOT OLD.detail OR NEW.cashier_id IS NOT OLD.cashier_id
BEGIN
    SELECT RAISE(ABORT, 'The audit is append-only');
END;
