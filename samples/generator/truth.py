"""Ground truth in the extraction contract's format (shared/spec/extraction.md), read from the
laid-out letters: only what the letter prints, normalised as the contract says."""
import re
from xml.sax.saxutils import escape, quoteattr


def _digits(s):
    return re.sub(r"\D", "", s)


def pages_attr(first, last):
    return str(first) if first == last else "%d-%d" % (first, last)


def document_fields(L):
    """(doc fields, signatory fields, holders) of a request or recommendation letter, as printed."""
    doc = []
    if L.number:
        doc.append(("letter_number", re.sub(r"\s+", "", L.number)))
    if L.date:
        doc.append(("letter_date", L.date.isoformat()))
    if L.subject:
        doc.append(("subject", L.subject))
    sig = []
    s = L.sig
    if s:
        sig.append(("name", s["name_print"]))
        if s.get("nip_line"):
            sig.append(("nip", _digits(s["nip_print"])))
        if s.get("position"):
            sig.append(("position", s["position"]))
    holders = []
    for h in L.holders:
        fs = []
        f = L.holder_fields
        if "name" in f:
            fs.append(("name", h.name))
        if "nip" in f:
            fs.append(("nip", h.nip))
        if "nik" in f:
            fs.append(("nik", h.nik))
        if "email" in f:
            fs.append(("email", h.email.lower()))
        if "position" in f:
            fs.append(("position", h.position))
        if "unit" in f:
            fs.append(("unit", h.unit))
        # the contract maps "no reason stated" to unspecified
        fs.append(("reason", h.reason_code or "unspecified"))
        holders.append(fs)
    return doc, sig, holders


def document_xml(source, pages, kind, L=None, indent="  "):
    out = ["%s<document source=%s pages=%s kind=%s" % (indent, quoteattr(source), quoteattr(pages), quoteattr(kind))]
    if kind not in ("request", "recommendation") or L is None:
        out[0] += "/>"
        return "\n".join(out)
    out[0] += ">"
    i2 = indent * 2
    i3 = indent * 3
    doc, sig, holders = document_fields(L)
    for k, v in doc:
        out.append("%s<%s>%s</%s>" % (i2, k, escape(v), k))
    if sig:
        out.append("%s<signatory>" % i2)
        for k, v in sig:
            out.append("%s<%s>%s</%s>" % (i3, k, escape(v), k))
        out.append("%s</signatory>" % i2)
    for fs in holders:
        out.append("%s<holder>" % i2)
        for k, v in fs:
            out.append("%s<%s>%s</%s>" % (i3, k, escape(v), k))
        out.append("%s</holder>" % i2)
    out.append("%s</document>" % indent)
    return "\n".join(out)


def write_extraction(path, documents):
    """documents: list of (source, pages, kind, Letter or None)."""
    body = "\n".join(document_xml(*d) for d in documents)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<extraction>\n')
        if body:
            f.write(body + "\n")
        f.write("</extraction>\n")
