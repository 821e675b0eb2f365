"""cartlint: pre-flight checks of Microsoft Partner Center cart payloads, from Python.

A ctypes binding of libcartlint's C ABI (cartlint.h): the findings, positions and messages are the
library's, exactly what `cartlint --format json` reports. ctypes releases the GIL during every
call into cartlint, so threads lint in parallel (lint_many uses that).

    import cartlint
    result = cartlint.lint(payload, customer_country="DE")
    for d in result.diagnostics:
        print(d.line, d.column, d.severity, d.rule, d.message)
"""
from __future__ import annotations

import ctypes as _ctypes
import functools as _functools
import json as _json
from typing import Iterable, Mapping, Optional, Union

from . import _library

_lib = _library.load()  # ImportError, saying where it looked, when there is no libcartlint

from ._linter import Linter, NdjsonReport, Text  # noqa: E402  (a Linter calls _lib)
from ._options import Now, options_json as _options_json  # noqa: E402
from ._result import Diagnostic, Edit, Fix, LintResult  # noqa: E402

__version__: str = _lib.cartlint_version().decode("ascii")

__all__ = ["Diagnostic", "Edit", "Fix", "LintResult", "Linter", "NdjsonReport", "fix", "lint", "lint_many", "lint_ndjson", "rules",
           "__version__"]


@_functools.lru_cache(maxsize=32)
def _linter(options: Optional[str]) -> Linter:
    """One Linter per distinct options, kept for the module functions (a Linter is thread-safe)."""
    return Linter._from_options(options)


def _default(kind, customer_country, provider_id, now, rules, engine) -> Linter:
    return _linter(_options_json(kind=kind, customer_country=customer_country, provider_id=provider_id, now=now,
                                rules=rules, engine=engine))


def lint(text: Text, *, kind: Optional[str] = None, customer_country: Optional[str] = None,
         provider_id: Optional[str] = None, now: Optional[Now] = None, path: Optional[str] = None,
         rules: Optional[Mapping[str, str]] = None, engine: Optional[str] = None) -> LintResult:
    """Lints one document: str, or bytes as they are (invalid UTF-8 and NUL bytes are findings).

    kind: "auto" (default), "cart", "cart-line-item", "checkout-result", "order", "order-collection", "http" or "markdown";
    customer_country: ISO 3166-1 alpha-2; provider_id: the indirect provider's partner id;
    now: the clock for cart expiry (an aware datetime or an RFC 3339 string; default: the system clock);
    path: the document's name in the report; without a kind, its extension selects one as a file name does for the
    command (".http"/".rest": "http", ".md"/".markdown": "markdown"); rules: {rule id or "category/*": "off"|"info"|"warning"|"error"};
    engine: "native" (default) or "valijson". Bad options raise ValueError with cartlint's reason."""
    return _default(kind, customer_country, provider_id, now, rules, engine).lint(text, path=path)


def lint_ndjson(text: Text, *, kind: Optional[str] = None, customer_country: Optional[str] = None,
                provider_id: Optional[str] = None, now: Optional[Now] = None, path: Optional[str] = None,
                rules: Optional[Mapping[str, str]] = None, engine: Optional[str] = None,
                threads: Optional[int] = None) -> LintResult:
    """Lints NDJSON, each line its own document, in one call; findings carry the stream's line
    numbers (what `cartlint --ndjson` reports). The lines are linted in batches on `threads`
    threads inside cartlint (default: one per core). Options as for lint()."""
    return _default(kind, customer_country, provider_id, now, rules, engine).lint_ndjson(text, path=path, threads=threads)


def lint_many(texts: Iterable[Text], *, kind: Optional[str] = None, customer_country: Optional[str] = None,
              provider_id: Optional[str] = None, now: Optional[Now] = None, path: Optional[str] = None,
              rules: Optional[Mapping[str, str]] = None, engine: Optional[str] = None,
              threads: Optional[int] = None) -> list[LintResult]:
    """Lints each text as its own document on a pool of `threads` threads (default: one per core);
    the results keep the order of `texts`. cartlint runs without the GIL, so the linting overlaps;
    building each result holds it, so for many small carts lint_ndjson is the faster way."""
    return _default(kind, customer_country, provider_id, now, rules, engine).lint_many(texts, path=path, threads=threads)


def fix(text: Text, *, kind: Optional[str] = None, customer_country: Optional[str] = None,
        provider_id: Optional[str] = None, now: Optional[Now] = None, path: Optional[str] = None,
        rules: Optional[Mapping[str, str]] = None, engine: Optional[str] = None, ndjson: bool = False) -> Union[str, bytes]:
    """The text with every safe fix applied (what `cartlint --fix` writes), str for str and bytes
    for bytes; with ndjson=True each line is fixed on its own and the line breaks are kept. A path
    ending .md or .http fixes a doc page's or an HTTP message's bodies in place, as for lint()."""
    return _default(kind, customer_country, provider_id, now, rules, engine).fix(text, path=path, ndjson=ndjson)


def rules() -> list[dict]:
    """Every rule cartlint can report, as `cartlint --list-rules --format json` lists them:
    dicts with id, severity, summary, service and serviceBehaviour."""
    pointer = _lib.cartlint_rules()
    if not pointer:
        raise MemoryError("cartlint ran out of memory")
    try:
        return _json.loads(_ctypes.string_at(pointer))["rules"]
    finally:
        _lib.cartlint_free(pointer)
