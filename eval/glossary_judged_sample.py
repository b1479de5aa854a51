#!/usr/bin/env python3
"""Hand-judged precision of a glossary built on the WMT24 documents (issue 18).

The build: `bitext glossary build --line-aligned --no-default-glossary --top 300` on the WMT24
English→German test set (reference A as the German side, the English source as the English side;
998 paragraph pairs of news, speech, social and literary text), the curated glossary left out.
From its top 300 entries, 100 are drawn at random with a fixed seed (random.Random(18)), and
each is judged by hand in eval/glossary_wmt24_judged.tsv by one rule:

    right = a terminologist would enter the pair as it stands: both sides are terms (or names)
            in their base form, and they translate each other in general use, not only in the
            one sentence they came from; otherwise wrong (a fragment, a non-term, a
            mistranslation, an inflected or misspelt form, a pair that only a context licenses).

The script prints the precision with its 95% Wilson interval, and beside it how the entries' confidence
compares with the share judged a correct translation (an independent check of the calibration). It refuses
to score when the build no longer gives the judged entries (the sample must be re-judged after a change):
--write-template FILE writes the current sample for that, with the judgement of every pair that the judged
file already holds carried over (a judgement is of the pair, not of its rank) and the others left empty.

eval/glossary_wmt24_judged_before_termhood.tsv holds the sample judged before the termhood ranking (the
build of 2026-12-03 morning): precision 0.20 [0.13, 0.29]; it no longer matches the build and is kept
for comparison.

Usage: python3 eval/glossary_judged_sample.py [--bitext .build/release/bitext] [--data ../shared/eval]
       [--judged eval/glossary_wmt24_judged.tsv] [--write-template FILE]
Missing data or binary: "skipped: ..." and exit 0. Exit 1 when the judged file does not match.
"""
import argparse
import json
from stats import wilson
import os
import random
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 18
TOP = 300
SAMPLE = 100



def build(bitext, folder):
    de = os.path.join(folder, "en-de.refA.txt")
    en = os.path.join(folder, "en-de.txt")
    result = subprocess.run([bitext, "glossary", "build", "--line-aligned", "--no-default-glossary", "--top", str(TOP),
                             "--contexts", "1", "--format", "jsonl", de, en], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"bitext failed: {result.stderr.strip()}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def sample(entries):
    ranks = sorted(random.Random(SEED).sample(range(min(TOP, len(entries))), min(SAMPLE, len(entries))))
    return [(r + 1, entries[r]) for r in ranks]


def read_judged(path):
    """rank → (german, english, judgement, translation judgement, reason) of a judged file."""
    judged = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        judged[int(fields[0])] = (fields[1], fields[2], fields[4], fields[6] if len(fields) > 6 else "", fields[5] if len(fields) > 5 else "")
    return judged


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext", default=os.path.join(REPO, ".build/release/bitext"))
    parser.add_argument("--data", default=os.path.join(REPO, "../shared/eval"))
    parser.add_argument("--judged", default=os.path.join(REPO, "eval/glossary_wmt24_judged.tsv"))
    parser.add_argument("--write-template")
    args = parser.parse_args()
    folder = os.path.join(args.data, "align/wmt24-en-de-docs")
    if not os.path.exists(os.path.join(folder, "en-de.refA.txt")):
        print(f"skipped: WMT24 documents not found in {folder}")
        return 0
    if not os.path.exists(args.bitext):
        print(f"skipped: no bitext binary at {args.bitext} (swift build -c release)")
        return 0
    drawn = sample(build(args.bitext, folder))
    judged = read_judged(args.judged) if os.path.exists(args.judged) else {}
    if args.write_template:
        by_pair = {(g, e): (j, reason, t) for g, e, j, t, reason in judged.values()}
        carried = 0
        with open(args.write_template, "w", encoding="utf-8") as f:
            f.write("# rank\tgerman\tenglish\tevidence\tjudgement\treason\ttranslation\tconfidence\n")
            for rank, x in drawn:
                j, reason, t = by_pair.get((x["german"], x["english"]), ("", "", ""))
                carried += bool(j)
                f.write(f"{rank}\t{x['german']}\t{x['english']}\t{','.join(x.get('evidence', []))}\t{j}\t{reason}\t{t}\t{x.get('confidence', '')}\n")
        print(f"wrote {len(drawn)} entries to {args.write_template}: {carried} judged before, {len(drawn) - carried} to judge")
        return 0
    right = wrong = translations = 0
    mismatched = []
    confidences = []
    for rank, x in drawn:
        known = judged.get(rank)
        if not known or known[0] != x["german"] or known[1] != x["english"] or known[2] not in ("right", "wrong"):
            mismatched.append(f"#{rank} {x['german']} | {x['english']}")
            continue
        right += known[2] == "right"
        wrong += known[2] == "wrong"
        translations += known[3] == "right"
        if x.get("confidence") is not None:
            confidences.append((x["confidence"], known[3] == "right"))
    if mismatched:
        print(f"the build no longer gives the judged sample ({len(mismatched)} entries differ, e.g. {mismatched[:3]}); re-judge with --write-template")
        return 1
    n = right + wrong
    lo, hi = wilson(right, n)
    print("## WMT24 documents, top 300, 100 entries judged by hand (seed 18)\n")
    tlo, thi = wilson(translations, n)
    print("| rule | judged | right | precision | 95% interval (Wilson) |")
    print("|---|---|---|---|---|")
    print(f"| a terminologist would enter it as is | {n} | {right} | {right / n:.2f} | {lo:.2f}-{hi:.2f} |")
    print(f"| a correct translation in base form (termhood not asked) | {n} | {translations} | {translations / n:.2f} | {tlo:.2f}-{thi:.2f} |")
    if confidences:
        print("\nCalibration against the hand judgement (a correct translation):\n")
        print("| confidence | entries | mean confidence | judged correct translation | 95% interval |")
        print("|---|---:|---:|---:|---|")
        for lo_bin, hi_bin in ((0.0, 0.8), (0.8, 0.9), (0.9, 1.0001)):
            inside = [(c, m) for c, m in confidences if lo_bin <= c < hi_bin]
            if inside:
                k = sum(m for _, m in inside)
                a, b = wilson(k, len(inside))
                print(f"| {lo_bin:.1f}-{min(hi_bin, 1):.1f} | {len(inside)} | {sum(c for c, _ in inside) / len(inside):.3f} | {k / len(inside):.2f} | {a:.2f}-{b:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
