#!/usr/bin/env python3
"""Read FreeDict dictionaries as installed by Debian (dictd format).

Debian's dict-freedict-deu-fra / dict-freedict-deu-eng install
/usr/share/dictd/freedict-deu-XXX.index and freedict-deu-XXX.dict.dz:
* .index: one line per headword, ``key<TAB>offset<TAB>length``; offset and
  length are base-64 numbers (alphabet A-Z a-z 0-9 + /); keys are folded
  (lower case, most punctuation removed); a key can occur several times;
  keys starting with "00database" are metadata entries;
* .dict.dz: dictzip, i.e. a gzip file -- plain gzip decompression gives the
  text, and offset/length index into the decompressed bytes.

Entry layouts seen in these two files:
* deu-fra (WikDict): ``Headword /ipa/ <pos>`` then either one line of
  comma-separated translations followed by a German gloss line, or numbered
  senses ``1. trad, trad`` (column 0) each followed by gloss lines;
* deu-eng (Ding-derived): ``Headword /ipa/ <pos>`` then one line of
  translations ``go <v>, walk <v>`` (sometimes led by `` [domain]``), then
  indented notes / examples / ``see:`` lines.  One sense per entry.

``entries()`` yields (german_headword, [translation, ...]) with tags,
brackets and parentheses removed.  ``main`` writes a hunalign dictionary
(``translation @ headword`` lines: hunalign wants the target language
first) -- used by eval/align_hunalign.py.
"""

import gzip
import os
import re
import sys

sys.dont_write_bytecode = True  # keep eval/ free of __pycache__

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64V = {c: i for i, c in enumerate(_B64)}

_SENSE = re.compile(r"^\d+\.\s")
_BRACKETS = re.compile(r"<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}")


def b64num(s):
    v = 0
    for ch in s:
        v = v * 64 + _B64V[ch]
    return v


def index_path(dict_path):
    base = dict_path
    for suf in (".dict.dz", ".dict"):
        if base.endswith(suf):
            base = base[: -len(suf)]
            break
    return base + ".index"


def _clean_phrase(p):
    p = _BRACKETS.sub(" ", p)
    p = p.replace("…", " ").replace("...", " ")
    p = " ".join(p.split()).strip(" .;:")
    if not p or "#" in p or "/" in p or "=" in p:
        return None
    return p


def _headword(line):
    h = line
    for cut in (" /", " <", " ("):
        k = h.find(cut)
        if k >= 0:
            h = h[:k]
    return _clean_phrase(h)


def entries(dict_path):
    """Yield (headword, translations) for every non-metadata entry."""
    opener = gzip.open if dict_path.endswith(".dz") or dict_path.endswith(".gz") else open
    with opener(dict_path, "rb") as f:
        data = f.read()
    with open(index_path(dict_path), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[0].startswith("00database") or parts[0].startswith("00-database"):
                continue
            off, ln = b64num(parts[1]), b64num(parts[2])
            text = data[off:off + ln].decode("utf-8", "replace")
            lines = text.split("\n")
            if len(lines) < 2:
                continue
            head = _headword(lines[0])
            if not head:
                continue
            cand = [lines[1]] + [l for l in lines[2:] if _SENSE.match(l)]
            trans = []
            for c in cand:
                c = _SENSE.sub("", c.strip())
                c = re.sub(r"\s\d+\.$", "", c)
                for piece in re.split(r"[,;]", _BRACKETS.sub(" ", c)):
                    p = _clean_phrase(piece)
                    if p and p not in trans:
                        trans.append(p)
            if trans:
                yield head, trans


def hunalign_dictionary(dict_path, out_path, max_words=3):
    """Write ``target @ source`` lines (phrases of at most max_words words
    on each side), sorted and de-duplicated; returns the line count."""
    items = set()
    for head, trans in entries(dict_path):
        if len(head.split()) > max_words:
            continue
        for t in trans:
            if len(t.split()) <= max_words:
                items.add("%s @ %s" % (t, head))
    tmp = out_path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for it in sorted(items):
            f.write(it + "\n")
    os.replace(tmp, out_path)
    return len(items)


def main(argv):
    if len(argv) != 3:
        print("usage: align_freedict.py FREEDICT.dict.dz OUT_HUNALIGN_DICT", file=sys.stderr)
        return 2
    n = hunalign_dictionary(argv[1], argv[2])
    print("%d dictionary lines written to %s" % (n, argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
