"""What a lint returns: the `--format json` report of one document, as Python objects.

Every field is the report's, unchanged (positions, messages, severities): the binding decides
nothing. Positions are 1-based lines and Unicode code-point columns; `offset`/`length` and the
edits of a fix are in bytes of the UTF-8 text cartlint was given."""
from __future__ import annotations

from typing import Any, NamedTuple, Optional


class Edit(NamedTuple):
    offset: int  # bytes from the start of the text
    length: int  # bytes replaced
    text: str    # what replaces them


class Fix(NamedTuple):
    description: str
    safe: bool  # syntax or names only: what fix() and `cartlint --fix` apply
    edits: tuple[Edit, ...]


class Diagnostic(NamedTuple):
    rule: str      # category/name, e.g. "schema/required"
    severity: str  # "error", "warning" or "info"
    message: str
    pointer: str   # RFC 6901 JSON Pointer of the value ("" is the root)
    line: int
    column: int
    end_line: int    # one past the end of the span
    end_column: int
    offset: int
    length: int
    fix: Optional[Fix]


def _fix(fix: Optional[dict[str, Any]]) -> Optional[Fix]:
    if fix is None:
        return None
    return Fix(fix["description"], fix["safe"], tuple(Edit(e["offset"], e["length"], e["text"]) for e in fix["edits"]))


def _diagnostic(d: dict[str, Any]) -> Diagnostic:
    return Diagnostic(d["rule"], d["severity"], d["message"], d["pointer"], d["line"], d["column"], d["endLine"],
                      d["endColumn"], d["offset"], d["length"], _fix(d.get("fix")))


class LintResult:
    """One document's findings. `report` is the parsed `--format json` report itself, for
    callers that forward it."""

    __slots__ = ("path", "kind", "diagnostics", "_report", "_file")

    def __init__(self, report: dict[str, Any]):
        file = report["files"][0]
        self._report: Optional[dict[str, Any]] = report
        self._file = file
        self.path: str = file["path"]
        self.kind: str = file["kind"]  # the kind it was checked as: cart, cart-line-item, order, …
        self.diagnostics: tuple[Diagnostic, ...] = tuple(map(_diagnostic, file["diagnostics"]))

    @classmethod
    def _of_file(cls, file: dict[str, Any]) -> "LintResult":
        """One entry of a many-document report (cartlint_lint_many): its one-file report, the one
        cartlint_lint writes, is built only if asked for."""
        result = cls.__new__(cls)
        result._report = None
        result._file = file
        result.path = file["path"]
        result.kind = file["kind"]
        result.diagnostics = tuple(map(_diagnostic, file["diagnostics"]))
        return result

    @property
    def report(self) -> dict[str, Any]:
        if self._report is None:
            severities = [d.severity for d in self.diagnostics]
            summary = {"files": 1, "errors": severities.count("error"), "warnings": severities.count("warning"),
                       "infos": severities.count("info")}
            if "notes" in self._file:  # one file's notes are its run's
                summary["notes"] = self._file["notes"]
            self._report = {"files": [self._file], "summary": summary}
        return self._report

    @property
    def notes(self) -> list[dict[str, Any]]:
        """The context/… hints counted instead of reported per document (the default, as the
        command does): [{"rule", "documents", "message"}], empty when none."""
        return list(self._file.get("notes", []))

    @property
    def errors(self) -> int:
        return self.report["summary"]["errors"]

    @property
    def warnings(self) -> int:
        return self.report["summary"]["warnings"]

    @property
    def infos(self) -> int:
        return self.report["summary"]["infos"]

    @property
    def ok(self) -> bool:
        """No error: what `cartlint` (with the default --fail-on error) exits 0 for."""
        return self.errors == 0

    @property
    def clean(self) -> bool:
        """No finding at all."""
        return not self.diagnostics

    def __repr__(self) -> str:
        return (f"<cartlint.LintResult {self.path!r} kind={self.kind!r}: {self.errors} errors, "
                f"{self.warnings} warnings, {self.infos} infos>")
