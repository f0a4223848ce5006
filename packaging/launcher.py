"""Entry script of the frozen app: the same `workbench` command the wheel installs."""

import sys

if sys.argv[1:] == ["--byte-compile-bundle"]:
    # Run by the Debian package's postinst: Alembic loads the migration scripts from files,
    # and compiling them at every start of a read-only installation costs ~0.2 s. Debian's
    # Python policy wants such caches made at install time (and removed by prerm).
    import compileall
    import py_compile
    from pathlib import Path

    ok = compileall.compile_dir(
        Path(getattr(sys, "_MEIPASS", ".")) / "workbench" / "migrations",
        quiet=1,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )
    raise SystemExit(0 if ok else 1)

from workbench.cli import main

raise SystemExit(main())
