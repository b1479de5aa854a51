#!/usr/bin/env bash
# The workflow through its Slurm profile (workflow/profiles/slurm) on a single-node Slurm cluster on
# this machine, compared with one `bitext run` on the same corpus (eval/workflow_eval.py --profile).
#
# Installs Debian's slurm-wlm and munge when missing, writes a one-node configuration (slurmctld and
# slurmd on localhost, partition `batch`, this machine's cores and memory), starts munged, slurmctld and
# slurmd, runs the evaluation, and stops the daemons it started (also on failure). Run as root.
#   usage: eval/slurm_eval.sh [workflow_eval.py options, e.g. --articles 300 --shards 4]
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(slurm-wlm munge)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "slurm_eval: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ -x .venv-workflow/bin/snakemake ] || scripts/setup-workflow.sh

state=$(mktemp -d /tmp/bitext-slurm.XXXXXX)
cores=$(nproc)
memory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 1024 ))
mkdir -p /etc/slurm "$state/spool" "$state/ctld"
if [ -f /etc/slurm/slurm.conf ]; then cp /etc/slurm/slurm.conf "$state/slurm.conf.before"; fi
cat > /etc/slurm/slurm.conf <<CONF
# Written by bitext's eval/slurm_eval.sh: one node, this machine.
ClusterName=bitext-eval
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/spool
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/slurmctld.log
SlurmdLogFile=$state/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/linux
JobCompType=jobcomp/none
MinJobAge=3600
ReturnToService=2
NodeName=localhost CPUs=$cores RealMemory=$memory State=UNKNOWN
PartitionName=batch Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF

started=()
stop() {
  for daemon in "${started[@]}"; do
    case $daemon in
      slurmd) [ -f "$state/slurmd.pid" ] && kill "$(cat "$state/slurmd.pid")" 2>/dev/null || true ;;
      slurmctld) [ -f "$state/slurmctld.pid" ] && kill "$(cat "$state/slurmctld.pid")" 2>/dev/null || true ;;
      munged) [ -f "$state/munged.pid" ] && kill "$(cat "$state/munged.pid")" 2>/dev/null || true ;;
    esac
  done
  if [ -f "$state/slurm.conf.before" ]; then cp "$state/slurm.conf.before" /etc/slurm/slurm.conf; else rm -f /etc/slurm/slurm.conf; fi
  echo "slurm_eval: stopped ${started[*]:-nothing}; logs in $state" >&2
}
trap stop EXIT

if ! pgrep -x munged >/dev/null; then
  [ -f /etc/munge/munge.key ] || mungekey --create --keyfile=/etc/munge/munge.key
  chown munge:munge /etc/munge/munge.key 2>/dev/null || true
  mkdir -p /run/munge && chown munge:munge /run/munge 2>/dev/null || true
  su -s /bin/sh munge -c munged 2>/dev/null || munged --force
  # munged (as user munge) cannot write into this root-only folder: its PID is taken from the process table.
  pgrep -n -x munged > "$state/munged.pid"
  started+=(munged)
fi
slurmctld -f /etc/slurm/slurm.conf
started+=(slurmctld)
slurmd -f /etc/slurm/slurm.conf
started+=(slurmd)
for _ in $(seq 1 30); do
  sinfo -h -o "%t" 2>/dev/null | grep -qE "idle|mix|alloc" && break
  sleep 1
done
sinfo
python3 eval/workflow_eval.py --profile workflow/profiles/slurm --slurm-local "$@"
