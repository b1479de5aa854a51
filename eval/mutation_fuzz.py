#!/usr/bin/env python3
"""Independent mutation fuzzer: bitext's release binary against mutated copies of our own seed files.

Independent of the libFuzzer harness (fuzz/, scripts/fuzz.sh): no coverage feedback, no sanitizer, the
real command line as a user runs it. For every reader it takes the repository's own seed files (fuzz/seeds,
examples/, test fixtures; nothing from ../shared), applies random mutations (bit flips, interesting bytes,
truncation, deletion, duplication, splices of two seeds, deep nesting, long lines, encoding damage) and runs
the command that reads that format with a time limit.

Outcomes per input: ok (exit 0 or 1), refused (exit 2 with a one-line message), crash (killed by a signal,
or a Swift "Fatal error" / sanitizer report), hang (over the time limit), other (any other exit status, or
exit 2 with more than one line of message). The bar is no crash and no hang.

    python3 eval/mutation_fuzz.py [--count 400] [--seed 1] [--timeout 20] [--binary .build/release/bitext]
                                   [--keep DIR] [--readers xml,tsv,...]

Prints a table per reader and the totals; exits 1 when any input crashed or hung. With --keep, the inputs
that crashed or hung are copied to DIR for regression tests.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fuzz" / "seeds"
FIXTURES = ROOT / "Tests" / "BitextKitTests" / "Fixtures"
CAT = ROOT / "Tests" / "bitextTests" / "Fixtures" / "cat"


def seeds(*paths):
    files = []
    for path in paths:
        path = Path(path)
        files.extend(sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path])
    return files


# Each reader: its seed files, the suffix a mutated input is written under, and the command that reads it
# ({} is the input; {out} an output path in a scratch folder).
READERS = {
    "tmx-glossary": (seeds(SEEDS / "tmx", FIXTURES / "glossary" / "sample.tmx"), ".tmx", ["glossary", "import", "{}", "-o", "{out}"]),
    "tbx-glossary": (seeds(SEEDS / "tbx"), ".tbx", ["glossary", "import", "{}", "-o", "{out}"]),
    "tsv-glossary": (seeds(SEEDS / "tsv"), ".tsv", ["glossary", "import", "{}", "-o", "{out}"]),
    "csv-glossary": (seeds(SEEDS / "csv"), ".csv", ["glossary", "import", "{}", "-o", "{out}"]),
    "omegat-glossary": (seeds(SEEDS / "omegat"), ".txt", ["glossary", "import", "{}", "-o", "{out}"]),
    "jsonl-glossary": (seeds(FIXTURES / "glossary" / "sample.jsonl"), ".jsonl", ["glossary", "import", "{}", "-o", "{out}"]),
    "xliff-qa": (seeds(CAT / "job.xlf", CAT / "job.sdlxliff", SEEDS / "bilingual" / "unit.xlf2"), ".xlf",
                 ["qa", "{}", "--no-default-lexicon", "--format", "jsonl", "-o", "{out}"]),
    "tmx-qa": (seeds(SEEDS / "bilingual" / "pair.tmx", SEEDS / "bilingual" / "pair-utf16.tmx"), ".tmx",
               ["qa", "{}", "--no-default-lexicon", "--format", "jsonl", "-o", "{out}"]),
    "po-qa": (seeds(SEEDS / "bilingual" / "job.po"), ".po", ["qa", "{}", "--no-default-lexicon", "--format", "jsonl", "-o", "{out}"]),
    "qa-batch-jsonl": (seeds(SEEDS / "jsonl"), ".jsonl", ["qa", "--batch", "{}", "--no-default-lexicon", "--format", "jsonl", "-o", "{out}"]),
    "qa-text": (seeds(SEEDS / "qa"), ".txt", ["qa", "{}", "--no-default-lexicon", "-o", "{out}"]),
    "normalize": (seeds(SEEDS / "normalize"), ".txt", ["normalize", "--lang", "de", "{}", "-o", "{out}"]),
    "split": (seeds(SEEDS / "split"), ".txt", ["split", "--lang", "de", "{}", "-o", "{out}"]),
    "align": (seeds(FIXTURES / "align" / "de.txt"), ".txt",
              ["align", "--no-default-lexicon", "{}", str(FIXTURES / "align" / "en.txt"), "-o", "{out}"]),
    "ding-lexicon": (seeds(SEEDS / "ding"), ".txt",
                     ["align", "--no-default-lexicon", "--lexicon", "{}", str(FIXTURES / "align" / "de.txt"),
                      str(FIXTURES / "align" / "en.txt"), "-o", "{out}"]),
    "tsv-lexicon": (seeds(FIXTURES / "align" / "lexicon.tsv"), ".tsv",
                    ["align", "--no-default-lexicon", "--lexicon", "{}", str(FIXTURES / "align" / "de.txt"),
                     str(FIXTURES / "align" / "en.txt"), "-o", "{out}"]),
}

INTERESTING = [0x00, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF, 0xC3, 0x80, 0x3C, 0x3E, 0x26, 0x22, 0x27, 0x0A, 0x0D, 0x09,
               0x3B, 0x23, 0x2F, 0x7B, 0x7D, 0x5B, 0x5D, 0x5C]


def mutate(data: bytes, other: bytes, rng: random.Random) -> bytes:
    """One to four mutations of `data` (`other` is another seed of the same reader, for splices)."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(["flip", "byte", "truncate", "delete", "duplicate", "splice", "insert", "nest", "long", "utf8"])
        n = len(out)
        if n == 0:
            out += bytes(rng.choice(INTERESTING) for _ in range(rng.randint(1, 8)))
            continue
        i = rng.randrange(n)
        if kind == "flip":
            out[i] ^= 1 << rng.randrange(8)
        elif kind == "byte":
            out[i] = rng.choice(INTERESTING)
        elif kind == "truncate":
            del out[i:]
        elif kind == "delete":
            del out[i:i + rng.randint(1, 64)]
        elif kind == "duplicate":
            j = min(n, i + rng.randint(1, 256))
            out[i:i] = out[i:j] * rng.randint(2, 50)
        elif kind == "splice":
            k = rng.randrange(len(other) + 1)
            out = out[:i] + bytearray(other[k:])
        elif kind == "insert":
            out[i:i] = bytes(rng.choice(INTERESTING) for _ in range(rng.randint(1, 16)))
        elif kind == "nest":
            tag = rng.choice([b"<a>", b"<seg>", b"<g id='1'>", b"{", b"[", b"(", b"\xe2\x80\x9e"])
            out[i:i] = tag * rng.randint(100, 20000)
        elif kind == "long":
            out[i:i] = bytes([rng.choice(b"abc xyz\t")]) * rng.randint(10_000, 2_000_000)
        elif kind == "utf8":
            out[i:i] = rng.choice([b"\xc3", b"\xe2\x80", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf5\x80\x80\x80"])
    return bytes(out)


def run(binary: str, command, path: Path, out: Path, timeout: float):
    argv = [binary] + [str(path) if a == "{}" else str(out) if a == "{out}" else a for a in command]
    env = dict(os.environ, SWIFT_BACKTRACE="enable=no")
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return "hang", ""
    message = done.stderr.decode("utf-8", "replace")
    if done.returncode < 0 or done.returncode >= 128 or "Fatal error" in message or "Sanitizer" in message:
        return "crash", message
    if done.returncode in (0, 1):
        return "ok", message
    lines = [line for line in message.splitlines() if line.strip()]
    if done.returncode == 2 and len(lines) <= 1:
        return "refused", message
    return "other", f"exit {done.returncode}, {len(lines)} lines: " + " / ".join(lines)[:300]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=400, help="mutated inputs in all (spread evenly over the readers)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before an input counts as a hang")
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "bitext"))
    parser.add_argument("--keep", help="copy inputs that crashed or hung here")
    parser.add_argument("--readers", help="comma-separated subset of: " + ",".join(READERS))
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"mutation_fuzz: no binary at {args.binary} (swift build -c release --product bitext)")
    names = args.readers.split(",") if args.readers else list(READERS)
    rng = random.Random(args.seed)
    scratch = Path(tempfile.mkdtemp(prefix="bitext-mutation-"))
    (scratch / "out").mkdir()
    totals = {}
    failures = []
    try:
        for r, name in enumerate(names):
            files, suffix, command = READERS[name]
            share = args.count // len(names) + (1 if r < args.count % len(names) else 0)
            counts = {"ok": 0, "refused": 0, "crash": 0, "hang": 0, "other": 0}
            for k in range(share):
                seed_file = rng.choice(files)
                other = rng.choice(files).read_bytes()
                data = mutate(seed_file.read_bytes(), other, rng)
                path = scratch / f"{name}-{k}{suffix}"
                path.write_bytes(data)
                out = scratch / "out" / f"{name}-{k}.out"
                outcome, message = run(args.binary, command, path, out, args.timeout)
                if outcome == "refused" and out.exists():
                    outcome, message = "other", "an output file was left after the refusal"
                counts[outcome] += 1
                if outcome in ("crash", "hang", "other"):
                    failures.append((name, outcome, path, [message.strip()] if message else []))
                    if args.keep and outcome in ("crash", "hang"):
                        Path(args.keep).mkdir(parents=True, exist_ok=True)
                        shutil.copy(path, Path(args.keep) / path.name)
                path.unlink()
            totals[name] = counts
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{'reader':<16} {'inputs':>6} {'ok':>5} {'refused':>7} {'crash':>5} {'hang':>4} {'other':>5}")
    sums = {"ok": 0, "refused": 0, "crash": 0, "hang": 0, "other": 0}
    for name, counts in totals.items():
        print(f"{name:<16} {sum(counts.values()):>6} {counts['ok']:>5} {counts['refused']:>7} {counts['crash']:>5} {counts['hang']:>4} {counts['other']:>5}")
        for key in sums:
            sums[key] += counts[key]
    print(f"{'total':<16} {sum(sums.values()):>6} {sums['ok']:>5} {sums['refused']:>7} {sums['crash']:>5} {sums['hang']:>4} {sums['other']:>5}")
    for name, outcome, path, last in failures:
        print(f"  {outcome}: {name} {path.name} {' '.join(last)[:200]}")
    sys.exit(1 if sums["crash"] or sums["hang"] else 0)


if __name__ == "__main__":
    main()
