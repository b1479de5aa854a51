#!/usr/bin/env python3
"""Article pairing evaluation: `bitext pair` against a plain tf-idf cosine baseline.

    python3 eval/pair_eval.py [--bitext PATH] [--data DIR] [--sets wmt24,orphans,seeds] [--json OUT]
    python3 eval/pair_eval.py --bench 1000,10000        # time and peak memory of pairing N x N articles

Sets (read from ../shared/eval and ../shared/seeds next to the repo; skipped with a note when absent):
  wmt24    English documents of WMT24 en-de (segments joined per doc id) against the German reference
           documents refA, and again refB; all 171 documents and the 17 "news" documents as their own row.
  orphans  The same with a quarter of the documents losing their German partner and another quarter their
           English one (random.Random(seed), seed 13 by default); precision and recall of the pairs.
  versions Several German versions per English document, as the seeds have: the WMT24 documents against
           refA and refB together (2 candidates each), and the MQM TED talks (../shared/eval/qa, not used to
           tune pairing) against the 14 machine translations of each. One-to-one: a pair is right when the
           German side is a version of the English document; --many: every version should pair.
  seeds    The English seed 004_… against the four German seeds, --many, scores listed.
The baseline pairs by tf-idf cosine over lower-cased word tokens of both languages (names, numbers and
cognates are all it can match), greedily one-to-one by descending cosine, with no threshold.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.dont_write_bytecode = True
REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared"


def find_bitext(explicit: str | None) -> Path | None:
    for candidate in [explicit, REPO / ".build/release/bitext", REPO / ".build/debug/bitext"]:
        if candidate and Path(candidate).exists():
            return Path(candidate)
    return None


def wmt24_documents(data: Path, reference: str):
    base = data / "eval/align/wmt24-en-de-docs"
    docs = [line.rstrip("\n").split("\t") for line in (base / "en-de.docs").open(encoding="utf-8")]
    english = (base / "en-de.txt").read_text(encoding="utf-8").splitlines()
    german = (base / f"en-de.{reference}.txt").read_text(encoding="utf-8").splitlines()
    joined: dict[str, dict] = {}
    for (domain, doc_id), en, de in zip(docs, english, german):
        if domain == "canary":
            continue
        entry = joined.setdefault(doc_id, {"domain": domain, "en": [], "de": []})
        entry["en"].append(en)
        entry["de"].append(de)
    return {doc_id: {"domain": v["domain"], "en": "\n".join(v["en"]), "de": "\n".join(v["de"])} for doc_id, v in joined.items()}


def safe_name(doc_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", doc_id) + ".txt"


def write_side(folder: Path, texts: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, text in texts.items():
        (folder / safe_name(doc_id)).write_text(text + "\n", encoding="utf-8")


def run_bitext(bitext: Path, de_dir: Path, en_dir: Path, extra: list[str]) -> tuple[list[tuple[str, str, float]], float, int]:
    """Runs `bitext pair`; returns pairs (file stems), seconds, peak RSS in KiB."""
    start = time.perf_counter()
    process = subprocess.Popen([str(bitext), "pair", *extra, str(de_dir), str(en_dir)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    peak = resource_peak_kib()
    if process.returncode != 0:
        raise RuntimeError(f"bitext pair failed: {err.decode('utf-8', 'replace').strip()[:300]}")
    pairs = []
    for line in out.decode("utf-8").splitlines():
        de, en, score = line.split("\t")
        pairs.append((Path(de).name, Path(en).name, float(score)))
    return pairs, seconds, peak


def resource_peak_kib() -> int:
    import resource
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


TOKEN = re.compile(r"\w+", re.UNICODE)


def tfidf_baseline(german: dict[str, str], english: dict[str, str]) -> list[tuple[str, str, float]]:
    docs = {("de", k): Counter(TOKEN.findall(v.lower())) for k, v in german.items()}
    docs.update({("en", k): Counter(TOKEN.findall(v.lower())) for k, v in english.items()})
    df = Counter()
    for counts in docs.values():
        df.update(counts.keys())
    n = len(docs)
    vectors = {}
    for key, counts in docs.items():
        vec = {t: (1 + math.log(c)) * math.log(n / df[t]) for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        vectors[key] = {t: w / norm for t, w in vec.items()}
    postings = defaultdict(list)
    for k in english:
        for t, w in vectors[("en", k)].items():
            postings[t].append((k, w))
    scored = []
    for g in german:
        acc = Counter()
        for t, w in vectors[("de", g)].items():
            for e, w2 in postings.get(t, ()):
                acc[e] += w * w2
        scored.extend((s, g, e) for e, s in acc.items())
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g, used_e, pairs = set(), set(), []
    for s, g, e in scored:
        if g in used_g or e in used_e:
            continue
        used_g.add(g)
        used_e.add(e)
        pairs.append((safe_name(g), safe_name(e), s))
    return pairs


def versions_sets(data: Path) -> list[tuple[str, dict[str, str], dict[str, str]]]:
    """(label, German versions keyed "<doc>__<version>", English keyed "<doc>") per set."""
    sets = []
    both = {}
    for reference in ("refA", "refB"):
        for doc_id, doc in wmt24_documents(data, reference).items():
            both.setdefault("en", {})[doc_id] = doc["en"]
            both.setdefault("de", {})[f"{doc_id}__{reference}"] = doc["de"]
    sets.append(("WMT24 refA + refB as candidates", both["de"], both["en"]))
    ted = data / "eval/qa/mqm-ted-en-de/mqm_ted_ende.tsv"
    if ted.exists():
        import csv
        sources: dict[str, dict[int, str]] = defaultdict(dict)
        targets: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
        with ted.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                seg = int(row["seg_id"])
                sources[row["doc"]][seg] = row["source"]
                targets[(row["doc"], row["system"])][seg] = re.sub(r"</?v>", "", row["target"])
        english = {doc: "\n".join(t for _, t in sorted(segs.items())) for doc, segs in sources.items()}
        german = {f"{doc}__{system}": "\n".join(t for _, t in sorted(segs.items())) for (doc, system), segs in targets.items()}
        sets.append((f"TED talks x {len({s for _, s in targets})} MT systems", german, english))
    return sets


def evaluate_versions(bitext, work: Path, label: str, german: dict[str, str], english: dict[str, str], rows: list):
    folder = work / re.sub(r"\W+", "_", label)
    write_side(folder / "de", german)
    write_side(folder / "en", english)
    version_of = {safe_name(k): safe_name(k.split("__")[0]) for k in german}
    for mode, extra in (("one-to-one", []), ("--many", ["--many"])):
        pairs, _, _ = run_bitext(bitext, folder / "de", folder / "en", extra)
        correct = sum(1 for g, e, _ in pairs if version_of.get(g) == e)
        wanted = len(english) if mode == "one-to-one" else len(german)
        p = correct / len(pairs) if pairs else 0.0
        r = correct / wanted if wanted else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append({"set": f"{label}, {mode}", "german": len(german), "english": len(english), "gold_pairs": wanted,
                     "bitext": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}})


def score(pairs, gold: set[tuple[str, str]]) -> dict:
    predicted = {(g, e) for g, e, _ in pairs}
    correct = len(predicted & gold)
    p = correct / len(predicted) if predicted else 0.0
    r = correct / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "predicted": len(predicted), "gold": len(gold)}


def evaluate_collection(bitext, work: Path, label: str, german: dict[str, str], english: dict[str, str], rows: list):
    gold = {(safe_name(k), safe_name(k)) for k in german if k in english}
    folder = work / re.sub(r"\W+", "_", label)
    write_side(folder / "de", german)
    write_side(folder / "en", english)
    row = {"set": label, "german": len(german), "english": len(english), "gold_pairs": len(gold)}
    if bitext:
        pairs, seconds, _ = run_bitext(bitext, folder / "de", folder / "en", [])
        row["bitext"] = score(pairs, gold)
        row["bitext_seconds"] = round(seconds, 2)
    row["tfidf"] = score(tfidf_baseline(german, english), gold)
    rows.append(row)


def wmt24_rows(bitext, data: Path, work: Path, seed: int, orphans: bool, rows: list):
    for reference in ("refA", "refB"):
        docs = wmt24_documents(data, reference)
        if not orphans:
            evaluate_collection(bitext, work, f"WMT24 en-de {reference}, all {len(docs)} docs",
                                {k: v["de"] for k, v in docs.items()}, {k: v["en"] for k, v in docs.items()}, rows)
            news = {k: v for k, v in docs.items() if v["domain"] == "news"}
            evaluate_collection(bitext, work, f"WMT24 en-de {reference}, news {len(news)} docs",
                                {k: v["de"] for k, v in news.items()}, {k: v["en"] for k, v in news.items()}, rows)
        else:
            ids = sorted(docs)
            random.Random(seed).shuffle(ids)
            quarter = len(ids) // 4
            no_german, no_english = set(ids[:quarter]), set(ids[quarter:2 * quarter])
            german = {k: docs[k]["de"] for k in ids if k not in no_german}
            english = {k: docs[k]["en"] for k in ids if k not in no_english}
            evaluate_collection(bitext, work, f"WMT24 orphans {reference} (seed {seed})", german, english, rows)


def seed_rows(bitext, data: Path, work: Path) -> list[str]:
    seeds = data / "seeds"
    files = sorted(seeds.glob("*.txt"))
    english = [f for f in files if f.name.startswith("004_")]
    german = [f for f in files if not f.name.startswith("004_")]
    if not english or not german:
        return ["seeds: not found, skipped"]
    de_dir, en_dir = work / "seeds/de", work / "seeds/en"
    de_dir.mkdir(parents=True)
    en_dir.mkdir(parents=True)
    for f in german:
        shutil.copy(f, de_dir / f.name)
    shutil.copy(english[0], en_dir / english[0].name)
    pairs, _, _ = run_bitext(bitext, de_dir, en_dir, ["--many", "--min-score", "0"])
    lines = ["| German seed | English seed | score |", "|---|---|---:|"]
    lines += [f"| {g} | {e} | {s:.3f} |" for g, e, s in sorted(pairs, key=lambda p: -p[2])]
    return lines


def sentence_pool(data: Path) -> list[tuple[str, str]]:
    """German-English sentence pairs of PUD and WMT24 (refA), the synthesizers' material."""
    pool = []
    pud = data / "eval/align/pud-de-en/pud_de_en_parallel.tsv"
    with pud.open(encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        de_col, en_col = header.index("de"), header.index("en")
        for line in f:
            cols = line.rstrip("\n").split("\t")
            pool.append((cols[de_col], cols[en_col]))
    base = data / "eval/align/wmt24-en-de-docs"
    pool += list(zip(base.joinpath("en-de.refA.txt").read_text(encoding="utf-8").splitlines(),
                     base.joinpath("en-de.txt").read_text(encoding="utf-8").splitlines()))
    return pool


def synthesize(n: int, data: Path, folder: Path, seed: int) -> None:
    """N German and N English articles of 6-14 sentence pairs sampled from PUD and WMT24 (fixed seed)."""
    pool = sentence_pool(data)
    rng = random.Random(seed)
    (folder / "de").mkdir(parents=True)
    (folder / "en").mkdir(parents=True)
    for i in range(n):
        chosen = rng.sample(pool, rng.randint(6, 14))
        (folder / "de" / f"{i:06d}.txt").write_text(" ".join(d for d, _ in chosen) + "\n", encoding="utf-8")
        (folder / "en" / f"{i:06d}.txt").write_text(" ".join(e for _, e in chosen) + "\n", encoding="utf-8")


def bench(bitext: Path, data: Path, sizes: list[int], seed: int) -> list[str]:
    lines = ["| articles per side | seconds | peak RSS (MB) | pairs found | correct |", "|---:|---:|---:|---:|---:|"]
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            synthesize(n, data, folder, seed)
            start = time.perf_counter()
            process = subprocess.Popen([str(bitext), "pair", str(folder / "de"), str(folder / "en")],
                                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            out = process.stdout.read()
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - start
            if status != 0:
                raise RuntimeError(f"bitext pair failed on {n} articles")
            pairs = [l.split("\t") for l in out.decode().splitlines()]
            correct = sum(1 for d, e, _ in pairs if Path(d).name == Path(e).name)
            lines.append(f"| {n} | {seconds:.1f} | {usage.ru_maxrss / 1024:.0f} | {len(pairs)} | {correct} |")
            print(lines[-1], file=sys.stderr)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the shared folder holding eval/ and seeds/")
    parser.add_argument("--sets", default="wmt24,orphans,versions,seeds")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json")
    parser.add_argument("--bench", help="comma list of collection sizes to benchmark instead")
    args = parser.parse_args()
    data = Path(args.data)
    bitext = find_bitext(args.bitext)
    if not (data / "eval/align/wmt24-en-de-docs").exists():
        print(f"skipped: {data}/eval/align/wmt24-en-de-docs not found")
        return 0
    if bitext is None:
        print("note: no bitext binary found (swift build -c release); only the baseline runs", file=sys.stderr)
    if args.bench:
        if bitext is None:
            print("skipped: the benchmark needs the bitext binary")
            return 0
        print("\n".join(bench(bitext, data, [int(x) for x in args.bench.split(",")], args.seed)))
        return 0
    sets = args.sets.split(",")
    rows: list = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "wmt24" in sets:
            wmt24_rows(bitext, data, work, args.seed, False, rows)
        if "orphans" in sets:
            wmt24_rows(bitext, data, work, args.seed, True, rows)
        if "versions" in sets and bitext:
            for label, german, english in versions_sets(data):
                evaluate_versions(bitext, work, label, german, english, rows)
        print("| set | German | English | gold pairs | bitext P / R / F1 | tf-idf cosine P / R / F1 |")
        print("|---|---:|---:|---:|---:|---:|")
        for row in rows:
            b = row.get("bitext")
            t = row.get("tfidf")
            cell = f"{b['precision']:.3f} / {b['recall']:.3f} / {b['f1']:.3f}" if b else "–"
            baseline = f"{t['precision']:.3f} / {t['recall']:.3f} / {t['f1']:.3f}" if t else "–"
            print(f"| {row['set']} | {row['german']} | {row['english']} | {row['gold_pairs']} | {cell} | {baseline} |")
        if "seeds" in sets and bitext:
            print()
            print("\n".join(seed_rows(bitext, data, work)))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
