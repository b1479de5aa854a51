#!/usr/bin/env python3
"""QA measured as a new user meets it: sources attached, on halves of each set the checks were not
tuned on (python stdlib only; not part of CI). Every set is split by document into a development half
(where checks and severities are tuned) and a test half (reported as the result); both are printed,
the test half first.

1. MQM (../shared/eval/qa/mqm-ted-en-de), with the English source of every segment: span precision
   (as in eval/qa_eval.py: a warning or error pointing at less than 90 % of its segment is correct when
   it overlaps an annotated error span), the number of correct span findings, and a per-check table
   with 95 % Wilson intervals. Split by source document (the 14 systems translate the same talks):
   talks with an even number are the test half. `--baseline BITEXT` scores another build on the same
   half, for the bar "at least as many correct span findings as today".
   An omission has no span in the target; raters mark it in the source, so an `omission` finding
   is correct when an omission span of the source overlaps the source sentence it quotes. The MT
   systems alone (without the human translation the raters also annotated) are reported beside.
   The peer, translate-toolkit's pofilter (`--pofilter`, from scripts/eval-venv.sh; run as in
   eval/qa_eval.py: `--language=de`, spellcheck excluded), gets a row on each half scored by the same
   code: its unit-level failures located in the target by each check's rule (`qa_eval.pofilter_findings`);
   those it cannot locate cover the segment and are left out, as bitext's segment-level findings are
   (their number is printed).
1b. MQM on WMT23 news (`news-mqm`): English→German news paragraphs of the WMT23 general task, rated
   side by side by three professional translators each (google/wmt-mqm-human-evaluation, Apache-2.0;
   `eval/get_news_mqm.sh` puts it in eval/data/), scored as above with the three raters' spans
   pooled; split by document (CRC-32 odd: test). Never used to tune a check before its dev half was.
2. False alarms with the English source attached, per 1,000 sentences of clean human German:
   PUD sentences of English origin with their English (../shared/eval/align/pud-de-en), WMT24
   references A and B of all domains with the English (wmt24-en-de-docs), and the MQM set's human
   translation ("ref") with its source; every warning and error counts (the findings are listed with
   --show to be read). Split by document id (CRC-32 odd: test). pofilter's table follows on the same
   records and sentence counts: each (unit, check) failure one finding, counted raw (the reviewed real
   errors are bitext's findings and are not matched to pofilter's).
3. Degenerate output, per half (test half first): the MQM segments of the MT systems that loop (a stretch of four or more
   characters repeated five or more times in a row) or share no content word with their source
   through Ding's dictionary (/usr/share/trans/de-en; words compared by their first five letters,
   names and numbers by their form) — built here, independently of bitext's own checks — and, as
   translations of something else, MT outputs of the half paired with a source sentence of
   another talk that share no content word with it by the same rule (every 11th output). Reported:
   the share that gets a warning or error from a failure check (repetition-loop, non-translation),
   how often those checks fire on the clean human sentences of section 2, and the slowest such
   segment checked alone (one process per segment, start-up subtracted).
4. Throughput: one `bitext qa --batch` process (start-up included) over paragraph records with their
   English, every record a different text: WMT24 references A and B (all domains, paragraphs as
   they come), the WMT23 terminology abstracts (five sentences to a record), MQM's translations of
   TED talks (each system's talk in records of five segments) and PUD (one record per document); 1.8 MB,
   topped up to 2 MB with WMT24 records numbered anew. Beside it, when eval/data/wmt-refs is there,
   the set the issue measured: the 5,980 paragraphs of WMT23's MQM ratings with their English
   (2.3 MB; 14 systems translate the same paragraphs, so their words repeat). Wall time, CPU time
   (user + system of the process) and MB of target per second; the bar asks ≥ 1 MB/s over ≥ 2 MB.
5. Seeds: 000_… alone and against 004_…: "Sergey Lavrov" flagged with "Lawrow" in the suggestion,
   "Operationen" flagged as false-friend, and every finding of the baseline build kept (--baseline): its
   span is still reported (by its check, or by a more severe one: the runner reports a span once).

Usage:
    swift build -c release --product bitext
    python3 eval/qa_trust_eval.py [--bitext .build/release/bitext] [--baseline OLD_BITEXT] [--data ../shared] \\
        [--sections mqm,news-mqm,false-alarms,degenerate,throughput,seeds] [--show] [--json out.json] \\
        [--pofilter .build/eval-venv/bin/pofilter]
"""
import argparse
import collections
import concurrent.futures
import csv
import json
from stats import clustered_wilson, wilson
import os
import re
import subprocess
import sys
import tempfile
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import qa_eval  # noqa: E402

FAILURE_CHECKS = {"repetition-loop", "non-translation"}
LOOP = re.compile(r"(.{4,}?)\1{4,}", re.S)



def test_half(document):
    return zlib.crc32(document.encode("utf-8")) % 2 == 1


def run_batch(bitext, records, extra=()):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        path = handle.name
    result = subprocess.run([bitext, "qa", "--batch", path, "--format", "jsonl", *extra], capture_output=True, text=True)
    os.unlink(path)
    if result.returncode not in (0, 1):
        raise SystemExit(f"bitext failed ({result.returncode}): {result.stderr.strip()[:400]}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


JOB_CHECKS = ("address-register",)


def with_job_findings(bitext, records, found, document_of):
    """`found` (the batch findings of `records`) with those of the checks that also judge a whole job
    (`JOB_CHECKS`), which `--batch` records, each checked alone, cannot: each document's records
    written as one TMX (a translator's job) and checked by `bitext qa FILE --checks …` as a CAT tool's
    file is, one process per document. A finding the batch already has (the same check within one
    record) is not added twice. A build without those checks adds none."""
    listed = subprocess.run([bitext, "qa", "--list-checks"], capture_output=True, text=True).stdout
    checks = [c for c in JOB_CHECKS if re.search(rf"^{re.escape(c)}\t", listed, re.M)]
    if not checks:
        return found
    documents = collections.defaultdict(list)
    for record in records:
        documents[document_of(record)].append(record)
    known = {(f["id"], f["check"], f["start"], f["end"]) for f in found}
    found = list(found)
    with tempfile.TemporaryDirectory() as folder:
        def check(item):
            number, members = item
            path = os.path.join(folder, f"{number}.tmx")
            units = "".join(f'<tu tuid="{r["id"]}"><tuv xml:lang="en"><seg>{xml_text(r["source"])}</seg></tuv>'
                            f'<tuv xml:lang="de"><seg>{xml_text(r["target"])}</seg></tuv></tu>' for r in members)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="eval" '
                             'creationtoolversion="1" segtype="paragraph" o-tmf="none" adminlang="en" srclang="en" '
                             f'datatype="plaintext"/><body>{units}</body></tmx>')
            result = subprocess.run([bitext, "qa", path, "--checks", ",".join(checks), "--format", "jsonl"], capture_output=True, text=True)
            if result.returncode not in (0, 1):
                raise SystemExit(f"bitext failed ({result.returncode}) on a job: {result.stderr.strip()[:400]}")
            return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            for findings in pool.map(check, enumerate(documents.values())):
                for f in findings:
                    f = dict(f, id=type(records[0]["id"])(f["unit"]))
                    if (f["id"], f["check"], f["start"], f["end"]) not in known:
                        found.append(f)
    return found


def xml_text(text):
    """`text` as XML character data; characters XML 1.0 cannot carry become spaces."""
    text = "".join(c if c in "\t\n\r" or ("\x20" <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd") or c >= "\U00010000" else " " for c in text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sentence_count(bitext, texts):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for index, text in enumerate(texts):
            handle.write(json.dumps({"id": index, "text": text}, ensure_ascii=False) + "\n")
        path = handle.name
    out = subprocess.run([bitext, "split", "--lang", "de", "--batch", path], capture_output=True, text=True).stdout
    os.unlink(path)
    return sum(len(json.loads(line)["sentences"]) for line in out.splitlines() if line.strip())


# ---------------------------------------------------------------- MQM

def mqm_segments(data):
    path = os.path.join(data, "eval", "qa", "mqm-ted-en-de", "mqm_ted_ende.tsv")
    return qa_eval.load_mqm(path) if os.path.exists(path) else None


def mqm_half(segments, test):
    """Talks with an even number are the test half."""
    return [s for s in segments if (int(s["key"][1].split(".")[1]) % 2 == 0) == test]


# A finding whose span another check reported too carries that finding's message after its own.
OMITTED = re.compile(r'^the source sentence "(.*?)" has no translation here(?: \(also .*\))?$', re.S)
OMITTED_RUN = re.compile(r'^\d+ source sentences, from "(.*?)" to "(.*?)", have no translation here(?: \(also .*\))?$', re.S)


def omitted_range(source, message):
    """The stretch of `source` an omission finding quotes (one sentence, or a run from its first to
    its last sentence), or None."""
    one = OMITTED.match(message)
    if one:
        start = source.find(one.group(1))
        return (start, start + len(one.group(1))) if start >= 0 else None
    run = OMITTED_RUN.match(message)
    if run:
        start = source.find(run.group(1))
        last = source.find(run.group(2), max(start, 0))
        return (start, last + len(run.group(2))) if start >= 0 and last >= 0 else None
    return None


def correct(seg, finding):
    """Whether a finding points at an error the raters marked. An omission has no span in the
    target (the finding is the place where the source sentence is missing), and raters mark
    omissions in the source: it is correct when an omission span of the source overlaps the source
    sentence (or run of sentences) its message quotes."""
    if finding["check"] == "omission":
        quoted = omitted_range(seg["source"], finding["message"])
        return quoted is not None and any(qa_eval.overlaps(quoted[0], quoted[1], s, e)
                                          for s, e, c in seg.get("source_spans", []) if c.startswith("Accuracy/Omission"))
    return any(qa_eval.overlaps(finding["start"], finding["end"], s, e) for s, e, _ in seg["spans"])


SECOND_READING = os.path.join(HERE, "qa_mqm_second_reading.tsv")


def second_reading():
    """(set, system, document, segment, check, start) → verdict, from `eval/qa_mqm_second_reading.tsv`."""
    verdicts = {}
    with open(SECOND_READING, encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]
    for row in rows[1:]:
        verdicts[tuple(row[:5]) + (int(row[5]),)] = row[7]
    return verdicts


def score_spans(segments, findings, set_name=None):
    """Span precision against the raters' spans; with `set_name`, also after the second reading, where
    a finding no span covers counts as correct when the reading found a real error there."""
    verdicts = second_reading() if set_name else {}
    by_segment = collections.defaultdict(list)
    for f in findings:
        if f["severity"] in ("warning", "error"):
            by_segment[f["id"]].append(f)
    per_check = collections.defaultdict(lambda: [0, 0])
    # (correct, findings) per source sentence: the systems' translations of one sentence share errors.
    by_source = collections.defaultdict(lambda: [0, 0])
    counted = hits = read = 0
    for index, seg in enumerate(segments):
        length = max(1, len(seg["target"]))
        for f in by_segment.get(index, []):
            if f["end"] - f["start"] >= qa_eval.SEGMENT_SHARE * length:
                continue
            hit = correct(seg, f)
            counted += 1
            hits += hit
            by_source[seg["source"]][0] += hit
            by_source[seg["source"]][1] += 1
            read += hit or verdicts.get((set_name, *seg["key"], f["check"], f["start"])) == "error"
            per_check[f["check"]][0] += hit
            per_check[f["check"]][1] += 1
    return {"findings": counted, "correct": hits, "precision": hits / counted if counted else 0.0, "second_reading": read,
            "by_source_interval": clustered_wilson(by_source), "source_sentences": len(by_source),
            "per_check": {c: v for c, v in sorted(per_check.items(), key=lambda kv: -kv[1][1])}}


def mqm(bitext, baseline, data, pofilter=None):
    segments = mqm_segments(data)
    if segments is None:
        print("## MQM\n\nskipped: ../shared/eval/qa/mqm-ted-en-de not found\n")
        return {}
    print("## MQM (TED en→de, English source attached), split by talk\n")
    return span_precision(bitext, baseline, segments, mqm_half, human="ref", set_name="ted", pofilter=pofilter)


def span_precision(bitext, baseline, segments, half_of, human, set_name, pofilter=None):
    """Span precision of each half (test first), every system and the MT systems alone (the bar
    speaks of MT output; `human` names the human translation the raters also annotated); with
    `pofilter`, the peer's row on the same half beside bitext's, scored by the same code."""
    results = {}
    for name, test in (("test", True), ("dev", False)):
        half = half_of(segments, test)
        records = [{"id": i, "source": s["source"], "target": s["target"]} for i, s in enumerate(half)]
        found = with_job_findings(bitext, records, run_batch(bitext, records), lambda r: half[r["id"]]["key"][:2])
        r = score_spans(half, found, set_name)
        mt = {i: n for n, i in enumerate(i for i, s in enumerate(half) if s["key"][0] != human)}
        r["mt"] = score_spans([half[i] for i in mt], [dict(f, id=mt[f["id"]]) for f in found if f["id"] in mt])
        low, high = r["by_source_interval"]
        line = (f"{name} half ({len(half)} segments): span findings {r['findings']}, correct {r['correct']}, precision "
                f"{r['precision']:.3f} {fmt_ci(r['correct'], r['findings'])} (Wilson; [{low:.2f}, {high:.2f}] with the "
                f"findings on one source sentence as one cluster, {r['source_sentences']} clusters); MT output alone (without `{human}`): "
                f"{r['mt']['correct']} / {r['mt']['findings']}, {r['mt']['precision']:.3f} {fmt_ci(r['mt']['correct'], r['mt']['findings'])}")
        line += (f"; after a second reading of the findings no span covers (`eval/qa_mqm_second_reading.tsv`): "
                 f"{r['second_reading']} / {r['findings']} {fmt_ci(r['second_reading'], r['findings'])}")
        if baseline:
            b = score_spans(half, with_job_findings(baseline, records, run_batch(baseline, records), lambda r: half[r["id"]]["key"][:2]))
            r["baseline"] = b
            line += f"; baseline build: {b['findings']} findings, {b['correct']} correct, precision {b['precision']:.3f} {fmt_ci(b['correct'], b['findings'])}"
        print(line + "\n")
        per_check_table(r["per_check"])
        print()
        if pofilter:
            r["pofilter"] = pofilter_span_precision(pofilter, half, human)
            print_pofilter_spans(pofilter, f"{name} half ({len(half)} segments)", r["pofilter"])
        results[name] = r
    return results


def per_check_table(per_check):
    """The per-check table of a span score (`score_spans`'s "per_check"), one form for bitext and pofilter."""
    print("| check | correct / span findings | precision | 95 % interval |\n|---|---:|---:|---|")
    for check, (c, n) in per_check.items():
        print(f"| {check} | {c} / {n} | {c / n:.2f} | {fmt_ci(c, n)} |")


def pofilter_span_precision(pofilter, segments, human):
    """translate-toolkit's pofilter on `segments` (with their sources) scored by `score_spans`, the code
    that scores bitext, for every system and the MT systems alone; beside it the unit-level failures
    and those the 90 % rule leaves out (checks that point at no place in the target, such as
    sentencecount, and located spans that cover nearly all of a short segment), so that the reader
    knows what the span score does not see."""
    found = qa_eval.pofilter_findings(pofilter, segments)
    if found is None:
        raise SystemExit("pofilter wrote no output")
    r = score_spans(segments, found)
    mt = {i: n for n, i in enumerate(i for i, s in enumerate(segments) if s["key"][0] != human)}
    r["mt"] = score_spans([segments[i] for i in mt], [dict(f, id=mt[f["id"]]) for f in found if f["id"] in mt])
    r["unit_failures"] = len(qa_eval.pofilter_unit_failures(found))
    r["left_out"] = dict(collections.Counter(
        f["check"] for f in found
        if f["end"] - f["start"] >= qa_eval.SEGMENT_SHARE * max(1, len(segments[f["id"]]["target"]))).most_common())
    return r


def print_pofilter_spans(pofilter, label, r):
    """pofilter's span line and per-check table, in the form of bitext's."""
    low, high = r["by_source_interval"]
    print(f"{qa_eval.pofilter_version(pofilter)}, {label}: span findings {r['findings']}, correct {r['correct']}, precision "
          f"{r['precision']:.3f} {fmt_ci(r['correct'], r['findings'])} (Wilson; [{low:.2f}, {high:.2f}] clustered by source "
          f"sentence); MT output alone: {r['mt']['correct']} / {r['mt']['findings']}, {r['mt']['precision']:.3f} "
          f"{fmt_ci(r['mt']['correct'], r['mt']['findings'])}. Unit-level failures: {r['unit_failures']}; span findings "
          f"left out by the 90 % rule: {sum(r['left_out'].values())} ("
          + ", ".join(f"{k} {v}" for k, v in r["left_out"].items()) + ")\n")
    per_check_table(r["per_check"])
    print()


# ---------------------------------------------------------------- WMT23 news, MQM side by side

NEWS_MQM = os.path.join("mqm-generalmt2023-sxs-en-de", "sxs_mqm_generalMT2023_ende.3ratingsPerSegment.tsv")


def news_mqm(bitext, baseline, data, pofilter=None):
    """The WMT23 general task's English→German news paragraphs, MQM-annotated side by side by three
    professional raters each (spans pooled): a set the checks were never tuned on until this section
    existed; split by document as the others, so that its development half can be looked at."""
    candidates = [os.path.join(data, "eval", "qa", NEWS_MQM), os.path.join(HERE, "data", NEWS_MQM)]
    path = next((p for p in candidates if os.path.exists(p)), None)
    if path is None:
        print("## MQM, WMT23 news\n\nskipped: not found (get it with `eval/get_news_mqm.sh`)\n")
        return {}
    segments = qa_eval.load_mqm(path)
    print(f"## MQM (WMT23 news en→de paragraphs, three raters each, English source attached), split by document\n")
    return span_precision(bitext, baseline, segments, lambda segs, test: [s for s in segs if test_half(s["key"][1]) == test], human="refA",
                          set_name="news", pofilter=pofilter)


def fmt_ci(correct, total):
    low, high = wilson(correct, total)
    return f"[{low:.2f}, {high:.2f}]"


# ---------------------------------------------------------------- clean human German with sources

def clean_sets(data):
    """(name, [(document, source, target)]) of clean human translations with their English."""
    sets = []
    pud = os.path.join(data, "eval", "align", "pud-de-en", "pud_de_en_parallel.tsv")
    if os.path.exists(pud):
        with open(pud, encoding="utf-8") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        col = {name: i for i, name in enumerate(rows[0])}
        sets.append(("PUD (English origin)", [(r[col["doc_id"]], r[col["en"]], r[col["de"]]) for r in rows[1:]
                                              if len(r) == len(rows[0]) and r[col["orig_lang"]] == "en"]))
    wmt = os.path.join(data, "eval", "align", "wmt24-en-de-docs")
    if os.path.exists(os.path.join(wmt, "en-de.txt")):
        sources = open(os.path.join(wmt, "en-de.txt"), encoding="utf-8").read().splitlines()
        meta = [json.loads(l) for l in open(os.path.join(wmt, "en-de.jsonl"), encoding="utf-8")]
        for ref in ("refA", "refB"):
            targets = open(os.path.join(wmt, f"en-de.{ref}.txt"), encoding="utf-8").read().splitlines()
            sets.append((f"WMT24 {ref} (all domains)", [(m["docid"], s, t) for m, s, t in zip(meta, sources, targets)
                                                       if m["domain"] != "canary" and t.strip()]))
    segments = mqm_segments(data)
    if segments:
        sets.append(("MQM TED human translation", [(s["key"][1], s["source"], s["target"]) for s in segments if s["key"][0] == "ref"]))
    return sets


REVIEWED_CORPUS = {"PUD (English origin)": "pud-de-en", "WMT24 refA (all domains)": "wmt24 refA",
                   "WMT24 refB (all domains)": "wmt24 refB", "MQM TED human translation": "mqm ref"}


def false_alarms(bitext, data, show, pofilter=None):
    sets = clean_sets(data)
    if not sets:
        print("## False alarms with sources\n\nskipped: ../shared/eval not found\n")
        return {}
    reviewed = qa_eval.reviewed_errors()
    in_context = qa_eval.reviewed_error_contexts()
    print("## False alarms with the English source attached (warnings and errors per 1,000 sentences)\n")
    print("Findings that reading showed to be real errors in these texts (`eval/qa_reviewed_findings.tsv`) are not counted; "
          "the table gives them apart.\n")
    print("| set | half | sentences | real errors flagged (not counted) | false alarms | per 1,000 | failure checks per 1,000 | by check |\n"
          "|---|---|---:|---:|---:|---:|---:|---|")
    results = {}
    totals = collections.defaultdict(lambda: [0, 0, 0])
    real_totals = collections.Counter()
    peer_rows = []
    for name, rows in sets:
        for half in ("test", "dev"):
            chosen = [r for r in rows if test_half(r[0]) == (half == "test")]
            if not chosen:
                continue
            records = [{"id": i, "source": s, "target": t} for i, (_, s, t) in enumerate(chosen)]
            found = [f for f in with_job_findings(bitext, records, run_batch(bitext, records), lambda r: chosen[r["id"]][0])
                     if f["severity"] != "info"]
            # Real errors in these texts, read one by one (eval/qa_reviewed_findings.tsv), are no false alarms.
            corpus = REVIEWED_CORPUS.get(name)
            real = [f for f in found if (corpus, f["check"], f["text"]) in reviewed
                    or any((corpus, f["check"], f["text"]) == row[:3] and (row[3] in records[f["id"]]["target"] or row[3] in f["message"])
                           for row in in_context)]
            found = [f for f in found if f not in real]
            sentences = sentence_count(bitext, [t for _, _, t in chosen])
            failures = sum(f["check"] in FAILURE_CHECKS for f in found)
            by_check = collections.Counter(f["check"] for f in found)
            print(f"| {name} | {half} | {sentences} | {len(real)} | {len(found)} | {1000 * len(found) / sentences:.1f} | "
                  f"{1000 * failures / sentences:.1f} | " + ", ".join(f"{k} {v}" for k, v in by_check.most_common()) + " |")
            real_totals[half] += len(real)
            totals[half][0] += sentences
            totals[half][1] += len(found)
            totals[half][2] += failures
            results[f"{name} {half}"] = {"sentences": sentences, "findings": len(found), "failures": failures, "by_check": dict(by_check),
                                         "real_errors": len(real)}
            if pofilter:
                peer_rows.append((name, half, sentences, pofilter_failures_by_check(pofilter, records)))
            if show:
                for f in found:
                    record = records[f["id"]]
                    print(f"    {half} {f['check']} {f['text']!r} — {f['message']} || {record['target'][:160]!r} || {record['source'][:160]!r}", file=sys.stderr)
    for half in ("test", "dev"):
        s, n, fail = totals[half]
        if s:
            low, high = wilson(n, s)
            print(f"| all sets | {half} | {s} | {real_totals[half]} | {n} | {1000 * n / s:.1f} [{1000 * low:.1f}, {1000 * high:.1f}] | {1000 * fail / s:.2f} | |")
    print()
    results["totals"] = {h: {"sentences": v[0], "findings": v[1], "failures": v[2], "real_errors": real_totals[h]} for h, v in totals.items()}
    if pofilter:
        results["pofilter"] = print_pofilter_alarms(pofilter, peer_rows)
    return results


def pofilter_failures_by_check(pofilter, records):
    """pofilter's failures on `records` (with their sources) per check, each (unit, check) one finding:
    pofilter judges a unit, not a place in it, so on clean text every failure is an alarm, whether
    its check can locate it or not."""
    found = qa_eval.pofilter_findings(pofilter, records)
    if found is None:
        raise SystemExit("pofilter wrote no output")
    return collections.Counter(check for _, check in qa_eval.pofilter_unit_failures(found))


def print_pofilter_alarms(pofilter, rows):
    """The peer's table beside bitext's: pofilter's raw findings per 1,000 of the same sentences (bitext's
    sentence counts), each set and half, then all sets of a half with a Wilson interval. Nothing is
    taken off for real errors in the texts: `eval/qa_reviewed_findings.tsv` lists bitext's findings,
    and pofilter's unit-level failures carry no span to match its rows against."""
    print(f"### {qa_eval.pofilter_version(pofilter)} on the same records (with their English)\n")
    print("Every (unit, check) failure is one finding, counted raw (no reviewed real errors taken off).\n")
    print("| set | half | sentences | findings | per 1,000 | by check |\n|---|---|---:|---:|---:|---|")
    results = {}
    totals = collections.defaultdict(lambda: [0, 0])
    for name, half, sentences, by_check in rows:
        n = sum(by_check.values())
        print(f"| {name} | {half} | {sentences} | {n} | {1000 * n / sentences:.1f} | "
              + ", ".join(f"{k} {v}" for k, v in by_check.most_common()) + " |")
        totals[half][0] += sentences
        totals[half][1] += n
        results[f"{name} {half}"] = {"sentences": sentences, "findings": n, "by_check": dict(by_check)}
    for half in ("test", "dev"):
        s, n = totals[half]
        if s:
            low, high = wilson(n, s)
            print(f"| all sets | {half} | {s} | {n} | {1000 * n / s:.1f} [{1000 * low:.1f}, {1000 * high:.1f}] | |")
    print()
    results["totals"] = {h: {"sentences": v[0], "findings": v[1]} for h, v in totals.items()}
    return results


# ---------------------------------------------------------------- degenerate output

def ding_index(path="/usr/share/trans/de-en"):
    """German word prefix (5 letters, lower case) → English word prefixes, from Ding's entries."""
    index = collections.defaultdict(set)
    if not os.path.exists(path):
        return None
    word = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or "::" not in line:
                continue
            german, english = line.split("::", 1)
            g = {w.lower()[:5] for w in word.findall(re.sub(r"\{[^}]*\}|\[[^]]*\]|\([^)]*\)", " ", german))}
            e = {w.lower()[:5] for w in word.findall(re.sub(r"\{[^}]*\}|\[[^]]*\]|\([^)]*\)", " ", english))}
            if len(g) <= 3:
                for key in g:
                    index[key].update(e)
    return index


STOP_DE = set("der die das den dem des ein eine einer einen einem eines und oder aber nicht ist sind war waren wird werden hat haben "
              "ich du er sie es wir ihr mit von zu im in am an auf aus bei für über unter nach vor wie was wer dass als auch so "
              "noch nur schon sehr sich man kann können muss diese dieser dieses dann wenn weil hier da dort mein meine sein seine".split())
STOP_EN = set("the a an and or but not is are was were will be been has have had i you he she it we they with of to in on at "
              "from by for about as so that this these those what who which there here very just also can could would should "
              "my your his her its our their do does did".split())


def content_words(text, stop):
    return [w for w in re.findall(r"\w{3,}", text) if w.lower() not in stop]


def unrelated(source, target, index):
    """True when no content word of the target is linked to one of the source: same form (names,
    numbers), or a Ding translation (by five-letter prefixes)."""
    source_words = content_words(source, STOP_EN)
    target_words = content_words(target, STOP_DE)
    if len(source_words) < 5 or len(target_words) < 5:
        return False
    forms = {w.lower() for w in source_words}
    prefixes = {w.lower()[:5] for w in source_words}
    for w in target_words:
        if w.lower() in forms or w.lower()[:5] in prefixes:
            return False
        if index.get(w.lower()[:5], set()) & prefixes:
            return False
    return True


def degenerate(bitext, data, false_alarm_results):
    segments = mqm_segments(data)
    index = ding_index()
    if segments is None or index is None:
        print("## Degenerate output\n\nskipped: MQM data or Ding's dictionary not found\n")
        return {}
    print("## Degenerate output (MQM MT segments that loop or share no content word with their source)\n")
    print("| half | kind | segments | caught by a failure check (warning or error) |\n|---|---|---:|---:|")
    results = {}
    for half in ("test", "dev"):
        chosen = degenerate_set(segments, index, half == "test")
        records = [{"id": i, "source": s["source"], "target": s["target"]} for i, (_, s) in enumerate(chosen)]
        found = run_batch(bitext, records)
        caught = {f["id"] for f in found if f["check"] in FAILURE_CHECKS and f["severity"] != "info"}
        kinds = collections.Counter(kind for kind, _ in chosen)
        hits = collections.Counter(chosen[i][0] for i in caught)
        for kind in sorted(kinds):
            print(f"| {half} | {kind} | {kinds[kind]} | {hits[kind]} ({hits[kind] / kinds[kind]:.2f}) |")
        total = len(chosen)
        print(f"| {half} | all | {total} | {len(caught)} ({len(caught) / max(1, total):.2f}) {fmt_ci(len(caught), total)} |")
        missed = [chosen[i][1]["target"][:120] for i in range(total) if i not in caught]
        results[half] = {"segments": total, "caught": len(caught), "kinds": dict(kinds), "hits": dict(hits), "missed": missed}
        if half == "test":
            test_records = records
    print()
    # The slowest segment alone: one process per segment, minus an empty record's process.
    def alone(record):
        began = time.perf_counter()
        run_batch(bitext, [record])
        return time.perf_counter() - began
    empty = min(alone({"id": 0, "source": "A.", "target": "A."}) for _ in range(3))
    slowest = max(((alone(r) - empty, r["id"]) for r in test_records), default=(0.0, None))
    print(f"Slowest degenerate segment of the test half checked alone: {slowest[0]:.2f} s beyond an empty record's process ({empty:.2f} s).\n")
    results["slowest_seconds"] = slowest[0]
    return results


def degenerate_set(segments, index, test):
    """(kind, segment) of one half: the MT segments that loop or share no content word with their source,
    and MT outputs paired with the source of a segment of another talk, kept when they share no content
    word with it (a translation of something else, which the rule above would pick)."""
    chosen = []
    for s in mqm_half(segments, test):
        if s["key"][0] == "ref":
            continue
        kind = "loop" if LOOP.search(s["target"]) else "unrelated" if unrelated(s["source"], s["target"], index) else None
        if kind:
            chosen.append((kind, s))
    outputs = [s for s in mqm_half(segments, test) if s["key"][0] != "ref" and len(content_words(s["target"], STOP_DE)) >= 5]
    sources = [s for s in segments if s["key"][0] == "ref" and len(content_words(s["source"], STOP_EN)) >= 5]
    mismatched = 0
    for step, s in enumerate(outputs[::11]):
        other = next((o for o in sources[step * 7 % len(sources):] + sources if o["key"][1] != s["key"][1]), None)
        if other and unrelated(other["source"], s["target"], index) and mismatched < 200:
            chosen.append(("another talk's source", {"source": other["source"], "target": s["target"]}))
            mismatched += 1
    return chosen


# ---------------------------------------------------------------- throughput

def paragraph_records(data):
    """Paragraph records (source, target) with their English, each a different text (see the docstring)."""
    sets = clean_sets(data)
    records = [(s, t) for name, rows in sets if name.startswith("WMT24") for _, s, t in rows]
    wmt_records = list(records)
    terms = os.path.join(data, "eval", "terms", "wmt23-terminology-de-en")
    if os.path.exists(os.path.join(terms, "deen.de")):
        german = open(os.path.join(terms, "deen.de"), encoding="utf-8").read().splitlines()
        english = open(os.path.join(terms, "deen.en"), encoding="utf-8").read().splitlines()
        for start in range(0, min(len(german), len(english)), 5):
            records.append((" ".join(english[start:start + 5]), " ".join(german[start:start + 5])))
    segments = mqm_segments(data)
    if segments:
        talks = collections.defaultdict(list)
        for s in segments:
            talks[(s["key"][0], s["key"][1])].append(s)
        for talk in talks.values():
            for start in range(0, len(talk), 5):
                group = talk[start:start + 5]
                records.append((" ".join(s["source"] for s in group), " ".join(s["target"] for s in group)))
    for name, rows in sets:
        if name.startswith("PUD"):
            documents = collections.defaultdict(list)
            for document, source, target in rows:
                documents[document].append((source, target))
            records += [(" ".join(s for s, _ in rows), " ".join(t for _, t in rows)) for rows in documents.values()]
    # Topped up to 2 MB of targets with the WMT24 records again, each copy numbered in source and
    # target alike (the sets above hold 1.8 MB of different German with English).
    total = sum(len(t.encode("utf-8")) for _, t in records)
    serial = 0
    while records and total < 2e6:
        for source, target in wmt_records or records[:]:
            serial += 1
            records.append((f"{serial}. {source}", f"{serial}. {target}"))
            total += len(records[-1][1].encode("utf-8"))
            if total >= 2e6:
                break
    return records


def wmt23_paragraph_records():
    """The issue's own throughput set: every paragraph WMT23's MQM raters rated (5,980 records of
    generaltest2023 en-de: the systems' outputs and refA, with their English), from
    eval/data/wmt-refs (`eval/get_wmt_refs.sh`); empty when absent."""
    import qa_unseen_refs  # here, not at the top: it imports this module
    if not os.path.exists(os.path.join(qa_unseen_refs.DATA, "23", "mqm.rating")):
        return []
    return [(s["source"], s["target"]) for odd in (True, False) for s in qa_unseen_refs.mqm_segments(odd)]


def timed_batch(bitext, records, runs=3):
    """Wall and CPU seconds (user + system of the process) of `runs` runs of one `bitext qa --batch`
    process over `records`."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for index, (source, target) in enumerate(records):
            handle.write(json.dumps({"id": index, "source": source, "target": target}, ensure_ascii=False) + "\n")
        path = handle.name
    timings = []
    for _ in range(runs):
        before = os.times()
        began = time.perf_counter()
        result = subprocess.run([bitext, "qa", "--batch", path, "--format", "jsonl"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - began
        after = os.times()
        if result.returncode not in (0, 1):
            raise SystemExit(f"bitext failed ({result.returncode}): {result.stderr.decode()[:400]}")
        timings.append((wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)))
    os.unlink(path)
    return timings


def throughput(bitext, data):
    batches = [("paragraph records with sources, each a different text", paragraph_records(data)),
               ("paragraphs of WMT23's MQM set with sources (the issue's 5,980 records)", wmt23_paragraph_records())]
    batches = [(label, records) for label, records in batches if records]
    if not batches:
        print("## Throughput\n\nskipped: neither ../shared/eval nor eval/data/wmt-refs found\n")
        return {}
    print("## Throughput (one `bitext qa --batch` process, start-up included)\n")
    results = {}
    for label, records in batches:
        megabytes = sum(len(t.encode("utf-8")) for _, t in records) / 1e6
        runs = timed_batch(bitext, records)
        load = os.getloadavg()[0]
        print(f"{len(records)} {label}, {megabytes:.2f} MB of targets, load average {load:.1f} at the end:\n")
        print("| run | wall s | MB/s | CPU s |\n|---|---:|---:|---:|")
        for number, (wall, cpu) in enumerate(runs, 1):
            print(f"| {number} | {wall:.2f} | {megabytes / wall:.2f} | {cpu:.2f} |")
        print()
        results[label] = {"records": len(records), "megabytes": megabytes, "runs": runs, "load": load}
    return results


# ---------------------------------------------------------------- seeds

def seeds(bitext, baseline, data):
    folder = os.path.join(data, "seeds")
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    mt = next((os.path.join(folder, n) for n in names if n.startswith("000_")), None)
    source = next((os.path.join(folder, n) for n in names if n.startswith("004_")), None)
    if not (mt and source):
        print("## Seeds\n\nskipped\n")
        return {}
    runs = {"alone": [mt], "against 004": [mt, "--source", source, "--mode", "comparable"]}
    print("## Seeds (000_… alone and against 004_…)\n\n| bar | alone | against 004 |\n|---|---|---|")
    outcome = collections.defaultdict(dict)
    for label, args in runs.items():
        found = qa_eval.findings_of(qa_eval.run_bitext(bitext, ["qa", *args, "--format", "jsonl"]))
        lavrov = [f for f in found if f["check"] == "name-convention" and "Lavrov" in f["text"] and "Lawrow" in (f.get("suggestion") or "")]
        friend = [f for f in found if f["check"] == "false-friend" and f["text"] == "Operationen"]
        outcome["Sergey Lavrov flagged with Lawrow"][label] = bool(lavrov)
        outcome["Operationen flagged as false-friend"][label] = bool(friend)
        if baseline:
            before = qa_eval.findings_of(qa_eval.run_bitext(baseline, ["qa", *args, "--format", "jsonl"]))
            # A span now reported by another check (one finding per span: the more severe) is kept.
            now = {(f["start"], f["end"]) for f in found}
            lost = [(f["check"], f["text"]) for f in before if (f["start"], f["end"]) not in now]
            moved = [(f["check"], f["text"]) for f in before if (f["start"], f["end"]) in now
                     and not any(g["check"] == f["check"] and (g["start"], g["end"]) == (f["start"], f["end"]) for g in found)]
            if moved:
                print(f"    span kept under another check ({label}): {moved}", file=sys.stderr)
            outcome[f"every baseline finding kept"][label] = not lost
            if lost:
                print(f"    lost ({label}): {lost}", file=sys.stderr)
    for bar, cells in outcome.items():
        print(f"| {bar} | " + " | ".join("pass" if cells.get(l) else "FAIL" for l in runs) + " |")
    print()
    return {bar: cells for bar, cells in outcome.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext", default=os.path.join(REPO, ".build", "release", "bitext"))
    parser.add_argument("--baseline", help="another bitext build to compare with (MQM correct findings, seed findings kept)")
    parser.add_argument("--data", default=os.path.join(REPO, "..", "shared"))
    parser.add_argument("--sections", default="mqm,news-mqm,false-alarms,degenerate,throughput,seeds")
    parser.add_argument("--show", action="store_true", help="list every finding on the clean sets on standard error")
    parser.add_argument("--json")
    parser.add_argument("--pofilter", default=qa_eval.POFILTER,
                        help="translate-toolkit's pofilter, scored beside bitext in mqm, news-mqm and false-alarms (made by scripts/eval-venv.sh)")
    args = parser.parse_args()
    if not os.path.isdir(args.data):
        print(f"skipped: {args.data} not found")
        return
    sections = set(args.sections.split(","))
    pofilter = qa_eval.pofilter_or_none(args.pofilter) if sections & {"mqm", "news-mqm", "false-alarms"} else None
    results = {}
    if "mqm" in sections:
        results["mqm"] = mqm(args.bitext, args.baseline, args.data, pofilter)
    if "news-mqm" in sections:
        results["news_mqm"] = news_mqm(args.bitext, args.baseline, args.data, pofilter)
    if "false-alarms" in sections:
        results["false_alarms"] = false_alarms(args.bitext, args.data, args.show, pofilter)
    if "degenerate" in sections:
        results["degenerate"] = degenerate(args.bitext, args.data, results.get("false_alarms"))
    if "throughput" in sections:
        results["throughput"] = throughput(args.bitext, args.data)
    if "seeds" in sections:
        results["seeds"] = seeds(args.bitext, args.baseline, args.data)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
