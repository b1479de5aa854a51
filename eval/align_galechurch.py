#!/usr/bin/env python3
"""Gale-Church length-based sentence alignment -- OUR re-implementation.

A small reference implementation written for this project from the
published description of the algorithm (W. A. Gale and K. W. Church, "A
Program for Aligning Sentences in Bilingual Corpora", Computational
Linguistics 19(1), 1993).  It is used only as a baseline peer in
eval/align_eval.py; no maintained package of it is used.

Model (facts from the paper):
* sentence length = number of characters;
* target length ~ Normal(c * l1, s2 * l1) with c = 1 and s2 = 6.8;
  delta = (l2 - c*l1) / sqrt(s2 * l), and P(delta | match) is the
  two-tailed normal probability 2 * (1 - Phi(|delta|)).  As in the
  program printed with the paper, l is the mean of the two lengths
  (l1 + l2/c) / 2, which keeps 1-0 / 0-1 beads defined;
* prior P(match) per bead type: 1-1 0.89, 1-0 and 0-1 0.0099,
  2-1 and 1-2 0.089, 2-2 0.011 (each direction gets the category value,
  as the paper's program does);
* cost of a bead = -100 * ln(P(match) * P(delta | match)); dynamic
  programming finds the cheapest sequence of beads over the whole document
  (no banding, O(n*m): fine for documents of a few hundred sentences).

CLI: align_galechurch.py SRC_FILE TGT_FILE  -> vecalign ladder on stdout,
the score being P(match) * P(delta | match) of the bead.
"""

import math
import sys

sys.dont_write_bytecode = True  # keep eval/ free of __pycache__

from align_common import format_bead, read_lines

C = 1.0
S2 = 6.8
PRIORS = {
    (1, 1): 0.89,
    (1, 0): 0.0099,
    (0, 1): 0.0099,
    (2, 1): 0.089,
    (1, 2): 0.089,
    (2, 2): 0.011,
}
_TINY = 1e-300


def length_prob(l1, l2):
    """P(delta | match) for summed lengths l1 (source) and l2 (target)."""
    if l1 == 0 and l2 == 0:
        return 1.0
    mean = (l1 + l2 / C) / 2.0
    delta = (l2 - C * l1) / math.sqrt(S2 * mean)
    return max(math.erfc(abs(delta) / math.sqrt(2.0)), _TINY)


def bead_cost(l1, l2, kind):
    return -100.0 * math.log(PRIORS[kind] * length_prob(l1, l2))


def align_lengths(src_len, tgt_len):
    """Align two lists of sentence lengths; returns (beads, scores)."""
    n, m = len(src_len), len(tgt_len)
    ps = [0]
    for x in src_len:
        ps.append(ps[-1] + x)
    pt = [0]
    for y in tgt_len:
        pt.append(pt[-1] + y)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    kinds = list(PRIORS)
    for i in range(n + 1):
        row = cost[i]
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best, arg = inf, None
            for a, b in kinds:
                if a > i or b > j:
                    continue
                prev = cost[i - a][j - b]
                if prev == inf:
                    continue
                c = prev + bead_cost(ps[i] - ps[i - a], pt[j] - pt[j - b], (a, b))
                if c < best:
                    best, arg = c, (a, b)
            row[j] = best
            back[i][j] = arg
    beads, scores = [], []
    i, j = n, m
    while i > 0 or j > 0:
        a, b = back[i][j]
        l1, l2 = ps[i] - ps[i - a], pt[j] - pt[j - b]
        beads.append((tuple(range(i - a, i)), tuple(range(j - b, j))))
        scores.append(PRIORS[(a, b)] * length_prob(l1, l2))
        i, j = i - a, j - b
    beads.reverse()
    scores.reverse()
    return beads, scores


def align(src_lines, tgt_lines):
    return align_lengths([len(s) for s in src_lines], [len(t) for t in tgt_lines])


def main(argv):
    if len(argv) != 3:
        print("usage: align_galechurch.py SRC_FILE TGT_FILE", file=sys.stderr)
        return 2
    beads, scores = align(read_lines(argv[1]), read_lines(argv[2]))
    for (s, t), sc in zip(beads, scores):
        print(format_bead(s, t, sc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
