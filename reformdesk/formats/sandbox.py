"""Spreadsheets are parsed in a child process under a memory cap and a time limit.

calamine is native code: on a hostile sheet it can ask for hundreds of GiB and
Rust then aborts the *whole process* — the window, if the window read the
sheet.  So :func:`reformdesk.formats.import_guard.read_tables` starts a child
(``python -I -S formats/_calamine.py …``: the reader run by path, importing
nothing of ReformDesk, so it starts in the interpreter's own start-up time)
that reads the file with calamine and sends the tables back over a pipe,
pickled frames of up to :data:`BATCH_ROWS` rows (unpickled here with only
plain values and ``datetime`` types allowed).  The guard identifies the file
(a millisecond), hands the child its job with that kind, and checks the file
for bombs while the child reads.

Limits (what applies where):

* the time limit (:data:`TIME_LIMIT`, 60 s) everywhere: a watchdog thread kills
  the child;
* the memory cap (:data:`MEMORY_LIMIT`, 2 GiB): on POSIX the child sets its own
  ``RLIMIT_AS`` before it reads (and no core dump); on Windows the child is put
  in a job object with a per-process memory limit (kernel32 through ctypes;
  if that fails the read still runs, with the time limit only).

The child is started with ``subprocess`` (a fresh interpreter), never forked
from this process: the window has Qt's threads, and a fork of a threaded
process may deadlock in the child.

A child that dies, runs out of memory or time gives one
:class:`~reformdesk.formats.import_guard.SheetReadError` sentence here; this
process lives on.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import functools
import importlib.util
import io
import os
import pickle
import subprocess
import sys
import tempfile
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from reformdesk.formats.sheets import Table

if TYPE_CHECKING:
    from reformdesk.formats.import_guard import FileKind

#: Seconds a sheet may take to read.
TIME_LIMIT = 60.0
#: Bytes of address space (POSIX) or committed memory (Windows) the reader may use.
MEMORY_LIMIT = 2 << 30

_CHILD = str(Path(__file__).resolve().with_name("_calamine.py"))
_LENGTH = 8
#: Rows per frame (the child's constant, here for the tests).
BATCH_ROWS = 2_000


@functools.cache
def _calamine_folder() -> str:
    """The folder python-calamine is installed in (the child runs without ``site``)."""
    spec = importlib.util.find_spec("python_calamine")
    if spec is None or spec.origin is None:
        return ""
    return str(Path(spec.origin).resolve().parent.parent)


#: Seconds after a read before the next standby reader is started.
REFILL_DELAY = 1.0
#: A started child waiting for its file (see :func:`keep_warm`).
_standby: _Child | None = None
_standby_lock = threading.Lock()
_keep_warm = False


def keep_warm(enabled: bool = True) -> None:
    """Keep one started reader waiting, so the next read skips Python's start-up (the window does)."""
    global _keep_warm
    _keep_warm = enabled
    if enabled:
        _refill()
    else:
        _drop_standby()


def _refill() -> None:
    global _standby
    with _standby_lock:  # the flag read under the lock: keep_warm(False) then drops what this starts
        if _keep_warm and _standby is None:
            with contextlib.suppress(Exception):
                _standby = _Child()


def _drop_standby() -> None:
    global _standby
    with _standby_lock:
        child, _standby = _standby, None
    if child is not None:
        child.close()


def _shutdown() -> None:
    global _keep_warm
    _keep_warm = False  # a refill timer firing now starts nothing
    _drop_standby()


atexit.register(_shutdown)


class _Child:
    """A started reader process: it waits for one line (the file and the preferred sheet)."""

    def __init__(self) -> None:
        from reformdesk.formats.import_guard import MAX_CELLS, SheetReadError

        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 (closed with the child)
        flags = 0x08000000 if os.name == "nt" else 0  # CREATE_NO_WINDOW
        try:
            self.proc: subprocess.Popen[bytes] = subprocess.Popen(
                [sys.executable, "-I", "-S", _CHILD, _calamine_folder(), str(MEMORY_LIMIT), str(MAX_CELLS)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self.stderr,
                creationflags=flags,
            )
        except OSError as exc:
            self.stderr.close()
            raise SheetReadError(f"无法启动表格读取进程（{exc.strerror or exc}）") from exc
        self.job = _windows_job(self.proc) if os.name == "nt" else None
        _widen_pipe(self.proc.stdout)

    def assign(self, path: Path, kind: str, first: str | None) -> bool:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(pickle.dumps((os.fspath(path), kind, first), protocol=5))
            self.proc.stdin.close()
        except OSError:
            return False
        return True

    def close(self) -> None:
        _stop(self.proc, None, self.stderr, self.job)


#: Bytes the rows' pipe holds (Linux): 1.4 MB of frames for 10,000 rows went through the
#: default 64 KiB in some twenty turns of "child writes, parent wakes, reads", each a
#: scheduling delay on a loaded machine.
PIPE_BYTES = 1 << 20


def _widen_pipe(pipe: IO[bytes] | None) -> None:
    if pipe is None or not sys.platform.startswith("linux"):
        return
    import fcntl

    with contextlib.suppress(OSError):  # above /proc/sys/fs/pipe-max-size: the default stays
        fcntl.fcntl(pipe.fileno(), 1031, PIPE_BYTES)  # F_SETPIPE_SZ


class _Unpickler(pickle.Unpickler):
    """Plain values only: the child parsed a hostile file, so trust nothing it sends beyond data."""

    _ALLOWED = frozenset({"date", "datetime", "time", "timedelta", "timezone"})

    def find_class(self, module: str, name: str) -> object:
        if module == "datetime" and name in self._ALLOWED:
            return getattr(dt, name)
        raise pickle.UnpicklingError(f"{module}.{name}")


def start(path: Path, first: str | None) -> SandboxedRead:
    """A reader for ``path`` with its child started (or the standby one); :meth:`SandboxedRead.begin`
    gives it the job once the guard has identified the file."""
    return SandboxedRead(path, first)


class SandboxedRead:
    """One child reading one file."""

    def __init__(self, path: Path, first: str | None) -> None:
        global _standby
        self.path = path
        self.first = first
        self.expired = False
        with _standby_lock:
            child, _standby = _standby, None
        if child is not None and child.proc.poll() is not None:
            child.close()
            child = None
        self._attach(child or _Child())

    def _attach(self, child: _Child) -> None:
        self.child = child
        self.proc, self.stderr, self.job = child.proc, child.stderr, child.job
        self.timer = threading.Timer(TIME_LIMIT, self._expire)
        self.timer.daemon = True
        self.timer.start()
        # A reader dropped before it was iterated must not leave its child behind.
        self._finalizer = weakref.finalize(self, _stop, self.proc, self.timer, self.stderr, self.job)

    def begin(self, kind: FileKind) -> None:
        """Send the child its job: read the file as ``kind`` (what the guard identified)."""
        if not self.child.assign(self.path, kind.value, self.first):
            # A standby child that died meanwhile: one fresh start (whose death, if it dies, is reported).
            self._finalizer()
            self._attach(_Child())
            self.child.assign(self.path, kind.value, self.first)

    def _expire(self) -> None:
        self.expired = True
        with contextlib.suppress(OSError):
            self.proc.kill()

    def stop(self) -> None:
        if not self._finalizer.alive:
            return
        self._finalizer()
        if _keep_warm:
            # Later, not now: the caller is about to turn the tables into items, and a starting
            # interpreter would take its CPU (the window's user reads the preview meanwhile).
            timer = threading.Timer(REFILL_DELAY, _refill)
            timer.daemon = True
            timer.start()

    def tables(self, kind: FileKind) -> TableStream:
        """The tables as the child sends them; SheetReadError when it fails."""
        return TableStream(self, kind)

    def _frames(self, kind: FileKind, stream: TableStream) -> Iterator[Table]:
        from reformdesk.formats.import_guard import SheetReadError

        assert self.proc.stdout is not None
        pipe = self.proc.stdout
        table: Table | None = None
        while True:
            head = _read_exact(pipe, _LENGTH)
            frame: object = None
            if head is not None:
                body = _read_exact(pipe, int.from_bytes(head, "little"))
                if body is not None:
                    try:
                        frame = _Unpickler(io.BytesIO(body)).load()
                    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError) as exc:
                        raise SheetReadError(f"表格读取进程返回了无法识别的数据（{exc}）：{self.path.name}") from exc
            if not isinstance(frame, tuple) or not frame:
                raise SheetReadError(self._why_dead())
            if frame[0] == "end":
                return
            if frame[0] == "error":
                raise SheetReadError(str(frame[1]))
            if frame[0] == "hidden" and len(frame) == 2 and isinstance(frame[1], list):
                stream.hidden.extend(str(name) for name in frame[1])
                continue
            if frame[0] == "table" and len(frame) == 5:
                _tag, name, top, left, merged = frame
                table = Table(str(name), [], int(top), int(left), merged)
                continue
            if frame[0] == "rows" and table is not None:
                table.rows.extend(frame[1])
                continue
            if frame[0] == "done" and table is not None:
                yield table
                table = None
                continue
            raise SheetReadError(f"表格读取进程返回了无法识别的数据：{self.path.name}")

    def _why_dead(self) -> str:
        try:
            code = self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        name = self.path.name
        if self.expired:
            return f"读取表格超时（超过 {TIME_LIMIT:.0f} 秒），已停止；文件可能过大或含有恶意内容：{name}"
        self.stderr.seek(0)
        said = self.stderr.read(1 << 16).decode("utf-8", "replace")
        if "memory allocation" in said or "MemoryError" in said or "out of memory" in said:
            why = f"所需内存超过上限 {MEMORY_LIMIT >> 30} GB"
        else:
            why = f"退出码 {code}"
        return f"读取表格的进程异常终止（{why}），文件可能已损坏或含有恶意内容，已拒绝：{name}"


class TableStream(Iterator[Table]):
    """The tables of one read, lazily; :attr:`hidden` names the hidden worksheets (not read),
    known once the first table has come."""

    def __init__(self, reader: SandboxedRead, kind: FileKind) -> None:
        self.hidden: list[str] = []
        self._tables = self._run(reader, kind)

    def _run(self, reader: SandboxedRead, kind: FileKind) -> Iterator[Table]:
        try:
            yield from reader._frames(kind, self)
        finally:
            reader.stop()

    def __next__(self) -> Table:
        return next(self._tables)

    def close(self) -> None:
        """Stop reading (the child is stopped)."""
        self._tables.close()  # type: ignore[attr-defined]


def _read_exact(pipe: IO[bytes], n: int) -> bytes | None:
    chunks: list[bytes] = []
    while n > 0:
        chunk = pipe.read(n)
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _stop(proc: subprocess.Popen[bytes], timer: threading.Timer | None, stderr: IO[bytes], job: object) -> None:
    if timer is not None:
        timer.cancel()
    if proc.stdin is not None:
        with contextlib.suppress(OSError):
            proc.stdin.close()
    if proc.poll() is None:
        with contextlib.suppress(OSError):
            proc.kill()
    proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()
    stderr.close()
    if job is not None:
        _close_handle(job)


# -- Windows: a job object caps the child's memory ------------------------------------


def _windows_job(proc: subprocess.Popen[bytes]) -> object:
    """A job object limiting ``proc``'s memory (killed with the job); None when it cannot be made."""
    try:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]

        class IoCounters(ctypes.Structure):
            _fields_ = [(n, ctypes.c_ulonglong) for n in ("r", "w", "o", "rb", "wb", "ob")]

        class BasicLimits(ctypes.Structure):
            _fields_ = [
                ("PerProcessUserTimeLimit", ctypes.c_int64),
                ("PerJobUserTimeLimit", ctypes.c_int64),
                ("LimitFlags", wintypes.DWORD),
                ("MinimumWorkingSetSize", ctypes.c_size_t),
                ("MaximumWorkingSetSize", ctypes.c_size_t),
                ("ActiveProcessLimit", wintypes.DWORD),
                ("Affinity", ctypes.c_size_t),
                ("PriorityClass", wintypes.DWORD),
                ("SchedulingClass", wintypes.DWORD),
            ]

        class ExtendedLimits(ctypes.Structure):
            _fields_ = [
                ("BasicLimitInformation", BasicLimits),
                ("IoInfo", IoCounters),
                ("ProcessMemoryLimit", ctypes.c_size_t),
                ("JobMemoryLimit", ctypes.c_size_t),
                ("PeakProcessMemoryUsed", ctypes.c_size_t),
                ("PeakJobMemoryUsed", ctypes.c_size_t),
            ]

        kernel32.CreateJobObjectW.restype = wintypes.HANDLE
        kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
        kernel32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD]
        kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            return None
        limits = ExtendedLimits()
        limits.BasicLimitInformation.LimitFlags = 0x100 | 0x2000  # PROCESS_MEMORY | KILL_ON_JOB_CLOSE
        limits.ProcessMemoryLimit = MEMORY_LIMIT
        ok = kernel32.SetInformationJobObject(job, 9, ctypes.byref(limits), ctypes.sizeof(limits))
        handle = int(proc._handle)  # type: ignore[attr-defined]
        if not ok or not kernel32.AssignProcessToJobObject(job, handle):
            kernel32.CloseHandle(job)
            return None
        return job
    except (OSError, AttributeError, ValueError, TypeError):
        return None


def _close_handle(handle: object) -> None:
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.WinDLL("kernel32").CloseHandle(handle)  # type: ignore[attr-defined]
