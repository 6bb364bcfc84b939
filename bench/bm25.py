"""Okapi BM25, the keyword baseline the matching quality report compares byway against.

Written out here (about twenty lines) so the baseline is plain and inspectable: the profile's text is
the query, each posting's title and description a document, k1 = 1.2 and b = 0.75 as usual.
"""

from __future__ import annotations

import math
import re
from collections import Counter

_WORD = re.compile(r"[a-z0-9]+(?:[+#][a-z0-9+#]*)?")
_STOP = frozenset("a an and are as at be by for from has have i in is it its of on or our that the their this "
                  "to was we were will with you your they them us".split())


def tokens(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def bm25_scores(query: str, documents: list[str], k1: float = 1.2, b: float = 0.75) -> list[float]:
    """The BM25 score of every document for the query; statistics come from `documents` themselves."""
    docs = [Counter(tokens(d)) for d in documents]
    lengths = [sum(d.values()) for d in docs]
    average = sum(lengths) / max(len(docs), 1)
    frequency = Counter(term for d in docs for term in d)
    terms = set(tokens(query))
    idf = {t: math.log(1 + (len(docs) - frequency[t] + 0.5) / (frequency[t] + 0.5)) for t in terms}
    scores = []
    for doc, length in zip(docs, lengths, strict=True):
        score = 0.0
        for term in terms:
            tf = doc.get(term, 0)
            if tf:
                score += idf[term] * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / max(average, 1e-9)))
        scores.append(score)
    return scores
