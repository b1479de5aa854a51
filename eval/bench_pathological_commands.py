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
- `glossary build` on one sentence pair of many words (the splitting failed: one unit of many terms);
- `glossary export --format csv` and `--format tsv` of one entry with many contexts and as many entries
  without (CSV rows were all padded to the widest entry: output and time grew with the square of the
  input; TSV padded each row in memory only to trim it again);
- `glossary export` of a CSV whose header names thousands of context columns (each name was looked up
  by a linear search of all column names).

The glossary cases are smaller at full size (given per case): their quadratic cost before the fixes made
gigabytes of output at 1.6 MB. The output column gives what the command wrote to standard output.

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


def wide_context_glossary(size):
    """Glossary JSONL: one entry with a context pair for every 80 bytes of `size`, then as many entries
    without contexts."""
    count = size // 80
    contexts = ", ".join('{"de": "Satz %d.", "en": "Line %d."}' % (n, n) for n in range(count))
    plain = "".join('{"german": "Wort%d", "english": "word%d"}\n' % (n, n) for n in range(count))
    return {"wide.jsonl": '{"german": "Kopf", "english": "head", "contexts": [%s]}\n' % contexts + plain}


def wide_header_csv(size):
    """Glossary CSV whose header names a context column pair for every 30 bytes of `size` (header and
    the one row together), the row filling only the last pair."""
    count = size // 30
    names = ["german", "english", "part_of_speech", "domain", "note", "status", "confidence", "frequency", "evidence",
             "gender", "variants"] + [f"context_{side}_{n}" for n in range(1, count + 1) for side in ("de", "en")]
    row = ["Kopf", "head"] + [""] * (len(names) - 4) + ["Satz.", "Line."]
    return {"wide.csv": ",".join(names) + "\n" + ",".join(row) + "\n"}


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
    ("`glossary export --format csv`: one entry with many contexts, as many without (256 KB at full size)", wide_context_glossary,
     ["glossary", "export", "--no-default-glossary", "--format", "csv", "{wide.jsonl}"], 256_000),
    ("`glossary export --format tsv`: one entry with many contexts, as many without (1 MB at full size)", wide_context_glossary,
     ["glossary", "export", "--no-default-glossary", "--format", "tsv", "{wide.jsonl}"], 1_000_000),
    ("`glossary export`: a CSV whose header names many context columns (1 MB at full size)", wide_header_csv,
     ["glossary", "export", "--no-default-glossary", "{wide.csv}"], 1_000_000),
]
FULL_SIZE = 1_600_000


def run(bitext, folder, make, arguments, size):
    """(MB of the first input file, seconds, MB written to standard output) of one process over the
    input `make(size)` writes."""
    files = make(size)
    paths = {}
    for name, text in files.items():
        paths[name] = os.path.join(folder, name)
        with open(paths[name], "w", encoding="utf-8") as handle:
            handle.write(text)
    command = [bitext] + [paths[a[1:-1]] if a.startswith("{") else a for a in arguments]
    began = time.perf_counter()
    result = subprocess.run(command, capture_output=True)
    seconds = time.perf_counter() - began
    if result.returncode != 0:
        raise SystemExit(f"bitext failed ({result.returncode}): {result.stderr.decode(errors='replace').strip()[:400]}")
    return len(next(iter(files.values())).encode("utf-8")) / 1e6, seconds, len(result.stdout) / 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext", default=os.path.join(REPO, ".build", "release", "bitext"))
    parser.add_argument("--quick", action="store_true", help="a tenth of every size (a smoke run)")
    args = parser.parse_args()
    scale = 0.1 if args.quick else 1.0
    print("## Pathological inputs of the other commands (one `bitext` process each, start-up included)\n")
    print("| input | quarter | half | full |\n|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for label, make, arguments, *full in CASES:
            size = full[0] if full else FULL_SIZE
            rows = [run(args.bitext, folder, make, arguments, int(size * scale * f)) for f in (0.25, 0.5, 1.0)]
            cells = " | ".join(f"{mb:.2f} MB: {seconds:.2f} s ({seconds / mb:.2f} s/MB), {out:.1f} MB out" for mb, seconds, out in rows)
            print(f"| {label} | {cells} |")
    print()


if __name__ == "__main__":
    main()
