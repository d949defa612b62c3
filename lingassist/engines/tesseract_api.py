"""Tesseract in this process, through the C API of the system's `libtesseract`: the library
the `tesseract` program itself runs, so a reading gives the very TSV the program prints
(identical on every reading of the SROIE and wild-dev tune receipts, bench/README.md), without
starting a process and loading the language model for each page or line (~0.1-0.2 s of CPU
each, a third of a small receipt's page).

Instances (one per language set and variables) are made when a reading finds none free and
kept for later readings: readings at the same time each have their own, so there are never
more than the readings ever made at once (threads never share one; a worker thread that
ends leaves its instance to the next). OpenMP is held to one thread as the program is run
(`OMP_THREAD_LIMIT=1`): the variable is set while the library (and the system's OpenMP
runtime with it) is loaded and put back at once, so nothing else in the process sees it.
The in-process reader is not used — `tsv_text` returns None and `engines.ocr` runs the
program as before — when the library cannot be loaded, when the system's OpenMP runtime was
loaded before it (the thread limit could not be set), when a language cannot be loaded (the
program then says which pack is missing), or when a variable cannot be set after loading.
"""

from __future__ import annotations

import atexit
import ctypes
import os
import threading
import time
from collections.abc import Sequence

from PIL import Image

LIBRARY = "libtesseract.so.5"
"""The system library the `tesseract` 5 program runs (Debian/Ubuntu `libtesseract5`)."""
TSV_HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)
"""The first line of the program's TSV (the C API gives the rows only)."""
LEPTONICA = ("liblept.so.5", "libleptonica.so.6")
"""Names of the image library `libtesseract` is linked with (the first one loaded wins)."""
LEPTONICA_SILENT = 6
"""Leptonica's `L_SEVERITY_NONE`: print no messages."""
QUIET = ("debug_file=/dev/null",)
"""Set on every instance: Tesseract's messages ("Estimating resolution as …") go nowhere, as
the program's went to a pipe nobody read."""


class ReadingTimedOut(Exception):
    """A reading took longer than its deadline."""


class _Library:
    """The loaded C library, or the reason it cannot be used."""

    def __init__(self) -> None:
        self.lib: ctypes.CDLL | None = None
        self.handles: list[int] = []
        self.free: dict[tuple[str, tuple[str, ...]], list[int]] = {}
        self.unusable: set[tuple[str, tuple[str, ...]]] = set()
        self.lock = threading.Lock()
        self.tried = False


_STATE = _Library()


def tsv_text(
    image: Image.Image,
    languages: str,
    psm: int,
    variables: Sequence[str],
    timeout: float,
) -> str | None:
    """Tesseract's TSV of a greyscale `image` (the program's output: header and rows), read
    in this process in `languages` with page segmentation mode `psm` and `variables`
    ("NAME=VALUE"); None when the in-process reader cannot be used (see the module).

    Raises:
        ReadingTimedOut: the reading was not finished after `timeout` seconds.
    """
    lib = _library()
    if lib is None:
        return None
    key = (languages, tuple(variables))
    handle = _instance(lib, key)
    if handle is None:
        return None
    try:
        return _read(lib, handle, image, psm, timeout)
    finally:
        with _STATE.lock:
            _STATE.free.setdefault(key, []).append(handle)


def _read(
    lib: ctypes.CDLL, handle: int, image: Image.Image, psm: int, timeout: float
) -> str | None:
    """One reading on an instance no other thread is using (see `tsv_text`)."""
    grey = image if image.mode == "L" else image.convert("L")
    pixels = grey.tobytes()
    monitor = lib.TessMonitorCreate()
    started = time.monotonic()
    try:
        lib.TessMonitorSetDeadlineMSecs(monitor, max(1, round(timeout * 1000)))
        lib.TessBaseAPISetPageSegMode(handle, psm)
        lib.TessBaseAPISetImage(handle, pixels, grey.width, grey.height, 1, grey.width)
        failed = lib.TessBaseAPIRecognize(handle, monitor) != 0
        if failed and time.monotonic() - started >= timeout:
            raise ReadingTimedOut(f"{timeout:g} s")
        text = lib.TessBaseAPIGetTsvText(handle, 0) if not failed else None
        if not text:
            return None if failed else TSV_HEADER + "\n"
        try:
            rows = ctypes.string_at(text).decode("utf-8", "replace")
        finally:
            lib.TessDeleteText(text)
        return TSV_HEADER + "\n" + rows
    finally:
        lib.TessBaseAPIClear(handle)
        lib.TessMonitorDelete(monitor)


def _library() -> ctypes.CDLL | None:
    """The C library, loaded once with OpenMP held to one thread; None when it cannot be."""
    with _STATE.lock:
        if _STATE.tried:
            return _STATE.lib
        _STATE.tried = True
        if _openmp_loaded():  # its thread limit was read already: keep the program
            return None
        kept = os.environ.get("OMP_THREAD_LIMIT")
        os.environ["OMP_THREAD_LIMIT"] = "1"
        try:
            lib = ctypes.CDLL(LIBRARY)
        except OSError:
            return None
        finally:
            if kept is None:
                os.environ.pop("OMP_THREAD_LIMIT", None)
            else:
                os.environ["OMP_THREAD_LIMIT"] = kept
        _declare(lib)
        _quiet_leptonica()
        _STATE.lib = lib
        atexit.register(_delete_all)
        return lib


def _quiet_leptonica() -> None:
    """Leptonica (the library's image library) prints no messages: the program's went to a
    pipe nobody read ("pixScanForForeground: invalid box" on a picture turned sideways)."""
    for name in LEPTONICA:
        try:
            ctypes.CDLL(name).setMsgSeverity(LEPTONICA_SILENT)
        except (OSError, AttributeError):
            continue
        return


def _openmp_loaded() -> bool:
    """True when the system's OpenMP runtime (`libgomp.so.1`, which the library uses) is
    already in this process (other packages bring their own copies under other names,
    `libgomp-e985bcbb.so.1.0.0`)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return any(_is_system_openmp(line.rstrip().rsplit("/", 1)[-1]) for line in maps)
    except OSError:
        return True  # cannot tell: keep the program


def _is_system_openmp(file_name: str) -> bool:
    """`libgomp.so.1` or the file it links to (`libgomp.so.1.0.0`), as mapped."""
    return file_name == "libgomp.so.1" or file_name.startswith("libgomp.so.1.")


def _instance(lib: ctypes.CDLL, key: tuple[str, tuple[str, ...]]) -> int | None:
    """An instance for `key` (languages, variables) that no other thread is using: a free
    one, or a new one (kept for later readings once given back); None when a language or a
    variable cannot be loaded (remembered)."""
    with _STATE.lock:
        if key in _STATE.unusable:
            return None
        free = _STATE.free.get(key)
        if free:
            return free.pop()
    languages, variables = key
    handle = lib.TessBaseAPICreate()
    usable = lib.TessBaseAPIInit3(handle, None, languages.encode()) == 0
    for variable in (*QUIET, *variables) if usable else ():
        name, _, value = variable.partition("=")
        usable = usable and bool(lib.TessBaseAPISetVariable(handle, name.encode(), value.encode()))
    with _STATE.lock:
        if not usable:
            _STATE.unusable.add(key)
        else:
            _STATE.handles.append(handle)
    if not usable:
        lib.TessBaseAPIEnd(handle)
        lib.TessBaseAPIDelete(handle)
        return None
    return handle


def _delete_all() -> None:
    """Every instance ended at exit (Tesseract warns of leaked models otherwise)."""
    lib = _STATE.lib
    if lib is None:
        return
    with _STATE.lock:
        handles, _STATE.handles = _STATE.handles, []
    for handle in handles:
        lib.TessBaseAPIEnd(handle)
        lib.TessBaseAPIDelete(handle)


def _declare(lib: ctypes.CDLL) -> None:
    """The C functions' argument and result types."""
    pointer, text, number = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    signatures = {
        "TessBaseAPICreate": ([], pointer),
        "TessBaseAPIInit3": ([pointer, text, text], number),
        "TessBaseAPISetVariable": ([pointer, text, text], number),
        "TessBaseAPISetPageSegMode": ([pointer, number], None),
        "TessBaseAPISetImage": ([pointer, text, number, number, number, number], None),
        "TessBaseAPIRecognize": ([pointer, pointer], number),
        "TessBaseAPIGetTsvText": ([pointer, number], pointer),
        "TessDeleteText": ([pointer], None),
        "TessBaseAPIClear": ([pointer], None),
        "TessBaseAPIEnd": ([pointer], None),
        "TessBaseAPIDelete": ([pointer], None),
        "TessMonitorCreate": ([], pointer),
        "TessMonitorSetDeadlineMSecs": ([pointer, number], None),
        "TessMonitorDelete": ([pointer], None),
    }
    for name, (arguments, result) in signatures.items():
        function = getattr(lib, name)
        function.argtypes = arguments
        function.restype = result
