"""This process's memory as Linux reports it, for the benches and the start-up report."""

from __future__ import annotations


def status_kb(field: str) -> int:
    """A KiB figure from /proc/self/status (``VmHWM``: peak resident memory, ``VmRSS``: now).

    Where /proc is missing, getrusage's ru_maxrss instead; it is a poorer figure for a process
    started by another: Linux keeps the parent's size at fork in it across exec, so every run
    the bench starts would report at least the bench's own size."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB (VmHWM)."""
    return status_kb("VmHWM")
