#!/usr/bin/python3
"""OCR speed of cabut against the bare `tesseract` command and against ocrmypdf, on the same
generated letter pages. Never run in CI (minutes of CPU; figures depend on the machine's load).

  1. one core: `cabut extract --jobs 1` over N page images vs `tesseract IMG out -l ind+eng
     --psm 3` run once per page, and once over a list of the N images (models loaded once),
     OMP_THREAD_LIMIT=1 for all: seconds per page and ratios;
  2. a 20-page batch with `cabut extract --jobs 1` vs `--jobs 2`: the speed-up of two cores;
  3. the same pages as one-page PDFs: `ocrmypdf --rotate-pages --deskew -l ind+eng` per file
     vs `cabut extract --pdf DIR` over all (both write searchable PDFs; both use all cores).

Usage: bench/ocr/speed.py [--build build] [--pages 6] [--batch 20] [--skip-ocrmypdf]
ocrmypdf (Debian package) is installed here if missing; it is not a project dependency.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from PIL import Image  # noqa: E402
from pages import scan_to_pages  # noqa: E402  (bench/pages.py)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LANGS = "ind+eng"
PSM = "3"


def timed(command, **kwargs):
    started = time.monotonic()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    if result.returncode != 0:
        sys.exit(f"{command[0]} {command[1]} failed ({result.returncode}): "
                 f"{result.stderr.decode(errors='replace')[-500:]}")
    return time.monotonic() - started


def page_images(out, count):
    """Every page of a generated clean + degraded set as a 300-dpi grey PNG."""
    samples = os.path.join(out, "samples")
    for name, seed in (("clean", 11), ("degraded", 12)):
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "samples/generator/generate.py"),
                        "--out", os.path.join(samples, name), "--set", name, "--count",
                        str(count), "--seed", str(seed), "--quiet"], check=True)
    pages_dir = os.path.join(out, "pages")
    os.makedirs(pages_dir)
    pages = []
    for scan in sorted(glob.glob(os.path.join(samples, "*", "case*", "*"))):
        stem = os.path.join(pages_dir, f"p{len(pages):03d}")
        pages += scan_to_pages(scan, stem)
    return pages


def ensure_ocrmypdf():
    if shutil.which("ocrmypdf"):
        return True
    print("installing ocrmypdf (Debian package) for the comparison...", flush=True)
    result = subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                             "ocrmypdf"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return result.returncode == 0 and shutil.which("ocrmypdf") is not None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--skip-ocrmypdf", action="store_true")
    args = parser.parse_args()
    cabut = os.path.join(args.build, "cabut")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")

    with tempfile.TemporaryDirectory() as out:
        pages = page_images(out, max(12, args.batch // 2 + 2))
        if len(pages) < max(args.pages, args.batch):
            sys.exit(f"only {len(pages)} pages generated")
        single = pages[: args.pages]
        scratch = os.path.join(out, "tess")
        tesseract = sum(timed(["tesseract", p, scratch, "-l", LANGS, "--psm", PSM], env=env)
                        for p in single)
        # tesseract also takes a list of images in one run: its models load only once.
        listing = os.path.join(out, "pages.txt")
        with open(listing, "w") as names:
            names.write("\n".join(single) + "\n")
        tesseract_list = timed(["tesseract", listing, scratch, "-l", LANGS, "--psm", PSM], env=env)
        ours = timed([cabut, "extract", "--jobs", "1"] + single, env=env)
        n = len(single)
        print(f"one core, {n} pages: tesseract per page {tesseract / n:.2f} s/page, "
              f"tesseract on a list {tesseract_list / n:.2f} s/page, "
              f"cabut extract {ours / n:.2f} s/page; ratio {ours / tesseract:.2f} "
              f"(per-page runs), {ours / tesseract_list:.2f} (list)")

        batch = pages[: args.batch]
        one = timed([cabut, "extract", "--jobs", "1"] + batch, env=env)
        two = timed([cabut, "extract", "--jobs", "2"] + batch, env=env)
        print(f"batch of {len(batch)} pages: --jobs 1 {one:.1f} s, --jobs 2 {two:.1f} s, "
              f"speed-up {one / two:.2f}")

        if args.skip_ocrmypdf or not ensure_ocrmypdf():
            print("ocrmypdf: skipped")
            return
        pdfs = []
        for page in single:
            pdf = page[:-4] + ".pdf"
            Image.open(page).save(pdf, resolution=300)
            pdfs.append(pdf)
        theirs_dir = os.path.join(out, "ocrmypdf")
        os.makedirs(theirs_dir)
        theirs = sum(timed(["ocrmypdf", "--rotate-pages", "--deskew", "-l", LANGS, pdf,
                            os.path.join(theirs_dir, os.path.basename(pdf))], env=env)
                     for pdf in pdfs)
        ours_dir = os.path.join(out, "cabut-pdf")
        os.makedirs(ours_dir)
        ours = timed([cabut, "extract", "--pdf", ours_dir] + pdfs, env=env)
        print(f"searchable PDFs, {len(pdfs)} files: ocrmypdf {theirs / len(pdfs):.2f} s/page, "
              f"cabut extract --pdf {ours / len(pdfs):.2f} s/page, "
              f"cabut is {theirs / ours:.2f}x faster")


if __name__ == "__main__":
    main()
