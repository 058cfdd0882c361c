-- Version 17 is the refund events' (REFUND in the outbox), made on another branch at the same time. This placeholder
-- changes nothing: it keeps the numbers without a gap on this branch and is dropped when the two are merged.
SELECT 1;
