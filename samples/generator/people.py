"""People: names with titles, NIP (PNS and PPPK), NIK, e-mail, rank, position."""
import datetime
import re

import vocab


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


class Person:
    """One civil servant. `name` is the full printed name with titles."""

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return "Person(%s, %s)" % (self.name, self.nip)


def random_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def make_nip(rng, birth, female, pppk=False, tmt=None):
    """18 digits: YYYYMMDD birth, YYYYMM TMT CPNS (PNS) or YYYY + '21' (PPPK), gender 1/2, serial."""
    g = "2" if female else "1"
    if pppk:
        year = tmt.year if tmt else rng.randint(max(2019, birth.year + 19), 2023)
        mid = "%04d21" % year
    else:
        if tmt is None:
            y = rng.randint(birth.year + 21, min(birth.year + 35, 2022))
            tmt = datetime.date(y, rng.choice([1, 2, 3, 4, 12, 3, 1]), 1)
        mid = "%04d%02d" % (tmt.year, tmt.month)
    serial = rng.choice([rng.randint(1, 12), rng.randint(1, 12), rng.randint(1, 40), rng.randint(1, 300)])
    return birth.strftime("%Y%m%d") + mid + g + "%03d" % serial


def make_nik(rng, region_code, birth, female, kec_index=None):
    """16 digits: region (4) + kecamatan (2) + DDMMYY (day + 40 for women) + serial (4)."""
    kec = kec_index if kec_index is not None else rng.randint(1, 12)
    day = birth.day + (40 if female else 0)
    serial = rng.choice([rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 400)])
    return "%s%02d%02d%02d%02d%04d" % (region_code, kec, day, birth.month, birth.year % 100, serial)


def fmt_nip(nip, style=0):
    """Printed NIP: style 0 '19900315 201503 1 002', 1 no spaces."""
    if style == 1 or len(nip) != 18:
        return nip
    return "%s %s %s %s" % (nip[:8], nip[8:14], nip[14], nip[15:])


def fmt_nik(nik, style=0):
    if style == 1 and len(nik) == 16:
        return "%s %s %s %s" % (nik[:4], nik[4:8], nik[8:12], nik[12:])
    return nik


def _core_name(rng, group, female):
    g = vocab.NAME_GROUPS[group]
    base = rng.choice(g["female"] if female else g["male"])
    words = base.split()
    if g["second"] and len(words) < 3 and rng.random() < 0.55:
        base += " " + rng.choice(g["second"])
    return base


def _titles(rng, group, female, level, birth):
    """Front and back titles. level: 'head', 'staff', 'low'."""
    front, back = [], []
    religion = vocab.NAME_GROUPS[group]["religion"]
    if level == "head":
        r = rng.random()
        if r < 0.2:
            front.append("Dr.")
        elif r < 0.35 and birth.year < 1972:
            front.append("Dra." if female else "Drs.")
        elif r < 0.45:
            front.append("Ir.")
        if religion == "islam" and rng.random() < 0.45:
            front.append("Hj." if female else "H.")
        if not any(t in ("Dra.", "Drs.") for t in front):
            back.append(rng.choice(vocab.DEGREES_S1))
        if rng.random() < 0.85:
            back.append(rng.choice(vocab.DEGREES_S2))
    elif level == "staff":
        r = rng.random()
        if r < 0.75:
            back.append(rng.choice(vocab.DEGREES_S1))
        elif r < 0.9:
            back.append(rng.choice(vocab.DEGREES_D3))
        if back and back[0].startswith("S.") and rng.random() < 0.2:
            back.append(rng.choice(vocab.DEGREES_S2))
        if religion == "islam" and birth.year < 1980 and rng.random() < 0.2:
            front.append("Hj." if female else "H.")
    return front, back


def compose_name(front, core, back):
    s = " ".join(front + [core])
    if back:
        s += ", " + ", ".join(back)
    return s


def email_for(rng, core, domain, office_sub=None, birth=None):
    words = [re.sub(r"[^a-z]", "", w.lower()) for w in core.split()]
    words = [w for w in words if w and w not in ("muh", "abd", "st", "i", "ni", "andi")] or ["pegawai"]
    r = rng.random()
    if r < 0.3:
        local = words[0] if len(words[0]) > 3 else ".".join(words[:2])
    elif r < 0.55:
        local = ".".join(words[:2])
    elif r < 0.7:
        local = words[-1] + (("%02d" % (birth.year % 100)) if birth else "")
    elif r < 0.85 and office_sub:
        local = words[0] + "." + office_sub
    else:
        local = words[0][0] + words[-1]
    if office_sub and rng.random() < 0.25:
        domain = office_sub + "." + domain
    return local + "@" + domain


def make_person(rng, region, level="staff", female=None, group=None, birth=None, pppk=None,
                retiring=False, personal_email=False):
    if female is None:
        female = rng.random() < 0.45
    if group is None:
        group = weighted(rng, vocab.NAME_GROUP_WEIGHTS)
    if birth is None:
        if retiring:
            birth = random_date(rng, 1965, 1966)
        elif level == "head":
            birth = random_date(rng, 1966, 1980)
        else:
            birth = random_date(rng, 1968, 1998)
    if pppk is None:
        pppk = level != "head" and birth.year >= 1975 and rng.random() < 0.15
    core = _core_name(rng, group, female)
    front, back = _titles(rng, group, female, level, birth)
    nip = make_nip(rng, birth, female, pppk=pppk)
    kec = rng.randint(1, max(1, len(region["kec"]) or 6))
    nik = make_nik(rng, region["code"], birth, female, kec)
    if personal_email:
        w = [re.sub(r"[^a-z]", "", x.lower()) for x in core.split()]
        w = [x for x in w if x]
        email = "%s%s%d@%s" % (w[0], w[-1] if len(w) > 1 else "", birth.year % 100 + rng.randint(0, 9),
                               rng.choice(["gmail.com", "gmail.com", "yahoo.co.id"]))
    else:
        email = None  # filled when the office is known
    if level == "head":
        rank = rng.choice(vocab.RANKS_HEAD)
    else:
        rank = rng.choice(vocab.RANKS_STAFF)
    return Person(core=core, front=front, back=back, name=compose_name(front, core, back), female=female,
                  group=group, birth=birth, nip=nip, nik=nik, email=email, pppk=pppk, rank=rank,
                  position=None, unit=None)


def rank_text(rng, rank, with_gol=None):
    name, gol = rank
    name = rng.choice(vocab.RANK_SHORT.get(name, [name]))
    if with_gol is None:
        with_gol = rng.random() < 0.4
    if with_gol:
        return rng.choice(["%s, %s", "%s (%s)", "%s / %s"]) % (name, gol)
    return name
