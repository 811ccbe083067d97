"""The sample sets: which letters go into which files of which case, and writing them out with
their ground truth."""
import datetime
import os
import struct
import time

from PIL import Image

import compose
import degrade
import render
import templates
import truth
import vocab

BLANK = "blank"


class ScanFile:
    """One file of a case: its letters (or BLANK pages) in order, and how it is written."""

    def __init__(self, name, fmt, items, dpi=300, mode="L", duplex=False, rotate=None, profile=None):
        self.name, self.fmt, self.items = name, fmt, items
        self.dpi, self.mode, self.duplex = dpi, mode, duplex
        self.rotate = rotate or {}
        self.profile = profile


# ------------------------------------------------------------------ context helpers
def new_ctx(rng, region=None, office_kind=None):
    region = region or rng.choice(vocab.REGIONS)
    tmpl = None
    if office_kind:
        tmpl = [o for o in vocab.OFFICES if o["kind"] == office_kind][0]
    elif rng.random() < 0.3:
        tmpl = vocab.OFFICES[1] if rng.random() < 0.5 else None
    office = compose.resolve_office(rng, region, tmpl)
    kom = compose.resolve_office(rng, region, kominfo=True)
    ctx = dict(region=region, office=office, kominfo=kom)
    ctx["head"] = compose.make_head(rng, region, office)
    # mostly January-May 2024; some from the second half of 2023 so that every month name and
    # Roman month numeral occurs (all before 2024-06-01, the --today of the tests)
    if rng.random() < 0.3:
        ctx["date"] = compose.letter_date(rng, year=2023, months=(6, 12))
    else:
        ctx["date"] = compose.letter_date(rng)
    return ctx


def holders(rng, ctx, n, **kw):
    out = []
    for _ in range(n):
        kw2 = dict(kw)
        if "personal_email" not in kw2 and rng.random() < 0.04:
            kw2["personal_email"] = True  # a few holders give a private address
        out.append(compose.make_holder(rng, ctx["region"], ctx["office"], **kw2))
    return out


def pair(rng, ctx, hs, personal=None, req_kw=None, rec_kw=None):
    """A request and the matching recommendation for the same holders."""
    req = compose.make_request(rng, ctx, hs, personal=personal, **(req_kw or {}))
    rec_kw = dict(rec_kw or {})
    if "date" not in rec_kw:
        rd = req.date + datetime.timedelta(days=rng.randint(-6, 3))
        if rd.weekday() > 4:
            rd -= datetime.timedelta(days=2)
        rec_kw["date"] = rd
    rec = compose.make_recommendation(rng, ctx, hs, req_date=req.date if req.layout == "personal" else None,
                                      same_reasons_as=req.reason_mode, **rec_kw)
    return req, rec


def fname(rng, kind, ext, i=0):
    d = rng.randint(1, 28)
    m = rng.randint(1, 5)
    pat = rng.choice(["scan-{n:04d}", "IMG_2024{m:02d}{d:02d}_{t:04d}", "doc{n:05d}", "{k}-{n:03d}",
                      "SKM_C{n:05d}", "{k}_{d:02d}{m:02d}2024"])
    return pat.format(n=rng.randint(1, 9999), m=m, d=d, t=rng.randint(0, 2359), k=kind) + "." + ext


# ------------------------------------------------------------------ recipes (clean / degraded)
def r_personal_png(rng, ctx):
    req = compose.make_request(rng, ctx, holders(rng, ctx, 1), personal=True)
    return [ScanFile(fname(rng, "permohonan", "png"), "png", [req])]


def r_recommendation_jpg(rng, ctx):
    rec = compose.make_recommendation(rng, ctx, holders(rng, ctx, 1))
    return [ScanFile(fname(rng, "rekomendasi", "jpg"), "jpg", [rec], mode="RGB")]


def r_pair_files(rng, ctx):
    req, rec = pair(rng, ctx, holders(rng, ctx, 1))
    return [ScanFile("01-" + fname(rng, "permohonan", "png"), "png", [req]),
            ScanFile("02-" + fname(rng, "rekomendasi", "png"), "png", [rec], mode="RGB")]


def r_pair_image_pdf(rng, ctx):
    req, rec = pair(rng, ctx, holders(rng, ctx, 1))
    return [ScanFile(fname(rng, "surat", "pdf"), "pdf", [req, rec])]


def r_office_text_pdf(rng, ctx):
    req = compose.make_request(rng, ctx, holders(rng, ctx, rng.randint(1, 3)), personal=False)
    return [ScanFile(fname(rng, "permohonan", "pdf"), "textpdf", [req])]


def r_pair_text_pdf(rng, ctx):
    req, rec = pair(rng, ctx, holders(rng, ctx, rng.randint(1, 2)), personal=False)
    return [ScanFile(fname(rng, "pencabutan", "pdf"), "textpdf", [req, rec])]


def r_long_table_tiff(rng, ctx):
    hs = holders(rng, ctx, rng.randint(14, 18))
    req = compose.make_request(rng, ctx, hs, personal=False, reason_mode="table",
                               layout=rng.choice(["modern", "sigdate"]))
    rec = compose.make_recommendation(rng, ctx, hs, same_reasons_as="table", reason_mode="table")
    return [ScanFile(fname(rng, "permohonan", "tif"), "tif", [req], mode="1"),
            ScanFile(fname(rng, "rekomendasi", "tif"), "tif", [rec], mode="L")]


def r_recommendation_g4(rng, ctx):
    rec = compose.make_recommendation(rng, ctx, holders(rng, ctx, rng.randint(1, 2)))
    return [ScanFile(fname(rng, "rekomendasi", "tif"), "tif", [rec], mode="1")]


def r_duplex_pdf(rng, ctx):
    req, rec = pair(rng, ctx, holders(rng, ctx, 1))
    return [ScanFile(fname(rng, "duplex", "pdf"), "pdf", [req, rec], duplex=True)]


def r_duplex_tiff_two_pages(rng, ctx):
    req = compose.make_request(rng, ctx, holders(rng, ctx, rng.randint(1, 2)), personal=False,
                               force_two_pages=True)
    return [ScanFile(fname(rng, "duplex", "tif"), "tif", [req], duplex=True, mode="L")]


def r_disposition_and_request(rng, ctx):
    req = compose.make_request(rng, ctx, holders(rng, ctx, 1))
    disp = compose.make_disposition(rng, ctx, req)
    return [ScanFile("disposisi-" + fname(rng, "d", "png"), "png", [disp], mode="RGB"),
            ScanFile(fname(rng, "permohonan", "pdf"), "pdf", [req])]


def r_blank_only(rng, ctx):
    return [ScanFile(fname(rng, "scan", "png"), "png", [BLANK])]


def r_invitation(rng, ctx):
    return [ScanFile(fname(rng, "undangan", "jpg"), "jpg", [compose.make_invitation(rng, ctx)], mode="RGB")]


def r_three_in_pdf(rng, ctx):
    req, rec = pair(rng, ctx, holders(rng, ctx, 1))
    disp = compose.make_disposition(rng, ctx, req)
    return [ScanFile(fname(rng, "berkas", "pdf"), "pdf", [disp, req, rec])]


def r_issuance(rng, ctx):
    iss = compose.make_issuance(rng, ctx, holders(rng, ctx, rng.randint(1, 3)))
    return [ScanFile(fname(rng, "surat", "png"), "png", [iss])]


def r_office_table_pair(rng, ctx):
    hs = holders(rng, ctx, rng.randint(2, 4))
    req, rec = pair(rng, ctx, hs, personal=False)
    return [ScanFile("a-" + fname(rng, "permohonan", "pdf"), "pdf", [req]),
            ScanFile("b-" + fname(rng, "rekomendasi", "pdf"), "pdf", [rec])]


def r_sig_page2_text_pdf(rng, ctx):
    req = compose.make_request(rng, ctx, holders(rng, ctx, rng.randint(2, 3)), personal=False,
                               force_two_pages=True)
    return [ScanFile(fname(rng, "permohonan", "pdf"), "textpdf", [req])]


def r_personal_pair_jpg(rng, ctx):
    req, rec = pair(rng, ctx, holders(rng, ctx, 1), personal=True)
    return [ScanFile("1_" + fname(rng, "permohonan", "jpg"), "jpg", [req], mode="RGB"),
            ScanFile("2_" + fname(rng, "rekomendasi", "jpg"), "jpg", [rec], mode="RGB")]


def r_title_recommendation_tif(rng, ctx):
    rec = compose.make_recommendation(rng, ctx, holders(rng, ctx, 1), layout="title")
    return [ScanFile(fname(rng, "rekomendasi", "tif"), "tif", [rec], mode="L")]


def r_pair_pdf_rec_first(rng, ctx):
    req, rec = pair(rng, ctx, holders(rng, ctx, 1))
    return [ScanFile(fname(rng, "surat", "pdf"), "pdf", [rec, req], mode="RGB")]


def r_two_requests_pdf(rng, ctx):
    a = compose.make_request(rng, ctx, holders(rng, ctx, 1), personal=True)
    b = compose.make_request(rng, ctx, holders(rng, ctx, 1), personal=True)
    return [ScanFile(fname(rng, "permohonan", "pdf"), "pdf", [a, b])]


def r_request_two_holders_png(rng, ctx):
    req = compose.make_request(rng, ctx, holders(rng, ctx, 2), personal=False, reason_mode="kv")
    return [ScanFile(fname(rng, "permohonan", "png"), "png", [req])]


def r_pair_multipage_tiff(rng, ctx):
    req, rec = pair(rng, ctx, holders(rng, ctx, rng.randint(1, 2)))
    return [ScanFile(fname(rng, "scan", "tif"), "tif", [req, rec], mode=rng.choice(["L", "1"]))]


def r_request_no_reason(rng, ctx):
    req = compose.make_request(rng, ctx, holders(rng, ctx, 1), reason_code="none")
    return [ScanFile(fname(rng, "permohonan", "png"), "png", [req])]


def r_request_and_disposition_tiff(rng, ctx):
    req = compose.make_request(rng, ctx, holders(rng, ctx, rng.randint(1, 2)), personal=False)
    disp = compose.make_disposition(rng, ctx, req)
    return [ScanFile(fname(rng, "scan", "tif"), "tif", [req, disp], mode="L")]


def r_two_holders_pair_jpg(rng, ctx):
    req, rec = pair(rng, ctx, holders(rng, ctx, 2), personal=False)
    return [ScanFile("p-" + fname(rng, "permohonan", "jpg"), "jpg", [req]),
            ScanFile("r-" + fname(rng, "rekomendasi", "jpg"), "jpg", [rec])]


RECIPES = [r_personal_png, r_recommendation_jpg, r_pair_files, r_pair_image_pdf, r_office_text_pdf,
           r_pair_text_pdf, r_long_table_tiff, r_recommendation_g4, r_duplex_pdf, r_duplex_tiff_two_pages,
           r_disposition_and_request, r_blank_only, r_invitation, r_three_in_pdf, r_issuance, r_office_table_pair,
           r_sig_page2_text_pdf, r_personal_pair_jpg, r_title_recommendation_tif, r_pair_pdf_rec_first,
           r_two_requests_pdf, r_request_two_holders_png, r_pair_multipage_tiff, r_request_no_reason,
           r_request_and_disposition_tiff, r_two_holders_pair_jpg]
# degraded: which case gets a page upside down / turned by 90 degrees (index into RECIPES order)
DEGRADED_ROTATIONS = {2: (0, 0, 180), 3: (0, 1, 90), 9: (0, 2, 180), 18: (0, 0, 270), 22: (0, 0, 180)}


# ------------------------------------------------------------------ writing a case
def write_case(rng, case_dir, files, degraded=False):
    """Lays out, renders and writes the files; returns the truth documents."""
    os.makedirs(case_dir, exist_ok=True)
    docs = []
    for sf in files:
        pages = []  # (ops, is_blank)
        for item in sf.items:
            if item is BLANK:
                pages.append(([], True))
                docs.append([sf.name, len(pages), len(pages), "other", None])
                continue
            L = item
            if degraded:
                L.marks["overlap"] = L.marks.get("signature", False) and rng.random() < 0.8
            doc = layout_letter(rng, L, one_page=sf.fmt in ("png", "jpg"))
            if len(doc.pages) > 1 and sf.fmt in ("png", "jpg"):
                # a single-image format cannot hold it: the mailroom would have made a PDF
                sf.fmt = "pdf"
                sf.name = os.path.splitext(sf.name)[0] + ".pdf"
                for d in docs:
                    d[0] = sf.name
            first = len(pages) + 1
            for k, ops in enumerate(doc.pages):
                pages.append((ops, False))
                last = len(pages)
                if sf.duplex:
                    pages.append(([], True))
            docs.append([sf.name, first, last, L.kind if L.kind != "blank" else "other", L])
        path = os.path.join(case_dir, sf.name)
        if sf.fmt == "textpdf":
            render.write_text_pdf([p[0] for p in pages], path)
        else:
            images = render_pages(rng, sf, pages, degraded)
            save_images(rng, images, path, sf, degraded)
    return [(d[0], truth.pages_attr(d[1], d[2]), d[3], d[4]) for d in docs]


def layout_letter(rng, L, one_page=False):
    doc = templates.render_letter(rng, L)
    tries = 0
    while one_page and len(doc.pages) > 1 and tries < 4:
        tries += 1
        st = templates.choose_style(rng, size=rng.choice([10, 10.5, 11]))
        st.update(lead=rng.uniform(1.12, 1.25), mt=30, mb=40)
        doc = templates.render_letter(rng, L, st)
    return doc


def render_pages(rng, sf, pages, degraded):
    images = []
    prof = sf.profile if degraded else None
    if degraded and prof is None:
        prof = degrade.choose_profile(rng)
    dpi = prof["dpi"] if prof else sf.dpi
    paper = (255, 255, 255) if rng.random() < 0.7 else (252, 251, 246)
    prev = None
    for i, (ops, blank) in enumerate(pages):
        if blank:
            img = degrade.blank_back(prev if (degraded and sf.duplex) else None, prof, rng, dpi)
        else:
            img = render.rasterize(ops, dpi, paper)
            prev = img
        if prof:
            img = degrade.degrade_page(img, prof, rng, rotate=sf.rotate.get(i, 0))
        elif sf.mode == "1":
            img = img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
        elif sf.mode == "L":
            img = img.convert("L")
        images.append(img)
    sf.dpi = dpi
    return images


def save_images(rng, images, path, sf, degraded):
    dpi = (sf.dpi, sf.dpi)
    fmt = sf.fmt
    if fmt in ("png", "jpg"):
        assert len(images) == 1, "%s holds %d pages" % (path, len(images))
    if fmt == "png":
        images[0].save(path, "PNG", dpi=dpi)
    elif fmt == "jpg":
        img = images[0]
        if img.mode == "1":
            img = img.convert("L")
        q = (sf.profile or {}).get("jpeg") if degraded else None
        img.save(path, "JPEG", quality=q or rng.randint(80, 92), dpi=dpi)
    elif fmt == "tif":
        modes = set(i.mode for i in images)
        if modes == {"1"}:
            comp = "group4"
        elif "RGB" in modes:
            images = [i.convert("RGB") for i in images]
            comp = "jpeg" if degraded else rng.choice(["tiff_lzw", "tiff_deflate", "jpeg"])
        else:
            images = [i.convert("L") for i in images]
            comp = "tiff_deflate" if degraded else rng.choice(["tiff_lzw", "tiff_deflate", "packbits"])
        extra = {"quality": rng.randint(60, 85)} if comp == "jpeg" else {}
        images[0].save(path, "TIFF", save_all=True, append_images=images[1:], compression=comp, dpi=dpi, **extra)
        zero_tiff_padding(path)
    elif fmt == "pdf":
        images = [i.convert("L") if i.mode == "1" else i for i in images]
        stamp = time.struct_time((2024, 6, 1, 8, 0, 0, 5, 153, 0))  # fixed, so that output is reproducible
        images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=float(sf.dpi),
                       creationDate=stamp, modDate=stamp, creator="cabut sample generator")
    else:
        raise ValueError(fmt)


def zero_tiff_padding(path):
    """libtiff leaves alignment bytes uninitialised; zero every byte that no IFD, tag value or strip
    uses, so that the same pages always give the same file."""
    with open(path, "rb") as f:
        data = bytearray(f.read())
    e = "<" if data[:2] == b"II" else ">"
    used = bytearray(len(data))

    def mark(off, n):
        used[off:off + n] = b"\x01" * max(0, min(n, len(data) - off))

    sizes = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 16: 8}
    mark(0, 8)
    ifd = struct.unpack(e + "I", data[4:8])[0]
    seen = set()
    while ifd and ifd not in seen and ifd + 2 <= len(data):
        seen.add(ifd)
        n = struct.unpack(e + "H", data[ifd:ifd + 2])[0]
        mark(ifd, 2 + 12 * n + 4)
        tags = {}
        for k in range(n):
            p = ifd + 2 + 12 * k
            tag, typ, cnt = struct.unpack(e + "HHI", data[p:p + 8])
            size = sizes.get(typ, 1) * cnt
            if size > 4:
                off = struct.unpack(e + "I", data[p + 8:p + 12])[0]
                mark(off, size)
                raw = data[off:off + size]
            else:
                raw = data[p + 8:p + 8 + size]
            if tag in (273, 279, 324, 325) and typ in (3, 4):
                fmt = e + ("H" if typ == 3 else "I") * cnt
                tags[tag] = struct.unpack(fmt, raw[:struct.calcsize(fmt)])
        for offs, cnts in ((273, 279), (324, 325)):
            for off, c in zip(tags.get(offs, ()), tags.get(cnts, ())):
                mark(off, c)
        ifd = struct.unpack(e + "I", data[ifd + 2 + 12 * n:ifd + 6 + 12 * n])[0]
    import re
    for m in re.finditer(b"\x00+", bytes(used)):
        data[m.start():m.end()] = bytes(m.end() - m.start())
    with open(path, "wb") as f:
        f.write(data)


def make_extraction_case(seed, setname, index, out):
    """One case of the clean or degraded set: DIR/caseNN/ and DIR/caseNN.truth.xml."""
    import random
    rng = random.Random("%s:%s:%d" % (seed, setname, index))
    recipe = RECIPES[index % len(RECIPES)]
    ctx = new_ctx(rng)
    files = recipe(rng, ctx)
    degraded = setname == "degraded"
    name = "case%02d" % (index + 1)
    for sf in files:
        if sf.fmt in ("png", "jpg", "tif", "pdf"):
            sf.dpi = rng.choice([200, 240, 300, 300])
        if degraded:
            if sf.fmt == "textpdf":
                sf.fmt = "pdf"
            sf.profile = degrade.choose_profile(rng)
            if sf.fmt == "jpg" and not sf.profile.get("jpeg"):
                sf.profile["jpeg"] = rng.randint(30, 60)
            if sf.fmt == "png" and sf.profile["mode"] != "L":
                sf.profile["mode"] = "L"
    if degraded and index % len(RECIPES) in DEGRADED_ROTATIONS:
        fi, page, angle = DEGRADED_ROTATIONS[index % len(RECIPES)]
        files[fi].rotate = {page: angle}
    # unique names inside the case
    seen = set()
    for sf in files:
        while sf.name in seen:
            base, ext = os.path.splitext(sf.name)
            sf.name = base + "x" + ext
        seen.add(sf.name)
    docs = write_case(rng, os.path.join(out, name), files, degraded=degraded)
    docs.sort(key=lambda d: (d[0], int(d[1].split("-")[0])))
    truth.write_extraction(os.path.join(out, name + ".truth.xml"), docs)
    return name, len(docs), sum(1 for d in docs if d[2] != "other")
