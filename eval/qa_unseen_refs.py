#!/usr/bin/env python3
"""False alarms with the English source attached, and degenerate MT output caught, on three WMT test
sets no check was built on (python stdlib only; not part of CI).

1. False alarms: the human German references of newstest2021 en-de (A, C, and D,
a paraphrasing reference), generaltest2022 en-de (A, B: news, e-commerce, social, conversation) and
generaltest2023 en-de (A, paragraphs), each line a record with its English line. `eval/get_wmt_refs.sh`
puts them in eval/data/wmt-refs/.

The text release has no document ids; documents are contiguous, so lines are split in blocks of 25:
even blocks are the development half (read, and general fixes made, in session 13), odd blocks the
test half (reported). Every warning and error counts; a finding is not a false alarm when the
reference really is wrong there ("seie", a wrong weekday, „…" with a straight closing mark), which
only reading tells: `--show` lists them, and the session's reading is in docs/results/qa.md.
Beside them, NTREX-128's German (`eval/get_ntrex.sh`: newstest2019's English news translated by
professionals, with document ids), split by document (CRC-32 odd: test), first measured in session 14.
The checks that judge a whole job (`address-register`) see each document as one job, where a set
has document ids (WMT23's `docs`, NTREX); WMT21's and WMT22's blocks join unrelated texts and get none.
2. Degenerate output (`--degenerate`), built as `eval/qa_trust_eval.py` builds it from the MQM set: the
   primary systems' outputs of the half that loop (a stretch of four or more characters five times in
   a row) or share no content word with their source through Ding's dictionary, and, as translations
   of something else, every 11th output paired with the source line 200 lines on (plus 37 per system,
   so that systems meet different sources) when they share no content word with it. Reported: the
   share that gets a warning or error from `repetition-loop` or `non-translation`.
3. Span precision on WMT23's MQM ratings (`--mqm`): every system's output and refA of generaltest2023
   en-de, all four domains (news, social, speech, user reviews), rated by Google's professional raters
   with error spans, scored as section 1 of `eval/qa_trust_eval.py` scores the TED set (a warning or
   error pointing at less than 90 % of its segment is correct when it overlaps a rater's span; an
   omission when the source sentence it quotes overlaps an omission span of the source). Split by
   document (CRC-32 of domain and document odd: test). Printed beside: omissions in segments the
   raters marked as a whole as "non-translation!" (every source sentence is then untranslated), and
   the second reading of 30 unmarked test-half findings drawn at random
   (`eval/qa_wmt23_mqm_sample_reading.tsv`): the share that are real errors, an estimate of how much
   of the gap to the raters' spans is their coverage. After it, the peer: translate-toolkit's pofilter
   (`--pofilter`) on the same segments with their English, its span findings and per-check table scored
   by the same code (see `eval/qa_trust_eval.py`, section 1).
4. Span precision on Bio-MQM (`--bio-mqm`): MEDLINE abstracts of the WMT21 biomedical task, eight
   outputs of four teams and the reference translation, every sentence rated with error spans by
   linguists with medical experience (`eval/get_bio_mqm.sh`). A domain no check was built on, first
   measured blind in session 22. Scored as section 3; each abstract of a system is one job. Split by
   document (CRC-32 of the document id odd: test). The raters' indices are inclusive; where the text
   at them is not the rated term, the term's occurrence nearest to them is taken, and a term that is
   not in the sentence at all is left out (the count is printed). Records that repeat an earlier
   sentence of their document are left out: the release repeats the text there, but the rating is of
   another sentence (found after the blind run of session 22, which scored them: 0.652, 197/302).
   29 sentences were rated twice for agreement (annotator MJ); the first rating is scored. Printed
   beside: the second reading of 30 unmarked test-half findings drawn at random
   (`eval/qa_bio_mqm_sample_reading.tsv`).

Usage:
    eval/get_wmt_refs.sh [CLONE21 CLONE22 CLONE23 CLONE_ESA]; eval/get_ntrex.sh [CLONE]
    eval/get_bio_mqm.sh [CLONE]
    python3 eval/qa_unseen_refs.py [--bitext .build/release/bitext] [--half test|dev] [--show] [--degenerate | --mqm | --bio-mqm] \\
        [--pofilter .build/eval-venv/bin/pofilter]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from stats import wilson  # noqa: E402
import qa_trust_eval as trust  # noqa: E402

DATA = os.path.join(HERE, "data", "wmt-refs")
NTREX = os.path.join(HERE, "data", "ntrex")
BIO_MQM = os.path.join(HERE, "data", "bio-mqm-en-de")
SETS = [("21", "refA"), ("21", "refC"), ("21", "refD"), ("22", "refA"), ("22", "refB"), ("23", "refA")]
BLOCK = 25


def lines(path):
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle]


def run(bitext, arguments, records):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        path = handle.name
    result = subprocess.run([bitext, *arguments, path], capture_output=True, text=True)
    os.unlink(path)
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def degenerate(bitext, odd, show):
    index = trust.ding_index()
    if index is None:
        print("skipped: Ding's dictionary (/usr/share/trans/de-en) not found")
        return
    chosen = []
    for year in ("21", "22", "23"):
        source = lines(os.path.join(DATA, year, "src.en"))
        keep = [i for i in range(len(source)) if (i // BLOCK) % 2 == (1 if odd else 0)]
        systems = sorted(os.listdir(os.path.join(DATA, year, "systems")))
        for number, name in enumerate(systems):
            output = lines(os.path.join(DATA, year, "systems", name))
            if len(output) != len(source):
                print(f"skipped: {year}/systems/{name} has {len(output)} lines, the source {len(source)}")
                continue
            for i in keep:
                kind = "loop" if trust.LOOP.search(output[i]) else "unrelated" if trust.unrelated(source[i], output[i], index) else None
                if kind:
                    chosen.append((kind, source[i], output[i]))
            for position in range(0, len(keep), 11):
                other = source[keep[(position + 200 + 37 * number) % len(keep)]]
                if trust.unrelated(other, output[keep[position]], index):
                    chosen.append(("another line's source", other, output[keep[position]]))
    found = run(bitext, ["qa", "--format", "jsonl", "--batch"],
                [{"id": i, "source": s, "target": t} for i, (_, s, t) in enumerate(chosen)])
    caught = {f["id"] for f in found if f["check"] in trust.FAILURE_CHECKS and f["severity"] != "info"}
    kinds = collections.Counter(kind for kind, _, _ in chosen)
    hits = collections.Counter(chosen[i][0] for i in caught)
    print("| kind | segments | caught by a failure check (warning or error) |\n|---|---:|---:|")
    for kind in sorted(kinds):
        print(f"| {kind} | {kinds[kind]} | {hits[kind]} ({hits[kind] / kinds[kind]:.2f}) |")
    low, high = wilson(len(caught), len(chosen))
    print(f"| all | {len(chosen)} | {len(caught)} ({len(caught) / max(1, len(chosen)):.2f}) [{low:.2f}, {high:.2f}] |")
    if show:
        for i, (kind, s, t) in enumerate(chosen):
            if i not in caught:
                print(f"    missed {kind}: {s[:120]!r} → {t[:120]!r}", file=sys.stderr)


def mqm_segments(odd):
    """The rated segments of WMT23's MQM of one half, in the form `qa_trust_eval.score_spans` takes."""
    year = os.path.join(DATA, "23")
    source = lines(os.path.join(year, "src.en"))
    documents = [line.split("\t") for line in lines(os.path.join(year, "docs"))]
    outputs = {}
    segments = []
    position = collections.Counter()
    for line in lines(os.path.join(year, "mqm.rating")):
        system, rating = line.split("\t", 1)
        index = position[system]
        position[system] += 1
        if system == "synthetic_ref" or rating == "None":
            continue
        if system not in outputs:
            outputs[system] = lines(os.path.join(year, "refA.de" if system == "refA" else os.path.join("systems", f"{system}.de")))
        domain, document = documents[index]
        if trust.test_half(f"{domain}_{document}") != odd:
            continue
        errors = json.loads(rating)["errors"]
        segments.append({
            "key": (system, document, str(index)), "domain": domain, "source": source[index], "target": outputs[system][index],
            "spans": [(e["start"], e["end"], e["category"]) for e in errors if not e.get("is_source_error")],
            "source_spans": [(e["start"], e["end"], e["category"].title()) for e in errors if e.get("is_source_error")],
            "non_translation": any(e["category"].startswith("non-translation") for e in errors),
        })
    return segments


def bio_mqm_segments(odd):
    """Bio-MQM's rated sentences of one half, in the form `qa_trust_eval.score_spans` takes, the
    number of rated terms left out because the sentence does not contain them, and the number of
    records left out because they repeat an earlier sentence of their document."""
    segments = []
    unlocated = repeated = 0
    for name in sorted(os.listdir(BIO_MQM)):
        system = name.removesuffix(".json")
        with open(os.path.join(BIO_MQM, name), encoding="utf-8") as handle:
            rated = json.load(handle)
        sources = collections.defaultdict(set)
        for record in rated:
            if record["Annotator_ID"] == "MJ" or trust.test_half(record["DOC_ID"]) != odd:
                continue
            # The release repeats an earlier sentence's source and target in some records of a
            # document while their ratings are of the sentence that should stand there (most of
            # their rated terms are not in the repeated text): such a record is left out.
            if record["source"] in sources[record["DOC_ID"]]:
                repeated += 1
                continue
            sources[record["DOC_ID"]].add(record["source"])
            spans = []
            for error in record["target_errors"]:
                span = rated_span(record["target"], error)
                if span is None:
                    unlocated += 1
                else:
                    spans.append((*span, f"{error['error_category']}/{error['error_subcategory']}"))
            source_spans = [(*span, f"{e['error_category']}/{e['error_subcategory']}") for e in record["source_errors"]
                            if (span := rated_span(record["source"], e)) is not None]
            segments.append({"key": (system, record["DOC_ID"], record["SEG_ID"]), "domain": system,
                             "source": record["source"], "target": record["target"], "spans": spans,
                             "source_spans": source_spans, "non_translation": False})
    return segments, unlocated, repeated


def rated_span(text, error):
    """A rated term's (start, end) in `text`: at the rater's inclusive indices when the term is there,
    else the term's occurrence nearest to them; None when the text does not contain the term."""
    term, start = error["term"], error["startIndex"]
    if text[start:error["endIndex"] + 1] == term:
        return start, error["endIndex"] + 1
    found = [i for i in range(len(text)) if text.startswith(term, i)] if term else []
    if not found:
        return None
    nearest = min(found, key=lambda i: abs(i - start))
    return nearest, nearest + len(term)


def mqm(bitext, odd, show, pofilter=None):
    if not os.path.exists(os.path.join(DATA, "23", "mqm.rating")):
        print("skipped: eval/data/wmt-refs/23/mqm.rating not found (run eval/get_wmt_refs.sh)")
        return
    segments = mqm_segments(odd)
    every = span_precision(bitext, segments, "refA", "domain", show)
    sample_reading(segments, every.pop("found"), odd, every, WMT23_SAMPLE_READING)
    pofilter = trust.qa_eval.pofilter_or_none(pofilter)
    if pofilter:
        print()
        trust.print_pofilter_spans(pofilter, f"{len(segments)} segments", trust.pofilter_span_precision(pofilter, segments, "refA"))


def bio_mqm(bitext, odd, show):
    if not os.path.isdir(BIO_MQM):
        print(f"skipped: {BIO_MQM} not found (run eval/get_bio_mqm.sh)")
        return
    segments, unlocated, repeated = bio_mqm_segments(odd)
    print(f"Records that repeat an earlier sentence of their document, left out: {repeated}; rated terms not in "
          f"their sentence, left out: {unlocated} of {unlocated + sum(len(s['spans']) for s in segments)}\n")
    every = span_precision(bitext, segments, "reference", "system", show)
    sample_reading(segments, every.pop("found"), odd, every, BIO_SAMPLE_READING)


def span_precision(bitext, segments, human, group, show):
    """Prints span precision, the per-check table and one row per `group` (what a segment's "domain"
    holds) for rated segments; `human` names the human translation among the systems. Returns the
    overall score with the findings under "found"."""
    records = [{"id": i, "source": s["source"], "target": s["target"]} for i, s in enumerate(segments)]
    found = trust.with_job_findings(bitext, records, run(bitext, ["qa", "--format", "jsonl", "--batch"], records),
                                    lambda r: segments[r["id"]]["key"][:2])

    def score(chosen):
        ids = {i: n for n, i in enumerate(chosen)}
        return trust.score_spans([segments[i] for i in chosen], [dict(f, id=ids[f["id"]]) for f in found if f["id"] in ids])

    every = score(range(len(segments)))
    machine = score([i for i, s in enumerate(segments) if s["key"][0] != human])
    omissions = sum(1 for f in found if f["check"] == "omission" and f["severity"] != "info"
                    and segments[f["id"]]["non_translation"] and not trust.correct(segments[f["id"]], f))
    low, high = wilson(every["correct"], every["findings"])
    print(f"{len(segments)} segments: span findings {every['findings']}, correct {every['correct']}, precision "
          f"{every['precision']:.3f} [{low:.2f}, {high:.2f}]; MT systems alone {machine['correct']} / {machine['findings']}"
          + (f"; with omissions in segments rated non-translation as correct: {every['correct'] + omissions} / {every['findings']}"
             if any(s["non_translation"] for s in segments) else "") + "\n")
    trust.per_check_table(every["per_check"])
    print(f"\n| {group} | correct / span findings |\n|---|---:|")
    for domain in sorted({s["domain"] for s in segments}):
        d = score([i for i, s in enumerate(segments) if s["domain"] == domain])
        print(f"| {domain} | {d['correct']} / {d['findings']} |")
    if show:
        for f in found:
            s = segments[f["id"]]
            if f["severity"] == "info" or f["end"] - f["start"] >= trust.qa_eval.SEGMENT_SHARE * max(1, len(s["target"])):
                continue
            t = s["target"]
            print(f"    {'correct' if trust.correct(s, f) else 'unmarked'} {s['key'][0]} {f['check']}: "
                  f"…{t[max(0, f['start'] - 50):f['start']]}[[{t[f['start']:f['end']]}]]{t[f['end']:f['end'] + 30]}…", file=sys.stderr)
    return dict(every, found=found)


WMT23_SAMPLE_READING = os.path.join(HERE, "qa_wmt23_mqm_sample_reading.tsv")
BIO_SAMPLE_READING = os.path.join(HERE, "qa_bio_mqm_sample_reading.tsv")


def sample_reading(segments, found, odd, every, path):
    """The second reading of a random sample of this half's unmarked findings (`path`:
    `eval/qa_wmt23_mqm_sample_reading.tsv`, `eval/qa_bio_mqm_sample_reading.tsv`), matched to the
    findings of this build: how many of them are real errors, and the span precision that share
    would give. Rows whose finding this build no longer reports are counted apart."""
    if not os.path.exists(path):
        return
    half = "test" if odd else "dev"
    with open(path, encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]
    verdicts = {tuple(row[1:5]) + (int(row[5]),): row[6] for row in rows[1:] if row[0] == half}
    if not verdicts:
        return
    unmarked = {(*segments[f["id"]]["key"], f["check"], f["start"]) for f in found
                if f["severity"] != "info" and not trust.correct(segments[f["id"]], f)}
    read = [verdict for key, verdict in verdicts.items() if key in unmarked]
    errors = read.count("error")
    low, high = wilson(errors, len(read))
    share = errors / max(1, len(read))
    estimate = (every["correct"] + share * (every["findings"] - every["correct"])) / max(1, every["findings"])
    print(f"\nSecond reading of {len(read)} unmarked findings drawn at random (`{os.path.basename(path)}`): "
          f"{errors} real errors, {share:.2f} [{low:.2f}, {high:.2f}]; span precision if the other unmarked findings "
          f"are alike: {estimate:.2f} (an estimate, not the bar)"
          + (f"; {len(verdicts) - len(read)} rows read no longer match a finding of this build" if len(read) < len(verdicts) else ""))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bitext", default=os.path.join(os.path.dirname(HERE), ".build", "release", "bitext"))
    parser.add_argument("--half", choices=["test", "dev"], default="test")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--degenerate", action="store_true", help="the degenerate-output section instead of false alarms")
    parser.add_argument("--mqm", action="store_true", help="span precision on WMT23's MQM ratings instead of false alarms")
    parser.add_argument("--bio-mqm", action="store_true", help="span precision on Bio-MQM's ratings instead of false alarms")
    parser.add_argument("--pofilter", default=trust.qa_eval.POFILTER,
                        help="translate-toolkit's pofilter, scored beside bitext with --mqm (made by scripts/eval-venv.sh)")
    args = parser.parse_args()
    odd = args.half == "test"
    if args.bio_mqm:
        bio_mqm(args.bitext, odd, args.show)
        return
    if not os.path.isdir(DATA):
        print(f"skipped: {DATA} not found (run eval/get_wmt_refs.sh)")
        return
    if args.degenerate:
        degenerate(args.bitext, odd, args.show)
        return
    if args.mqm:
        mqm(args.bitext, odd, args.show, args.pofilter)
        return
    print(f"Job checks ({', '.join(trust.JOB_CHECKS)}) run per document where the set has document ids "
          f"(WMT23, NTREX), not on WMT21 and WMT22.\n")
    print(f"| set | half | sentences | warnings and errors | per 1,000 | failure checks per 1,000 | by check |\n|---|---|---:|---:|---:|---:|---|")
    for year, ref in SETS:
        source = lines(os.path.join(DATA, year, "src.en"))
        target = lines(os.path.join(DATA, year, f"{ref}.de"))
        keep = [i for i in range(len(target)) if (i // BLOCK) % 2 == (1 if odd else 0)]
        # Only WMT23's release has document ids (`docs`); the 25-line blocks of the others join
        # unrelated texts (a support chat and a forum post), which the job checks must not judge as one.
        docs = os.path.join(DATA, year, "docs")
        documents = lines(docs) if os.path.exists(docs) else None
        false_alarms(args, f"WMT{year} {ref}", source, target, keep, (lambda i, d=documents: d[i]) if documents else None)
    if os.path.isdir(NTREX):
        source = lines(os.path.join(NTREX, "src.en"))
        documents = lines(os.path.join(NTREX, "docs"))
        keep = [i for i in range(len(source)) if trust.test_half(documents[i]) == odd]
        false_alarms(args, "NTREX-128 deu", source, lines(os.path.join(NTREX, "ref.de")), keep, lambda i: documents[i])
    else:
        print(f"\nNTREX-128 skipped: {NTREX} not found (run eval/get_ntrex.sh)")


def false_alarms(args, label, source, target, keep, document_of):
    """One row of the false-alarm table: the warnings and errors on the `keep` lines of a clean human
    translation, per 1,000 of its sentences. The checks that judge a whole job (`trust.JOB_CHECKS`)
    see each document (`document_of` a line number) as one; without document ids they are not run."""
    records = [{"id": i, "source": source[i], "target": target[i]} for i in keep]
    found = run(args.bitext, ["qa", "--format", "jsonl", "--batch"], records)
    if document_of:
        found = trust.with_job_findings(args.bitext, records, found, lambda r: document_of(r["id"]))
    split = run(args.bitext, ["split", "--lang", "de", "--batch"], [{"id": i, "text": target[i]} for i in keep])
    sentences = sum(len(r["sentences"]) for r in split)
    flagged = [f for f in found if f["severity"] in ("warning", "error")]
    low, high = wilson(len(flagged), sentences)
    checks = ", ".join(f"{c} {n}" for c, n in collections.Counter(f["check"] for f in flagged).most_common())
    failures = sum(f["check"] in trust.FAILURE_CHECKS for f in flagged)
    print(f"| {label} | {args.half} | {sentences} | {len(flagged)} | {1000 * len(flagged) / sentences:.1f} "
          f"[{1000 * low:.1f}, {1000 * high:.1f}] | {1000 * failures / sentences:.1f} | {checks} |")
    if args.show:
        for f in flagged:
            t = target[f["id"]]
            print(f"    line {f['id'] + 1} {f['check']}: …{t[max(0, f['start'] - 50):f['start']]}[[{t[f['start']:f['end']]}]]"
                  f"{t[f['end']:f['end'] + 30]}… — {f['message'][:140]}", file=sys.stderr)

if __name__ == "__main__":
    main()
