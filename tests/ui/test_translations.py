"""Every user-visible string goes through Qt's translation system, and the German and French
translations cover every string in the sources."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "workbench"
UI_SOURCES = sorted((SRC / "ui").rglob("*.py")) + [SRC / "app.py"]

# Methods whose text arguments (by position) a person reads.
TEXT_METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setButtonText": (1,),
    "setTabText": (1,),
    "setAccessibleName": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setHeaderLabels": (0,),
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "addTab": (1, 2),
    "insertTab": (2, 3),
    "addRow": (0,),
    "insertRow": (1,),
    "addButton": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1, 2),
    "showMessage": (0,),
    "status": (0,),
    "drawText": (1, 2, 3, 4, 5),
    "warning": (1, 2),
    "critical": (1, 2),
    "information": (1, 2),
    "question": (1, 2),
    "getText": (1, 2),
    "getInt": (1, 2),
    "getItem": (1, 2),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}
# Widgets whose constructor's text arguments a person reads.
TEXT_CONSTRUCTORS: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QPushButton": (0, 1),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QToolButton": (0,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QMessageBox": (1, 2),
    "QProgressDialog": (0, 1),
    "QCommandLinkButton": (0, 1),
    "error_label": (0,),
    "Column": (0,),
    "Area": (1,),
    "QUndoCommand": (0,),
    "OpUndoCommand": (1,),
    "__init__": (0,),
}
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle"}
# A literal with no letters in it ("", "—", "%", "…") needs no translation, nor do currency
# codes and example addresses.
LETTERS = re.compile(r"[^\W\d_]")
NOT_WORDS = re.compile(r"[A-Z]{3}|\w+://\S*")


def _has_words(node: ast.expr) -> bool:
    """A literal (or a literal part of an f-string, a concatenation, a list) a person reads."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = re.sub(r"<[^>]*>|&\w+;|%\d|\{[^}]*\}", "", node.value)
        return bool(LETTERS.search(text)) and not NOT_WORDS.fullmatch(text)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _has_words(node.left) or _has_words(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_has_words(element) for element in node.elts)
    if isinstance(node, ast.BoolOp):
        return any(_has_words(value) for value in node.values)
    if isinstance(node, ast.IfExp):
        return _has_words(node.body) or _has_words(node.orelse)
    return False


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated_literals(path: Path) -> list[str]:
    """`file:line: text` for every literal handed to a Qt text setter or text widget
    without going through tr()/translate()."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        positions = TEXT_CONSTRUCTORS.get(name) or TEXT_METHODS.get(name, ())
        args = [node.args[i] for i in positions if i < len(node.args)]
        args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for arg in args:
            if _has_words(arg):
                found.append(f"{path.name}:{arg.lineno}: {ast.unparse(arg)[:70]}")
    return found


def counted_translates(path: Path) -> list[str]:
    """QCoreApplication.translate() with a count: lupdate does not see it as a plural, so
    the count never picks a plural form. Class.tr(text, "", n) is seen."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}:{node.lineno}: {ast.unparse(node)[:70]}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and _called_name(node) == "translate"
        and (len(node.args) > 3 or any(k.arg == "n" for k in node.keywords))
    ]


def test_counted_texts_are_plurals_lupdate_can_see() -> None:
    assert not [hit for path in UI_SOURCES for hit in counted_translates(path)]


def test_every_text_handed_to_qt_is_translatable() -> None:
    found = [hit for path in UI_SOURCES for hit in untranslated_literals(path)]
    assert not found, "Wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(
        found
    )


def test_the_scan_sees_an_untranslated_label(tmp_path: Path) -> None:
    source = tmp_path / "view.py"
    source.write_text(
        "label = QLabel('Customer')\n"
        "label.setToolTip(self.tr('Fine'))\n"
        "box.setWindowTitle(f'Offer {n}')\n"
        "label.setText('—')\n",
        encoding="utf-8",
    )
    hits = untranslated_literals(source)
    assert [hit.split(": ", 1)[1] for hit in hits] == ["'Customer'", "f'Offer {n}'"]
