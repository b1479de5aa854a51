#!/usr/bin/env python3
"""OmegaT as a real client of bitext's translation memories (OmegaT 3.6 from Debian, console mode).

1. A real translation: the first --pairs sentence pairs of PUD (../shared/eval/align/pud-de-en) whose
   original is German (news, with their English translation), one paragraph per sentence. bitext aligns
   the German and English files (`bitext align --langs de,en --format tmx --direction en-de`); the TMX
   goes into `tm/auto/` of an English-to-German OmegaT project whose source file is the English text.
   `omegat --mode=console-translate` fills segments from `tm/auto` and writes the target file. Counted:
   segments filled with their own translation (quotes and dashes folded), filled with another
   sentence, and left untranslated. Bar: >= 90% their own, none another.
   OmegaT's own project memory (exported by console mode as <project>-omegat.tmx, the writer and content
   of omegat/project_save.tmx, which console mode does not save) is then read by `bitext qa`.
2. Comparable reports: `bitext run --many` on the seeds (four German reports, one English), all its TMX
   files in `tm/auto/` of a project whose source is the English seed. Bar: no segment filled, since
   comparable matches are not translations.

Needs `apt-get install omegat` (and Java, which it pulls in). Without OmegaT or the data, prints
"skipped: ..." and exits 0. Takes about a minute (OmegaT starts a JVM per project).

Usage: python3 eval/omegat_eval.py [--bitext .build/release/bitext] [--pairs 40] [--keep DIR]
"""
import argparse
import csv
import glob
import json
import os
import re
import shutil
import subprocess
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PUD = os.path.join(REPO, "../shared/eval/align/pud-de-en/pud_de_en_parallel.tsv")
SEEDS = os.path.join(REPO, "../shared/seeds")

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes><mask>**/.svn/**</mask><mask>**/.git/**</mask></source_dir_excludes>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>EN</source_lang>
    <target_lang>DE</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneGermanTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


def fold(text):
    """Quotes and dashes folded, whitespace collapsed: the bar counts the sentence, not its typography."""
    text = re.sub("[„“”«»\"]", '"', text)
    text = re.sub("[‚‘’‹›']", "'", text)
    text = re.sub("[–—‐-]", "-", text)
    return " ".join(text.split())


def run(args, **kw):
    result = subprocess.run(args, capture_output=True, text=True, **kw)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args[:3])} … failed ({result.returncode}): {result.stderr.strip()[-800:]}")
    return result


def translate(project, source_name, source_text, tmx_files):
    """Makes an OmegaT project, runs console-translate, returns the target file's paragraphs."""
    for sub in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        os.makedirs(os.path.join(project, sub), exist_ok=True)
    with open(os.path.join(project, "omegat.project"), "w", encoding="utf-8") as out:
        out.write(PROJECT)
    with open(os.path.join(project, "source", source_name), "w", encoding="utf-8") as out:
        out.write(source_text)
    for path in tmx_files:
        shutil.copy(path, os.path.join(project, "tm/auto", os.path.basename(path)))
    config = os.path.join(project, ".omegat-config")
    os.makedirs(config, exist_ok=True)
    run(["omegat", "--mode=console-translate", "--no-team", "--disable-project-locking", f"--config-dir={config}", "--quiet", project],
        timeout=600)
    with open(os.path.join(project, "target", source_name), encoding="utf-8") as handle:
        return [p.strip() for p in handle.read().split("\n\n") if p.strip()]


def real_translation(bitext, folder, count):
    with open(PUD, encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if r["orig_lang"] == "de"]
    pairs = [(r["de"], r["en"]) for r in rows[:count]]
    de = os.path.join(folder, "de.txt")
    en = os.path.join(folder, "en.txt")
    with open(de, "w", encoding="utf-8") as out:
        out.write("\n\n".join(p[0] for p in pairs) + "\n")
    with open(en, "w", encoding="utf-8") as out:
        out.write("\n\n".join(p[1] for p in pairs) + "\n")
    tmx = os.path.join(folder, "bitext.tmx")
    run([bitext, "align", de, en, "--langs", "de,en", "--format", "tmx", "--direction", "en-de", "-o", tmx])
    with open(en, encoding="utf-8") as handle:
        english = handle.read()
    target = translate(os.path.join(folder, "project-pud"), "en.txt", english, [tmx])
    own = other = untranslated = 0
    germans = {fold(g): i for i, (g, _) in enumerate(pairs)}
    for index, (paragraph, (german, english_sentence)) in enumerate(zip(target, pairs)):
        if fold(paragraph) == fold(german):
            own += 1
        elif fold(paragraph) == fold(english_sentence):
            untranslated += 1
        elif fold(paragraph) in germans or any(fold(g) in fold(paragraph) for g, _ in pairs if fold(g) != fold(german)):
            other += 1
            print(f"  segment {index + 1} filled with another sentence: {paragraph[:80]}")
        else:
            untranslated += 1
            print(f"  segment {index + 1} partly translated: {paragraph[:80]}")
    print(f"| PUD, German originals, {len(pairs)} pairs | {own} ({own / len(pairs):.0%}) | {other} | {untranslated} |")
    # Console mode saves no omegat/project_save.tmx; it exports the project memory with the same writer
    # (TMX 1.1, `lang` attributes, OmegaT's header) as <project>-omegat.tmx.
    return own / len(pairs) >= 0.9 and other == 0, os.path.join(folder, "project-pud", "project-pud-omegat.tmx")


def read_project_save(bitext, path):
    """OmegaT's own project memory, read by `bitext qa` as a bilingual file."""
    result = subprocess.run([bitext, "qa", path, "--langs", "en,de", "--format", "jsonl"], capture_output=True, text=True)
    findings = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    units = re.search(r"in (\d+) unit", result.stderr)
    print(f"\n`bitext qa {os.path.basename(path)}` (OmegaT's exported project memory): exit {result.returncode}, {units.group(1) if units else '?'} units checked, "
          f"{len(findings)} findings ({', '.join(sorted({f['check'] for f in findings}))}); every finding names its unit: "
          f"{'yes' if all(f.get('unit') for f in findings) else 'NO'}")
    return result.returncode in (0, 1) and units is not None


def comparable_seeds(bitext, folder):
    seeds = sorted(glob.glob(os.path.join(SEEDS, "*.txt")))
    english = [p for p in seeds if os.path.basename(p).startswith("004_")]
    german = [p for p in seeds if p not in english]
    de_dir, en_dir = os.path.join(folder, "seeds-de"), os.path.join(folder, "seeds-en")
    for d, files in ((de_dir, german), (en_dir, english)):
        os.makedirs(d)
        for p in files:
            shutil.copy(p, d)
    out = os.path.join(folder, "run")
    run([bitext, "run", de_dir, en_dir, "--many", "-o", out, "--quiet"])
    # The translation memories a run writes: aligned.tmx and the pairs' alignments/*.tmx. comparable.tmx
    # (sentence matches of comparable articles) is no translation memory; it is run once more for contrast.
    memories = [p for p in glob.glob(os.path.join(out, "**/*.tmx"), recursive=True)
                if os.path.basename(p) not in ("glossary.tmx", "comparable.tmx")]
    with open(english[0], encoding="utf-8") as handle:
        source = handle.read()
    paragraphs = [p.strip() for p in source.split("\n\n") if p.strip()]

    def filled_by(name, files):
        renamed = []
        for p in files:
            target = os.path.join(folder, name + "__" + os.path.relpath(p, out).replace("/", "__"))
            shutil.copy(p, target)
            renamed.append(target)
        target = translate(os.path.join(folder, name), "en.txt", source, renamed)
        changed = sum(1 for t, s in zip(target, paragraphs) if fold(t) != fold(s))
        listed = ", ".join(os.path.relpath(p, out) for p in files) or "none"
        return changed, listed

    changed, listed = filled_by("project-seeds", memories)
    print(f"| seeds, `bitext run --many`, translation memories ({listed}) | paragraphs of the English seed changed: "
          f"{changed} of {len(paragraphs)} | | |")
    contrast, _ = filled_by("project-seeds-comparable", [os.path.join(out, "comparable.tmx")])
    print(f"| same, comparable.tmx put in tm/auto against its purpose (contrast) | paragraphs changed: {contrast} of "
          f"{len(paragraphs)} | | |")
    return changed == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext", default=os.path.join(REPO, ".build/release/bitext"))
    parser.add_argument("--pairs", type=int, default=40)
    parser.add_argument("--keep", help="keep the projects in this folder")
    args = parser.parse_args()
    if shutil.which("omegat") is None:
        print("skipped: omegat not installed (apt-get install omegat)")
        return
    if not os.path.exists(PUD):
        print(f"skipped: {PUD} not present")
        return
    folder = args.keep or tempfile.mkdtemp(prefix="omegat-eval-")
    os.makedirs(folder, exist_ok=True)
    version = run(["omegat", "--help"]).stdout.splitlines()[0]
    print(f"{version}, console-translate, tm/auto\n")
    print("| test | filled with its translation | with another sentence | untranslated |")
    print("|---|---:|---:|---:|")
    ok, project_save = real_translation(args.bitext, folder, args.pairs)
    if os.path.isdir(SEEDS):
        ok = comparable_seeds(args.bitext, folder) and ok
    ok = read_project_save(args.bitext, project_save) and ok
    if not args.keep:
        shutil.rmtree(folder)
    print("\nbars met" if ok else "\nbars NOT met")


if __name__ == "__main__":
    main()
