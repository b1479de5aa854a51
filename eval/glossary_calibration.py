#!/usr/bin/env python3
"""Calibration of the glossary's confidence (issue 18): is a 0.9 right about nine times in ten?

Two kinds of input, each with its own model in Sources/BitextKit/Resources/LanguageData/common/glossary-confidence.txt:

- parallel: the WMT23 terminology set (de-en, line-aligned, medical) split as in eval/glossary_eval.py, the
  development half (lines 1-1481) and the test half (1482-2963), each built alone with --line-aligned;
- comparable: the same halves made into comparable article pairs by eval/glossary_comparable_setting.py
  (12-line documents, each side dropping 30% of the sentences independently, two sentences of another
  document added per side, paragraphs shuffled; seeded), each half built alone with --mode comparable.

Every build leaves the curated glossary out. An entry is right by the rule of glossary_eval.py: after lemma
normalization it is a gold term pair of the set or a Ding entry, and its German side is not a function word.
Both lists are incomplete, so a right pair absent from both counts as wrong (identical acronyms such as EEG/EEG,
drug names, longer phrases such as "clinical benefit"): the shares right are lower bounds.

    python3 eval/glossary_calibration.py                  reliability tables of the calibrated confidence,
                                                          both modes, development and test half
    python3 eval/glossary_calibration.py --variants       also the comparable test half under other settings
                                                          (seed, drop share, background, document length)
    python3 eval/glossary_calibration.py --names-template FILE
                                                          the current name samples (below) with the judgements
                                                          carried over by pair, new ones empty, to judge by hand
    python3 eval/glossary_calibration.py --fit MODE       fits the MODE (parallel|comparable) section of
                                                          glossary-confidence.txt by logistic regression on the
                                                          development half (builds with --raw-confidence) and
                                                          prints its lines to paste there

The rule is blind to names and loanwords spelt alike in both languages (EEG/EEG, Fentanyl/fentanyl), which
neither list holds, and names are most of what a comparable build of news pairs. So for the comparable model,
eval/glossary_comparable_names_judged.tsv judges by hand, per half, 40 of the name-evidence entries the rule counts
wrong: in the fit such an entry counts right with the development half's judged share (a soft label), and the
test half's table gives, beside the share right by the rule, the estimate with the test half's own judged share.

Features (as GlossaryConfidenceCalibration computes them): the raw score, the log of the joint count (the
entry's frequency), one indicator per kind of evidence, and (comparable model only) the number of words of the
two base forms. The bar: on the development half, the entries given 0.85-0.95 are right 85-95% of the time;
the test half is reported beside it.

Usage: python3 eval/glossary_calibration.py [--fit parallel|comparable] [--variants] [--names-template FILE] [--bitext .build/release/bitext]
       [--data ../shared/eval] [--ding /usr/share/trans/de-en] [--json FILE]
Missing data or binary: "skipped: ..." and exit 0.
"""
import argparse
import collections
import json
import math
import os
import random
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import glossary_eval as ge  # noqa: E402
import glossary_comparable_setting as setting  # noqa: E402
from stats import wilson  # noqa: E402

KINDS = ["lexicon", "compound", "name", "cognate", "cooccurrence"]
# The features' names in glossary-confidence.txt, per model.
FEATURES = {"parallel": ["bias", "score", "log-joint"] + KINDS, "comparable": ["bias", "score", "log-joint"] + KINDS + ["words"]}
BINS = [0.0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0001]


def features(entry, mode="parallel"):
    kinds = set(entry.get("evidence", []))
    values = [1.0, entry["confidence"], math.log(max(entry.get("frequency", 1), 1))] + [1.0 if k in kinds else 0.0 for k in KINDS]
    if mode == "comparable":
        values.append(float(sum(1 for side in ("german", "english") for w in entry[side].split(" ") if w)))
    return values


def fit_logistic(rows, labels, l2=1e-3, iterations=50):
    """Newton-Raphson (IRLS) for logistic regression with a small ridge penalty (not on the bias)."""
    n = len(rows[0])
    w = [0.0] * n
    for _ in range(iterations):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y in zip(rows, labels):
            z = sum(a * b for a, b in zip(w, x))
            p = 1 / (1 + math.exp(-max(min(z, 35), -35)))
            for i in range(n):
                grad[i] += (p - y) * x[i]
                for j in range(n):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(1, n):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def solve(a, b):
    """Gaussian elimination with partial pivoting (small systems)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            m[c][c] = 1e-12
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def halves(data):
    folder = os.path.join(data, "terms/wmt23-terminology-de-en")
    paths = [os.path.join(folder, f) for f in ("deen.de", "deen.en", "deen.term.proper")]
    if not all(os.path.exists(p) for p in paths):
        return None
    de_lines = open(paths[0], encoding="utf-8").read().splitlines()
    en_lines = open(paths[1], encoding="utf-8").read().splitlines()
    gold = set()
    for line in open(paths[2], encoding="utf-8"):
        for pair in json.loads(line):
            gold.add((ge.norm(pair["de"], "de"), ge.norm(pair["en"], "en")))
    middle = len(de_lines) // 2
    return de_lines, en_lines, gold, [("dev", 0, middle), ("test", middle, len(de_lines))]


def build_half(bitext, de_lines, en_lines, lo, hi, raw, mode="parallel"):
    extra = ["--raw-confidence"] if raw else []
    with tempfile.TemporaryDirectory() as tmp:
        if mode == "comparable":
            listing = setting.write(setting.article_pairs(de_lines, en_lines, lo, hi), tmp)
            return ge.run_bitext(bitext, ["--mode", "comparable", "--no-default-glossary", "--contexts", "0", *extra, "--pairs", listing])
        de_file, en_file = os.path.join(tmp, "half.de"), os.path.join(tmp, "half.en")
        with open(de_file, "w", encoding="utf-8") as f:
            f.write("\n".join(de_lines[lo:hi]) + "\n")
        with open(en_file, "w", encoding="utf-8") as f:
            f.write("\n".join(en_lines[lo:hi]) + "\n")
        return ge.run_bitext(bitext, ["--mode", "parallel", "--no-default-glossary", "--line-aligned", "--contexts", "0", *extra, de_file, en_file])


def labels(entries, gold, ding, de_stop):
    result = []
    for x in entries:
        right = not ge.german_is_function_word(x["german"], de_stop) and (
            (ge.norm(x["german"], "de"), ge.norm(x["english"], "en")) in gold or (ge.norm(x["german"], "de"), ge.norm(x["english"], "en")) in ding)
        result.append(1 if right else 0)
    return result


def reliability(name, entries, marks, report, soft=None, soft_range=None):
    """The reliability table of one half: per confidence bin, the share right by the rule (with its Wilson interval)
    and, given `soft` (the rule's labels with its blind spot corrected by the half's hand-judged names), that estimate;
    `soft_range`: the same labels at the two ends of the judged share's interval."""
    print(f"### {name} half: {len(entries)} entries\n")
    extra = " | estimated share right, names corrected |" if soft else " |"
    print("| confidence | entries | mean confidence | right | share right | 95% interval (Wilson)" + extra)
    print("|---|---:|---:|---:|---:|---|" + ("---:|" if soft else ""))
    soft = soft or marks
    rows = []
    ece = ece_soft = 0.0
    for lo, hi in zip(BINS, BINS[1:]):
        inside = [(x["confidence"], m, y) for x, m, y in zip(entries, marks, soft) if lo <= x["confidence"] < hi]
        if not inside:
            continue
        n = len(inside)
        mean = sum(c for c, _, _ in inside) / n
        right = sum(m for _, m, _ in inside)
        estimate = sum(y for _, _, y in inside) / n
        a, b = wilson(right, n)
        ece += n / len(entries) * abs(mean - right / n)
        ece_soft += n / len(entries) * abs(mean - estimate)
        label = f"{lo:.2f}-{min(hi, 1):.2f}"
        print(f"| {label} | {n} | {mean:.3f} | {right} | {right / n:.3f} | {a:.2f}-{b:.2f}" + (f" | {estimate:.3f} |" if soft is not marks else " |"))
        rows.append({"bin": label, "n": n, "mean_confidence": mean, "right": right, "estimate": estimate})
    band = [(m, y) for x, m, y in zip(entries, marks, soft) if 0.85 <= x["confidence"] < 0.95]
    band_mean = sum(x["confidence"] for x in entries if 0.85 <= x["confidence"] < 0.95) / max(len(band), 1)
    right = sum(m for m, _ in band)
    a, b = wilson(right, len(band))
    print(f"\nexpected calibration error (entry-weighted |mean confidence - share right|): {ece:.3f}"
          + (f"; against the names-corrected estimate: {ece_soft:.3f}" if soft is not marks else ""))
    print(f"entries given 0.85-0.95: {right}/{len(band)} right = {right / max(len(band), 1):.3f} ({a:.2f}-{b:.2f}),"
          f" mean confidence {band_mean:.3f}" + (f"; names-corrected estimate {sum(y for _, y in band) / max(len(band), 1):.3f}" if soft is not marks else "")
          + (" ({:.3f}-{:.3f} over the judged share's 95% interval)".format(
              *(sum(y for x, y in zip(entries, r) if 0.85 <= x["confidence"] < 0.95) / max(len(band), 1) for r in soft_range)) if soft_range else "")
          + "\n")
    report[name] = {"bins": rows, "ece": ece, "ece_names_corrected": ece_soft,
                    "band_0.85_0.95": {"n": len(band), "right": right, "mean_confidence": band_mean}}


NAMES_JUDGED = os.path.join(ge.REPO, "eval/glossary_comparable_names_judged.tsv")
NAMES_SAMPLE = 40


def judged_names(half, entries, marks):
    """The hand judgements of `half` in eval/glossary_comparable_names_judged.tsv as (right, judged), checked against the
    build: its name-evidence entries the rule counts wrong, drawn with random.Random(18). None when they do not match."""
    rows = [line.rstrip("\n").split("\t") for line in open(NAMES_JUDGED, encoding="utf-8") if not line.startswith("#")]
    rows = [r[1:] for r in rows if r[0] == half]
    wrong = [x for x, m in zip(entries, marks) if "name" in x.get("evidence", []) and not m]
    sample = random.Random(18).sample(wrong, min(len(rows), len(wrong)))
    if not rows or [(x["german"], x["english"]) for x in sample] != [(r[0], r[1]) for r in rows]:
        return None
    return sum(1 for r in rows if r[3] == "right"), len(rows)


def write_names_template(path, samples):
    """Writes the current name samples {half: entries} to `path` with the judgements of NAMES_JUDGED carried over by pair
    (the header kept); pairs not judged before get empty judgement columns, to be judged by hand."""
    header, judged = [], {}
    for line in open(NAMES_JUDGED, encoding="utf-8"):
        if line.startswith("#"):
            header.append(line)
        else:
            r = line.rstrip("\n").split("\t")
            judged[(r[1], r[2])] = r[4:6]
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(header)
        for half, sample in samples.items():
            for x in sample:
                judgement, reason = judged.get((x["german"], x["english"]), ["", ""])
                f.write(f'{half}\t{x["german"]}\t{x["english"]}\t{",".join(x["evidence"])}\t{judgement}\t{reason}\n')


def names_corrected(entries, marks, share):
    """The rule's labels with its blind spot filled in: a name-evidence entry the rule counts wrong is right with `share`,
    the hand-judged share of such entries (the rule's lists hold almost no names or loanwords spelt alike: EEG/EEG)."""
    return [m if m or "name" not in x.get("evidence", []) else share for x, m in zip(entries, marks)]


def names_check(half, entries, marks, report):
    """Prints how blind the rule is to names on `half` and returns the hand-judged share right (None: re-judge)."""
    judged = judged_names(half, entries, marks)
    if judged is None:
        print(f"names check: {NAMES_JUDGED} no longer matches the {half} half's build; re-judge it\n")
        return None
    right, n = judged
    named = [m for x, m in zip(entries, marks) if "name" in x.get("evidence", [])]
    mean = sum(x["confidence"] for x in entries if "name" in x.get("evidence", [])) / max(len(named), 1)
    a, b = wilson(right, n)
    estimate = (sum(named) + (len(named) - sum(named)) * right / n) / max(len(named), 1)
    report[f"comparable {half} names interval"] = (a, b)
    print(f"names check, {half} half: {len(named)} entries with name evidence, {sum(named)} right by the rule"
          f" ({sum(named) / max(len(named), 1):.3f}); of the {len(named) - sum(named)} it counts wrong, {right}/{n} drawn are judged"
          f" right by hand = {right / n:.2f} ({a:.2f}-{b:.2f}), so about {estimate:.2f} of the {len(named)} are right;"
          f" their mean confidence is {mean:.3f}\n")
    report[f"comparable {half} names check"] = {"name_entries": len(named), "rule_right": sum(named), "judged": n, "judged_right": right,
                                                "estimated_share_right": estimate, "mean_confidence": mean}
    return right / n


VARIANTS = [(19, 0.3, 2, 12), (18, 0.5, 2, 12), (18, 0.3, 4, 12), (18, 0.3, 2, 24)]


def variants(bitext, de_lines, en_lines, gold, ding, de_stop, lo, hi, share):
    """How much the comparable test-half figures depend on the setting: the test half made with another seed, more
    sentences dropped, more background, longer documents; names corrected with the default setting's judged share."""
    print("## Comparable test half under other settings (names corrected with the default setting's judged share)\n")
    print("| seed | drop | background | document lines | entries | given 0.85-0.95 | mean confidence | right (rule) | right, names corrected | ECE, names corrected |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    default = (setting.SEED, setting.DROP, setting.BACKGROUND, setting.DOC_LINES)
    for values in VARIANTS:
        setting.SEED, setting.DROP, setting.BACKGROUND, setting.DOC_LINES = values
        entries = build_half(bitext, de_lines, en_lines, lo, hi, raw=False, mode="comparable")
        marks = labels(entries, gold, ding, de_stop)
        soft = names_corrected(entries, marks, share)
        band = [(x["confidence"], m, y) for x, m, y in zip(entries, marks, soft) if 0.85 <= x["confidence"] < 0.95]
        ece = 0.0
        for a, b in zip(BINS, BINS[1:]):
            inside = [(x["confidence"], y) for x, y in zip(entries, soft) if a <= x["confidence"] < b]
            if inside:
                ece += len(inside) / len(entries) * abs(sum(c for c, _ in inside) / len(inside) - sum(y for _, y in inside) / len(inside))
        n = max(len(band), 1)
        print(f"| {values[0]} | {values[1]} | {values[2]} | {values[3]} | {len(entries)} | {len(band)} | {sum(c for c, _, _ in band) / n:.3f}"
              f" | {sum(m for _, m, _ in band) / n:.3f} | {sum(y for _, _, y in band) / n:.3f} | {ece:.3f} |")
    setting.SEED, setting.DROP, setting.BACKGROUND, setting.DOC_LINES = default
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fit", choices=sorted(FEATURES))
    parser.add_argument("--bitext", default=os.path.join(ge.REPO, ".build/release/bitext"))
    parser.add_argument("--data", default=os.path.join(ge.REPO, "../shared/eval"))
    parser.add_argument("--ding", default="/usr/share/trans/de-en")
    parser.add_argument("--json")
    parser.add_argument("--variants", action="store_true", help="also build the comparable test half under four other settings")
    parser.add_argument("--names-template", metavar="FILE",
                        help="write the current name samples of both comparable halves, judgements carried over by pair, and stop")
    args = parser.parse_args()
    if not os.path.exists(args.bitext):
        print(f"skipped: no bitext binary at {args.bitext} (swift build -c release)")
        return 0
    loaded = halves(args.data)
    if loaded is None:
        print(f"skipped: WMT23 terminology data not found in {args.data}")
        return 0
    if not os.path.exists(args.ding):
        print(f"skipped: Ding dictionary not found at {args.ding} (the rule of right needs it)")
        return 0
    de_lines, en_lines, gold, parts = loaded
    ding = ge.load_ding(args.ding)
    de_stop = ge.function_words("de")
    if args.names_template:
        samples = {}
        for name, lo, hi in parts:
            entries = build_half(args.bitext, de_lines, en_lines, lo, hi, raw=True, mode="comparable")
            marks = labels(entries, gold, ding, de_stop)
            wrong = [x for x, m in zip(entries, marks) if "name" in x.get("evidence", []) and not m]
            samples[name] = random.Random(18).sample(wrong, min(NAMES_SAMPLE, len(wrong)))
        write_names_template(args.names_template, samples)
        print(f"wrote {args.names_template}: judge the rows with empty judgement, then copy it over {NAMES_JUDGED}")
        return 0
    if args.fit:
        _, lo, hi = parts[0]
        entries = build_half(args.bitext, de_lines, en_lines, lo, hi, raw=True, mode=args.fit)
        marks = labels(entries, gold, ding, de_stop)
        if args.fit == "comparable":
            # Names are most of what comparable news pairs and the rule's blind spot: the hand-judged share stands in.
            judged = judged_names("dev", entries, marks)
            if judged is None:
                print(f"refused: {NAMES_JUDGED} no longer matches the development half's build; re-judge it first")
                return 1
            marks = names_corrected(entries, marks, judged[0] / judged[1])
        w = fit_logistic([features(x, args.fit) for x in entries], marks)
        print(f"fitted on the {args.fit} development half: {len(entries)} entries, {sum(marks):.1f} right;"
              f" lines for the [{args.fit}] section of Sources/BitextKit/Resources/LanguageData/common/glossary-confidence.txt:\n")
        for n, v in zip(FEATURES[args.fit], w):
            print(f"{n} {v:.3f}")
        return 0
    report = {}
    for mode, title in (("parallel", "WMT23 terminology halves, line-aligned"),
                        ("comparable", "WMT23 terminology halves made comparable (eval/glossary_comparable_setting.py)")):
        print(f"## Calibrated confidence, {mode}: {title}, each built alone, curated glossary left out\n")
        for name, lo, hi in parts:
            entries = build_half(args.bitext, de_lines, en_lines, lo, hi, raw=False, mode=mode)
            marks = labels(entries, gold, ding, de_stop)
            share = names_check(name, entries, marks, report) if mode == "comparable" else None
            soft = soft_range = None
            if share is not None:
                soft = names_corrected(entries, marks, share)
                soft_range = [names_corrected(entries, marks, p) for p in report[f"comparable {name} names interval"]]
            reliability(f"{mode} {name}", entries, marks, report, soft=soft, soft_range=soft_range)
            if args.variants and (mode, name) == ("comparable", "test") and share is not None:
                variants(args.bitext, de_lines, en_lines, gold, ding, de_stop, lo, hi, share)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
