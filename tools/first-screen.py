#!/usr/bin/env python3
"""Time a reader's first screen, and G, on a pseudo-terminal.

peerbench (in the shared tools) runs each reader in tmux and polls the
screen every few milliseconds, so readers within a few milliseconds of each
other come out alike. This starts the reader on a pty of its own and reads
its output as it comes: the time from starting it until a word of the
document's opening is written (first screen), and from pressing G until a
word of its end is (go to end). Python's standard library only.

    python3 tools/first-screen.py --reader less --reader target/release/lectern FILE...

Documents from peerbench's gen.py carry the words it waits for
(QQSTARTQQ, QQENDQQ); give others with --start and --end.
"""

import argparse
import os
import pty
import select
import signal
import statistics
import struct
import tempfile
import termios
import fcntl
import shutil
import time


def run(argv, start, end, press_g, timeout=10.0):
    """Milliseconds to the first screen, and to the end after G (or None)."""
    home = tempfile.mkdtemp(prefix="first-screen-")
    began = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        env = {"HOME": home, "TERM": "xterm-256color", "LANG": "C.UTF-8",
               "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LESS": ""}
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen, first, to_end, pressed = b"", None, None, None
    try:
        while time.perf_counter() - began < timeout:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    data = os.read(fd, 1 << 16)
                except OSError:
                    break
                if b"\x1b[6n" in data:  # a cursor position query: answer it
                    os.write(fd, b"\x1b[1;1R")
                seen += data
            now = time.perf_counter()
            if first is None and start in seen:
                first = (now - began) * 1000
                if not press_g:
                    break
                seen, pressed = b"", time.perf_counter()
                os.write(fd, b"G")
            elif pressed is not None and end in seen:
                to_end = (now - pressed) * 1000
                break
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
        shutil.rmtree(home, ignore_errors=True)
    return first, to_end


def summary(times):
    times = [t for t in times if t is not None]
    if not times:
        return "—"
    return f"{statistics.median(times):6.2f} ms (min {min(times):.2f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--reader", action="append", help="a program to time (repeat; less alone if none)")
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--start", default="QQSTARTQQ")
    parser.add_argument("--end", default="QQENDQQ")
    parser.add_argument("--no-g", action="store_true", help="time the first screen only")
    args = parser.parse_args()
    readers = args.reader or ["less"]
    for path in args.files:
        for reader in readers:
            runs = [run([reader, path], args.start.encode(), args.end.encode(), not args.no_g)
                    for _ in range(args.reps)]
            firsts, ends = zip(*runs)
            name = reader if len(reader) <= 24 else "…" + reader[-23:]
            print(f"{os.path.basename(path):16} {name:24} first screen {summary(firsts)}"
                  + ("" if args.no_g else f"   G {summary(ends)}"))


if __name__ == "__main__":
    main()
