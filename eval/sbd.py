#!/usr/bin/env python3
"""Sentence-boundary evaluation: bitext against Python peer splitters.

Run it with the Python of the peers' venv (see eval/README.md), e.g.

    /work/peers/venv/bin/python eval/sbd.py
    python3 eval/sbd.py --python /work/peers/venv/bin/python --systems bitext,pysbd

Systems: bitext (our CLI, batch mode), pysbd, somajo, sentence-splitter.
A peer that cannot be imported is skipped with a note; so is bitext when its
binary is missing. With no data folder the script prints "skipped" and exits 0.

Metrics
  exact-match accuracy (golden-rule sets only): a case counts as correct when
      the system's sentence list equals the gold list after collapsing every run
      of whitespace to one space, stripping each sentence and dropping sentences
      that are empty after stripping.
  boundary precision / recall / F1: a boundary is the number of non-whitespace
      characters (str.isspace) before a sentence end, so whitespace changes do
      not matter. The end of the text is not a boundary (every system gets it
      for free). Counts are summed over cases / documents (micro average).
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "eval"
ALL_SYSTEMS = ["bitext", "pysbd", "somajo", "sentence-splitter"]
KONVENS_GENRES = ["novelette", "opensubtitles", "sermononline", "ted", "wikipedia"]
GERMAN_CASE_SETS = [
    "de_golden_rules",
    "pragmatic_segmenter_de_golden_rules",
    "pragmatic_segmenter_de_spec",
    "de_clean_rules",
]
REEXEC_ENV = "BITEXT_EVAL_REEXEC"


def note(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# Data


@dataclass
class Doc:
    id: str          # unique over the whole run
    text: str
    gold: list[str]  # gold sentences
    label: str = ""  # rule name / genre / doc id, for failure listings


@dataclass
class Dataset:
    name: str
    lang: str
    kind: str        # "cases" (golden rules) or "running" (running text)
    docs: list[Doc]
    source: str


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_case_set(sbd: Path, stem: str, lang: str) -> Dataset | None:
    path = sbd / "golden-rules" / f"{stem}.jsonl"
    if not path.is_file():
        note(f"note: {path} missing, dataset skipped")
        return None
    docs = []
    for i, obj in enumerate(read_jsonl(path)):
        cid = obj.get("id", i + 1)
        label = obj.get("rule") or obj.get("name") or ""
        docs.append(Doc(f"{stem}:{cid}", obj["text"], list(obj["sentences"]), label))
    return Dataset(stem, lang, "cases", docs, str(path))


def load_konvens(sbd: Path) -> list[Dataset]:
    base = sbd / "konvens2019-de" / "unbalanced"
    out = []
    for genre in KONVENS_GENRES:
        txt = base / "txt" / f"{genre}_txt.txt"
        sents = base / "sentences" / f"{genre}_sentences.txt"
        if not (txt.is_file() and sents.is_file()):
            note(f"note: konvens2019 {genre} missing under {base}, skipped")
            continue
        text = txt.read_text(encoding="utf-8")
        gold = [s for s in sents.read_text(encoding="utf-8").splitlines() if s.strip()]
        out.append(Dataset(f"konvens2019-de {genre}", "de", "running",
                           [Doc(f"konvens:{genre}", text, gold, genre)], str(txt)))
    return out


def load_gum(sbd: Path) -> Dataset | None:
    path = sbd / "ud-gum-news-en" / "en_gum_news.jsonl"
    if not path.is_file():
        note(f"note: {path} missing, dataset skipped")
        return None
    docs = []
    for obj in read_jsonl(path):
        gold = [s for para in obj["paragraphs"] for s in para]
        docs.append(Doc(f"gum:{obj['doc_id']}", obj["text"], gold, obj["doc_id"]))
    return Dataset("UD GUM news (en)", "en", "running", docs, str(path))


def load_all(sbd: Path) -> list[Dataset]:
    sets: list[Dataset | None] = [load_case_set(sbd, "en_golden_rules", "en")]
    sets += [load_case_set(sbd, stem, "de") for stem in GERMAN_CASE_SETS]
    sets += load_konvens(sbd)
    sets.append(load_gum(sbd))
    return [d for d in sets if d is not None]


# --------------------------------------------------------------------------
# Boundaries


def nonspace(s: str) -> str:
    return "".join(c for c in s if not c.isspace())


def nws_prefix(text: str) -> list[int]:
    """p[i] = number of non-whitespace characters in text[:i]."""
    p = [0] * (len(text) + 1)
    n = 0
    for i, c in enumerate(text):
        if not c.isspace():
            n += 1
        p[i + 1] = n
    return p


def align_ends(text_ns: str, pieces: list[str]) -> tuple[list[int], bool]:
    """Map each piece's end onto text_ns (the text without whitespace).

    Returns (end positions, fuzzy). Exact when the pieces' non-whitespace
    characters concatenate to text_ns (fast path); otherwise difflib aligns the
    concatenation to the text and fuzzy is True.
    """
    ends, pos = [], 0
    piece_ns = [nonspace(p) for p in pieces]
    for s in piece_ns:
        if not text_ns.startswith(s, pos):
            break
        pos += len(s)
        ends.append(pos)
    else:
        if pos == len(text_ns):
            return ends, False
    concat = "".join(piece_ns)
    cum, c = [], 0
    for s in piece_ns:
        c += len(s)
        cum.append(c)
    ops = difflib.SequenceMatcher(None, concat, text_ns, autojunk=False).get_opcodes()
    out, k = [], 0
    for c in cum:
        if c == 0:
            out.append(0)
            continue
        while k < len(ops) and ops[k][2] < c:
            k += 1
        if k == len(ops):
            out.append(len(text_ns))
            continue
        tag, i1, i2, j1, j2 = ops[k]
        if tag == "equal":
            out.append(j1 + (c - i1))
        elif c == i2:
            out.append(j2)
        else:
            out.append(j1 + round((c - i1) * (j2 - j1) / max(1, i2 - i1)))
    return out, True


@dataclass
class Sent:
    text: str
    start: int | None = None
    end: int | None = None


def system_boundaries(text: str, prefix: list[int], sents: list[Sent]) -> tuple[set[int], bool]:
    total = prefix[-1]
    if sents and all(s.start is not None and s.end is not None for s in sents):
        ends = [prefix[min(max(s.end, 0), len(text))] for s in sents]
        fuzzy = False
    else:
        ends, fuzzy = align_ends(nonspace(text), [s.text for s in sents])
    return {e for e in ends if 0 < e < total}, fuzzy


def norm_list(sents: list[str]) -> list[str]:
    # Splitting is judged, not cleaning: runs of whitespace inside a sentence count as one space, so a
    # splitter that keeps a wrapped line's newline (with offsets into the input) is not penalised.
    return [" ".join(s.split()) for s in sents if s.strip()]


# --------------------------------------------------------------------------
# Systems


class System:
    name = ""

    def __init__(self):
        self.available = False
        self.note = ""
        self.version = ""

    def run(self, docs: list[Doc], lang: str) -> dict[str, list[Sent]]:
        raise NotImplementedError


def _dist_version(dist: str) -> str:
    try:
        from importlib.metadata import version
        return version(dist)
    except Exception:
        return "?"


class Pysbd(System):
    name = "pysbd"

    def __init__(self):
        super().__init__()
        try:
            import pysbd  # noqa: F401
            self.available, self.version = True, _dist_version("pysbd")
        except ImportError as e:
            self.note = f"not importable ({e})"
        self._seg = {}

    def run(self, docs, lang):
        import pysbd
        seg = self._seg.setdefault(lang, pysbd.Segmenter(language=lang, clean=False))
        return {d.id: [Sent(s) for s in seg.segment(d.text)] for d in docs}


class Somajo(System):
    """SoMaJo on raw text; each line is passed as its own paragraph (like its
    CLI's --paragraph_separator single_newlines), sentence spans come from its
    character offsets."""
    name = "somajo"
    MODELS = {"de": "de_CMC", "en": "en_PTB"}

    def __init__(self):
        super().__init__()
        try:
            import somajo  # noqa: F401
            self.available, self.version = True, _dist_version("SoMaJo")
        except ImportError as e:
            self.note = f"not importable ({e})"
        self._tok = {}

    def run(self, docs, lang):
        from somajo import SoMaJo
        tok = self._tok.setdefault(lang, SoMaJo(self.MODELS[lang], character_offsets=True))
        out = {}
        for d in docs:
            sents, off = [], 0
            for line in d.text.split("\n"):
                if line.strip():
                    for sent in tok.tokenize_text([line]):
                        a = sent[0].character_offset[0]
                        b = sent[-1].character_offset[1]
                        sents.append(Sent(line[a:b], off + a, off + b))
                off += len(line) + 1
            out[d.id] = sents
        return out


class SentSplitter(System):
    name = "sentence-splitter"

    def __init__(self):
        super().__init__()
        try:
            import sentence_splitter  # noqa: F401
            self.available, self.version = True, _dist_version("sentence-splitter")
        except ImportError as e:
            self.note = f"not importable ({e})"
        self._spl = {}

    def run(self, docs, lang):
        from sentence_splitter import SentenceSplitter
        spl = self._spl.setdefault(lang, SentenceSplitter(language=lang))
        return {d.id: [Sent(s) for s in spl.split(d.text)] for d in docs}


class Bitext(System):
    name = "bitext"

    def __init__(self, path: str | None, mode: str):
        super().__init__()
        self.mode = mode
        self.path = self._find(path)
        self.offset_mismatch = 0
        if self.path is None:
            self.note = "binary not found (build with `swift build -c release` or pass --bitext PATH)"
        else:
            self.available = True
            self.version = self.path

    @staticmethod
    def _find(path):
        if path:
            p = Path(path)
            if p.is_file() and os.access(p, os.X_OK):
                return str(p)
            found = shutil.which(path)
            return found
        for p in (REPO / ".build" / "release" / "bitext", REPO / ".build" / "debug" / "bitext"):
            if p.is_file() and os.access(p, os.X_OK):
                return str(p)
        return None

    def _sents(self, text: str, objs: list[dict]) -> list[Sent]:
        out = []
        for o in objs:
            s, e = o.get("start"), o.get("end")
            if isinstance(s, int) and isinstance(e, int):
                if text[s:e] != o.get("text", text[s:e]):
                    self.offset_mismatch += 1
                out.append(Sent(o.get("text", text[s:e]), s, e))
            else:
                out.append(Sent(o.get("text", "")))
        return out

    def _run_batch(self, docs, lang):
        with tempfile.TemporaryDirectory(prefix="bitext-sbd-") as tmp:
            inp = Path(tmp) / "batch.jsonl"
            with inp.open("w", encoding="utf-8") as f:
                for i, d in enumerate(docs):
                    f.write(json.dumps({"id": i, "text": d.text}, ensure_ascii=False) + "\n")
            r = subprocess.run([self.path, "split", "--lang", lang, "--batch", str(inp)],
                               capture_output=True, timeout=1800)
        if r.returncode != 0:
            raise RuntimeError(f"exit {r.returncode}: {r.stderr.decode('utf-8', 'replace').strip()[:300]}")
        got = {}
        for line in r.stdout.decode("utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                got[obj["id"]] = obj.get("sentences", [])
        missing = [i for i in range(len(docs)) if i not in got]
        if missing:
            raise RuntimeError(f"batch output lacks {len(missing)} of {len(docs)} ids")
        return {d.id: self._sents(d.text, got[i]) for i, d in enumerate(docs)}

    def _run_single(self, docs, lang):
        out = {}
        with tempfile.TemporaryDirectory(prefix="bitext-sbd-") as tmp:
            inp = Path(tmp) / "input.txt"
            for d in docs:
                inp.write_text(d.text, encoding="utf-8")
                r = subprocess.run([self.path, "split", "--lang", lang, "--format", "jsonl", str(inp)],
                                   capture_output=True, timeout=600)
                if r.returncode != 0:
                    raise RuntimeError(f"exit {r.returncode}: {r.stderr.decode('utf-8', 'replace').strip()[:300]}")
                objs = [json.loads(l) for l in r.stdout.decode("utf-8").splitlines() if l.strip()]
                out[d.id] = self._sents(d.text, objs)
        return out

    def run(self, docs, lang):
        if self.mode == "batch":
            try:
                return self._run_batch(docs, lang)
            except Exception as e:  # fall back to one process per text
                note(f"note: bitext --batch failed ({e}); falling back to one `split --format jsonl` per text")
                self.mode = "single"
        return self._run_single(docs, lang)


def make_systems(names: list[str], bitext_path: str | None, mode: str) -> list[System]:
    table = {"pysbd": Pysbd, "somajo": Somajo, "sentence-splitter": SentSplitter}
    out = []
    for n in names:
        out.append(Bitext(bitext_path, mode) if n == "bitext" else table[n]())
    return out


# --------------------------------------------------------------------------
# Scoring


@dataclass
class Score:
    cases: int = 0
    exact: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fuzzy: int = 0
    failed_cases: list = field(default_factory=list)  # (doc, got) for cases
    errors: list = field(default_factory=list)        # (doc, missed, spurious) for running text

    def prf(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if self.fn == 0 else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_json(self, kind: str) -> dict:
        p, r, f = self.prf()
        d = {"tp": self.tp, "fp": self.fp, "fn": self.fn,
             "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
             "fuzzy_aligned_texts": self.fuzzy}
        if kind == "cases":
            d.update(cases=self.cases, exact=self.exact,
                     accuracy=round(self.exact / self.cases, 4) if self.cases else None,
                     failed_ids=[doc.id for doc, _ in self.failed_cases])
        return d


def score_dataset(ds: Dataset, outputs: dict[str, list[Sent]], gold_cache: dict) -> Score:
    sc = Score()
    for d in ds.docs:
        if d.id not in gold_cache:
            prefix = nws_prefix(d.text)
            ends, _ = align_ends(nonspace(d.text), d.gold)
            gold_b = {e for e in ends if 0 < e < prefix[-1]}
            gold_cache[d.id] = (prefix, gold_b)
        prefix, gold_b = gold_cache[d.id]
        sents = outputs.get(d.id, [])
        sys_b, fuzzy = system_boundaries(d.text, prefix, sents)
        sc.fuzzy += int(fuzzy)
        sc.tp += len(sys_b & gold_b)
        sc.fp += len(sys_b - gold_b)
        sc.fn += len(gold_b - sys_b)
        if ds.kind == "cases":
            sc.cases += 1
            if norm_list([s.text for s in sents]) == norm_list(d.gold):
                sc.exact += 1
            else:
                sc.failed_cases.append((d, [s.text for s in sents]))
        elif sys_b != gold_b:
            sc.errors.append((d, sorted(gold_b - sys_b), sorted(sys_b - gold_b)))
    return sc


# --------------------------------------------------------------------------
# Output


def fmt_acc(s: Score) -> str:
    return f"{s.exact}/{s.cases} ({100.0 * s.exact / s.cases:.1f}%)" if s.cases else "–"


def fmt_prf(s: Score) -> str:
    p, r, f = s.prf()
    return f"{p:.3f} / {r:.3f} / {f:.3f}"


def md_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def context(text: str, nws_pos: int, width: int = 50) -> str:
    """Show the text around the point after the nws_pos-th non-space char."""
    n, idx = 0, 0
    for i, c in enumerate(text):
        if not c.isspace():
            n += 1
            if n == nws_pos:
                idx = i + 1
                break
    left = text[max(0, idx - width):idx].replace("\n", "⏎")
    right = text[idx:idx + width].replace("\n", "⏎")
    return f"…{left}‖{right}…"


def print_failures(sysname: str, rows: list[tuple[str, Score]]) -> None:
    print(f"\n## Failures of {sysname}\n")
    for name, sc in rows:
        if sc.failed_cases:
            print(f"### {name}: {len(sc.failed_cases)} failed case(s)\n")
            for d, got in sc.failed_cases:
                label = f" ({d.label})" if d.label else ""
                print(f"- `{d.id}`{label}")
                print(f"  - text:     {json.dumps(d.text, ensure_ascii=False)}")
                print(f"  - expected: {json.dumps(norm_list(d.gold), ensure_ascii=False)}")
                print(f"  - got:      {json.dumps(norm_list(got), ensure_ascii=False)}")
            print()
        if sc.errors:
            nm = sum(len(m) for _, m, _ in sc.errors)
            ns = sum(len(s) for _, _, s in sc.errors)
            print(f"### {name}: {nm} missed, {ns} spurious boundaries (‖ marks the spot)\n")
            for d, missed, spurious in sc.errors:
                for kind, pos_list in (("missed", missed), ("spurious", spurious)):
                    for pos in pos_list:
                        print(f"- {kind} `{d.label}`: {context(d.text, pos)}")
            print()


# --------------------------------------------------------------------------


def maybe_reexec(argv: list[str], script: str = __file__) -> None:
    """--python PY: run `script` (this one by default) again under PY, once."""
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--python")
    known, _ = ap.parse_known_args(argv)
    if not known.python or os.environ.get(REEXEC_ENV):
        return
    if os.path.abspath(known.python) == os.path.abspath(sys.executable):
        return
    if not os.access(known.python, os.X_OK):
        note(f"error: --python {known.python} is not executable")
        sys.exit(2)
    os.environ[REEXEC_ENV] = "1"
    os.execv(known.python, [known.python, os.path.abspath(script)] + argv)


def main(argv: list[str]) -> int:
    maybe_reexec(argv)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DEFAULT_DATA),
                    help="shared eval folder holding sbd/ (default: %(default)s); the sbd folder itself also works")
    ap.add_argument("--bitext", help="bitext binary (default: .build/release/bitext, then .build/debug/bitext)")
    ap.add_argument("--bitext-mode", choices=["batch", "single"], default="batch",
                    help="batch: one `split --batch` process per dataset (default); single: one process per text")
    ap.add_argument("--systems", default=",".join(ALL_SYSTEMS), help="comma list of %s" % ",".join(ALL_SYSTEMS))
    ap.add_argument("--json", metavar="OUT", help="also write machine-readable results here")
    ap.add_argument("--show-failures", metavar="SYSTEM", action="append", default=[],
                    help="list failed cases / boundary errors of SYSTEM (repeatable)")
    ap.add_argument("--python", help="run under this Python (e.g. /work/peers/venv/bin/python)")
    args = ap.parse_args(argv)

    data = Path(args.data)
    sbd = data if (data / "golden-rules").is_dir() else data / "sbd"
    if not sbd.is_dir():
        print(f"skipped: sentence-splitting data folder {sbd} not found (pass --data DIR)")
        return 0

    names = [s.strip() for s in args.systems.split(",") if s.strip()]
    bad = [n for n in names if n not in ALL_SYSTEMS]
    if bad:
        note(f"error: unknown system(s) {bad}; choose from {ALL_SYSTEMS}")
        return 2
    for s in args.show_failures:
        if s not in names:
            note(f"error: --show-failures {s}: not among --systems")
            return 2

    datasets = load_all(sbd)
    if not datasets:
        print(f"skipped: no datasets found under {sbd}")
        return 0

    systems = make_systems(names, args.bitext, args.bitext_mode)
    for s in systems:
        if not s.available:
            note(f"note: {s.name} skipped: {s.note}")
    active = [s for s in systems if s.available]
    if not any(s.name != "bitext" for s in active) and any(n != "bitext" for n in names):
        note("hint: no peer importable; run with --python /work/peers/venv/bin/python (see eval/README.md)")

    # Run: one call per (system, dataset).
    outputs: dict[str, dict[str, list[Sent]]] = {}
    for s in active:
        outputs[s.name] = {}
        t0 = time.perf_counter()
        for ds in datasets:
            try:
                outputs[s.name].update(s.run(ds.docs, ds.lang))
            except Exception as e:
                note(f"error: {s.name} failed on {ds.name}: {e}")
        note(f"timing: {s.name}: {time.perf_counter() - t0:.1f} s")
        if isinstance(s, Bitext) and s.offset_mismatch:
            note(f"warning: bitext: {s.offset_mismatch} sentence(s) whose text != input[start:end]")

    # Table rows: (label, docs, kind, listed in failures).
    by_name = {ds.name: ds for ds in datasets}
    case_rows: list[tuple[str, list[Doc], str, bool]] = []
    if "en_golden_rules" in by_name:
        case_rows.append(("en_golden_rules", by_name["en_golden_rules"].docs, "cases", True))
    de_present = [n for n in GERMAN_CASE_SETS if n in by_name]
    for n in de_present:
        case_rows.append((n, by_name[n].docs, "cases", True))
    if len(de_present) > 1:
        all_de = [d for n in de_present for d in by_name[n].docs]
        seen, uniq = set(), []
        for d in all_de:
            if (d.text, tuple(d.gold)) not in seen:
                seen.add((d.text, tuple(d.gold)))
                uniq.append(d)
        case_rows.append(("German sets combined, all", all_de, "cases", False))
        case_rows.append(("German sets combined, unique", uniq, "cases", False))
    running_rows: list[tuple[str, list[Doc], str, bool]] = []
    konv = [ds for ds in datasets if ds.name.startswith("konvens2019-de")]
    running_rows += [(ds.name, ds.docs, "running", True) for ds in konv]
    if len(konv) > 1:
        running_rows.append(("konvens2019-de overall", [d for ds in konv for d in ds.docs], "running", False))
    if "UD GUM news (en)" in by_name:
        ds = by_name["UD GUM news (en)"]
        running_rows.append((f"UD GUM news (en), {len(ds.docs)} docs", ds.docs, "running", True))
    all_rows = case_rows + running_rows

    col_names = [s.name for s in active]
    gold_cache: dict = {}
    table_rows: dict[str, dict[str, Score]] = {}
    for label, docs, kind, _ in all_rows:
        part = Dataset(label, "", kind, docs, "")
        table_rows[label] = {sn: score_dataset(part, outputs[sn], gold_cache) for sn in col_names}

    # Print.
    print("# Sentence splitting evaluation\n")
    print(f"Data: `{sbd}`  ")
    sysdesc = []
    for s in systems:
        if s.available:
            sysdesc.append(f"{s.name} ({'binary ' + s.version + ', ' + s.mode + ' mode' if s.name == 'bitext' else s.version})")
        else:
            sysdesc.append(f"{s.name} (skipped: {s.note})")
    print("Systems: " + "; ".join(sysdesc) + "\n")
    if not col_names:
        print("No system available: nothing scored.")
    if case_rows and col_names:
        print("## Exact-match case accuracy (golden-rule sets)\n")
        print("A case is correct when the sentence list equals gold after collapsing whitespace runs "
              "to one space, stripping each sentence and dropping empty ones.\n")
        rows = []
        for label, *_ in case_rows:
            n = table_rows[label][col_names[0]].cases
            rows.append([label, str(n)] + [fmt_acc(table_rows[label][sn]) for sn in col_names])
        print(md_table(["dataset", "cases"] + col_names, rows))
        print()
    if col_names:
        print("## Boundary precision / recall / F1\n")
        print("Boundary = count of non-whitespace characters before a sentence end; text end excluded; micro-averaged.\n")
        rows = []
        for label, *_ in all_rows:
            sc0 = table_rows[label][col_names[0]]
            rows.append([label, str(sc0.tp + sc0.fn)] + [fmt_prf(table_rows[label][sn]) for sn in col_names])
        print(md_table(["dataset", "gold boundaries"] + col_names, rows))
        print()
        print("German combined: all = the 4 German sets concatenated (duplicates count again); "
              "unique = each distinct (text, gold) case once.")

    for sn in args.show_failures:
        if sn in col_names:
            print_failures(sn, [(label, table_rows[label][sn]) for label, _, _, listed in all_rows if listed])
        else:
            print(f"\n(--show-failures {sn}: system not available)")

    if args.json:
        out = {
            "data": str(sbd),
            "metric_notes": {
                "exact_match": "sentence lists equal after collapsing whitespace runs to one space and stripping each sentence, empty sentences dropped",
                "boundary": "number of non-whitespace chars before each sentence end; end of text excluded; micro-averaged",
            },
            "systems": {s.name: {"available": s.available, "version": s.version, "note": s.note} for s in systems},
            "rows": [],
        }
        for label, docs, kind, _ in all_rows:
            out["rows"].append({"dataset": label, "kind": kind, "texts": len(docs),
                                "results": {sn: table_rows[label][sn].as_json(kind) for sn in col_names}})
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                   encoding="utf-8")
        note(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
