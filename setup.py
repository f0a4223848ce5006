"""Build step: compile the translations (resources/translations/*.ts) into the .qm files
Qt loads, with Qt's own lrelease (a build requirement, see pyproject.toml).

Everything else about the package is declared in pyproject.toml. A wheel gets the .qm files
in its build directory; an editable install gets them beside the .ts files (git-ignored),
where the source tree is imported from and where packaging/workbench.spec collects them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"


def compile_translations(target: Path) -> list[str]:
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(str(qm))
    return written


def _lrelease() -> list[str]:
    # PySide6's own wrapper finds the tool wherever the platform's wheel keeps it.
    wrapper = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"
    return [sys.executable, "-c", wrapper]


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            compile_translations(TRANSLATIONS)
        else:
            compile_translations(Path(self.build_lib) / "workbench" / "resources" / "translations")


setup(cmdclass={"build_py": BuildWithTranslations})
