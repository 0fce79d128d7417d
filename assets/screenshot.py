#!/usr/bin/env python3
"""Make assets/screenshot.png from a real run of lectern.

Runs target/release/lectern in a private tmux server (fixed size, its own
config directory), presses a few keys, captures the screen with its colours
(`tmux capture-pane -e`) and draws it with Pillow in DejaVu Sans Mono.

    cargo build --release
    pip install pillow            # once
    python3 assets/screenshot.py  # from the repository root

Needs tmux and the DejaVu fonts (Debian: fonts-dejavu-core).
"""
import os, re, subprocess, sys, tempfile, time, unicodedata, uuid
from PIL import Image, ImageDraw, ImageFont

COLS, ROWS = 110, 30
DOCUMENT = "tests/corpus/rfc793_tcp_1981.txt"
KEYS = ["]", "]", "]", "]", "]", "/", "s", "e", "g", "m", "e", "n", "t", "Enter"]
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
SIZE = 15
# The 16 ANSI colours (a Tango-like palette), then the defaults.
PALETTE = ["#2e3436", "#cc0000", "#4e9a06", "#c4a000", "#3465a4", "#75507b", "#06989a", "#d3d7cf",
           "#555753", "#ef2929", "#8ae234", "#fce94f", "#729fcf", "#ad7fa8", "#34e2e2", "#eeeeec"]
FOREGROUND, BACKGROUND = "#d3d7cf", "#1e1e1e"


def tmux(sock, *args):
    return subprocess.run(["tmux", "-L", sock, *args], capture_output=True, text=True, check=True)


def capture():
    sock = "shot-" + uuid.uuid4().hex[:8]
    config = tempfile.mkdtemp(prefix="lectern-shot-")
    command = f"env LECTERN_CONFIG_DIR={config} TERM=xterm-256color target/release/lectern {DOCUMENT}"
    tmux(sock, "new-session", "-d", "-x", str(COLS), "-y", str(ROWS), command)
    try:
        tmux(sock, "set-option", "status", "off")
        time.sleep(0.8)
        for key in KEYS:
            tmux(sock, "send-keys", key)
            time.sleep(0.05)
        time.sleep(0.8)
        return tmux(sock, "capture-pane", "-p", "-e").stdout
    finally:
        subprocess.run(["tmux", "-L", sock, "kill-server"], capture_output=True)


def apply_sgr(params, style):
    codes = [int(p) if p else 0 for p in params.split(";")] or [0]
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            style.clear()
        elif c in (1, 2, 3, 4, 7):
            style[c] = True
        elif c in (22, 23, 24, 27):
            for k in {22: (1, 2), 23: (3,), 24: (4,), 27: (7,)}[c]:
                style.pop(k, None)
        elif 30 <= c <= 37 or 90 <= c <= 97:
            style["fg"] = PALETTE[c - 30 if c < 90 else c - 82]
        elif 40 <= c <= 47 or 100 <= c <= 107:
            style["bg"] = PALETTE[c - 40 if c < 100 else c - 92]
        elif c in (39, 49):
            style.pop("fg" if c == 39 else "bg", None)
        elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
            n = codes[i + 2]
            if n < 16:
                style["fg" if c == 38 else "bg"] = PALETTE[n]
            i += 2
        i += 1


def render(screen, path):
    fonts = {key: ImageFont.truetype(os.path.join(FONT_DIR, name), SIZE) for key, name in [
        ((False, False), "DejaVuSansMono.ttf"), ((True, False), "DejaVuSansMono-Bold.ttf"),
        ((False, True), "DejaVuSansMono-Oblique.ttf"), ((True, True), "DejaVuSansMono-BoldOblique.ttf")]}
    cell_w = round(fonts[(False, False)].getlength("M"))
    cell_h = round(SIZE * 1.3)
    pad = 12
    image = Image.new("RGB", (COLS * cell_w + 2 * pad, ROWS * cell_h + 2 * pad), BACKGROUND)
    draw = ImageDraw.Draw(image)
    for y, line in enumerate(screen.split("\n")[:ROWS]):
        style, x = {}, 0
        for token in re.split(r"(\x1b\[[0-9;]*m)", line):
            if token.startswith("\x1b["):
                apply_sgr(token[2:-1], style)
                continue
            for ch in token:
                width = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
                fg, bg = style.get("fg", FOREGROUND), style.get("bg", BACKGROUND)
                if style.get(7):
                    fg, bg = bg, fg
                if style.get(2):
                    fg = "#888a85"
                left, top = pad + x * cell_w, pad + y * cell_h
                draw.rectangle([left, top, left + width * cell_w - 1, top + cell_h - 1], fill=bg)
                font = fonts[(bool(style.get(1)), bool(style.get(3)))]
                draw.text((left, top + 2), ch, font=font, fill=fg)
                if style.get(4):
                    draw.line([left, top + cell_h - 3, left + width * cell_w, top + cell_h - 3], fill=fg)
                x += width
    image.save(path)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "assets/screenshot.png"
    render(capture(), out)
    print(out)
