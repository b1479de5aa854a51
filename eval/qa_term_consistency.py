#!/usr/bin/env python3
"""`inconsistent-term` on whole jobs: how often it fires on clean human translations, and how many
inconsistencies planted into them it finds.

Jobs: the WMT24 English-German documents (../shared/eval/align/wmt24-en-de-docs: English source,
human reference A and B), one XLIFF 1.2 file per document, one unit per paragraph line, checked with
`bitext qa FILE --checks inconsistent-term` (the installed Ding lexicon, no glossary).

- Fire rate: findings per 1,000 units of each reference, which translators wrote with no glossary
  (some findings are real inconsistencies; the rate is an upper bound on false alarms).
- Planted: in each document, an English word w (of four letters or more) whose units render it with
  the same German noun N of Ding's translations of w in at least three units (N the only one of them in
  those targets) gets one of those units' N replaced by another single-word Ding noun translation of
  w that the document does not use. Found: a finding on that unit whose flagged text is the new noun.
  The plants are synthetic (inflection not adjusted), so this measures the mechanism, not usage.

Without the data or Ding it prints "skipped: ..." and exits 0.

Usage: python3 eval/qa_term_consistency.py [--bitext .build/release/bitext] [--reference A|B]
"""
import argparse
import collections
import json
from stats import wilson
import os
import random
import re
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "../shared/eval/align/wmt24-en-de-docs")
DING = "/usr/share/trans/de-en"
WORD = re.compile(r"\w+", re.UNICODE)



def documents(reference):
    with open(os.path.join(DATA, "en-de.docs"), encoding="utf-8") as d, \
         open(os.path.join(DATA, "en-de.txt"), encoding="utf-8") as e, \
         open(os.path.join(DATA, f"en-de.ref{reference}.txt"), encoding="utf-8") as g:
        docs = collections.OrderedDict()
        for line, source, target in zip(d, e, g):
            docid = line.rstrip("\n").split("\t")[-1]
            docs.setdefault(docid, []).append((source.rstrip("\n"), target.rstrip("\n")))
    return docs


def ding_nouns():
    """English single word → German single-word nouns (capitalized, marked {m}/{f}/{n})."""
    nouns = collections.defaultdict(set)
    with open(DING, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or " :: " not in line:
                continue
            german, english = line.rstrip("\n").split(" :: ", 1)
            for g_sense, e_sense in zip(german.split(" | "), english.split(" | ")):
                g_words = []
                for g in g_sense.split(";"):
                    m = re.fullmatch(r"\s*([A-ZÄÖÜ][a-zäöüß]+) \{[mfn]\}.*", g)
                    if m:
                        g_words.append(m.group(1))
                for e in e_sense.split(";"):
                    e = re.sub(r"\[.*?\]|\{.*?\}|\(.*?\)", "", e).strip().lower()
                    if re.fullmatch(r"[a-z]{4,}", e):
                        nouns[e].update(g_words)
    return nouns


def xliff(units):
    body = "".join(
        f'<trans-unit id="{i + 1}"><source>{escape(s)}</source><target state="translated">{escape(t)}</target></trans-unit>'
        for i, (s, t) in enumerate(units))
    return ('<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file original="doc" source-language="en" target-language="de" datatype="plaintext"><body>'
            + body + "</body></file></xliff>\n")


def plant(units, nouns, rng):
    """One planted inconsistency: (units with the plant, unit id, new noun), or None."""
    words_of = [set(w.lower() for w in WORD.findall(s)) for s, _ in units]
    tokens_of = [WORD.findall(t) for _, t in units]
    candidates = []
    for english in sorted(set().union(*words_of)):
        renderings = nouns.get(english)
        if not renderings or len(renderings) < 2:
            continue
        used = collections.defaultdict(list)
        for i, (words, tokens) in enumerate(zip(words_of, tokens_of)):
            if english not in words:
                continue
            present = renderings & set(tokens)
            if len(present) == 1:
                used[next(iter(present))].append(i)
        document_words = set(w for tokens in tokens_of for w in tokens)
        for noun, where in used.items():
            spare = sorted(r for r in renderings if r not in document_words and r != noun)
            if len(where) >= 3 and spare and len(used) == 1:
                candidates.append((english, noun, where, spare))
    if not candidates:
        return None
    english, noun, where, spare = rng.choice(candidates)
    victim = rng.choice(where)
    new = rng.choice(spare)
    source, target = units[victim]
    planted = list(units)
    planted[victim] = (source, re.sub(rf"\b{re.escape(noun)}\b", new, target, count=1))
    return planted, str(victim + 1), new


def check(bitext, folder, name, units):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as out:
        out.write(xliff(units))
    result = subprocess.run([bitext, "qa", path, "--checks", "inconsistent-term", "--format", "jsonl"],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"bitext qa {path}: exit {result.returncode}: {result.stderr.strip()}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bitext", default=os.path.join(REPO, ".build/release/bitext"))
    parser.add_argument("--reference", default="A", choices=["A", "B"])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not os.path.isdir(DATA):
        print(f"skipped: {DATA} not found")
        return
    if not os.path.exists(DING):
        print(f"skipped: {DING} (Debian package trans-de-en) not found")
        return
    docs = documents(args.reference)
    nouns = ding_nouns()
    rng = random.Random(args.seed)
    units = fired = planted = found = 0
    by_severity = collections.Counter()
    with tempfile.TemporaryDirectory() as folder:
        for n, (docid, pairs) in enumerate(docs.items()):
            findings = check(args.bitext, folder, f"doc{n}.xlf", pairs)
            units += len(pairs)
            fired += len(findings)
            by_severity.update(f["severity"] for f in findings)
            plant_result = plant(pairs, nouns, rng)
            if plant_result is None:
                continue
            changed, unit, new = plant_result
            planted += 1
            hits = check(args.bitext, folder, f"doc{n}-planted.xlf", changed)
            if any(f.get("unit") == unit and f.get("text") == new for f in hits):
                found += 1
    low, high = wilson(found, planted)
    print(f"WMT24 en-de, reference {args.reference}: {len(docs)} documents (jobs), {units} units")
    print(f"fires: {fired} findings ({dict(by_severity)}) = {1000 * fired / max(units, 1):.1f} per 1,000 units")
    print(f"planted inconsistencies found: {found}/{planted} = {found / max(planted, 1):.2f} [{low:.2f}, {high:.2f}]")


if __name__ == "__main__":
    main()
