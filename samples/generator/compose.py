"""What a letter says: kind, letterhead, number, date, addressee, body, holders, signatory.
The content is chosen here; templates.py lays it out and truth.py reads the ground truth
from it (after layout, so that only what was printed goes into the truth)."""
import datetime

import people
import vocab
from people import weighted


class Letter:
    def __init__(self, **kw):
        self.kind = "other"
        self.other_type = None
        self.layout = "modern"
        self.letterhead = None
        self.number = None
        self.date = None
        self.place = None
        self.date_text = None
        self.sifat = None
        self.lampiran = None
        self.subject = None
        self.subject_label = "Perihal"
        self.addressee = []
        self.title_lines = []
        self.body = []
        self.closing = None
        self.holders = []
        self.holder_fields = []
        self.reason_mode = "none"
        self.sig = None
        self.tembusan = []
        self.force_break_before_sig = False
        self.marks = dict(signature=True, stamp=True, overlap=False)
        self.printed = {}
        self.__dict__.update(kw)


# ------------------------------------------------------------------ context
def region_phrase(region, upper=False):
    s = "%s %s" % ({"KABUPATEN": "Kabupaten", "KOTA": "Kota", "PROVINSI": "Provinsi"}[region["kind"]],
                   region["name"])
    return s.upper() if upper else s


def resolve_office(rng, region, tmpl=None, kominfo=False):
    """A concrete office of a region: names, abbreviation, head title, contact."""
    if kominfo:
        tmpl = vocab.OFFICES[0]
    if tmpl is None:
        choices = [o for o in vocab.OFFICES if not (o["kind"] == "KECAMATAN" and not region["kec"])]
        tmpl = rng.choice(choices)
    o = dict(kind=tmpl["kind"], code=tmpl["code"], jobs=list(tmpl["jobs"]), subunits=tmpl.get("subunits", []))
    if tmpl["kind"] == "KECAMATAN":
        kec, ka = rng.choice(region["kec"])
        o["kec"] = kec
        o["name"] = "Kecamatan " + kec
        o["abbr"] = "KEC-" + ka
        o["sub"] = "kec" + kec.lower().replace(" ", "").replace("-", "")
        o["head"] = "Camat " + kec
        o["place"] = kec if rng.random() < 0.6 else region["capital"]
    else:
        name = region["kominfo"] if tmpl.get("kominfo") else tmpl["name"]
        o["name"] = name
        o["abbr"] = region["kominfo_abbr"] if tmpl.get("kominfo") else tmpl["abbr"]
        o["sub"] = tmpl["sub"]
        o["head"] = tmpl.get("head") or ("Kepala " + name)
        o["place"] = region["capital"]
        if tmpl["kind"] == "RSUD":
            o["name"] = "Rumah Sakit Umum Daerah " + region["name"]
            o["head"] = "Direktur"
    if tmpl["kind"] == "SETDA" and region["kind"] == "PROVINSI":
        o["head"] = "Sekretaris Daerah Provinsi"
    o["region"] = region
    o["email"] = "%s@%s" % (o["sub"], region["domain"])
    o["web"] = "%s.%s" % (o["sub"], region["domain"])
    o["street"] = "%s No. %d" % (rng.choice(region["streets"]), rng.randint(1, 120))
    o["phone"] = "%s %d" % (region["phone"], rng.randint(21000, 29999))
    return o


def make_head(rng, region, office, not_head_position=None):
    p = people.make_person(rng, region, level="head" if not not_head_position else "staff")
    if office["kind"] == "KECAMATAN":
        p.rank = rng.choice(vocab.RANKS_CAMAT)
    p.position = not_head_position or office["head"]
    p.email = people.email_for(rng, p.core, region["domain"], office["sub"], p.birth)
    return p


def make_holder(rng, region, office, **kw):
    p = people.make_person(rng, region, level="staff", **kw)
    jobs = office["jobs"] + vocab.GENERIC_JOBS[:6]
    job = rng.choice(jobs)
    kel = rng.choice(vocab.KELURAHAN)
    job = job.replace("{kel}", kel)
    p.position = job
    r = rng.random()
    if office["subunits"] and job.split()[0] in ("Guru", "Perawat", "Bidan", "Apoteker", "Pamong", "Kepala") \
            and (not job.startswith("Kepala") or "Puskesmas" in job):
        sub = rng.choice(office["subunits"])
        p.unit = sub.format(n=rng.randint(1, 14), cap=region["capital"],
                            kec=rng.choice(region["kec"])[0] if region["kec"] else region["capital"])
    elif job.startswith("Lurah"):
        p.unit = "Kelurahan %s %s" % (kel, office["name"])
    elif r < 0.45:
        p.unit = office["name"]
    elif r < 0.85 and region["name"] not in office["name"]:
        p.unit = "%s %s" % (office["name"], region_phrase(region))
    elif r < 0.85:
        p.unit = office["name"]
    else:
        p.unit = "%s, %s" % (rng.choice(["Sekretariat", "Bidang Umum", "Subbagian Umum dan Kepegawaian"]),
                             office["name"])
    if p.email is None:
        p.email = people.email_for(rng, p.core, region["domain"], office["sub"], p.birth)
    return p


def pick_reason(rng, personal=False, code=None, dest=None):
    """(code, clause template, short label) or (None, None, None) when no reason is stated."""
    if code is None:
        code = weighted(rng, vocab.REASON_WEIGHTS)
    if code is None:
        return None, None, None
    opts = vocab.REASONS[code]
    if personal:
        opts = [o for o in opts if not any(k in o[0] for k in vocab.NOT_PERSONAL)] or opts
    clause, label = rng.choice(opts)
    return code, clause, label


def fill_reason(clause, subj, dest):
    poss = "saya" if subj == "saya" else rng_poss(subj)
    return clause.format(subj=subj, poss=poss, dest=dest)


def rng_poss(subj):
    return "yang bersangkutan" if subj in ("yang bersangkutan", "pegawai tersebut") else "pegawai tersebut"


def date_text(rng, place, d, alt_month=None):
    alt_month = rng.random() < 0.08 if alt_month is None else alt_month
    month = vocab.MONTHS_ALT.get(d.month) if alt_month and d.month in vocab.MONTHS_ALT else vocab.MONTHS[d.month - 1]
    day = ("%02d" % d.day) if rng.random() < 0.1 else str(d.day)
    s = "%s %s %d" % (day, month, d.year)
    return ("%s, %s" % (place, s)) if place else s


def long_date(d):
    return "%d %s %d" % (d.day, vocab.MONTHS[d.month - 1], d.year)


def letter_date(rng, year=2024, months=(1, 5)):
    while True:
        d = datetime.date(year, rng.randint(*months), rng.randint(1, 28))
        if d.weekday() < 5:
            return d


def number_for(rng, office, d, code=None):
    code = code or rng.choice([office["code"], office["code"], "800.1", "000.5.2", "555", "045.2", "487"])
    seq = rng.randint(3, 480)
    rom = vocab.ROMAN[d.month - 1]
    abbr = office["abbr"]
    y = d.year
    fmts = ["{c}/{s}/{r}/{y}/{a}", "{c}/{s}/{a}/{y}", "{c}/{s}/{a}/{r}/{y}", "B-{s}/{a}/{c}/{r}/{y}",
            "{c}/{s3}/{a}/{r}/{y}", "{c}/{s}/{a}/{r}/{y}"]
    s = rng.choice(fmts).format(c=code, s=seq, s3="%03d" % seq, r=rom, y=y, a=abbr)
    if rng.random() < 0.12:
        s = s.replace("/", " / ")
    return s


def letterhead_for(rng, office):
    region = office["region"]
    gov = "PEMERINTAH " + region_phrase(region, upper=True)
    lines = [gov]
    if office["kind"] == "KECAMATAN":
        lines.append(office["name"].upper())
    elif office["kind"] == "RSUD":
        lines.append("RUMAH SAKIT UMUM DAERAH")
    else:
        lines.append(office["name"].upper())
    city = office["place"] if office["kind"] == "KECAMATAN" else region["capital"]
    addr = "%s, %s, %s %s" % (office["street"], city, region["province"], region["postal"])
    if rng.random() < 0.5:
        addr = "Alamat: " + addr
    contact = rng.choice([
        "Telp. {p}  Email: {e}  Laman: {w}",
        "Telepon {p}, Pos-el {e}, Laman {w}",
        "Telp/Fax. {p}  e-mail: {e}  website: {w}",
        "Email: {e}  Website: https://{w}"]).format(p=office["phone"], e=office["email"], w=office["web"])
    return dict(lines=lines, address=[addr, contact], emblem=rng.random() < 0.9, abbr=office["abbr"],
                rule=rng.choice(["double", "double", "thick", "single"]))


def signatory_block(rng, person, office, date_in_block=None, personal=False, an_lines=None, plt=False):
    """Signature block content. position printed = the title line(s) above the name."""
    region = office["region"] if office else None
    sig = dict(person=person, an_lines=an_lines or [], date_line=date_in_block)
    if personal:
        sig["position"] = None
        sig["closing"] = rng.choice(["Hormat saya,", "Pemohon,", "Hormat saya,", "Yang mengajukan,"])
    else:
        pos = person.position
        if plt:
            pos = rng.choice(["Plt. ", "Plh. "]) + pos
        if region is not None and rng.random() < 0.55 and not pos.startswith("Camat") and pos != "Direktur":
            pos = "%s %s" % (pos, region_phrase(region))
        if rng.random() < 0.4:
            pos = pos.upper()
        sig["position"] = pos
        sig["closing"] = None
    style = rng.random()
    if style < 0.45:
        name_print = person.name
    elif style < 0.8:
        name_print = people.compose_name(person.front, person.core.upper(), person.back)
    else:
        name_print = person.name.upper()
    sig["name_print"] = name_print
    sig["bold"] = rng.random() < 0.85
    sig["underline"] = rng.random() < 0.8
    if personal:
        sig["rank_line"] = None
    else:
        sig["rank_line"] = people.rank_text(rng, person.rank) if rng.random() < 0.7 else None
    nip_style = rng.choice(["NIP. {}", "NIP. {}", "NIP {}", "NIP : {}", "NIP.{}"])
    sig["nip_print"] = nip_style.format(people.fmt_nip(person.nip, 1 if rng.random() < 0.15 else 0))
    sig["nip_line"] = True
    return sig


def addressee_for(rng, region, kominfo_name, upper=False):
    head = "Kepala %s %s" % (kominfo_name, region_phrase(region))
    if rng.random() < 0.2:
        head = "Kepala %s" % kominfo_name
    place = region["capital"]
    di = rng.choice([["di -", "    " + place], ["di", "    " + place], ["di " + place], ["di -", "    Tempat"]])
    return dict(yth=head, di=di, kepada=rng.random() < 0.5)


# ------------------------------------------------------------------ body texts
def _holder_phrase(n):
    return "pegawai tersebut" if n > 1 else "yang bersangkutan"


def body_request_office(rng, L, region, reason_clause):
    n = len(L.holders)
    pem = region_phrase(region)
    intro = rng.choice([
        "Sehubungan dengan {why}, bersama ini kami mengajukan permohonan pencabutan Sertifikat Elektronik yang "
        "diterbitkan oleh Balai Sertifikasi Elektronik (BSrE) Badan Siber dan Sandi Negara atas nama {who} "
        "sebagai berikut:",
        "Dalam rangka tertib administrasi penggunaan Tanda Tangan Elektronik (TTE) di lingkup Pemerintah "
        "{pem}, bersama ini kami sampaikan permohonan pencabutan sertifikat elektronik bagi {who} di bawah ini:",
        "Berdasarkan Standar Operasional Prosedur Pencabutan Sertifikat Elektronik, dengan ini kami mohon "
        "kiranya dapat dilakukan pencabutan sertifikat elektronik atas nama {who} sebagai berikut:",
    ])
    who = "pegawai" if n > 1 else rng.choice(["pegawai", "Aparatur Sipil Negara"])
    blocks = []
    if rng.random() < 0.6:
        blocks.append(("p", "Dengan hormat,", False))
    if "{why}" in intro:
        if reason_clause and L.reason_mode == "body":
            why = reason_clause
            L.reason_done = True
        else:
            why = "pengelolaan sertifikat elektronik pegawai di lingkungan " + ("kantor" if rng.random() < 0.5
                                                                              else "instansi") + " kami"
        blocks.append(("p", intro.format(why=why, who=who, pem=pem), True))
    else:
        blocks.append(("p", intro.format(who=who, pem=pem), True))
    blocks.append(("holders",))
    if reason_clause and L.reason_mode == "body" and not getattr(L, "reason_done", False):
        blocks.append(("p", rng.choice(["Adapun pencabutan sertifikat elektronik tersebut dikarenakan {r}.",
                                        "Permohonan pencabutan ini diajukan karena {r}.",
                                        "Pencabutan dimaksud diperlukan dikarenakan {r}."]).format(r=reason_clause),
                       True))
    blocks.append(("p", rng.choice([
        "Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
        "Demikian disampaikan, atas perhatian Bapak/Ibu kami ucapkan terima kasih.",
        "Demikian surat permohonan ini dibuat untuk dapat dipergunakan sebagaimana mestinya.",
        "Atas perhatian dan kerja sama yang baik, kami sampaikan terima kasih."]), True))
    return blocks


def body_request_personal(rng, L, reason_clause):
    blocks = []
    if rng.random() < 0.7:
        blocks.append(("p", "Dengan hormat,", False))
    blocks.append(("p", "Saya yang bertanda tangan di bawah ini:", True))
    blocks.append(("holders",))
    if reason_clause and L.reason_mode == "body":
        blocks.append(("p", rng.choice([
            "Dengan ini mengajukan permohonan pencabutan Sertifikat Elektronik (BSrE) milik saya dikarenakan {r}.",
            "Mengajukan permohonan pencabutan sertifikat elektronik atas nama saya sendiri karena {r}.",
            "Dengan ini mengajukan permohonan pencabutan sertifikat elektronik. Adapun alasan pencabutan adalah "
            "karena {r}."]).format(r=reason_clause), True))
    else:
        blocks.append(("p", "Dengan ini mengajukan permohonan pencabutan Sertifikat Elektronik (BSrE) yang "
                            "diterbitkan atas nama saya.", True))
    if rng.random() < 0.6:
        blocks.append(("p", "Sebagai bahan pertimbangan, bersama ini saya lampirkan surat rekomendasi dari "
                            "pimpinan unit kerja saya.", True))
    blocks.append(("p", rng.choice([
        "Demikian permohonan ini saya buat dengan sebenar-benarnya, atas perhatian Bapak/Ibu saya ucapkan "
        "terima kasih.",
        "Demikian surat permohonan ini saya sampaikan, atas perhatiannya diucapkan terima kasih."]), True))
    return blocks


def body_recommendation(rng, L, office, reason_clause, req_date=None, title_style=False):
    blocks = []
    n = len(L.holders)
    if title_style:
        blocks.append(("p", "Yang bertanda tangan di bawah ini:", True))
        blocks.append(("signer",))
        blocks.append(("p", rng.choice([
            "Dengan ini memberikan rekomendasi kepada:",
            "Dengan ini menerangkan dan merekomendasikan pencabutan sertifikat elektronik atas nama:",
            "Memberikan rekomendasi pencabutan Sertifikat Elektronik kepada pegawai sebagai berikut:"]), True))
    else:
        if rng.random() < 0.6:
            blocks.append(("p", "Dengan hormat,", False))
        if req_date is not None and n == 1 and rng.random() < 0.5:
            h = L.holders[0]
            blocks.append(("p", "Berdasarkan surat permohonan Saudara/i %s tanggal %s perihal Permohonan Pencabutan "
                                "Sertifikat Elektronik, dengan ini kami memberikan rekomendasi untuk dilakukan "
                                "pencabutan sertifikat elektronik atas nama:" % (h.core, long_date(req_date)), True))
        else:
            blocks.append(("p", rng.choice([
                "Pada prinsipnya kami tidak keberatan dan merekomendasikan pencabutan Sertifikat Elektronik atas "
                "nama pegawai tersebut di bawah ini:",
                "Yang bertanda tangan di bawah ini %s, dengan ini merekomendasikan pencabutan sertifikat "
                "elektronik pegawai berikut:" % office["head"],
                "Bersama ini kami sampaikan rekomendasi pencabutan Sertifikat Elektronik (BSrE) bagi pegawai di "
                "lingkungan %s sebagai berikut:" % office["name"]]), True))
    blocks.append(("holders",))
    if reason_clause and L.reason_mode == "body":
        blocks.append(("p", rng.choice([
            "Rekomendasi ini diberikan karena {r}.",
            "Adapun pencabutan sertifikat elektronik tersebut dikarenakan {r}.",
            "Hal ini dikarenakan {r}, sehingga sertifikat elektronik {h} perlu dicabut."]).format(
                r=reason_clause, h=_holder_phrase(n)), True))
    blocks.append(("p", rng.choice([
        "Demikian rekomendasi ini dibuat untuk dipergunakan sebagaimana mestinya.",
        "Demikian surat rekomendasi ini kami sampaikan, atas perhatiannya diucapkan terima kasih.",
        "Demikian rekomendasi ini diberikan untuk dapat ditindaklanjuti sesuai ketentuan yang berlaku."]), True))
    return blocks


# ------------------------------------------------------------------ letters
def _assign_reasons(rng, L, holders, personal, region, office, code=None, mode=None, same=None):
    """Sets holder.reason_* and L.reason_mode; returns the body reason clause (or None)."""
    n = len(holders)
    dest_office = resolve_office(rng, region if rng.random() < 0.6 else rng.choice(vocab.REGIONS))
    dest = "%s %s" % (dest_office["name"], region_phrase(dest_office["region"]))
    if mode is None:
        if n == 1:
            mode = rng.choice(["body", "body", "body", "kv"])
        else:
            mode = rng.choice(["body", "kv", "table", "table"])
    L.reason_mode = mode
    same = (mode == "body") if same is None else same
    first = None
    for i, h in enumerate(holders):
        if same and first is not None:
            h.reason_code, h.reason_clause, h.reason_label = first
        else:
            c = getattr(h, "forced_reason", code)
            if c == "none":
                rc, clause, label = None, None, None
            else:
                rc, clause, label = pick_reason(rng, personal=personal, code=c)
            h.reason_code, h.reason_clause, h.reason_label = rc, clause, label
            first = (rc, clause, label)
    for h in holders:
        h.reason_dest = dest
        h.reason_short = h.reason_label
    return reason_text_for(rng, L, holders, personal)


def reason_text_for(rng, L, holders, personal):
    """The body clause stating the reason (reason_mode body), worded for this letter's writer."""
    n = len(holders)
    subj = "saya" if personal else ("pegawai tersebut" if n > 1 else rng.choice(["yang bersangkutan",
                                                                                   "pegawai tersebut"]))
    for h in holders:
        h.reason_text = fill_reason(h.reason_clause, subj, h.reason_dest) if h.reason_clause else None
    if L.reason_mode == "body":
        return holders[0].reason_text
    return None


def make_request(rng, ctx, holders, personal=None, layout=None, reason_code=None, reason_mode=None,
                 date=None, signer=None, force_two_pages=False, fields=None, plt=None):
    """A request letter (kind=request). ctx: dict(region, office, kominfo)."""
    region, office = ctx["region"], ctx["office"]
    if personal is None:
        personal = len(holders) == 1 and rng.random() < 0.45
    L = Letter(kind="request")
    L.holders = holders
    L.date = date or ctx.get("date") or letter_date(rng)
    if personal:
        L.layout = layout or "personal"
        L.place = region["capital"] if rng.random() < 0.8 else office["place"]
    else:
        L.layout = layout or rng.choice(["classic", "modern", "sigdate", "title", "classic", "modern"])
        L.place = office["place"]
        L.letterhead = letterhead_for(rng, office)
        L.number = number_for(rng, office, L.date)
    L.date_text = date_text(rng, L.place, L.date)
    if L.layout == "title":
        L.title_lines = [rng.choice(["SURAT PERMOHONAN", "SURAT PERMOHONAN PENCABUTAN SERTIFIKAT ELEKTRONIK"])]
        L.subject = None
    else:
        subj = rng.choice(vocab.SUBJECTS_REQUEST)
        if len(holders) == 1 and rng.random() < 0.12:
            subj += " a.n. " + holders[0].core
        L.subject = subj
        L.subject_label = rng.choice(["Perihal", "Perihal", "Hal"])
        L.sifat = rng.choice(vocab.SIFAT) if rng.random() < 0.8 else None
        L.lampiran = rng.choice(vocab.LAMPIRAN) if rng.random() < 0.8 else None
    L.addressee = addressee_for(rng, region, region["kominfo"])
    reason_clause = _assign_reasons(rng, L, holders, personal, region, office, code=reason_code, mode=reason_mode)
    L.holder_fields = _forced_fields(L, fields) if fields else _holder_fields(rng, L, personal)
    if personal:
        L.body = body_request_personal(rng, L, reason_clause)
        L.sig = signatory_block(rng, holders[0], office, personal=True)
        L.marks = dict(signature=True, stamp=False, overlap=False)
    else:
        L.body = body_request_office(rng, L, region, reason_clause)
        head = signer or ctx.get("head") or make_head(rng, region, office)
        an = None
        if office["kind"] == "SETDA" and rng.random() < 0.5:
            an = ["a.n. %s %s" % ("Bupati" if region["kind"] == "KABUPATEN" else
                                  ("Wali Kota" if region["kind"] == "KOTA" else "Gubernur"),
                                  region["name"] if region["kind"] != "PROVINSI" else region["name"])]
        L.sig = signatory_block(rng, head, office, an_lines=an, plt=(rng.random() < 0.1) if plt is None else plt)
        if rng.random() < 0.3:
            L.tembusan = [rng.choice(["Bupati %s (sebagai laporan)" % region["name"],
                                      "Sekretaris Daerah %s" % region_phrase(region)]), "Arsip"]
    _sig_date(rng, L)
    L.force_break_before_sig = force_two_pages
    return L


def _sig_date(rng, L):
    if L.layout in ("sigdate", "title"):
        L.sig["date_line"] = L.date_text


def _forced_fields(L, fields):
    f = [x for x in fields if x != "reason"]
    if L.reason_mode in ("kv", "table"):
        f.append("reason")
    return f


def _holder_fields(rng, L, personal):
    """Which holder fields the letter prints (table columns or colon-list lines)."""
    f = ["name", "nip"]
    if personal or rng.random() < 0.75:
        f.append("nik")
    f.append("position")
    if personal or rng.random() < 0.6:
        f.append("unit")
    if personal or rng.random() < 0.8:
        f.append("email")
    if L.reason_mode in ("kv", "table"):
        f.append("reason")
    return f


def make_recommendation(rng, ctx, holders, layout=None, reason_code=None, reason_mode=None, date=None,
                        req_date=None, signer=None, same_reasons_as=None, fields=None, plt=None):
    region, office = ctx["region"], ctx["office"]
    L = Letter(kind="recommendation")
    L.holders = holders
    L.date = date or ctx.get("date") or letter_date(rng)
    L.layout = layout or rng.choice(["classic", "modern", "sigdate", "title", "title"])
    L.place = office["place"]
    L.letterhead = letterhead_for(rng, office)
    L.number = number_for(rng, office, L.date)
    L.date_text = date_text(rng, L.place, L.date)
    head = signer or ctx.get("head") or make_head(rng, region, office)
    if L.layout == "title":
        L.title_lines = [rng.choice(["SURAT REKOMENDASI", "REKOMENDASI",
                                     "SURAT REKOMENDASI PERMOHONAN PENCABUTAN SERTIFIKAT ELEKTRONIK"])]
        L.subject = None
        L.signer_rows = [("Nama", head.name), ("NIP", people.fmt_nip(head.nip)),
                         ("Pangkat/Gol.", "%s, %s" % head.rank), ("Jabatan", "%s %s" % (head.position,
                                                                                         region_phrase(region)))]
    else:
        L.subject = rng.choice(vocab.SUBJECTS_RECOMMENDATION)
        L.subject_label = rng.choice(["Perihal", "Hal"])
        L.sifat = rng.choice(vocab.SIFAT) if rng.random() < 0.7 else None
        L.lampiran = rng.choice(vocab.LAMPIRAN) if rng.random() < 0.7 else None
        L.addressee = addressee_for(rng, region, region["kominfo"])
    if same_reasons_as is not None:
        # the holders' reasons were set by the request; word them for this letter
        same = len(set((h.reason_code, h.reason_clause) for h in holders)) == 1
        if reason_mode:
            L.reason_mode = reason_mode
        elif same and holders[0].reason_clause is None:
            L.reason_mode = "none"
        elif same:
            L.reason_mode = rng.choice(["body", "body", "kv" if len(holders) == 1 else "table"])
        else:
            L.reason_mode = rng.choice(["kv", "table"]) if len(holders) < 4 else "table"
        reason_clause = reason_text_for(rng, L, holders, False)
    else:
        reason_clause = _assign_reasons(rng, L, holders, False, region, office, code=reason_code, mode=reason_mode)
    if fields:
        L.holder_fields = _forced_fields(L, fields)
    else:
        L.holder_fields = _holder_fields(rng, L, False)
        if rng.random() < 0.4 and "nik" in L.holder_fields:
            L.holder_fields.remove("nik")
    L.body = body_recommendation(rng, L, office, reason_clause, req_date=req_date, title_style=L.layout == "title")
    L.sig = signatory_block(rng, head, office, plt=(rng.random() < 0.08) if plt is None else plt)
    _sig_date(rng, L)
    return L


def make_disposition(rng, ctx, ref):
    """LEMBAR DISPOSISI of the kominfo office about an incoming letter ref."""
    kom = ctx["kominfo"]
    L = Letter(kind="other", other_type="disposition", layout="disposition")
    L.letterhead = letterhead_for(rng, kom)
    L.ref = ref
    L.ref_from = ctx["office"]["name"] if ref.letterhead else ref.holders[0].core
    L.received = ref.date + datetime.timedelta(days=rng.randint(0, 4))
    L.agenda = str(rng.randint(12, 480))
    L.marks = dict(signature=True, stamp=False, overlap=False)
    return L


def make_invitation(rng, ctx):
    region = ctx["region"]
    office = ctx["kominfo"] if rng.random() < 0.6 else resolve_office(rng, region, vocab.OFFICES[11])
    L = Letter(kind="other", other_type="invitation")
    L.layout = rng.choice(["classic", "modern", "sigdate"])
    L.date = letter_date(rng)
    L.place = office["place"]
    L.letterhead = letterhead_for(rng, office)
    L.number = number_for(rng, office, L.date, code=rng.choice(["005", "000.1.5", "400.14"]))
    L.date_text = date_text(rng, L.place, L.date)
    L.subject = rng.choice(["Undangan Rapat Koordinasi", "Undangan Sosialisasi Penggunaan Tanda Tangan Elektronik",
                            "Undangan Bimbingan Teknis Sistem Pemerintahan Berbasis Elektronik",
                            "Undangan Rapat Evaluasi SPBE"])
    L.subject_label = rng.choice(["Perihal", "Hal"])
    L.sifat = "Penting"
    L.lampiran = "-"
    L.addressee = dict(yth=rng.choice(["Kepala Perangkat Daerah se-%s" % region_phrase(region),
                                       "Bapak/Ibu (daftar terlampir)"]), di=["di -", "    Tempat"], kepada=True)
    ev = L.date + datetime.timedelta(days=rng.randint(3, 10))
    L.body = [("p", "Dengan hormat,", False),
              ("p", "Dalam rangka peningkatan pemanfaatan layanan %s di lingkup Pemerintah %s, dengan ini kami "
                    "mengundang Bapak/Ibu untuk hadir pada kegiatan yang akan dilaksanakan pada:"
               % (rng.choice(["sertifikat elektronik", "Sistem Pemerintahan Berbasis Elektronik", "persandian"]),
                  region_phrase(region)), True),
              ("kv", [("Hari/Tanggal", "%s, %s" % (vocab.DAYS[ev.weekday()], long_date(ev))),
                      ("Waktu", "Pukul %02d.00 WITA s.d. selesai" % rng.choice([8, 9, 10, 13])),
                      ("Tempat", rng.choice(["Ruang Rapat %s" % office["name"], "Aula Kantor Bupati",
                                             "Hotel Maleo %s" % region["capital"]])),
                      ("Acara", L.subject.replace("Undangan ", ""))]),
              ("p", "Mengingat pentingnya kegiatan tersebut, dimohon kehadiran Bapak/Ibu tepat waktu. Demikian "
                    "undangan ini disampaikan, atas perhatiannya diucapkan terima kasih.", True)]
    head = make_head(rng, region, office)
    L.sig = signatory_block(rng, head, office)
    _sig_date(rng, L)
    return L


def make_issuance(rng, ctx, holders):
    """Request to ISSUE certificates: looks like a request, but is kind other."""
    region, office = ctx["region"], ctx["office"]
    L = Letter(kind="other", other_type="issuance")
    L.holders = holders
    L.layout = rng.choice(["classic", "modern", "sigdate"])
    L.date = ctx.get("date") or letter_date(rng)
    L.place = office["place"]
    L.letterhead = letterhead_for(rng, office)
    L.number = number_for(rng, office, L.date)
    L.date_text = date_text(rng, L.place, L.date)
    L.subject = "Permohonan Penerbitan Sertifikat Elektronik"
    L.sifat, L.lampiran = "Biasa", "-"
    L.addressee = addressee_for(rng, region, region["kominfo"])
    L.reason_mode = "none"
    for h in holders:
        h.reason_code = h.reason_text = h.reason_short = None
    L.holder_fields = ["name", "nip", "nik", "position", "email"]
    L.body = [("p", "Dengan hormat,", False),
              ("p", "Dalam rangka mendukung pelaksanaan tanda tangan elektronik pada %s, bersama ini kami mengajukan "
                    "permohonan penerbitan sertifikat elektronik bagi pegawai sebagai berikut:" % office["name"], True),
              ("holders",),
              ("p", "Demikian permohonan ini kami sampaikan, atas kerja samanya diucapkan terima kasih.", True)]
    head = make_head(rng, region, office)
    L.sig = signatory_block(rng, head, office)
    _sig_date(rng, L)
    return L
