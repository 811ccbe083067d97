"""Page layout in points (A4, origin top left, y down). A Doc collects drawing operations
(plain dicts) page by page; render.py turns them into raster images or a PDF with text."""
import os

from PIL import ImageFont

A4 = (595.276, 841.89)

_FONT_DIRS = ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation",
              "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/freefont"]

FAMILIES = {
    "liberation-serif": dict(R="LiberationSerif-Regular.ttf", B="LiberationSerif-Bold.ttf",
                             I="LiberationSerif-Italic.ttf", BI="LiberationSerif-BoldItalic.ttf"),
    "liberation-sans": dict(R="LiberationSans-Regular.ttf", B="LiberationSans-Bold.ttf",
                            I="LiberationSans-Italic.ttf", BI="LiberationSans-BoldItalic.ttf"),
    "dejavu-serif": dict(R="DejaVuSerif.ttf", B="DejaVuSerif-Bold.ttf", I="DejaVuSerif-Italic.ttf",
                         BI="DejaVuSerif-BoldItalic.ttf"),
    "dejavu-sans": dict(R="DejaVuSans.ttf", B="DejaVuSans-Bold.ttf", I="DejaVuSans-Oblique.ttf",
                        BI="DejaVuSans-BoldOblique.ttf"),
    "free-serif": dict(R="FreeSerif.ttf", B="FreeSerifBold.ttf", I="FreeSerifItalic.ttf",
                       BI="FreeSerifBoldItalic.ttf"),
    "free-sans": dict(R="FreeSans.ttf", B="FreeSansBold.ttf", I="FreeSansOblique.ttf",
                      BI="FreeSansBoldOblique.ttf"),
}
SERIF = ["liberation-serif", "liberation-serif", "dejavu-serif", "free-serif"]
SANS = ["liberation-sans", "liberation-sans", "dejavu-sans", "free-sans"]

_path_cache = {}
_measure_cache = {}


def font_path(family, style="R"):
    key = (family, style)
    p = _path_cache.get(key)
    if p is None:
        name = FAMILIES[family][style]
        for d in _FONT_DIRS:
            cand = os.path.join(d, name)
            if os.path.exists(cand):
                p = cand
                break
        if p is None:
            raise SystemExit("generator: font %s not found; install fonts-liberation2 fonts-dejavu-core "
                             "fonts-freefont-ttf" % name)
        _path_cache[key] = p
    return p


def _mfont(family, style):
    key = (family, style)
    f = _measure_cache.get(key)
    if f is None:
        f = ImageFont.truetype(font_path(family, style), 1000, layout_engine=ImageFont.Layout.BASIC)
        _measure_cache[key] = f
    return f


def text_width(s, font, size):
    """Width in points of s in font=(family, style) at size points."""
    return _mfont(*font).getlength(s) * size / 1000.0


def wrap(s, width, font, size):
    """Greedy word wrap; words longer than the width are broken."""
    words = s.split()
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if text_width(cand, font, size) <= width:
            cur = cand
            continue
        if cur:
            lines.append(cur)
            cur = ""
        while text_width(w, font, size) > width and len(w) > 1:
            # break an over-long word (e-mail, NIP) where it still fits
            k = len(w) - 1
            while k > 1 and text_width(w[:k], font, size) > width:
                k -= 1
            lines.append(w[:k])
            w = w[k:]
        cur = w
    if cur or not lines:
        lines.append(cur)
    return lines


class Doc:
    """A paginated flow of drawing operations. style: dict with family, size, lead, margins."""

    def __init__(self, style):
        self.st = style
        self.W, self.H = A4
        self.ml, self.mr = style["ml"], self.W - style["mr"]
        self.mt, self.mb = style["mt"], self.H - style["mb"]
        self.pages = [[]]
        self.y = self.mt
        self.page_numbers = style.get("page_numbers", False)
        self.on_new_page = None
        self.marks = {}

    # -------------------------------------------------------------- basics
    @property
    def ops(self):
        return self.pages[-1]

    def font(self, style="R"):
        return (self.st["family"], style)

    @property
    def size(self):
        return self.st["size"]

    def lead(self, size=None):
        return (size or self.size) * self.st["lead"]

    def new_page(self):
        self.pages.append([])
        self.y = self.mt
        if self.page_numbers:
            n = len(self.pages)
            self.text_centered(self.W / 2, self.y + self.size, "- %d -" % n, self.font(), self.size)
            self.y += self.lead() * 2
        if self.on_new_page:
            self.on_new_page(self)

    def ensure(self, h):
        if self.y + h > self.mb:
            self.new_page()
            return True
        return False

    def space(self, pts):
        self.y += pts

    def mark(self, key):
        self.marks[key] = (len(self.pages) - 1, self.y)

    # -------------------------------------------------------------- primitives
    def text(self, x, baseline, s, font, size, color=(0, 0, 0), underline=False, ink=False):
        if not s:
            return
        self.ops.append(dict(t="text", x=x, y=baseline, s=s, font=font, size=size, color=color, ink=ink))
        if underline:
            w = text_width(s, font, size)
            uy = baseline + size * 0.13
            self.ops.append(dict(t="line", x0=x, y0=uy, x1=x + w, y1=uy, w=max(0.5, size * 0.055),
                                 color=color))

    def text_centered(self, cx, baseline, s, font, size, **kw):
        w = text_width(s, font, size)
        self.text(cx - w / 2, baseline, s, font, size, **kw)

    def text_right(self, rx, baseline, s, font, size, **kw):
        w = text_width(s, font, size)
        self.text(rx - w, baseline, s, font, size, **kw)

    def hline(self, x0, x1, y, w=0.7, color=(0, 0, 0)):
        self.ops.append(dict(t="line", x0=x0, y0=y, x1=x1, y1=y, w=w, color=color))

    def vline(self, x, y0, y1, w=0.7, color=(0, 0, 0)):
        self.ops.append(dict(t="line", x0=x, y0=y0, x1=x, y1=y1, w=w, color=color))

    def rect(self, x0, y0, x1, y1, w=0.7, color=(0, 0, 0), fill=None):
        self.ops.append(dict(t="rect", x0=x0, y0=y0, x1=x1, y1=y1, w=w, color=color, fill=fill))

    # -------------------------------------------------------------- flow
    def baseline(self, size=None):
        return self.y + (size or self.size) * 0.92

    def line(self, s, x0=None, x1=None, align="left", style="R", size=None, underline=False):
        """One line of text at the cursor, then advance."""
        size = size or self.size
        x0 = self.ml if x0 is None else x0
        x1 = self.mr if x1 is None else x1
        self.ensure(self.lead(size))
        f = self.font(style)
        b = self.baseline(size)
        if align == "center":
            self.text_centered((x0 + x1) / 2, b, s, f, size, underline=underline)
        elif align == "right":
            self.text_right(x1, b, s, f, size, underline=underline)
        else:
            self.text(x0, b, s, f, size, underline=underline)
        self.y += self.lead(size)

    def paragraph(self, s, x0=None, x1=None, indent=0.0, justify=None, style="R", size=None, hang=0.0):
        """Wrapped paragraph; indent = first line indent, hang = indent of the other lines."""
        size = size or self.size
        x0 = self.ml if x0 is None else x0
        x1 = self.mr if x1 is None else x1
        justify = self.st.get("justify", False) if justify is None else justify
        f = self.font(style)
        words = s.split()
        lines = []
        first = True
        cur = []
        avail = x1 - x0 - indent
        for w in words:
            cand = " ".join(cur + [w])
            if not cur or text_width(cand, f, size) <= avail:
                cur.append(w)
            else:
                lines.append((cur, first))
                first = False
                cur = [w]
                avail = x1 - x0 - hang
        if cur:
            lines.append((cur, first))
        for i, (ws, is_first) in enumerate(lines):
            self.ensure(self.lead(size))
            lx = x0 + (indent if is_first else hang)
            b = self.baseline(size)
            last = i == len(lines) - 1
            if justify and not last and len(ws) > 1:
                total = sum(text_width(w, f, size) for w in ws)
                gap = (x1 - lx - total) / (len(ws) - 1)
                x = lx
                for w in ws:
                    self.text(x, b, w, f, size)
                    x += text_width(w, f, size) + gap
            else:
                self.text(lx, b, " ".join(ws), f, size)
            self.y += self.lead(size)

    def kv(self, rows, x_label, x_colon, x1=None, size=None, style="R", label_style=None, gap=None):
        """Label / colon / value rows; values wrap under themselves."""
        size = size or self.size
        x1 = self.mr if x1 is None else x1
        gap = text_width(": ", self.font(), size) if gap is None else gap
        xv = x_colon + gap
        for label, value in rows:
            lines = wrap(value, x1 - xv, self.font(style), size) if value else [""]
            for i, ln in enumerate(lines):
                self.ensure(self.lead(size))
                b = self.baseline(size)
                if i == 0:
                    self.text(x_label, b, label, self.font(label_style or style), size)
                    self.text(x_colon, b, ":", self.font(), size)
                self.text(xv, b, ln, self.font(style), size)
                self.y += self.lead(size)

    def table(self, header, rows, widths, x0=None, size=None, header_style="B", pad=3.0,
              repeat_header=True, align=None, on_page_break=None, min_rows_after_header=1):
        """Ruled table. widths in points; cells wrap. Rows may break across pages."""
        size = size or self.size
        x0 = self.ml if x0 is None else x0
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        lead = size * 1.2
        align = align or ["left"] * len(widths)

        def cell_lines(row, style):
            return [wrap(str(c), widths[i] - 2 * pad, self.font(style), size) for i, c in enumerate(row)]

        def draw_row(row, style, lines):
            n = max(len(l) for l in lines)
            h = n * lead + 2 * pad
            top = self.y
            for i, cl in enumerate(lines):
                for k, ln in enumerate(cl):
                    b = top + pad + k * lead + size * 0.92
                    if align[i] == "center":
                        self.text_centered((xs[i] + xs[i + 1]) / 2, b, ln, self.font(style), size)
                    else:
                        self.text(xs[i] + pad, b, ln, self.font(style), size)
            self.hline(xs[0], xs[-1], top)
            self.hline(xs[0], xs[-1], top + h)
            for x in xs:
                self.vline(x, top, top + h)
            self.y = top + h

        hl = cell_lines(header, header_style) if header else None
        hh = (max(len(l) for l in hl) * lead + 2 * pad) if header else 0
        if header:
            first_lines = cell_lines(rows[0], "R") if rows else [[""]]
            self.ensure(hh + max(len(l) for l in first_lines) * lead + 2 * pad)
            draw_row(header, header_style, hl)
        for row in rows:
            lines = cell_lines(row, "R")
            h = max(len(l) for l in lines) * lead + 2 * pad
            if self.ensure(h):
                if on_page_break:
                    on_page_break(self)
                if header and repeat_header:
                    draw_row(header, header_style, hl)
            draw_row(row, "R", lines)
