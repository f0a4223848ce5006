"""Entry script of the frozen app: the same `workbench` command the wheel installs."""

from workbench.cli import main

raise SystemExit(main())
