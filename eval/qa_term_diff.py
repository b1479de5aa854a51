#!/usr/bin/env python3
"""The `term-consistency` and `inconsistent-term` findings that differ between two bitext builds, on the
bundled example (`examples/de`, `examples/en`) and on PUD (../shared/eval/align/pud-de-en, every
document as one article of each side), both through `bitext run` (python stdlib only; not part of CI).

Each build runs with a cache folder of its own (the lexicon cache is keyed on the binary; a first run
builds it, several seconds). By default `run` checks against the bundled glossary; `--glossary FILE`
replaces it (`--no-default-glossary --glossary FILE`), for terms the bundled one lacks: a human
translation rarely meets its eight verbs, while `eval/qa_news_verbs.tsv` lists 22 common news verbs
(strong, separable and weak) with a usual rendering each. PUD's German is a human translation, so a
finding that says the rendering is missing is either the translator's other choice or a form the
check did not recognize; each differing finding is printed for reading, as GONE or NEW (a finding that speaks for several
checks or terms, " (also …)", counts once per term).

Usage:
    python3 eval/qa_term_diff.py OLD_BINARY NEW_BINARY [--glossary eval/qa_news_verbs.tsv]
"""
import argparse
import collections
import csv
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PUD = os.path.join(REPO, "../shared/eval/align/pud-de-en/pud_de_en_parallel.tsv")
CHECKS = ("term-consistency", "inconsistent-term")


def pud_folders(work):
    rows = list(csv.reader(open(PUD, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    docs = collections.OrderedDict()
    for row in rows:
        docs.setdefault(row[0], []).append(row)
    for side, column in (("de", 3), ("en", 4)):
        os.makedirs(os.path.join(work, "pud", side))
        for doc, members in docs.items():
            with open(os.path.join(work, "pud", side, doc + ".txt"), "w", encoding="utf-8") as out:
                out.write(" ".join(m[column] for m in members) + "\n")
    return len(docs)


def findings(binary, german, english, out, cache, glossary):
    extra = ["--no-default-glossary", "--glossary", glossary] if glossary else []
    subprocess.run([binary, "run", german, english, "-o", out, "--quiet", "--creation-date", "20260101T000000Z", *extra],
                   check=True, env=dict(os.environ, XDG_CACHE_HOME=cache))
    found = collections.Counter()
    for path in sorted(glob.glob(os.path.join(out, "qa", "*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            finding = json.loads(line)
            for check, message in messages(finding):
                if check in CHECKS:
                    found[(finding["file"], finding["start"], finding["text"], message)] += 1
    return found


def messages(finding):
    """(check, message) of each check a finding speaks for: one finding per span, the others' messages
    appended as " (also CHECK: MESSAGE)" (`QARunner`), so that one term found where it was not only
    shortens a finding that names another term too."""
    first, *others = finding["message"].split(" (also ")
    yield finding["check"], first
    for other in others:
        check, _, message = other.partition(": ")
        yield check, message[:-1] if message.endswith(")") else message


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--glossary", help="a glossary instead of the bundled one")
    args = parser.parse_args()
    if not os.path.exists(PUD):
        print(f"skipped: {PUD} not found")
        return 0
    glossary = os.path.abspath(args.glossary) if args.glossary else None
    work = tempfile.mkdtemp(prefix="bitext-term-diff-")
    try:
        return compare(args, glossary, work)
    finally:
        shutil.rmtree(work)


def compare(args, glossary, work):
    documents = pud_folders(work)
    os.chdir(REPO)
    changed = 0
    for label, german, english in (("examples", "examples/de", "examples/en"),
                                   (f"PUD ({documents} documents)", os.path.join(work, "pud/de"), os.path.join(work, "pud/en"))):
        found = {}
        for side, binary in (("old", args.old), ("new", args.new)):
            found[side] = findings(os.path.abspath(binary), german, english, os.path.join(work, f"{side}-{len(found)}-{label[:3]}"),
                                   os.path.join(work, f"cache-{side}"), glossary)
        old, new = found["old"], found["new"]
        print(f"{label}: {sum(old.values())} findings before, {sum(new.values())} after")
        for key in sorted(set(old) | set(new)):
            if old[key] != new[key]:
                changed += 1
                print(f"  {'GONE' if old[key] > new[key] else 'NEW '} {os.path.basename(key[0])}: {key[2][:200]}")
                print(f"       {key[3][:300]}")
    print(f"{changed} findings differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
