"""Every user-visible string goes through Qt's translation system, and the German and French
translations cover every string in the sources."""

from __future__ import annotations

import ast
import importlib.machinery
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

SRC = Path(__file__).resolve().parents[2] / "src" / "workbench"
UI_SOURCES = [*sorted((SRC / "ui").rglob("*.py")), SRC / "app.py"]

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
    "draw_pill": (3,),
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


def translations_inside_fstrings(path: Path) -> list[str]:
    """tr() called inside an f-string: lupdate does not look there, so the text is never
    translated. Translate first, then put the result into the f-string."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}:{node.lineno}: {ast.unparse(node)[:70]}"
        for fstring in ast.walk(tree)
        if isinstance(fstring, ast.JoinedStr)
        for node in ast.walk(fstring)
        if isinstance(node, ast.Call) and _called_name(node) in {"tr", "translate"}
    ]


def test_no_translation_hides_inside_an_fstring() -> None:
    assert not [hit for path in UI_SOURCES for hit in translations_inside_fstrings(path)]


def counted_self_trs(path: Path) -> list[str]:
    """self.tr(text, "", n): PySide looks a counted text up only under the class of the
    object, not its base classes, so a subclass (OffersArea of ListArea) would show English.
    ClassName.tr(text, "", n) names the context lupdate wrote."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}:{node.lineno}: {ast.unparse(node)[:70]}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "self"
        and len(node.args) > 2
    ]


def test_counted_texts_are_plurals_lupdate_can_see() -> None:
    assert not [hit for path in UI_SOURCES for hit in counted_translates(path)]
    assert not [hit for path in UI_SOURCES for hit in counted_self_trs(path)]


# tr()/translate() of a text that is not a literal: lupdate sees the literal only where the
# text is defined, so these places translate texts marked QT_TRANSLATE_NOOP there.
NOOP_BACKED = {
    "domain_texts.py:domain_text",
    "language.py:_qt_translate",  # the hook of workbench.texts: its callers pass literals
    "leads.py:_flag",
    "list_area.py:__init__",
    "list_area.py:_after_dialog",
    "main_window.py:__init__",
    "main_window.py:_build_menus",
    "lines.py:__init__",
    "lines.py:headerData",
    "paged_model.py:headerData",
    "targets_dialog.py:_show",  # services.targets.QUOTA_REFUSED
}


def dynamic_translations(path: Path) -> set[str]:
    """`file:function` of each tr()/translate() whose text is not a literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if not isinstance(node, ast.Call):
                continue
            position = {"tr": 0, "translate": 1}.get(_called_name(node))
            if position is None or len(node.args) <= position:
                continue
            text = node.args[position]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                found.add(f"{path.name}:{function.name}")
    return found


def test_texts_translated_from_a_variable_are_marked_where_defined() -> None:
    found = set().union(*(dynamic_translations(path) for path in UI_SOURCES))
    assert found - NOOP_BACKED == set(), (
        "lupdate cannot see these texts: pass the literal to tr(), or mark the texts with "
        "QT_TRANSLATE_NOOP where they are defined and list the place in NOOP_BACKED"
    )


# Places below the window that translate a text from a variable, and what shows lupdate
# those texts (test_the_translations_cover_every_string_in_the_sources checks they are done).
MARKED_BELOW = {
    "services/demo/words.py": "the demo's names, marked with QT_TRANSLATE_NOOP there",
    "services/setup.py": "the pipeline templates' texts, listed by scripts/update-translations",
}


def _marked(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and all(isinstance(a, ast.Constant) for a in node.args)
    )


def _marked_tables(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound to QT_TRANSLATE_NOOP(context, literal), or to dicts whose
    every value is one, all of one context: name -> context."""
    tables = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign):
            continue
        if _marked(node.value) and isinstance(node.targets[0], ast.Name):
            tables[node.targets[0].id] = ast.literal_eval(node.value.args[0])  # type: ignore[attr-defined]
            continue
        if not isinstance(node.value, ast.Dict):
            continue
        contexts = {
            ast.literal_eval(v.args[0]) if _marked(v) else None  # type: ignore[attr-defined]
            for v in node.value.values
        }
        if len(contexts) == 1 and None not in contexts:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    tables[target.id] = contexts.pop() if len(node.targets) == 1 else ""
    return tables


def test_texts_below_the_window_are_literals_lupdate_can_see() -> None:
    """Reports, services and the demo translate through workbench.texts.translate(); lupdate
    sees only a literal context and text there. An enum label in the "Domain" context is
    listed in ui/domain_texts.py (checked above), other marked texts in MARKED_BELOW."""
    below = [
        p
        for p in sorted(SRC.rglob("*.py"))
        if not {"ui", "server"} & set(p.relative_to(SRC).parts)
        and p.name != "texts.py"
        and p.relative_to(SRC).as_posix() not in MARKED_BELOW
    ]
    found = []
    for path in below:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        marked = _marked_tables(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue  # str.translate is no text for people
            if node.func.id == "translate":
                literal = [
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
                ]
                domain = ast.unparse(node.args[0]) == "'Domain'"
                field = ast.unparse(node) == "translate('Fields', label)"  # see the next test
                # a sentence picked from a table of marked sentences of the same context
                table = node.args[1] if len(node.args) == 2 else None
                name = table.value if isinstance(table, ast.Subscript) else table
                picked = (
                    isinstance(name, ast.Name)
                    and marked.get(name.id) == ast.literal_eval(node.args[0])
                    if literal[:1] == [True]
                    else False
                )
                if not (
                    literal == [True, True]
                    or (domain and "label(" in ast.unparse(node))
                    or field
                    or picked
                ):
                    found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:70]}")
    assert not found


def test_the_fields_named_in_the_services_messages_are_listed() -> None:
    """validation.text() and not_in_past_far() name their field with an English label,
    translated in the "Fields" context: each label passed is in domain_texts.FIELD_LABELS."""
    from workbench.ui.domain_texts import FIELD_LABELS

    labelled = {"text": 2, "not_in_past_far": 2}
    found = set()
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if ast.unparse(node.func.value) != "validation" or node.func.attr not in labelled:
                continue
            label = node.args[labelled[node.func.attr]]
            if isinstance(label, ast.Constant):  # an offer line's ("Line 3: unit") is not
                found.add(label.value)
    assert found and found - set(FIELD_LABELS) == set()


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


# -- the translations ----------------------------------------------------------------------

ROOT = SRC.parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def _update_script():  # type: ignore[no-untyped-def]
    """scripts/update-translations as a module: the test runs lupdate as it does."""
    loader = importlib.machinery.SourceFileLoader(
        "update_translations", str(ROOT / "scripts" / "update-translations")
    )
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def _unfinished(ts: Path) -> list[str]:
    """Sources with no translation (or an empty plural form) in a .ts file."""
    missing = []
    for message in ElementTree.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(forms):
            missing.append(source)
    return missing


@pytest.mark.parametrize("language", ["de", "fr", "en"])
def test_the_translations_cover_every_string_in_the_sources(tmp_path: Path, language: str) -> None:
    script = _update_script()
    committed = script.ts_file(language)
    ts = script.ts_file(language, tmp_path)
    shutil.copy(committed, ts)
    script.lupdate(ts, plural_only=language == script.SOURCE_LANGUAGE)
    missing = _unfinished(ts)
    assert not missing, (
        f"{len(missing)} strings without a {language} translation; run "
        f"scripts/update-translations and translate them in {committed.name}:\n"
        + "\n".join(missing[:40])
    )


def test_a_new_string_shows_up_as_unfinished(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    script = _update_script()
    source = tmp_path / "view.py"
    source.write_text("label = QLabel(self.tr('A string nobody translated yet'))\n")
    monkeypatch.setattr(script, "sources", lambda _folder: [source])
    ts = script.ts_file("de", tmp_path)
    script.lupdate(ts)
    assert _unfinished(ts) == ["A string nobody translated yet"]


def test_placeholders_survive_translation() -> None:
    placeholder = re.compile(r"%(?:\d|n|s|d|%|\.\df)")
    for language in ("de", "fr"):
        for message in ElementTree.parse(TRANSLATIONS / f"workbench_{language}.ts").iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            for text in [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]:
                # A singular form may say "one" instead of %n.
                expected = sorted(placeholder.findall(source))
                found = sorted(placeholder.findall(text))
                if "%n" in expected and "%n" not in found:
                    expected.remove("%n")
                assert found == expected, (language, source, text)


def test_the_build_compiled_every_translation(tmp_path: Path) -> None:
    """The package build (setup.py) turns each .ts into the .qm the app loads; a .qm that
    differs from what its .ts compiles to means the install is out of date (pip install -e .)."""
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        fresh = tmp_path / ts.with_suffix(".qm").name
        wrapper = (
            "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"
        )
        subprocess.run(
            [sys.executable, "-c", wrapper, "-silent", str(ts), "-qm", str(fresh)], check=True
        )
        installed = ts.with_suffix(".qm")
        assert installed.exists(), f"{installed.name} missing: pip install -e ."
        assert installed.read_bytes() == fresh.read_bytes(), f"{installed.name} is out of date"


# -- the language at start-up --------------------------------------------------------------


def test_the_system_locale_picks_the_language() -> None:
    from PySide6.QtCore import QLocale

    from workbench.ui.language import system_language

    assert system_language(QLocale("de_AT")) == "de"
    assert system_language(QLocale("fr_CH")) == "fr"
    assert system_language(QLocale("ja_JP")) == "en"


def test_a_chosen_language_wins_over_the_system(settings) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.language import SETTING, chosen_language, system_language

    settings.setValue(SETTING, "fr")
    assert chosen_language(settings) == "fr"
    for follow_the_system in ("", "xx"):  # unset, or a language the app no longer has
        settings.setValue(SETTING, follow_the_system)
        assert chosen_language(settings) == system_language()


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    from workbench.ui.language import install_translators, remove_translators

    translators = install_translators(qapp, "de")
    yield translators
    remove_translators(qapp, translators)


def test_the_main_window_comes_up_in_german(german, qtbot, db, settings) -> None:  # type: ignore[no-untyped-def]
    from workbench.services.setup import current_user_id
    from workbench.ui.main_window import MainWindow

    assert len(german) == 2  # the app's own and Qt's (standard dialogs)
    window = MainWindow(db, settings, user_id=current_user_id(db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Einstellungen", "&Hilfe"]
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav[:3] == ["Heute", "Verkaufschancen", "Leads"]
    leads = window.show_area("leads")
    header = leads.table.model().headerData(1, Qt.Orientation.Horizontal)
    assert header == "Name"
    assert leads.table.model().headerData(3, Qt.Orientation.Horizontal) == "Status"
    assert leads.table.model().headerData(4, Qt.Orientation.Horizontal) == "Quelle"
    assert leads.new_button.text() == "Neuer Lead"
    # A count in an area built on a shared base class (ListArea) is translated too.
    offers = window.show_area("offers")
    qtbot.waitUntil(lambda: offers.count_label.text() == "0 gefunden", timeout=10000)
    window.ctx.runner.wait(30000)


def test_plural_forms_follow_the_count(german, qapp) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.leads import LeadsArea

    assert LeadsArea.tr("%n leads", "", 1) == "1 Lead"
    assert LeadsArea.tr("%n leads", "", 3) == "3 Leads"


def test_a_leads_age_reads_in_the_chosen_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QLocale

    from workbench import formatting
    from workbench.ui.language import follow_language_in_formats

    now = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    before, qt_before = formatting.current_locale(), QLocale()
    follow_language_in_formats("de")
    try:
        assert formatting.relative_day(now, now) == "heute"
        assert formatting.relative_day(now - timedelta(days=3), now) == "vor 3 Tagen"
        # Qt's widgets too: a date field's weekday, a month's name.
        assert QLocale().monthName(3, QLocale.FormatType.ShortFormat) == "März"
    finally:
        formatting.set_current_locale(before)
        QLocale.setDefault(qt_before)


def test_english_plurals_read_as_english(qapp) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.language import install_translators, remove_translators
    from workbench.ui.leads import LeadsArea

    translators = install_translators(qapp, "en")
    try:
        assert [LeadsArea.tr("%n leads", "", n) for n in (1, 2)] == ["1 lead", "2 leads"]
        from workbench.ui.board.column import ColumnWidget

        assert ColumnWidget.tr("%Ln open deal(s) match the filter.", "", 1) == (
            "1 open deal matches the filter."
        )
    finally:
        remove_translators(qapp, translators)


def test_the_language_menu_stores_the_choice(qtbot, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox, QWidget

    from workbench.ui.language import SETTING, language_menu

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = language_menu(settings, parent)
    german = menu.findChild(QAction, "language_de")
    german.trigger()
    assert settings.value(SETTING) == "de"
    assert told == ["Sales Workbench speaks Deutsch from its next start."]
    assert german.isChecked()
    menu.findChild(QAction, "language_system").trigger()
    assert settings.value(SETTING) == ""


def test_every_text_from_below_the_ui_is_listed_for_translation() -> None:
    """Enum labels, weekdays, import fields, report names and periods come from layers with
    no Qt; ui/domain_texts.py lists them so that lupdate finds them."""
    from enum import StrEnum

    from workbench.domain import enums
    from workbench.domain.business_days import DAY_NAMES
    from workbench.reports import REPORTS
    from workbench.reports.scope import PERIOD_NAMES
    from workbench.services import lead_import
    from workbench.ui import domain_texts

    listed = set(
        domain_texts.ENUM_LABELS
        + domain_texts.DAY_TEXTS
        + domain_texts.FIELD_TEXTS
        + domain_texts.REPORT_TEXTS
        + domain_texts.OUTCOME_TEXTS
        + domain_texts.PERIOD_TEXTS
    )
    vocabularies = [
        v for v in vars(enums).values() if isinstance(v, type) and issubclass(v, StrEnum)
    ]
    needed = {domain_texts.english_label(m) for e in vocabularies for m in e}
    needed |= set(DAY_NAMES) | set(lead_import.FIELDS.values())
    needed |= {t for spec in REPORTS.values() for t in (spec.title, spec.summary)}
    needed |= {n.replace("-", " ").capitalize() for n in PERIOD_NAMES}
    assert needed - listed == set()


def test_domain_texts_are_translated(german) -> None:  # type: ignore[no-untyped-def]
    from workbench.domain.enums import LeadSource, OfferStatus
    from workbench.ui.domain_texts import domain_text, enum_text, period_text

    assert enum_text(OfferStatus.ACCEPTED) == "Angenommen"
    assert enum_text(LeadSource.WEB_FORM) == "Webformular"
    assert period_text("last-quarter") == "Letztes Quartal"
    assert domain_text("Won and lost") == "Gewonnen und verloren"


def test_the_self_test_finds_an_installation_without_translations(
    qapp,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from workbench.ui import language

    assert language.missing_translations(qapp) == []
    # An installation whose resources hold no compiled translations (a bundle built
    # without them): a real, empty resources directory.
    monkeypatch.setattr(language.resources, "files", lambda _package: tmp_path)
    assert language.missing_translations(qapp) == ["de", "fr"]
