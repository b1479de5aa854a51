#!/usr/bin/env python3
"""Evaluate `bitext glossary build` (python stdlib + the bitext binary).

1. Seeds: the four German seed articles against the English one (comparable mode), with the
   curated glossary left out (--no-default-glossary: a user's texts are not covered by it). The top
   30 entries must include four reference pairs (as the entry's terms or among its variants) and no
   pair whose two sides are both function words, and no German term may start "Kaltkrieg" (the
   calque the QA pass flags). The default build (curated glossary included) is printed beside it.
2. Base forms (issue 18): the share of single-word German and English terms that Hunspell can
   analyse which are in their base form (eval/hunspell_base.py), over every entry of the seeds'
   and the WMT23 build without the curated glossary. Bar: >= 95% on each side of each set.
3. WMT23 terminology (de-en, 2,962 sentence pairs, medical, a domain bitext was not tuned on):
   a glossary built in parallel mode over all of it, precision of the top 100/500/1000 pairs and
   recall of the gold pairs occurring >= 3 times, beside a plain Dice-over-tokens baseline; and
   P@100 on the test half (lines 1482-2963; the dev half 1-1481 is what parameters may be tuned
   on), each half built on its own. Bar: test-half P@100 >= Dice P@100 + 0.2.

A pair is correct when, after lemma normalization (lower case, crude inflection stripping on
both the gold and the system side), it matches a gold term pair of the test set or a Ding
dictionary entry, and its German side is not a function word (bitext's own stop-word lists).

Usage: python3 eval/glossary_eval.py [--bitext .build/release/bitext] [--data ../shared/eval]
       [--seeds ../shared/seeds] [--ding /usr/share/trans/de-en] [--json results.json]
Missing data is reported as "skipped: ..." with exit code 0. Exit code 1 when a bar is missed.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

import hunspell_base

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"\w+(?:[-']\w+)*", re.UNICODE)
SEED_PAIRS = [("Botschaft", "embassy"), ("Ausweisung", "expulsion"), ("Außenminister", "foreign minister"), ("Krim", "Crimea")]


def function_words(lang):
    words = set()
    folder = os.path.join(REPO, "Sources/BitextKit/Resources/LanguageData", lang)
    for name in ("stopwords.txt", "term-stopwords.txt"):
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#") and not line.startswith("["):
                words.add(line.lower())
    return words


def strip_de(word):
    for suffix in ("en", "em", "er", "es", "e", "n", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def strip_en(word):
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and re.search(r"(ss|sh|ch|x|z)es$", word):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def norm(text, lang):
    words = WORD.findall(text.lower())
    if lang == "en" and words and words[0] == "to" and len(words) > 1:
        words = words[1:]
    strip = strip_de if lang == "de" else strip_en
    return " ".join(strip(w) for w in words)


def load_ding(path):
    pairs = set()
    annotation = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or " :: " not in line:
                continue
            de, en = line.rstrip("\n").split(" :: ", 1)
            for d, e in zip(de.split("|"), en.split("|")):
                ds = [norm(annotation.sub(" ", x), "de") for x in d.split(";")]
                es = [norm(annotation.sub(" ", x), "en") for x in e.split(";")]
                for a in ds:
                    for b in es:
                        if a and b:
                            pairs.add((a, b))
    return pairs


def run_bitext(bitext, args):
    result = subprocess.run([bitext, "glossary", "build", "--format", "jsonl", *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"bitext failed: {result.stderr.strip()}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def is_function_pair(de, en, de_stop, en_stop):
    dw = WORD.findall(de.lower())
    ew = WORD.findall(en.lower())
    return all(w in de_stop for w in dw) and all(w in en_stop for w in ew)


def german_is_function_word(de, de_stop):
    words = WORD.findall(de.lower())
    return not words or all(w in de_stop for w in words)


def seeds(bitext, folder, de_stop, en_stop, report):
    files = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    english = [f for f in files if f.startswith("004_")]
    german = [f for f in files if f.endswith(".txt") and not f.startswith("004_")]
    if not english or len(german) != 4:
        print(f"skipped: seeds not found in {folder}")
        return True
    inputs = []
    for g in german:
        inputs += [os.path.join(folder, g), os.path.join(folder, english[0])]
    ok = True
    print("## Seeds (4 German articles vs 004, comparable mode, top 30)\n")
    print("| glossary | " + " | ".join(f"{d}/{e}" for d, e in SEED_PAIRS) + " | stop-word pairs | Kaltkrieg… offered | bar |")
    print("|---|" + "---|" * (len(SEED_PAIRS) + 3))
    # The bar is on extraction alone (issue 18: a user's own texts are not covered by the curated
    # glossary); the default build is reported beside it.
    for label, extra, counts in (("extraction only (--no-default-glossary)", ["--no-default-glossary"], True),
                                 ("default (curated + extracted), diagnostic", [], False)):
        full = run_bitext(bitext, ["--mode", "comparable", *extra, *inputs])
        top = full[:30]
        have = {}
        for i, x in enumerate(top):
            for d, e in entry_pairs(x):
                have.setdefault((norm(d, "de"), norm(e, "en")), i + 1)
        ranks = [have.get((norm(d, "de"), norm(e, "en"))) for d, e in SEED_PAIRS]
        stop_pairs = [f'{x["german"]}/{x["english"]}' for x in top if is_function_pair(x["german"], x["english"], de_stop, en_stop)]
        calques = [x["german"] for x in full if x["german"].lower().startswith("kaltkrieg")]
        passed = all(r is not None for r in ranks) and not stop_pairs and not calques
        if counts:
            ok = ok and passed
        cells = [f"#{r}" if r else "missing" for r in ranks]
        print(f"| {label} | " + " | ".join(cells) + f" | {len(stop_pairs)} | {len(calques)} | {'PASS' if passed else 'FAIL'} |")
        report["seeds"][label] = {"ranks": ranks, "stop_word_pairs": stop_pairs, "calques": calques, "pass": passed}
        if counts:
            report["seeds_entries"] = full
    print()
    return ok


def entry_pairs(x):
    """The entry's German-English pairs: its two terms, and each variant with the other language's term."""
    pairs = [(x["german"], x["english"])]
    for item in filter(None, x.get("variants", "").split("; ")):
        lang, rest = item.split(":", 1)
        term = rest.rsplit("=", 1)[0]
        pairs.append((term, x["english"]) if lang == "de" else (x["german"], term))
    return pairs


def base_forms(entries_by_set, report):
    if not hunspell_base.available():
        print("skipped: Hunspell de_DE/en_US or libhunspell not installed")
        return True
    de, en = hunspell_base.Hunspell("de_DE"), hunspell_base.Hunspell("en_US")
    print("## Base forms (single-word terms Hunspell can analyse, curated glossary left out)\n")
    print("| set | German base / analysable | share | English base / analysable | share | inflected examples | bar >= 95% |")
    print("|---|---|---|---|---|---|---|")
    ok = True
    for name, entries in entries_by_set:
        bd, ad, xd = hunspell_base.share([x["german"] for x in entries], "de", de)
        be, ae, xe = hunspell_base.share([x["english"] for x in entries], "en", en)
        sd, se = bd / max(ad, 1), be / max(ae, 1)
        passed = sd >= 0.95 and se >= 0.95
        ok = ok and passed
        examples = ", ".join((xd + xe)[:8])
        print(f"| {name} | {bd}/{ad} | {sd:.3f} | {be}/{ae} | {se:.3f} | {examples} | {'PASS' if passed else 'FAIL'} |")
        report.setdefault("base_forms", {})[name] = {"de": [bd, ad], "en": [be, ae], "pass": passed}
    print()
    return ok


def dice_baseline(de_lines, en_lines):
    """Plain Dice over lower-cased tokens: every co-occurring token pair, no filtering, joint >= 2."""
    fd, fe, joint = collections.Counter(), collections.Counter(), collections.Counter()
    for d, e in zip(de_lines, en_lines):
        ds = set(WORD.findall(d.lower()))
        es = set(WORD.findall(e.lower()))
        fd.update(ds)
        fe.update(es)
        for a in ds:
            for b in es:
                joint[(a, b)] += 1
    scored = [(2 * c / (fd[a] + fe[b]), c, a, b) for (a, b), c in joint.items() if c >= 2]
    scored.sort(key=lambda x: (-x[0], -x[1], x[2], x[3]))
    return [{"german": a, "english": b} for _, _, a, b in scored]


def score(entries, gold, ding, de_stop, frequent_gold):
    def correct(x, reference):
        if german_is_function_word(x["german"], de_stop):
            return False
        key = (norm(x["german"], "de"), norm(x["english"], "en"))
        return key in gold or key in reference
    marks = [correct(x, ding) for x in entries]
    gold_marks = [correct(x, set()) for x in entries]
    precision = {}
    for k in (100, 500, 1000):
        precision[k] = sum(marks[:k]) / k
    precision["gold500"] = sum(gold_marks[:500]) / 500
    found = {(norm(x["german"], "de"), norm(x["english"], "en")) for x in entries}
    recall = len(frequent_gold & found) / len(frequent_gold) if frequent_gold else 0.0
    return precision, recall, len(entries)


def wmt23(bitext, folder, ding_path, de_stop, report):
    de_path = os.path.join(folder, "deen.de")
    en_path = os.path.join(folder, "deen.en")
    term_path = os.path.join(folder, "deen.term.proper")
    if not all(os.path.exists(p) for p in (de_path, en_path, term_path)):
        print(f"skipped: WMT23 terminology data not found in {folder}")
        return True
    ding = load_ding(ding_path) if os.path.exists(ding_path) else set()
    if not ding:
        print(f"note: Ding dictionary not found at {ding_path}; correctness uses the gold pairs only")
    de_lines = open(de_path, encoding="utf-8").read().splitlines()
    en_lines = open(en_path, encoding="utf-8").read().splitlines()
    counts = collections.Counter()
    for line in open(term_path, encoding="utf-8"):
        for pair in json.loads(line):
            counts[(norm(pair["de"], "de"), norm(pair["en"], "en"))] += 1
    gold = set(counts)
    frequent = {p for p, c in counts.items() if c >= 3}
    full = run_bitext(bitext, ["--mode", "parallel", "--no-default-glossary", "--line-aligned", de_path, en_path])
    report["wmt23_entries"] = full
    systems = [("bitext", full), ("Dice over tokens", dice_baseline(de_lines, en_lines))]
    print(f"## WMT23 terminology de-en ({len(de_lines)} sentence pairs; {len(gold)} gold pairs, {len(frequent)} occurring >= 3 times)\n")
    print("Correct = gold pair or Ding entry after lemma normalization, German side not a function word; "
          "the gold-only column ignores Ding (bitext itself uses Ding as evidence).\n")
    print("| system | pairs | P@100 | P@500 | P@1000 | P@500 gold pairs only | recall (gold >= 3) |")
    print("|---|---|---|---|---|---|---|")
    results = {}
    for name, entries in systems:
        precision, recall, n = score(entries, gold, ding, de_stop, frequent)
        results[name] = {"pairs": n, "p100": precision[100], "p500": precision[500], "p1000": precision[1000],
                         "p500_gold_only": precision["gold500"], "recall_ge3": recall}
        print(f"| {name} | {n} | {precision[100]:.3f} | {precision[500]:.3f} | {precision[1000]:.3f} | {precision['gold500']:.3f} | {recall:.3f} |")
    ours = results["bitext"]["p500"]
    base = results["Dice over tokens"]["p500"]
    passed = ours >= 0.75 and ours - base >= 0.20
    print(f"\nBar: P@500 >= 0.75 and >= 20 points above Dice: {ours:.3f} vs {base:.3f} -> {'PASS' if passed else 'FAIL'}\n")
    report["wmt23"] = results
    report["wmt23"]["pass"] = passed
    return halves(bitext, de_lines, en_lines, gold, ding, de_stop, frequent, report) and passed


def halves(bitext, de_lines, en_lines, gold, ding, de_stop, frequent, report):
    """P@100 of each half built on its own (dev: first half, test: second half), beside Dice."""
    middle = len(de_lines) // 2
    print("### P@100 by half (each half built alone, curated glossary left out)\n")
    print("| half | lines | bitext P@100 | Dice P@100 | difference |")
    print("|---|---|---|---|---|")
    passed = True
    with tempfile.TemporaryDirectory() as tmp:
        for name, lo, hi in (("dev", 0, middle), ("test", middle, len(de_lines))):
            de_file, en_file = os.path.join(tmp, f"{name}.de"), os.path.join(tmp, f"{name}.en")
            with open(de_file, "w", encoding="utf-8") as f:
                f.write("\n".join(de_lines[lo:hi]) + "\n")
            with open(en_file, "w", encoding="utf-8") as f:
                f.write("\n".join(en_lines[lo:hi]) + "\n")
            ours = run_bitext(bitext, ["--mode", "parallel", "--no-default-glossary", "--line-aligned", de_file, en_file])
            base = dice_baseline(de_lines[lo:hi], en_lines[lo:hi])
            p_ours = score(ours, gold, ding, de_stop, frequent)[0][100]
            p_base = score(base, gold, ding, de_stop, frequent)[0][100]
            print(f"| {name} | {lo + 1}-{hi} | {p_ours:.2f} | {p_base:.2f} | {p_ours - p_base:+.2f} |")
            report.setdefault("wmt23_halves", {})[name] = {"p100": p_ours, "dice_p100": p_base}
            if name == "test":
                passed = p_ours - p_base >= 0.2
    print(f"\nBar: test-half P@100 >= Dice + 0.2 -> {'PASS' if passed else 'FAIL'}\n")
    return passed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext", default=os.path.join(REPO, ".build/release/bitext"))
    parser.add_argument("--data", default=os.path.join(REPO, "../shared/eval"))
    parser.add_argument("--seeds", default=os.path.join(REPO, "../shared/seeds"))
    parser.add_argument("--ding", default="/usr/share/trans/de-en")
    parser.add_argument("--json")
    args = parser.parse_args()
    if not os.path.exists(args.bitext):
        print(f"skipped: no bitext binary at {args.bitext} (swift build -c release)")
        return 0
    de_stop = function_words("de")
    en_stop = function_words("en")
    report = {"seeds": {}}
    ok = seeds(args.bitext, args.seeds, de_stop, en_stop, report)
    ok = wmt23(args.bitext, os.path.join(args.data, "terms/wmt23-terminology-de-en"), args.ding, de_stop, report) and ok
    sets = [(name, report.get(key)) for name, key in (("seeds (comparable)", "seeds_entries"), ("WMT23 medical (parallel)", "wmt23_entries"))]
    ok = base_forms([(n, e) for n, e in sets if e], report) and ok
    report.pop("seeds_entries", None)
    report.pop("wmt23_entries", None)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=2)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
