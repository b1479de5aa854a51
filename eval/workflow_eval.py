#!/usr/bin/env python3
"""The corpus-scale workflow (workflow/Snakefile) against one `bitext run` on the same folders.

Synthesizes N German and N English articles from the PUD and WMT24 sentences (the pairing benchmark's
material; a share of each side, 0.25 by default, has no partner), runs `bitext run` once and the
Snakemake workflow with K shards, and reports:
  - whether the workflow's pairs.tsv, glossary.tsv and qa/ (and every other file) equal the run's, byte for byte;
  - time and peak memory of `bitext run`, per phase of it (from its progress lines, with its resident memory
    sampled every 0.2 s), of the whole workflow, and per stage (from Snakemake's benchmark files: jobs, summed
    and largest job seconds, largest job's peak RSS).

    python3 eval/workflow_eval.py [--articles 300] [--unpaired 0.25] [--shards 4] [--cores 2]
                                  [--profile workflow/profiles/slurm [--slurm-local]] [--no-run] [--keep DIR] [--bitext PATH]

Needs ../shared/eval (prints `skipped` without it), a release build and scripts/setup-workflow.sh.
--profile runs the workflow through a Snakemake profile (the Slurm one: see eval/slurm_eval.sh);
--no-run leaves out the single `bitext run` (for sizes where only the workflow is measured).
"""
from __future__ import annotations

import argparse
import csv
import filecmp
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
import pair_eval  # noqa: E402  (shares the sentence pool)

ROOT = Path(__file__).resolve().parent.parent
SNAKEMAKE = ROOT / ".venv-workflow/bin/snakemake"


def synthesize(n: int, unpaired: float, data: Path, folder: Path, seed: int) -> None:
    """N articles per side of 6-14 sentences; round(N * unpaired) on each side have no partner.
    Names are shuffled so that articles without partner are spread over all shards."""
    pool = pair_eval.sentence_pool(data)
    rng = random.Random(seed)
    lonely = round(n * unpaired)
    names = [f"{i:06d}" for i in range(n + lonely)]
    rng.shuffle(names)
    (folder / "de").mkdir(parents=True)
    (folder / "en").mkdir(parents=True)
    for i in range(n - lonely):
        chosen = rng.sample(pool, rng.randint(6, 14))
        (folder / "de" / f"{names[i]}.txt").write_text(" ".join(d for d, _ in chosen) + "\n", encoding="utf-8")
        (folder / "en" / f"{names[i]}.txt").write_text(" ".join(e for _, e in chosen) + "\n", encoding="utf-8")
    for k in range(lonely):
        german = rng.sample(pool, rng.randint(6, 14))
        english = rng.sample(pool, rng.randint(6, 14))
        (folder / "de" / f"{names[n - lonely + k]}.txt").write_text(" ".join(d for d, _ in german) + "\n", encoding="utf-8")
        (folder / "en" / f"{names[n + k]}.txt").write_text(" ".join(e for _, e in english) + "\n", encoding="utf-8")


def timed(command: list[str], log: Path) -> tuple[float, float, int]:
    """Runs `command`; returns wall seconds, peak RSS in MB of the process tree's largest process, and the status."""
    start = time.perf_counter()
    with log.open("w") as err:
        process = subprocess.Popen(command, stdout=err, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def timed_run(command: list[str], log: Path) -> tuple[float, float, float, int, list[str]]:
    """Runs `bitext run` with progress on: wall seconds, CPU seconds, peak RSS (MB), status, and a table of its phases (the
    stages its progress lines name: first and last line's time, largest resident memory sampled meanwhile)."""
    phases: dict[str, list[float]] = {}
    current = ["loading dictionaries"]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            try:
                rss = next(int(l.split()[1]) for l in Path(f"/proc/{process.pid}/status").read_text().splitlines() if l.startswith("VmRSS:"))
            except (OSError, StopIteration):
                continue
            now = time.perf_counter() - start
            phase = phases.setdefault(current[0], [now, now, 0.0])
            phase[1] = now
            phase[2] = max(phase[2], rss / 1024)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    with log.open("w") as err:
        for line in process.stderr:
            err.write(line)
            progress = re.match(r"^bitext: ([a-zA-Z ]+): (\d+)/(\d+),", line)
            if progress:
                now = time.perf_counter() - start
                stage, finished = progress.group(1), progress.group(2) == progress.group(3)
                phases.setdefault(stage, [now, now, 0.0])[1] = now
                current[0] = f"after {stage} (writing)" if finished else stage
    _, status, usage = os.wait4(process.pid, 0)
    done.set()
    sampler.join()
    seconds = time.perf_counter() - start
    table = ["| phase of bitext run | from s | to s | peak RSS sampled (MB) |", "|---|---:|---:|---:|"]
    table += [f"| {name} | {p[0]:.1f} | {p[1]:.1f} | {p[2]:.0f} |" for name, p in phases.items()]
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), table


def stage_table(work: Path) -> list[str]:
    """Per rule: jobs, summed wall and CPU seconds, largest job's seconds and peak RSS (MB), and the largest
    single step. From GNU time's files (measure=1: exact CPU seconds and peak memory) where present, else from
    Snakemake's benchmark files (memory and CPU sampled: short peaks can be missed)."""
    stages: dict[str, list[tuple[float, float, float, str]]] = {}
    def rule_of(stem: str) -> str:
        return "glossary-counts" if stem.startswith("glossary-counts") else stem.split("-")[0]
    timed = sorted((work / "benchmarks").glob("*.time"))
    if timed:
        source = "GNU time: exact CPU seconds and peak resident memory"
        for path in timed:
            fields = path.read_text().split()[-4:]
            if len(fields) < 4:  # a job still running (--table-only during a run)
                continue
            wall, user, system, kb = float(fields[0]), float(fields[1]), float(fields[2]), float(fields[3])
            stages.setdefault(rule_of(path.stem), []).append((wall, kb / 1024, user + system, path.stem))
    else:
        source = "Snakemake benchmark files: memory and CPU sampled"
        for path in sorted((work / "benchmarks").glob("*.tsv")):
            with path.open() as f:
                row = next(csv.DictReader(f, delimiter="\t"))
            number = lambda key: float(row[key]) if row.get(key) not in (None, "", "-", "NA") else 0.0
            stages.setdefault(rule_of(path.stem), []).append((float(row["s"]), number("max_rss"), number("cpu_time"), path.stem))
    lines = [f"({source})", "| stage | jobs | wall s (sum) | CPU s (sum) | largest job (s) | largest peak RSS (MB) |",
             "|---|---:|---:|---:|---:|---:|"]
    for rule in ["prepare", "pair", "align", "vocabulary", "glossary-counts", "glossary", "merge", "corpus"]:
        jobs = stages.get(rule, [])
        if jobs:
            lines.append(f"| {rule} | {len(jobs)} | {sum(j[0] for j in jobs):.1f} | {sum(j[2] for j in jobs):.1f} | "
                         f"{max(j[0] for j in jobs):.1f} | {max(j[1] for j in jobs):.0f} |")
    every = [job for jobs in stages.values() for job in jobs]
    if every:
        largest = max(every, key=lambda j: j[1])
        lines.append(f"largest single step: {largest[3]}, {largest[1]:.0f} MB peak, {largest[0]:.1f} s")
    return lines


def compare(run: Path, workflow: Path) -> list[str]:
    """Which of pairs.tsv, glossary.tsv, qa/ and the whole folder are byte-identical."""
    def files(folder: Path) -> set[str]:
        return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    a, b = files(run), files(workflow)
    differing = sorted(f for f in a & b if not filecmp.cmp(run / f, workflow / f, shallow=False))
    qa = sorted(f for f in a | b if f.startswith("qa/"))
    result = [
        f"pairs.tsv identical: {'pairs.tsv' not in differing and 'pairs.tsv' in a & b}",
        f"glossary.tsv identical: {'glossary.tsv' not in differing and 'glossary.tsv' in a & b}",
        f"qa/ identical: {all(f in a and f in b and f not in differing for f in qa)} ({len(qa)} files)",
        f"index.html written: {(workflow / 'index.html').is_file()}",
        f"whole folder identical: {a == b and not differing} ({len(a)} files; {len(a ^ b)} only on one side, {len(differing)} differ)",
    ]
    if differing:
        result.append("differing: " + ", ".join(differing[:10]))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bitext")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--unpaired", type=float, default=0.25)
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=2, help="threads of the single bitext run")
    parser.add_argument("--profile", help="a Snakemake profile folder (e.g. workflow/profiles/slurm)")
    parser.add_argument("--slurm-local", action="store_true",
                        help="with the Slurm profile on a cluster without accounting (eval/slurm_eval.sh): no account, status from squeue")
    parser.add_argument("--no-run", action="store_true", help="measure the workflow only")
    parser.add_argument("--keep", help="work in this folder and keep it")
    parser.add_argument("--table-only", action="store_true", help="print the stage table of a kept folder (--keep) and stop")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--data", default=str(pair_eval.DEFAULT_DATA))
    args = parser.parse_args()
    data = Path(args.data)
    bitext = pair_eval.find_bitext(args.bitext)
    if not (data / "eval/align").exists() or bitext is None:
        print("skipped: needs ../shared/eval/align and a built bitext (swift build -c release)")
        return 0
    if not SNAKEMAKE.exists():
        print("skipped: needs snakemake (scripts/setup-workflow.sh)")
        return 0
    if args.table_only and args.keep:
        print("\n".join(stage_table(Path(args.keep) / "workflow.work")))
        return 0
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bitext-workflow-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        if not (folder / "de").exists():
            synthesize(args.articles, args.unpaired, data, folder, args.seed)
        de, en = str(folder / "de"), str(folder / "en")
        print(f"{args.articles} German and {args.articles} English articles ({round(args.articles * args.unpaired)} per side without partner), "
              f"{args.shards} shards, {args.cores} cores{', profile ' + args.profile if args.profile else ''}")
        if not args.no_run:
            shutil.rmtree(folder / "run", ignore_errors=True)
            seconds, cpu, peak, status, phases = timed_run([str(bitext), "run", de, en, "-o", str(folder / "run"), "--jobs", str(args.jobs)],
                                                      folder / "run.log")
            if status != 0:
                print((folder / "run.log").read_text()[-4000:], file=sys.stderr)
                return 1
            print(f"bitext run: {seconds:.1f} s wall, {cpu:.1f} CPU s, peak RSS {peak:.0f} MB")
            print("\n".join(phases))
        command = [str(SNAKEMAKE), "-s", str(ROOT / "workflow/Snakefile"), "--cores", str(args.cores), "--quiet", "progress",
                   "--config", f"de={de}", f"en={en}", f"out={folder / 'workflow'}", f"shards={args.shards}", f"bitext={bitext}", "measure=1"]
        if args.profile:
            command += ["--profile", str(ROOT / args.profile) if not Path(args.profile).is_absolute() else args.profile]
        if args.slurm_local:
            command += ["--slurm-no-account", "--slurm-status-command", "squeue"]
        seconds, _, status = timed(command, folder / "workflow.log")
        if status != 0:
            print((folder / "workflow.log").read_text()[-4000:], file=sys.stderr)
            return 1
        print(f"workflow: {seconds:.1f} s wall")
        print("\n".join(stage_table(folder / "workflow.work")))
        if not args.no_run:
            verdict = compare(folder / "run", folder / "workflow")
            print("\n".join(verdict))
            if any(line.endswith("False") or ": False" in line for line in verdict):
                return 1
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
