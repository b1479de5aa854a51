#!/bin/sh
# Puts the English sources, the human German references and the primary systems' German outputs of
# three WMT test sets where eval/qa_unseen_refs.py looks for them (eval/data/wmt-refs/YY/, outputs in
# YY/systems/), and WMT23's MQM ratings: newstest2021 en-de (references A, C and the paraphrased D),
# generaltest2022 en-de (A, B) and generaltest2023 en-de (A), from the
# wmt-conference/wmt2X-news-systems repositories at pinned commits. Downloads the files, or reads them
# from local clones given as arguments in the order 21 22 23 ErrorSpanAnnotation (a machine without
# GitHub access).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target="$here/data/wmt-refs"
get() {  # year commit clone-or-empty path-in-repo output
    mkdir -p "$(dirname "$target/$1/$5")"
    if [ -n "$3" ]; then
        git --git-dir="$3" show "$2:$4" > "$target/$1/$5"
    else
        curl -fsSL -o "$target/$1/$5" "https://github.com/wmt-conference/wmt$1-news-systems/raw/$2/$4"
    fi
}
c21=f41750dadbf2ba6ab01ca5380347d253298a3427
c22=20240a2e96a50e823ea8cdf37fd8af52547146e3
c23=99b5b9de2a535c2c5542fd4ec404682903299894
get 21 $c21 "${1:-}" txt/sources/newstest2021.en-de.src.en src.en
for r in A C D; do get 21 $c21 "${1:-}" txt/references/newstest2021.en-de.ref.$r.de ref$r.de; done
get 22 $c22 "${2:-}" txt/sources/generaltest2022.en-de.src.en src.en
for r in A B; do get 22 $c22 "${2:-}" txt/references/generaltest2022.en-de.ref.$r.de ref$r.de; done
get 23 $c23 "${3:-}" txt/sources/generaltest2023.en-de.src.en src.en
get 23 $c23 "${3:-}" txt/references/generaltest2023.en-de.ref.refA.de refA.de
systems21="BUPT_rush Facebook-AI HuaweiTSC ICL Manifold NVIDIA-NeMo Online-A Online-B Online-G Online-W Online-Y P3AI UEdin UF VolcTrans-AT VolcTrans-GLAT WeChat-AI eTranslation happypoet nuclear_trans"
systems22="JDExploreAcademy Lan-Bridge Online-A Online-B Online-G Online-W Online-Y OpenNMT PROMT"
systems23="AIRC GPT4-5shot Lan-BridgeMT NLLB_Greedy NLLB_MBR_BLEU ONLINE-A ONLINE-B ONLINE-G ONLINE-M ONLINE-W ONLINE-Y ZengHuiMT"
for s in $systems21; do get 21 $c21 "${1:-}" txt/system-outputs/newstest2021.en-de.hyp.$s.de systems/$s.de; done
for s in $systems22; do get 22 $c22 "${2:-}" txt/system-outputs/generaltest2022.en-de.hyp.$s.de systems/$s.de; done
for s in $systems23; do get 23 $c23 "${3:-}" txt/system-outputs/generaltest2023.en-de.hyp.$s.de systems/$s.de; done
# WMT23's MQM ratings of every system and refA, with error spans (Google's raters, all four domains),
# and the document of each line: from wmt-conference/ErrorSpanAnnotation's copy of mt-metrics-eval
# (a local clone as the fourth argument).
cesa=e7f88b51a5d36dd5a9c9c1d80556f69637716cd4
if [ -n "${4:-}" ]; then
    git --git-dir="$4" show "$cesa:data/mt-metrics-eval-v2/wmt23/human-scores/en-de.mqm.merged.seg.rating" > "$target/23/mqm.rating"
    git --git-dir="$4" show "$cesa:data/mt-metrics-eval-v2/wmt23/documents/en-de.docs" > "$target/23/docs"
else
    curl -fsSL -o "$target/23/mqm.rating" "https://github.com/wmt-conference/ErrorSpanAnnotation/raw/$cesa/data/mt-metrics-eval-v2/wmt23/human-scores/en-de.mqm.merged.seg.rating"
    curl -fsSL -o "$target/23/docs" "https://github.com/wmt-conference/ErrorSpanAnnotation/raw/$cesa/data/mt-metrics-eval-v2/wmt23/documents/en-de.docs"
fi
# The second team's ratings of the same outputs (the ESA paper's 2024 campaign, MQM and ESA): the item
# batches and the annotators' answers, for eval/qa_wmt23_second_raters.py.
mkdir -p "$target/23/campaign"
for f in data/batches_wmt23_en-de_mqm.json data/batches_wmt23_en-de_esa.json 240315rc5MQM.scores.csv \
         240521rc6MQM.scores.csv 240315rc5ESA.scores.csv 240520rc6ESA.scores.csv 240521rc6ESA.scores.csv; do
    if [ -n "${4:-}" ]; then
        git --git-dir="$4" show "$cesa:data/campaign-ruction-rc5/$f" > "$target/23/campaign/$(basename "$f")"
    else
        curl -fsSL -o "$target/23/campaign/$(basename "$f")" "https://github.com/wmt-conference/ErrorSpanAnnotation/raw/$cesa/data/campaign-ruction-rc5/$f"
    fi
done
echo "$target"
