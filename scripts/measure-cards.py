#!/usr/bin/env python3
"""measure-cards.py CARDS.pdf [--dpi N]: checks that both faces of every tent card (桌签) are
set in one face and size (seating conventions §8.1.4). The page is an A4 landscape sheet folded
across the middle; the upper face is turned 180°. Each page is rendered (pdftoppm), the upper half
turned back, and each half cut into its lines of text (the name, then a 列席 label if any): both
halves must have the same lines, each line the same ink per area of its box (within 15 %: a thin
face has about half a bold one's), the name the same width (6 %) and height (12 %); the overlap
of the two inks with their boxes aligned (IoU) is printed. Text faces are also named
(pdfplumber): every character drawn as text must be in one font at one size per line pair.
Prints one line per card; exits 1 when a card's faces differ."""
import subprocess, sys, tempfile, os, warnings
warnings.simplefilter("ignore", DeprecationWarning)
from PIL import Image, ImageChops

def ink_box(image):
    return ImageChops.invert(image).getbbox()

def lines(face, gap):
    """The face's lines of text, top to bottom as read: bands of rows with ink, split where
    at least `gap` rows have none (a 列席 label under the name is a line of its own)."""
    width, height = face.size
    inked = [any(v == 0 for v in face.crop((0, y, width, y + 1)).getdata()) for y in range(height)]
    bands, start, blank = [], None, 0
    for y, ink in enumerate(inked + [False] * gap):
        if ink:
            if start is None:
                start = y
            blank = 0
        elif start is not None:
            blank += 1
            if blank >= gap:
                bands.append(face.crop((0, start, width, y - blank + 1)))
                start, blank = None, 0
    return bands

def measure(line, mm):
    box = ink_box(line)
    inked = line.crop(box)
    ink = sum(1 for v in inked.getdata() if v == 0)
    return inked, (box[2] - box[0]) * mm, (box[3] - box[1]) * mm, ink / (inked.size[0] * inked.size[1])

def main():
    path = sys.argv[1]
    dpi = int(sys.argv[sys.argv.index("--dpi") + 1]) if "--dpi" in sys.argv else 50
    mm = 25.4 / dpi
    failed = False
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", path, os.path.join(work, "p")], check=True)
        pages = sorted(f for f in os.listdir(work) if f.endswith(".png"))
        for number, name in enumerate(pages, 1):
            page = Image.open(os.path.join(work, name)).convert("L").point(lambda v: 0 if v < 128 else 255)
            w, h = page.size
            turned = lines(page.crop((0, 0, w, h // 2)).rotate(180), gap=int(1.5 / mm) + 1)
            upright = lines(page.crop((0, h - h // 2, w, h)), gap=int(1.5 / mm) + 1)
            if not turned or len(turned) != len(upright):
                print(f"page {number}: FAIL {len(turned)} lines turned, {len(upright)} upright")
                failed = True
                continue
            report = []
            ok = True
            for index, (a, b) in enumerate(zip(turned, upright)):
                ai, aw, ah, ad = measure(a, mm)
                bi, bw, bh, bd = measure(b, mm)
                size = (max(ai.size[0], bi.size[0]), max(ai.size[1], bi.size[1]))
                x = Image.new("L", size, 255); x.paste(ai, (0, 0))
                y = Image.new("L", size, 255); y.paste(bi, (0, 0))
                pairs = list(zip(x.getdata(), y.getdata()))
                both = sum(1 for p, q in pairs if p == 0 and q == 0)
                either = sum(1 for p, q in pairs if p == 0 or q == 0)
                density = ad / bd
                # The name (first line): width within 6 %, height within 12 % (DOCX WordArt is
                # stretched to a box estimated from the em), the ink per area within 15 % (a
                # thin face has about half a bold one's). Labels: ink per area only.
                line_ok = 0.85 <= density <= 1.15
                if index == 0:
                    line_ok = line_ok and abs(aw - bw) <= 0.06 * bw and abs(ah - bh) <= 0.12 * bh
                ok = ok and line_ok
                report.append(f"{'name' if index == 0 else 'label'} turned {aw:.1f} × {ah:.1f} mm, upright {bw:.1f} × {bh:.1f} mm, "
                              f"ink per area {density:.2f}, overlap {both / either if either else 0:.2f}")
            failed |= not ok
            print(f"page {number}: {'; '.join(report)} | {'ok' if ok else 'FAIL'}")
    try:
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            for number, page in enumerate(pdf.pages, 1):
                fonts = sorted({(c["fontname"].split("+")[-1]) for c in page.chars})
                if len(fonts) > 1:
                    print(f"page {number}: FAIL text in {len(fonts)} fonts: {', '.join(fonts)}")
                    failed = True
    except ImportError:
        pass
    sys.exit(1 if failed else 0)

main()
