#!/usr/bin/env python3
"""A catalog of N products for the latency benchmark, as CSV on standard output: the demo's twelve first (so their
ids, which the driver taps, stay), then N - 12 more in Drinks and three other categories. With --images each product
gets a 96 x 96 PNG of its own in DATA_DIR/images/ (a colour and a stripe, about 300 bytes each), written here without
any library: zlib and struct. Usage: latency_catalog.py DATA_DIR N [--images]"""
import os
import struct
import sys
import zlib

DEMO = [("Masala chai", "Drinks", "20.00"), ("Filter coffee", "Drinks", "25.00"), ("Lemon soda", "Drinks", "30.00"),
        ("Mango lassi", "Drinks", "60.00"), ("Samosa", "Snacks", "15.00"), ("Vada pav", "Snacks", "25.00"),
        ("Masala dosa", "Snacks", "70.00"), ("Idli (2 pcs)", "Snacks", "40.00"), ("Gulab jamun", "Sweets", "30.00"),
        ("Mysore pak", "Sweets", "45.00"), ("Rasgulla", "Sweets", "35.00"), ("Jalebi (100 g)", "Sweets", "50.00")]
CATEGORIES = ["Drinks", "Snacks", "Sweets", "Grocery"]


def png(path, seed, size=96):
    r, g, b = (seed * 67) % 256, (seed * 131) % 256, (seed * 29) % 256
    rows = b""
    for y in range(size):
        stripe = (y // 8 + seed) % 3 == 0
        pixel = bytes((255 - r, 255 - g, 255 - b)) if stripe else bytes((r, g, b))
        rows += b"\x00" + pixel * size

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
                  + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def main():
    data, count, images = sys.argv[1], int(sys.argv[2]), "--images" in sys.argv
    products = list(DEMO)
    for i in range(count - len(DEMO)):
        # After the demo's in their category (the driver taps the first four Drinks), so "Z" first.
        products.append(("Z item %03d" % (i + 1), CATEGORIES[i % len(CATEGORIES)], "%d.00" % (10 + i % 90)))
    if images:
        os.makedirs(os.path.join(data, "images"), exist_ok=True)
    print("name,category,price,image" if images else "name,category,price")
    for i, (name, category, price) in enumerate(products[:count]):
        if images:
            png(os.path.join(data, "images", "p%03d.png" % i), i)
            print('"%s",%s,%s,p%03d.png' % (name, category, price, i))
        else:
            print('"%s",%s,%s' % (name, category, price))


if __name__ == "__main__":
    main()
