"""The keyword arguments of lint(), Linter() and friends, as the options JSON cartlint_linter_new
reads. Only types are checked here; the values (a kind, a country, a level) are cartlint's to
judge, so a bad one gets the C ABI's own message."""
from __future__ import annotations

import datetime
import json
from typing import Any, Mapping, Optional, Union

Now = Union[datetime.datetime, str]


def _rfc3339(now: Now) -> str:
    if isinstance(now, str):
        return now
    if isinstance(now, datetime.datetime):
        if now.tzinfo is None or now.utcoffset() is None:
            # A naive datetime is local time to Python and UTC to many of its callers: refuse to guess.
            raise ValueError("now must be a timezone-aware datetime (e.g. datetime.now(timezone.utc)) or an RFC 3339 string")
        return now.astimezone(datetime.timezone.utc).isoformat().replace("+00:00", "Z")
    raise TypeError(f"now must be a datetime or an RFC 3339 string, not {type(now).__name__}")


def _string(name: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if name == "provider_id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # partner ids are digits; 873452 means "873452"
    raise TypeError(f"{name} must be a string, not {type(value).__name__}")


def options_json(*, kind: Optional[str] = None, customer_country: Optional[str] = None, provider_id: Optional[str] = None,
                 now: Optional[Now] = None, rules: Optional[Mapping[str, str]] = None, engine: Optional[str] = None,
                 context_hints: Optional[str] = None) -> Optional[str]:
    """The options object for cartlint_linter_new, or None for the defaults. Equal arguments give
    equal strings, so the string also keys the module's cache of linters."""
    options: dict[str, Any] = {}
    if kind is not None:
        options["kind"] = _string("kind", kind)
    if customer_country is not None:
        options["customerCountry"] = _string("customer_country", customer_country)
    if provider_id is not None:
        options["providerId"] = _string("provider_id", provider_id)
    if now is not None:
        options["now"] = _rfc3339(now)
    if rules is not None:
        if not isinstance(rules, Mapping):
            raise TypeError(f"rules must be a mapping of rule id to level, not {type(rules).__name__}")
        options["rules"] = {_string("a rule id", rule): _string(f"the level of {rule}", level) for rule, level in rules.items()}
    if engine is not None:
        options["engine"] = _string("engine", engine)
    if context_hints is not None:
        options["contextHints"] = _string("context_hints", context_hints)
    return json.dumps(options, separators=(",", ":")) if options else None
