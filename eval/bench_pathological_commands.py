#!/usr/bin/env python3
"""Bounded time of the commands other than `qa` on hostile inputs (python stdlib only; not part of CI).

The companion of eval/qa_bench_pathological.py. Each input is generated here from our own words at a
quarter, half and full size and run by one `bitext` process (start-up included); the table gives the
wall time and the time per MB at each size, so a cost that grows faster than the input shows as a growing
time per MB. The inputs are the ones on which a hunt over normalize, split, tokenize, align, pair and
glossary found such costs (each fixed; see docs/results/qa.md, "Session 24"):

- `split` on a file of blank lines (every line break a boundary candidate);
- `align --mode comparable` of German sentences of dictionary words against the same words in English
  lower case, which the English splitter keeps as one sentence (every German sentence scored against it);
- `glossary build` on one sentence pair of many words (the splitting failed: one unit of many terms).

Usage:
    swift build -c release --product bitext
    python3 eval/bench_pathological_commands.py [--bitext .build/release/bitext] [--quick]
"""
import argparse
import os
import subprocess
import tempfile
import time

from qa_bench_pathological import pseudo_word

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

GERMAN = ["Haus", "Baum", "Wasser", "Stadt", "Land", "Zeit", "Jahr", "Mann", "Frau", "Kind", "Tag", "Welt",
          "Leben", "Hand", "Arbeit", "Geld"]
ENGLISH = ["house", "tree", "water", "city", "country", "time", "year", "man", "woman", "child", "day", "world",
           "life", "hand", "work", "money"]


def blank_lines(size):
    return {"de.txt": "Am Montag kam er." + "\n" * size + "Dann ging er.\n"}


def dictionary_sentences(size):
    count = size // 80
    de = " ".join(" ".join(GERMAN[(i * 7 + j) % 16] for j in range(8)) + "." for i in range(count))
    en = " ".join(" ".join(ENGLISH[(i * 7 + j) % 16] for j in range(8)) + "." for i in range(count))
    return {"de.txt": de + "\n", "en.txt": en + "\n"}


def one_long_sentence_pair(size):
    count = size // 10
    de = "Die Regierung sagte, " + ", ".join(f"{pseudo_word(i)} {pseudo_word(i + 1)}" for i in range(count)) + "."
    en = "The government said " + ", ".join(f"{pseudo_word(i)} {pseudo_word(i + 1)}" for i in range(count)) + "."
    return {"de.txt": de + "\n", "en.txt": en + "\n"}


CASES = [
    ("`split --lang de`: two sentences a run of blank lines apart", blank_lines, ["split", "--lang", "de", "{de.txt}"]),
    ("`align --mode comparable`: sentences of dictionary words against one English sentence", dictionary_sentences,
     ["align", "--mode", "comparable", "{de.txt}", "{en.txt}"]),
    ("`glossary build`: one sentence pair of many words", one_long_sentence_pair, ["glossary", "build", "{de.txt}", "{en.txt}"]),
]


def run(bitext, folder, make, arguments, size):
    """(MB of the German input, seconds) of one process over the input `make(size)` writes."""
    files = make(size)
    paths = {}
    for name, text in files.items():
        paths[name] = os.path.join(folder, name)
        with open(paths[name], "w", encoding="utf-8") as handle:
            handle.write(text)
    command = [bitext] + [paths[a[1:-1]] if a.startswith("{") else a for a in arguments]
    began = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - began
    if result.returncode != 0:
        raise SystemExit(f"bitext failed ({result.returncode}): {result.stderr.strip()[:400]}")
    return len(files["de.txt"].encode("utf-8")) / 1e6, seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext", default=os.path.join(REPO, ".build", "release", "bitext"))
    parser.add_argument("--quick", action="store_true", help="a tenth of every size (a smoke run)")
    args = parser.parse_args()
    scale = 0.1 if args.quick else 1.0
    print("## Pathological inputs of the other commands (one `bitext` process each, start-up included)\n")
    print("| input | quarter | half | full |\n|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for label, make, arguments in CASES:
            rows = [run(args.bitext, folder, make, arguments, int(1_600_000 * scale * f)) for f in (0.25, 0.5, 1.0)]
            cells = " | ".join(f"{mb:.2f} MB: {seconds:.2f} s ({seconds / mb:.2f} s/MB)" for mb, seconds in rows)
            print(f"| {label} | {cells} |")
    print()


if __name__ == "__main__":
    main()
