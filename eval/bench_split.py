#!/usr/bin/env python3
"""Sentence-splitting throughput: bitext against the ICU ceiling and Python peers.

    /work/peers/venv/bin/python eval/bench_split.py
    python3 eval/bench_split.py --python /work/peers/venv/bin/python --text big.txt

Input: --text FILE, or (default) a temporary file of at least --min-mb MB of
German built from the shared eval data (konvens2019 raw text, the German side
of PUD, WMT24 refA/refB German), one paragraph per line, repeated until big
enough. With neither --text nor the data folder it prints "skipped", exit 0.

Measured (MB = 10^6 bytes of UTF-8 input):
  * `bitext bench split --lang de FILE`  -> JSON with icu_sentence_break_mb_s
    (bare ICU sentence BreakIterator over the buffer) and bitext_split_mb_s
    (our splitter over the same buffer), both in one process; best of --runs.
  * `bitext split --lang de FILE > /dev/null`, wall time with perf_counter,
    best of --runs (process start, reading, splitting and writing included).
  * each importable Python peer on the first --peer-mb MB of the same text (cut
    at a line end), fed one line (paragraph) per call as is usual for them;
    model construction is not timed; best of --peer-runs.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sbd import maybe_reexec, note  # noqa: E402  (one home for the re-run under --python and the progress notes)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "eval"
PEERS = ["pysbd", "somajo", "sentence-splitter"]
MB = 1e6


# --------------------------------------------------------------------------
# Corpus


def german_paragraphs(data: Path) -> tuple[list[str], list[str]]:
    """Return (paragraphs, names of the sources used)."""
    paras, used = [], []
    konv = data / "sbd" / "konvens2019-de" / "unbalanced" / "txt"
    files = sorted(konv.glob("*_txt.txt")) if konv.is_dir() else []
    for f in files:
        paras += [l.strip() for l in f.read_text(encoding="utf-8").splitlines() if l.strip()]
    if files:
        used.append(f"konvens2019-de txt ({len(files)} files)")

    pud = data / "align" / "pud-de-en" / "pud_de_en_parallel.tsv"
    if pud.is_file():
        docs: dict[str, list[str]] = {}
        with pud.open(encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            i_doc, i_de = header.index("doc_id"), header.index("de")
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) > i_de and cols[i_de].strip():
                    docs.setdefault(cols[i_doc], []).append(cols[i_de].strip())
        paras += [" ".join(s) for s in docs.values()]  # dicts keep insertion order
        used.append("PUD German side (one paragraph per doc_id)")

    for ref in ("refA", "refB"):
        p = data / "align" / "wmt24-en-de-docs" / f"en-de.{ref}.txt"
        if p.is_file():
            paras += [l.strip() for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
            used.append(f"WMT24 en-de {ref}")
    return paras, used


def build_text(data: Path, min_bytes: int, out: Path) -> tuple[int, list[str]] | None:
    paras, used = german_paragraphs(data)
    if not paras:
        return None
    unit = ("\n".join(paras) + "\n").encode("utf-8")
    reps = -(-min_bytes // len(unit))
    with out.open("wb") as f:
        for _ in range(reps):
            f.write(unit)
    return len(unit) * reps, used + [f"{len(unit)} bytes x {reps}"]


def leading_slice(data: bytes, nbytes: int) -> bytes:
    if len(data) <= nbytes:
        return data
    cut = data.rfind(b"\n", 0, nbytes)
    return data[:cut + 1] if cut > 0 else data[:nbytes].decode("utf-8", "ignore").encode("utf-8")


# --------------------------------------------------------------------------
# bitext


def find_bitext(path: str | None) -> str | None:
    if path:
        p = Path(path)
        if p.is_file() and os.access(p, os.X_OK):
            return str(p)
        return shutil.which(path)
    for p in (REPO / ".build" / "release" / "bitext", REPO / ".build" / "debug" / "bitext"):
        if p.is_file() and os.access(p, os.X_OK):
            return str(p)
    return None


def bitext_bench(binary: str, file: Path, runs: int) -> dict | None:
    best: dict | None = None
    for i in range(runs):
        r = subprocess.run([binary, "bench", "split", "--lang", "de", str(file)],
                           capture_output=True, timeout=3600)
        if r.returncode != 0:
            note(f"note: `bitext bench split` failed (exit {r.returncode}): "
                 f"{r.stderr.decode('utf-8', 'replace').strip()[:300]}")
            return None
        obj = None
        for line in reversed(r.stdout.decode("utf-8", "replace").splitlines()):
            line = line.strip()
            if line.startswith("{"):
                try:
                    obj = json.loads(line)
                    break
                except json.JSONDecodeError:
                    pass
        if obj is None or "bitext_split_mb_s" not in obj:
            note("note: `bitext bench split` printed no JSON with bitext_split_mb_s")
            return None
        note(f"  bitext bench split run {i + 1}: {json.dumps(obj)}")
        if best is None:
            best = dict(obj)
        else:
            for k in ("icu_sentence_break_mb_s", "bitext_split_mb_s"):
                if k in obj:
                    best[k] = max(best.get(k, 0.0), obj[k])
    return best


def bitext_e2e(binary: str, file: Path, runs: int) -> float | None:
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        r = subprocess.run([binary, "split", "--lang", "de", str(file)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=3600)
        dt = time.perf_counter() - t0
        if r.returncode != 0:
            note(f"note: `bitext split` failed (exit {r.returncode}): "
                 f"{r.stderr.decode('utf-8', 'replace').strip()[:300]}")
            return None
        note(f"  bitext split end to end run {i + 1}: {dt:.3f} s")
        times.append(dt)
    return min(times)


# --------------------------------------------------------------------------
# Peers: each returns (version, setup() -> callable(lines) -> sentence count)


def _version(dist: str) -> str:
    from importlib.metadata import version
    return version(dist)


def peer_pysbd():
    import pysbd
    seg = pysbd.Segmenter(language="de", clean=False)
    return _version("pysbd"), lambda lines: sum(len(seg.segment(l)) for l in lines)


def peer_somajo():
    from somajo import SoMaJo
    tok = SoMaJo("de_CMC")
    return _version("SoMaJo"), lambda lines: sum(1 for _ in tok.tokenize_text(lines))


def peer_sentence_splitter():
    from sentence_splitter import SentenceSplitter
    spl = SentenceSplitter(language="de")
    return _version("sentence-splitter"), lambda lines: sum(len(spl.split(l)) for l in lines)


PEER_SETUP = {"pysbd": peer_pysbd, "somajo": peer_somajo, "sentence-splitter": peer_sentence_splitter}


def run_peer(name: str, lines: list[str], runs: int) -> tuple[str, float, int] | None:
    try:
        version, fn = PEER_SETUP[name]()
    except ImportError as e:
        note(f"note: {name} skipped: not importable ({e})")
        return None
    times, count = [], 0
    for i in range(runs):
        t0 = time.perf_counter()
        count = fn(lines)
        dt = time.perf_counter() - t0
        note(f"  {name} run {i + 1}: {dt:.2f} s, {count} sentences")
        times.append(dt)
    return version, min(times), count


# --------------------------------------------------------------------------




def fmt(x: float | None, spec: str = ".2f") -> str:
    return "–" if x is None else format(x, spec)


def main(argv: list[str]) -> int:
    maybe_reexec(argv, __file__)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="shared eval folder (default: %(default)s)")
    ap.add_argument("--text", help="benchmark this UTF-8 file instead of building one")
    ap.add_argument("--min-mb", type=float, default=20.0, help="size of the built text in MB (default 20)")
    ap.add_argument("--bitext", help="bitext binary (default: .build/release/bitext, then .build/debug/bitext)")
    ap.add_argument("--runs", type=int, default=3, help="runs per bitext measurement, best kept (default 3)")
    ap.add_argument("--peer-runs", type=int, default=1, help="runs per peer, best kept (default 1)")
    ap.add_argument("--peer-mb", type=float, default=2.0,
                    help="peers run on this many leading MB of the text (default 2; 0 = all)")
    ap.add_argument("--systems", default="bitext," + ",".join(PEERS),
                    help="comma list of bitext,%s (default: all)" % ",".join(PEERS))
    ap.add_argument("--json", metavar="OUT", help="also write machine-readable results here")
    ap.add_argument("--keep", action="store_true", help="keep the built text file (path is printed)")
    ap.add_argument("--python", help="run under this Python (e.g. /work/peers/venv/bin/python)")
    args = ap.parse_args(argv)

    names = [s.strip() for s in args.systems.split(",") if s.strip()]
    bad = [n for n in names if n != "bitext" and n not in PEERS]
    if bad:
        note(f"error: unknown system(s) {bad}")
        return 2

    tmpdir = None
    sources: list[str]
    if args.text:
        file = Path(args.text)
        if not file.is_file():
            note(f"error: --text {file} not found")
            return 2
        sources = [str(file)]
    else:
        data = Path(args.data)
        if not data.is_dir():
            print(f"skipped: eval data folder {data} not found (pass --data DIR or --text FILE)")
            return 0
        tmpdir = Path(tempfile.mkdtemp(prefix="bitext-bench-"))
        file = tmpdir / "german.txt"
        built = build_text(data, int(args.min_mb * MB), file)
        if built is None:
            shutil.rmtree(tmpdir)
            print(f"skipped: no German source text found under {data}")
            return 0
        sources = built[1]
    size = file.stat().st_size
    note(f"text: {file} ({size / MB:.2f} MB)")

    rows: list[dict] = []
    results: dict = {"text": str(file) if args.text or args.keep else None, "bytes": size,
                     "sources": sources, "mb": "10^6 bytes", "rows": rows}
    try:
        icu = ours = e2e = None
        if "bitext" in names:
            binary = find_bitext(args.bitext)
            if binary is None:
                note("note: bitext skipped: binary not found (build with `swift build -c release` or pass --bitext)")
            else:
                results["bitext"] = binary
                bench = bitext_bench(binary, file, args.runs)
                if bench:
                    if bench.get("bytes") not in (None, size):
                        note(f"warning: bench reports {bench['bytes']} bytes, file has {size}")
                    icu = bench.get("icu_sentence_break_mb_s")
                    ours = bench.get("bitext_split_mb_s")
                    if icu is not None:
                        rows.append({"system": "ICU sentence break (in-process ceiling)", "key": "icu",
                                     "bytes": size, "seconds": size / MB / icu, "mb_s": icu,
                                     "sentences": None})
                    rows.append({"system": "bitext split (in-process, `bench split`)", "key": "bitext",
                                 "bytes": size, "seconds": size / MB / ours, "mb_s": ours,
                                 "sentences": bench.get("sentences")})
                t = bitext_e2e(binary, file, args.runs)
                if t is not None:
                    e2e = size / MB / t
                    rows.append({"system": "bitext split CLI end to end (`split > /dev/null`)",
                                 "key": "bitext-cli", "bytes": size, "seconds": t, "mb_s": e2e,
                                 "sentences": None})

        peers = [n for n in names if n in PEERS]
        if peers:
            raw = file.read_bytes()
            sl = raw if args.peer_mb <= 0 else leading_slice(raw, int(args.peer_mb * MB))
            lines = [l for l in sl.decode("utf-8").split("\n") if l.strip()]
            note(f"peers: {len(sl) / MB:.2f} MB slice, {len(lines)} lines")
            for n in peers:
                got = run_peer(n, lines, args.peer_runs)
                if got:
                    version, t, count = got
                    rows.append({"system": f"{n} {version}", "key": n, "bytes": len(sl), "seconds": t,
                                 "mb_s": len(sl) / MB / t, "sentences": count})
    finally:
        if tmpdir is not None:
            if args.keep:
                note(f"kept {file}")
            else:
                shutil.rmtree(tmpdir, ignore_errors=True)

    peer_rows = [r for r in rows if r["key"] in PEERS]
    fastest = max(peer_rows, key=lambda r: r["mb_s"]) if peer_rows else None

    print("# Sentence splitting throughput (German)\n")
    print(f"Text: {size / MB:.2f} MB ({'; '.join(sources)}). MB = 10^6 bytes of UTF-8 input.  ")
    if peer_rows:
        pb = peer_rows[0]["bytes"]
        print(f"Peers ran on the first {pb / MB:.2f} MB only (one line per call, setup not timed); "
              f"their MB/s is computed on that slice.  ")
    print(f"bitext: best of {args.runs} run(s); peers: best of {args.peer_runs}.\n")
    if not rows:
        print("No system available: nothing measured.")
    else:
        hdr = ["system", "input MB", "seconds", "MB/s", "sentences", "× ICU ceiling", "bitext in-process ÷ row"]
        out = ["| " + " | ".join(hdr) + " |", "|---|" + "---:|" * (len(hdr) - 1)]
        for r in rows:
            rel_icu = r["mb_s"] / icu if icu else None
            rel_ours = ours / r["mb_s"] if ours else None
            out.append("| " + " | ".join([
                r["system"], f"{r['bytes'] / MB:.2f}", f"{r['seconds']:.3f}", f"{r['mb_s']:.2f}",
                "–" if r["sentences"] is None else str(r["sentences"]),
                fmt(rel_icu, ".3g"), fmt(rel_ours, ".3g")]) + " |")
        print("\n".join(out))
        print("\n× ICU ceiling = MB/s ÷ ICU MB/s; bitext in-process ÷ row = bitext in-process MB/s ÷ this row's MB/s.\n")
        summary = {}
        if ours and icu:
            summary["bitext_vs_icu"] = ours / icu
            print(f"- bitext split runs at {ours / icu:.1%} of the bare ICU sentence-break speed.")
        if fastest and ours:
            summary["bitext_vs_fastest_peer"] = ours / fastest["mb_s"]
            print(f"- bitext split (in-process) is {ours / fastest['mb_s']:.1f}× the fastest peer "
                  f"({fastest['system']}, {fastest['mb_s']:.2f} MB/s).")
        if fastest and e2e:
            summary["bitext_cli_vs_fastest_peer"] = e2e / fastest["mb_s"]
            print(f"- bitext split CLI end to end is {e2e / fastest['mb_s']:.1f}× the fastest peer.")
        results["summary"] = summary

    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        note(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
