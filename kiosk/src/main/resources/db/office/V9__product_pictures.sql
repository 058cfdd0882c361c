-- Version 9: a product's picture for its tile (issue 17), carried down to the terminals with the catalog. image: its
-- name in the terminal's images/ folder, of the same form terminal V19 checks ("chai.png", "drinks/lassi.jpg"; never
-- one that leaves the folder); image_bytes: the file as the manager's catalog import read it, a PNG, JPEG or GIF of at
-- most 512 KB; image_sha256: its digest, made by the database, by which a terminal tells a picture it already has
-- from a changed one. A picture is on the product's row, so that a changed one is a new version of the product and
-- reaches the terminals in the next pull. All three NULL: a plain tile.
ALTER TABLE office.products
    ADD COLUMN image text CHECK (image IS NULL OR (length(image) BETWEEN 1 AND 200 AND image NOT LIKE '/%'
        AND strpos(image, chr(92)) = 0 AND strpos(image, '..') = 0 AND strpos(image, ':') = 0
        AND image !~ '[[:cntrl:]]' AND lower(image) ~ '\.(png|jpe?g|gif)$')),
    ADD COLUMN image_bytes bytea CHECK (image_bytes IS NULL OR (octet_length(image_bytes) BETWEEN 1 AND 524288
        AND (substr(image_bytes, 1, 8) = '\x89504e470d0a1a0a'::bytea
            OR substr(image_bytes, 1, 3) = '\xffd8ff'::bytea
            OR substr(image_bytes, 1, 6) IN ('\x474946383761'::bytea, '\x474946383961'::bytea)))),
    ADD COLUMN image_sha256 bytea GENERATED ALWAYS AS (sha256(image_bytes)) STORED,
    ADD CONSTRAINT products_image_and_bytes CHECK ((image IS NULL) = (image_bytes IS NULL));
