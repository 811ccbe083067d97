"""Turning layout operations into pixels (PIL) or into a PDF with a real text layer (reportlab),
plus the drawn marks of a letter: the regional emblem, the office stamp and the signature."""
import math

from PIL import Image, ImageChops, ImageDraw, ImageFont

from layout import A4, font_path, text_width

_pil_fonts = {}


def _pil_font(font, px):
    key = (font, px)
    f = _pil_fonts.get(key)
    if f is None:
        f = ImageFont.truetype(font_path(*font), px, layout_engine=ImageFont.Layout.BASIC)
        _pil_fonts[key] = f
    return f


def page_size_px(dpi):
    return int(round(A4[0] * dpi / 72.0)), int(round(A4[1] * dpi / 72.0))


def rasterize(ops, dpi, paper=(255, 255, 255)):
    """Draws one page's operations at dpi; returns an RGB image of the whole A4 page."""
    s = dpi / 72.0
    size = page_size_px(dpi)
    img = Image.new("RGB", size, paper)
    base = ImageDraw.Draw(img)
    overlay = None
    odraw = None
    for op in ops:
        if op.get("ink"):
            if overlay is None:
                overlay = Image.new("RGB", size, (255, 255, 255))
                odraw = ImageDraw.Draw(overlay)
            d, target = odraw, overlay
        else:
            d, target = base, img
        t = op["t"]
        if t == "text":
            px = max(4, int(round(op["size"] * s)))
            d.text((op["x"] * s, op["y"] * s), op["s"], font=_pil_font(op["font"], px), fill=op["color"],
                   anchor="ls")
        elif t == "line":
            d.line([(op["x0"] * s, op["y0"] * s), (op["x1"] * s, op["y1"] * s)], fill=op["color"],
                   width=max(1, int(round(op["w"] * s))))
        elif t == "rect":
            d.rectangle([op["x0"] * s, op["y0"] * s, op["x1"] * s, op["y1"] * s], outline=op["color"],
                        fill=op.get("fill"), width=max(1, int(round(op["w"] * s))))
        elif t == "poly":
            pts = [(x * s, y * s) for x, y in op["pts"]]
            d.polygon(pts, fill=op.get("fill"), outline=op.get("outline"))
            if op.get("outline") and op.get("w", 0) * s > 1.5:
                d.line(pts + [pts[0]], fill=op["outline"], width=int(round(op["w"] * s)))
        elif t == "ellipse":
            d.ellipse([op["x0"] * s, op["y0"] * s, op["x1"] * s, op["y1"] * s], outline=op.get("outline"),
                      fill=op.get("fill"), width=max(1, int(round(op.get("w", 1) * s))))
        elif t == "polyline":
            d.line([(x * s, y * s) for x, y in op["pts"]], fill=op["color"],
                   width=max(1, int(round(op["w"] * s))), joint="curve")
        elif t == "rtext":
            px = max(4, int(round(op["size"] * s)))
            f = _pil_font(op["font"], px)
            w = int(f.getlength(op["s"])) + 4
            asc, desc = f.getmetrics()
            m = Image.new("L", (w, asc + desc + 4), 0)
            ImageDraw.Draw(m).text((2, 2), op["s"], font=f, fill=255)
            m = m.rotate(-op["angle"], resample=Image.BICUBIC, expand=True)
            cx, cy = op["cx"] * s, op["cy"] * s
            target.paste(op["color"], (int(cx - m.width / 2), int(cy - m.height / 2)), m)
    if overlay is not None:
        img = ImageChops.multiply(img, overlay)
    return img


# ------------------------------------------------------------------ PDF with text layer
_rl_fonts = set()


def _rl_font(font):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    name = "%s-%s" % font
    if name not in _rl_fonts:
        pdfmetrics.registerFont(TTFont(name, font_path(*font)))
        _rl_fonts.add(name)
    return name


def write_text_pdf(pages, path, title=None):
    """Writes pages (lists of operations) as a born-digital PDF: real text, vector marks."""
    from reportlab.pdfgen import canvas
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    c.setCreator("cabut sample generator")
    for ops in pages:
        _ink_image(c, [op for op in ops if op.get("ink")])
        for op in ops:
            t = op["t"]
            if op.get("ink"):
                continue
            c.saveState()
            if t == "text":
                c.setFillColorRGB(*[v / 255.0 for v in op["color"]])
                c.setFont(_rl_font(op["font"]), op["size"])
                c.drawString(op["x"], H - op["y"], op["s"])
            elif t == "line":
                c.setStrokeColorRGB(*[v / 255.0 for v in op["color"]])
                c.setLineWidth(op["w"])
                c.line(op["x0"], H - op["y0"], op["x1"], H - op["y1"])
            elif t == "rect":
                c.setStrokeColorRGB(*[v / 255.0 for v in op["color"]])
                c.setLineWidth(op["w"])
                if op.get("fill"):
                    c.setFillColorRGB(*[v / 255.0 for v in op["fill"]])
                c.rect(op["x0"], H - op["y1"], op["x1"] - op["x0"], op["y1"] - op["y0"], stroke=1,
                       fill=1 if op.get("fill") else 0)
            elif t == "poly":
                p = c.beginPath()
                (x, y), rest = op["pts"][0], op["pts"][1:]
                p.moveTo(x, H - y)
                for x, y in rest:
                    p.lineTo(x, H - y)
                p.close()
                if op.get("fill"):
                    c.setFillColorRGB(*[v / 255.0 for v in op["fill"]])
                if op.get("outline"):
                    c.setStrokeColorRGB(*[v / 255.0 for v in op["outline"]])
                    c.setLineWidth(op.get("w", 0.5))
                c.drawPath(p, stroke=1 if op.get("outline") else 0, fill=1 if op.get("fill") else 0)
            elif t == "ellipse":
                if op.get("fill"):
                    c.setFillColorRGB(*[v / 255.0 for v in op["fill"]])
                if op.get("outline"):
                    c.setStrokeColorRGB(*[v / 255.0 for v in op["outline"]])
                c.setLineWidth(op.get("w", 1))
                c.ellipse(op["x0"], H - op["y1"], op["x1"], H - op["y0"], stroke=1 if op.get("outline") else 0,
                          fill=1 if op.get("fill") else 0)
            elif t == "polyline":
                c.setStrokeColorRGB(*[v / 255.0 for v in op["color"]])
                c.setLineWidth(op["w"])
                c.setLineCap(1)
                c.setLineJoin(1)
                p = c.beginPath()
                (x, y), rest = op["pts"][0], op["pts"][1:]
                p.moveTo(x, H - y)
                for x, y in rest:
                    p.lineTo(x, H - y)
                c.drawPath(p, stroke=1, fill=0)
            elif t == "rtext":
                c.setFillColorRGB(*[v / 255.0 for v in op["color"]])
                c.setFont(_rl_font(op["font"]), op["size"])
                c.translate(op["cx"], H - op["cy"])
                c.rotate(-op["angle"])
                c.drawCentredString(0, -op["size"] * 0.35, op["s"])
            c.restoreState()
        c.showPage()
    c.save()


def _ink_image(c, ink_ops, dpi=200):
    """Stamps and signatures go into a born-digital PDF as a pasted image (as offices do), so
    that the stamp's ring text does not end up in the text layer."""
    if not ink_ops:
        return
    from reportlab.lib.utils import ImageReader
    W, H = A4
    img = rasterize(ink_ops, dpi)
    bbox = ImageChops.difference(img, Image.new("RGB", img.size, (255, 255, 255))).getbbox()
    if not bbox:
        return
    crop = img.crop(bbox)
    alpha = crop.convert("L").point(lambda v: min(255, int((255 - v) * 1.6)))
    rgba = crop.convert("RGBA")
    rgba.putalpha(alpha)
    k = 72.0 / dpi
    c.drawImage(ImageReader(rgba), bbox[0] * k, H - bbox[3] * k, width=(bbox[2] - bbox[0]) * k,
                height=(bbox[3] - bbox[1]) * k, mask="auto")


# ------------------------------------------------------------------ marks
def emblem(ops, x, y, w, h, rng, colour=True):
    """A regional emblem: a shield with a star, a band and waves (not any real coat of arms)."""
    fill = rng.choice([(30, 120, 60), (20, 70, 150), (200, 160, 20), (150, 30, 30)]) if colour else (90, 90, 90)
    pts = [(x, y), (x + w, y), (x + w, y + h * 0.55), (x + w * 0.5, y + h), (x, y + h * 0.55)]
    ops.append(dict(t="poly", pts=pts, fill=fill, outline=(0, 0, 0), w=1.2))
    inner = [(x + w * 0.1, y + h * 0.07), (x + w * 0.9, y + h * 0.07), (x + w * 0.9, y + h * 0.52),
             (x + w * 0.5, y + h * 0.9), (x + w * 0.1, y + h * 0.52)]
    ops.append(dict(t="poly", pts=inner, fill=(235, 210, 90) if colour else (200, 200, 200), outline=(0, 0, 0),
                    w=0.6))
    ops.append(dict(t="poly", pts=star(x + w * 0.5, y + h * 0.27, w * 0.17), fill=(0, 0, 0) if not colour else
                    (200, 30, 30), outline=None))
    for k in range(3):
        yy = y + h * (0.5 + k * 0.09)
        pts = [(x + w * (0.2 + 0.6 * i / 12.0), yy + math.sin(i * 1.3) * h * 0.02) for i in range(13)]
        ops.append(dict(t="polyline", pts=pts, w=1.0, color=(20, 60, 160) if colour else (40, 40, 40)))


def star(cx, cy, r, n=5, inner=0.42, rot=0.0):
    pts = []
    for i in range(2 * n):
        a = math.pi * i / n - math.pi / 2 + rot
        rr = r if i % 2 == 0 else r * inner
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def stamp(ops, cx, cy, r, ring_text, centre_lines, colour, rng, font=("liberation-sans", "B")):
    """A round office stamp: double ring, text around the ring, a star and a name in the middle."""
    rot = rng.uniform(-25, 25)
    w = r * 0.05
    ops.append(dict(t="ellipse", x0=cx - r, y0=cy - r, x1=cx + r, y1=cy + r, outline=colour, w=w, ink=True))
    ops.append(dict(t="ellipse", x0=cx - r * 0.93, y0=cy - r * 0.93, x1=cx + r * 0.93, y1=cy + r * 0.93,
                    outline=colour, w=w * 0.4, ink=True))
    ri = r * 0.64
    ops.append(dict(t="ellipse", x0=cx - ri, y0=cy - ri, x1=cx + ri, y1=cy + ri, outline=colour, w=w * 0.5,
                    ink=True))
    size = r * 0.17
    text = ring_text + " * "
    total = sum(text_width(ch, font, size) for ch in text)
    R = r * 0.79
    circ = 2 * math.pi * R
    scale = min(1.0, circ * 0.97 / total)
    size *= scale
    a = rot - 180.0 * (total * scale) / circ  # start so that the text is centred on the top
    a = rot - 175.0
    for ch in text:
        cw = text_width(ch, font, size)
        step = 360.0 * cw / circ
        mid = a + step / 2
        rad = math.radians(mid)
        if ch.strip():
            ops.append(dict(t="rtext", cx=cx + R * math.sin(rad), cy=cy - R * math.cos(rad), s=ch, font=font,
                            size=size, angle=mid, color=colour, ink=True))
        a += step
    ops.append(dict(t="poly", pts=star(cx, cy - ri * 0.38, ri * 0.3, rot=math.radians(rot)), fill=colour,
                    outline=None, ink=True))
    fs = r * 0.15
    for i, line in enumerate(centre_lines):
        ops.append(dict(t="rtext", cx=cx + (i + 0.4) * fs * 1.2 * math.sin(math.radians(-rot)) * -1,
                        cy=cy + (i + 0.4) * fs * 1.25, s=line, font=font, size=fs * min(1.0, 9.0 / max(9, len(line))),
                        angle=rot * 0.3, color=colour, ink=True))


def signature(ops, x, y, w, h, rng, colour=(20, 30, 120), width=None, clamp=False):
    """A hand-written signature scribble in the box (x, y, w, h); clamp keeps it inside the box."""
    width = width or rng.uniform(0.9, 1.6)
    n = rng.randint(6, 11)
    ctrl = []
    for i in range(n):
        t = i / (n - 1.0)
        px = x + w * t + rng.uniform(-w * 0.08, w * 0.08)
        py = y + h * (0.5 + 0.45 * math.sin(rng.uniform(0, 6.28)))
        ctrl.append((px, py))
    # a few loops
    pts = []
    for i in range(len(ctrl) - 1):
        p0 = ctrl[max(0, i - 1)]
        p1, p2 = ctrl[i], ctrl[i + 1]
        p3 = ctrl[min(len(ctrl) - 1, i + 2)]
        for k in range(12):
            t = k / 12.0
            t2, t3 = t * t, t * t * t
            px = 0.5 * ((2 * p1[0]) + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2 +
                        (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3)
            py = 0.5 * ((2 * p1[1]) + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2 +
                        (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3)
            if rng.random() < 0.08:
                # small loop
                lr = h * 0.12
                for j in range(10):
                    aa = 2 * math.pi * j / 9
                    pts.append((px + lr * math.sin(aa), py - lr + lr * math.cos(aa)))
            pts.append((px, py))
    pts.append(ctrl[-1])
    if clamp:
        pts = [(px, min(y + h, max(y, py))) for px, py in pts]
    ops.append(dict(t="polyline", pts=pts, w=width, color=colour, ink=True))
    # flourish
    y0 = y + h * rng.uniform(0.6, 0.95)
    fl = [(x + w * rng.uniform(-0.1, 0.2), y0 + rng.uniform(-3, 3))]
    for k in range(1, 8):
        fl.append((fl[0][0] + w * 1.1 * k / 7.0, y0 - h * 0.25 * math.sin(k / 7.0 * math.pi) + rng.uniform(-2, 2)))
    ops.append(dict(t="polyline", pts=fl, w=width * 0.9, color=colour, ink=True))
