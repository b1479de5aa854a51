#!/usr/bin/env python3
"""End-to-end benchmark of `bitext run`: N German and N English articles synthesized from the evaluation sets
(the same fixed-seed procedure as `pair_eval.py --bench`), timed, with the peak memory of the process.

    python3 eval/run_bench.py [--bitext PATH] [--articles 1000] [--jobs 2] [--seed 13] [--data DIR]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
import pair_eval  # noqa: E402  (shares the article synthesizer)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--data", default=str(pair_eval.DEFAULT_DATA))
    args = parser.parse_args()
    data = Path(args.data)
    bitext = pair_eval.find_bitext(args.bitext)
    if not (data / "eval/align").exists() or bitext is None:
        print("skipped: needs ../shared/eval/align and a built bitext (swift build -c release)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pair_eval.synthesize(args.articles, data, folder, args.seed)
        start = time.perf_counter()
        process = subprocess.Popen([str(bitext), "run", str(folder / "de"), str(folder / "en"), "-o", str(folder / "out"),
                                    "--jobs", str(args.jobs), "--quiet"], stderr=subprocess.PIPE)
        _, stderr = process.communicate()
        status = process.returncode
        seconds = time.perf_counter() - start
        import resource
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if status != 0:
            print(stderr.decode("utf-8", "replace"), file=sys.stderr)
            return 1
        pairs = (folder / "out/pairs.tsv").read_text(encoding="utf-8").splitlines()[1:]
        files = sum(1 for _ in (folder / "out").rglob("*") if _.is_file())
        print("| articles per side | jobs | seconds | peak RSS (MB) | pairs | files written |")
        print("|---:|---:|---:|---:|---:|---:|")
        print(f"| {args.articles} | {args.jobs} | {seconds:.1f} | {peak:.0f} | {len(pairs)} | {files} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
