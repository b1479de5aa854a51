#!/usr/bin/env python3
"""A comparable-corpus setting made from line-aligned sentence pairs, for calibrating comparable-mode glossaries.

Comparable news reports of one event share some sentences in translation and differ in the rest: each side leaves
out what the other says, orders its paragraphs its own way and adds background of its own. This module makes such
article pairs from a line-aligned corpus whose term pairs are known (the WMT23 terminology set), so that a
comparable-mode glossary can be judged by the same rule as a parallel one:

1. Documents: the set keeps no document grouping (its README), so consecutive runs of DOC_LINES sentence pairs
   make one document (about three of the medical abstracts, whose sentences stay in order).
2. Per document, with a generator seeded by the document's number (random.Random(f"{SEED}:{k}")):
   - each side drops each sentence independently with probability DROP (so about half of the sentences keep
     their translation on the other side, and a fifth on each side have none);
   - each side adds BACKGROUND sentences of another document of the same half (a different one per side), at
     random places: sentences with no counterpart that share the vocabulary of another topic;
   - each side groups its sentences into paragraphs of 1-3 sentences and shuffles the paragraphs, the first one
     (the lead) staying first.
3. Halves by document, at the same line as the parallel calibration (eval/glossary_calibration.py): documents of
   lines 1-1481 are the development half, the rest the test half; background sentences come from the same half.

The texts themselves are not changed (no paraphrase): counterpart sentences are exact translations, so the
aligner finds them more easily than in real comparable news, and the setting is easier than real news in that
respect and harder in the proportion of unmatched sentences that share a document.

    python3 eval/glossary_comparable_setting.py OUT_FOLDER [--data ../shared/eval] [--half dev|test]
        writes the half's article pairs (de/NNN.txt, en/NNN.txt, pairs.tsv) to look at
"""
import argparse
import os
import random
import sys

SEED = 18
DOC_LINES = 12
DROP = 0.3
BACKGROUND = 2


def documents(lo, hi):
    """The documents of lines lo..hi-1 as (first, end) line ranges."""
    return [(start, min(start + DOC_LINES, hi)) for start in range(lo, hi, DOC_LINES)]


def article_side(rng, lines, own, others):
    """One side of a comparable article: the document's kept sentences, background from another, paragraphs shuffled."""
    kept = [lines[i] for i in range(*own) if rng.random() >= DROP]
    if not kept:
        kept = [lines[own[0] + rng.randrange(own[1] - own[0])]]
    other = others[rng.randrange(len(others))]
    background = [lines[i] for i in rng.sample(range(*other), min(BACKGROUND, other[1] - other[0]))]
    for sentence in background:
        kept.insert(1 + rng.randrange(len(kept)), sentence)
    paragraphs = []
    i = 0
    while i < len(kept):
        size = rng.randint(1, 3)
        paragraphs.append(kept[i:i + size])
        i += size
    rest = paragraphs[1:]
    rng.shuffle(rest)
    return "\n\n".join(" ".join(p) for p in [paragraphs[0]] + rest) + "\n"


def article_pairs(de_lines, en_lines, lo, hi):
    """The comparable article pairs (German text, English text) made from lines lo..hi-1."""
    docs = documents(lo, hi)
    pairs = []
    for k, own in enumerate(docs):
        rng = random.Random(f"{SEED}:{lo + k}")
        others = [d for d in docs if d != own]
        german = article_side(rng, de_lines, own, others)
        english = article_side(rng, en_lines, own, others)
        pairs.append((german, english))
    return pairs


def write(pairs, folder):
    """Writes the article pairs as de/NNN.txt and en/NNN.txt with a --pairs list; returns the list's path."""
    for side in ("de", "en"):
        os.makedirs(os.path.join(folder, side), exist_ok=True)
    rows = []
    for k, (german, english) in enumerate(pairs):
        for side, text in (("de", german), ("en", english)):
            with open(os.path.join(folder, side, f"{k:04d}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
        rows.append(f"de/{k:04d}.txt\ten/{k:04d}.txt\n")
    listing = os.path.join(folder, "pairs.tsv")
    with open(listing, "w", encoding="utf-8") as f:
        f.writelines(rows)
    return listing


def main():
    sys.dont_write_bytecode = True
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import glossary_calibration as gc
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--data", default=os.path.join(gc.ge.REPO, "../shared/eval"))
    parser.add_argument("--half", choices=["dev", "test"], default="dev")
    args = parser.parse_args()
    loaded = gc.halves(args.data)
    if loaded is None:
        print(f"skipped: WMT23 terminology data not found in {args.data}")
        return 0
    de_lines, en_lines, _, parts = loaded
    _, lo, hi = next(p for p in parts if p[0] == args.half)
    pairs = article_pairs(de_lines, en_lines, lo, hi)
    print(write(pairs, args.out), f"({len(pairs)} article pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
