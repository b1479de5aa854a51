#!/usr/bin/env python3
"""Span precision on WMT23 en→de against a second team of raters (python stdlib only; not part of CI).

`eval/qa_unseen_refs.py --mqm` scores QA findings against the error spans of Google's MQM raters. The
same outputs of generaltest2023 en-de (all twelve systems and refA, paragraph segments) were rated
again in 2024 by other professional translators, in the campaign behind the Error Span Annotation
paper (Kocmi et al., WMT 2024; wmt-conference/ErrorSpanAnnotation, `data/campaign-ruction-rc5`):
once with MQM (spans with a category and a severity) and once with ESA (spans with a severity only).
No check was built or tuned on these ratings. They answer two questions:

1. Does the span precision hold with other raters marking the same kind of errors the same way?
   Precision against each team alone.
2. How much of the gap between the findings and the raters' spans is rater coverage? Precision
   against the union of Google's spans and the second team's, on the segments both rated.

Scoring is `qa_trust_eval.score_spans`'s: a warning or error pointing at less than 90 % of its segment
is correct when it overlaps a span (the second team's span ends are inclusive). The second team marks
an omission as "missing" content without a place in the source, so an `omission` finding counts as
correct for it when any of its raters marked missing content (or an Omission) in that segment: a
looser test than the source-sentence overlap used with Google's spans, so the precision without
`omission` is printed beside. Segments rated by several of the team's raters take the union of their
spans. The attention checks (deliberately damaged "BAD" items) and the tutorial are left out.

The documents are split into halves as in `eval/qa_unseen_refs.py` (CRC-32 of domain and document
odd: test); the test half is the one reported.

Usage:
    eval/get_wmt_refs.sh [CLONE21 CLONE22 CLONE23 CLONE_ESA]
    python3 eval/qa_wmt23_second_raters.py [--bitext .build/release/bitext] [--half test|dev]
"""
import argparse
import collections
import csv
import functools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from stats import wilson  # noqa: E402
import qa_trust_eval as trust  # noqa: E402
import qa_unseen_refs as unseen  # noqa: E402

CAMPAIGN = os.path.join(unseen.DATA, "23", "campaign")
# The campaign's rounds per protocol: the item batches and the annotators' answers.
PROTOCOLS = {
    "MQM": ("batches_wmt23_en-de_mqm.json", ["240315rc5MQM.scores.csv", "240521rc6MQM.scores.csv"]),
    "ESA": ("batches_wmt23_en-de_esa.json", ["240315rc5ESA.scores.csv", "240520rc6ESA.scores.csv", "240521rc6ESA.scores.csv"]),
}


def campaign_spans(protocol):
    """(system, line index) → {"spans": [(start, end, category)], "missing": bool, "raters": n} for
    every segment the protocol's raters rated, spans in the target's characters."""
    batches, answers = PROTOCOLS[protocol]
    with open(os.path.join(CAMPAIGN, batches), encoding="utf-8") as handle:
        items = collections.defaultdict(set)
        for batch in json.load(handle):
            for item in batch["items"]:
                if item["itemType"] == "TGT" and "_item" in item:
                    system, index, _ = (part.strip() for part in item["_item"].split("|"))
                    items[(item["documentID"], item["itemID"])].add((system, int(index)))
    rated = {}
    for name in answers:
        with open(os.path.join(CAMPAIGN, name), encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                # annotator, system, item id, item type, languages, score, document#system, complete, errors, times
                keys = items.get((row[7], int(row[2])), set())
                if row[3] != "TGT" or len(keys) != 1:
                    continue
                entry = rated.setdefault(next(iter(keys)), {"spans": [], "missing": False, "raters": 0})
                entry["raters"] += 1
                for error in json.loads(row[9]):
                    kind = "/".join(error.get("error_type") or [])
                    if error["start_i"] == "missing" or "Omission" in kind:
                        entry["missing"] = True
                    if error["start_i"] != "missing":
                        entry["spans"].append((int(error["start_i"]), int(error["end_i"]) + 1, kind or error["severity"]))
    return rated


def correct_for(segment, finding):
    """`qa_trust_eval.correct` for the second team: an omission when it marked missing content."""
    if finding["check"] == "omission":
        return segment["missing"]
    return any(trust.qa_eval.overlaps(finding["start"], finding["end"], s, e) for s, e, _ in segment["spans"])


def score(segments, found, is_correct):
    """(correct, counted, per check {check: [correct, counted]}) of the warnings and errors."""
    per_check = collections.defaultdict(lambda: [0, 0])
    hits = counted = 0
    for f in found:
        segment = segments[f["id"]]
        if f["severity"] == "info" or f["end"] - f["start"] >= trust.qa_eval.SEGMENT_SHARE * max(1, len(segment["target"])):
            continue
        hit = is_correct(segment, f)
        hits += hit
        counted += 1
        per_check[f["check"]][0] += hit
        per_check[f["check"]][1] += 1
    return hits, counted, dict(sorted(per_check.items(), key=lambda kv: -kv[1][1]))


def cell(hits, counted):
    low, high = wilson(hits, counted)
    return f"{hits} / {counted} | {hits / max(1, counted):.3f} | [{low:.2f}, {high:.2f}]"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bitext", default=os.path.join(os.path.dirname(HERE), ".build", "release", "bitext"))
    parser.add_argument("--half", choices=["test", "dev"], default="test")
    args = parser.parse_args()
    if not os.path.isdir(CAMPAIGN) or not os.path.exists(os.path.join(unseen.DATA, "23", "mqm.rating")):
        print(f"skipped: {CAMPAIGN} or Google's ratings not found (run eval/get_wmt_refs.sh)")
        return
    google = {(s["key"][0], int(s["key"][2])): s for s in unseen.mqm_segments(args.half == "test")}
    teams = {protocol: campaign_spans(protocol) for protocol in PROTOCOLS}
    # Every segment of the half that either team rated.
    odd = args.half == "test"
    keys = sorted(set(google) | {key for rated in teams.values() for key in rated
                                 if trust.test_half("_".join(document_of(key[1]))) == odd})
    segments = [segment_of(key, google, teams) for key in keys]
    records = [{"id": i, "source": s["source"], "target": s["target"]} for i, s in enumerate(segments)]
    found = trust.with_job_findings(args.bitext, records, unseen.run(args.bitext, ["qa", "--format", "jsonl", "--batch"], records),
                                    lambda r: segments[r["id"]]["key"][:2])
    print(f"WMT23 en→de, {args.half} half: {len(segments)} segments rated by Google's raters or the second team\n")
    print("| raters | segments | their spans per segment | correct / span findings | precision | 95 % interval | without omission |\n"
          "|---|---:|---:|---:|---:|---|---:|")
    rows = [("Google MQM (`qa_unseen_refs.py --mqm`)", lambda s: s["google"] is not None, lambda s, f: trust.correct(s["google"], f),
             lambda s: len(s["google"]["spans"]))]
    for protocol in PROTOCOLS:
        rows.append((f"second team, {protocol}", lambda s, p=protocol: s[p] is not None, lambda s, f, p=protocol: correct_for(s[p], f),
                     lambda s, p=protocol: len(s[p]["spans"])))
    rows.append(("Google or second team MQM, segments both rated", lambda s: s["google"] is not None and s["MQM"] is not None,
                 lambda s, f: trust.correct(s["google"], f) or correct_for(s["MQM"], f),
                 lambda s: len(s["google"]["spans"]) + len(s["MQM"]["spans"])))
    tables = {}
    for label, rated, is_correct, spans in rows:
        chosen = [f for f in found if rated(segments[f["id"]])]
        members = [s for s in segments if rated(s)]
        hits, counted, per_check = score(segments, chosen, is_correct)
        rest = [f for f in chosen if f["check"] != "omission"]
        other_hits, other_counted, _ = score(segments, rest, is_correct)
        print(f"| {label} | {len(members)} | {sum(map(spans, members)) / max(1, len(members)):.1f} | {cell(hits, counted)} | "
              f"{other_hits} / {other_counted} ({other_hits / max(1, other_counted):.3f}) |")
        tables[label] = per_check
    print("\nPer check (correct / span findings):\n")
    labels = [row[0] for row in rows]
    print("| check | " + " | ".join(labels) + " |\n|---|" + "---:|" * len(labels))
    checks = sorted({c for label in labels for c in tables[label]}, key=lambda c: -sum(tables[l].get(c, [0, 0])[1] for l in labels))
    for check in checks:
        cells = []
        for label in labels:
            hits, counted = tables[label].get(check, [0, 0])
            cells.append(f"{hits} / {counted}" + (f" ({hits / counted:.2f})" if counted else ""))
        print(f"| {check} | " + " | ".join(cells) + " |")


@functools.lru_cache(maxsize=None)
def year_file(name):
    """The lines of one file of eval/data/wmt-refs/23/."""
    return unseen.lines(os.path.join(unseen.DATA, "23", name))


def document_of(index):
    """(domain, document) of a line of generaltest2023; "domain_document" is the unit of the split."""
    domain, document = year_file("docs")[index].split("\t")
    return domain, document


def segment_of(key, google, teams):
    """One line of one system with each team's ratings (None where a team did not rate it)."""
    system, index = key
    target = year_file("refA.de" if system == "refA" else os.path.join("systems", f"{system}.de"))[index]
    segment = {"key": (system, document_of(index)[1], str(index)), "source": year_file("src.en")[index], "target": target,
               "google": google.get(key)}
    for protocol, rated in teams.items():
        segment[protocol] = rated.get(key)
    return segment


if __name__ == "__main__":
    main()
