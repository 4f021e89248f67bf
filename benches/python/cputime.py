"""Runs a command and writes its wall-clock time and the CPU time of it and of every process it
started, however deep, as `WALL CPU` (seconds) on one line of OUT; for benches/spark.sh, where the
Spark job's JVM, its Python workers and the casus processes are not all children that the
command waits for.

This process makes itself a child subreaper (Linux's prctl PR_SET_CHILD_SUBREAPER), so that a
descendant whose parent exits is handed to it, and waits for every descendant: their CPU times
then all count in its RUSAGE_CHILDREN. Descendants still running 120 s after the command exits
are not waited for (their time is lost), and the line says so.

    python3 benches/python/cputime.py OUT -- COMMAND [ARGS...]

The command's standard input, output and error are this process's.
"""

import ctypes
import os
import resource
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def main(argv):
    if len(argv) < 4 or argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    out, command = argv[1], argv[3:]
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("cputime: cannot become a child subreaper", file=sys.stderr)
        return 2
    start = time.monotonic()
    status = subprocess.call(command)
    wall = time.monotonic() - start
    # The descendants handed over: wait for each, for a while.
    deadline = time.monotonic() + 120
    left = False
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            if time.monotonic() > deadline:
                left = True
                break
            time.sleep(0.1)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"{wall:.3f} {cpu:.3f}" + (" (descendants left running)" if left else "") + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
