"""Finding libcartlint and declaring the C ABI of cartlint.h to ctypes.

The library is looked for, in this order:
  1. the file the CARTLINT_LIBRARY environment variable names (an error if it cannot be loaded:
     a user who names a library means that one);
  2. beside this package's modules (`cmake --install` puts a link to the installed library there);
  3. the library `cmake --install` recorded in _paths.py (the package was moved or copied);
  4. ctypes.util.find_library("cartlint") (the loader's paths, ldconfig).

ctypes.CDLL releases the GIL for the length of every foreign call, so threads that lint at once
run in parallel inside cartlint; only building the Python objects holds the GIL.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import glob
import os
from typing import Callable, Iterator, Mapping, Optional

LIBRARY_ENV = "CARTLINT_LIBRARY"
# How a shared libcartlint is named on each platform; the install's link is libcartlint.so.N.
_PATTERNS = ("libcartlint.so*", "libcartlint*.dylib", "cartlint.dll")


def _recorded_library() -> Optional[str]:
    try:
        from . import _paths  # written by `cmake --install`; absent in a source tree
    except ImportError:
        return None
    return getattr(_paths, "LIBRARY", None) or None


def candidates(package_dir: str, recorded: Optional[str], find_library: Callable[[str], Optional[str]]) -> Iterator[tuple[str, str]]:
    """(where it came from, path) for each place the library may be, in the order they are tried."""
    for pattern in _PATTERNS:
        for path in sorted(glob.glob(os.path.join(package_dir, pattern))):
            if os.path.exists(path):  # a link the package's move has broken is skipped
                yield "beside the package", path
    if recorded and os.path.exists(recorded):
        yield "recorded at install", recorded
    found = find_library("cartlint")
    if found:
        yield "ctypes.util.find_library", found


def locate(environ: Mapping[str, str] = os.environ, package_dir: str = os.path.dirname(os.path.abspath(__file__)),
           recorded: Optional[str] = None, find_library: Callable[[str], Optional[str]] = ctypes.util.find_library,
           load: Callable[[str], ctypes.CDLL] = ctypes.CDLL) -> ctypes.CDLL:
    """The loaded library, or ImportError saying where it was looked for."""
    named = environ.get(LIBRARY_ENV)
    if named:
        try:
            return load(named)
        except OSError as e:
            raise ImportError(f"cartlint: {LIBRARY_ENV}={named} cannot be loaded: {e}") from None
    tried = []
    for origin, path in candidates(package_dir, recorded, find_library):
        try:
            return load(path)
        except OSError as e:
            tried.append(f"{path} ({origin}): {e}")
    looked = "; ".join(tried) if tried else "nothing found"
    raise ImportError(
        "cartlint: the shared library libcartlint was not found "
        f"(looked beside the package in {package_dir}, in the install's record, and with "
        f"ctypes.util.find_library: {looked}). Install cartlint with `cmake --install`, "
        f"or set {LIBRARY_ENV} to the path of libcartlint.so.")


def declare(lib: ctypes.CDLL) -> ctypes.CDLL:
    """Gives each function of cartlint.h its C signature. Strings cartlint returns are taken as
    c_void_p, not c_char_p, so they can be handed back to cartlint_free."""
    c_void_p, c_char_p, c_size_t = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t
    signatures = {
        "cartlint_version": ([], c_char_p),
        "cartlint_linter_new": ([c_char_p, ctypes.POINTER(c_void_p)], c_void_p),
        "cartlint_linter_free": ([c_void_p], None),
        "cartlint_lint": ([c_void_p, c_char_p, c_size_t, c_char_p], c_void_p),
        "cartlint_lint_ndjson": ([c_void_p, c_char_p, c_size_t, c_char_p], c_void_p),
        "cartlint_lint_ndjson_parallel": ([c_void_p, c_char_p, c_size_t, c_char_p, ctypes.c_uint], c_void_p),
        "cartlint_lint_many": ([c_void_p, ctypes.POINTER(c_char_p), ctypes.POINTER(c_size_t), c_size_t, c_char_p, ctypes.c_uint],
                               c_void_p),
        "cartlint_ndjson_report": ([c_void_p, c_char_p, c_size_t, c_char_p, ctypes.c_uint64, ctypes.c_uint64, ctypes.c_uint,
                                    ctypes.POINTER(c_size_t), ctypes.POINTER(c_void_p)], c_void_p),
        "cartlint_ndjson_report_file": ([c_void_p, c_char_p, ctypes.c_uint64, ctypes.c_uint64, c_char_p, ctypes.c_uint64, ctypes.c_uint,
                                         ctypes.POINTER(c_size_t), ctypes.POINTER(c_void_p), ctypes.POINTER(c_void_p)], c_void_p),
        "cartlint_fix": ([c_void_p, c_char_p, c_size_t, c_char_p, ctypes.c_int, ctypes.POINTER(c_size_t)], c_void_p),
        "cartlint_rules": ([], c_void_p),
        "cartlint_free": ([c_void_p], None),
    }
    for name, (argtypes, restype) in signatures.items():
        try:
            function = getattr(lib, name)
        except AttributeError:
            raise ImportError(f"cartlint: {lib._name} has no {name}: it is not a libcartlint with cartlint.h's C ABI") from None
        function.argtypes = argtypes
        function.restype = restype
    return lib


def load() -> ctypes.CDLL:
    return declare(locate(recorded=_recorded_library()))
