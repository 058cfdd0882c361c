-- Version 13: a cashier's language (issue 17). NULL: the terminal's; otherwise one of the languages the kiosk and its
-- bundled plugins are translated into. The screens speak it from the cashier's identification until the till is left.
ALTER TABLE cashiers ADD COLUMN language TEXT CHECK (language IN ('en', 'hi', 'ta'));
