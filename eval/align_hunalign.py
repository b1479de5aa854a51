#!/usr/bin/env python3
"""Run hunalign as a peer and turn its ladder into vecalign beads.

hunalign usage (from its README):  hunalign [-realign] DICT SRC TGT
* DICT: ``target phrase @ source phrase`` per line (target language
  FIRST); an empty file is the "null dictionary";
* SRC / TGT: one sentence per line, tokens separated by spaces;
* without -text, stdout is a ladder: ``n<TAB>m<TAB>confidence`` per rung,
  a rung (n, m) meaning "the first n source sentences correspond to the
  first m target sentences"; the first rung is (0, 0), the last one
  (N_src, N_tgt); the confidence belongs to the segment starting at the
  rung.

Conversion: consecutive rungs (n0, m0) -> (n1, m1) give the bead
[n0 .. n1-1]:[m0 .. m1-1].  A segment with one empty side and more than
one sentence on the other is split into 1-0 / 0-1 beads (vecalign and the
gold write insertions/deletions one sentence at a time).  Missing first /
last rungs are supplied.

We always pass -realign (as is usual for quality runs).  Text that is not
tokenized (PUD) is tokenized with a simple punctuation split before it is
given to hunalign (textberg is already tokenized).
"""

import os
import re
import shutil
import subprocess
import tempfile

from align_common import write_lines

_TOK = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)


def find_binary(explicit=None):
    if explicit:
        return explicit if os.path.isfile(explicit) and os.access(explicit, os.X_OK) else None
    return shutil.which("hunalign")


def tokenize(line):
    return " ".join(_TOK.findall(line))


def ladder_to_beads(text, n_src, n_tgt):
    rungs = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        try:
            n, m = int(parts[0]), int(parts[1])
        except ValueError:
            continue
        rungs.append((n, m))
    if not rungs or rungs[0] != (0, 0):
        rungs.insert(0, (0, 0))
    if rungs[-1] != (n_src, n_tgt):
        rungs.append((n_src, n_tgt))
    beads = []
    for (n0, m0), (n1, m1) in zip(rungs, rungs[1:]):
        src, tgt = tuple(range(n0, n1)), tuple(range(m0, m1))
        if src and tgt:
            beads.append((src, tgt))
        else:
            beads.extend(((i,), ()) for i in src)
            beads.extend(((), (j,)) for j in tgt)
    return beads


def run(binary, dict_path, src_lines, tgt_lines, tokenize_input=False, timeout=600):
    """-> beads; raises subprocess.CalledProcessError / TimeoutExpired."""
    with tempfile.TemporaryDirectory(prefix="hunalign-") as tmp:
        s, t = os.path.join(tmp, "src.txt"), os.path.join(tmp, "tgt.txt")
        if tokenize_input:
            write_lines(s, [tokenize(x) for x in src_lines])
            write_lines(t, [tokenize(x) for x in tgt_lines])
        else:
            write_lines(s, src_lines)
            write_lines(t, tgt_lines)
        if dict_path is None:
            dict_path = os.path.join(tmp, "null.dic")
            open(dict_path, "w").close()
        proc = subprocess.run([binary, "-realign", dict_path, s, t],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout, check=True)
        return ladder_to_beads(proc.stdout.decode("utf-8", "replace"),
                               len(src_lines), len(tgt_lines))
