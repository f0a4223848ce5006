"""The language of the window: the OS locale's, unless the person chose one (Settings →
Language, kept in QSettings). The translations are compiled at build time (setup.py) into
workbench.resources/translations; Qt's own (qtbase) translate the standard dialogs."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from workbench import formatting, texts

log = logging.getLogger(__name__)

SETTING = "ui/language"
# Each language named in itself, so a person who cannot read the current one finds theirs.
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français"}
DEFAULT = "en"


def system_language(locale: QLocale | None = None) -> str:
    """The first of the OS's preferred languages that the app speaks."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def chosen_language(settings: QSettings) -> str:
    choice = str(settings.value(SETTING, "") or "")
    return choice if choice in LANGUAGES else system_language()


def follow_language_in_formats(language: str) -> None:
    """Money and dates in the chosen language's conventions when the person chose one
    other than the OS's; otherwise the OS locale (with its region) stays in charge. Qt's
    own widgets (calendars, date fields, spin boxes) follow the same locale."""
    locale = QLocale.system()
    if locale.language() != QLocale(language).language():
        locale = QLocale(language)
        formatting.set_current_locale(locale.name())
    QLocale.setDefault(locale)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's translators for `language` (owned by `app`); the
    result is for removing them again."""
    installed: list[QTranslator] = []
    folder = resources.files("workbench.resources").joinpath("translations")
    own = folder.joinpath(f"workbench_{language}.qm")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((own.name, str(folder)), (f"qtbase_{language}.qm", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
        elif language != DEFAULT:  # English has its plural forms only, and no qtbase file
            log.warning("no translation %s in %s", name, directory)
    texts.install(_qt_translate)
    return installed


def _qt_translate(context: str, text: str) -> str:
    """The hook through which code below the window (workbench.texts) reads Qt's
    translators; QCoreApplication.translate may be called from any thread."""
    return QCoreApplication.translate(context, text)


def missing_translations(app: QCoreApplication) -> list[str]:
    """Languages whose translation does not load or translate (an installation built without
    its compiled translations); for the self-test."""
    missing = []
    for language in LANGUAGES:
        if language == DEFAULT:
            continue
        translators = install_translators(app, language)
        try:
            if QCoreApplication.translate("MainWindow", "&File") == "&File":
                missing.append(language)
        finally:
            remove_translators(app, translators)
    return missing


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    texts.install(None)


def language_menu(settings: QSettings, parent: QWidget) -> QMenu:
    """Settings → Language: the system's language or one chosen, used from the next start
    (every window would have to be built again to change it now)."""
    menu = QMenu(QCoreApplication.translate("Language", "&Language"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    current = str(settings.value(SETTING, "") or "")
    system_name = LANGUAGES[system_language()]
    system_text = QCoreApplication.translate("Language", "As the &system (%1)")
    # Each language's own name, its first letter the key to pick it with.
    named = [(code, f"&{name}") for code, name in LANGUAGES.items()]
    choices = [("", system_text.replace("%1", system_name)), *named]
    for code, text in choices:
        action = QAction(text, menu)
        action.setObjectName(f"language_{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == current or (not current and not code))
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        code = str(action.data())
        if code == str(settings.value(SETTING, "") or ""):
            return
        settings.setValue(SETTING, code)
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Language", "Language"),
            QCoreApplication.translate(
                "Language", "Sales Workbench speaks %1 from its next start."
            ).replace("%1", LANGUAGES[code] if code else system_name),
        )

    group.triggered.connect(chosen)
    return menu
