#!/usr/bin/env python3
"""Strict / lax precision, recall and F1 of sentence alignments.

Definitions (the ones of vecalign's score.py, which go back to Sennrich &
Volk 2011; re-implemented here from their description):

* A bead is a pair (source indices, target indices).  Beads empty on both
  sides are ignored.  Gold and test are each treated as a *set* of beads
  (duplicates collapse; index order inside a bead matters, so a gold bead
  written ``[227, 218]:[198]`` can only be matched by exactly that).
* Precision is computed over ALL test beads, including 1-0 / 0-1 beads,
  against ALL gold beads, including 1-0 / 0-1 beads:
    - strict hit: the test bead is identical to a gold bead;
    - lax hit: a strict hit, or the test bead shares at least one source
      sentence s and one target sentence t such that some gold bead holds
      both s and t (i.e. the bead overlaps a gold link).  A 1-0 / 0-1 test
      bead has no (s, t) pair, so it is a lax hit only if it is a strict hit.
* Recall is the same computation with the roles swapped and with every bead
  that is empty on one side removed from BOTH gold and test first: gold
  1-0 / 0-1 beads are never counted in recall.
* F1 = 2PR / (P + R); 0 where a denominator is 0.
* Several files are micro-averaged: hit / miss counts are summed over the
  files before P, R and F1 are formed (this is how the published
  Text+Berg figures are computed).

Extra measures used for the comparable (noisy) sets, computed on the beads
that are non-empty on both sides only:
* nonempty_precision / nonempty_recall: exact bead matches;
* link_precision / link_recall / link_f1: over the sentence pairs (s, t)
  implied by the beads (a 2-1 bead gives two links);
* false_alignment_rate: of the sentences that the gold leaves unaligned
  (distractors and dropped sentences), the share that the system put into
  a non-empty bead.

Usage as a script:  align_score.py -g GOLD... -t TEST...
"""

import argparse
import json
import sys

sys.dont_write_bytecode = True  # keep eval/ free of __pycache__

from align_common import read_ladder


def _bead_set(beads, drop_partial):
    out = set()
    for s, t in beads:
        s, t = tuple(s), tuple(t)
        if not s and not t:
            continue
        if drop_partial and (not s or not t):
            continue
        out.add((s, t))
    return out


def _hits(ref, hyp):
    """Counts (strict_hit, strict_miss, lax_hit, lax_miss) of hyp beads
    judged against ref beads (both already sets)."""
    links = {}
    for s, t in ref:
        for i in s:
            links.setdefault(i, set()).update(t)
    sh = sm = lh = lm = 0
    for s, t in hyp:
        if (s, t) in ref:
            sh += 1
            lh += 1
            continue
        sm += 1
        reach = set()
        for i in s:
            reach |= links.get(i, set())
        if reach.intersection(t):
            lh += 1
        else:
            lm += 1
    return sh, sm, lh, lm


def counts(gold, test):
    """Raw counts for one document: dict with p_* (precision) and r_*
    (recall) strict/lax hit/miss counts."""
    p = _hits(_bead_set(gold, False), _bead_set(test, False))
    r = _hits(_bead_set(test, True), _bead_set(gold, True))
    return {
        "p_strict_hit": p[0], "p_strict_miss": p[1], "p_lax_hit": p[2], "p_lax_miss": p[3],
        "r_strict_hit": r[0], "r_strict_miss": r[1], "r_lax_hit": r[2], "r_lax_miss": r[3],
    }


def add_counts(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def _div(a, b):
    return a / b if b else 0.0


def _f1(p, r):
    return 2 * p * r / (p + r) if (p + r) else 0.0


def metrics(c):
    """Precision / recall / F1 (strict and lax) from (summed) counts."""
    ps = _div(c["p_strict_hit"], c["p_strict_hit"] + c["p_strict_miss"])
    pl = _div(c["p_lax_hit"], c["p_lax_hit"] + c["p_lax_miss"])
    rs = _div(c["r_strict_hit"], c["r_strict_hit"] + c["r_strict_miss"])
    rl = _div(c["r_lax_hit"], c["r_lax_hit"] + c["r_lax_miss"])
    return {
        "precision_strict": ps, "recall_strict": rs, "f1_strict": _f1(ps, rs),
        "precision_lax": pl, "recall_lax": rl, "f1_lax": _f1(pl, rl),
    }


def score_files(pairs):
    """pairs: list of (gold_beads, test_beads). Returns (micro metrics, counts)."""
    total = {}
    for gold, test in pairs:
        total = add_counts(total, counts(gold, test))
    if not total:
        total = counts([], [])
    return metrics(total), total


# ---- extra measures for comparable sets -------------------------------------

def comparable_counts(gold, test, n_src, n_tgt):
    g = _bead_set(gold, True)
    t = _bead_set(test, True)
    gl = {(i, j) for s, tt in g for i in s for j in tt}
    tl = {(i, j) for s, tt in t for i in s for j in tt}
    g_src = {i for s, _ in g for i in s}
    g_tgt = {j for _, tt in g for j in tt}
    t_src = {i for s, _ in t for i in s}
    t_tgt = {j for _, tt in t for j in tt}
    unaligned_src = set(range(n_src)) - g_src
    unaligned_tgt = set(range(n_tgt)) - g_tgt
    return {
        "ne_hit": len(g & t), "ne_test": len(t), "ne_gold": len(g),
        "link_hit": len(gl & tl), "link_test": len(tl), "link_gold": len(gl),
        "unaligned_gold": len(unaligned_src) + len(unaligned_tgt),
        "unaligned_wrongly_aligned": len(unaligned_src & t_src) + len(unaligned_tgt & t_tgt),
    }


def comparable_metrics(c):
    np_, nr = _div(c["ne_hit"], c["ne_test"]), _div(c["ne_hit"], c["ne_gold"])
    lp, lr = _div(c["link_hit"], c["link_test"]), _div(c["link_hit"], c["link_gold"])
    return {
        "nonempty_precision": np_, "nonempty_recall": nr, "nonempty_f1": _f1(np_, nr),
        "link_precision": lp, "link_recall": lr, "link_f1": _f1(lp, lr),
        "false_alignment_rate": _div(c["unaligned_wrongly_aligned"], c["unaligned_gold"]),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-g", "--gold", nargs="+", required=True)
    ap.add_argument("-t", "--test", nargs="+", required=True)
    args = ap.parse_args()
    if len(args.gold) != len(args.test):
        ap.error("give as many gold files as test files")
    pairs = [(read_ladder(g), read_ladder(t)) for g, t in zip(args.gold, args.test)]
    m, c = score_files(pairs)
    json.dump({"metrics": m, "counts": c}, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
