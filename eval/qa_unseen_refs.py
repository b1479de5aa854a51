#!/usr/bin/env python3
"""False alarms with the English source attached on three WMT reference sets no check was built on
(python stdlib only; not part of CI): the human German references of newstest2021 en-de (A, C, and D,
a paraphrasing reference), generaltest2022 en-de (A, B: news, e-commerce, social, conversation) and
generaltest2023 en-de (A, paragraphs), each line a record with its English line. `eval/get_wmt_refs.sh`
puts them in eval/data/wmt-refs/.

The text release has no document ids; documents are contiguous, so lines are split in blocks of 25:
even blocks are the development half (read, and general fixes made, in session 13), odd blocks the
test half (reported). Every warning and error counts; a finding is not a false alarm when the
reference really is wrong there ("seie", a wrong weekday, „…" with a straight closing mark), which
only reading tells: `--show` lists them, and the session's reading is in docs/results/qa.md.

Usage:
    eval/get_wmt_refs.sh [CLONE21 CLONE22 CLONE23]
    python3 eval/qa_unseen_refs.py [--bitext .build/release/bitext] [--half test|dev] [--show]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from stats import wilson  # noqa: E402

DATA = os.path.join(HERE, "data", "wmt-refs")
SETS = [("21", "refA"), ("21", "refC"), ("21", "refD"), ("22", "refA"), ("22", "refB"), ("23", "refA")]
BLOCK = 25


def lines(path):
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle]


def run(bitext, arguments, records):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        path = handle.name
    result = subprocess.run([bitext, *arguments, path], capture_output=True, text=True)
    os.unlink(path)
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bitext", default=os.path.join(os.path.dirname(HERE), ".build", "release", "bitext"))
    parser.add_argument("--half", choices=["test", "dev"], default="test")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if not os.path.isdir(DATA):
        print(f"skipped: {DATA} not found (run eval/get_wmt_refs.sh)")
        return
    odd = args.half == "test"
    print(f"| set | half | sentences | warnings and errors | per 1,000 | by check |\n|---|---|---:|---:|---:|---|")
    for year, ref in SETS:
        source = lines(os.path.join(DATA, year, "src.en"))
        target = lines(os.path.join(DATA, year, f"{ref}.de"))
        keep = [i for i in range(len(target)) if (i // BLOCK) % 2 == (1 if odd else 0)]
        found = run(args.bitext, ["qa", "--format", "jsonl", "--batch"],
                    [{"id": i, "source": source[i], "target": target[i]} for i in keep])
        split = run(args.bitext, ["split", "--lang", "de", "--batch"], [{"id": i, "text": target[i]} for i in keep])
        sentences = sum(len(r["sentences"]) for r in split)
        flagged = [f for f in found if f["severity"] in ("warning", "error")]
        low, high = wilson(len(flagged), sentences)
        checks = ", ".join(f"{c} {n}" for c, n in collections.Counter(f["check"] for f in flagged).most_common())
        print(f"| WMT{year} {ref} | {args.half} | {sentences} | {len(flagged)} | {1000 * len(flagged) / sentences:.1f} "
              f"[{1000 * low:.1f}, {1000 * high:.1f}] | {checks} |")
        if args.show:
            for f in flagged:
                t = target[f["id"]]
                print(f"    line {f['id'] + 1} {f['check']}: …{t[max(0, f['start'] - 50):f['start']]}[[{t[f['start']:f['end']]}]]"
                      f"{t[f['end']:f['end'] + 30]}… — {f['message'][:140]}", file=sys.stderr)


if __name__ == "__main__":
    main()
