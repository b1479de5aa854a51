"""Shared helpers for the sentence-alignment evaluation (stdlib only).

Ladder format used everywhere here (the "vecalign" format): one bead per line,

    [SRC indices]:[TGT indices]            e.g.  [0]:[0, 1]
    [SRC indices]:[TGT indices]:SCORE      e.g.  [3, 4]:[5]:0.93

with 0-based line indices into the source / target files and an empty list for
an insertion or deletion (``[]:[7]`` is a 0-1 bead, ``[7]:[]`` a 1-0 bead).
A bead is represented in Python as a pair of tuples ``((0,), (0, 1))``.
"""

import os
import re
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "eval"))

_BEAD_RE = re.compile(r"^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\]\s*(?::\s*(\S*))?\s*$")


class LadderError(ValueError):
    pass


def _parse_ids(text, line):
    text = text.strip()
    if not text:
        return ()
    out = []
    for part in text.split(","):
        part = part.strip()
        if not re.fullmatch(r"-?\d+", part):
            raise LadderError("bad index %r in ladder line %r" % (part, line))
        out.append(int(part))
    return tuple(out)


def parse_bead_line(line):
    """Parse one ladder line -> (src_tuple, tgt_tuple, score_or_None).

    Returns None for a blank line; raises LadderError for anything else
    that is not a bead."""
    if not line.strip():
        return None
    m = _BEAD_RE.match(line)
    if not m:
        raise LadderError("not a ladder line: %r" % line.rstrip("\n"))
    src = _parse_ids(m.group(1), line)
    tgt = _parse_ids(m.group(2), line)
    score = None
    if m.group(3):
        try:
            score = float(m.group(3))
        except ValueError:
            raise LadderError("bad score in ladder line %r" % line.rstrip("\n"))
    return src, tgt, score


def parse_ladder(text):
    """Parse ladder text -> list of (src, tgt) beads (scores dropped)."""
    beads = []
    for line in text.splitlines():
        b = parse_bead_line(line)
        if b is not None:
            beads.append((b[0], b[1]))
    return beads


def read_ladder(path):
    with open(path, encoding="utf-8") as f:
        return parse_ladder(f.read())


def format_bead(src, tgt, score=None):
    s = "[%s]:[%s]" % (", ".join(map(str, src)), ", ".join(map(str, tgt)))
    if score is not None:
        s += ":%.6f" % score
    return s


def write_ladder(path, beads, scores=None):
    with open(path, "w", encoding="utf-8") as f:
        for k, (src, tgt) in enumerate(beads):
            f.write(format_bead(src, tgt, None if scores is None else scores[k]) + "\n")


def read_lines(path):
    """One sentence per line; returns the lines without their newline.

    Only '\\n' ends a line (str.splitlines would also split on U+2028,
    U+0085 and the like, which can occur inside a sentence)."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    return [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for l in lines:
            if "\n" in l or "\r" in l:
                raise ValueError("sentence contains a line break: %r" % l)
            f.write(l + "\n")


def validate(beads, n_src, n_tgt):
    """Structural checks of a system ladder; returns a dict of counts.

    Nothing here changes the score; it is reported so that a malformed
    output is visible (out-of-range indices, a sentence used twice,
    sentences left out of every bead, beads that are not increasing)."""
    seen_s, seen_t = {}, {}
    out_of_range = 0
    for src, tgt in beads:
        for i in src:
            if not 0 <= i < n_src:
                out_of_range += 1
            seen_s[i] = seen_s.get(i, 0) + 1
        for j in tgt:
            if not 0 <= j < n_tgt:
                out_of_range += 1
            seen_t[j] = seen_t.get(j, 0) + 1
    dup = sum(1 for v in seen_s.values() if v > 1) + sum(1 for v in seen_t.values() if v > 1)
    uncovered_src = sum(1 for i in range(n_src) if i not in seen_s)
    uncovered_tgt = sum(1 for j in range(n_tgt) if j not in seen_t)
    flat_s = [i for s, _ in beads for i in s]
    flat_t = [j for _, t in beads for j in t]
    non_monotone = sum(1 for a, b in zip(flat_s, flat_s[1:]) if b <= a) + \
        sum(1 for a, b in zip(flat_t, flat_t[1:]) if b <= a)
    return {
        "beads": len(beads),
        "out_of_range": out_of_range,
        "duplicated": dup,
        "uncovered_src": uncovered_src,
        "uncovered_tgt": uncovered_tgt,
        "non_monotone": non_monotone,
    }


def bead_type(src, tgt):
    return "%d-%d" % (len(src), len(tgt))


def note(msg):
    print(msg, file=sys.stderr, flush=True)
