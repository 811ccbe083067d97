"""What scanners, copiers, fax machines and phones do to a page image."""
import io

from PIL import Image, ImageChops, ImageFilter, ImageOps

PROFILES = ["scanner", "scanner", "copier", "fax", "phone", "office-mfp"]


def choose_profile(rng, name=None):
    """Per-file settings, so that the pages of one file look like one device made them."""
    name = name or rng.choice(PROFILES)
    p = dict(name=name, skew=rng.uniform(0.5, 2.0) * rng.choice([-1, 1]), noise=0.0, saltpepper=0.0,
             blur=0.0, jpeg=None, grey=0, illum=0.0, faint=0.0, thin=False, streak=False, mode="L",
             perspective=0.0, dpi=rng.choice([200, 200, 240, 300]))
    if name == "scanner":
        p.update(noise=rng.uniform(3, 8), grey=rng.randint(0, 18), blur=rng.uniform(0.0, 0.7),
                 mode=rng.choice(["L", "RGB"]))
    elif name == "office-mfp":
        p.update(noise=rng.uniform(4, 10), grey=rng.randint(5, 25), blur=rng.uniform(0.3, 0.9),
                 jpeg=rng.randint(30, 60), mode="RGB", skew=rng.uniform(1.0, 4.0) * rng.choice([-1, 1]))
    elif name == "copier":
        faint = rng.uniform(0.2, 0.4)
        p.update(noise=rng.uniform(5, 12), grey=rng.randint(10, 35), faint=faint,
                 thin=faint < 0.3 and rng.random() < 0.5, streak=True, blur=rng.uniform(0.2, 0.8), mode="L")
    elif name == "fax":
        p.update(saltpepper=rng.uniform(0.0008, 0.003), mode="1", dpi=rng.choice([150, 150, 200]),
                 blur=rng.uniform(0.5, 1.0), skew=rng.uniform(0.5, 2.5) * rng.choice([-1, 1]))
    elif name == "phone":
        p.update(noise=rng.uniform(4, 9), illum=rng.uniform(0.15, 0.35), blur=rng.uniform(0.6, 1.4),
                 jpeg=rng.randint(35, 60), mode="RGB", perspective=rng.uniform(0.008, 0.025),
                 dpi=rng.choice([150, 200]), skew=rng.uniform(0.5, 4.0) * rng.choice([-1, 1]),
                 grey=rng.randint(10, 30))
    return p


def _noise_field(size, sigma, rng, tile=512):
    """Gaussian-looking noise centred on 128, made from the seeded rng (Image.effect_noise uses the C
    library's rand() and would make the output depend on the process it ran in)."""
    import math
    lut = []
    for i in range(256):
        u = (i + 0.5) / 256.0
        z = math.copysign(_z(min(u, 1 - u)), u - 0.5)
        lut.append(max(0, min(255, int(round(128 + sigma * z)))))
    t = Image.frombytes("L", (tile, tile), rng.randbytes(tile * tile)).point(lut)
    field = Image.new("L", size)
    ops = [None, Image.FLIP_LEFT_RIGHT, Image.FLIP_TOP_BOTTOM, Image.ROTATE_180]
    for y in range(0, size[1], tile):
        for x in range(0, size[0], tile):
            op = rng.choice(ops)
            field.paste(t if op is None else t.transpose(op), (x, y))
    return field


def _noise(img, sigma, rng):
    n = _noise_field(img.size, sigma, rng)
    if img.mode == "RGB":
        n = Image.merge("RGB", (n, n, n))
    return ImageChops.add(img, n, 1.0, -128)


def _salt_pepper(img, amount, rng):
    from PIL import ImageDraw
    d = ImageDraw.Draw(img)
    w, h = img.size
    k = int(w * h * amount)
    black = (0, 0, 0) if img.mode == "RGB" else 0
    white = (255, 255, 255) if img.mode == "RGB" else 255
    d.point([(rng.randrange(w), rng.randrange(h)) for _ in range(k)], fill=black)
    d.point([(rng.randrange(w), rng.randrange(h)) for _ in range(k)], fill=white)
    # a few bigger specks (dust)
    for _ in range(k // 200 + 3):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.uniform(1, 3)
        d.ellipse([x - r, y - r, x + r, y + r], fill=black)
    return img


def _z(p):
    """Upper-tail normal quantile for a small tail probability p (Abramowitz-Stegun 26.2.23)."""
    import math
    t = math.sqrt(-2 * math.log(p))
    return t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t +
                                                                 0.001308 * t * t * t)


def _illumination(img, strength, rng):
    g = Image.radial_gradient("L").resize(img.size, Image.BILINEAR)
    # shift the bright centre
    dx = int(img.width * rng.uniform(-0.25, 0.25))
    dy = int(img.height * rng.uniform(-0.25, 0.25))
    g = ImageChops.offset(g, dx, dy)
    g = g.point(lambda v: int(255 - v * strength))
    if img.mode == "RGB":
        g = Image.merge("RGB", (g, g, g.point(lambda v: max(0, v - 8))))
    return ImageChops.multiply(img, g)


def _perspective(img, amount, rng, bg):
    w, h = img.size
    d = [rng.uniform(0, amount) for _ in range(8)]
    # corners of the page inside a slightly larger photo
    margin = int(min(w, h) * rng.uniform(0.02, 0.05))
    W, H = w + 2 * margin, h + 2 * margin
    canvas = Image.new(img.mode, (W, H), bg)
    canvas.paste(img, (margin, margin))
    coeffs = _find_coeffs(
        [(0, 0), (W, 0), (W, H), (0, H)],
        [(-d[0] * W, -d[1] * H), (W + d[2] * W, -d[3] * H), (W + d[4] * W, H + d[5] * H),
         (-d[6] * W, H + d[7] * H)])
    return canvas.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=bg)


def _find_coeffs(pa, pb):
    # solve the 8 perspective coefficients mapping output (pa) to input (pb) points
    m = []
    for (x, y), (X, Y) in zip(pa, pb):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y, X])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y, Y])
    n = 8
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def degrade_page(img, p, rng, rotate=0):
    """img: RGB page at p['dpi']. Returns the degraded image in p['mode']."""
    if p["mode"] != "RGB":
        img = img.convert("L")
    paper = 255 - p["grey"]
    if p["faint"]:
        k = p["faint"]
        img = img.point(lambda v: int(v + (255 - v) * k))
    if p["thin"]:
        img = img.filter(ImageFilter.MaxFilter(3))
    if p["grey"]:
        if img.mode == "RGB":
            tint = Image.new("RGB", img.size, (paper, paper, max(0, paper - 6)))
        else:
            tint = Image.new("L", img.size, paper)
        img = ImageChops.multiply(img, tint)
    if p["streak"] and rng.random() < 0.7:
        from PIL import ImageDraw
        d = ImageDraw.Draw(img)
        for _ in range(rng.randint(1, 3)):
            x = rng.randint(int(img.width * 0.05), int(img.width * 0.95))
            d.line([(x, 0), (x + rng.randint(-3, 3), img.height)], fill=(90, 90, 90) if img.mode == "RGB" else 90,
                   width=rng.randint(1, 3))
    if p["illum"]:
        img = _illumination(img, p["illum"], rng)
    skew = p["skew"] + rng.uniform(-0.3, 0.3)
    bg = (paper, paper, paper) if img.mode == "RGB" else paper
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    if p["perspective"]:
        dark = (70, 60, 50) if img.mode == "RGB" else 60
        img = _perspective(img, p["perspective"], rng, dark)
    if p["blur"] > 0.05:
        img = img.filter(ImageFilter.GaussianBlur(p["blur"] * p["dpi"] / 200.0))
    if p["noise"]:
        img = _noise(img, p["noise"], rng)
    if p["saltpepper"]:
        img = _salt_pepper(img, p["saltpepper"], rng)
    if rotate == 180:
        img = img.transpose(Image.ROTATE_180)
    elif rotate == 90:
        img = img.transpose(Image.ROTATE_90)
    elif rotate == 270:
        img = img.transpose(Image.ROTATE_270)
    if p["jpeg"]:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=p["jpeg"])
        buf.seek(0)
        img = Image.open(buf)
        img.load()
    if p["mode"] == "1":
        img = img.convert("L").point(lambda v: 255 if v > 140 else 0).convert("1", dither=Image.NONE)
    return img


def blank_back(front, p, rng, dpi):
    """The back of a duplex sheet: paper, with a faint mirror image of the front showing through."""
    from render import page_size_px
    size = page_size_px(dpi)
    if front is not None and p is not None:
        ghost = ImageOps.mirror(front.convert("L")).resize(size)
        k = rng.uniform(0.03, 0.06)
        ghost = ghost.point(lambda v: int(255 - (255 - v) * k))
        return ghost.convert("RGB")
    return Image.new("RGB", size, (255, 255, 255))
