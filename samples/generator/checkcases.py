"""The `cases` set for `cabut check`: one folder per case with the expected verdict.

Conventions the cases follow (so that each one fails exactly the rule it is named after):
- letter dates are in January-May 2024 (tests run with --today 2024-06-01), except future-date;
- holders' e-mail addresses are on the region's go.id domain, except personal-email;
- every stated reason maps to a code other than unspecified, except no-reason;
- the recommendation is signed by the head of the holder's office ("Kepala Dinas/Badan ...",
  "Camat ...", no Plt./a.n.); a request is signed either by that head or by the holder himself
  (a personal request: the head-of-office rule applies to the recommendation);
- NIPs are valid (birth date + TMT at least 18 years later + gender 1/2 + serial; PPPK: year + 21)
  and NIKs agree with them (region code, birth date with day+40 for women), except the malformed-*.
"""
import datetime
import os
import random

import compose
import sets
import truth
import vocab
from sets import ScanFile, fname

GOOD_REASONS = ["affiliationChanged", "superseded", "keyCompromise", "cessationOfOperation"]
ALL_FIELDS = ["name", "nip", "nik", "position", "unit", "email"]


def _ctx(rng):
    region = rng.choice(vocab.REGIONS)
    kinds = ["DINAS", "BADAN", "KECAMATAN"] if region["kec"] else ["DINAS", "BADAN"]
    kind = rng.choice(kinds)
    tmpl = rng.choice([o for o in vocab.OFFICES if o["kind"] == kind and not o.get("head")
                       or (kind == "KECAMATAN" and o["kind"] == kind)])
    office = compose.resolve_office(rng, region, tmpl)
    ctx = dict(region=region, office=office, kominfo=compose.resolve_office(rng, region, kominfo=True))
    ctx["head"] = compose.make_head(rng, region, office)
    ctx["date"] = compose.letter_date(rng)
    return ctx


def _holders(rng, ctx, n, **kw):
    return [compose.make_holder(rng, ctx["region"], ctx["office"], **kw) for _ in range(n)]


def _pair(rng, ctx, hs, personal=False, req_kw=None, rec_kw=None, reason=True):
    req_kw = dict(req_kw or {})
    rec_kw = dict(rec_kw or {})
    req_kw.setdefault("reason_code", rng.choice(GOOD_REASONS) if reason else "none")
    req_kw.setdefault("fields", ALL_FIELDS)
    req_kw.setdefault("plt", False)
    rec_kw.setdefault("fields", ["name", "nip", "nik", "position", "email"])
    rec_kw.setdefault("plt", False)
    if reason and len(hs) > 1:
        req_kw.setdefault("reason_mode", "table")
    return sets.pair(rng, ctx, hs, personal=personal, req_kw=req_kw, rec_kw=rec_kw)


def _fmt(rng):
    return rng.choice([("png", "png"), ("pdf", "pdf"), ("pdf", "textpdf")])


def _files(rng, letters, stem=None):
    out = []
    for i, L in enumerate(letters):
        ext, fmt = _fmt(rng)
        kind = {"request": "permohonan", "recommendation": "rekomendasi"}.get(L.kind, "disposisi")
        out.append(ScanFile("%d-%s" % (i + 1, fname(rng, kind, ext)), fmt, [L], dpi=rng.choice([200, 300])))
    return out


# ------------------------------------------------------------------ cases
def c_complete_personal(rng, ctx):
    req, rec = _pair(rng, ctx, _holders(rng, ctx, 1), personal=True)
    return _files(rng, [req, rec])


def c_complete_office(rng, ctx):
    req, rec = _pair(rng, ctx, _holders(rng, ctx, 1), personal=False)
    return _files(rng, [req, rec])


def c_complete_two_holders(rng, ctx):
    req, rec = _pair(rng, ctx, _holders(rng, ctx, 2), personal=False)
    return _files(rng, [req, rec])


def c_complete_combined_pdf(rng, ctx):
    req, rec = _pair(rng, ctx, _holders(rng, ctx, 1), personal=rng.random() < 0.5)
    return [ScanFile(fname(rng, "berkas", "pdf"), "pdf", [req, rec], dpi=rng.choice([200, 300]))]


def c_complete_with_disposition(rng, ctx):
    req, rec = _pair(rng, ctx, _holders(rng, ctx, 1), personal=True)
    disp = compose.make_disposition(rng, ctx, req)
    return _files(rng, [disp, req, rec])


def c_missing_recommendation(rng, ctx):
    req, _ = _pair(rng, ctx, _holders(rng, ctx, 1), personal=rng.random() < 0.5)
    return _files(rng, [req])


def c_missing_request(rng, ctx):
    _, rec = _pair(rng, ctx, _holders(rng, ctx, 1))
    return _files(rng, [rec])


def c_only_disposition(rng, ctx):
    req, _ = _pair(rng, ctx, _holders(rng, ctx, 1))
    return _files(rng, [compose.make_disposition(rng, ctx, req)])


def c_recommendation_other_person(rng, ctx):
    a, b = _holders(rng, ctx, 2)
    req, _ = _pair(rng, ctx, [a], personal=True)
    _, rec = _pair(rng, ctx, [b])
    return _files(rng, [req, rec])


def c_malformed_nip(rng, ctx):
    h = _holders(rng, ctx, 1)[0]
    # an impossible birth month (13) in the NIP, printed the same in both letters
    h.nip = h.nip[:4] + "13" + h.nip[6:]
    req, rec = _pair(rng, ctx, [h], personal=rng.random() < 0.5)
    return _files(rng, [req, rec])


def c_malformed_nik(rng, ctx):
    h = _holders(rng, ctx, 1)[0]
    # an impossible birth month (13) in the NIK (DDMMYY at digits 7-12)
    h.nik = h.nik[:8] + "13" + h.nik[10:]
    req, rec = _pair(rng, ctx, [h], personal=True, rec_kw=dict(fields=ALL_FIELDS))
    return _files(rng, [req, rec])


def c_future_date(rng, ctx):
    d = datetime.date(2031, rng.randint(2, 5), rng.randint(2, 27))
    while d.weekday() > 4:
        d += datetime.timedelta(days=1)
    req, rec = _pair(rng, ctx, _holders(rng, ctx, 1), personal=rng.random() < 0.5,
                     req_kw=dict(date=d), rec_kw=dict(date=d - datetime.timedelta(days=1)))
    return _files(rng, [req, rec])


def c_signatory_not_head(rng, ctx):
    region, office = ctx["region"], ctx["office"]
    staff = compose.make_head(rng, region, office, not_head_position=rng.choice(vocab.NON_HEAD_POSITIONS))
    req, rec = _pair(rng, ctx, _holders(rng, ctx, 1), personal=True, rec_kw=dict(signer=staff))
    return _files(rng, [req, rec])


def c_personal_email(rng, ctx):
    h = compose.make_holder(rng, ctx["region"], ctx["office"], personal_email=True)
    req, rec = _pair(rng, ctx, [h], personal=True)
    return _files(rng, [req, rec])


def c_no_reason(rng, ctx):
    req, rec = _pair(rng, ctx, _holders(rng, ctx, 1), personal=rng.random() < 0.5, reason=False)
    return _files(rng, [req, rec])


def c_missing_recommendation_and_personal_email(rng, ctx):
    h = compose.make_holder(rng, ctx["region"], ctx["office"], personal_email=True)
    req, _ = _pair(rng, ctx, [h], personal=True)
    return _files(rng, [req])


CASES = [
    ("complete-personal", "complete", "personal request (signed by the holder) + recommendation", c_complete_personal),
    ("complete-office", "complete", "office request signed by the head + recommendation", c_complete_office),
    ("complete-two-holders", "complete", "office request with a table of 2 holders + recommendation for both",
     c_complete_two_holders),
    ("complete-combined-pdf", "complete", "request and recommendation scanned into one PDF",
     c_complete_combined_pdf),
    ("complete-with-disposition", "complete", "disposition sheet + request + recommendation",
     c_complete_with_disposition),
    ("missing-recommendation", "incomplete", "request only", c_missing_recommendation),
    ("missing-request", "incomplete", "recommendation only", c_missing_request),
    ("only-disposition", "incomplete", "a disposition sheet and nothing else", c_only_disposition),
    ("recommendation-other-person", "incomplete", "the recommendation names a different holder",
     c_recommendation_other_person),
    ("malformed-nip", "invalid", "holder NIP with birth month 13, in both letters", c_malformed_nip),
    ("malformed-nik", "invalid", "holder NIK with birth month 13, in both letters", c_malformed_nik),
    ("future-date", "invalid", "letters dated in 2031 (run with --today 2024-06-01)", c_future_date),
    ("signatory-not-head", "invalid", "recommendation signed by a staff member, not the head of office",
     c_signatory_not_head),
    ("personal-email", "invalid", "holder e-mail on gmail.com / yahoo.co.id in both letters", c_personal_email),
    ("no-reason", "invalid", "neither letter states a reason", c_no_reason),
    ("missing-recommendation-personal-email", "incomplete",
     "request only, with a personal e-mail: incomplete wins over invalid",
     c_missing_recommendation_and_personal_email),
]
DESCRIPTION = [(n, v, d) for n, v, d, _ in CASES]


def make_case(seed, index, out):
    name, verdict, _what, build = CASES[index]
    rng = random.Random("%s:cases:%s" % (seed, name))
    ctx = _ctx(rng)
    files = build(rng, ctx)
    docs = sets.write_case(rng, os.path.join(out, name), files)
    docs.sort(key=lambda d: (d[0], int(d[1].split("-")[0])))
    truth.write_extraction(os.path.join(out, name + ".truth.xml"), docs)
    with open(os.path.join(out, name + ".expected"), "w") as f:
        f.write("verdict=%s\n" % verdict)
    return name, verdict
