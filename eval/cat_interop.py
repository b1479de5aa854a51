#!/usr/bin/env python3
"""CAT files from another tool: translate-toolkit writes sentence pairs as XLIFF, PO and TMX, and
`bitext qa FILE` must report what `bitext qa --batch` reports on the same pairs.

The pairs are the segments (system, document, segment) of the MQM-annotated TED translations
(../shared/eval/qa/mqm-ted-en-de, English source, German MT output, annotation markup removed), all of
them or --records spread evenly over the file. Each is written with translate-toolkit's own storage classes (`xliff.xlifffile`,
`po.pofile`, `tmx.tmxfile`), the record id as the unit id (XLIFF trans-unit id, PO msgctxt; TMX units
by position). bitext checks each file (`--skip inconsistent-translation,inconsistent-term`: these
compare units across a job and have no batch counterpart) and the JSONL batch of the same records. Reported: the
multisets of (record, check, flagged text), of all findings and of warnings and errors alone,
intersection over union, and whether every finding names its record.

translate-toolkit is not a dependency of bitext: `scripts/eval-venv.sh` makes a venv with it, and
this script re-runs itself under that interpreter (--python). Without the data or translate-toolkit
it prints "skipped: ..." and exits 0.

Usage: python3 eval/cat_interop.py [--bitext .build/release/bitext] [--records 300]
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "../shared/eval/qa/mqm-ted-en-de/mqm_ted_ende.tsv")


def load_pairs(path, limit=None):
    pairs = collections.OrderedDict()
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        col = {name: i for i, name in enumerate(header)}
        for row in reader:
            if len(row) < len(header):
                continue
            key = f"{row[col['system']]}-{row[col['doc_id']]}-{row[col['seg_id']]}"
            if key not in pairs:
                target = row[col["target"]].replace("<v>", "").replace("</v>", "")
                pairs[key] = (row[col["source"]], target)
    items = list(pairs.items())
    if limit and limit < len(items):
        step = len(items) / limit
        items = [items[int(i * step)] for i in range(limit)]
    return items


def run(binary, args):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"bitext {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def write_files(pairs, folder):
    from translate.storage import po, tmx, xliff
    xlf = xliff.xlifffile(sourcelanguage="en", targetlanguage="de")
    pof = po.pofile()
    tmf = tmx.tmxfile(sourcelanguage="en", targetlanguage="de")
    for key, (source, target) in pairs:
        unit = xlf.addsourceunit(source)
        unit.target = target
        unit.setid(key)
        unit = pof.addsourceunit(source)
        unit.target = target
        unit.setcontext(key)
        unit = tmf.addsourceunit(source)
        unit.target = target
    paths = {}
    for name, store in (("pairs.xlf", xlf), ("pairs.po", pof), ("pairs.tmx", tmf)):
        paths[name] = os.path.join(folder, name)
        with open(paths[name], "wb") as out:
            out.write(bytes(store))
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext", default=os.path.join(REPO, ".build/release/bitext"))
    parser.add_argument("--python", default=os.path.join(REPO, ".build/eval-venv/bin/python"),
                        help="an interpreter with translate-toolkit (scripts/eval-venv.sh)")
    parser.add_argument("--records", type=int, help="check this many pairs, spread over the file (default: all)")
    args = parser.parse_args()
    if not os.path.exists(DATA):
        print(f"skipped: {DATA} not present")
        return
    try:
        import translate  # noqa: F401
    except ImportError:
        if os.path.exists(args.python) and not os.environ.get("CAT_INTEROP_REEXEC"):
            os.environ["CAT_INTEROP_REEXEC"] = "1"
            os.execv(args.python, [args.python, *sys.argv])
        print("skipped: translate-toolkit not installed (scripts/eval-venv.sh)")
        return
    from translate.__version__ import sver as toolkit_version
    pairs = load_pairs(DATA, args.records)
    ids = [key for key, _ in pairs]
    with tempfile.TemporaryDirectory() as folder:
        records = os.path.join(folder, "records.jsonl")
        with open(records, "w", encoding="utf-8") as out:
            for key, (source, target) in pairs:
                out.write(json.dumps({"id": key, "source": source, "target": target}, ensure_ascii=False) + "\n")
        common = ["--langs", "en,de", "--format", "jsonl", "--jobs", "2"]
        batch_findings = run(args.bitext, ["qa", "--batch", records, *common])
        serious = ("warning", "error")
        batch = collections.Counter((f["id"], f["check"], f["text"]) for f in batch_findings)
        batch_serious = collections.Counter((f["id"], f["check"], f["text"]) for f in batch_findings if f["severity"] in serious)
        print(f"translate-toolkit {toolkit_version}, {len(pairs)} sentence pairs; --batch: {sum(batch.values())} findings, "
              f"{sum(batch_serious.values())} of them warnings or errors\n")
        print("| file | findings | IoU, all findings | warnings and errors | IoU, warnings and errors | every finding names its record |")
        print("|---|---:|---:|---:|---:|---|")
        for name, path in write_files(pairs, folder).items():
            findings = run(args.bitext, ["qa", path, *common, "--skip", "inconsistent-translation,inconsistent-term"])
            def record(f):
                unit = f["unit"]
                if name.endswith(".tmx"):
                    return ids[int(unit) - 1] if unit.isdigit() and 0 < int(unit) <= len(ids) else None
                return unit if unit in ids else None
            named = all(record(f) is not None for f in findings)
            mine = collections.Counter((record(f), f["check"], f["text"]) for f in findings)
            mine_serious = collections.Counter((record(f), f["check"], f["text"]) for f in findings if f["severity"] in serious)

            def iou(a, b):
                union = sum((a | b).values())
                return sum((a & b).values()) / union if union else 1.0
            print(f"| {name} | {sum(mine.values())} | {iou(mine, batch):.3f} | {sum(mine_serious.values())} | "
                  f"{iou(mine_serious, batch_serious):.3f} | {'yes' if named else 'NO'} |")


if __name__ == "__main__":
    main()
