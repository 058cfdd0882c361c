-- Version 19: a product's picture for its tile (issue 17). The name of a PNG, JPEG or GIF file in the data folder's
-- images/ folder, as the catalog gives it ("chai.png", "drinks/lassi.jpg"); NULL for a plain tile. A name, not the
-- bytes: the catalog stays small to read on every register load, a picture is swapped by copying a file, and the file
-- is only ever read in the register's background to be scaled. The catalog import checks the name's form; this check
-- refuses what would climb out of the folder even if a row is written by other means.
ALTER TABLE products ADD COLUMN image TEXT CHECK (image IS NULL OR (length(image) BETWEEN 1 AND 200
    AND image NOT LIKE '/%' AND instr(image, char(92)) = 0 AND image NOT LIKE '%..%' AND image NOT LIKE '%:%'));
