#!/usr/bin/env python3
"""Makes the HEIC test photos the way an iPhone lays them out: the picture as a grid of HEVC tiles
(cropped to the photo's size), an Exif item with the capture time, its offset and the orientation.
The HEVC data of each tile comes from `heif-enc` (Debian: libheif-examples) run on a tile drawn by
ImageMagick; this script only lays the boxes out. Run it from this folder: python3 make-heic.py"""
import struct, subprocess, tempfile, os

def box(kind, payload):
    return struct.pack('>I', 8 + len(payload)) + kind + payload

def full(kind, version, flags, payload):
    return box(kind, struct.pack('>I', (version << 24) | flags) + payload)

def children(data):
    at = 0
    while at + 8 <= len(data):
        size, kind = struct.unpack('>I4s', data[at:at + 8])
        yield kind, data[at + 8:at + size], at
        at += size

def tile_from_heif_enc(png):
    """The hvcC property and the coded picture of the only image in a file heif-enc wrote."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 't.heic')
        subprocess.run(['heif-enc', '-q', '70', '-o', out, png], check=True, capture_output=True)
        data = open(out, 'rb').read()
    meta = next(p for k, p, _ in children(data) if k == b'meta')[4:]
    hvcc = None
    extent = None
    for k, p, _ in children(meta):
        if k == b'iprp':
            ipco = next(q for kk, q, _ in children(p) if kk == b'ipco')
            hvcc = next(q for kk, q, _ in children(ipco) if kk == b'hvcC')
        if k == b'iloc':
            version = p[0]
            sizes = p[4]
            assert sizes >> 4 == 4 and (sizes & 15) == 4, 'offset and length of 4 bytes expected'
            base_size = p[5] >> 4
            count = struct.unpack('>H', p[6:8])[0]
            at = 8
            for _ in range(count):
                at += 2  # item id
                if version == 1:
                    at += 2
                at += 2  # data reference index
                base = int.from_bytes(p[at:at + base_size], 'big'); at += base_size
                extents = struct.unpack('>H', p[at:at + 2])[0]; at += 2
                off, length = struct.unpack('>II', p[at:at + 8]); at += 8 * extents
                if extent is None:
                    extent = (base + off, length)
    return hvcc, data[extent[0]:extent[0] + extent[1]]

def exif_tiff(taken, offset, orientation):
    """Big-endian TIFF: IFD0 with Orientation and a pointer to the Exif IFD with DateTimeOriginal and its offset."""
    taken = taken.encode() + b'\0'
    offset = offset.encode() + b'\0'
    ifd0_at = 8
    ifd0 = struct.pack('>H', 2)
    exif_at = ifd0_at + 2 + 2 * 12 + 4
    ifd0 += struct.pack('>HHIHH', 0x0112, 3, 1, orientation, 0)
    ifd0 += struct.pack('>HHII', 0x8769, 4, 1, exif_at)
    ifd0 += struct.pack('>I', 0)
    values_at = exif_at + 2 + 2 * 12 + 4
    exif = struct.pack('>H', 2)
    exif += struct.pack('>HHII', 0x9003, 2, len(taken), values_at)
    exif += struct.pack('>HHII', 0x9011, 2, len(offset), values_at + len(taken))
    exif += struct.pack('>I', 0)
    return b'MM\0*' + struct.pack('>I', ifd0_at) + ifd0 + exif + taken + offset

def heic(path, tiles, columns, rows, tile_w, tile_h, width, height, exif):
    n = len(tiles)
    grid_id, first_tile, exif_id = 1, 2, 2 + n
    items = [(grid_id, b'grid')] + [(first_tile + i, b'hvc1') for i in range(n)] + [(exif_id, b'Exif')]
    infe = b''.join(full(b'infe', 2, 1 if kind == b'hvc1' else 0,
                         struct.pack('>HH', item, 0) + kind + b'\0') for item, kind in items)
    iinf = full(b'iinf', 0, 0, struct.pack('>H', len(items)) + infe)
    iref = full(b'iref', 0, 0,
                box(b'dimg', struct.pack('>HH', grid_id, n) + b''.join(struct.pack('>H', first_tile + i) for i in range(n)))
                + box(b'cdsc', struct.pack('>HHH', exif_id, 1, grid_id)))
    ipco = b''.join(box(b'hvcC', hv) for hv, _ in tiles)  # properties 1..n
    ipco += full(b'ispe', 0, 0, struct.pack('>II', tile_w, tile_h))  # n+1
    ipco += full(b'ispe', 0, 0, struct.pack('>II', width, height))   # n+2
    assoc = [(grid_id, [n + 2])] + [(first_tile + i, [0x80 | (i + 1), n + 1]) for i in range(n)]
    ipma = full(b'ipma', 0, 0, struct.pack('>I', len(assoc)) + b''.join(
        struct.pack('>HB', item, len(props)) + bytes(props) for item, props in assoc))
    iprp = box(b'iprp', box(b'ipco', ipco) + ipma)
    grid = struct.pack('>BBBBHH', 0, 0, rows - 1, columns - 1, width, height)
    payloads = [grid] + [data for _, data in tiles] + [struct.pack('>I', 0) + exif]
    ftyp = box(b'ftyp', b'heic' + struct.pack('>I', 0) + b'mif1heic')
    def build(base):
        entries = b''
        at = base
        for (item, _), payload in zip(items, payloads):
            entries += struct.pack('>HHHII', item, 0, 1, at, len(payload))
            at += len(payload)
        iloc = full(b'iloc', 0, 0, bytes([0x44, 0x00]) + struct.pack('>H', len(items)) + entries)
        hdlr = full(b'hdlr', 0, 0, struct.pack('>I', 0) + b'pict' + b'\0' * 12 + b'\0')
        pitm = full(b'pitm', 0, 0, struct.pack('>H', grid_id))
        return full(b'meta', 0, 0, hdlr + pitm + iloc + iinf + iref + iprp)
    meta = build(0)
    base = len(ftyp) + len(meta) + 8
    meta = build(base)
    mdat = box(b'mdat', b''.join(payloads))
    with open(path, 'wb') as f:
        f.write(ftyp + meta + mdat)

def draw_tile(png, w, h, column, row):
    colours = ['#c04030', '#3070c0', '#40a050', '#d0b030']
    colour = colours[(row * 2 + column) % len(colours)]
    subprocess.run(['convert', '-size', f'{w}x{h}', f'xc:{colour}', '-fill', 'white',
                    '-draw', f'rectangle 20,20 {w // 2},{h // 3}', '-fill', 'black',
                    '-draw', f'line 0,{h - 30} {w},{h - 40}', png], check=True)

def make(path, columns, rows, tile_w, tile_h, width, height, taken, offset, orientation):
    with tempfile.TemporaryDirectory() as tmp:
        tiles = []
        for r in range(rows):
            for c in range(columns):
                png = os.path.join(tmp, f'{r}{c}.png')
                draw_tile(png, tile_w, tile_h, c, r)
                tiles.append(tile_from_heif_enc(png))
    heic(path, tiles, columns, rows, tile_w, tile_h, width, height, exif_tiff(taken, offset, orientation))

if __name__ == '__main__':
    # An iPhone photo in small: 2 × 2 tiles of 256 px cropped to 480 × 360, held upright (orientation 6)
    make('iphone-grid.heic', 2, 2, 256, 256, 480, 360, '2026:10:03 10:31:00', '+07:00', 6)
    # One picture, no grid, upright
    make('single.heic', 1, 1, 320, 240, 320, 240, '2026:10:04 08:15:30', '+08:00', 1)
