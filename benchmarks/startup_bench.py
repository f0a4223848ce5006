"""Start-up as a person meets it: every `--help`, and launch to the window painted with
Today's rows on the 100,000-deal demo, each next to its floor measured in the same run.

    .venv/bin/python benchmarks/startup_bench.py [--runs N] [--db PATH] [--bundle PATH]

Every figure is the median of N runs (default 7), each a new process, after one warm-up
run so all read their files from the page cache. Prints `name value unit` lines:

  help_ms                 `workbench --help`
  help_<command>_ms       `workbench <command> --help`, for every command
  help_max_ms             the slowest of those
  python_floor_ms         `python -c pass` with the same interpreter: the floor of any --help
  help_max_ratio          help_max_ms / python_floor_ms
  today_painted_ms        launch `workbench --db PATH` -> the Today screen painted with its
                          rows (the WORKBENCH_STARTUP_PROBE hook, workbench/ui/startup_probe.py)
  bare_qt_window_ms       launch of the same Python with a bare QApplication and a window
                          of the same size -> its first paint: the floor of the window
  today_painted_ratio     today_painted_ms / bare_qt_window_ms
  window_ready_ms         launch -> the database open behind that screen too, the window
                          taking input (the probe's second line)
  window_ready_ratio      window_ready_ms / bare_qt_window_ms
  self_test_ms            `workbench --db NEW self-test` (creates a database, builds every
                          area offscreen, checks a write)

PATH defaults to benchmarks/data/board-100k.sqlite (built by `workbench demo --deals 100000
--seed 7` the first time, as benchmarks/board_bench.py does). The window uses the Qt platform
of the environment: the display if there is one, offscreen otherwise; the floor uses the same.
A fresh settings folder (window opens on Today at 1280x800) and data folder are shared by the
runs, so the warm-up run takes the day's automatic backup and the measured runs don't.

With --bundle PATH (the bundled `workbench`: dist/sales-workbench/workbench or an installed
/usr/bin/workbench) also: startup_source_ms / startup_bundle_ms / startup_ratio, the
self-test start of the source tree and of the bundle with a new database, and the same
with the same database again (startup_existing_db_*), and bundle_unpacked_mb / deb_mb.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
WORKBENCH = str(VENV_BIN / "workbench")

# The floor of the window: the same interpreter, QApplication and a window of the app's
# default size, timed to its first paint the way the probe times Today's.
BARE_QT_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
window = QLabel("Today")
window.resize(1280, 800)


class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print("painted", flush=True), app.quit()))
        return False


painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""


def qt_environment(base: dict[str, str]) -> dict[str, str]:
    env = dict(base)
    if not (env.get("QT_QPA_PLATFORM") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("WORKBENCH_DEPLOYMENT", None)
    return env


def time_until_lines(command: list[str], env: dict[str, str], *expected: str) -> list[float]:
    """ms from starting `command` until it prints a line starting with each of `expected`,
    in that order; the process is then left to finish on its own (it quits as a person's
    would)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    times: list[float] = []
    for line in proc.stdout:
        if line.startswith(expected[len(times)]):
            times.append((time.perf_counter() - started) * 1000)
            if len(times) == len(expected):
                break
    else:
        _, errors = proc.communicate()
        sys.exit(f"{command} never printed {expected[len(times)]!r}:\n{errors}")
    try:
        proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
    return times


def time_run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = (time.perf_counter() - started) * 1000
    if result.returncode != 0:
        sys.exit(f"{command} failed:\n{result.stdout}\n{result.stderr}")
    return elapsed


def median_of(runs: int, measure: Callable[[], float]) -> float:
    measure()  # warm-up: page cache, and the day's backup for the window
    return statistics.median(measure() for _ in range(runs))


def help_figures(runs: int, env: dict[str, str]) -> None:
    from workbench.cli import COMMANDS

    floor = median_of(runs, lambda: time_run([sys.executable, "-c", "pass"], env))
    times = {"help": median_of(runs, lambda: time_run([WORKBENCH, "--help"], env))}
    for command in COMMANDS:
        name = f"help_{command.name.replace('-', '_')}"
        argv = [WORKBENCH, command.name, "--help"]
        times[name] = median_of(runs, lambda argv=argv: time_run(argv, env))
    for name, value in times.items():
        print(f"{name}_ms {value:.0f} ms")
    print(f"help_max_ms {max(times.values()):.0f} ms")
    print(f"python_floor_ms {floor:.0f} ms")
    print(f"help_max_ratio {max(times.values()) / floor:.2f} x")


def window_figures(runs: int, env: dict[str, str], db: Path) -> None:
    from board_bench import ensure_database

    ensure_database(db)
    with tempfile.TemporaryDirectory(prefix="wb-startup-") as home:
        app_env = dict(
            env,
            WORKBENCH_STARTUP_PROBE="1",
            WORKBENCH_HOME=f"{home}/data",
            XDG_CONFIG_HOME=f"{home}/config",
        )
        launches = []

        def launch() -> float:
            painted, ready = time_until_lines(
                [WORKBENCH, "--db", str(db)],
                app_env,
                "startup-probe: today painted",
                "startup-probe: ready",
            )
            launches.append((painted, ready))
            return painted

        today = median_of(runs, launch)
        ready = statistics.median(r for _p, r in launches[1:])  # not the warm-up
    bare = median_of(
        runs, lambda: time_until_lines([sys.executable, "-c", BARE_QT_WINDOW], env, "painted")[0]
    )
    print(f"today_painted_ms {today:.0f} ms")
    print(f"bare_qt_window_ms {bare:.0f} ms")
    print(f"today_painted_ratio {today / bare:.2f} x")
    print(f"window_ready_ms {ready:.0f} ms")
    print(f"window_ready_ratio {ready / bare:.2f} x")


def self_test_ms(command: list[str], home: str, env: dict[str, str]) -> float:
    return time_run(
        [*command, "--db", f"{home}/startup.sqlite", "self-test"], dict(env, WORKBENCH_HOME=home)
    )


def time_self_test(
    command: list[str], runs: int, env: dict[str, str], *, existing: bool = False
) -> float:
    """existing=False: a new database each time (a new user's first start); True: the same
    database again (a user's everyday start)."""
    with tempfile.TemporaryDirectory(prefix="wb-startup-") as shared:

        def once() -> float:
            if existing:
                return self_test_ms(command, shared, env)
            with tempfile.TemporaryDirectory(prefix="wb-startup-") as fresh:
                return self_test_ms(command, fresh, env)

        return median_of(runs, once)


def bundle_figures(runs: int, env: dict[str, str], bundle: str) -> None:
    for label, existing in (("startup", False), ("startup_existing_db", True)):
        source = time_self_test([WORKBENCH], runs, env, existing=existing)
        bundled = time_self_test([bundle], runs, env, existing=existing)
        print(f"{label}_source_ms {source:.0f} ms")
        print(f"{label}_bundle_ms {bundled:.0f} ms")
        print(f"{label}_ratio {bundled / source:.2f} x")
    folder = Path(bundle).resolve().parent
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle_unpacked_mb {size / 1e6:.1f} MB")
    debs = sorted((ROOT / "dist").glob("sales-workbench_*.deb"))
    if debs:
        print(f"deb_mb {debs[-1].stat().st_size / 1e6:.1f} MB")


def compile_sources() -> int:
    """Compile the app's modules to bytecode, as installing it does (pip for a wheel, the
    bundle and the package at build time). Run from a source tree in an environment with
    PYTHONDONTWRITEBYTECODE set (CI machines often are), every launch would otherwise compile
    the 130-odd app modules a start imports again, about 0.1 s no installed copy spends."""
    import compileall

    import workbench

    package = Path(workbench.__file__).parent
    if not compileall.compile_dir(package, quiet=1):
        sys.exit(f"compiling {package} failed")
    return sum(1 for _ in package.rglob("*.py"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, default=None, help="default: the 100,000-deal demo")
    parser.add_argument("--bundle", default=None, help="also time this bundled `workbench`")
    args = parser.parse_args()
    env = qt_environment(dict(os.environ))
    print(f"# load average {os.getloadavg()[0]:.1f}, Qt platform "
          f"{env.get('QT_QPA_PLATFORM') or 'from the display'}", flush=True)  # fmt: skip
    print(f"# bytecode: {compile_sources()} modules compiled as an install does", flush=True)
    help_figures(args.runs, env)
    from board_bench import DATA

    window_figures(args.runs, env, args.db or DATA)
    print(f"self_test_ms {time_self_test([WORKBENCH], args.runs, env):.0f} ms")
    if args.bundle:
        bundle_figures(args.runs, env, args.bundle)
    print(f"# load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
