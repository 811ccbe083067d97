#!/usr/bin/python3
"""Scan and OCR test inputs, made fresh: a letter page rendered at 300 dpi (upright, turned,
skewed), a blank page, a multi-page TIFF, image-only and text-layer PDFs, and the bad inputs
of issue 2. Usage: make_fixtures.py OUTDIR (written to a temporary folder, then renamed, so
tests running in parallel never see half of it)."""
import os
import random
import shutil
import struct
import subprocess
import sys
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

DPI = 300
A4_PX = (2480, 3508)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
# The words the OCR tests look for are in here; keep the file and the tests in step.
LETTER = [
    "PEMERINTAH KABUPATEN MAMUJU",
    "DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN",
    "",
    "Nomor    : 800/112/II/2024/BKPSDM",
    "Sifat    : Biasa",
    "Perihal  : Permohonan Pencabutan Sertifikat Elektronik",
    "",
    "Yth. Kepala Dinas Komunikasi, Informatika dan Persandian",
    "di Mamuju",
    "",
    "Dengan hormat, bersama ini kami mengajukan permohonan",
    "pencabutan sertifikat elektronik atas nama pegawai berikut:",
    "",
    "Nama     : Muhammad Rizal, S.Kom.",
    "NIP      : 19900315 201503 1 002",
    "NIK      : 7602011503900002",
    "Jabatan  : Analis Kepegawaian",
    "Email    : rizal@mamujukab.go.id",
    "Alasan   : mutasi ke instansi lain",
    "",
    "Demikian permohonan ini disampaikan, atas perhatiannya",
    "diucapkan terima kasih.",
    "",
    "Mamuju, 14 Februari 2024",
    "Kepala Badan Kepegawaian",
]


def letter_page(ink=0, paper=255):
    page = Image.new("L", A4_PX, paper)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 46)
    y = 260
    for line in LETTER:
        draw.text((250, y), line, fill=ink, font=font)
        y += 90
    return page


def blank_page():
    page = Image.new("L", A4_PX, 255)
    draw = ImageDraw.Draw(page)
    rng = random.Random(5)
    for _ in range(40):  # scanner dust
        x, y = rng.randrange(A4_PX[0]), rng.randrange(A4_PX[1])
        draw.ellipse((x, y, x + 3, y + 3), fill=90)
    return page


def save_png(image, path):
    image.save(path, dpi=(DPI, DPI))


def text_pdf(path, pages=1, text=True):
    pdf = canvas.Canvas(path, pagesize=A4)
    for _ in range(pages):
        if text:
            pdf.setFont("Helvetica", 11)
            y = A4[1] - 72
            for line in LETTER:
                pdf.drawString(60, y, line)
                y -= 21
        pdf.showPage()
    pdf.save()


def png_chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png_claiming(width, height):
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) +
            png_chunk(b"IDAT", zlib.compress(b"\0" * 16)) + png_chunk(b"IEND", b""))


def with_grain(page, seed, strength=0.27):
    """Camera grain, the same for every run: about Gaussian (the mean of four uniform
    noises, sigma 37), scaled by `strength` (0.27: sigma near 10 grey levels)."""
    rng = random.Random(seed)
    uniform = [Image.frombytes("L", page.size, rng.randbytes(page.width * page.height))
               for _ in range(4)]
    noise = ImageChops.add(ImageChops.add(uniform[0], uniform[1], scale=2.0),
                           ImageChops.add(uniform[2], uniform[3], scale=2.0), scale=2.0)
    noise = noise.point(lambda v: int(128 + (v - 128) * strength))
    return ImageChops.add(page, noise, scale=1.0, offset=-128)


def tiff_claiming(width, height, directory_offset=8):
    entries = [(256, 4, width), (257, 4, height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
               (273, 4, 8), (277, 3, 1), (278, 4, height), (279, 4, 0)]
    ifd = struct.pack("<H", len(entries))
    for tag, kind, value in entries:
        ifd += struct.pack("<HHI", tag, kind, 1) + (struct.pack("<HH", value, 0) if kind == 3
                                                    else struct.pack("<I", value))
    return b"II*\0" + struct.pack("<I", directory_offset) + ifd + struct.pack("<I", 0)


def write(path, data):
    with open(path, "wb") as out:
        out.write(data)


def make(out):
    letter = letter_page()
    save_png(letter, os.path.join(out, "letter.png"))
    for angle in (90, 180, 270):  # PIL turns counter-clockwise
        save_png(letter.rotate(angle, expand=True), os.path.join(out, f"letter-r{angle}.png"))
    save_png(letter.rotate(3, resample=Image.BICUBIC, fillcolor=255),
             os.path.join(out, "letter-skew3.png"))
    save_png(blank_page(), os.path.join(out, "blank.png"))
    save_png(letter_page(ink=175, paper=215), os.path.join(out, "faded.png"))  # worn toner
    # Fainter still, with two dark copier bands: Tesseract's own threshold falls between
    # the bands and the paper, so the text goes with the paper (nothing read as scanned).
    faint = letter_page(ink=165, paper=212)
    for x in (200, 1700):
        ImageDraw.Draw(faint).rectangle((x, 0, x + 40, faint.height), fill=60)
    save_png(faint, os.path.join(out, "faint-streaked.png"))
    # The same faint print with thin streaks down it, slightly slanted as on a skewed copy:
    # they are lines, not letters, and go before OCR.
    thin = letter_page(ink=165, paper=212)
    for x in (700, 1300, 1900):
        ImageDraw.Draw(thin).line([(x, 0), (x + 60, thin.height)], fill=60, width=4)
    save_png(thin, os.path.join(out, "faint-thin-streaks.png"))
    # Fainter and grainy, as a phone photo of a light print: normalising the background
    # leaves the grain as strong as the print; it reads once the grain is smoothed.
    save_png(with_grain(letter_page(ink=195, paper=225), seed=7), os.path.join(out, "faint-grainy.png"))
    # A tall table's grid: its vertical rules meet horizontal ones; they are no streaks.
    grid = letter_page()
    pen = ImageDraw.Draw(grid)
    for x in (230, 1000, 2300):
        pen.line([(x, 1150), (x, 3350)], fill=0, width=3)
    for y in range(1150, 3351, 200):
        pen.line([(230, y), (2300, y)], fill=0, width=3)
    save_png(grid, os.path.join(out, "table-grid.png"))
    # A blue ballpoint signature and a purple-blue stamp ring over the print, inked as ink
    # is (multiplied: black stays black under it).
    stamped = letter.convert("RGB")
    marks = Image.new("RGB", stamped.size, (255, 255, 255))
    pen = ImageDraw.Draw(marks)
    pen.line([(300, 700), (900, 560), (1500, 760), (2100, 600)], fill=(25, 35, 130), width=9)
    pen.ellipse((1000, 1500, 1500, 2000), outline=(60, 50, 170), width=10)
    save_png(ImageChops.multiply(stamped, marks), os.path.join(out, "stamped.png"))
    table = letter_page()
    ImageDraw.Draw(table).rectangle((200, 330, 2280, 333), fill=0)  # a table rule
    save_png(table, os.path.join(out, "table.png"))
    letter.save(os.path.join(out, "letter.jpg"), quality=85, dpi=(DPI, DPI))
    letter.save(os.path.join(out, "pages.tif"), save_all=True, compression="tiff_deflate",
                append_images=[blank_page(), letter.rotate(180)], dpi=(DPI, DPI))
    letter.save(os.path.join(out, "image.pdf"), resolution=DPI)
    text_pdf(os.path.join(out, "text.pdf"))
    dense = Image.new("L", (A4_PX[0] * 2, A4_PX[1] * 2), 255)
    for x in (0, A4_PX[0]):
        for y in (0, A4_PX[1]):
            dense.paste(letter, (x, y))
    save_png(dense, os.path.join(out, "dense.png"))

    bad = os.path.join(out, "bad")
    os.mkdir(bad)
    write(os.path.join(bad, "empty.pdf"), b"")
    with open(os.path.join(out, "text.pdf"), "rb") as whole:
        data = whole.read()
    write(os.path.join(bad, "truncated.pdf"), data[: len(data) // 2])
    write(os.path.join(bad, "corrupt.pdf"),
          b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ngarbage\x00\xff" +
          b"xref\n0 3\nnot a table\ntrailer\n<< /Root 1 0 R >>\nstartxref\n99999\n%%EOF\n")
    subprocess.run(["qpdf", "--encrypt", "rahasia", "owner", "256", "--",
                    os.path.join(out, "text.pdf"), os.path.join(bad, "encrypted.pdf")], check=True)
    write(os.path.join(bad, "random.pdf"), random.Random(1).randbytes(65536))
    write(os.path.join(bad, "huge.png"), png_claiming(100000, 100000))
    write(os.path.join(bad, "zero.png"), png_claiming(0, 0))
    write(os.path.join(bad, "zero.tif"), tiff_claiming(0, 0))
    write(os.path.join(bad, "beyond.tif"), tiff_claiming(2480, 3508, directory_offset=1 << 20))
    text_pdf(os.path.join(bad, "many.pdf"), pages=300, text=False)
    write(os.path.join(bad, "notes.txt"), b"<letter>not a scan</letter>\n")


def main():
    out = sys.argv[1]
    if os.path.isdir(out):
        return
    temp = f"{out}.tmp-{os.getpid()}"
    os.makedirs(temp)
    make(temp)
    try:
        os.rename(temp, out)
    except OSError:  # another test process finished first
        shutil.rmtree(temp)


if __name__ == "__main__":
    main()
