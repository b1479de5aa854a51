#!/bin/sh
# Puts Bio-MQM's English→German ratings where eval/qa_unseen_refs.py --bio-mqm looks for them
# (eval/data/bio-mqm-en-de/): amazon-science/bio-mqm-dataset at a pinned commit, Apache-2.0. MEDLINE
# abstracts of the WMT21 biomedical task, eight system outputs and the reference translation, every
# sentence rated with error spans by linguists with medical experience (round two, the release the
# dataset's paper uses). Downloads the files, or reads them from a local clone given as the first
# argument (a machine without GitHub access).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target="$here/data/bio-mqm-en-de"
commit=b35bd758f378e578df1781d2ede5fdb099527696
mkdir -p "$target"
clone="${1:-}"
for system in HuaweiTSC_run1 HuaweiTSC_run2 HuaweiTSC_run3 Huawei_AGI_run1 Huawei_AGI_run2 Huawei_AGI_run3 \
              TMT_run1 mtcarousel reference; do
    path="data/v2/target/main_phase/round_two/en2de/$system.json"
    if [ -n "$clone" ]; then
        git --git-dir="$clone" show "$commit:$path" > "$target/$system.json"
    else
        curl -fsSL -o "$target/$system.json" "https://github.com/amazon-science/bio-mqm-dataset/raw/$commit/$path"
    fi
done
echo "$target"
