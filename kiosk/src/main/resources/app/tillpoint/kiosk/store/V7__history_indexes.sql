-- Version 7: the last closing found in one step on ten years of history. The dashboard and every opening ask for the
-- latest closed session by id (never by closed_at: a clock set back); sessions_closed_by_time could only find the
-- terminal's closed sessions and sort them all (3,650 after ten years: 2 ms, growing). EXPLAIN QUERY PLAN on the
-- benchmark's history now reads "SEARCH sessions USING INDEX sessions_closed_by_id" without a temporary B-tree.
CREATE INDEX sessions_closed_by_id ON sessions (terminal_id, id) WHERE state = 'CLOSED';
