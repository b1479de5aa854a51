#!/usr/bin/env python3
"""Interoperability: translate-toolkit reads bitext's TMX and TBX v2 glossaries back.

Exports the bundled curated glossary (and, when the seeds are present, a glossary built from
them) with `bitext glossary export/build`, reads the files with translate-toolkit's
`translate.storage.tmx` and `translate.storage.tbx` (which reads TBX v2 `<martif>` only), and
checks that it gets the same number of entries and the same German-English pairs, in order.

translate-toolkit is not a dependency of bitext: `scripts/eval-venv.sh` installs the pinned version
(eval/cat-requirements.txt) in .build/eval-venv; run this script with that interpreter (or pass
--python to re-run under it). Without translate-toolkit the script prints "skipped: ..." and exits 0.

Usage: python3 eval/glossary_interop.py [--bitext .build/release/bitext] [--python .build/eval-venv/bin/python]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def bitext(binary, args):
    result = subprocess.run([binary, *args], capture_output=True)
    if result.returncode != 0:
        raise SystemExit(f"bitext {' '.join(args)} failed: {result.stderr.decode().strip()}")
    return result.stdout


def expected_pairs(binary, source_args):
    jsonl = bitext(binary, [*source_args, "--format", "jsonl"]).decode("utf-8")
    return [(r["german"], r["english"]) for r in map(json.loads, jsonl.splitlines()) if r]


def check(name, binary, source_args, tmx, tbx, folder):
    pairs = expected_pairs(binary, source_args)
    ok = True
    for fmt, reader, suffix in (("tmx", tmx.tmxfile, "tmx"), ("tbx2", tbx.tbxfile, "tbx")):
        path = os.path.join(folder, f"{name}.{suffix}")
        with open(path, "wb") as f:
            f.write(bitext(binary, [*source_args, "--format", fmt]))
        store = reader.parsefile(path)
        # The TMX is written in the default direction en-de (English source); TBX names each language
        # and translate-toolkit reads its German langSet first.
        read = [(u.target, u.source) if fmt == "tmx" else (u.source, u.target) for u in store.units]
        same = read == pairs
        ok = ok and same
        print(f"| {name} | {fmt} | {len(pairs)} | {len(read)} | {'yes' if same else 'NO'} |")
        if not same:
            diff = [(a, b) for a, b in zip(pairs, read) if a != b][:3]
            print(f"  first differences (bitext, translate-toolkit): {diff}")
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext", default=os.path.join(REPO, ".build/release/bitext"))
    parser.add_argument("--python", help="re-run under this interpreter (one with translate-toolkit)")
    parser.add_argument("--seeds", default=os.path.join(REPO, "../shared/seeds"))
    args = parser.parse_args()
    if args.python and os.path.realpath(args.python) != os.path.realpath(sys.executable):
        return subprocess.call([args.python, os.path.abspath(__file__), *[a for a in sys.argv[1:]]])
    try:
        from translate.storage import tbx, tmx
    except ImportError:
        print("skipped: translate-toolkit is not installed for this Python (see the module docstring)")
        return 0
    if not os.path.exists(args.bitext):
        print(f"skipped: no bitext binary at {args.bitext} (swift build -c release)")
        return 0
    print("| glossary | format | bitext entries | translate-toolkit units | same pairs |")
    print("|---|---|---|---|---|")
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        ok = check("curated", args.bitext, ["glossary", "export"], tmx, tbx, folder) and ok
        seeds = sorted(os.listdir(args.seeds)) if os.path.isdir(args.seeds) else []
        english = [f for f in seeds if f.startswith("004_")]
        german = [f for f in seeds if f.endswith(".txt") and not f.startswith("004_")]
        if english and german:
            files = []
            for g in german:
                files += [os.path.join(args.seeds, g), os.path.join(args.seeds, english[0])]
            ok = check("seeds-built", args.bitext, ["glossary", "build", "--mode", "comparable", *files], tmx, tbx, folder) and ok
        else:
            print(f"note: seeds not found in {args.seeds}; only the curated glossary was checked")
    print("\nresult:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
