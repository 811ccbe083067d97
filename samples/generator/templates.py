"""Laying a Letter out on A4 pages: letterhead, number block, addressee, body, holder list or
table, signature block, stamp and signature, disposition sheet."""
import people
import render
from layout import Doc, SANS, SERIF, text_width, wrap


def choose_style(rng, size=None):
    serif = rng.random() < 0.65
    family = rng.choice(SERIF if serif else SANS)
    size = size or rng.choice([10, 10.5, 11, 11, 11.5, 12, 12, 12, 13])
    if family.startswith("dejavu"):
        size = min(size, 11)
    return dict(family=family, size=size, lead=rng.uniform(1.18, 1.45),
                ml=rng.uniform(62, 85), mr=rng.uniform(50, 68), mt=rng.uniform(32, 48), mb=rng.uniform(50, 68),
                justify=rng.random() < 0.6, indent=rng.random() < 0.55,
                page_numbers=rng.random() < 0.5)


# ------------------------------------------------------------------ pieces
def letterhead(doc, rng, lh):
    size = doc.size
    y0 = doc.y
    x0 = doc.ml
    if lh["emblem"]:
        ew, eh = 46, 56
        render.emblem(doc.ops, doc.ml + 2, y0 + 2, ew, eh, rng, colour=True)
        x0 = doc.ml + ew + 10
    x1 = doc.mr
    cx = (x0 + x1) / 2 if rng.random() < 0.7 else doc.W / 2
    y = y0
    gov_size = size + rng.choice([1, 2, 3])
    gov_style = rng.choice(["B", "R", "B"])
    doc.text_centered(cx, y + gov_size * 0.92, lh["lines"][0], doc.font(gov_style), gov_size)
    y += gov_size * 1.25
    osize = size + rng.choice([3, 4, 5])
    lines = wrap(lh["lines"][1], (x1 - x0) * 0.98, doc.font("B"), osize)
    while len(lines) > 2 and osize > size:
        osize -= 0.5
        lines = wrap(lh["lines"][1], (x1 - x0) * 0.98, doc.font("B"), osize)
    for ln in lines:
        doc.text_centered(cx, y + osize * 0.92, ln, doc.font("B"), osize)
        y += osize * 1.2
    asize = max(8.0, size - 2)
    for a in lh["address"]:
        for ln in wrap(a, (x1 - x0), doc.font("R"), asize):
            doc.text_centered(cx, y + asize * 0.92, ln, doc.font("R"), asize)
            y += asize * 1.25
    y = max(y, y0 + 62) + 3
    rule = lh["rule"]
    if rule == "double":
        doc.hline(doc.ml, doc.mr, y, w=2.4)
        doc.hline(doc.ml, doc.mr, y + 3.6, w=0.7)
        y += 4
    elif rule == "thick":
        doc.hline(doc.ml, doc.mr, y, w=2.2)
    else:
        doc.hline(doc.ml, doc.mr, y, w=1.0)
    doc.y = y + size * 1.2


def number_block(doc, L, x_label, x1, with_date_right=None, rows_extra=None):
    rows = []
    if L.number:
        rows.append(("Nomor", L.number))
    if L.sifat:
        rows.append(("Sifat", L.sifat))
    if L.lampiran:
        rows.append(("Lampiran", L.lampiran))
    if L.subject:
        rows.append((L.subject_label, L.subject))
    if not rows:
        return
    x_colon = x_label + text_width("Lampiran", doc.font(), doc.size) + 8
    if with_date_right:
        b = doc.baseline()
        doc.text_right(doc.mr, b, with_date_right, doc.font(), doc.size)
    doc.kv(rows, x_label, x_colon, x1=x1)
    return x_colon


def addressee(doc, L, x0, x1):
    a = L.addressee
    if not a:
        return
    if a.get("kepada"):
        doc.line("Kepada", x0=x0, x1=x1)
    yth = "Yth. " + a["yth"]
    lines = wrap(yth, x1 - x0, doc.font(), doc.size)
    for i, ln in enumerate(lines):
        doc.line(ln if i == 0 else ln, x0=x0 + (0 if i == 0 else text_width("Yth. ", doc.font(), doc.size)), x1=x1)
    for d in a["di"]:
        doc.line(d, x0=x0, x1=x1)


def holder_rows(rng, L, h, fields):
    """(label, value) rows of one holder in a colon list; also extras that are not truth fields."""
    lab = L.kv_labels
    rows = []
    for f in fields:
        if f == "name":
            rows.append((lab["name"], h.name))
        elif f == "nip":
            rows.append((lab["nip"], people.fmt_nip(h.nip, L.nip_style)))
            if L.extra_rank and not h.pppk:
                rows.append(("Pangkat/Gol.", "%s, %s" % h.rank))
        elif f == "nik":
            rows.append((lab["nik"], people.fmt_nik(h.nik, L.nik_style)))
        elif f == "position":
            rows.append(("Jabatan", h.position))
        elif f == "unit":
            rows.append((lab["unit"], h.unit))
        elif f == "email":
            rows.append((lab["email"], h.email))
            if L.extra_phone:
                rows.append(("No. HP", "08%d" % (rng.randint(1100000000, 5999999999))))
        elif f == "reason":
            rows.append((lab["reason"], h.reason_short or "-"))
    return rows


def _choose_labels(rng, L):
    L.kv_labels = dict(name=rng.choice(["Nama", "Nama", "Nama Lengkap"]), nip="NIP",
                       nik=rng.choice(["NIK", "NIK", "No. KTP/NIK"]),
                       unit=rng.choice(["Unit Kerja", "Unit Kerja", "Unit Organisasi"]),
                       email=rng.choice(["Email", "E-mail", "Alamat Email", "Alamat Surel"]),
                       reason=rng.choice(["Alasan", "Alasan Pencabutan", "Keterangan"]))
    L.nip_style = 1 if rng.random() < 0.15 else 0
    L.nik_style = 1 if rng.random() < 0.1 else 0
    L.extra_rank = rng.random() < 0.2
    L.extra_phone = rng.random() < 0.15


def holders_kv(doc, rng, L, x0):
    fields = L.holder_fields
    n = len(L.holders)
    labels = [r[0] for r in holder_rows(rng, L, L.holders[0], fields)]
    num = n > 1
    xl = x0 + (text_width("10. ", doc.font(), doc.size) if num else rng.choice([0, 0, 18]))
    x_colon = xl + max(text_width(s, doc.font(), doc.size) for s in labels) + rng.uniform(8, 25)
    for i, h in enumerate(L.holders):
        rows = holder_rows(rng, L, h, fields)
        doc.ensure(doc.lead() * min(len(rows), 4))
        if num:
            doc.text(x0, doc.baseline(), "%d." % (i + 1), doc.font(), doc.size)
        doc.kv(rows, xl, x_colon)
        if num and i < n - 1:
            doc.space(doc.size * 0.4)


TABLE_HEADERS = dict(name=["Nama", "Nama Pegawai", "Nama Lengkap"], nip=["NIP", "NIP"], nik=["NIK", "NIK"],
                     position=["Jabatan"], unit=["Unit Kerja", "Unit Organisasi"],
                     email=["Email", "Alamat Email", "E-mail"], reason=["Alasan", "Alasan Pencabutan", "Keterangan"])
FLEX = dict(name=1.35, position=1.1, unit=1.1, email=1.3, reason=0.9)


def holders_table(doc, rng, L, x0):
    tsz = min(doc.size, rng.choice([9, 9.5, 10, 10.5, 11]))
    x0 = min(x0, doc.ml)
    avail = doc.mr - x0 + rng.uniform(0, 12)
    fields = list(L.holder_fields)
    header_for = dict((f, rng.choice(TABLE_HEADERS[f])) for f in TABLE_HEADERS)
    pad = 3.0

    def values(f):
        return [{"name": h.name, "nip": people.fmt_nip(h.nip, L.nip_style), "nik": h.nik, "position": h.position,
                 "unit": h.unit, "email": h.email, "reason": h.reason_short or "-"}[f] for h in L.holders]

    while True:
        fR, fB = doc.font(), doc.font("B")
        widths = {"no": text_width("No.", fB, tsz) + 2 * pad + 2}
        for f in ("nip", "nik"):
            if f in fields:
                widths[f] = max([text_width(v, fR, tsz) for v in values(f)] + [text_width(header_for[f], fB, tsz)]) \
                    + 2 * pad + 2
        flex = [f for f in fields if f in FLEX]
        need = {}
        for f in flex:
            if f == "email":
                need[f] = min(max(text_width(v, fR, tsz) for v in values(f)), avail * 0.2)
            else:
                words = [w for v in values(f) for w in v.split()] + header_for[f].split()
                need[f] = max(text_width(w, fR if w not in header_for[f].split() else fB, tsz) for w in words)
            need[f] = max(need[f], 30) + 2 * pad + 2
        rest = avail - sum(widths.values()) - sum(need.values())
        if rest >= 0:
            total = sum(FLEX[f] for f in flex)
            for f in flex:
                widths[f] = need[f] + rest * FLEX[f] / total
            tall = max([len(wrap(v, widths[f] - 2 * pad, fR, tsz)) for f in flex if f != "email"
                        for v in values(f)] + [1])
            if tall <= 4 or (tsz <= 8.5 and "unit" not in fields and "nik" not in fields):
                break
        if tsz > 8.5:
            tsz -= 0.5
        elif "unit" in fields:
            fields.remove("unit")
        elif "nik" in fields:
            fields.remove("nik")
        elif "email" in fields:
            fields.remove("email")
        else:
            for f in flex:
                widths[f] = (avail - sum(widths.values())) / len(flex)
            break
    L.holder_fields = fields
    header = ["No."] + [header_for[f] for f in fields]
    cols = [values(f) for f in fields]
    rows = [[str(i + 1)] + [c[i] for c in cols] for i in range(len(L.holders))]
    doc.table(header, rows, [widths["no"]] + [widths[f] for f in fields], x0=x0, size=tsz, pad=pad,
              repeat_header=rng.random() < 0.6, align=["center"] + ["left"] * len(fields))
    doc.space(doc.size * 0.5)


def body(doc, rng, L, x0):
    indent = doc.st["indent"]
    for blk in L.body:
        if L.force_break_before_sig and blk is L.body[-1] and blk[0] == "p":
            doc.new_page()
        if blk[0] == "p":
            doc.paragraph(blk[1], x0=x0, indent=(doc.size * 3 if indent and blk[2] else 0))
            doc.space(doc.size * 0.35)
        elif blk[0] == "holders":
            mode = L.holder_mode
            if mode == "table":
                holders_table(doc, rng, L, x0)
            else:
                holders_kv(doc, rng, L, x0 + (doc.size * 2 if rng.random() < 0.4 else 0))
            doc.space(doc.size * 0.4)
        elif blk[0] == "signer":
            xl = x0 + rng.choice([0, 18])
            xc = xl + max(text_width(k, doc.font(), doc.size) for k, _ in L.signer_rows) + 12
            doc.kv(L.signer_rows, xl, xc)
            doc.space(doc.size * 0.4)
        elif blk[0] == "kv":
            xl = x0 + 18
            xc = xl + max(text_width(k, doc.font(), doc.size) for k, _ in blk[1]) + 12
            doc.kv(blk[1], xl, xc)
            doc.space(doc.size * 0.4)


def signature_block(doc, rng, L):
    sig = L.sig
    size = doc.size
    bx = doc.W * rng.uniform(0.5, 0.58)
    bw = doc.mr - bx + 5
    center = rng.random() < 0.55
    lines = []  # (text, style, underline)
    if sig.get("date_line"):
        lines.append((sig["date_line"], "R", False))
    for a in sig["an_lines"]:
        lines.append((a, "R", False))
    if sig["position"]:
        pl = wrap(sig["position"], bw, doc.font("B" if L.sig_bold_pos else "R"), size)
        pl[-1] += ","
        for p in pl:
            lines.append((p, "B" if L.sig_bold_pos else "R", False))
    elif sig.get("closing"):
        lines.append((sig["closing"], "R", False))
    gap = size * rng.uniform(3.6, 4.6)
    tail = [(sig["name_print"], "B" if sig["bold"] else "R", sig["underline"])]
    if sig["rank_line"]:
        tail.append((sig["rank_line"], "R", False))
    if sig["nip_line"]:
        tail.append((sig["nip_print"], "R", False))
    lead = doc.lead()
    total = (len(lines) + len(tail)) * lead + gap + size
    doc.space(size * 0.8)
    doc.ensure(total)

    def put(text, style, ul):
        b = doc.baseline()
        if center:
            doc.text_centered(bx + bw / 2, b, text, doc.font(style), size, underline=ul)
        else:
            doc.text(bx, b, text, doc.font(style), size, underline=ul)
        doc.y += lead

    top = doc.y
    for t in lines:
        put(*t)
    pos_bottom = doc.y
    doc.y += gap
    name_top = doc.y
    for t in tail:
        put(*t)
    bottom = doc.y
    # marks
    if center:
        sx0 = bx + bw / 2 - rng.uniform(45, 75)
    else:
        sx0 = bx + rng.uniform(-5, 30)
    sw = rng.uniform(80, 130)
    if L.marks.get("signature"):
        if L.marks.get("overlap"):
            render.signature(doc.ops, sx0, pos_bottom - size * 0.5, sw, (name_top - pos_bottom) + lead * 1.6, rng,
                             colour=L.ink)
        else:
            render.signature(doc.ops, sx0, pos_bottom + gap * 0.15, sw, gap * 0.65, rng, colour=L.ink, clamp=True)
    if L.marks.get("stamp"):
        r = rng.uniform(34, 44)
        if L.marks.get("overlap"):
            cx = (sx0 if not center else bx + 8) + rng.uniform(-5, 20)
            cy = (top + name_top) / 2 + rng.uniform(0, lead)
        else:
            cx = bx - r - rng.uniform(6, 18)
            cy = (pos_bottom + name_top) / 2
        render.stamp(doc.ops, cx, cy, r, L.stamp_ring, L.stamp_centre, L.stamp_colour, rng)
    L.sig_area = (len(doc.pages) - 1, bx, top, doc.mr, bottom)


def tembusan(doc, L):
    if not L.tembusan:
        return
    size = max(8.5, doc.size - 1)
    doc.space(doc.size)
    doc.ensure(doc.lead(size) * (len(L.tembusan) + 1))
    doc.line("Tembusan:", size=size, underline=True)
    for i, t in enumerate(L.tembusan):
        doc.line("%d. %s;" % (i + 1, t) if i < len(L.tembusan) - 1 else "%d. %s." % (i + 1, t), size=size)


# ------------------------------------------------------------------ whole letters
def render_letter(rng, L, style=None):
    """Lays L out; returns the Doc. Adjusts L.holder_fields to what was printed."""
    style = style or choose_style(rng)
    doc = Doc(style)
    L.ink = rng.choice([(25, 35, 130), (20, 20, 60), (40, 40, 40)])
    if L.other_type == "disposition":
        disposition(doc, rng, L)
        return doc
    if L.kind == "blank":
        return doc
    _choose_labels(rng, L)
    L.sig_bold_pos = rng.random() < 0.35
    L.stamp_colour = rng.choice([(60, 50, 170), (110, 40, 150), (40, 70, 170)])
    n = len(L.holders)
    if L.reason_mode == "table" or n > 4:
        L.holder_mode = "table"
    elif L.reason_mode == "kv" or n == 1:
        L.holder_mode = "kv"
    else:
        L.holder_mode = rng.choice(["table", "kv"])
    if L.holder_mode == "table" and L.reason_mode == "kv":
        L.reason_mode = "table"
    if L.letterhead:
        letterhead(doc, rng, L.letterhead)
        reg = L.letterhead["lines"][0]
        L.stamp_ring = "%s * %s" % (reg, L.letterhead["lines"][1])
        L.stamp_centre = [L.letterhead.get("abbr", "").upper()[:12]]
    else:
        L.stamp_ring = ""
        L.stamp_centre = []
        L.marks["stamp"] = False
    lay = L.layout
    x_body = doc.ml
    if lay == "classic":
        doc.space(doc.size * 0.2)
        if rng.random() < 0.5:
            doc.line(L.date_text, x0=doc.W * 0.6)
        else:
            doc.line(L.date_text, align="right")
        top = doc.y
        xc = number_block(doc, L, doc.ml, doc.W * 0.57)
        left_bottom = doc.y
        doc.y = top
        addressee(doc, L, doc.W * 0.6, doc.mr)
        doc.y = max(doc.y, left_bottom) + doc.size
        x_body = xc + text_width(": ", doc.font(), doc.size) if (xc and rng.random() < 0.6) else doc.ml
    elif lay in ("modern", "sigdate"):
        number_block(doc, L, doc.ml, doc.W * 0.7 if lay == "modern" else doc.mr,
                     with_date_right=L.date_text if lay == "modern" else None)
        doc.space(doc.size)
        addressee(doc, L, doc.ml, doc.W * 0.62)
        doc.space(doc.size)
    elif lay == "title":
        doc.space(doc.size * 0.8)
        for t in L.title_lines:
            for ln in wrap(t, doc.mr - doc.ml, doc.font("B"), doc.size + 1):
                doc.line(ln, align="center", style="B", size=doc.size + 1, underline=True)
        if L.number:
            doc.line("Nomor : %s" % L.number, align="center")
        doc.space(doc.size)
    elif lay == "personal":
        doc.space(doc.size * 2)
        doc.line(L.date_text, align="right" if rng.random() < 0.5 else "left",
                 x0=doc.W * 0.6 if rng.random() < 0.5 else None)
        doc.space(doc.size * 0.5)
        number_block(doc, L, doc.ml, doc.W * 0.65)
        doc.space(doc.size)
        addressee(doc, L, doc.ml, doc.W * 0.65)
        doc.space(doc.size)
    body(doc, rng, L, x_body)
    signature_block(doc, rng, L)
    tembusan(doc, L)
    return doc


def disposition(doc, rng, L):
    """LEMBAR DISPOSISI form."""
    letterhead(doc, rng, L.letterhead)
    size = doc.size
    f = doc.font()
    doc.line("LEMBAR DISPOSISI", align="center", style="B", size=size + 3)
    doc.space(size * 0.6)
    x0, x1 = doc.ml, doc.mr
    xm = (x0 + x1) / 2
    ref = L.ref
    lead = size * 1.5

    def cell(x, y, label, value, lw):
        doc.text(x + 5, y + size * 1.1, label, f, size)
        doc.text(x + 5 + lw, y + size * 1.1, ":", f, size)
        for i, ln in enumerate(wrap(value, xm - x - lw - 20 if x < xm else x1 - x - lw - 20, f, size)):
            doc.text(x + 12 + lw, y + size * 1.1 + i * size * 1.2, ln, f, size)

    lw = text_width("Tgl. Surat", f, size) + 6
    top = doc.y
    rows = [("Surat dari", L.ref_from, "Diterima Tgl.", people_date(L.received)),
            ("No. Surat", ref.number or "-", "No. Agenda", L.agenda),
            ("Tgl. Surat", people_date(ref.date), "Sifat", rng.choice(["Segera", "Biasa", "Penting"]))]
    rh = lead * 1.6
    y = top
    for a, av, b, bv in rows:
        doc.rect(x0, y, x1, y + rh)
        doc.vline(xm, y, y + rh)
        cell(x0, y, a, av, lw)
        cell(xm, y, b, bv, text_width("Diterima Tgl.", f, size) + 6)
        y += rh
    doc.rect(x0, y, x1, y + lead * 1.8)
    doc.text(x0 + 5, y + size * 1.1, "Perihal", f, size)
    doc.text(x0 + 5 + lw, y + size * 1.1, ":", f, size)
    subj = ref.subject or "Permohonan Pencabutan Sertifikat Elektronik"
    doc.text(x0 + 12 + lw, y + size * 1.1, subj, f, size)
    y += lead * 1.8
    h = lead * 7
    doc.rect(x0, y, x1, y + h)
    doc.vline(xm, y, y + h)
    doc.text(x0 + 5, y + size * 1.2, "Diteruskan kepada Sdr.:", doc.font("B"), size)
    targets = ["Sekretaris", "Kepala Bidang Persandian", "Kepala Bidang Aplikasi Informatika", "Verifikator",
               "Admin Helpdesk"]
    for i, t in enumerate(targets[:4]):
        doc.text(x0 + 10, y + size * 1.2 + (i + 1) * lead, "%d. %s" % (i + 1, t), f, size)
    doc.text(xm + 5, y + size * 1.2, "Dengan hormat harap:", doc.font("B"), size)
    opts = ["Tanggapan dan saran", "Proses lebih lanjut", "Koordinasi/konfirmasikan", "Untuk diketahui",
            "Arsip"]
    chosen = rng.randint(0, 2)
    for i, t in enumerate(opts):
        by = y + size * 1.2 + (i + 1) * lead
        doc.rect(xm + 10, by - size * 0.8, xm + 10 + size * 0.9, by + size * 0.1, w=0.6)
        doc.text(xm + 16 + size, by, t, f, size)
        if i == chosen:
            doc.ops.append(dict(t="polyline", pts=[(xm + 9, by - size * 0.4), (xm + 14, by),
                                                   (xm + 22, by - size * 1.1)], w=1.4, color=L.ink, ink=True))
    sel = rng.randint(0, 1)
    doc.ops.append(dict(t="polyline", pts=[(x0 + 8, y + size * 1.2 + (sel + 2) * lead - size * 0.4),
                                           (x0 + 14, y + size * 1.2 + (sel + 2) * lead),
                                           (x0 + 24, y + size * 1.2 + (sel + 2) * lead - size * 1.2)],
                        w=1.4, color=L.ink, ink=True))
    y += h
    ch = lead * 5
    doc.rect(x0, y, x1, y + ch)
    doc.text(x0 + 5, y + size * 1.2, "Catatan:", doc.font("B"), size)
    note = rng.choice(["Proses sesuai SOP", "Mohon segera ditindaklanjuti", "Cek kelengkapan rekomendasi",
                       "Tindak lanjuti, laporkan hasilnya"])
    doc.text(x0 + 30, y + size * 1.2 + lead * 1.3, note, doc.font("I"), size + 2, color=L.ink, ink=True)
    render.signature(doc.ops, x1 - 140, y + lead * 2.0, 90, lead * 1.8, rng, colour=L.ink)
    doc.y = y + ch + size


def people_date(d):
    from compose import long_date
    return long_date(d)

