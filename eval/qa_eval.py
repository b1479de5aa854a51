#!/usr/bin/env python3
"""Evaluation of `bitext qa` (python stdlib only; not part of the build or CI).

Sections, each skipped with a note when its data is missing:

1. Seeds (../shared/seeds): the issue's bars — 000_… checked against 004_… flags "Kaltkriegstiefern" as
   calque-compound with evidence, every " -word" artifact and the repeated phrase; 001_… alone flags its
   HTML and Markdown remnants.
2. MQM (../shared/eval/qa/mqm-ted-en-de): span-level precision and recall per MQM category, counting
   only warnings and errors that point at a span (a finding covering 90 % or more of its segment is a
   segment-level finding and is left out). A finding is correct when it overlaps an annotated error
   span of its segment (any category); recall of a category is the share of its spans that some
   finding overlaps. translate-toolkit's pofilter (run on the same segments as PO, its unit-level
   findings located in the target by each check's own rule) is scored by the same code.
3. False alarms: warnings and errors per 1,000 sentences on clean human German (the German sides of
   ../shared/eval/align/pud-de-en and wmt24-en-de-docs refA/refB), target only; findings that reading
   showed to be real errors in those texts (eval/qa_reviewed_findings.tsv) are counted apart.
4. Throughput: MB of target text per second in batch mode with all checks on, over the MQM
   records (sentences) and over WMT24 paragraph records with their sources (one to many sentences,
   so the sentence aligner runs): `bitext bench qa` (dictionaries loaded outside the timing; wall
   clock and CPU time, best of several runs), and the wall time of one `bitext qa --batch` process,
   start-up included (about 0.15 s: the lexicon from its cache, the spelling dictionaries).

Usage:
    swift build -c release
    python3 eval/qa_eval.py [--bitext .build/release/bitext] [--data ../shared] \\
        [--pofilter .build/eval-venv/bin/pofilter] [--json out.json]

pofilter (translate-toolkit, pinned in eval/cat-requirements.txt) comes from `scripts/eval-venv.sh`.
"""
import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import qa_mqm_agreement

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# The MQM categories the checks target, and which checks aim at each (for per-category precision).
CATEGORIES = {
    "Fluency/Spelling": {"spelling", "capitalization", "calque-compound"},
    "Fluency/Punctuation": {"punctuation-spacing", "dash-style", "unbalanced-quotes", "unbalanced-brackets", "spacing-artifact"},
    "Accuracy/Untranslated text": {"untranslated"},
    "Terminology/Inconsistent use of terminology": {"term-consistency"},
    "Fluency/Inconsistency": {"term-consistency", "name-mismatch"},
    "Accuracy/Omission": {"omission", "number-mismatch", "date-mismatch", "name-mismatch"},
}
POFILTER_CATEGORIES = {
    "Fluency/Spelling": {"spellcheck", "startcaps", "simplecaps"},
    "Fluency/Punctuation": {"puncspacing", "endpunc", "startpunc", "doublequoting", "singlequoting", "brackets", "doublespacing"},
    "Accuracy/Untranslated text": {"unchanged", "untranslated"},
    "Terminology/Inconsistent use of terminology": set(),
    "Fluency/Inconsistency": set(),
    "Accuracy/Omission": {"numbers", "short", "sentencecount"},
}
SEGMENT_SHARE = 0.9


def run_bitext(bitext, args, stdin_path=None):
    result = subprocess.run([bitext] + args, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"bitext failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def findings_of(jsonl):
    return [json.loads(line) for line in jsonl.splitlines() if line.strip()]


# ---------------------------------------------------------------- seeds

def seeds(bitext, data):
    folder = os.path.join(data, "seeds")
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    def seed(prefix):
        return next((os.path.join(folder, n) for n in names if n.startswith(prefix)), None)
    mt, source, scraped = seed("000_"), seed("004_"), seed("001_")
    if not (mt and source and scraped):
        print("## Seeds\n\nskipped: ../shared/seeds not found\n")
        return {}
    text = open(mt, encoding="utf-8").read()
    # 004_… reports the same talks but is no translation of 000_…: a comparable source.
    found = findings_of(run_bitext(bitext, ["qa", mt, "--source", source, "--mode", "comparable", "--format", "jsonl"]))
    calque = [f for f in found if f["check"] == "calque-compound" and f["text"] == "Kaltkriegstiefern"]
    evidence = bool(calque) and all(w in calque[0]["message"] for w in ("Cold War", "lows")) and calque[0]["severity"] != "info"
    artifacts = [m.start() + 1 for m in re.finditer(r"\w -\w", text)]
    artifact_hits = [a for a in artifacts if any(f["check"] == "spacing-artifact" and f["start"] <= a < f["end"] for f in found)]
    repeated = [f for f in found if f["check"] == "repeated-phrase"]
    scraped_found = findings_of(run_bitext(bitext, ["qa", scraped, "--format", "jsonl"]))
    markup = [f["text"] for f in scraped_found if f["check"] == "markup-remnant"]
    rows = [
        ("000: Kaltkriegstiefern is calque-compound with Cold War / lows evidence", evidence),
        (f"000: ' -word' artifacts flagged ({len(artifact_hits)}/{len(artifacts)})", len(artifact_hits) == len(artifacts)),
        (f"000: repeated phrase flagged ({len(repeated)})", bool(repeated)),
        (f"001: HTML remnant flagged ({sum(t.startswith('<') for t in markup)})", any(t.startswith("<") for t in markup)),
        (f"001: Markdown remnant flagged ({sum(t.startswith('**') for t in markup)})", any(t.startswith("**") for t in markup)),
    ]
    print("## Seeds\n\n| bar | result |\n|---|---|")
    for name, ok in rows:
        print(f"| {name} | {'pass' if ok else 'FAIL'} |")
    print()
    return {name: ok for name, ok in rows}


# ---------------------------------------------------------------- MQM

def load_mqm(path):
    """Segments keyed by (system, doc, segment id): source, plain target, error spans in the target
    [(start, end, category)], error spans in the source [(start, end, category)] (where raters mark
    omissions), the key and the segment's first rater. Reads the TED layout (`seg_id`) and the WMT23
    side-by-side layout (`globalSegId`, three raters per segment: their spans are pooled); rows
    without a span (`No-error`, the raters' attention tests) add none."""
    segments = collections.OrderedDict()
    csv.field_size_limit(1 << 30)
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        col = {name: i for i, name in enumerate(header)}
        segment_id = col["seg_id"] if "seg_id" in col else col["globalSegId"]
        needed = 1 + max(col[name] for name in ("system", "doc", "rater", "source", "target", "category"))
        for row in reader:
            if len(row) < needed:
                continue
            key = (row[col["system"]], row[col["doc"]], row[segment_id])
            marked = row[col["target"]]
            marked_source = row[col["source"]]
            seg = segments.setdefault(key, {"source": unmarked(marked_source), "target": unmarked(marked), "spans": [],
                                            "source_spans": [], "key": key, "rater": row[col["rater"]]})
            category = row[col["category"]]
            if category == "No-error":
                continue
            for text, spans in ((marked, seg["spans"]), (marked_source, seg["source_spans"])):
                start = text.find("<v>")
                end = text.find("</v>")
                if 0 <= start < end:
                    spans.append((start, end - 3, category))
    return list(segments.values())


def unmarked(text):
    return text.replace("<v>", "").replace("</v>", "")


def overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


def score(segments, findings_by_segment, categories):
    """Precision overall and per category, recall per category."""
    counted = correct = 0
    check_found = collections.Counter()
    check_correct = collections.Counter()
    cat_found = collections.Counter()
    cat_correct = collections.Counter()
    cat_spans = collections.Counter()
    cat_hit = collections.Counter()
    for index, seg in enumerate(segments):
        length = max(1, len(seg["target"]))
        found = [f for f in findings_by_segment.get(index, []) if (f[1] - f[0]) < SEGMENT_SHARE * length]
        for start, end, check in found:
            counted += 1
            check_found[check] += 1
            if any(overlaps(start, end, s, e) for s, e, _ in seg["spans"]):
                correct += 1
                check_correct[check] += 1
            for category, checks in categories.items():
                if check in checks:
                    cat_found[category] += 1
                    if any(overlaps(start, end, s, e) for s, e, c in seg["spans"] if c == category):
                        cat_correct[category] += 1
        for s, e, category in seg["spans"]:
            cat_spans[category] += 1
            if any(overlaps(start, end, s, e) for start, end, _ in found):
                cat_hit[category] += 1
    return {
        "findings": counted,
        "precision": correct / counted if counted else 0.0,
        "per_check": {c: f"{check_correct[c]}/{n}" for c, n in check_found.most_common()},
        "categories": {c: {"spans": cat_spans[c], "recall": cat_hit[c] / cat_spans[c] if cat_spans[c] else 0.0,
                           "findings": cat_found[c], "precision": cat_correct[c] / cat_found[c] if cat_found[c] else 0.0}
                       for c in categories},
    }


EXTRA_ARGS = []


def bitext_mqm(bitext, segments):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for index, seg in enumerate(segments):
            handle.write(json.dumps({"id": index, "source": seg["source"], "target": seg["target"]}, ensure_ascii=False) + "\n")
        path = handle.name
    megabytes = sum(len(seg["target"].encode("utf-8")) for seg in segments) / 1e6
    began = time.perf_counter()
    out = run_bitext(bitext, ["qa", "--batch", path, "--format", "jsonl"] + EXTRA_ARGS)
    seconds = time.perf_counter() - began
    os.unlink(path)
    by_segment = collections.defaultdict(list)
    per_check = collections.Counter()
    dump = os.environ.get("QA_EVAL_DUMP")
    dump_file = open(dump, "w", encoding="utf-8") if dump else None
    for f in findings_of(out):
        if dump_file:
            seg = segments[f["id"]]
            f["spans"] = [(s, e, c, seg["target"][s:e]) for s, e, c in seg["spans"]]
            dump_file.write(json.dumps(f, ensure_ascii=False) + "\n")
        if f["severity"] in ("warning", "error"):
            by_segment[f["id"]].append((f["start"], f["end"], f["check"]))
            per_check[f["check"]] += 1
    return by_segment, per_check, megabytes, seconds


def bench(bitext, segments):
    """`bitext bench qa` over the segments as batch records: its JSON result."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for index, seg in enumerate(segments):
            handle.write(json.dumps({"id": index, "source": seg["source"], "target": seg["target"]}, ensure_ascii=False) + "\n")
        path = handle.name
    out = run_bitext(bitext, ["bench", "qa", path, "--runs", "3"])
    os.unlink(path)
    return json.loads(out)


def paragraph_bench(bitext, data):
    """`bitext bench qa` over WMT24 paragraph records (one line of en-de.txt as the source, the same
    line of refA and of refB as targets, canary left out): records of one to many sentences each,
    so the sentence aligner runs on most of them. None when the data is missing."""
    wmt = os.path.join(data, "eval", "align", "wmt24-en-de-docs")
    if not os.path.exists(os.path.join(wmt, "en-de.txt")):
        return None
    sources = open(os.path.join(wmt, "en-de.txt"), encoding="utf-8").read().splitlines()
    domains = [l.split("\t")[0] for l in open(os.path.join(wmt, "en-de.docs"), encoding="utf-8").read().splitlines()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for ref in ("refA", "refB"):
            targets = open(os.path.join(wmt, f"en-de.{ref}.txt"), encoding="utf-8").read().splitlines()
            for index, (source, target, domain) in enumerate(zip(sources, targets, domains)):
                if domain != "canary":
                    handle.write(json.dumps({"id": f"{ref}-{index}", "source": source, "target": target}, ensure_ascii=False) + "\n")
        path = handle.name
    out = run_bitext(bitext, ["bench", "qa", path, "--runs", "5"])
    result = json.loads(out)
    began = time.perf_counter()
    run_bitext(bitext, ["qa", "--batch", path, "--format", "jsonl"])
    result["process_seconds"] = time.perf_counter() - began
    os.unlink(path)
    return result


def po_escape(text):
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t")


def po_unescape(text):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def pofilter_spans(check, source, target):
    """Where in the target a pofilter unit-level finding points, by the check's own rule; the whole
    segment when the check has no location (such findings are then not counted)."""
    whole = [(0, len(target))]
    if check == "doublewords":
        return [(m.start(), m.end()) for m in re.finditer(r"\b(\w+) \1\b", target)] or whole
    if check == "puncspacing":
        return [(m.start(), m.end()) for m in re.finditer(r"[,;:!?.](?=[^\s\d.,;:!?\"“”»«')\]])|\s+[,;:!?.](?=\s|$)", target)] or whole
    if check == "doublespacing":
        return [(m.start(), m.end()) for m in re.finditer(r"  +", target)] or whole
    if check == "numbers":
        source_numbers = {n.replace(",", "").replace(".", "") for n in NUMBER.findall(source)}
        return [(m.start(), m.end()) for m in NUMBER.finditer(target) if m.group().replace(",", "").replace(".", "") not in source_numbers] or whole
    if check == "brackets":
        return [(m.start(), m.end()) for m in re.finditer(r"[()\[\]{}]", target)] or whole
    if check == "doublequoting":
        return [(m.start(), m.end()) for m in re.finditer(r"[\"„“”»«]", target)] or whole
    if check == "singlequoting":
        return [(m.start(), m.end()) for m in re.finditer(r"['‚‘’]", target)] or whole
    if check == "endpunc":
        m = re.search(r"(\w+)?\W*$", target)
        return [(m.start(), len(target))] if m and m.start() < len(target) else whole
    if check in ("startpunc", "startcaps"):
        return [(0, 1)] if target else whole
    if check in ("acronyms", "simplecaps"):
        acronyms = set(re.findall(r"\b[A-Z]{2,}\b", source))
        return [(m.start(), m.end()) for m in re.finditer(r"\b\w+\b", target) if m.group() in acronyms or m.group().isupper() and len(m.group()) > 1] or whole
    return whole


POFILTER = os.path.join(REPO, ".build", "eval-venv", "bin", "pofilter")
# pofilter's options for every run here: German target, no fuzzy units (there are none), and no
# spellcheck, which needs pyenchant and enchant dictionaries the venv does not bring.
POFILTER_OPTIONS = ["--nofuzzy", "--language=de", "--excludefilter=spellcheck", "--progress=none"]


def pofilter_or_none(path):
    """`path` when the pofilter executable is there, else None (said once), so that an evaluation
    without scripts/eval-venv.sh still gives bitext's numbers."""
    if path and os.path.exists(path):
        return path
    print("pofilter skipped: not found (run scripts/eval-venv.sh)\n")
    return None


def pofilter_version(pofilter):
    """`pofilter --version` ("pofilter 3.20.4"), printed beside its numbers: its checks change between releases."""
    return subprocess.run([pofilter, "--version"], capture_output=True, text=True).stdout.strip()


def pofilter_failures(pofilter, segments):
    """(segment index, check, message) of every check a segment fails in pofilter, which judges whole
    units: the segments (dicts with "source" and "target") written as one PO file, one unit each with
    its index as msgctxt, and read back from the units pofilter writes out with its notes. None when
    pofilter wrote no output."""
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "in.po")
        output = os.path.join(folder, "out.po")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n\n')
            for index, seg in enumerate(segments):
                handle.write(f'msgctxt "{index}"\nmsgid "{po_escape(seg["source"])}"\nmsgstr "{po_escape(seg["target"])}"\n\n')
        result = subprocess.run([pofilter, *POFILTER_OPTIONS, source, output], capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"pofilter failed ({result.returncode}): {result.stderr.strip()[:400]}")
        if not os.path.exists(output):
            return None
        units = open(output, encoding="utf-8").read().split("\n\n")
    failures = []
    for unit in units:
        ctxt = re.search(r'^msgctxt "(\d+)"', unit, re.M)
        if ctxt:
            failures += [(int(ctxt.group(1)), check, message)
                         for check, message in re.findall(r"^# \(pofilter\) (\w+): ?(.*)$", unit, re.M)]
    return failures


def pofilter_findings(pofilter, segments):
    """pofilter's failures on `segments` in the shape of bitext's JSON findings (id = segment index, check,
    severity "warning", start, end, text, message), so that code written for bitext's findings scores
    pofilter's alike: one finding per target span the check's rule locates (`pofilter_spans`), one over
    the whole segment when it locates none (span scoring then leaves it out, as it does bitext's
    segment-level findings). None when pofilter wrote no output."""
    failures = pofilter_failures(pofilter, segments)
    if failures is None:
        return None
    findings = []
    for index, check, message in failures:
        seg = segments[index]
        for start, end in pofilter_spans(check, seg["source"], seg["target"]):
            findings.append({"id": index, "check": check, "severity": "warning", "start": start, "end": end,
                             "text": seg["target"][start:end], "message": message})
    return findings


def pofilter_mqm(pofilter, segments):
    """pofilter's span findings by segment index [(start, end, check)], in the form `score` takes, and
    its unit-level failures per check."""
    findings = pofilter_findings(pofilter, segments)
    if findings is None:
        return None
    by_segment = collections.defaultdict(list)
    for f in findings:
        by_segment[f["id"]].append((f["start"], f["end"], f["check"]))
    per_check = collections.Counter(check for _, check in pofilter_unit_failures(findings))
    return by_segment, per_check


def pofilter_unit_failures(findings):
    """The distinct (segment index, check) of pofilter's findings, in their order: its own count of
    failures, one per unit and check, however many spans a check's rule located in the unit."""
    return list(dict.fromkeys((f["id"], f["check"]) for f in findings))


def mqm(bitext, pofilter, data):
    path = os.path.join(data, "eval", "qa", "mqm-ted-en-de", "mqm_ted_ende.tsv")
    if not os.path.exists(path):
        print("## MQM\n\nskipped: ../shared/eval/qa/mqm-ted-en-de not found\n")
        return {}, None
    segments = load_mqm(path)
    target_chars = sum(len(s["target"]) for s in segments)
    covered = 0
    for seg in segments:
        marks = bytearray(len(seg["target"]))
        for s, e, _ in seg["spans"]:
            marks[s:e] = b"\x01" * (e - s)
        covered += sum(marks)
    results = {"segments": len(segments), "chance_precision": covered / target_chars}
    by_segment, per_check, megabytes, seconds = bitext_mqm(bitext, segments)
    results["bitext"] = score(segments, by_segment, CATEGORIES)
    throughput = {"megabytes": megabytes, "seconds": seconds, "mb_per_s": megabytes / seconds,
                  "bench": bench(bitext, segments)}
    if pofilter and os.path.exists(pofilter):
        po = pofilter_mqm(pofilter, segments)
        if po:
            results["pofilter"] = score(segments, po[0], POFILTER_CATEGORIES)
    print(f"## MQM (TED, en→de): {len(segments)} segments; chance precision {results['chance_precision']:.3f}\n")
    systems = [s for s in ("bitext", "pofilter") if s in results]
    header = "| system | span findings | precision |" + "".join(f" {c} R / P |" for c in CATEGORIES)
    print(header)
    print("|" + "---|" * (3 + len(CATEGORIES)))
    for system in systems:
        r = results[system]
        cells = "".join(f" {r['categories'][c]['recall']:.3f} / {r['categories'][c]['precision']:.3f} ({r['categories'][c]['spans']}) |" for c in CATEGORIES)
        print(f"| {system} | {r['findings']} | {r['precision']:.3f} |{cells}")
    if "pofilter" not in results:
        print("\n(pofilter skipped: not installed; see the script's docstring)")
    for system in systems:
        print(f"\n{system} span findings by check (correct/all): " + ", ".join(f"{k} {v}" for k, v in results[system]["per_check"].items()))
    print()
    results["spelling_agreement"] = qa_mqm_agreement.report(segments, "Fluency/Spelling", overlaps)
    return results, throughput


# ---------------------------------------------------------------- false alarms

def clean_german(data):
    texts = []
    pud = os.path.join(data, "eval", "align", "pud-de-en", "pud_de_en_parallel.tsv")
    if os.path.exists(pud):
        with open(pud, encoding="utf-8") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        col = rows[0].index("de")
        texts.append(("pud-de-en (de)", [r[col] for r in rows[1:] if len(r) > col]))
    wmt = os.path.join(data, "eval", "align", "wmt24-en-de-docs")
    for ref in ("refA", "refB"):
        path = os.path.join(wmt, f"en-de.{ref}.txt")
        if os.path.exists(path):
            lines = open(path, encoding="utf-8").read().splitlines()
            domains = [l.split("\t")[0] for l in open(os.path.join(wmt, "en-de.docs"), encoding="utf-8").read().splitlines()]
            texts.append((f"wmt24 {ref} (all domains)", [l for l, d in zip(lines, domains) if d != "canary"]))
            texts.append((f"wmt24 {ref} (news)", [l for l, d in zip(lines, domains) if d == "news"]))
    return texts


def reviewed_rows():
    """The rows of eval/qa_reviewed_findings.tsv: (corpus, check, text, verdict, context); context is
    empty unless the row has a sixth column."""
    with open(os.path.join(HERE, "qa_reviewed_findings.tsv"), encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        return [(row[0], row[1], row[2], row[3], row[5] if len(row) > 5 else "") for row in rows if len(row) >= 5]


def reviewed_errors():
    """(corpus, check, text) of findings on the clean texts that reading showed to be real errors in them
    (rows without a context: the flagged text alone identifies them)."""
    return {(corpus, check, text) for corpus, check, text, verdict, context in reviewed_rows() if verdict == "error" and not context}


def reviewed_error_contexts():
    """(corpus, check, text, context) of real errors whose flagged text alone is ambiguous (a quotation
    mark, an omission's empty span): the finding counts as reviewed when its record's target or its
    message contains the context."""
    return [(corpus, check, text, context) for corpus, check, text, verdict, context in reviewed_rows() if verdict == "error" and context]


def false_alarms(bitext, data):
    sets = clean_german(data)
    if not sets:
        print("## False alarms\n\nskipped: ../shared/eval/align not found\n")
        return {}
    errors = reviewed_errors()
    print("## False alarms on clean German (target only)\n\nReal errors in these texts are listed, each read one by one, in "
          "`eval/qa_reviewed_findings.tsv`; every other warning counts as a false alarm.\n\n"
          "| set | sentences | warnings+errors | of them real errors in the text | false alarms per 1,000 sentences | by check |\n"
          "|---|---|---|---|---|---|")
    results = {}
    for name, paragraphs in sets:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
            for index, text in enumerate(paragraphs):
                handle.write(json.dumps({"id": index, "target": text}, ensure_ascii=False) + "\n")
            path = handle.name
        found = [f for f in findings_of(run_bitext(bitext, ["qa", "--batch", path, "--format", "jsonl"] + EXTRA_ARGS)) if f["severity"] != "info"]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
            for index, text in enumerate(paragraphs):
                handle.write(json.dumps({"id": index, "text": text}, ensure_ascii=False) + "\n")
            split_path = handle.name
        sentences = sum(len(json.loads(l)["sentences"]) for l in run_bitext(bitext, ["split", "--lang", "de", "--batch", split_path]).splitlines())
        os.unlink(path)
        os.unlink(split_path)
        corpus = name.split(" (")[0]
        in_context = reviewed_error_contexts()
        real = [f for f in found if (corpus, f["check"], f["text"]) in errors
                or any((corpus, f["check"], f["text"]) == row[:3] and (row[3] in paragraphs[f["id"]] or row[3] in f["message"]) for row in in_context)]
        alarms = [f for f in found if f not in real]
        rate = 1000 * len(alarms) / max(1, sentences)
        checks = collections.Counter(f["check"] for f in alarms)
        print(f"| {name} | {sentences} | {len(found)} | {len(real)} | {rate:.1f} | "
              + ", ".join(f"{k} {v}" for k, v in checks.most_common()) + " |")
        results[name] = {"sentences": sentences, "findings": len(found), "real_errors": len(real),
                         "false_alarms_per_1000": rate, "findings_per_1000": 1000 * len(found) / max(1, sentences),
                         "false_alarms": [f["text"] for f in alarms[:40]]}
    print()
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext", default=os.path.join(REPO, ".build", "release", "bitext"))
    parser.add_argument("--data", default=os.path.join(REPO, "..", "shared"))
    parser.add_argument("--pofilter", default=POFILTER)
    parser.add_argument("--qa-args", default="", help="extra arguments for bitext qa, e.g. '--skip capitalization'")
    parser.add_argument("--json", help="also write the results as JSON to this file")
    parser.add_argument("--sections", default="seeds,mqm,false-alarms", help="comma-separated subset of seeds,mqm,false-alarms")
    parser.add_argument("--show-false-alarms", action="store_true", help="list the flagged texts on clean German")
    args = parser.parse_args()
    if not os.path.isdir(args.data):
        print(f"skipped: {args.data} not found")
        return
    if not os.path.exists(args.bitext):
        raise SystemExit(f"{args.bitext}: not built (swift build -c release)")
    EXTRA_ARGS.extend(args.qa_args.split())
    sections = set(args.sections.split(","))
    results = {"seeds": seeds(args.bitext, args.data)} if "seeds" in sections else {}
    throughput = None
    if "mqm" in sections:
        results["mqm"], throughput = mqm(args.bitext, args.pofilter, args.data)
    if "false-alarms" in sections:
        results["false_alarms"] = false_alarms(args.bitext, args.data)
    if args.show_false_alarms and "false_alarms" in results:
        for name, r in results["false_alarms"].items():
            print(name, r["false_alarms"])
    if throughput:
        b = throughput["bench"]
        print(f"## Throughput\n\nbitext bench qa (all checks, {b['records']} records, {b['target_bytes'] / 1e6:.2f} MB of targets): "
              f"{b['qa_mb_s']:.2f} MB/s wall clock, {b['qa_mb_per_cpu_s']:.2f} MB per CPU second (best run); "
              f"first run, opening the dictionaries as a one-off process does: {b['first_qa_mb_s']:.2f} MB/s\n")
        paragraphs = paragraph_bench(args.bitext, args.data)
        if paragraphs:
            throughput["paragraph_bench"] = paragraphs
            print(f"bitext bench qa over WMT24 paragraph records with sources ({paragraphs['records']} records, "
                  f"{paragraphs['target_bytes'] / 1e6:.2f} MB of targets): {paragraphs['qa_mb_s']:.2f} MB/s wall clock, "
                  f"{paragraphs['qa_mb_per_cpu_s']:.2f} MB per CPU second (best run); first run: {paragraphs['first_qa_mb_s']:.2f} MB/s; "
                  f"one bitext qa --batch process: {paragraphs['process_seconds']:.2f} s = "
                  f"{paragraphs['target_bytes'] / 1e6 / paragraphs['process_seconds']:.2f} MB/s (start-up included)\n")
        print(f"one bitext qa --batch process: {throughput['megabytes']:.2f} MB in {throughput['seconds']:.2f} s "
              f"= {throughput['mb_per_s']:.2f} MB/s (start-up included)\n")
        results["throughput"] = throughput
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
