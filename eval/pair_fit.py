#!/usr/bin/env python3
"""Fits the pair-score calibration (`PairScoreCalibration.coefficients`) by logistic regression.

    python3 eval/pair_fit.py [--bitext PATH] [--data DIR] [--seeds 1,2,3,4]

Collections: the WMT24 en-de documents against refA and against refB, whole and as orphan variants
(a quarter of the documents lose their German partner, another quarter their English one) drawn with
the given random seeds; the evaluation's default orphan seed (13) is left out. For every candidate
`bitext pair --many --min-score 0 --format jsonl` reports, the features are its similarity and the log
of its margin over the next-best candidate of the side where it stands out more (as `PairScoreCalibration` computes it); the
label is whether the two documents share a document id. Prints the fitted coefficients to paste into
Sources/BitextKit/Pairing/PairScoreCalibration.swift, and how well they separate the candidates.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from pair_eval import DEFAULT_DATA, find_bitext, safe_name, wmt24_documents, write_side  # noqa: E402

# Must match PairScoreCalibration.neighbours / floorSimilarity.
FLOOR = 0.3


def candidates(bitext: Path, folder: Path) -> list[tuple[str, str, float]]:
    out = subprocess.run([str(bitext), "pair", "--many", "--min-score", "0", "--format", "jsonl",
                          str(folder / "de"), str(folder / "en")], capture_output=True, check=True).stdout
    rows = []
    for line in out.decode("utf-8").splitlines():
        record = json.loads(line)
        if "german" in record:
            rows.append((Path(record["german"]).name, Path(record["english"]).name, record["similarity"]))
    return rows


def features(rows: list[tuple[str, str, float]]) -> list[tuple[float, float, int]]:
    by_german, by_english = defaultdict(list), defaultdict(list)
    for g, e, s in rows:
        by_german[g].append(s)
        by_english[e].append(s)

    def neighbour(others: list[float], own: float) -> float:
        rest = sorted(others, reverse=True)
        rest.remove(own)
        return max(rest[0], FLOOR) if rest else FLOOR

    result = []
    for g, e, s in rows:
        hood = min(neighbour(by_german[g], s), neighbour(by_english[e], s))
        result.append((s, math.log(max(s / max(hood, 1e-6), 1e-6)), int(g == e)))
    return result


def fit(samples: list[tuple[float, float, int]], l2: float = 1e-3, with_similarity: bool = True) -> list[float]:
    """Newton's method on the L2-regularized log loss (three weights: bias, similarity, log margin);
    without `with_similarity` the similarity weight stays 0."""
    rows = [((1.0, s if with_similarity else 0.0, m), label) for s, m, label in samples]
    w = [0.0, 0.0, 0.0]
    for _ in range(100):
        gradient = [l2 * wi for wi in w]
        hessian = [[l2 if i == j else 0.0 for j in range(3)] for i in range(3)]
        for x, y in rows:
            z = sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-z)) if z > -500 else 0.0
            for i in range(3):
                gradient[i] += (p - y) * x[i]
                for j in range(3):
                    hessian[i][j] += p * (1 - p) * x[i] * x[j]
        step = solve3(hessian, gradient)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(si) for si in step) < 1e-9:
            break
    return w


def solve3(a: list[list[float]], b: list[float]) -> list[float]:
    """Solves the 3×3 system a·x = b by Gaussian elimination with partial pivoting."""
    m = [row[:] + [bi] for row, bi in zip(a, b)]
    for col in range(3):
        pivot = max(range(col, 3), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, 3):
            factor = m[r][col] / m[col][col]
            for c in range(col, 4):
                m[r][c] -= factor * m[col][c]
    x = [0.0, 0.0, 0.0]
    for r in (2, 1, 0):
        x[r] = (m[r][3] - sum(m[r][c] * x[c] for c in range(r + 1, 3))) / m[r][r]
    return x


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext")
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--seeds", default="1,2,3,4")
    args = parser.parse_args()
    data = Path(args.data)
    bitext = find_bitext(args.bitext)
    if bitext is None or not (data / "eval/align/wmt24-en-de-docs").exists():
        print("skipped: needs the bitext binary and ../shared/eval/align/wmt24-en-de-docs")
        return 0
    samples: list[tuple[float, float, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for reference in ("refA", "refB"):
            docs = wmt24_documents(data, reference)
            variants = [("all", set(), set())]
            for seed in (int(s) for s in args.seeds.split(",")):
                ids = sorted(docs)
                random.Random(seed).shuffle(ids)
                quarter = len(ids) // 4
                variants.append((f"orphans{seed}", set(ids[:quarter]), set(ids[quarter:2 * quarter])))
            for name, no_german, no_english in variants:
                folder = Path(tmp) / f"{reference}-{name}"
                write_side(folder / "de", {k: v["de"] for k, v in docs.items() if k not in no_german})
                write_side(folder / "en", {k: v["en"] for k, v in docs.items() if k not in no_english})
                samples += features(candidates(bitext, folder))
    w = fit(samples)
    if w[1] < 0:
        # A negative weight would make a more similar pair less likely at the same margin: an artifact of
        # margin and similarity being correlated. Keep the model monotone and fit the margin alone.
        print(f"similarity weight came out negative ({w[1]:.2f}); refitting on the margin alone")
        w = fit(samples, with_similarity=False)
    positives = sum(label for _, _, label in samples)
    print(f"{len(samples)} candidates, {positives} true pairs")
    print(f"coefficients = (bias: {w[0]:.2f}, similarity: {w[1]:.2f}, logMargin: {w[2]:.2f})")
    for threshold in (0.3, 0.5, 0.7):
        accepted = [(s, m, l) for s, m, l in samples if 1 / (1 + math.exp(-(w[0] + w[1] * s + w[2] * m))) >= threshold]
        correct = sum(l for _, _, l in accepted)
        print(f"threshold {threshold}: accepts {len(accepted)}, precision {correct / max(1, len(accepted)):.3f}, "
              f"recall {correct / max(1, positives):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
