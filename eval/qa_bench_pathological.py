#!/usr/bin/env python3
"""Bounded time of `bitext qa` on pathological inputs (python stdlib only; not part of CI).

Each input is generated here from our own text (nothing from ../shared is copied into it) at a quarter,
half and full size, and checked by one `bitext qa` process (start-up included); the table gives the wall
time and the time per MB at each size, so a super-linear cost shows as a growing time per MB:

- a 1 MB word of letters that never loops (a glued blob), and a 1 MB word that loops ("Radmutter…");
- a phrase repeated 100,000 times (one paragraph), and a short word with a dash repeated ("in in -- in in -- …",
  one paragraph: every copy is a double word's and a dash's finding, folded into the loop's one);
- a looped segment in a batch record with a source of three sentences (the sentence aligner runs);
- a batch record whose target and source are each one sentence listing numbers (a flattened table:
  every target number is looked for among the source sentence's);
- a text without spaces whose words are joined by exclamation marks, and one word of Cyrillic letters
  (ICU's transliteration of a name key rewrites its buffer per letter);
- two sentences with a megabyte of blank lines between them (every line break was a boundary candidate
  whose look back crossed the whole run);
- a text and its English source as files, sentences that share all their words but one: deciding whether
  the source is the translation matches every sentence's words against every other sentence's;
- a batch record whose source has three sentences, alike in wording, for each of the target's;
- a batch record of one sentence of quantities with units ("100000 m; 100002 m; …", and sizes "… x … m")
  against one sentence of numbers without units: each target quantity asks what the source's units and
  sizes are (a conversion?), which used to walk the whole source sentence every time;
- a batch record of one sentence per side full of what the source-aware checks look at (weekdays,
  a false friend, doubled words and phrases, capitalized adjectives, an unknown compound), each
  repetition numbered so that nothing loops: every check meets its worst case in one long sentence;
- a batch record whose target is one chunk of unknown words joined by commas without a space (a
  flattened list: every word is unknown, and each once asked whether it stands in a web address);
- a batch record whose target is one sentence of a megabyte (abbreviations, so no full stop ends it) and
  whose source has a sentence for every 650 bytes of it: the sentence aligner measures the long sentence's
  words against every source sentence of its band;
- a batch record of sentences written in lower case, every noun small, against a source of capitalized
  sentences: each target sentence asks the spelling dictionary about its nouns;
- an XLIFF unit whose target lacks all of the source's inline codes, and one whose target has inline
  codes the source lacks (tag-mismatch: a finding per missing code quoted the whole target, output
  growing with the square of the unit; each finding rescanned the target for its line and column);
  the row gives the output's size too;
- an XLIFF unit whose target repeats a word a reviser's checklist forbids (`--checklist`, a `forbid` rule):
  each match's offset was counted from the segment's start and placed by a scan of its own;
- a 50 MB batch of paragraph records with sources: WMT24 paragraphs with their English
  (../shared/eval/align/wmt24-en-de-docs, skipped when absent), each record given its own id and
  a serial number, so that repeated text is not just a cache hit for the lexicon look-ups.

Usage:
    swift build -c release --product bitext
    python3 eval/qa_bench_pathological.py [--bitext .build/release/bitext] [--data ../shared] [--quick]
"""
import argparse
import json
import os
import random
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def timed(bitext, args):
    began = time.perf_counter()
    result = subprocess.run([bitext] + args, capture_output=True, text=True)
    seconds = time.perf_counter() - began
    if result.returncode not in (0, 1):
        raise SystemExit(f"bitext failed ({result.returncode}): {result.stderr.strip()[:500]}")
    findings = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return seconds, findings


def blob_word(size):
    rng = random.Random(7)
    letters = "abcdefghiklmnoprstuvwyzäöü"
    return "Verkehrs" + "".join(rng.choice(letters) for _ in range(size))


def looped_word(size):
    return "Rad" + "mutter" * (size // 6)


def repeated_phrase(size):
    phrase = "und die Regierung sagte dazu nichts, "
    return "Am Montag " + phrase * (size // len(phrase)) + "hieß es."


def short_word_loop(size):
    return "Am Montag " + "in in -- " * (size // 9) + "hieß es."


def plain_cases(size):
    return [
        ("a word of random letters (no loop)", blob_word(size)),
        ("a looped word", looped_word(size)),
        ("a phrase repeated", repeated_phrase(size)),
        ("a short word and a dash repeated", short_word_loop(size)),
        ("a text without spaces, its words joined by exclamation marks", unspaced_text(size)),
        ("a word of Cyrillic letters", "ж" * (size // 2)),
        ("two sentences a run of blank lines apart", "Am Montag kam er." + "\n" * size + "Dann ging er."),
    ]


def pseudo_word(n):
    """A distinct word of letters for `n` ("Bada", "Bade", …): no digits, so nothing reads as a number."""
    consonants, vowels = "bdfghklmnprstvwz", "aeiou"
    letters = []
    n += 100
    while n:
        n, rest = divmod(n, 80)
        letters.append(consonants[rest % 16] + vowels[rest // 16])
    return "".join(letters)


def unspaced_text(size):
    """Words joined by "!" with no space: every mark is a boundary candidate whose word reaches back to
    the text's start (the splitter's token look-up walked it each time before it was capped)."""
    return "!".join(pseudo_word(n).capitalize() for n in range(size // 7))


def shared_word_files(size):
    """A German text and its English of one-line sentences that all share their words but one: the
    test of whether a source is the translation or a comparable article looked up each shared word's
    every sentence for every sentence."""
    count = size // 60
    source = " ".join(f"The government announced a new law on {pseudo_word(n)}." for n in range(count))
    target = " ".join(f"Die Regierung kündigte ein neues Gesetz über {pseudo_word(n)} an." for n in range(count))
    return source, target


def looped_record(size):
    target = "Die Firma liefert Rad" + "mutter" * (size // 6) + " an die Werkstatt. Sie ist klein."
    source = "The company delivers wheel nuts to the workshop. It is small. It is cheap."
    return {"id": "loop", "source": source, "target": target}


def number_list_record(size):
    """One sentence of numbers on each side, none shared: every target number is a finding."""
    count = size // 7
    target = "Die Werte lauten " + "; ".join(str(100_000 + 2 * n) for n in range(count)) + "."
    source = "The values are " + "; ".join(str(100_001 + 2 * n) for n in range(count)) + "."
    return {"id": "numbers", "source": source, "target": target}


def three_to_one_record(size):
    """A record whose source has three sentences, all alike in wording, for each of the target's: the
    aligner's coarsest full search scored blocks of a hundred sentences as if they were one."""
    count = size // 60
    target = " ".join(f"Die Regierung kündigte ein neues Gesetz über {pseudo_word(n)} an." for n in range(count))
    source = " ".join(f"The government announced a new law on {pseudo_word(n)}." for n in range(3 * count))
    return {"id": "three-to-one", "source": source, "target": target}


def quantity_list_record(size):
    """One sentence of quantities with units (every third a size) against one of bare numbers, none
    shared: every target number is a finding, and each asks whether it converts a source unit."""
    count = size // 12
    target = "Die Werte lauten " + "; ".join(f"{100_000 + 2 * n} x 4 m" if n % 3 == 0 else f"{100_000 + 2 * n} m" for n in range(count)) + "."
    source = "The values are " + "; ".join(f"{100_001 + 2 * n} x 9" if n % 3 == 0 else str(100_001 + 2 * n) for n in range(count)) + "."
    return {"id": "quantities", "source": source, "target": target}


def check_bait_record(size):
    """One long sentence on each side, full of what the source-aware checks compare."""
    days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag"]
    target, source = [], []
    for n in range(size // 115):
        target.append(f"am {days[n % 4]} {n} die Operationen und und Schwarze Löcher der Bergspitzenkaltfrontenwetter {n} es ist hier es ist hier")
        source.append(f"on Friday {n + 1} the operations of black holes in the cold front weather at the mountain top thank you thank you")
    return {"id": "bait", "source": " , ".join(source) + ".", "target": " , ".join(target) + "."}


def comma_joined_record(size):
    """Unknown words of five letters, all different, joined by commas with no space between them."""
    rng = random.Random(11)
    consonants = "bcdfghklmnpqrstvwxz"
    words = ["".join(rng.choice(consonants) for _ in range(5)) for _ in range(2 * (size // 6))]
    # Source and target list different words: a word the source has is taken for a name and not spelled.
    return {"id": "commas", "source": "The list follows: " + ",".join(words[1::2]) + ".",
            "target": "Die Liste folgt: " + ",".join(words[0::2]) + "."}


def one_sentence_record(size):
    """A target that never ends a sentence ("z. B. ca. Dr." over and over) against many short source sentences."""
    count = size // 13
    return {"id": "sentence", "source": "The list goes on. " * (count // 50), "target": " ".join(["z. B. ca. Dr."] * count)}


def lower_case_record(size):
    """Sentences written in lower case (every noun small), each numbered, against a source of
    capitalized sentences half as many: every target sentence asks about its nouns."""
    nouns = ["regierung", "botschaft", "arbeit", "qualität", "wohnung", "schule", "zeitung", "straße"]
    sentences = [f"die {nouns[n % 8]} der {nouns[(n + 3) % 8]} lobte gestern die {nouns[(n + 5) % 8]} und {n} weitere."
                 for n in range(size // 62)]
    return {"id": "lower", "source": "The government praised the work of the school. " * (len(sentences) // 2),
            "target": " ".join(sentences)}


XLIFF_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
              '<file source-language="en" target-language="de" datatype="plaintext" original="x"><body>\n')


def xliff_unit(source, target):
    return (XLIFF_HEAD + f'<trans-unit id="u1"><source>{source}</source><target state="translated">{target}</target></trans-unit>\n'
            + "</body></file></xliff>\n")


def missing_codes_xliff(size):
    """One unit: a source of words each followed by an inline code, a target of the words alone."""
    count = size // 16
    return xliff_unit("".join(f'w <x id="{n}"/>' for n in range(count)), "W " * count)


def added_codes_xliff(size):
    """One unit: a source of words, a target of the words each followed by an inline code."""
    count = size // 16
    return xliff_unit("w " * count, "".join(f'W <x id="{n}"/>' for n in range(count)))


def forbidden_word_xliff(size):
    """One unit: a target that says a forbidden word again and again (see `CHECKLIST`)."""
    count = size // 16
    return xliff_unit("The counterpart", "der Amtskollege " * count)


CHECKLIST = "forbid\tAmtskollege\t\twarning\tproject term: Gegenüber\n"


def xliff_row(bitext, folder, label, make, full, extra=()):
    """One row of an XLIFF case at a quarter, half and full `full` bytes, with the output's size;
    `extra` arguments go to `bitext qa`."""
    cells = []
    worst = 0
    for fraction in (0.25, 0.5, 1.0):
        text = make(int(full * fraction))
        path = os.path.join(folder, "unit.xlf")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        began = time.perf_counter()
        result = subprocess.run([bitext, "qa", path, "--format", "jsonl", *extra], capture_output=True)
        seconds = time.perf_counter() - began
        if result.returncode not in (0, 1):
            raise SystemExit(f"bitext failed ({result.returncode}): {result.stderr.decode(errors='replace').strip()[:500]}")
        mb = len(text.encode("utf-8")) / 1e6
        cells.append(f"{mb:.2f} MB: {seconds:.2f} s ({seconds / mb:.2f} s/MB), {len(result.stdout) / 1e6:.1f} MB out")
        worst = max(worst, result.stdout.count(b"\n"))
    print(f"| {label} | {' | '.join(cells)} | {worst} |")


def wmt_records(data):
    wmt = os.path.join(data, "eval", "align", "wmt24-en-de-docs")
    if not os.path.exists(os.path.join(wmt, "en-de.txt")):
        return []
    sources = open(os.path.join(wmt, "en-de.txt"), encoding="utf-8").read().splitlines()
    domains = [l.split("\t")[0] for l in open(os.path.join(wmt, "en-de.docs"), encoding="utf-8").read().splitlines()]
    records = []
    for ref in ("refA", "refB"):
        targets = open(os.path.join(wmt, f"en-de.{ref}.txt"), encoding="utf-8").read().splitlines()
        for source, target, domain in zip(sources, targets, domains):
            if domain != "canary" and target.strip():
                records.append((source, target))
    return records


def write_batch(records, megabytes, path):
    """Records cycled until their targets reach `megabytes`; each copy's sentences carry a serial
    number in source and target alike (a number both sides share), so no two records are equal."""
    total = 0
    serial = 0
    with open(path, "w", encoding="utf-8") as handle:
        while total < megabytes * 1e6:
            for source, target in records:
                serial += 1
                record = {"id": serial, "source": f"{serial}. {source}", "target": f"{serial}. {target}"}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                total += len(record["target"].encode("utf-8"))
                if total >= megabytes * 1e6:
                    break
    return total / 1e6


def single_record_row(bitext, folder, record):
    """(MB of target, seconds, findings) of one `qa --batch` process over a batch of `record` alone."""
    path = os.path.join(folder, "record.jsonl")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    seconds, findings = timed(bitext, ["qa", "--batch", path, "--format", "jsonl"])
    return len(record["target"].encode("utf-8")) / 1e6, seconds, len(findings)


def row(name, rows):
    cells = " | ".join(f"{mb:.2f} MB: {seconds:.2f} s ({seconds / mb:.2f} s/MB)" for mb, seconds, _ in rows)
    worst = max(findings for _, _, findings in rows)
    print(f"| {name} | {cells} | {worst} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext", default=os.path.join(REPO, ".build", "release", "bitext"))
    parser.add_argument("--data", default=os.path.join(REPO, "..", "shared"))
    parser.add_argument("--quick", action="store_true", help="a tenth of every size (a smoke run)")
    parser.add_argument("--batch-mb", type=float, default=50.0, help="size of the largest batch (MB of targets)")
    args = parser.parse_args()
    scale = 0.1 if args.quick else 1.0
    print("## Pathological inputs (one `bitext qa` process each, start-up included)\n")
    print("| input | quarter | half | full | findings (largest) |\n|---|---|---|---|---:|")
    with tempfile.TemporaryDirectory() as folder:
        # The phrase case is measured by its repetitions (100,000 of 37 bytes), the others by a megabyte.
        phrase = 2
        for index in range(len(plain_cases(0))):
            rows = []
            name = None
            for fraction in (0.25, 0.5, 1.0):
                size = int(100_000 * 37 * scale * fraction) if index == phrase else int(1_000_000 * scale * fraction)
                name, text = plain_cases(size)[index]
                path = os.path.join(folder, "in.txt")
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(text + "\n")
                seconds, findings = timed(args.bitext, ["qa", path, "--format", "jsonl"])
                rows.append((len(text.encode("utf-8")) / 1e6, seconds, len(findings)))
            label = name + (" (100,000 times at full size)" if index == phrase else " (1 MB at full size)")
            row(label, rows)
        single_records = [
            ("a batch record whose target loops, with a source of three sentences", looped_record),
            ("a batch record of one sentence of numbers on each side (1 MB at full size)", number_list_record),
            ("a batch record of one sentence of quantities with units against one of bare numbers (1 MB at full size)", quantity_list_record),
            ("a batch record whose source has three sentences alike in wording for each of the target's (1 MB at full size)", three_to_one_record),
            ("a batch record of one sentence per side full of what the source-aware checks compare (1 MB at full size)", check_bait_record),
            ("a batch record of unknown words joined by commas without a space (1 MB at full size)", comma_joined_record),
            ("a batch record of one target sentence without a full stop against many source sentences (1 MB at full size)", one_sentence_record),
            ("a batch record of sentences written in lower case against capitalized source sentences (1 MB at full size)", lower_case_record),
        ]
        rows = []
        for fraction in (0.25, 0.5, 1.0):
            source, target = shared_word_files(int(1_000_000 * scale * fraction))
            paths = [os.path.join(folder, name) for name in ("en.txt", "de.txt")]
            for path, text in zip(paths, (source, target)):
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(text + "\n")
            seconds, findings = timed(args.bitext, ["qa", paths[1], "--source", paths[0], "--format", "jsonl"])
            rows.append((len(target.encode("utf-8")) / 1e6, seconds, len(findings)))
        row("a text and its source of sentences that share all their words but one, as files (1 MB at full size)", rows)
        for label, make in single_records:
            row(label, [single_record_row(args.bitext, folder, make(int(1_000_000 * scale * fraction))) for fraction in (0.25, 0.5, 1.0)])
        # The missing codes' full size is a quarter megabyte: before the fix it wrote 215 MB there.
        xliff_row(args.bitext, folder, "an XLIFF unit whose target lacks the source's inline codes (256 KB at full size)",
                  missing_codes_xliff, int(256_000 * scale))
        xliff_row(args.bitext, folder, "an XLIFF unit whose target has inline codes the source lacks (1 MB at full size)",
                  added_codes_xliff, int(1_000_000 * scale))
        checklist = os.path.join(folder, "checklist.tsv")
        with open(checklist, "w", encoding="utf-8") as handle:
            handle.write(CHECKLIST)
        xliff_row(args.bitext, folder, "an XLIFF unit whose target repeats a word the checklist forbids (1 MB at full size)",
                  forbidden_word_xliff, int(1_000_000 * scale), ["--checklist", checklist, "--checks", "checklist"])
        records = wmt_records(args.data)
        if not records:
            print("\n50 MB batch: skipped (../shared/eval/align/wmt24-en-de-docs not found)")
            return
        rows = []
        for fraction in (0.25, 0.5, 1.0):
            path = os.path.join(folder, "batch.jsonl")
            megabytes = write_batch(records, args.batch_mb * scale * fraction, path)
            seconds, findings = timed(args.bitext, ["qa", "--batch", path, "--format", "jsonl"])
            rows.append((megabytes, seconds, len(findings)))
        row(f"a batch of WMT24 paragraph records with sources ({args.batch_mb:g} MB of targets at full size)", rows)
        print()


if __name__ == "__main__":
    main()
