"""Base-form judgement for glossary evaluation, from Hunspell's stems (libhunspell via ctypes).

A single-word term is *analysable* when Hunspell returns at least one stem for it. It is
*inflected* when one of its stems is a shorter form of it plus an inflection ending (German:
plural/genitive/dative endings of nouns and the declension endings of adjectives; English: the
plural -s/-es, -ies for -y) and the word itself is not one of its stems (then it is a dictionary
form of its own: "Daten", "news"). Otherwise it is in its base form. This is the measure of issue
18 ("23% of the single-word German terms Hunspell can analyse are an inflected form of a shorter
base form"); it is stated here, independently of bitext's lemmatizer.
"""
import ctypes
import ctypes.util

DE_ENDINGS = {"e", "en", "n", "s", "es", "er", "ern", "nen", "se", "ses", "ns", "ens", "em"}
EN_ENDINGS = {"s", "es"}


class Hunspell:
    def __init__(self, name, directory="/usr/share/hunspell"):
        path = ctypes.util.find_library("hunspell-1.7") or "libhunspell-1.7.so.0"
        self.lib = ctypes.CDLL(path)
        self.lib.Hunspell_create.restype = ctypes.c_void_p
        self.lib.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        self.lib.Hunspell_stem.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)), ctypes.c_char_p]
        self.lib.Hunspell_free_list.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)), ctypes.c_int]
        self.handle = self.lib.Hunspell_create(f"{directory}/{name}.aff".encode(), f"{directory}/{name}.dic".encode())
        self.cache = {}

    def stems(self, word):
        if word not in self.cache:
            out = ctypes.POINTER(ctypes.c_char_p)()
            n = self.lib.Hunspell_stem(self.handle, ctypes.byref(out), word.encode())
            self.cache[word] = [out[i].decode("utf-8", "replace") for i in range(n)]
            if n > 0:
                self.lib.Hunspell_free_list(self.handle, ctypes.byref(out), n)
        return self.cache[word]


def available(directory="/usr/share/hunspell"):
    import os
    return all(os.path.exists(f"{directory}/{n}.dic") for n in ("de_DE", "en_US")) and (
        ctypes.util.find_library("hunspell-1.7") or os.path.exists("/usr/lib/x86_64-linux-gnu/libhunspell-1.7.so.0"))


def judge(word, lang, hunspell):
    """'base', 'inflected' (with the base form) or None when Hunspell cannot analyse the word."""
    stems = hunspell.stems(word)
    if not stems:
        return None, None
    if word in stems or (lang == "en" and word.lower() in stems):
        return "base", word
    lower = word.lower()
    endings = DE_ENDINGS if lang == "de" else EN_ENDINGS
    for stem in sorted(stems, key=len, reverse=True):
        s = stem.lower()
        if len(s) < len(lower) and lower.startswith(s) and lower[len(s):] in endings:
            return "inflected", stem
        if lang == "en" and s.endswith("y") and lower == s[:-1] + "ies":
            return "inflected", stem
    return "base", word


def share(terms, lang, hunspell):
    """(base count, analysable count, inflected examples) over the single-word terms."""
    base = analysable = 0
    inflected = []
    for term in terms:
        # Multiword terms are out of scope; so are abbreviations ("AIS", "NGOs"), which Hunspell
        # reads as words plus an ending ("AIS" → "ai" + s).
        letters = [c for c in term if c.isalpha()]
        if " " in term or "-" in term or (len(letters) >= 2 and all(c.isupper() for c in letters[:-1])):
            continue
        verdict, lemma = judge(term, lang, hunspell)
        if verdict is None:
            continue
        analysable += 1
        if verdict == "base":
            base += 1
        else:
            inflected.append(f"{term}→{lemma}")
    return base, analysable, inflected
