"""Salary: min, max, currency and period from the board's fields or from the text, the raw string kept.

Handles "$120k–150k", "€60.000", "£70,000 per annum", "150–180K USD + equity", "$45/hour",
"80.000 - 95.000 EUR brutto/Jahr". European thousands separators ("60.000", "60.000,00") are read as
thousands; a bare number without a currency is not a salary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "CHF": "CHF", "A$": "AUD", "C$": "CAD",
            "CA$": "CAD", "AU$": "AUD", "US$": "USD", "S$": "SGD", "RM": "MYR"}
_CODES = ("USD", "EUR", "GBP", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK", "PLN", "INR", "SGD", "JPY", "MYR", "NZD",
          "CZK", "BRL", "MXN", "ZAR", "ILS")
# Every branch opens with a literal character, so a scan for a currency skips to capitals and symbols in C (a
# branch that opens with \b or a class gives re no first character): "\bRM" and "\bUSD" test the character before
# them with a look-behind after the letters instead (`(?<!\w{3})` after RM: not three word characters in a row).
_CURRENCY = (r"(?-i:US\$|CA\$|AU\$|A\$|C\$|S\$|RM(?<!\w{3})(?=\s?\d)|CHF|\$|€|£|¥|₹|"
             + "|".join(code + r"(?<!\w{4})\b" for code in _CODES) + ")")
# Thousands are grouped by one kind of separator: "150,000 150,000" is two amounts, not one.
_AMOUNT = r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?:\s\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?"
_K = r"\s?(?:[kK]\b|,000\b|\s?thousand\b)?"
_RANGE = re.compile(
    r"(?P<cur1>" + _CURRENCY + r")?\s?(?P<low>" + _AMOUNT + r")(?P<k1>" + _K + r")\s?(?P<cur2>" + _CURRENCY + r")?"
    r"(?:\s?(?:-|–|—|to|and|bis)\s?(?P<cur3>" + _CURRENCY + r")?\s?(?P<high>" + _AMOUNT + r")(?P<k2>" + _K + r"))?"
    r"\s?(?P<cur4>" + _CURRENCY + r")?(?P<period>\s?(?:/|per|an?|each)?\s?(?:year|yr|annum|annually|month|mo|week|"
    r"wk|day|hour|hr|h)\b|\s?(?:brutto|gross)?\s?/\s?(?:jahr|monat)\b)?", re.I)
_CURRENCY_RE = re.compile(_CURRENCY)
# Every currency mention holds one of these; the scan starts three characters before the first ("US$").
_CURRENCY_MARKS = ("$", "€", "£", "¥", "₹", "RM", "CHF", *_CODES)
# The first mark in one case-sensitive scan: every mark opens with a capital or a symbol, so the scan skips
# the lower-case bulk of a text in C (2.5 times faster than one str.find per mark).
_FIRST_MARK = re.compile("|".join(re.escape(mark) for mark in _CURRENCY_MARKS))
_PERIODS = {"year": "year", "yr": "year", "annum": "year", "annually": "year", "jahr": "year", "month": "month",
            "mo": "month", "monat": "month", "week": "week", "wk": "week", "day": "day", "hour": "hour", "hr": "hour",
            "h": "hour"}
_CONTEXT = re.compile(r"salary|compensation|pay\b|base|range|ote|total|per (?:year|annum|hour)|/\s?(?:yr|year|hr|hour)|"
                      r"\bk\b|equity|gehalt|brutto", re.I)


@dataclass(frozen=True)
class SalaryResult:
    salary_min: float | None
    salary_max: float | None
    salary_currency: str | None
    salary_period: str | None
    salary_text: str | None


def _value(amount: str, k: str | None) -> float:
    text = amount.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?", text):
        # thousands separators: "60.000", "120,000", "60.000,00"
        head = re.sub(r"[.,]\d{1,2}$", "", text) if re.search(r"[.,]\d{1,2}$", text) and not re.search(
            r"[.,]\d{3}$", text) else text
        number = float(re.sub(r"[.,]", "", head))
    else:
        number = float(text.replace(",", "."))
    if k and k.strip().lower() in ("k", "thousand") or (k and k.strip() == ",000"):
        number *= 1000
    return number


def _period(raw: str | None, low: float) -> str:
    if raw:
        word = re.sub(r"[^a-z]", " ", raw.lower()).split()
        for token in reversed(word):
            if token in _PERIODS:
                return _PERIODS[token]
    return "hour" if low < 300 else "month" if low < 15_000 else "year"


def _candidates(text: str) -> list[re.Match[str]]:
    """Ranges around each currency mention: the full pattern only runs where a currency is named."""
    found: list[re.Match[str]] = []
    end = 0
    mark = _FIRST_MARK.search(text)
    if mark is None:
        return found
    first = mark.start()
    for currency in _CURRENCY_RE.finditer(text, max(0, first - 3)):
        start = max(end, currency.start() - 30)
        for match in _RANGE.finditer(text, start, min(len(text), currency.end() + 40)):
            if match.end() > end and match.group(0).strip():
                found.append(match)
                end = match.end()
    return found


def parse_salary_text(text: str | None) -> SalaryResult:
    """The first salary range the text states with a currency (and a salary word, a k, or a period nearby)."""
    text = (text or "")[:30_000]
    for match in _candidates(text):
        currency_token = next((match.group(g) for g in ("cur1", "cur2", "cur3", "cur4") if match.group(g)), None)
        if not currency_token:
            continue
        window = text[max(0, match.start() - 40):match.end() + 20] if text else ""
        if not (match.group("k1") or match.group("period") or _CONTEXT.search(window)):
            continue
        k1, k2 = match.group("k1"), match.group("k2")
        low = _value(match.group("low"), k1 or k2)
        high = _value(match.group("high"), k2 or k1) if match.group("high") else None
        if high is not None and high < low and high * 1000 >= low:
            high *= 1000  # "$120-150k" style mismatches
        if low < 5 or (high is not None and high < low):
            continue
        token = currency_token.upper()
        currency = _SYMBOLS.get(currency_token, _SYMBOLS.get(token, token))
        period = _period(match.group("period"), low)
        return SalaryResult(low, high, currency, period, match.group(0).strip())
    return SalaryResult(None, None, None, None, None)


def salary_from(structured: dict[str, Any], text: str | None) -> SalaryResult:
    """The board's salary fields when it has them (kept as given), else the text's first stated range."""
    low, high = structured.get("salary_min"), structured.get("salary_max")
    if low is not None or high is not None:
        raw = str(structured.get("salary_text") or "") or f"{low}-{high} {structured.get('salary_currency') or ''}"
        raw = raw.strip()
        return SalaryResult(low, high, structured.get("salary_currency"), structured.get("salary_period"), raw)
    salary_text = structured.get("salary_text")
    if isinstance(salary_text, str) and salary_text:  # attributes come from payloads: any JSON type
        parsed = parse_salary_text(salary_text)
        if parsed.salary_min is not None:
            return parsed
    return parse_salary_text(text)
