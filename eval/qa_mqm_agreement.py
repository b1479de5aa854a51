"""How consistently the MQM raters mark one category: the ceiling any text-based check meets.

Every source sentence of the TED set is translated by about 14 systems, and each translation is
rated by one of four raters. When the same erroneous string (say "Schwarze Löcher") appears in
several translations of one sentence, a check that reads text must flag all or none of them; if
only some raters mark it, the others' copies count against the check's precision.

`report` prints, for one category:
- how many of its spans each rater marked, beside each rater's share of the segments;
- the *string oracle*: knowing every annotated span's exact text, flag that text (as a whole word)
  in every translation of the same source sentence. Its precision is what flagging exactly the
  annotated strings, consistently, scores against these annotations;
- the annotated strings with the most spans, each with the share of its occurrences (in the
  translations of the sentences where it was marked) that carry a span of the category.
"""
import collections
import re


def report(segments, category, overlaps):
    rated = collections.Counter(seg["rater"] for seg in segments)
    marked = collections.Counter()
    for seg in segments:
        marked[seg["rater"]] += sum(1 for _, _, c in seg["spans"] if c == category)
    total = sum(marked.values())
    print(f"### {category}: agreement between raters\n")
    print("| rater | share of segments | share of the category's spans |\n|---|---|---|")
    for rater in sorted(rated):
        print(f"| {rater} | {rated[rater] / len(segments):.2f} | {marked[rater] / max(1, total):.2f} ({marked[rater]}) |")
    by_source = collections.defaultdict(list)
    for index, seg in enumerate(segments):
        by_source[seg["key"][1:]].append(index)
    flags = {}
    spans_of = collections.Counter()
    for seg in segments:
        for start, end, cat in seg["spans"]:
            if cat != category:
                continue
            text = seg["target"][start:end]
            spans_of[text] += 1
            pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
            for other in by_source[seg["key"][1:]]:
                for m in pattern.finditer(segments[other]["target"]):
                    flags.setdefault((other, m.start(), m.end()), text)
    marked_flags = {f for f in flags if any(overlaps(f[1], f[2], a, b) for a, b, c in segments[f[0]]["spans"] if c == category)}
    precision = len(marked_flags) / max(1, len(flags))
    print(f"\nString oracle (each annotated {category} string flagged in every translation of its source sentence): "
          f"{len(flags)} flags, {len(marked_flags)} on a {category} span, precision {precision:.3f}, recall 1.000.\n")
    print("| annotated string | spans | occurrences | share marked |\n|---|---|---|---|")
    shares = {}
    for text, spans in spans_of.most_common(6):
        occurrences = [f for f, t in flags.items() if t == text]
        share = sum(1 for f in occurrences if f in marked_flags) / max(1, len(occurrences))
        shares[text] = share
        print(f"| {text} | {spans} | {len(occurrences)} | {share:.2f} |")
    print()
    return {"rated": dict(rated), "marked": dict(marked), "oracle_flags": len(flags), "oracle_precision": precision,
            "top_strings": {text: {"spans": spans_of[text], "share_marked": shares[text]} for text in shares}}
