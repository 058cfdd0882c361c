-- Version 12: weighed and price-labelled order lines (issue 21). A line a scale's label measured is sold once: its
-- unit_price is its amount and its quantity 1 (V4's check amount = unit_price * quantity holds), with what the label
-- said beside it: measure WEIGHT and measured in grams, list_price the product's price per kilogram then, the amount
-- that price times the weight rounded half up; or measure PRICE and measured the amount the label carried. A line
-- counted in pieces leaves the three NULL. Added columns, so the lines' table is not rebuilt.
ALTER TABLE order_lines ADD COLUMN measure TEXT;

ALTER TABLE order_lines ADD COLUMN measured INTEGER;

ALTER TABLE order_lines ADD COLUMN list_price INTEGER;

CREATE TRIGGER order_lines_measured_sense BEFORE INSERT ON order_lines
WHEN NOT (
    (NEW.measure IS NULL AND NEW.measured IS NULL AND NEW.list_price IS NULL)
    OR (NEW.measure = 'WEIGHT' AND typeof(NEW.measured) = 'integer' AND NEW.measured >= 1
        AND typeof(NEW.list_price) = 'integer' AND NEW.list_price >= 0 AND NEW.quantity = 1
        AND NEW.amount = NEW.unit_price AND NEW.amount = (NEW.list_price * NEW.measured + 500) / 1000)
    OR (NEW.measure = 'PRICE' AND typeof(NEW.measured) = 'integer' AND NEW.measured >= 1
        AND typeof(NEW.list_price) = 'integer' AND NEW.list_price >= 0 AND NEW.quantity = 1
        AND NEW.amount = NEW.unit_price AND NEW.amount = NEW.measured))
BEGIN
    SELECT RAISE(ABORT, 'A measured order line is a weight at its price per kilogram or a label''s amount, sold once');
END;
