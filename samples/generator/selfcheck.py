#!/usr/bin/python3
"""Checks a generated set against itself: every truth file is well-formed and in the contract's
formats, NIPs and NIKs are well-formed and agree (except in the malformed-* check cases), and,
with --ocr, every truth value can be found in the text of its page(s) (pdftotext for text PDFs,
tesseract -l ind+eng for images), which shows the truth holds only what the letter prints.

Usage: /usr/bin/python3 samples/generator/selfcheck.py [--ocr] [--jobs N] DIR
  DIR: a set written by generate.py (clean, degraded or cases). Exit 0 when all is well.
  --ocr on the degraded set reports how much OCR loses; it is not expected to find everything.
"""
import datetime
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

REASONS = {"keyCompromise", "affiliationChanged", "superseded", "cessationOfOperation", "unspecified"}
LEAVES = ["letter_number", "letter_date", "subject", "signatory/name", "signatory/nip", "signatory/position"]
HOLDER = ["name", "nip", "nik", "email", "position", "unit", "reason"]


def valid_date(y, m, d):
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def check_nip(nip):
    if not re.fullmatch(r"\d{18}", nip):
        return "not 18 digits"
    b = valid_date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
    if not b:
        return "impossible birth date"
    if nip[14] not in "12":
        return "gender digit"
    if nip[12:14] == "21" and int(nip[8:12]) >= 2019:
        return None  # PPPK
    tmt = valid_date(int(nip[8:12]), int(nip[12:14]), 1)
    if not tmt or tmt.year - b.year < 18:
        return "TMT"
    return None


def check_nik(nik, nip=None):
    if not re.fullmatch(r"\d{16}", nik):
        return "not 16 digits"
    d, m, y = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    female = d > 40
    if not valid_date(2000 + y if y < 30 else 1900 + y, m, d - 40 if female else d):
        return "impossible birth date"
    if nip and not check_nip(nip):
        if nip[2:4] != nik[10:12] or nip[4:6] != nik[8:10] or int(nip[6:8]) != (d - 40 if female else d):
            return "birth date differs from the NIP"
        if (nip[14] == "2") != female:
            return "gender differs from the NIP"
    return None


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join(ch for ch in s if ch.isalnum())


def page_text(path, first, last, tmp):
    if path.lower().endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-f", str(first), "-l", str(last), path, "-"], capture_output=True)
        txt = out.stdout.decode("utf-8", "replace")
        if len(txt.strip()) > 40:
            return txt
        base = os.path.join(tmp, "p")
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-f", str(first), "-l", str(last), path, base],
                       check=True)
        imgs = sorted(os.path.join(tmp, n) for n in os.listdir(tmp) if n.startswith("p"))
    else:
        from PIL import Image, ImageSequence
        im = Image.open(path)
        imgs = []
        for i, fr in enumerate(ImageSequence.Iterator(im)):
            if first - 1 <= i <= last - 1:
                p = os.path.join(tmp, "f%03d.png" % i)
                fr.convert("L").save(p, dpi=im.info.get("dpi", (300, 300)))
                imgs.append(p)
    txt = ""
    for p in imgs:
        r = subprocess.run(["tesseract", p, "-", "-l", "ind+eng", "--psm", "3"], capture_output=True,
                           env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        txt += r.stdout.decode("utf-8", "replace")
        os.remove(p)
    return txt


def month_forms(iso):
    from vocab import MONTHS
    y, m, d = map(int, iso.split("-"))
    return [norm("%d %s %d" % (d, MONTHS[m - 1], y)), norm("%02d %s %d" % (d, MONTHS[m - 1], y)),
            norm("%d Pebruari %d" % (d, y)), norm("%02d Pebruari %d" % (d, y)),
            norm("%d Nopember %d" % (d, y))]


def ocr_doc(args):
    folder, source, pages, values = args
    first, last = (int(x) for x in (pages.split("-") + [pages])[:2])
    with tempfile.TemporaryDirectory() as tmp:
        txt = norm(page_text(os.path.join(folder, source), first, last, tmp))
    missing = []
    values = [(f, v) for f, v in values if not f.endswith("reason")]
    for field, v in values:
        if field == "letter_date":
            ok = any(f in txt for f in month_forms(v))
        else:
            # contiguous, or word by word (cells of a ruled table wrap and interleave)
            ok = norm(v) in txt or all(norm(w) in txt for w in re.split(r"[\s@]+", v) if len(norm(w)) > 2)
        if not ok:
            missing.append((field, v))
    return source, pages, len(values), missing


def main(argv):
    ocr = "--ocr" in argv
    jobs = os.cpu_count() or 1
    if "--jobs" in argv:
        jobs = int(argv[argv.index("--jobs") + 1])
    d = [a for a in argv if not a.startswith("--") and not a.isdigit()][0]
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    problems = []
    work = []
    ncases = ndocs = 0
    for t in sorted(n for n in os.listdir(d) if n.endswith(".truth.xml")):
        case = t[:-len(".truth.xml")]
        root = ET.parse(os.path.join(d, t)).getroot()
        if root.tag != "extraction":
            problems.append("%s: root <%s>" % (t, root.tag))
        ncases += 1
        folder = os.path.join(d, case)
        files = set(os.listdir(folder))
        malformed = case.startswith("malformed")
        for doc in root.findall("document"):
            ndocs += 1
            src, pages, kind = doc.get("source"), doc.get("pages"), doc.get("kind")
            where = "%s/%s p%s" % (case, src, pages)
            if src not in files:
                problems.append("%s: no such file" % where)
            if kind not in ("request", "recommendation", "other"):
                problems.append("%s: kind %s" % (where, kind))
            if not re.fullmatch(r"\d+(-\d+)?", pages or ""):
                problems.append("%s: pages %r" % (where, pages))
            values = []
            for f in LEAVES:
                e = doc.find(f)
                if e is not None:
                    values.append((f, e.text or ""))
            for h in doc.findall("holder"):
                hv = {}
                for f in HOLDER:
                    e = h.find(f)
                    if e is not None:
                        hv[f] = e.text or ""
                        values.append(("holder/" + f, hv[f]))
                if hv.get("reason") not in REASONS:
                    problems.append("%s: reason %r" % (where, hv.get("reason")))
                if "email" in hv and hv["email"] != hv["email"].lower():
                    problems.append("%s: email not lower case" % where)
                if "nip" in hv and check_nip(hv["nip"]) and not malformed:
                    problems.append("%s: holder NIP %s: %s" % (where, hv["nip"], check_nip(hv["nip"])))
                if "nik" in hv and check_nik(hv["nik"], hv.get("nip")) and not malformed:
                    problems.append("%s: holder NIK %s: %s" % (where, hv["nik"], check_nik(hv["nik"], hv.get("nip"))))
            for f, v in values:
                if f == "letter_date" and not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                    problems.append("%s: date %r" % (where, v))
                if f == "signatory/nip" and check_nip(v):
                    problems.append("%s: signatory NIP %s: %s" % (where, v, check_nip(v)))
                if f == "letter_number" and re.search(r"\s", v):
                    problems.append("%s: letter_number has spaces" % where)
            if kind != "other" and ocr:
                work.append((folder, src, pages, values))
    found = total = 0
    if work:
        if jobs > 1:
            import multiprocessing
            with multiprocessing.Pool(jobs) as pool:
                results = pool.map(ocr_doc, work, chunksize=1)
        else:
            results = [ocr_doc(w) for w in work]
        for src, pages, n, missing in results:
            total += n
            found += n - len(missing)
            for f, v in missing:
                print("not found in text: %s p%s %s = %r" % (src, pages, f, v))
    for p in problems:
        print("problem:", p)
    print("selfcheck: cases=%d documents=%d problems=%d%s" % (
        ncases, ndocs, len(problems), (" ocr_found=%d/%d" % (found, total)) if work else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
