"""Shared by the benchmarks: one scan file (PDF, TIFF, PNG, JPEG) as 300-dpi grey PNG pages."""
import glob
import subprocess

from PIL import Image


def scan_to_pages(scan, stem):
    """Writes every page of `scan` as STEM-N.png (PDFs through pdftoppm); returns the paths."""
    if scan.endswith(".pdf"):
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", scan, stem], check=True)
        return sorted(glob.glob(stem + "*.png"))
    pages = []
    image = Image.open(scan)
    for frame in range(getattr(image, "n_frames", 1)):
        image.seek(frame)
        path = f"{stem}-{frame}.png"
        image.convert("L").save(path, dpi=(300, 300))
        pages.append(path)
    return pages
