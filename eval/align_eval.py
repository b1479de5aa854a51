#!/usr/bin/env python3
"""Sentence-alignment evaluation runner: bitext against peers.

    python3 eval/align_eval.py [--bitext PATH] [--sets textberg,pud,...]
                               [--systems bitext,hunalign,galechurch]
                               [--data DIR] [--json OUT] [--seed 13]

Sets (default: textberg,textberg-nolex,pud,pud-comparable,pud-truncated):
  textberg              Text+Berg German-French test0..test6 (hand-aligned
                        gold with n:m beads), FreeDict deu-fra lexicon
  textberg-nolex        the same without any lexicon
  textberg-dev          the dev file only, with lexicon (for tuning; never
                        report it as a test result)
  pud                   PUD German-English n:m documents built by
                        eval/align_data.py (--seed), FreeDict deu-eng
  pud-nolex             the same without lexicon
  pud-comparable        the comparable variant (25% unrelated sentences),
                        FreeDict deu-eng; systems run in comparable mode
  pud-comparable-nolex  the same without lexicon
  pud-truncated         the n:m documents with a run of 30-60% of their
                        beads left without German (a translation that
                        drops a stretch), FreeDict deu-eng
  pud-truncated-nolex   the same without lexicon

Systems:
  bitext      BITEXT align --presplit --langs de,fr|de,en --format ladder
                  [--lexicon FREEDICT.dict.dz] [--mode comparable] SRC TGT
              stdout: vecalign ladder lines "[0]:[0, 1]:0.93" (0-based,
              confidence last, optional); in comparable mode only
              non-empty beads, any order.
  hunalign    Debian/`hunalign` on PATH or --hunalign; -realign; null
              dictionary for the -nolex sets, else a dictionary converted
              from the same FreeDict file (eval/align_freedict.py)
  galechurch  our re-implementation of Gale & Church 1993
              (eval/align_galechurch.py); uses no lexicon

Scores: vecalign strict / lax precision, recall, F1 (eval/align_score.py),
micro-averaged over the files of a set; per-file numbers for Text+Berg.
For comparable sets every system's output is reduced to its non-empty
beads, and non-empty-bead P/R, link P/R/F1 and the false-alignment rate of
gold-unaligned sentences are added.

Data: DIR/align/{textberg-de-fr,pud-de-en}; DIR defaults to ../shared/eval
from the repository root.  Missing data, binaries or lexicons are reported
as "skipped" and the script still exits 0.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True  # keep eval/ free of __pycache__
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import align_data  # noqa: E402
import align_freedict  # noqa: E402
import align_galechurch  # noqa: E402
import align_hunalign  # noqa: E402
import align_score  # noqa: E402
from align_common import (DEFAULT_DATA, LadderError, note, parse_ladder,  # noqa: E402
                          read_ladder, read_lines, validate)

ALL_SETS = ["textberg", "textberg-nolex", "textberg-dev", "pud", "pud-nolex",
            "pud-comparable", "pud-comparable-nolex", "pud-truncated", "pud-truncated-nolex"]
DEFAULT_SETS = ["textberg", "textberg-nolex", "pud", "pud-comparable", "pud-truncated"]
ALL_SYSTEMS = ["bitext", "hunalign", "galechurch"]
SYSTEM_LABEL = {"bitext": "bitext", "hunalign": "hunalign",
                "galechurch": "Gale-Church (our re-impl.)"}
LEXICONS = {
    "fra": "/usr/share/dictd/freedict-deu-fra.dict.dz",
    "eng": "/usr/share/dictd/freedict-deu-eng.dict.dz",
}
# Strict F1 on Text+Berg test0-6 as published (Gale-Church, hunalign,
# Bleualign, Vecalign, Bertalign), and Vecalign's lax F1 from its README.
PUBLISHED_STRICT = "Gale-Church 0.68, hunalign 0.75, Bleualign 0.81, Vecalign 0.90, Bertalign 0.94"
PUBLISHED_LAX = "Vecalign 0.986"


class Doc(object):
    def __init__(self, name, src, tgt, gold):
        self.name, self.src, self.tgt, self.gold = name, src, tgt, gold
        self._src_lines = self._tgt_lines = None

    @property
    def src_lines(self):
        if self._src_lines is None:
            self._src_lines = read_lines(self.src)
        return self._src_lines

    @property
    def tgt_lines(self):
        if self._tgt_lines is None:
            self._tgt_lines = read_lines(self.tgt)
        return self._tgt_lines


def set_spec(name):
    """-> dict(corpus, lexicon key or None, comparable, langs)."""
    lex = None if name.endswith("-nolex") else ("fra" if name.startswith("textberg") else "eng")
    if name.startswith("textberg"):
        return {"corpus": "textberg-dev" if name == "textberg-dev" else "textberg-test",
                "lexicon": lex, "comparable": False, "langs": "de,fr", "tokenized": True}
    corpus = "pud-comparable" if "comparable" in name else "pud-truncated" if "truncated" in name else "pud-nm"
    return {"corpus": corpus,
            "lexicon": lex, "comparable": "comparable" in name, "langs": "de,en",
            "tokenized": False}


def load_corpus(corpus, data, gen_dir, seed):
    if corpus.startswith("textberg"):
        d = os.path.join(data, "align", "textberg-de-fr")
        names = ["dev"] if corpus == "textberg-dev" else ["test%d" % i for i in range(7)]
        docs = [Doc(n, os.path.join(d, n + ".de"), os.path.join(d, n + ".fr"),
                    os.path.join(d, n + ".defr")) for n in names]
    else:
        pud = os.path.join(data, align_data.PUD_REL)
        if not os.path.isfile(pud):
            return None
        sub = os.path.join(gen_dir, {"pud-comparable": "comparable", "pud-truncated": "truncated"}.get(corpus, "nm"))
        if not os.path.isfile(os.path.join(gen_dir, "MANIFEST.json")) or not os.path.isdir(sub):
            align_data.generate(pud, gen_dir, seed)
        names = sorted(f[:-5] for f in os.listdir(sub) if f.endswith(".gold"))
        docs = [Doc(n, os.path.join(sub, n + ".de"), os.path.join(sub, n + ".en"),
                    os.path.join(sub, n + ".gold")) for n in names]
    if not all(os.path.isfile(p) for doc in docs for p in (doc.src, doc.tgt, doc.gold)):
        return None
    return docs


# ---- systems -----------------------------------------------------------------

def run_bitext(binary, doc, spec, lexicon, timeout):
    cmd = [binary, "align", "--presplit", "--langs", spec["langs"], "--format", "ladder"]
    if lexicon:
        cmd += ["--lexicon", lexicon]
    else:
        cmd += ["--no-default-lexicon"]
    if spec["comparable"]:
        cmd += ["--mode", "comparable"]
    cmd += [doc.src, doc.tgt]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError("exit %d: %s" % (proc.returncode,
                                            proc.stderr.decode("utf-8", "replace").strip()[-300:]))
    return parse_ladder(proc.stdout.decode("utf-8")), cmd


def run_system(system, ctx, doc, spec):
    lexicon = LEXICONS[spec["lexicon"]] if spec["lexicon"] else None
    if system == "bitext":
        beads, cmd = run_bitext(ctx["bitext"], doc, spec, lexicon, ctx["timeout"])
        ctx.setdefault("bitext_commands", {}).setdefault(spec["name"], " ".join(cmd))
        return beads
    if system == "hunalign":
        dic = ctx["hunalign_dicts"].get(spec["lexicon"]) if spec["lexicon"] else None
        return align_hunalign.run(ctx["hunalign"], dic, doc.src_lines, doc.tgt_lines,
                                  tokenize_input=not spec["tokenized"], timeout=ctx["timeout"])
    if system == "galechurch":
        return align_galechurch.align(doc.src_lines, doc.tgt_lines)[0]
    raise ValueError(system)


def evaluate(system, ctx, set_name, docs):
    spec = dict(set_spec(set_name), name=set_name)
    per_file, pairs, cmp_total, errors = [], [], {}, []
    anomalies = {}
    t0 = time.time()
    for doc in docs:
        gold = read_ladder(doc.gold)
        t1 = time.time()
        try:
            test = run_system(system, ctx, doc, spec)
        except (RuntimeError, LadderError, OSError, subprocess.SubprocessError) as e:
            errors.append("%s: %s" % (doc.name, e))
            test = []
        elapsed = time.time() - t1
        n_src, n_tgt = len(doc.src_lines), len(doc.tgt_lines)
        v = validate(test, n_src, n_tgt)
        if spec["comparable"]:
            partial = sum(1 for s, t in test if not s or not t)
            if partial:
                anomalies["partial_beads_dropped"] = anomalies.get("partial_beads_dropped", 0) + partial
            test = [(s, t) for s, t in test if s and t]
            v = validate(test, n_src, n_tgt)
            v["uncovered_src"] = v["uncovered_tgt"] = 0  # expected in comparable mode
        for k in ("out_of_range", "duplicated", "uncovered_src", "uncovered_tgt", "non_monotone"):
            if v[k] and not (spec["comparable"] and k == "non_monotone"):
                anomalies[k] = anomalies.get(k, 0) + v[k]
        c = align_score.counts(gold, test)
        rec = {"file": doc.name, "seconds": round(elapsed, 3), "counts": c,
               "metrics": align_score.metrics(c)}
        if spec["comparable"]:
            cc = align_score.comparable_counts(gold, test, n_src, n_tgt)
            cmp_total = align_score.add_counts(cmp_total, cc)
            rec["comparable"] = align_score.comparable_metrics(cc)
        per_file.append(rec)
        pairs.append((gold, test))
    micro, total = align_score.score_files(pairs)
    out = {"system": system, "set": set_name, "files": len(docs), "metrics": micro,
           "counts": total, "seconds": round(time.time() - t0, 2), "per_file": per_file,
           "errors": errors, "anomalies": anomalies,
           "lexicon": LEXICONS[spec["lexicon"]] if spec["lexicon"] else None}
    if spec["comparable"]:
        out["comparable"] = align_score.comparable_metrics(cmp_total)
        out["comparable_counts"] = cmp_total
    return out


# ---- report ------------------------------------------------------------------

def f3(x):
    return "%.3f" % x


def cell(res, key):
    if res is None:
        return "—"
    s = f3(res["metrics"][key])
    if res["errors"]:
        s += " (%d err)" % len(res["errors"])
    return s


def markdown(results, sets, systems, meta):
    out = []
    idx = {(r["set"], r["system"]): r for r in results}
    for title, key, pub in (("strict F1", "f1_strict", PUBLISHED_STRICT),
                            ("lax F1", "f1_lax", PUBLISHED_LAX)):
        out.append("### Sentence alignment, %s (micro-averaged over files)\n" % title)
        head = ["set"] + [SYSTEM_LABEL[s] for s in systems] + ["published (Text+Berg test)"]
        out.append("| " + " | ".join(head) + " |")
        out.append("|" + "---|" * len(head))
        for st in sets:
            row = [st] + [cell(idx.get((st, s)), key) for s in systems]
            row.append(pub if st in ("textberg", "textberg-nolex") else "")
            out.append("| " + " | ".join(row) + " |")
        out.append("")
    out.append("### Precision / recall / F1 per set (strict | lax), wall time\n")
    out.append("| set | system | P strict | R strict | F1 strict | P lax | R lax | F1 lax | files | seconds |")
    out.append("|---|---|---|---|---|---|---|---|---|---|")
    for st in sets:
        for s in systems:
            r = idx.get((st, s))
            if r is None:
                continue
            m = r["metrics"]
            out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %d | %.1f |" % (
                st, SYSTEM_LABEL[s], f3(m["precision_strict"]), f3(m["recall_strict"]),
                f3(m["f1_strict"]), f3(m["precision_lax"]), f3(m["recall_lax"]),
                f3(m["f1_lax"]), r["files"], r["seconds"]))
    out.append("")
    tb = [st for st in sets if st.startswith("textberg")]
    if tb:
        out.append("### Text+Berg per file (strict P/R/F1 | lax P/R/F1)\n")
        out.append("| set | system | file | P strict | R strict | F1 strict | P lax | R lax | F1 lax |")
        out.append("|---|---|---|---|---|---|---|---|---|")
        for st in tb:
            for s in systems:
                r = idx.get((st, s))
                if r is None:
                    continue
                for pf in r["per_file"] + [{"file": "**micro**", "metrics": r["metrics"]}]:
                    m = pf["metrics"]
                    out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                        st, SYSTEM_LABEL[s], pf["file"], f3(m["precision_strict"]),
                        f3(m["recall_strict"]), f3(m["f1_strict"]), f3(m["precision_lax"]),
                        f3(m["recall_lax"]), f3(m["f1_lax"])))
        out.append("")
    cs = [st for st in sets if "comparable" in st]
    if cs:
        out.append("### Comparable sets: non-empty beads and links\n")
        out.append("| set | system | bead P | bead R | link P | link R | link F1 | false-alignment rate |")
        out.append("|---|---|---|---|---|---|---|---|")
        for st in cs:
            for s in systems:
                r = idx.get((st, s))
                if r is None:
                    continue
                c = r["comparable"]
                out.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
                    st, SYSTEM_LABEL[s], f3(c["nonempty_precision"]), f3(c["nonempty_recall"]),
                    f3(c["link_precision"]), f3(c["link_recall"]), f3(c["link_f1"]),
                    f3(c["false_alignment_rate"])))
        out.append("")
    notes = list(meta["notes"])
    for r in results:
        for e in r["errors"][:5]:
            notes.append("%s / %s: %s" % (r["set"], r["system"], e))
        if r["anomalies"]:
            notes.append("%s / %s output anomalies: %s" % (
                r["set"], r["system"], ", ".join("%s=%d" % kv for kv in sorted(r["anomalies"].items()))))
    if notes:
        out.append("Notes:\n")
        out.extend("- " + n for n in notes)
        out.append("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description="Sentence-alignment evaluation (see module docstring).",
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bitext", help="path of the bitext binary")
    ap.add_argument("--hunalign", help="path of the hunalign binary (default: from PATH)")
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS),
                    help="comma-separated, from: %s (or 'all')" % ",".join(ALL_SETS))
    ap.add_argument("--systems", default=",".join(ALL_SYSTEMS),
                    help="comma-separated, from: %s" % ",".join(ALL_SYSTEMS))
    ap.add_argument("--data", default=DEFAULT_DATA, help="shared eval data folder")
    ap.add_argument("--seed", type=int, default=align_data.DEFAULT_SEED,
                    help="seed for the generated PUD documents (default 13)")
    ap.add_argument("--lexicon-deu-fra", default=LEXICONS["fra"])
    ap.add_argument("--lexicon-deu-eng", default=LEXICONS["eng"])
    ap.add_argument("--work", help="keep generated documents and dictionaries here")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per aligner call")
    ap.add_argument("--json", help="write all results (incl. per file) to this JSON file")
    args = ap.parse_args()

    sets = ALL_SETS if args.sets == "all" else [s.strip() for s in args.sets.split(",") if s.strip()]
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    for s in sets:
        if s not in ALL_SETS:
            ap.error("unknown set %r" % s)
    for s in systems:
        if s not in ALL_SYSTEMS:
            ap.error("unknown system %r" % s)
    LEXICONS["fra"], LEXICONS["eng"] = args.lexicon_deu_fra, args.lexicon_deu_eng

    if not os.path.isdir(os.path.join(args.data, "align")):
        print("align_eval: no alignment data under %s -- skipped" % os.path.join(args.data, "align"))
        return 0

    notes = []
    ctx = {"timeout": args.timeout, "hunalign_dicts": {}}
    if "bitext" in systems:
        if args.bitext and os.path.isfile(args.bitext) and os.access(args.bitext, os.X_OK):
            ctx["bitext"] = os.path.abspath(args.bitext)
        else:
            notes.append("bitext: %s -- skipped" % (
                "binary not found at %s" % args.bitext if args.bitext else "no --bitext given"))
            systems.remove("bitext")
    if "hunalign" in systems:
        hb = align_hunalign.find_binary(args.hunalign)
        if hb:
            ctx["hunalign"] = hb
        else:
            notes.append("hunalign: binary not found (%s) -- skipped" % (
                args.hunalign or "not on PATH; Debian bookworm has no hunalign package"))
            systems.remove("hunalign")

    work = args.work or tempfile.mkdtemp(prefix="align-eval-")
    os.makedirs(work, exist_ok=True)
    gen_dir = os.path.join(work, "pud-seed%d" % args.seed)
    results = []
    t_start = time.time()
    try:
        corpora = {}
        for st in sets:
            spec = set_spec(st)
            if spec["corpus"] not in corpora:
                corpora[spec["corpus"]] = load_corpus(spec["corpus"], args.data, gen_dir, args.seed)
            docs = corpora[spec["corpus"]]
            if not docs:
                notes.append("%s: data not found under %s -- skipped" % (st, args.data))
                continue
            lex = spec["lexicon"]
            if lex and not os.path.isfile(LEXICONS[lex]):
                notes.append("%s: lexicon %s not found -- skipped" % (st, LEXICONS[lex]))
                continue
            if lex and "hunalign" in systems and lex not in ctx["hunalign_dicts"]:
                path = os.path.join(work, "hunalign-deu-%s.dic" % lex)
                if not os.path.isfile(path):
                    n = align_freedict.hunalign_dictionary(LEXICONS[lex], path)
                    note("align_eval: hunalign dictionary %s (%d lines)" % (path, n))
                ctx["hunalign_dicts"][lex] = path
            for system in systems:
                note("align_eval: %s / %s ..." % (st, system))
                r = evaluate(system, ctx, st, docs)
                note("align_eval: %s / %s strict F1 %.3f lax F1 %.3f (%.1fs)" % (
                    st, system, r["metrics"]["f1_strict"], r["metrics"]["f1_lax"], r["seconds"]))
                results.append(r)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    total = time.time() - t_start
    ran_sets = [s for s in sets if any(r["set"] == s for r in results)]
    meta = {"notes": notes, "seconds": round(total, 1), "seed": args.seed, "data": args.data,
            "systems": systems, "sets": ran_sets, "bitext": ctx.get("bitext"),
            "hunalign": ctx.get("hunalign"), "bitext_commands": ctx.get("bitext_commands", {})}
    print(markdown(results, ran_sets, systems, meta))
    print("Total wall time: %.1f s" % total)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"meta": meta, "results": results}, f, indent=2)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
