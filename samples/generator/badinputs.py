"""The `bad` set: broken, hostile and extreme input files for the error paths. All written by
hand (PDF objects, PNG chunks, TIFF tags), deterministic for a seed; no external tools."""
import hashlib
import io
import os
import random
import struct
import zlib

# (file name, expected outcome, what it is). expected: error = exit 1 with an <error> for the file;
# ok = read normally, exit 0; either = error or ok, but never a crash, a hang or invalid XML.
DESCRIPTION = [
    ("empty.pdf", "error", "zero bytes"),
    ("truncated.pdf", "error", "a valid one-page letter PDF cut in half (no xref, no trailer)"),
    ("corrupt.pdf", "error", "PDF header followed by damaged objects and a bogus xref"),
    ("encrypted.pdf", "error", "letter PDF encrypted with a user password (RC4 128-bit, R3); "
                               "user password 'rahasia'"),
    ("encrypted-owner-only.pdf", "ok", "letter PDF encrypted with an empty user password (opens without one)"),
    ("random-bytes.pdf", "error", "64 KiB of random bytes named .pdf"),
    ("huge-dimensions.png", "error", "PNG whose IHDR claims 100000 x 100000 pixels, with a tiny IDAT"),
    ("zero-size.png", "error", "PNG whose IHDR claims 0 x 0 pixels"),
    ("zero-size.tif", "error", "TIFF whose ImageWidth and ImageLength are 0"),
    ("corrupt.tif", "error", "TIFF header pointing to an IFD beyond the end of the file"),
    ("truncated.png", "either", "a letter PNG cut in half"),
    ("truncated.jpg", "either", "a letter JPEG cut in half"),
    ("many-pages.pdf", "either", "300 blank A4 pages (a few KiB): must finish in time, no letter found"),
    ("not-an-image.png", "error", "a plain text file named .png"),
    ("jpeg-named.pdf", "either", "a valid JPEG letter scan with a .pdf name"),
    ("hostile.txt", "error", "text with XML markup, XXE, control characters, invalid UTF-8, NUL, a huge line"),
    ("hostile-text-layer.pdf", "ok", "valid PDF whose text layer holds markup, ]]>, &, control characters, "
                                     "U+FFFE/U+FFFF: output must stay well-formed XML"),
    ("surat & lampiran (salinan) \u00e9.png", "ok", "valid letter PNG whose name has spaces, &, () and a "
                                                    "non-ASCII letter: source must be escaped"),
]


# ------------------------------------------------------------------ hand-written PDF
def pdf_bytes(objects, trailer_extra=b"", header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"):
    """objects: list of bytes (object bodies, numbered from 1). Returns a complete PDF."""
    out = io.BytesIO()
    out.write(header)
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra,
                                                                               xref))
    return out.getvalue()


def _pdf_str(s):
    return b"(" + s.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


LETTER_LINES = [
    (16, "PEMERINTAH KABUPATEN MAMUJU"),
    (14, "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"),
    (11, "Nomor : 800/112/II/2024/BKPSDM"),
    (11, "Perihal : Permohonan Pencabutan Sertifikat Elektronik"),
    (11, "Yth. Kepala Dinas Komunikasi, Informatika dan Persandian Kabupaten Mamuju"),
    (11, "Dengan hormat, bersama ini kami mengajukan permohonan pencabutan sertifikat elektronik atas nama:"),
    (11, "Nama : Muhammad Rizal, S.Kom."),
    (11, "NIP : 19900315 201503 1 002"),
    (11, "NIK : 7604011503900002"),
    (11, "Jabatan : Analis Kepegawaian Ahli Pertama"),
    (11, "Email : rizal@mamujukab.go.id"),
    (11, "dikarenakan yang bersangkutan telah mutasi ke Dinas Kesehatan Kabupaten Majene."),
    (11, "Mamuju, 14 Februari 2024"),
    (11, "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia,"),
    (11, "Dra. Hj. Sitti Aminah, M.Si."),
    (11, "NIP. 19680512 199403 2 007"),
]


def letter_content(lines=None):
    lines = lines or [(sz, t.encode("latin-1")) for sz, t in LETTER_LINES]
    parts = [b"BT"]
    y = 780
    for sz, t in lines:
        parts.append(b"/F1 %d Tf 1 0 0 1 60 %d Tm %s Tj" % (sz, y, _pdf_str(t)))
        y -= int(sz * 2.2)
    parts.append(b"ET")
    return b"\n".join(parts)


def simple_pdf(content, extra_font=b"", encrypt=None):
    """One A4 page with Helvetica text. encrypt: None or (user, owner) passwords."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding" + extra_font + b" >>"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            None,
            font]
    stream = content
    trailer = b""
    if encrypt:
        user, owner = encrypt
        file_id = hashlib.md5(b"cabut-sample-" + user + owner).digest()
        # with a user password: the usual restrictive permissions; without one: everything allowed
        o, u, key, p = _rc4_security(user, owner, file_id, p=-3904 if user else -4)
        stream = _rc4(_obj_key(key, 4), content)
        objs.append(b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P %d /O <%s> /U <%s> >>" %
                    (p, o.hex().encode(), u.hex().encode()))
        trailer = b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (file_id.hex().encode(), file_id.hex().encode())
    objs[3] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    return pdf_bytes(objs, trailer)


# ------------------------------------------------------------------ PDF standard security handler (R3)
PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) & 0xFF
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for b in data:
        i = (i + 1) & 0xFF
        j = (j + s[i]) & 0xFF
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) & 0xFF])
    return bytes(out)


def _padded(pw):
    return (pw + PAD)[:32]


def _rc4_security(user, owner, file_id, p=-3904, n=16):
    # Algorithm 3: the O entry
    h = hashlib.md5(_padded(owner or user)).digest()
    for _ in range(50):
        h = hashlib.md5(h[:n]).digest()
    okey = h[:n]
    o = _rc4(okey, _padded(user))
    for i in range(1, 20):
        o = _rc4(bytes(b ^ i for b in okey), o)
    # Algorithm 2: the file key
    h = hashlib.md5(_padded(user) + o + struct.pack("<i", p) + file_id).digest()
    for _ in range(50):
        h = hashlib.md5(h[:n]).digest()
    key = h[:n]
    # Algorithm 5: the U entry
    u = _rc4(key, hashlib.md5(PAD + file_id).digest())
    for i in range(1, 20):
        u = _rc4(bytes(b ^ i for b in key), u)
    u = u + b"\x00" * 16
    return o, u, key, p


def _obj_key(key, num, gen=0):
    return hashlib.md5(key + struct.pack("<i", num)[:3] + struct.pack("<i", gen)[:2]).digest()[:min(16, len(key) + 5)]


# ------------------------------------------------------------------ PNG / TIFF by hand
def png_chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_bytes(width, height, idat_raw, bit_depth=8, colour=0):
    sig = b"\x89PNG\r\n\x1a\n"
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour, 0, 0, 0)
    return sig + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(idat_raw, 9)) + png_chunk(b"IEND", b"")


def tiff_bytes(width, height, ifd_offset=None):
    """Little-endian baseline TIFF, 8-bit grey, one strip of width*height bytes (none when 0)."""
    data = b"\xff" * (width * height)
    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
               (273, 4, 1, 8), (277, 3, 1, 1), (278, 4, 1, max(1, height)), (279, 4, 1, len(data))]
    head = b"II*\x00" + struct.pack("<I", ifd_offset if ifd_offset is not None else 8 + len(data))
    ifd = struct.pack("<H", len(entries))
    for tag, typ, count, value in entries:
        if typ == 3:
            ifd += struct.pack("<HHIHH", tag, typ, count, value, 0)
        else:
            ifd += struct.pack("<HHII", tag, typ, count, value)
    ifd += struct.pack("<I", 0)
    return head + data + ifd


def many_pages_pdf(n=300):
    kids = b" ".join(b"%d 0 R" % (i + 3) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d /MediaBox [0 0 595 842] >>" % n]
    objs += [b"<< /Type /Page /Parent 2 0 R >>" for _ in range(n)]
    return pdf_bytes(objs)


def hostile_text_pdf():
    """A PDF whose extracted text holds XML-hostile characters (mapped through a ToUnicode CMap)."""
    cmap_ranges = [b"<20> <7E> <0020>"]
    singles = [(0x01, 0x0001), (0x02, 0x0002), (0x07, 0x0007), (0x08, 0x0008), (0x0B, 0x000B), (0x0C, 0x000C),
               (0x1B, 0x001B), (0x1F, 0x001F), (0x7F, 0x007F), (0x80, 0xFFFE), (0x81, 0xFFFF), (0x82, 0x0085),
               (0x83, 0x2028), (0x84, 0xFEFF)]
    bf = b"\n".join(b"<%02X> <%04X>" % (c, u) for c, u in singles)
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"%d beginbfrange\n" % len(cmap_ranges) + b"\n".join(cmap_ranges) + b"\nendbfrange\n"
            b"%d beginbfchar\n" % len(singles) + bf + b"\nendbfchar\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    lines = [
        (12, b"Perihal : Permohonan Pencabutan Sertifikat Elektronik"),
        (11, b"Nomor : 800/1/<script>alert(1)</script>/2024"),
        (11, b"Nama : Rizal ]]> & <holder> &amp; \"quoted\" 'single' \x01\x02\x07\x08"),
        (11, b"NIP : 19900315 201503 1 002 \x0b\x0c\x1b\x1f\x7f"),
        (11, b"Email : rizal@mamujukab.go.id\x80\x81\x82\x83\x84"),
        (11, b"Jabatan : </position></holder></document></extraction><!-- -->"),
        (11, b"Unit Kerja : <![CDATA[ x ]]> <?xml version=\"1.0\"?> <!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]> &e;"),
        (11, b"dikarenakan yang bersangkutan lupa passphrase."),
        (11, b"Mamuju, 14 Februari 2024"),
        (11, b"NIP. 19680512 199403 2 007"),
    ]
    content = letter_content(lines)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"]
    return pdf_bytes(objs)


HOSTILE_TEXT = (
    "<?xml version=\"1.0\"?>\n<!DOCTYPE extraction [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
    "<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n"
    "<extraction><document source=\"&xxe;\" kind=\"request\"><name>&lol2;</name></document></extraction>\n"
    "]]> <![CDATA[ ]]> &amp; &#0; &#xFFFE; </document>\n"
    "Perihal : Permohonan Pencabutan Sertifikat Elektronik\n"
    "NIP : 19900315 201503 1 002 ; rm -rf / ; $(reboot) `id` %s%s%n%x {{7*7}} ${jndi:ldap://x/a}\n"
    "../../../../etc/shadow C:\\Windows\\System32\n"
)


def write_all(out, seed=1):
    rng = random.Random("%s:bad" % seed)
    os.makedirs(out, exist_ok=True)

    def put(name, data):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)

    letter_pdf = simple_pdf(letter_content())
    put("empty.pdf", b"")
    put("truncated.pdf", letter_pdf[:len(letter_pdf) // 2])
    corrupt = bytearray(letter_pdf)
    for _ in range(40):
        corrupt[rng.randrange(60, len(corrupt))] = rng.randrange(256)
    corrupt = bytes(corrupt).replace(b"xref", b"xrfe").replace(b"startxref", b"startxrfe")
    put("corrupt.pdf", corrupt + b"\n1 0 obj << /Type /Catalog /Pages 99 0 R >>\nendobj\ntrailer << /Root 77 0 R >>\n"
                                 b"startxref\n999999\n%%EOF\n")
    put("encrypted.pdf", simple_pdf(letter_content(), encrypt=(b"rahasia", b"pemilik")))
    put("encrypted-owner-only.pdf", simple_pdf(letter_content(), encrypt=(b"", b"pemilik")))
    put("random-bytes.pdf", rng.randbytes(65536))
    put("huge-dimensions.png", png_bytes(100000, 100000, b"\x00" + b"\xff" * 64))
    put("zero-size.png", png_bytes(0, 0, b""))
    put("zero-size.tif", tiff_bytes(0, 0))
    put("corrupt.tif", tiff_bytes(64, 64, ifd_offset=10 ** 7))
    put("many-pages.pdf", many_pages_pdf(300))
    put("not-an-image.png", ("Ini bukan gambar. Surat permohonan pencabutan sertifikat elektronik ada di "
                             "lampiran email.\n" * 20).encode("utf-8"))
    hostile = HOSTILE_TEXT.encode("utf-8") + b"\x00\x01\x02\xff\xfe\xc3\x28\xed\xa0\x80\xef\xbf\xbe\n" + \
        b"A" * 200000 + b"\n"
    put("hostile.txt", hostile)
    put("hostile-text-layer.pdf", hostile_text_pdf())
    # image files made from a real rendered letter
    png, jpg = _letter_images(rng)
    put("truncated.png", png[:len(png) // 2])
    put("truncated.jpg", jpg[:len(jpg) // 2])
    put("jpeg-named.pdf", jpg)
    put("surat & lampiran (salinan) \u00e9.png", png)
    return [d[0] for d in DESCRIPTION]


def _letter_images(rng):
    import compose
    import render
    import sets
    ctx = sets.new_ctx(rng)
    L = compose.make_request(rng, ctx, sets.holders(rng, ctx, 1))
    doc = sets.layout_letter(rng, L, one_page=True)
    img = render.rasterize(doc.pages[0], 150).convert("L")
    b1, b2 = io.BytesIO(), io.BytesIO()
    img.save(b1, "PNG", dpi=(150, 150))
    img.save(b2, "JPEG", quality=85, dpi=(150, 150))
    return b1.getvalue(), b2.getvalue()
