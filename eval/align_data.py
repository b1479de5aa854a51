#!/usr/bin/env python3
"""Build German-English n:m, comparable and truncated sentence-alignment test documents from PUD.

Input: pud-de-en/pud_de_en_parallel.tsv (header line, then 1000 rows
``doc_id  sent_id  orig_lang  de  en`` of 1-1 sentence pairs).  Fully
deterministic for a given --seed (default 13); stdlib only.

Procedure (exactly):

1. Rows are taken in file order and cut into consecutive documents of 50
   pairs (doc00 = rows 0-49, doc01 = rows 50-99, ...; a shorter last
   document is kept if the row count is not a multiple of 50).  The PUD
   doc_id column is not used.  Surrounding whitespace of each sentence is
   stripped.

2. n:m variant ("nm/").  One generator rng = random.Random(seed) is used for
   all documents, in document order.  In each document a position pointer
   k runs from 0; at each position exactly one number r = rng.random() is
   drawn and selects at most one operation:
       r < 0.08           merge German k with German k+1
       0.08 <= r < 0.16   merge English k with English k+1
       0.16 <= r < 0.20   drop German k
       0.20 <= r < 0.24   drop English k
       otherwise          keep the pair as it is
   so the marginal probabilities are 0.08 / 0.08 / 0.04 / 0.04 and two
   operations can never happen at one position.
   * merge German: one German line "de[k] de[k+1]" (joined by one space)
     against the two English lines en[k], en[k+1] -> a 1-2 bead; the pair
     k+1 is consumed by the merge, so the pointer moves to k+2 and no
     number is drawn for position k+1 (a merge therefore never overlaps
     another operation).  English merge likewise gives a 2-1 bead.  A
     merge drawn at the last position of a document (no k+1) is ignored:
     the pair is kept 1-1.
   * drop German: the German sentence k is removed, its English sentence
     stays -> a 0-1 bead ``[]:[j]``; drop English gives ``[i]:[]``.
   * keep: 1-1 bead.
   The gold ladder lists every bead in document order, 0-based, in the
   vecalign format (``[i]:[j, k]``, ``[]:[j]``, ``[i]:[]``).

3. Comparable variant ("comparable/").  Built from each n:m document
   with a second generator rngc = random.Random(seed + 1000), documents in
   order, German side first, then English:
   * per side, k = floor(0.25 * N + 0.5) unrelated sentences are added, N
     being that side's line count in the n:m document (25% extra lines);
   * they are the same-side sentences of k rows drawn with
     rngc.sample(pool, k) from the rows of the same TSV that lie outside
     this document; the English draw excludes the rows drawn for German,
     so no inserted pair is accidentally a translation pair;
   * each inserted sentence goes to a bead boundary drawn with
     rngc.randrange(B + 1) (B = number of beads; boundary b = just before
     bead b, B = at the end), so no bead is split; sentences sharing a
     boundary keep the order in which they were drawn;
   * the gold keeps only the true non-empty beads (1-1, 1-2, 2-1) with
     renumbered indices; inserted and dropped sentences are in no bead.

4. Truncated variant ("truncated/").  Built from each n:m document with a
   third generator rngt = random.Random(seed + 2000), documents in order:
   a run of L = int(B * rngt.uniform(0.3, 0.6)) consecutive beads (B = number
   of beads) loses its German sentences, as a machine translation that drops
   the second half of a paragraph does.  With rngt.random() < 0.5 the run is
   the last L beads, else it starts at rngt.randrange(1, B - L).  The English
   sentences of the run stay, each a 0-1 bead of the gold; German indices are
   renumbered.

Output (--out DIR): DIR/{nm,comparable,truncated}/docNN.{de,en,gold}
(one sentence per line, UTF-8, '\\n' line ends) and DIR/MANIFEST.json
(seed, parameters, bead-type counts).
"""

import argparse
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # keep eval/ free of __pycache__

from align_common import DEFAULT_DATA, bead_type, format_bead, write_lines

DOC_SIZE = 50
P_MERGE_DE = 0.08
P_MERGE_EN = 0.08
P_DROP_DE = 0.04
P_DROP_EN = 0.04
DISTRACTOR_RATE = 0.25
DEFAULT_SEED = 13
PUD_REL = os.path.join("align", "pud-de-en", "pud_de_en_parallel.tsv")


def read_pud(path):
    pairs = []
    with open(path, encoding="utf-8", newline="") as f:
        header = f.readline().rstrip("\r\n").split("\t")
        if header[3:5] != ["de", "en"]:
            raise ValueError("unexpected header in %s: %r" % (path, header))
        for n, line in enumerate(f, 2):
            line = line.rstrip("\r\n")
            if not line:
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                raise ValueError("%s:%d: expected 5 columns, got %d" % (path, n, len(cols)))
            pairs.append((cols[3].strip(), cols[4].strip()))
    return pairs


def split_docs(pairs, size=DOC_SIZE):
    return [pairs[k:k + size] for k in range(0, len(pairs), size)]


def make_nm(doc, rng):
    """-> (de_lines, en_lines, beads) for one document."""
    de, en, beads = [], [], []
    n = len(doc)
    k = 0
    t1 = P_MERGE_DE
    t2 = t1 + P_MERGE_EN
    t3 = t2 + P_DROP_DE
    t4 = t3 + P_DROP_EN
    while k < n:
        r = rng.random()
        d, e = doc[k]
        if r < t1 and k + 1 < n:
            i, j = len(de), len(en)
            de.append(d + " " + doc[k + 1][0])
            en.extend([e, doc[k + 1][1]])
            beads.append(((i,), (j, j + 1)))
            k += 2
            continue
        if t1 <= r < t2 and k + 1 < n:
            i, j = len(de), len(en)
            de.extend([d, doc[k + 1][0]])
            en.append(e + " " + doc[k + 1][1])
            beads.append(((i, i + 1), (j,)))
            k += 2
            continue
        if t2 <= r < t3:
            beads.append(((), (len(en),)))
            en.append(e)
        elif t3 <= r < t4:
            beads.append(((len(de),), ()))
            de.append(d)
        else:
            beads.append(((len(de),), (len(en),)))
            de.append(d)
            en.append(e)
        k += 1
    return de, en, beads


def make_comparable(doc_index, nm, pairs, rngc):
    de, en, beads = nm
    lo = doc_index * DOC_SIZE
    hi = lo + DOC_SIZE
    pool = [r for r in range(len(pairs)) if not lo <= r < hi]
    B = len(beads)
    inserted = {}
    used = set()
    for side, lines in ((0, de), (1, en)):
        k = int(DISTRACTOR_RATE * len(lines) + 0.5)  # rounded half up
        rows = rngc.sample([r for r in pool if r not in used], k)
        used.update(rows)
        at = [[] for _ in range(B + 1)]
        for r in rows:
            at[rngc.randrange(B + 1)].append(pairs[r][side])
        inserted[side] = at
    out_lines = {0: [], 1: []}
    new_beads = []
    for b in range(B + 1):
        for side in (0, 1):
            out_lines[side].extend(inserted[side][b])
        if b == B:
            break
        src, tgt = beads[b]
        ns = tuple(len(out_lines[0]) + x for x in range(len(src)))
        nt = tuple(len(out_lines[1]) + x for x in range(len(tgt)))
        out_lines[0].extend(de[i] for i in src)
        out_lines[1].extend(en[j] for j in tgt)
        if ns and nt:
            new_beads.append((ns, nt))
    return out_lines[0], out_lines[1], new_beads


def make_truncated(nm, rngt):
    de, en, beads = nm
    length = int(len(beads) * rngt.uniform(0.3, 0.6))
    start = len(beads) - length if rngt.random() < 0.5 else rngt.randrange(1, len(beads) - length)
    kept, new_beads = [], []
    for b, (src, tgt) in enumerate(beads):
        if start <= b < start + length:
            new_beads.extend(((), (j,)) for j in tgt)
            continue
        new_beads.append((tuple(range(len(kept), len(kept) + len(src))), tgt))
        kept.extend(de[i] for i in src)
    return kept, en, new_beads


def generate(pud_path, out_dir, seed=DEFAULT_SEED):
    """Write both variants; returns the manifest dict."""
    pairs = read_pud(pud_path)
    docs = split_docs(pairs)
    rng = random.Random(seed)
    rngc = random.Random(seed + 1000)
    rngt = random.Random(seed + 2000)
    manifest = {
        "source": pud_path, "seed": seed, "doc_size": DOC_SIZE,
        "p_merge_de": P_MERGE_DE, "p_merge_en": P_MERGE_EN,
        "p_drop_de": P_DROP_DE, "p_drop_en": P_DROP_EN,
        "distractor_rate": DISTRACTOR_RATE, "docs": [],
        "bead_types": {"nm": {}, "comparable": {}, "truncated": {}},
    }
    for variant in ("nm", "comparable", "truncated"):
        os.makedirs(os.path.join(out_dir, variant), exist_ok=True)
    for di, doc in enumerate(docs):
        name = "doc%02d" % di
        nm = make_nm(doc, rng)
        cmp_ = make_comparable(di, nm, pairs, rngc)
        truncated = make_truncated(nm, rngt)
        info = {"name": name}
        for variant, (de, en, beads) in (("nm", nm), ("comparable", cmp_), ("truncated", truncated)):
            base = os.path.join(out_dir, variant, name)
            write_lines(base + ".de", de)
            write_lines(base + ".en", en)
            write_lines(base + ".gold", [format_bead(s, t) for s, t in beads])
            info[variant] = {"de": len(de), "en": len(en), "beads": len(beads)}
            bt = manifest["bead_types"][variant]
            for s, t in beads:
                k = bead_type(s, t)
                bt[k] = bt.get(k, 0) + 1
        manifest["docs"].append(info)
    with open(os.path.join(out_dir, "MANIFEST.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
    return manifest


def main():
    ap = argparse.ArgumentParser(description="Build n:m, comparable and truncated German-English "
                                 "alignment test documents from PUD (see module docstring).")
    ap.add_argument("--data", default=DEFAULT_DATA,
                    help="shared eval data folder (default: ../shared/eval from the repo root)")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default 13)")
    args = ap.parse_args()
    pud = os.path.join(args.data, PUD_REL)
    if not os.path.isfile(pud):
        print("align_data: %s not found -- skipped" % pud)
        return 0
    m = generate(pud, args.out, args.seed)
    print("align_data: %d documents written to %s (seed %d)" % (len(m["docs"]), args.out, args.seed))
    for variant in ("nm", "comparable", "truncated"):
        bt = m["bead_types"][variant]
        print("  %s beads: %s" % (variant, ", ".join("%s %d" % kv for kv in sorted(bt.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
