<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Company (B2B)</source>
        <translation>Firma (B2B)</translation>
    </message>
    <message>
        <source>Private customer (B2C)</source>
        <translation>Privatkunde (B2C)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <source>Post&amp;al code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>C&amp;ountry (ISO code)</source>
        <translation>&amp;Land (ISO-Code)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gross total</source>
        <translation>Bruttosumme</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <source>Type to search accounts…</source>
        <translation>Tippen, um Kunden zu suchen…</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The database was upgraded to this version; a backup was kept.</source>
        <translation>Die Datenbank wurde auf diese Version aktualisiert; eine Sicherung wurde aufbewahrt.</translation>
    </message>
    <message>
        <source>Checking the database… changes can be saved in a moment.</source>
        <translation>Die Datenbank wird geprüft… Änderungen können gleich gespeichert werden.</translation>
    </message>
    <message>
        <source>Database checked: all is well.</source>
        <translation>Datenbank geprüft: alles in Ordnung.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Die heutige automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Damaged: nothing more is saved</source>
        <translation>Beschädigt: es wird nichts mehr gespeichert</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so Sales Workbench will not save anything more to it. What you see can still be read and copied.</source>
        <translation>Die Datenbank %1 ist beschädigt, daher speichert Sales Workbench nichts mehr darin. Was Sie sehen, können Sie weiterhin lesen und kopieren.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Keep reading</source>
        <translation>Weiter lesen</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>Wiederherstellen aus %1…</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details are in %2. You can keep working; if it happens again, please send that file to IT.</source>
        <translation>Etwas ist schiefgegangen: %1

Die Einzelheiten stehen in %2. Sie können weiterarbeiten; wenn es wieder passiert, schicken Sie diese Datei bitte an die IT.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 gibt es schon; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” is not a retention: give three whole numbers for days, weeks and months, e.g. 7,4,6.</source>
        <extracomment>how many backups of each other automatic kind (&quot;before-&lt;schema&gt;&quot;, &quot;before-restore&quot;) stay</extracomment>
        <translation>„%1“ ist keine Aufbewahrung: Geben Sie drei ganze Zahlen für Tage, Wochen und Monate an, z. B. 7,4,6.</translation>
    </message>
    <message>
        <source>Each retention number must be between 0 and 1000.</source>
        <translation>Jede Aufbewahrungszahl muss zwischen 0 und 1000 liegen.</translation>
    </message>
    <message>
        <source>Keep at least one daily, weekly or monthly backup.</source>
        <translation>Behalten Sie mindestens eine tägliche, wöchentliche oder monatliche Sicherung.</translation>
    </message>
</context>
<context>
    <name>BoardArea</name>
    <message>
        <source>Overdue task</source>
        <extracomment>how many further pages of a column are loaded to reach a deal the board is asked to show</extracomment>
        <translation>Überfällige Aufgabe</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>Abschlussdatum überschritten</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>The stripe on a card&apos;s left edge: red, the deal has an overdue task; orange, its expected close date has passed; brown, nothing has happened for longer than the stage&apos;s target days and nothing is scheduled.</source>
        <translation>Der Streifen am linken Kartenrand: rot – die Verkaufschance hat eine überfällige Aufgabe; orange – das erwartete Abschlussdatum ist überschritten; braun – länger als die Zieltage der Phase ist nichts geschehen und nichts geplant.</translation>
    </message>
    <message>
        <source>Sales process</source>
        <translation>Vertriebsprozess</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Verkaufschance</translation>
    </message>
    <message>
        <source>✓  Won — drop here</source>
        <translation>✓  Gewonnen — hier ablegen</translation>
    </message>
    <message>
        <source>✗  Lost — drop here</source>
        <translation>✗  Verloren — hier ablegen</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>In die nächste Phase</translation>
    </message>
    <message>
        <source>Move to previous stage</source>
        <translation>In die vorige Phase</translation>
    </message>
    <message>
        <source>Mark as won…</source>
        <translation>Als gewonnen markieren…</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>Als verloren markieren…</translation>
    </message>
    <message>
        <source>Open opportunity</source>
        <translation>Verkaufschance öffnen</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>Board durchsuchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>The board could not be loaded: %s</source>
        <translation>Das Board konnte nicht geladen werden: %s</translation>
    </message>
    <message>
        <source>Loading failed: %s</source>
        <translation>Laden fehlgeschlagen: %s</translation>
    </message>
    <message>
        <source>Moved “%s” to “%s”.</source>
        <translation>„%s“ nach „%s“ verschoben.</translation>
    </message>
    <message>
        <source>Opportunity created.</source>
        <translation>Verkaufschance angelegt.</translation>
    </message>
    <message>
        <source>Not ready to be won</source>
        <translation>Noch nicht gewinnbar</translation>
    </message>
    <message>
        <source>“%s” still has mandatory tasks open. Finish them before marking the deal won:</source>
        <translation>„%s“ hat noch offene Pflichtaufgaben. Erledigen Sie diese, bevor Sie die Verkaufschance als gewonnen markieren:</translation>
    </message>
    <message>
        <source>Move not possible</source>
        <translation>Verschieben nicht möglich</translation>
    </message>
    <message>
        <source>“%s” still has mandatory tasks open. Finish them before moving the deal on:</source>
        <translation>„%s“ hat noch offene Pflichtaufgaben. Erledigen Sie sie, bevor der Deal weiterrückt:</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>Checkliste öffnen</translation>
    </message>
    <message>
        <source>“%s” won.</source>
        <translation>„%s“ gewonnen.</translation>
    </message>
    <message>
        <source>“%s” lost.</source>
        <translation>„%s“ verloren.</translation>
    </message>
    <message>
        <source>Move “%s”</source>
        <translation>„%s“ verschieben</translation>
    </message>
    <message>
        <source>Won “%s”</source>
        <translation>„%s“ gewonnen</translation>
    </message>
    <message>
        <source>Lost “%s”</source>
        <translation>„%s“ verloren</translation>
    </message>
    <message>
        <source>Edit “%s”</source>
        <translation>„%s“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>BoardLoading</name>
    <message>
        <source>The board could not be loaded: %s</source>
        <translation>Das Board konnte nicht geladen werden: %s</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Save call</source>
        <translation>Anruf speichern</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Anruf beginnen</translation>
    </message>
    <message>
        <source>Outbound (I called)</source>
        <translation>Ausgehend (ich habe angerufen)</translation>
    </message>
    <message>
        <source>Inbound (they called)</source>
        <translation>Eingehend (sie haben angerufen)</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>minutes, or mm:ss</source>
        <translation>Minuten oder mm:ss</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;auer</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>— no deal —</source>
        <translation>— keine Verkaufschance —</translation>
    </message>
    <message>
        <source>De&amp;al</source>
        <translation>&amp;Verkaufschance</translation>
    </message>
    <message>
        <source>What was said, what they need…</source>
        <translation>Was besprochen wurde, was sie brauchen…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Booked meeting</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Where (address, video link)</source>
        <translation>Wo (Adresse, Videolink)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Nachfassanruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Kein nächster Schritt</translation>
    </message>
    <message>
        <source>Stop call</source>
        <translation>Anruf beenden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Anruf erfasst.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>{n} required</source>
        <translation>{n} erforderlich</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>ruhend</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translation>Abschluss {date}</translation>
    </message>
    <message>
        <source>next task: {task}</source>
        <translation>nächste Aufgabe: {task}</translation>
    </message>
    <message>
        <source>No open task</source>
        <translation>Keine offene Aufgabe</translation>
    </message>
    <message>
        <source>task overdue</source>
        <translation>Aufgabe überfällig</translation>
    </message>
    <message>
        <source>past its close date</source>
        <translation>Abschlussdatum überschritten</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Mark as won</source>
        <translation>Als gewonnen markieren</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Als verloren markieren</translation>
    </message>
    <message>
        <source>Why was “%s” won?</source>
        <translation>Warum wurde „%s“ gewonnen?</translation>
    </message>
    <message>
        <source>Why was “%s” lost?</source>
        <translation>Warum wurde „%s“ verloren?</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>Who won the deal, if anyone</source>
        <translation>Wer den Auftrag bekommen hat, falls jemand</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>&amp;Competitor</source>
        <translation>&amp;Wettbewerber</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Choose a reason: it is what the manager learns from.</source>
        <translation>Wählen Sie einen Grund: daraus lernt die Vertriebsleitung.</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>&gt; 1 day</source>
        <translation>&gt; 1 Tag</translation>
    </message>
    <message>
        <source>&gt; 2 days</source>
        <translation>&gt; 2 Tage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>Ein/aus</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>MwSt. %</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>ColumnWidget</name>
    <message>
        <source>New opportunity in “%s”</source>
        <extracomment>a stage column&apos;s width: still room for a card&apos;s title, value, date and one pill</extracomment>
        <translation>Neue Verkaufschance in „%s“</translation>
    </message>
    <message>
        <source>Opportunities in “%s”</source>
        <translation>Verkaufschancen in „%s“</translation>
    </message>
    <message>
        <source>Weighted %s</source>
        <translation>Gewichtet %s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deal(s) match the filter.</source>
        <translation>
            <numerusform>%Ln offener Deal passt zum Filter.</numerusform>
            <numerusform>%Ln offene Deals passen zum Filter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: the value of every one of them (not only the cards loaded), per currency; there are no exchange rates, so currencies are not added up.</source>
        <translation>Summe: der Wert aller dieser Deals (nicht nur der geladenen Karten), je Währung; es gibt keine Wechselkurse, daher werden Währungen nicht addiert.</translation>
    </message>
    <message>
        <source>Total: the value of every one of them (not only the cards loaded). ≈ marks a figure converted into %s at the exchange rates set by a manager.</source>
        <translation>Summe: der Wert aller (nicht nur der geladenen Karten). ≈ kennzeichnet einen Betrag, der zu den von einer Führungskraft festgelegten Wechselkursen in %s umgerechnet wurde.</translation>
    </message>
    <message>
        <source>Weighted: value × this stage&apos;s win probability (%d%%), open deals only.</source>
        <translation>Gewichtet: Wert × Gewinnwahrscheinlichkeit dieser Phase (%d%%), nur offene Deals.</translation>
    </message>
    <message>
        <source>%s: %s deals, %s — weighted %s</source>
        <translation>%s: %s Verkaufschancen, %s — gewichtet %s</translation>
    </message>
    <message>
        <source>Together ≈ %s — weighted ≈ %s</source>
        <translation>Zusammen ≈ %s — gewichtet ≈ %s</translation>
    </message>
    <message>
        <source>1 %s = %s %s (rate from %s)</source>
        <translation>1 %s = %s %s (Kurs vom %s)</translation>
    </message>
</context>
<context>
    <name>CompanySettingsDialog</name>
    <message>
        <source>Company profile for offers</source>
        <translation>Firmenprofil für Angebote</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>Firmen&amp;name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Co&amp;untry (phone numbers without +code are read here)</source>
        <translation>&amp;Land (Telefonnummern ohne +Vorwahl werden hier gelesen)</translation>
    </message>
    <message>
        <source>e.g. DE, FR or Germany</source>
        <translation>z. B. DE, FR oder Deutschland</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>&amp;VAT ID</source>
        <translation>&amp;USt-IdNr.</translation>
    </message>
    <message>
        <source>&amp;Bank details</source>
        <translation>&amp;Bankverbindung</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Brand &amp;colour</source>
        <translation>Haus&amp;farbe</translation>
    </message>
    <message>
        <source>Default c&amp;urrency</source>
        <translation>Standard&amp;währung</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Hausfarbe</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Version %d compared with version %d</source>
        <translation>Version %d verglichen mit Version %d</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>the table row of each changed line, with how it changed (its colour)</extracomment>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>%d lines added, %d removed, %d changed, %d unchanged.</source>
        <translation>%d Positionen hinzugefügt, %d entfernt, %d geändert, %d unverändert.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobil</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Has real influence on the buying decision</source>
        <translation>Hat echten Einfluss auf die Kaufentscheidung</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>No account is called “%s”. Pick one from the list or create it first.</source>
        <translation>Es gibt keinen Kunden namens „%s“. Wählen Sie einen aus der Liste oder legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>Merged into the existing contact %s.</source>
        <translation>Mit dem vorhandenen Kontakt %s zusammengeführt.</translation>
    </message>
    <message>
        <source>Not saved: decide between merging and keeping both.</source>
        <translation>Nicht gespeichert: entscheiden Sie zwischen Zusammenführen und beide behalten.</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <source>Convert lead into a deal</source>
        <translation>Lead in einen Deal umwandeln</translation>
    </message>
    <message>
        <source>Account: …</source>
        <translation>Kunde: …</translation>
    </message>
    <message>
        <source>&amp;Sales process</source>
        <translation>&amp;Vertriebsprozess</translation>
    </message>
    <message>
        <source>&amp;Deal title</source>
        <translation>&amp;Titel des Deals</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Umwandeln</translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%s&lt;/b&gt; (existing, will be reused)</source>
        <translation>Kunde: &lt;b&gt;%s&lt;/b&gt; (vorhanden, wird weiterverwendet)</translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%s&lt;/b&gt; (new)</source>
        <translation>Kunde: &lt;b&gt;%s&lt;/b&gt; (neu)</translation>
    </message>
</context>
<context>
    <name>DealPicker</name>
    <message>
        <source>New offer for which deal?</source>
        <translation>Neues Angebot für welchen Deal?</translation>
    </message>
    <message>
        <source>Search open deals by title or customer…</source>
        <translation>Offene Deals nach Titel oder Kunde suchen…</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Call about %1</source>
        <translation>Anruf zu %1</translation>
    </message>
    <message>
        <source>E-mail about %1</source>
        <translation>E-Mail zu %1</translation>
    </message>
    <message>
        <source>Meeting about %1</source>
        <translation>Termin zu %1</translation>
    </message>
    <message>
        <source>Visit about %1</source>
        <translation>Besuch zu %1</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Nachfassanruf</translation>
    </message>
    <message>
        <source>Customer site</source>
        <translation>Beim Kunden</translation>
    </message>
    <message>
        <source>Call the new lead</source>
        <translation>Neuen Lead anrufen</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zurückrufen</translation>
    </message>
    <message>
        <source>Qualification call</source>
        <translation>Qualifizierungsanruf</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Termin: %1</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Fertigung</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Gesundheitswesen</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation>Lebensmittel und Getränke</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Bauwesen</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Einzelhandel</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automobil</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>Pharma</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Beratung und Dienstleistungen</translation>
    </message>
    <message>
        <source>rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>expansion</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>framework agreement</source>
        <translation>Rahmenvertrag</translation>
    </message>
    <message>
        <source>service contract</source>
        <translation>Servicevertrag</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>new site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>Fuhrpark</translation>
    </message>
    <message>
        <source>packaging line</source>
        <translation>Verpackungslinie</translation>
    </message>
    <message>
        <source>CRM licences</source>
        <translation>CRM-Lizenzen</translation>
    </message>
    <message>
        <source>sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <source>solar roof</source>
        <translation>Solardach</translation>
    </message>
    <message>
        <source>forklifts</source>
        <translation>Gabelstapler</translation>
    </message>
    <message>
        <source>lab equipment</source>
        <translation>Laborausstattung</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>cloud backup</source>
        <translation>Cloud-Backup</translation>
    </message>
    <message>
        <source>conveyors</source>
        <translation>Förderanlagen</translation>
    </message>
    <message>
        <source>printing press</source>
        <translation>Druckmaschine</translation>
    </message>
    <message>
        <source>security system</source>
        <translation>Sicherheitssystem</translation>
    </message>
    <message>
        <source>HVAC</source>
        <translation>Klimatechnik</translation>
    </message>
    <message>
        <source>robot cell</source>
        <translation>Roboterzelle</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>Geschäftsführer</translation>
    </message>
    <message>
        <source>CFO</source>
        <translation>Kaufmännischer Leiter</translation>
    </message>
    <message>
        <source>Head of Purchasing</source>
        <translation>Leiter Einkauf</translation>
    </message>
    <message>
        <source>Operations Manager</source>
        <translation>Betriebsleiter</translation>
    </message>
    <message>
        <source>IT Director</source>
        <translation>IT-Leiter</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Einkäufer</translation>
    </message>
    <message>
        <source>Plant Manager</source>
        <translation>Werksleiter</translation>
    </message>
    <message>
        <source>Project Lead</source>
        <translation>Projektleiter</translation>
    </message>
    <message>
        <source>Office Manager</source>
        <translation>Büroleiter</translation>
    </message>
    <message>
        <source>Head of Sales</source>
        <translation>Vertriebsleiter</translation>
    </message>
    <message>
        <source>Electric forklift 2.0 t</source>
        <translation>Elektrostapler 2,0 t</translation>
    </message>
    <message>
        <source>Electric forklift 3.5 t</source>
        <translation>Elektrostapler 3,5 t</translation>
    </message>
    <message>
        <source>Spare battery pack 80 V</source>
        <translation>Ersatzakku 80 V</translation>
    </message>
    <message>
        <source>Belt conveyor, 10 m</source>
        <translation>Gurtförderer, 10 m</translation>
    </message>
    <message>
        <source>Curve module 90°</source>
        <translation>Kurvenmodul 90°</translation>
    </message>
    <message>
        <source>Packaging line L1</source>
        <translation>Verpackungslinie L1</translation>
    </message>
    <message>
        <source>Label printer and applicator</source>
        <translation>Etikettendrucker mit Spender</translation>
    </message>
    <message>
        <source>Robot cell, six-axis</source>
        <translation>Roboterzelle, sechsachsig</translation>
    </message>
    <message>
        <source>Vacuum gripper</source>
        <translation>Vakuumgreifer</translation>
    </message>
    <message>
        <source>Temperature sensor T1</source>
        <translation>Temperatursensor T1</translation>
    </message>
    <message>
        <source>Vibration sensor</source>
        <translation>Schwingungssensor</translation>
    </message>
    <message>
        <source>Sensor gateway</source>
        <translation>Sensor-Gateway</translation>
    </message>
    <message>
        <source>Solar module 430 W</source>
        <translation>Solarmodul 430 W</translation>
    </message>
    <message>
        <source>Hybrid inverter 10 kW</source>
        <translation>Hybridwechselrichter 10 kW</translation>
    </message>
    <message>
        <source>Storage battery 10 kWh</source>
        <translation>Stromspeicher 10 kWh</translation>
    </message>
    <message>
        <source>Heat pump 16 kW</source>
        <translation>Wärmepumpe 16 kW</translation>
    </message>
    <message>
        <source>Air handling unit 5,000 m³/h</source>
        <translation>Lüftungsgerät 5.000 m³/h</translation>
    </message>
    <message>
        <source>Security camera 4K</source>
        <translation>Überwachungskamera 4K</translation>
    </message>
    <message>
        <source>Network video recorder</source>
        <translation>Netzwerk-Videorekorder</translation>
    </message>
    <message>
        <source>Access control terminal</source>
        <translation>Zutrittskontrollterminal</translation>
    </message>
    <message>
        <source>Laboratory centrifuge</source>
        <translation>Laborzentrifuge</translation>
    </message>
    <message>
        <source>Fume hood 1.5 m</source>
        <translation>Abzug 1,5 m</translation>
    </message>
    <message>
        <source>Digital printing press</source>
        <translation>Digitaldruckmaschine</translation>
    </message>
    <message>
        <source>CRM licence</source>
        <translation>CRM-Lizenz</translation>
    </message>
    <message>
        <source>ERP licence</source>
        <translation>ERP-Lizenz</translation>
    </message>
    <message>
        <source>Cloud backup 1 TB</source>
        <translation>Cloud-Backup 1 TB</translation>
    </message>
    <message>
        <source>Integration package</source>
        <translation>Integrationspaket</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Inbetriebnahme</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Project management</source>
        <translation>Projektmanagement</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Travel and accommodation</source>
        <translation>Reise und Unterkunft</translation>
    </message>
    <message>
        <source>Maintenance plan Standard</source>
        <translation>Wartungsvertrag Standard</translation>
    </message>
    <message>
        <source>Maintenance plan Pro</source>
        <translation>Wartungsvertrag Pro</translation>
    </message>
    <message>
        <source>Warranty extension</source>
        <translation>Garantieverlängerung</translation>
    </message>
    <message>
        <source>Freight and packaging</source>
        <translation>Fracht und Verpackung</translation>
    </message>
    <message>
        <source>Crane hire</source>
        <translation>Kranmiete</translation>
    </message>
    <message>
        <source>Printed manuals</source>
        <translation>Gedruckte Handbücher</translation>
    </message>
    <message>
        <source>Reference handbook</source>
        <translation>Nachschlagehandbuch</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify %s</source>
        <translation>%s disqualifizieren</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualifizieren</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Später zurückrufen</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Phase geändert</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Unshared</source>
        <translation>Nicht mehr geteilt</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation>Zuständigkeit geändert</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation>Angebot gesendet</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Angebot angenommen</translation>
    </message>
    <message>
        <source>Offer rejected</source>
        <translation>Angebot abgelehnt</translation>
    </message>
    <message>
        <source>Amount changed</source>
        <translation>Betrag geändert</translation>
    </message>
    <message>
        <source>Close date changed</source>
        <translation>Abschlussdatum geändert</translation>
    </message>
    <message>
        <source>Forecast changed</source>
        <translation>Prognose geändert</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>Organisch</translation>
    </message>
    <message>
        <source>Paid campaign</source>
        <translation>Bezahlte Kampagne</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Kaltanruf</translation>
    </message>
    <message>
        <source>Cold email</source>
        <translation>Kalt-E-Mail</translation>
    </message>
    <message>
        <source>Purchased list</source>
        <translation>Gekaufte Liste</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Call in</source>
        <translation>Anruf von außen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Umgewandelt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Marketing associate</source>
        <translation>Marketing-Mitarbeiter</translation>
    </message>
    <message>
        <source>Sales development rep</source>
        <translation>Sales Development Rep</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Account Executive</translation>
    </message>
    <message>
        <source>Customer success manager</source>
        <translation>Customer Success Manager</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Vertriebsleitung</translation>
    </message>
    <message>
        <source>Business analyst</source>
        <translation>Business Analyst</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Designer</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <source>Stand in</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Todo</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Vollständiger Name (wird in Vor- und Nachname geteilt)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile (used when there is no phone)</source>
        <translation>Mobil (wenn es keine Telefonnummer gibt)</translation>
    </message>
    <message>
        <source>Country (phone numbers without a country code are read in it)</source>
        <translation>Land (Telefonnummern ohne Ländervorwahl werden darin gelesen)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inbound/outbound</source>
        <translation>Eingehend/ausgehend</translation>
    </message>
    <message>
        <source>Owner (user name or e-mail)</source>
        <translation>Zuständig (Benutzername oder E-Mail)</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Notes (several columns may go here)</source>
        <translation>Notizen (mehrere Spalten möglich)</translation>
    </message>
    <message>
        <source>Open deals by stage: count, value, weighted value</source>
        <translation>Offene Deals je Phase: Anzahl, Wert, gewichteter Wert</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Won, commit and best case per month against quota</source>
        <translation>Gewonnen, Zusage und Best Case je Monat gegenüber der Quote</translation>
    </message>
    <message>
        <source>Funnel and conversion</source>
        <translation>Trichter und Konversion</translation>
    </message>
    <message>
        <source>Stage-to-stage conversion, time in stage, leads</source>
        <translation>Konversion von Phase zu Phase, Zeit in der Phase, Leads</translation>
    </message>
    <message>
        <source>Win rate and velocity</source>
        <translation>Gewinnquote und Geschwindigkeit</translation>
    </message>
    <message>
        <source>Win rate, deal size, cycle length, velocity</source>
        <translation>Gewinnquote, Dealgröße, Zykluslänge, Geschwindigkeit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Calls, connects, meetings, tasks, lead response per week</source>
        <translation>Anrufe, Erreichte, Termine, Aufgaben, Lead-Reaktion je Woche</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Gewonnen und verloren</translation>
    </message>
    <message>
        <source>Reasons, competitors, offers and discounts</source>
        <translation>Gründe, Wettbewerber, Angebote und Rabatte</translation>
    </message>
    <message>
        <source>Slipping deals</source>
        <translation>Rutschende Deals</translation>
    </message>
    <message>
        <source>Close dates pushed back, idle and stuck deals</source>
        <translation>Verschobene Abschlussdaten, ruhende und festgefahrene Deals</translation>
    </message>
    <message>
        <source>Staying in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Customers closed months ago, not contacted since</source>
        <translation>Kunden mit Abschluss vor Monaten, seitdem nicht kontaktiert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>same</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing in one transaction: all rows or none…</source>
        <translation>Import in einer Transaktion: alle Zeilen oder keine…</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is unchanged.</source>
        <translation>Es wurde nichts importiert; die Datenbank ist unverändert.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Records behind the figure</source>
        <translation>Datensätze hinter der Zahl</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 deal(s)</source>
        <translation>
            <numerusform>%1 Deal</numerusform>
            <numerusform>%1 Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 activity(ies)</source>
        <translation>
            <numerusform>%1 Aktivität</numerusform>
            <numerusform>%1 Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 task(s)</source>
        <translation>
            <numerusform>%1 Aufgabe</numerusform>
            <numerusform>%1 Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lead(s)</source>
        <translation>
            <numerusform>%1 Lead</numerusform>
            <numerusform>%1 Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 offer(s)</source>
        <translation>
            <numerusform>%1 Angebot</numerusform>
            <numerusform>%1 Angebote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 Kunde</numerusform>
            <numerusform>%1 Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message numerus="yes">
        <source>showing the first %1</source>
        <translation>
            <numerusform>die ersten %1 werden angezeigt</numerusform>
            <numerusform>die ersten %1 werden angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>This %1 looks like someone already in the database. Merge it into the existing %1 (empty fields are filled in, nothing is overwritten), or keep both.</source>
        <translation>Dieser %1 sieht aus wie jemand, der schon in der Datenbank ist. Führen Sie ihn mit dem vorhandenen %1 zusammen (leere Felder werden gefüllt, nichts wird überschrieben) oder behalten Sie beide.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>(same e-mail)</source>
        <translation>(gleiche E-Mail)</translation>
    </message>
    <message>
        <source>(same phone)</source>
        <translation>(gleiche Telefonnummer)</translation>
    </message>
    <message>
        <source>(same company)</source>
        <translation>(gleiche Firma)</translation>
    </message>
    <message>
        <source>&amp;Merge into this %1</source>
        <translation>Mit diesem %1 &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>&amp;Decrypt database…</source>
        <translation>Datenbank &amp;entschlüsseln…</translation>
    </message>
    <message>
        <source>&amp;Encrypt database…</source>
        <translation>Datenbank &amp;verschlüsseln…</translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation>Datenbank verschlüsseln</translation>
    </message>
    <message>
        <source>Decrypt database</source>
        <translation>Datenbank entschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>Ich habe den Wiederherstellungsschlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Entschlüsseln</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Encrypting stores %1 and its backups so that a lost or stolen laptop, or a copied file, reveals nothing. The key is kept in this user&apos;s system keyring, so the app opens the database as before.

You will get a recovery key, once. Without it the database can&apos;t be opened if the keyring loses the key (new computer or user profile, keyring reset).</source>
        <translation>Beim Verschlüsseln werden %1 und seine Sicherungen so gespeichert, dass ein verlorener oder gestohlener Laptop oder eine kopierte Datei nichts preisgibt. Der Schlüssel liegt im Schlüsselbund dieses Benutzers, daher öffnet die App die Datenbank wie bisher.

Sie erhalten einmalig einen Wiederherstellungsschlüssel. Ohne ihn lässt sich die Datenbank nicht öffnen, wenn der Schlüsselbund den Schlüssel verliert (neuer Computer oder neues Benutzerprofil, zurückgesetzter Schlüsselbund).</translation>
    </message>
    <message>
        <source>Decrypting stores %1 and its backups as plain SQLite files again: anyone with the file can read it. The key stays in the keyring for copies made while it was encrypted.</source>
        <translation>Beim Entschlüsseln werden %1 und seine Sicherungen wieder als normale SQLite-Dateien gespeichert: wer die Datei hat, kann sie lesen. Der Schlüssel bleibt für Kopien aus der verschlüsselten Zeit im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Wird verschlüsselt…</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Wird entschlüsselt…</translation>
    </message>
    <message>
        <source>This is your recovery key. It is shown only now: store it away from this computer (a password manager, or on paper). To get back in without it: `workbench db unlock --recovery-key KEY`.</source>
        <translation>Das ist Ihr Wiederherstellungsschlüssel. Er wird nur jetzt angezeigt: bewahren Sie ihn getrennt von diesem Computer auf (Passwortmanager oder Papier). Ohne ihn kommen Sie so wieder hinein: `workbench db unlock --recovery-key KEY`.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Database encrypted.</source>
        <translation>Datenbank verschlüsselt.</translation>
    </message>
    <message>
        <source>Database decrypted.</source>
        <translation>Datenbank entschlüsselt.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A contact needs a first or last name.</source>
        <translation>Ein Kontakt braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <source>A duration can&apos;t be negative.</source>
        <translation>Eine Dauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>“%1” is not a duration; type minutes (5) or minutes:seconds (4:30).</source>
        <translation>„%1“ ist keine Dauer; geben Sie Minuten (5) oder Minuten:Sekunden (4:30) ein.</translation>
    </message>
    <message>
        <source>Choose who the call was with.</source>
        <translation>Wählen Sie, mit wem Sie telefoniert haben.</translation>
    </message>
    <message>
        <source>A call can last between 0 and 12 hours.</source>
        <translation>Ein Anruf dauert zwischen 0 und 12 Stunden.</translation>
    </message>
    <message>
        <source>When is the booked meeting?</source>
        <translation>Wann ist der vereinbarte Termin?</translation>
    </message>
    <message>
        <source>The next step is a call or a meeting.</source>
        <translation>Der nächste Schritt ist ein Anruf oder ein Termin.</translation>
    </message>
    <message>
        <source>A logged call can&apos;t start in the future.</source>
        <translation>Ein erfasster Anruf kann nicht in der Zukunft beginnen.</translation>
    </message>
    <message>
        <source>A meeting lasts between 5 minutes and a day.</source>
        <translation>Ein Termin dauert zwischen 5 Minuten und einem Tag.</translation>
    </message>
    <message>
        <source>“%1” has been changed since, so this can&apos;t be undone any more. Nothing was changed.</source>
        <translation>„%1“ wurde inzwischen geändert und lässt sich daher nicht mehr rückgängig machen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” has been changed since, so this can&apos;t be redone any more. Nothing was changed.</source>
        <translation>„%1“ wurde inzwischen geändert und lässt sich daher nicht mehr wiederholen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” is already won.</source>
        <translation>„%1“ ist bereits gewonnen.</translation>
    </message>
    <message>
        <source>“%1” is already lost.</source>
        <translation>„%1“ ist bereits verloren.</translation>
    </message>
    <message>
        <source>“%1” is won; reopen it to move it.</source>
        <translation>„%1“ ist gewonnen; öffnen Sie die Verkaufschance wieder, um sie zu verschieben.</translation>
    </message>
    <message>
        <source>“%1” is lost; reopen it to move it.</source>
        <translation>„%1“ ist verloren; öffnen Sie die Verkaufschance wieder, um sie zu verschieben.</translation>
    </message>
    <message>
        <source>Choose why the deal was won.</source>
        <translation>Wählen Sie, warum der Deal gewonnen wurde.</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>Wählen Sie, warum der Deal verloren wurde.</translation>
    </message>
    <message>
        <source>That stage belongs to another sales process.</source>
        <translation>Diese Phase gehört zu einem anderen Vertriebsprozess.</translation>
    </message>
    <message>
        <source>The value must be a decimal amount.</source>
        <translation>Der Wert muss ein Betrag sein.</translation>
    </message>
    <message>
        <source>The value can&apos;t be negative.</source>
        <translation>Der Wert kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The value is implausibly large.</source>
        <translation>Der Wert ist unplausibel hoch.</translation>
    </message>
    <message>
        <source>The sales process “%1” has no stages.</source>
        <translation>Der Vertriebsprozess „%1“ hat keine Phasen.</translation>
    </message>
    <message>
        <source>%1 works for another account.</source>
        <translation>%1 arbeitet für einen anderen Kunden.</translation>
    </message>
    <message>
        <source>A deal can&apos;t be moved to another sales process.</source>
        <translation>Eine Verkaufschance kann nicht in einen anderen Vertriebsprozess verschoben werden.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters, at most %3).</source>
        <translation>%1 ist zu lang (%2 Zeichen, höchstens %3).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number.</source>
        <translation>%1 „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>no country (none is set for the record or the company)</source>
        <translation>kein Land (weder beim Datensatz noch bei der Firma eingetragen)</translation>
    </message>
    <message>
        <source>the company&apos;s country</source>
        <translation>das Land der Firma</translation>
    </message>
    <message>
        <source>the account&apos;s country</source>
        <translation>das Land des Kunden</translation>
    </message>
    <message>
        <source>the row&apos;s country</source>
        <translation>das Land der Zeile</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation>„%1“ ist keine gültige Telefonnummer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number without a country code: no country is set to read it in. Write it with its country code (+49 …), or set your company&apos;s country in the company profile.</source>
        <translation>„%1“ ist ohne Ländervorwahl keine gültige Telefonnummer: Es ist kein Land eingestellt, in dem sie gelesen wird. Schreiben Sie sie mit Ländervorwahl (+49 …) oder tragen Sie das Land Ihrer Firma im Firmenprofil ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number for %2; add the country code (%3 …) if it is from elsewhere.</source>
        <translation>„%1“ ist keine gültige Telefonnummer für %2; stellen Sie die Ländervorwahl voran (%3 …), wenn sie aus einem anderen Land ist.</translation>
    </message>
    <message>
        <source>“%1” is not a country; use a two-letter code such as DE or GB.</source>
        <translation>„%1“ ist kein Land; verwenden Sie einen Ländercode aus zwei Buchstaben wie DE oder AT.</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible date.</source>
        <translation>%1: %2 ist kein plausibles Datum.</translation>
    </message>
    <message>
        <source>“%1” is already an SQL; only new leads and MQLs can be qualified further.</source>
        <translation>„%1“ ist bereits ein SQL; nur neue Leads und MQLs lassen sich weiter qualifizieren.</translation>
    </message>
    <message>
        <source>“%1” is disqualified; only new leads and MQLs can be qualified further.</source>
        <translation>„%1“ ist disqualifiziert; nur neue Leads und MQLs lassen sich weiter qualifizieren.</translation>
    </message>
    <message>
        <source>“%1” is converted; only new leads and MQLs can be qualified further.</source>
        <translation>„%1“ ist umgewandelt; nur neue Leads und MQLs lassen sich weiter qualifizieren.</translation>
    </message>
    <message>
        <source>“%1” is already disqualified.</source>
        <translation>„%1“ ist bereits disqualifiziert.</translation>
    </message>
    <message>
        <source>“%1” is already converted.</source>
        <translation>„%1“ ist bereits umgewandelt.</translation>
    </message>
    <message>
        <source>Choose why the lead is disqualified.</source>
        <translation>Wählen Sie, warum der Lead disqualifiziert wird.</translation>
    </message>
    <message>
        <source>“%1” has changed since; nothing was undone.</source>
        <translation>„%1“ wurde inzwischen geändert; es wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>“%1” has changed since; nothing was redone.</source>
        <translation>„%1“ wurde inzwischen geändert; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Only a sales-qualified lead (SQL) can be converted; “%1” is new.</source>
        <translation>Nur ein vertriebsqualifizierter Lead (SQL) lässt sich umwandeln; „%1“ ist neu.</translation>
    </message>
    <message>
        <source>Only a sales-qualified lead (SQL) can be converted; “%1” is an MQL.</source>
        <translation>Nur ein vertriebsqualifizierter Lead (SQL) lässt sich umwandeln; „%1“ ist ein MQL.</translation>
    </message>
    <message>
        <source>Only a sales-qualified lead (SQL) can be converted; “%1” is disqualified.</source>
        <translation>Nur ein vertriebsqualifizierter Lead (SQL) lässt sich umwandeln; „%1“ ist disqualifiziert.</translation>
    </message>
    <message>
        <source>Only a sales-qualified lead (SQL) can be converted; “%1” is converted.</source>
        <translation>Nur ein vertriebsqualifizierter Lead (SQL) lässt sich umwandeln; „%1“ ist bereits umgewandelt.</translation>
    </message>
    <message>
        <source>“%1” is not a colour; use a hex code such as %2.</source>
        <translation>„%1“ ist keine Farbe; verwenden Sie einen Hex-Code wie %2.</translation>
    </message>
    <message>
        <source>The logo file %1 does not exist.</source>
        <translation>Die Logodatei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG, GIF or BMP image.</source>
        <translation>Das Logo muss ein PNG-, JPEG-, GIF- oder BMP-Bild sein.</translation>
    </message>
    <message>
        <source>Quotas are set by a manager; ask yours to set this one.</source>
        <translation>Zielvorgaben legt die Vertriebsleitung fest; bitten Sie Ihre Führungskraft darum.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR.</source>
        <translation>„%1“ ist kein Währungscode wie EUR.</translation>
    </message>
    <message>
        <source>“%1 %2” is not an amount of money.</source>
        <translation>„%1 %2“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>A quota is an amount from 0 up to %1.</source>
        <translation>Eine Zielvorgabe ist ein Betrag von 0 bis %1.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as USD.</source>
        <translation>„%1“ ist kein Währungscode wie USD.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>A rate is a number above 0 (and below a million).</source>
        <translation>Ein Kurs ist eine Zahl über 0 (und unter einer Million).</translation>
    </message>
    <message>
        <source>A price list called “%1” already exists.</source>
        <translation>Eine Preisliste namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>Another product already has the code “%1”.</source>
        <translation>Ein anderes Produkt hat schon den Code „%1“.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100 %.</source>
        <translation>%1 muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 is implausibly large.</source>
        <translation>%1 ist unplausibel hoch.</translation>
    </message>
    <message>
        <source>Two prices in %1 on the same price list.</source>
        <translation>Zwei Preise in %1 auf derselben Preisliste.</translation>
    </message>
    <message>
        <source>A lead needs a name or a company.</source>
        <translation>Ein Lead braucht einen Namen oder eine Firma.</translation>
    </message>
    <message>
        <source>A lead can&apos;t be merged with itself.</source>
        <translation>Ein Lead kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The end of the range must be after its start.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>%1 is not encrypted; there is nothing to unlock.</source>
        <extracomment>shown once when encryption is switched on; None otherwise</extracomment>
        <translation>%1 ist nicht verschlüsselt; es gibt nichts zu entsperren.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <extracomment>statuses of a lead someone still has to work on</extracomment>
        <translation>Wählen Sie mindestens einen Arbeitstag.</translation>
    </message>
    <message>
        <source>“%1” is not a reason for winning a deal.</source>
        <translation>„%1“ ist kein Grund für eine gewonnene Verkaufschance.</translation>
    </message>
    <message>
        <source>“%1” is not a reason for losing a deal.</source>
        <translation>„%1“ ist kein Grund für eine verlorene Verkaufschance.</translation>
    </message>
    <message>
        <source>“%1” is not a reason for disqualifying a lead.</source>
        <translation>„%1“ ist kein Grund, einen Lead zu disqualifizieren.</translation>
    </message>
    <message>
        <source>“%1” is not a reason for rejecting an offer.</source>
        <translation>„%1“ ist kein Grund für ein abgelehntes Angebot.</translation>
    </message>
    <message>
        <source>%1 already owns this deal.</source>
        <translation>%1 ist bereits Besitzer dieser Verkaufschance.</translation>
    </message>
    <message>
        <source>A mandatory checklist item of the stage can&apos;t be deleted.</source>
        <translation>Ein Pflichtpunkt der Checkliste dieser Phase kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Leads and offers are done by contacting them: log a call.</source>
        <translation>Leads und Angebote erledigen Sie, indem Sie Kontakt aufnehmen: Erfassen Sie einen Anruf.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Lieferbedingungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Discount reason</source>
        <translation>Rabattgrund</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Einkaufspreis</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>A price</source>
        <translation>Ein Preis</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or Excel XLSX, with the column names in the first row, e.g. an export from a web form or another CRM.</source>
        <translation>CSV (Komma, Semikolon oder Tab; UTF-8 oder Windows-1252) oder Excel XLSX, mit den Spaltennamen in der ersten Zeile, z. B. ein Export aus einem Webformular oder einem anderen CRM.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>Lead-Dateien (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>%s wird gelesen…</translation>
    </message>
    <message>
        <source>%d rows and %d columns (%s).</source>
        <translation>%d Zeilen und %d Spalten (%s).</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>die Datei ist größer, als dieser Datenträger oder dieses Konto erlaubt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2. It was left as it was.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die Datei blieb, wie sie war.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search title, account or contact…</source>
        <translation>Titel, Kunde oder Kontakt suchen…</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Alle Deals</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>Meine Deals</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Mit mir geteilt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Only deals with an overdue task</source>
        <translation>Nur Deals mit einer überfälligen Aufgabe</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Only idle (“rotting”) deals: no progress (completed activity or stage change) for longer than the stage&apos;s target days, and nothing scheduled</source>
        <translation>Nur ruhende Deals: kein Fortschritt (erledigte Aktivität oder Phasenwechsel) länger als die Zieldauer der Phase und nichts geplant</translation>
    </message>
    <message>
        <source>Min value</source>
        <translation>Mindestwert</translation>
    </message>
    <message>
        <source>Max value</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Beliebiges Abschlussdatum</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>Abschlussdatum überschritten</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Abschluss in diesem Monat</translation>
    </message>
    <message>
        <source>Closing next month</source>
        <translation>Abschluss im nächsten Monat</translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation>Abschluss in diesem Quartal</translation>
    </message>
    <message>
        <source>Closing next quarter</source>
        <translation>Abschluss im nächsten Quartal</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show all deals again</source>
        <translation>Wieder alle Deals anzeigen</translation>
    </message>
    <message>
        <source>Value range and expected close date</source>
        <translation>Wertbereich und erwartetes Abschlussdatum</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Wert von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Filters (%d)</source>
        <translation>Filter (%d)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>In each deal&apos;s own currency</source>
        <translation>In der eigenen Währung jedes Deals</translation>
    </message>
    <message>
        <source>“%s” is not an amount</source>
        <translation>„%s“ ist kein Betrag</translation>
    </message>
    <message>
        <source>Owner: %s</source>
        <translation>Zuständig: %s</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>what `save()` hands back: a function the write thread calls with the database a form field&apos;s name where it differs from the input&apos;s field it edits</extracomment>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 is not a readable XLSX workbook (%2).</source>
        <translation>%1 ist keine lesbare XLSX-Arbeitsmappe (%2).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Can&apos;t read %1: %2.</source>
        <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) file. Save it as .xlsx or CSV.</source>
        <translation>%1 ist eine alte Excel-97-2003-Datei (.xls). Speichern Sie sie als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not a CSV or XLSX table.</source>
        <translation>%1 ist eine Binärdatei, keine CSV- oder XLSX-Tabelle.</translation>
    </message>
    <message>
        <source>%1 is not readable text (%2).</source>
        <translation>%1 ist kein lesbarer Text (%2).</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted value is never closed (a missing &quot;), so the rest of the file can&apos;t be read reliably. Nothing was imported.</source>
        <translation>%1, Zeile %2: Ein Wert in Anführungszeichen wird nie geschlossen (ein fehlendes &quot;), daher lässt sich der Rest der Datei nicht verlässlich lesen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, Zeile %2: %3.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 hat kein Tabellenblatt.</translation>
    </message>
    <message>
        <source>More cells than the header has columns (a stray delimiter?).</source>
        <translation>Mehr Zellen, als die Kopfzeile Spalten hat (ein überzähliges Trennzeichen?).</translation>
    </message>
    <message>
        <source>Active “%1” must be yes or no.</source>
        <translation>Aktiv „%1“ muss ja oder nein sein.</translation>
    </message>
    <message>
        <source>Price in %1 “%2” is not a number.</source>
        <translation>Preis in %1 „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>No price list is called “%1”.</source>
        <translation>Keine Preisliste heißt „%1“.</translation>
    </message>
    <message>
        <source>No price list exists yet; create one first.</source>
        <translation>Es gibt noch keine Preisliste; legen Sie zuerst eine an.</translation>
    </message>
    <message>
        <source>Code “%1” is already on line %2.</source>
        <translation>Code „%1“ steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <source>The file has a header but no products.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Produkte.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 row(s) have errors.</source>
        <translation>Nichts wurde importiert: %1 Zeile(n) enthalten Fehler.</translation>
    </message>
    <message>
        <source>Line %1: a quoted value is never closed (a missing &quot;), so the rest of the file can&apos;t be read reliably. Nothing was imported.</source>
        <translation>Zeile %1: Ein Wert in Anführungszeichen wird nie geschlossen (ein fehlendes &quot;), daher lässt sich der Rest der Datei nicht zuverlässig lesen. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not a readable table: %1.</source>
        <translation>Die Datei ist keine lesbare Tabelle: %1.</translation>
    </message>
    <message>
        <source>The first line must name the columns.</source>
        <translation>Die erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header.</source>
        <translation>Die Spalte „%1“ steht zweimal in der Kopfzeile.</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 200 MB.</source>
        <translation>%1 ist größer als 200 MB.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file.</source>
        <translation>Dies ist keine Textdatei (CSV).</translation>
    </message>
    <message>
        <source>Missing column(s): %1. Found: %2.</source>
        <translation>Fehlende Spalte(n): %1. Gefunden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date (use e.g. 2026-03-31 or 31.03.2026).</source>
        <translation>„%1“ ist kein Datum (schreiben Sie z. B. 2026-03-31 oder 31.03.2026).</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows in the file and import again:</source>
        <translation>Es wurde nichts importiert. Korrigieren Sie diese Zeilen in der Datei und importieren Sie erneut:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the &amp;system (%1)</source>
        <translation>Wie das &amp;System (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sales Workbench speaks %1 from its next start.</source>
        <translation>Sales Workbench spricht ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>&amp;Inbound/outbound</source>
        <translation>&amp;Eingehend/ausgehend</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Merged into the existing lead %s.</source>
        <translation>Mit dem vorhandenen Lead %s zusammengeführt.</translation>
    </message>
    <message>
        <source>Not saved: decide between merging and keeping both.</source>
        <translation>Nicht gespeichert: entscheiden Sie zwischen Zusammenführen und beide behalten.</translation>
    </message>
</context>
<context>
    <name>LeadImport</name>
    <message>
        <source>has %1 values but the header has %2 columns (a missing quote or an extra delimiter?)</source>
        <translation>hat %1 Werte, aber die Kopfzeile hat %2 Spalten (ein fehlendes Anführungszeichen oder ein überzähliges Trennzeichen?)</translation>
    </message>
    <message>
        <source>column %1: a formula with no calculated value (%2); open and save the file in Excel or LibreOffice first, or paste values</source>
        <translation>Spalte %1: eine Formel ohne berechneten Wert (%2); öffnen und speichern Sie die Datei zuerst in Excel oder LibreOffice, oder fügen Sie Werte ein</translation>
    </message>
    <message>
        <source>“%1” is neither inbound nor outbound.</source>
        <translation>„%1“ ist weder eingehend noch ausgehend.</translation>
    </message>
    <message>
        <source>“%1” is not a country we know; the phone number was read as %2</source>
        <translation>„%1“ ist kein bekanntes Land; die Telefonnummer wurde gelesen als %2</translation>
    </message>
    <message>
        <source>Phone numbers without a country code were read in the country of the row&apos;s “%1” column, or where it names none, as %2.</source>
        <translation>Telefonnummern ohne Ländervorwahl wurden im Land der Spalte „%1“ der Zeile gelesen, wo diese keines nennt, als %2.</translation>
    </message>
    <message>
        <source>Phone numbers without a country code were read as %1.</source>
        <translation>Telefonnummern ohne Ländervorwahl wurden gelesen als %1.</translation>
    </message>
    <message>
        <source>Phone numbers without a country code were read in the country of the row&apos;s “%1” column; where it names none, they could not be read: no company country is set (company profile), so rows with such numbers were rejected.</source>
        <translation>Telefonnummern ohne Ländervorwahl wurden im Land der Spalte „%1“ der Zeile gelesen; wo diese keines nennt, konnten sie nicht gelesen werden: Im Firmenprofil ist kein Land eingetragen, daher wurden Zeilen mit solchen Nummern abgelehnt.</translation>
    </message>
    <message>
        <source>Phone numbers without a country code could not be read: no company country is set (company profile), so rows with such numbers were rejected.</source>
        <translation>Telefonnummern ohne Ländervorwahl konnten nicht gelesen werden: Im Firmenprofil ist kein Land eingetragen, daher wurden Zeilen mit solchen Nummern abgelehnt.</translation>
    </message>
    <message>
        <source>1 empty row was skipped: line %1.</source>
        <translation>1 leere Zeile wurde übersprungen: Zeile %1.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>%1 empty rows were skipped: lines %2%3.</source>
        <translation>%1 leere Zeilen wurden übersprungen: Zeilen %2%3.</translation>
    </message>
    <message>
        <source>Would import %1 of %2 rows; duplicates: %3 skipped, %4 merged; rejected: %5.</source>
        <translation>%1 von %2 Zeilen würden importiert; Duplikate: %3 übersprungen, %4 zusammengeführt; abgelehnt: %5.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows; duplicates: %3 skipped, %4 merged; rejected: %5.</source>
        <translation>%1 von %2 Zeilen importiert; Duplikate: %3 übersprungen, %4 zusammengeführt; abgelehnt: %5.</translation>
    </message>
    <message>
        <source>Lead import report for %1 (%2)</source>
        <translation>Bericht zum Lead-Import von %1 (%2)</translation>
    </message>
    <message>
        <source>Lead import report (%1)</source>
        <translation>Bericht zum Lead-Import (%1)</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Not imported (no matching field): %1</source>
        <translation>Nicht importiert (kein passendes Feld): %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Rejected rows (%1):</source>
        <translation>Abgelehnte Zeilen (%1):</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>Warnungen (%1):</translation>
    </message>
    <message>
        <source>Duplicates (%1):</source>
        <translation>Dubletten (%1):</translation>
    </message>
    <message>
        <source>line %1: %2, same as %3</source>
        <translation>Zeile %1: %2, gleich wie %3</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>senkrechter Strich</translation>
    </message>
</context>
<context>
    <name>LeadImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Kein Lead ausgewählt</translation>
    </message>
    <message>
        <source>Arrived %s</source>
        <translation>Eingegangen %s</translation>
    </message>
    <message>
        <source>First contact %s</source>
        <translation>Erstkontakt %s</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Noch nicht kontaktiert</translation>
    </message>
    <message>
        <source>Disqualified: %s %s</source>
        <translation>Disqualifiziert: %s %s</translation>
    </message>
</context>
<context>
    <name>LeadsArea</name>
    <message>
        <source>Open (new, MQL, SQL)</source>
        <translation>Offen (neu, MQL, SQL)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any response time</source>
        <translation>Beliebige Reaktionszeit</translation>
    </message>
    <message>
        <source>Waiting &gt; 1 business day</source>
        <translation>Wartet &gt; 1 Arbeitstag</translation>
    </message>
    <message>
        <source>Waiting &gt; 2 business days</source>
        <translation>Wartet &gt; 2 Arbeitstage</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Inbound and outbound</source>
        <translation>Ein- und ausgehend</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Von allen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Working days…</source>
        <translation>Arbeitstage…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>Qualifizieren</translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation>Disqualifizieren…</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Umwandeln…</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Anruf erfassen…</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualifizieren</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Umwandeln</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualify as SQL</source>
        <translation>Als SQL qualifizieren</translation>
    </message>
    <message>
        <source>Qualify as MQL</source>
        <translation>Als MQL qualifizieren</translation>
    </message>
    <message>
        <source>%s is now %s.</source>
        <translation>%s ist jetzt %s.</translation>
    </message>
    <message>
        <source>Qualify %s</source>
        <translation>%s qualifizieren</translation>
    </message>
    <message>
        <source>Disqualify %s</source>
        <translation>%s disqualifizieren</translation>
    </message>
    <message>
        <source>%s converted: the deal is on the board.</source>
        <translation>%s umgewandelt: der Deal steht auf dem Board.</translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message>
        <source>New item</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Pick a product from the list.</source>
        <translation>Wählen Sie ein Produkt aus der Liste.</translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation>%s hinzufügen</translation>
    </message>
    <message>
        <source>%s has no price in %s on this list; enter one.</source>
        <translation>%s hat auf dieser Liste keinen Preis in %s; bitte einen eingeben.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Section of the selected lines:</source>
        <translation>Abschnitt der ausgewählten Positionen:</translation>
    </message>
    <message>
        <source>Set section</source>
        <translation>Abschnitt festlegen</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>MwSt. %</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Abschnitt ändern</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>Code ändern</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <source>Edit quantity</source>
        <translation>Menge ändern</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Einheit ändern</translation>
    </message>
    <message>
        <source>Edit unit price</source>
        <translation>Einzelpreis ändern</translation>
    </message>
    <message>
        <source>Edit discount</source>
        <translation>Rabatt ändern</translation>
    </message>
    <message>
        <source>Edit tax rate</source>
        <translation>Steuersatz ändern</translation>
    </message>
    <message>
        <source>Edit optional</source>
        <translation>Optional ändern</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Position ändern</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n line(s)</source>
        <translation>
            <numerusform>%n Position entfernen</numerusform>
            <numerusform>%n Positionen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Position verschieben</translation>
    </message>
    <message>
        <source>Priced below cost</source>
        <translation>Unter den Kosten bepreist</translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <source>New account</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Account saved.</source>
        <translation>Kunde gespeichert.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakt gespeichert.</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Lead saved.</source>
        <translation>Lead gespeichert.</translation>
    </message>
    <message>
        <source>New record</source>
        <extracomment>how many further pages a list loads to reach a record it was asked to show tables whose changes make this list reload</extracomment>
        <translation>Neuer Datensatz</translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation>Datensatz gespeichert.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Loading failed: %s</source>
        <translation>Laden fehlgeschlagen: %s</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %s?</source>
        <translation>%s löschen?</translation>
    </message>
    <message>
        <source>%s deleted.</source>
        <translation>%s gelöscht.</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Offer saved.</source>
        <translation>Angebot gespeichert.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Product saved.</source>
        <translation>Produkt gespeichert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>emitted once the window has closed (the app quits then, unless it is restoring) once, when the area the window opened on shows what it loaded: the start is over, and the background checks of the file may begin without slowing it down</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation>&amp;Firmenprofil…</translation>
    </message>
    <message>
        <source>Load &amp;demo company</source>
        <translation>&amp;Demo-Firma laden</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Team sync…</source>
        <translation>&amp;Team-Synchronisierung…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>Ihr &amp;Profil…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>This database is empty. Load a demo company (2,000 deals) to look around, or start by creating an account.</source>
        <translation>Diese Datenbank ist leer. Laden Sie eine Demo-Firma (2.000 Deals), um sich umzusehen, oder legen Sie zuerst einen Kunden an.</translation>
    </message>
    <message>
        <source>Load demo company</source>
        <translation>Demo-Firma laden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Loading the demo company…</source>
        <translation>Demo-Firma wird geladen…</translation>
    </message>
    <message>
        <source>Demo company loaded.</source>
        <translation>Demo-Firma geladen.</translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation>Firmenprofil gespeichert.</translation>
    </message>
    <message>
        <source>Your profile was saved.</source>
        <translation>Ihr Profil wurde gespeichert.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Workbench database (*.sqlite)</source>
        <translation>Workbench-Datenbank (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written to %s</source>
        <translation>Sicherung geschrieben nach %s</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Each column of the file fills a field of the lead. Columns set to “Don&apos;t import” are listed in the report.</source>
        <translation>Jede Spalte der Datei füllt ein Feld des Leads. Spalten mit „Nicht importieren“ werden im Bericht aufgeführt.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details are in %2.</source>
        <translation>Etwas ist schiefgegangen: %1

Die Einzelheiten stehen in %2.</translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add text line</source>
        <translation>Textzeile</translation>
    </message>
    <message>
        <source>Set section…</source>
        <translation>Abschnitt…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Accepted…</source>
        <translation>Angenommen…</translation>
    </message>
    <message>
        <source>Rejected…</source>
        <translation>Abgelehnt…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Add product: type code or name, Enter to add (Ctrl+P)</source>
        <translation>Produkt hinzufügen: Code oder Name tippen, Enter fügt hinzu (Strg+P)</translation>
    </message>
    <message>
        <source>Discount &amp;&amp; payment</source>
        <translation>Rabatt &amp;&amp; Zahlung</translation>
    </message>
    <message>
        <source>Texts &amp;&amp; terms</source>
        <translation>Texte &amp;&amp; Bedingungen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %s first?</source>
        <translation>Die Änderungen an %s zuerst speichern?</translation>
    </message>
    <message>
        <source>Saved. Gross total %s.</source>
        <translation>Gespeichert. Bruttosumme %s.</translation>
    </message>
    <message>
        <source>%s saved.</source>
        <translation>%s gespeichert.</translation>
    </message>
    <message>
        <source>Rendering the PDF…</source>
        <translation>PDF wird erstellt…</translation>
    </message>
    <message>
        <source>Export offer as PDF</source>
        <translation>Angebot als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Exported %s (%d pages).</source>
        <translation>%s exportiert (%d Seiten).</translation>
    </message>
    <message>
        <source>Add at least one line before sending.</source>
        <translation>Fügen Sie vor dem Senden mindestens eine Position hinzu.</translation>
    </message>
    <message>
        <source>Send offer</source>
        <translation>Angebot senden</translation>
    </message>
    <message>
        <source>Send %s to %s? The version is then frozen; later changes go into a new version.</source>
        <translation>%s an %s senden? Die Version wird dann eingefroren; spätere Änderungen kommen in eine neue Version.</translation>
    </message>
    <message>
        <source>Offer sent; follow-up task created.</source>
        <translation>Angebot gesendet; Nachfassaufgabe angelegt.</translation>
    </message>
    <message>
        <source>Version %d created.</source>
        <translation>Version %d angelegt.</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Compare version %d with version:</source>
        <translation>Version %d vergleichen mit Version:</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Angebot angenommen</translation>
    </message>
    <message>
        <source>Why we won</source>
        <translation>Warum wir gewonnen haben</translation>
    </message>
    <message>
        <source>Mark the deal as won</source>
        <translation>Den Deal als gewonnen markieren</translation>
    </message>
    <message>
        <source>Offer accepted; the deal is won.</source>
        <translation>Angebot angenommen; der Deal ist gewonnen.</translation>
    </message>
    <message>
        <source>Offer accepted.</source>
        <translation>Angebot angenommen.</translation>
    </message>
    <message>
        <source>Offer rejected</source>
        <translation>Angebot abgelehnt</translation>
    </message>
    <message>
        <source>The customer&apos;s reason</source>
        <translation>Die Begründung des Kunden</translation>
    </message>
    <message>
        <source>Offer rejected.</source>
        <translation>Angebot abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Offers</name>
    <message>
        <source>%1 is already sent.</source>
        <translation>%1 ist bereits versendet.</translation>
    </message>
    <message>
        <source>%1 is already accepted.</source>
        <translation>%1 ist bereits angenommen.</translation>
    </message>
    <message>
        <source>%1 is already rejected.</source>
        <translation>%1 ist bereits abgelehnt.</translation>
    </message>
    <message>
        <source>%1 has already expired.</source>
        <translation>%1 ist bereits abgelaufen.</translation>
    </message>
    <message>
        <source>The offer has no lines yet.</source>
        <translation>Das Angebot hat noch keine Positionen.</translation>
    </message>
    <message>
        <source>Offer %1 version %2 sent, %3 gross.</source>
        <translation>Angebot %1 Version %2 gesendet, %3 brutto.</translation>
    </message>
    <message>
        <source>Offer %1 accepted</source>
        <translation>Angebot %1 angenommen</translation>
    </message>
    <message>
        <source>Choose the reason the customer gave.</source>
        <translation>Wählen Sie den Grund, den der Kunde genannt hat.</translation>
    </message>
    <message>
        <source>The offer discount of %1 % is above the limit of %2 %; give a reason.</source>
        <translation>Der Angebotsrabatt von %1 % liegt über der Grenze von %2 %; geben Sie einen Grund an.</translation>
    </message>
    <message>
        <source>The offer discount of %1 % is above the limit of %2 % (reason given).</source>
        <translation>Der Angebotsrabatt von %1 % liegt über der Grenze von %2 % (Grund angegeben).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): discount %3 % is above the limit of %4 %; give a reason.</source>
        <translation>Position %1 („%2“): Rabatt %3 % liegt über der Grenze von %4 %; geben Sie einen Grund an.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): discount %3 % is above the limit of %4 %.</source>
        <translation>Position %1 („%2“): Rabatt %3 % liegt über der Grenze von %4 %.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”) is priced below cost.</source>
        <translation>Position %1 („%2“) liegt unter den Kosten.</translation>
    </message>
    <message>
        <source>A discount above the limit needs a reason.</source>
        <translation>Ein Rabatt über der Grenze braucht einen Grund.</translation>
    </message>
    <message>
        <source>An offer needs a customer: an account or a contact.</source>
        <translation>Ein Angebot braucht einen Empfänger: einen Kunden oder einen Kontakt.</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>Position %1 braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>Line %1: %2 must be a number.</source>
        <translation>Position %1: %2 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Line %1: %2 can&apos;t be negative.</source>
        <translation>Position %1: %2 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Line %1: percentages go up to 100.</source>
        <translation>Position %1: Prozentwerte gehen bis 100.</translation>
    </message>
    <message>
        <source>Line %1: the amount is implausibly large.</source>
        <translation>Position %1: Der Betrag ist unplausibel hoch.</translation>
    </message>
    <message>
        <source>The offer discount must be between 0 and 100 %.</source>
        <translation>Der Angebotsrabatt muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>An offer can have at most %1 lines.</source>
        <translation>Ein Angebot kann höchstens %1 Positionen haben.</translation>
    </message>
    <message>
        <source>Instalments and leasing run 1 to 240 months.</source>
        <translation>Raten und Leasing laufen 1 bis 240 Monate.</translation>
    </message>
    <message>
        <source>Leasing rate and residual value must be percentages.</source>
        <translation>Leasingrate und Restwert müssen Prozentsätze sein.</translation>
    </message>
    <message>
        <source>Each add-on needs a name and a price per month.</source>
        <translation>Jede Zusatzleistung braucht einen Namen und einen Monatspreis.</translation>
    </message>
    <message>
        <source>%1 was accepted; it can&apos;t be revised.</source>
        <translation>%1 wurde angenommen; es kann nicht mehr überarbeitet werden.</translation>
    </message>
    <message>
        <source>%1 has been sent; it can be rejected, not deleted.</source>
        <translation>%1 wurde versendet; es kann abgelehnt, aber nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>OffersArea</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Company profile…</source>
        <translation>Firmenprofil…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation>Neue Verkaufschance</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation>An&amp;gebote</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>K&amp;ontakt</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>&amp;Expected close</source>
        <translation>&amp;Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <source>As the stage says</source>
        <translation>Wie die Phase vorgibt</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>&amp;Prognose</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Checklist of “%s”. Mandatory items must be done before the deal moves on.</source>
        <translation>Checkliste von „%s“. Pflichtpunkte müssen erledigt sein, bevor der Deal weiterrückt.</translation>
    </message>
    <message>
        <source>As the stage says (%s)</source>
        <translation>Wie die Phase vorgibt (%s)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Als gewonnen markieren</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Als verloren markieren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>stage %s of %s:</source>
        <translation>Phase %s von %s:</translation>
    </message>
    <message>
        <source>%s %% probability</source>
        <translation>%s %% Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>Kollege/Kollegin</translation>
    </message>
    <message>
        <source>stand-in</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Not shared: only the owner works on this deal.</source>
        <translation>Nicht geteilt: nur der Inhaber bearbeitet diese Verkaufschance.</translation>
    </message>
    <message>
        <source>Shared with %s</source>
        <translation>Geteilt mit %s</translation>
    </message>
    <message>
        <source>Shared with %s and %s</source>
        <translation>Geteilt mit %s und %s</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>  (mandatory)</source>
        <translation>  (Pflicht)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gross total</source>
        <translation>Bruttosumme</translation>
    </message>
    <message>
        <source>No offers for this deal yet.</source>
        <translation>Noch keine Angebote für diesen Deal.</translation>
    </message>
    <message>
        <source>&amp;New offer</source>
        <translation>&amp;Neues Angebot</translation>
    </message>
    <message>
        <source>&amp;Open offer</source>
        <translation>Angebot ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>PhoneLabel</name>
    <message>
        <source>Call %s</source>
        <translation>%s anrufen</translation>
    </message>
</context>
<context>
    <name>Pipelines</name>
    <message>
        <source>Classic seven steps</source>
        <translation>Klassisch in sieben Schritten</translation>
    </message>
    <message>
        <source>The classic sales process, from prospecting to follow-up.</source>
        <translation>Der klassische Verkaufsprozess, von der Kundensuche bis zur Nachbetreuung.</translation>
    </message>
    <message>
        <source>Prospect for potential customers</source>
        <translation>Potenzielle Kunden suchen</translation>
    </message>
    <message>
        <source>Check the customer fits the target profile</source>
        <translation>Prüfen, ob der Kunde zum Zielprofil passt</translation>
    </message>
    <message>
        <source>Prepare for the first contact</source>
        <translation>Erstkontakt vorbereiten</translation>
    </message>
    <message>
        <source>Research the account and its decision makers</source>
        <translation>Kunden und Entscheider recherchieren</translation>
    </message>
    <message>
        <source>Approach the customer</source>
        <translation>Den Kunden ansprechen</translation>
    </message>
    <message>
        <source>Book a first meeting</source>
        <translation>Einen ersten Termin vereinbaren</translation>
    </message>
    <message>
        <source>Present the solution</source>
        <translation>Die Lösung präsentieren</translation>
    </message>
    <message>
        <source>Run the presentation or demo</source>
        <translation>Präsentation oder Vorführung halten</translation>
    </message>
    <message>
        <source>Price the project</source>
        <translation>Das Projekt kalkulieren</translation>
    </message>
    <message>
        <source>Handle objections</source>
        <translation>Einwände behandeln</translation>
    </message>
    <message>
        <source>Record the customer&apos;s objections and answers</source>
        <translation>Einwände des Kunden und Antworten festhalten</translation>
    </message>
    <message>
        <source>Close the sale</source>
        <translation>Den Abschluss machen</translation>
    </message>
    <message>
        <source>Attach the signed contract</source>
        <translation>Den unterschriebenen Vertrag anhängen</translation>
    </message>
    <message>
        <source>Follow up after the sale</source>
        <translation>Nach dem Verkauf nachfassen</translation>
    </message>
    <message>
        <source>Call to check satisfaction</source>
        <translation>Anrufen und Zufriedenheit erfragen</translation>
    </message>
    <message>
        <source>Ask for a referral or review</source>
        <translation>Um Empfehlung oder Bewertung bitten</translation>
    </message>
    <message>
        <source>Field B2B</source>
        <translation>Außendienst B2B</translation>
    </message>
    <message>
        <source>Eight steps for field sales to businesses.</source>
        <translation>Acht Schritte für den Außendienst bei Geschäftskunden.</translation>
    </message>
    <message>
        <source>Identify the right customer</source>
        <translation>Den richtigen Kunden finden</translation>
    </message>
    <message>
        <source>Confirm need, lasting interest and budget</source>
        <translation>Bedarf, Interesse und Budget bestätigen</translation>
    </message>
    <message>
        <source>Make contact</source>
        <translation>Kontakt aufnehmen</translation>
    </message>
    <message>
        <source>Reach the decision maker</source>
        <translation>Den Entscheider erreichen</translation>
    </message>
    <message>
        <source>Schedule a sales meeting</source>
        <translation>Termin vereinbaren</translation>
    </message>
    <message>
        <source>Book the meeting</source>
        <translation>Den Termin vereinbaren</translation>
    </message>
    <message>
        <source>Sales visit and needs analysis</source>
        <translation>Besuch und Bedarfsanalyse</translation>
    </message>
    <message>
        <source>Write up the needs analysis</source>
        <translation>Die Bedarfsanalyse aufschreiben</translation>
    </message>
    <message>
        <source>Check technical feasibility</source>
        <translation>Technische Machbarkeit prüfen</translation>
    </message>
    <message>
        <source>Prepare and send the offer</source>
        <translation>Angebot senden</translation>
    </message>
    <message>
        <source>Send the offer to the customer</source>
        <translation>Das Angebot an den Kunden senden</translation>
    </message>
    <message>
        <source>Follow up the offer</source>
        <translation>Beim Angebot nachfassen</translation>
    </message>
    <message>
        <source>Call the customer about the offer</source>
        <translation>Den Kunden zum Angebot anrufen</translation>
    </message>
    <message>
        <source>Negotiate</source>
        <translation>Verhandeln</translation>
    </message>
    <message>
        <source>Agree on price and terms</source>
        <translation>Preis und Bedingungen vereinbaren</translation>
    </message>
    <message>
        <source>Close and evaluate the outcome</source>
        <translation>Abschließen und auswerten</translation>
    </message>
    <message>
        <source>Record why the deal was won or lost</source>
        <translation>Festhalten, warum der Deal gewonnen oder verloren wurde</translation>
    </message>
    <message>
        <source>Inbound B2B</source>
        <translation>Inbound B2B</translation>
    </message>
    <message>
        <source>For customers who came to us: qualification replaces prospecting.</source>
        <translation>Für Kunden, die zu uns kamen: Qualifizierung statt Kundensuche.</translation>
    </message>
    <message>
        <source>Qualify the inbound request</source>
        <translation>Die Anfrage qualifizieren</translation>
    </message>
    <message>
        <source>Call back within one business day</source>
        <translation>Innerhalb eines Werktags zurückrufen</translation>
    </message>
    <message>
        <source>Run a needs analysis</source>
        <translation>Bedarfsanalyse durchführen</translation>
    </message>
    <message>
        <source>Outbound B2B</source>
        <translation>Outbound B2B</translation>
    </message>
    <message>
        <source>For customers we seek out by cold call or e-mail.</source>
        <translation>Für Kunden, die wir per Kaltakquise anrufen oder anschreiben.</translation>
    </message>
    <message>
        <source>Build the prospect list</source>
        <translation>Interessentenliste aufbauen</translation>
    </message>
    <message>
        <source>Cold call or e-mail the prospect</source>
        <translation>Kaltakquise per Anruf oder E-Mail</translation>
    </message>
    <message>
        <source>Log the first call</source>
        <translation>Den ersten Anruf erfassen</translation>
    </message>
    <message>
        <source>Short process</source>
        <translation>Kurzer Prozess</translation>
    </message>
    <message>
        <source>Four steps for small deals and software trials.</source>
        <translation>Vier Schritte für kleine Deals und Software-Tests.</translation>
    </message>
    <message>
        <source>Register the lead</source>
        <translation>Den Lead erfassen</translation>
    </message>
    <message>
        <source>Contact the customer</source>
        <translation>Den Kunden kontaktieren</translation>
    </message>
    <message>
        <source>Hold a meeting or teleconference</source>
        <translation>Termin oder Telefonkonferenz abhalten</translation>
    </message>
    <message>
        <source>Send a quote or start a trial</source>
        <translation>Angebot senden oder Test starten</translation>
    </message>
    <message>
        <source>Send the quote</source>
        <translation>Das Angebot senden</translation>
    </message>
    <message>
        <source>Finalise the contract</source>
        <translation>Den Vertrag abschließen</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview — %s</source>
        <translation>Vorschau — %s</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Im PDF-Betrachter öffnen</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Skip rows that are already there</source>
        <translation>Zeilen überspringen, die schon vorhanden sind</translation>
    </message>
    <message>
        <source>Merge them (fill empty fields of the existing lead)</source>
        <translation>Zusammenführen (leere Felder des vorhandenen Leads füllen)</translation>
    </message>
    <message>
        <source>Import them anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplikate:</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>Not imported columns: %s</source>
        <translation>Nicht importierte Spalten: %s</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>same as %s</source>
        <translation>wie %s</translation>
    </message>
    <message>
        <source>%d more in the report</source>
        <translation>%d weitere im Bericht</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>PriceListsDialog</name>
    <message>
        <source>Price lists</source>
        <translation>Preislisten</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>  — default</source>
        <translation>  — Standard</translation>
    </message>
    <message>
        <source>New price list</source>
        <translation>Neue Preisliste</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove the price list “%s”?</source>
        <translation>Die Preisliste „%s“ entfernen?</translation>
    </message>
</context>
<context>
    <name>PricingTab</name>
    <message>
        <source>Offer &amp;discount %</source>
        <translation>Angebots&amp;rabatt %</translation>
    </message>
    <message>
        <source>Discount &amp;reason</source>
        <translation>Rabatt&amp;grund</translation>
    </message>
    <message>
        <source>Price &amp;list</source>
        <translation>Preis&amp;liste</translation>
    </message>
    <message>
        <source>One-off payment</source>
        <translation>Einmalzahlung</translation>
    </message>
    <message>
        <source>Instalments, months:</source>
        <translation>Raten, Monate:</translation>
    </message>
    <message>
        <source>Leasing, months:</source>
        <translation>Leasing, Monate:</translation>
    </message>
    <message>
        <source>rate % p.a.</source>
        <translation>Zins % p. a.</translation>
    </message>
    <message>
        <source>residual %</source>
        <translation>Restwert %</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>MwSt. %</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Zusatzleistung</translation>
    </message>
    <message>
        <source>A monthly add-on such as an insurance or a service plan</source>
        <translation>Eine monatliche Zusatzleistung, etwa eine Versicherung oder ein Servicevertrag</translation>
    </message>
    <message>
        <source>Add add-on</source>
        <translation>Zusatzleistung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Needed above %s %%</source>
        <translation>Nötig über %s %%</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The offer discount</source>
        <translation>Der Angebotsrabatt</translation>
    </message>
    <message>
        <source>The leasing rate</source>
        <translation>Der Leasingzins</translation>
    </message>
    <message>
        <source>The residual value</source>
        <translation>Der Restwert</translation>
    </message>
    <message>
        <source>Add-on “%s”: price and tax must be numbers.</source>
        <translation>Zusatzleistung „%s“: Preis und Steuer müssen Zahlen sein.</translation>
    </message>
    <message>
        <source>%s must be a number.</source>
        <translation>%s muss eine Zahl sein.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;Tax rate %</source>
        <translation>&amp;Steuersatz %</translation>
    </message>
    <message>
        <source>C&amp;ost per unit</source>
        <translation>K&amp;osten pro Einheit</translation>
    </message>
    <message>
        <source>Cost c&amp;urrency</source>
        <translation>Kosten&amp;währung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Im Angebot</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>&amp;Preise</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>Preis hinzufügen</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>ProductsArea</name>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Price lists…</source>
        <translation>Preislisten…</translation>
    </message>
    <message>
        <source>Price (%s)</source>
        <translation>Preis (%s)</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Importing %s…</source>
        <translation>%s wird importiert…</translation>
    </message>
    <message>
        <source>Imported: %d new, %d updated products, %d prices.</source>
        <translation>Importiert: %d neue, %d aktualisierte Produkte, %d Preise.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Me</source>
        <extracomment>the person&apos;s name until they give theirs in the profile, written in their language when the database is created (lists show it; offers and e-mails leave it out)</extracomment>
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Welcome. Your name, e-mail and phone appear as owner of your records, as “Your contact” on offers and under your e-mails. You can change them later under Settings ▸ Your profile.</source>
        <translation>Willkommen. Ihr Name, Ihre E-Mail-Adresse und Telefonnummer erscheinen als Inhaber Ihrer Datensätze, als „Ihr Kontakt“ auf Angeboten und unter Ihren E-Mails. Sie können sie später unter Einstellungen ▸ Ihr Profil ändern.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>e.g. Anna Weber</source>
        <translation>z. B. Anna Weber</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>e.g. +49 40 123457, or 040 123457</source>
        <translation>z. B. +49 40 123457 oder 040 123457</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signatur</translation>
    </message>
    <message>
        <source>Closes your e-mails, e.g.
Anna Weber
Key Account Manager</source>
        <translation>Schließt Ihre E-Mails ab, z. B.
Anna Weber
Key Account Managerin</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>P&amp;hoto</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>Täglich (automatisch)</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von Ihnen angelegt</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>RecordWatch</name>
    <message>
        <source>%s changed this %s while you were editing.</source>
        <extracomment>who made the change, if the record&apos;s history says: (db, since) -&gt; a name or None</extracomment>
        <translation>%s hat diesen Datensatz (%s) geändert, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Ein Kollege</translation>
    </message>
    <message>
        <source>This %s was changed elsewhere in the window while you were editing.</source>
        <translation>Dieser Datensatz (%s) wurde an anderer Stelle im Fenster geändert, während Sie ihn bearbeitet haben.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message numerus="yes">
        <source>Double-click to list the %n record(s) behind this figure</source>
        <translation>
            <numerusform>Doppelklick listet den %n Datensatz hinter dieser Zahl</numerusform>
            <numerusform>Doppelklick listet die %n Datensätze hinter dieser Zahl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Per person who logged the work, by week (Monday to Sunday in the report&apos;s time zone). Calls: completed calls that started in the period; connects: calls someone answered (connected, meeting booked, not interested, call back later); meetings booked: calls with that outcome; calls per meeting = calls ÷ meetings booked. Meetings held: completed meetings and visits. Tasks done: tasks completed in the period by their assignee; overdue: open tasks due in the period whose due time has passed. Lead response: for leads first contacted in the period, hours from arrival to first contact (median).</source>
        <translation>Pro Person, die die Arbeit erfasst hat, nach Woche (Montag bis Sonntag in der Zeitzone des Berichts). Anrufe: abgeschlossene Anrufe, die im Zeitraum begannen; erreicht: Anrufe, bei denen jemand abnahm (erreicht, Termin vereinbart, kein Interesse, später zurückrufen); vereinbarte Termine: Anrufe mit diesem Ergebnis; Anrufe pro Termin = Anrufe ÷ vereinbarte Termine. Wahrgenommene Termine: abgeschlossene Termine und Besuche. Erledigte Aufgaben: im Zeitraum von der zuständigen Person erledigte Aufgaben; überfällig: offene, im Zeitraum fällige Aufgaben, deren Fälligkeit verstrichen ist. Lead-Reaktion: für im Zeitraum erstmals kontaktierte Leads die Stunden vom Eingang bis zum ersten Kontakt (Median).</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>Pro Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Calls and meetings per week</source>
        <translation>Anrufe und Termine pro Woche</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Vereinbarte Termine</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Calls per meeting</source>
        <translation>Anrufe pro Termin</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Termine wahrgenommen</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>Leads contacted</source>
        <translation>Kontaktierte Leads</translation>
    </message>
    <message>
        <source>Lead response, median hours</source>
        <translation>Lead-Reaktion, Median in Stunden</translation>
    </message>
    <message>
        <source>Open deals with at least one warning sign. Pushed back: the expected close date was moved later during the period (each move counts, from the deal&apos;s history events). Idle: no progress for longer than the stage&apos;s target days. Stuck: in the current stage for more than %1 × its target days. Days are counted to now.</source>
        <translation>Offene Deals mit mindestens einem Warnzeichen. Verschoben: das erwartete Abschlussdatum wurde im Zeitraum nach hinten verlegt (jede Verschiebung zählt, aus dem Verlauf des Deals). Ruhend: länger ohne Fortschritt als die Zieltage der Phase. Festgefahren: länger als %1 × die Zieltage in der aktuellen Phase. Tage werden bis jetzt gezählt.</translation>
    </message>
    <message>
        <source>Customers whose latest deal was won or lost at least the chosen number of months ago and with whom nobody has logged a call, meeting, e-mail or visit since: a satisfaction call or a referral for the won, a second chance for the lost. “Create call tasks” gives the deal&apos;s owner one call task per customer.</source>
        <translation>Kunden, deren letzter Deal vor mindestens der gewählten Zahl von Monaten gewonnen oder verloren wurde und mit denen seitdem niemand einen Anruf, Termin, eine E-Mail oder einen Besuch erfasst hat: ein Zufriedenheitsanruf oder eine Empfehlung bei den gewonnenen, eine zweite Chance bei den verlorenen. „Anrufaufgaben anlegen“ gibt der zuständigen Person des Deals eine Anrufaufgabe pro Kunde.</translation>
    </message>
    <message>
        <source>Slipping deals</source>
        <translation>Rutschende Deals</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Pushed back</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Days pushed</source>
        <translation>Tage verschoben</translation>
    </message>
    <message>
        <source>Days idle</source>
        <translation>Tage ohne Aktivität</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Tage in der Phase</translation>
    </message>
    <message>
        <source>The %1 deals pushed back most often and idle longest are listed here; the counts above cover all %2, and double-clicking one lists them all.</source>
        <translation>Hier stehen die %1 Deals, die am häufigsten verschoben wurden und am längsten ruhen; die Zahlen oben umfassen alle %2, ein Doppelklick auf eine listet sie alle auf.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Close date pushed back in the period</source>
        <translation>Abschlussdatum im Zeitraum verschoben</translation>
    </message>
    <message>
        <source>Idle beyond the stage&apos;s target days</source>
        <translation>Länger ruhend als die Zieltage der Phase</translation>
    </message>
    <message>
        <source>In the stage over %1 × its target days</source>
        <translation>Länger als %1 × die Zieltage in der Phase</translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation>Eines davon</translation>
    </message>
    <message>
        <source>Customers closed %1 or more months ago, not contacted since</source>
        <translation>Kunden, vor %1 oder mehr Monaten abgeschlossen, seitdem nicht kontaktiert</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>Keine Zahlen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Cohort funnel: the deals created in the period, per sales process. A deal has reached a stage when it entered that stage or any later one (a skipped stage counts as passed; moving back does not undo a stage reached). Next step = reached ÷ reached the stage before; cumulative = reached ÷ deals in the cohort. Period funnel: deals that entered each stage within the period, each deal once per stage (a move back into a stage is an entry). Time in stage, for the cohort: latest = the most recent stay, cumulative = all stays added up (a reopened deal&apos;s time counts again); an open stay runs until now. Leads: those received in the period and how many were contacted, qualified (SQL or converted), became a deal and were won.</source>
        <translation>Kohorten-Trichter: die im Zeitraum angelegten Deals, pro Vertriebsprozess. Ein Deal hat eine Phase erreicht, wenn er in diese oder eine spätere Phase eingetreten ist (eine übersprungene Phase gilt als durchlaufen; ein Zurückgehen macht eine erreichte Phase nicht rückgängig). Nächster Schritt = erreicht ÷ die Phase davor erreicht; kumuliert = erreicht ÷ Deals der Kohorte. Zeitraum-Trichter: Deals, die im Zeitraum in eine Phase eingetreten sind, jeder Deal einmal pro Phase (ein Zurückgehen in eine Phase ist ein Eintritt). Zeit in der Phase, für die Kohorte: letzter = der jüngste Aufenthalt, kumuliert = alle Aufenthalte zusammen (bei einem wieder geöffneten Deal zählt die Zeit erneut); ein offener Aufenthalt läuft bis jetzt. Leads: die im Zeitraum eingegangenen und wie viele kontaktiert, qualifiziert (SQL oder umgewandelt), zum Deal und gewonnen wurden.</translation>
    </message>
    <message>
        <source>Deals won or lost in the period (by their actual close date), credited to the person who closed them. Win rate = won ÷ (won + lost), by count and by value, with the number of closed deals (n). Values in the company currency at the rate of each close day; a deal with no rate is counted but left out of values. Average deal size = won value ÷ won deals. Cycle = days from creation to close, won and lost apart (median and mean). Velocity = open deals × win rate × average deal size ÷ average won cycle, per 30 days.</source>
        <translation>Im Zeitraum gewonnene oder verlorene Deals (nach tatsächlichem Abschlussdatum), der Person zugerechnet, die sie abgeschlossen hat. Gewinnquote = gewonnen ÷ (gewonnen + verloren), nach Anzahl und nach Wert, mit der Zahl der abgeschlossenen Deals (n). Werte in der Firmenwährung zum Kurs des jeweiligen Abschlusstags; ein Deal ohne Kurs wird gezählt, aber bei Werten ausgelassen. Durchschnittliche Dealgröße = gewonnener Wert ÷ gewonnene Deals. Zyklus = Tage von der Anlage bis zum Abschluss, gewonnene und verlorene getrennt (Median und Mittel). Geschwindigkeit = offene Deals × Gewinnquote × durchschnittliche Dealgröße ÷ durchschnittlicher Zyklus gewonnener Deals, pro 30 Tage.</translation>
    </message>
    <message>
        <source>Cohort funnel: %1</source>
        <translation>Kohorten-Trichter: %1</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>%1: cohort funnel (deals created in the period)</source>
        <translation>%1: Kohorten-Trichter (im Zeitraum angelegte Deals)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>%1: period funnel (stage entries within the period)</source>
        <translation>%1: Zeitraum-Trichter (Phaseneintritte im Zeitraum)</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>%1: days in stage (cohort)</source>
        <translation>%1: Tage in der Phase (Kohorte)</translation>
    </message>
    <message>
        <source>Latest stay, median</source>
        <translation>Letzter Aufenthalt, Median</translation>
    </message>
    <message>
        <source>Latest stay, mean</source>
        <translation>Letzter Aufenthalt, Mittel</translation>
    </message>
    <message>
        <source>Cumulative, median</source>
        <translation>Kumuliert, Median</translation>
    </message>
    <message>
        <source>Cumulative, mean</source>
        <translation>Kumuliert, Mittel</translation>
    </message>
    <message>
        <source>Leads received in the period</source>
        <translation>Im Zeitraum eingegangene Leads</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Of received</source>
        <translation>Von eingegangenen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Became a deal</source>
        <translation>Wurde ein Deal</translation>
    </message>
    <message>
        <source>Sales process</source>
        <translation>Vertriebsprozess</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>No lead (direct)</source>
        <translation>Kein Lead (direkt)</translation>
    </message>
    <message>
        <source>Per team</source>
        <translation>Pro Team</translation>
    </message>
    <message>
        <source>Per sales process</source>
        <translation>Pro Vertriebsprozess</translation>
    </message>
    <message>
        <source>Per source</source>
        <translation>Pro Quelle</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Win rate per rep (by count)</source>
        <translation>Gewinnquote pro Vertriebsmitarbeiter (nach Anzahl)</translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation>Gewinnquote %</translation>
    </message>
    <message>
        <source>n (closed)</source>
        <translation>n (abgeschlossen)</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Gewonnener Wert</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Verlorener Wert</translation>
    </message>
    <message>
        <source>Win rate by value</source>
        <translation>Gewinnquote nach Wert</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Durchschnittliche Dealgröße</translation>
    </message>
    <message>
        <source>Cycle won, median</source>
        <translation>Zyklus gewonnen, Median</translation>
    </message>
    <message>
        <source>Cycle won, mean</source>
        <translation>Zyklus gewonnen, Mittel</translation>
    </message>
    <message>
        <source>Cycle lost, median</source>
        <translation>Zyklus verloren, Median</translation>
    </message>
    <message>
        <source>Cycle lost, mean</source>
        <translation>Zyklus verloren, Mittel</translation>
    </message>
    <message>
        <source>Velocity per 30 days</source>
        <translation>Geschwindigkeit pro 30 Tage</translation>
    </message>
    <message>
        <source>Counts in the figure</source>
        <translation>Zählt in der Zahl</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount now</source>
        <translation>Betrag jetzt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Deals won or lost in the period (by close date, credited to who closed them) by the reason given, with their value in the company currency at the close day&apos;s rate; the competitor is the one recorded on a lost deal. Offers: those sent in the period and where they stand now (accepted, rejected with the reason, expired or still waiting). Days to acceptance run from sending to the customer&apos;s yes; the discount is the offer-wide discount of the version sent.</source>
        <translation>Im Zeitraum gewonnene oder verlorene Deals (nach Abschlussdatum, der abschließenden Person zugerechnet) nach angegebenem Grund, mit ihrem Wert in der Firmenwährung zum Kurs des Abschlusstags; der Wettbewerber ist der bei einem verlorenen Deal erfasste. Angebote: die im Zeitraum gesendeten und wo sie jetzt stehen (angenommen, mit Grund abgelehnt, abgelaufen oder noch offen). Die Tage bis zur Annahme laufen vom Senden bis zum Ja des Kunden; der Rabatt ist der Angebotsrabatt der gesendeten Version.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keiner erfasst</translation>
    </message>
    <message>
        <source>Won: reasons</source>
        <translation>Gewonnen: Gründe</translation>
    </message>
    <message>
        <source>Lost: reasons</source>
        <translation>Verloren: Gründe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
    <message>
        <source>Lost to competitors</source>
        <translation>An Wettbewerber verloren</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Verlorene Deals</translation>
    </message>
    <message>
        <source>Why deals were lost</source>
        <translation>Warum Deals verloren gingen</translation>
    </message>
    <message>
        <source>Offers sent in the period</source>
        <translation>Im Zeitraum gesendete Angebote</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Warten auf Antwort</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Accepted offers: %1 days to acceptance (median), %2 (mean); average discount given %3.</source>
        <translation>Angenommene Angebote: %1 Tage bis zur Annahme (Median), %2 (Mittelwert); gewährter Rabatt im Schnitt %3.</translation>
    </message>
    <message>
        <source>No offer sent in the period was accepted yet.</source>
        <translation>Noch keines der im Zeitraum gesendeten Angebote wurde angenommen.</translation>
    </message>
    <message>
        <source>Offers rejected: reasons</source>
        <translation>Abgelehnte Angebote: Gründe</translation>
    </message>
    <message>
        <source>Accepted offers</source>
        <translation>Angenommene Angebote</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Days to acceptance, median</source>
        <translation>Tage bis zur Annahme, Median</translation>
    </message>
    <message>
        <source>Days to acceptance, mean</source>
        <translation>Tage bis zur Annahme, Mittelwert</translation>
    </message>
    <message>
        <source>Discount given, mean %</source>
        <translation>Gewährter Rabatt, Mittelwert in %</translation>
    </message>
    <message>
        <source>Accepted offers (n)</source>
        <translation>Angenommene Angebote (Anzahl)</translation>
    </message>
    <message>
        <source>Open deals by stage, counted in their own currency: value is the sum of amounts, weighted value the sum of amount × the stage&apos;s win probability. Currencies are never added together; the converted table uses only the exchange rates the company set, at the rate in force on the report&apos;s day, and names any deal it could not convert. With “as of”, each deal&apos;s stage, amount, currency, owner and status are rebuilt from its history events at the end of that day.</source>
        <translation>Offene Deals nach Phase, in ihrer eigenen Währung gezählt: Wert ist die Summe der Beträge, gewichteter Wert die Summe von Betrag × Gewinnwahrscheinlichkeit der Phase. Währungen werden nie zusammengezählt; die umgerechnete Tabelle nutzt nur die Wechselkurse, die die Firma festgelegt hat, zum am Berichtstag gültigen Kurs, und nennt jeden Deal, den sie nicht umrechnen konnte. Mit „Stand“ werden Phase, Betrag, Währung, Zuständigkeit und Status jedes Deals aus seinem Verlauf zum Ende dieses Tages wiederhergestellt.</translation>
    </message>
    <message>
        <source>Per expected close month of the period, in the company currency: Won counts deals won in the month, credited to the close date and the person who closed (converted at the rate of the close day). Commit, Best case and Pipeline are open deals expected to close in the month, by forecast category (the stage&apos;s unless the deal overrides it), cumulative: Best case includes Commit and Pipeline includes both; Omitted deals are left out. Weighted is amount × stage probability over all open deals. Forecast = Won + Commit, set against the quota a manager set for the rep and month. Open deals convert at the rate in force on the report&apos;s day.</source>
        <translation>Pro erwartetem Abschlussmonat des Zeitraums, in der Firmenwährung: Gewonnen zählt die im Monat gewonnenen Deals, dem Abschlussdatum und der abschließenden Person zugerechnet (zum Kurs des Abschlusstags umgerechnet). Zusage, Best Case und Pipeline sind offene Deals mit erwartetem Abschluss im Monat, nach Prognosekategorie (der der Phase, sofern der Deal keine eigene hat), kumuliert: Best Case enthält Zusage, Pipeline beide; ausgelassene Deals zählen nicht. Gewichtet ist Betrag × Wahrscheinlichkeit der Phase über alle offenen Deals. Prognose = Gewonnen + Zusage, gegenübergestellt der Quote, die eine Führungskraft für die Person und den Monat festgelegt hat. Offene Deals werden zum am Berichtstag gültigen Kurs umgerechnet.</translation>
    </message>
    <message>
        <source>Unknown stage</source>
        <translation>Unbekannte Phase</translation>
    </message>
    <message>
        <source>Open deals by stage, per currency</source>
        <translation>Offene Deals nach Phase, pro Währung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Gewichteter Wert</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>%1: open pipeline by stage (%2)</source>
        <translation>%1: offene Pipeline nach Phase (%2)</translation>
    </message>
    <message>
        <source>Open deals by stage in %1</source>
        <translation>Offene Deals nach Phase in %1</translation>
    </message>
    <message>
        <source>Forecast per rep</source>
        <translation>Prognose pro Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Forecast per month</source>
        <translation>Prognose pro Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Forecast against quota (%1)</source>
        <translation>Prognose gegenüber Quote (%1)</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Forecast (won + commit)</source>
        <translation>Prognose (gewonnen + Zusage)</translation>
    </message>
    <message>
        <source>Won of quota</source>
        <translation>Gewonnen von Quote</translation>
    </message>
    <message>
        <source>Forecast of quota</source>
        <translation>Prognose von Quote</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>no lead (direct)</source>
        <translation>kein Lead (direkt)</translation>
    </message>
    <message>
        <source>%1 deals only</source>
        <translation>nur Deals in %1</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message>
        <source>Not converted to %1: %2: the company has set no exchange rate in force on their close day. They are counted in the table per currency.</source>
        <translation>Nicht in %1 umgerechnet: %2: Die Firma hat für ihren Abschlusstag keinen gültigen Wechselkurs festgelegt. Sie sind in der Tabelle je Währung gezählt.</translation>
    </message>
    <message>
        <source>Not converted to %1: %2: the company has set no exchange rate in force on %3. They are counted in the table per currency.</source>
        <translation>Nicht in %1 umgerechnet: %2: Die Firma hat für den %3 keinen gültigen Wechselkurs festgelegt. Sie sind in der Tabelle je Währung gezählt.</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>So wird gerechnet</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No records in this period.</source>
        <translation>Keine Datensätze in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>How it is computed</source>
        <translation>Wie es berechnet wird</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All sales processes</source>
        <translation>Alle Vertriebsprozesse</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>No lead (direct)</source>
        <translation>Kein Lead (direkt)</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source> months ago</source>
        <translation> Monate zurück</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Excel (XLSX)…</source>
        <translation>Excel (XLSX)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Quotas and rates…</source>
        <translation>Quoten und Kurse…</translation>
    </message>
    <message>
        <source>Create call tasks</source>
        <translation>Anrufaufgaben anlegen</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Report written to %s</source>
        <translation>Bericht geschrieben nach %s</translation>
    </message>
    <message>
        <source>No customers to call.</source>
        <translation>Keine Kunden anzurufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n call task(s) created.</source>
        <translation>
            <numerusform>%n Anrufaufgabe angelegt.</numerusform>
            <numerusform>%n Anrufaufgaben angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. The database as it is now is kept as a backup first (or, if it is damaged, set aside), so a restore can be undone by restoring again.</source>
        <translation>Wählen Sie die Sicherung, die zurückgeholt werden soll. Die Datenbank, wie sie jetzt ist, wird zuerst als Sicherung aufbewahrt (oder, wenn sie beschädigt ist, beiseitegelegt), sodass sich eine Wiederherstellung durch erneutes Wiederherstellen rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Sicherungen werden gesucht…</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Auswahl wiederherstellen</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n Sicherung in %1</numerusform>
            <numerusform>%n Sicherungen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups of this database yet. Choose another file.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherungen. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The backups could not be listed: %1</source>
        <translation>Die Sicherungen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Restore from file</source>
        <translation>Aus Datei wiederherstellen</translation>
    </message>
    <message>
        <source>Workbench database (*.sqlite);;All files (*)</source>
        <translation>Workbench-Datenbank (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Your IT department set this laptop&apos;s team server to %1; it signs in there only.</source>
        <translation>Ihre IT-Abteilung hat %1 als Team-Server dieses Laptops festgelegt; er meldet sich nur dort an.</translation>
    </message>
    <message>
        <source>This laptop is not signed in to a team server: workbench sync login --server URL --user NAME</source>
        <translation>Dieser Laptop ist bei keinem Team-Server angemeldet: workbench sync login --server URL --user NAME</translation>
    </message>
    <message>
        <source>The sign-in for %1 is not in this computer&apos;s keyring any more; sign in again with workbench sync login.</source>
        <translation>Die Anmeldung für %1 ist nicht mehr im Schlüsselbund dieses Computers; melden Sie sich mit workbench sync login erneut an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address (https://host[:port]).</source>
        <extracomment>A pull from the start of this many rows or more, or one of BULK_ROWS rows or more from anywhere, drops the synced tables&apos; secondary indexes and the search triggers and builds them once at the end (store.bulk_load): for a first sync of a million rows that is a fraction of keeping them current row by row. Below that (or with most of the rows already here) rebuilding every index would cost more than it saves. Rows written in one transaction while pulling (a first sync: PAGES_ROWS / MAX_PAGE pages per commit). Its writes hold the database&apos;s write lock for about a second.</extracomment>
        <translation>„%1“ ist keine Serveradresse (https://host[:port]).</translation>
    </message>
    <message>
        <source>This laptop is not signed in to a team server.</source>
        <translation>Dieser Laptop ist bei keinem Team-Server angemeldet.</translation>
    </message>
    <message>
        <source>The team&apos;s server at %1 did not answer in time.</source>
        <translation>Der Server des Teams unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The team&apos;s server at %1 can&apos;t be reached (%2).</source>
        <translation>Der Server des Teams unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The team&apos;s server at %1 refused the sign-in: %2</source>
        <translation>Der Server des Teams unter %1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The team&apos;s server at %1 had a problem (%2): %3</source>
        <translation>Der Server des Teams unter %1 hatte ein Problem (%2): %3</translation>
    </message>
    <message>
        <source>The team&apos;s server refused the request (%1): %2</source>
        <translation>Der Server des Teams hat die Anfrage abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>einer anderen Person</translation>
    </message>
    <message>
        <source>This database is synced as %1 with %2. Sign in as %1 there, or use a new database for another account (workbench --db NEW.sqlite).</source>
        <translation>Diese Datenbank wird als %1 mit %2 synchronisiert. Melden Sie sich dort als %1 an, oder verwenden Sie für ein anderes Konto eine neue Datenbank (workbench --db NEU.sqlite).</translation>
    </message>
    <message>
        <source>That record is not on this laptop any more.</source>
        <translation>Dieser Datensatz ist nicht mehr auf diesem Laptop.</translation>
    </message>
    <message>
        <source>That conflict is not on this laptop.</source>
        <translation>Dieser Konflikt ist nicht auf diesem Laptop.</translation>
    </message>
    <message>
        <source>Choose the record to keep from the group.</source>
        <translation>Wählen Sie den zu behaltenden Datensatz aus der Gruppe.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Wählen Sie zwei verschiedene Datensätze zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Both records must exist and not be deleted.</source>
        <translation>Beide Datensätze müssen vorhanden und dürfen nicht gelöscht sein.</translation>
    </message>
    <message>
        <source>An account merges only with an account, a contact with a contact.</source>
        <translation>Ein Kunde lässt sich nur mit einem Kunden zusammenführen, ein Kontakt nur mit einem Kontakt.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>After a local change, wait this long for more before syncing (typing, a burst of moves). A long poll is held this long by the server. At quit, unsent changes get this long to leave.</extracomment>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) no longer shared with you left this laptop.</source>
        <translation>
            <numerusform>%1 Datensatz, der nicht mehr mit Ihnen geteilt wird, wurde von diesem Laptop entfernt.</numerusform>
            <numerusform>%1 Datensätze, die nicht mehr mit Ihnen geteilt werden, wurden von diesem Laptop entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s) refused by the team&apos;s server (File &gt; Team sync &gt; Refused changes).</source>
        <translation>
            <numerusform>%1 Änderung vom Server des Teams abgelehnt (Datei &gt; Team-Synchronisierung &gt; Abgelehnte Änderungen).</numerusform>
            <numerusform>%1 Änderungen vom Server des Teams abgelehnt (Datei &gt; Team-Synchronisierung &gt; Abgelehnte Änderungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>Sende %1 von %2…</translation>
    </message>
    <message>
        <source>Receiving %1 of %2…</source>
        <translation>Empfange %1 von %2…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %1 change(s) will be sent when you&apos;re back online</source>
        <translation>
            <numerusform>Offline: %1 Änderung wird gesendet, sobald Sie wieder online sind</numerusform>
            <numerusform>Offline: %1 Änderungen werden gesendet, sobald Sie wieder online sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: your changes will be sent when you&apos;re back online</source>
        <translation>Offline: Ihre Änderungen werden gesendet, sobald Sie wieder online sind</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%1 waiting</source>
        <translation>
            <numerusform>%1 Änderung wartet</numerusform>
            <numerusform>%1 Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message>
        <source>Synced %1 min ago</source>
        <translation>Vor %1 Min. synchronisiert</translation>
    </message>
    <message>
        <source>Synced %1 h ago</source>
        <translation>Vor %1 Std. synchronisiert</translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation>Synchronisiert am %1</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Team sync</source>
        <translation>Team-Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>K&amp;onto</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation>&amp;Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>D&amp;uplikate</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Your data stays on this computer and works offline; signed in, your changes go to the team&apos;s server and your colleagues&apos; come back whenever you are online. The sign-in is kept in the system keyring.</source>
        <translation>Ihre Daten bleiben auf diesem Computer und funktionieren offline; angemeldet gehen Ihre Änderungen an den Server des Teams, und die Ihrer Kollegen kommen zurück, sobald Sie online sind. Die Anmeldung wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Address set by your IT department.</source>
        <translation>Adresse von Ihrer IT-Abteilung festgelegt.</translation>
    </message>
    <message>
        <source> Only IT can change it.</source>
        <translation> Nur die IT kann sie ändern.</translation>
    </message>
    <message>
        <source>Enter the server, your user name and your password.</source>
        <translation>Geben Sie den Server, Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>This laptop holds %s made before signing in. They stay here and are uploaded to the team as yours; the team&apos;s pipelines, reason lists and people replace this laptop&apos;s own. Customers entered both here and by a colleague are listed as duplicates to merge. Click Sign in again to go ahead.</source>
        <translation>Dieser Laptop enthält %s, die vor der Anmeldung angelegt wurden. Sie bleiben hier und werden als Ihre an das Team hochgeladen; die Vertriebsprozesse, Grundlisten und Personen des Teams ersetzen die eigenen dieses Laptops. Kunden, die hier und von einem Kollegen erfasst wurden, werden als zusammenzuführende Duplikate aufgeführt. Klicken Sie erneut auf Anmelden, um fortzufahren.</translation>
    </message>
    <message>
        <source>Sign &amp;in and upload</source>
        <translation>&amp;Anmelden und hochladen</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Vertriebsleitung</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3, team %4).</source>
        <translation>Angemeldet bei %1 als %2 (%3, Team %4).</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation>Angemeldet bei %1 als %2 (%3).</translation>
    </message>
    <message>
        <source>Not signed in: this laptop works on its own.</source>
        <translation>Nicht angemeldet: dieser Laptop arbeitet für sich.</translation>
    </message>
    <message>
        <source>%1 of %2 · about %3 s left</source>
        <translation>%1 von %2 · noch etwa %3 s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Behaltener Wert</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>Deren Wert &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Restore mine</source>
        <translation>Meinen Wert &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Your values</source>
        <translation>Ihre Werte</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>The team&apos;s server did not accept these changes; the record shows the team&apos;s version again and your values are kept here. Ask a manager for changes to the team&apos;s settings.</source>
        <translation>Der Server des Teams hat diese Änderungen nicht angenommen; der Datensatz zeigt wieder die Version des Teams, und Ihre Werte bleiben hier erhalten. Bitten Sie die Vertriebsleitung um Änderungen an den Einstellungen des Teams.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Keep this one, merge the others into it</source>
        <translation>&amp;Diesen behalten, die anderen hineinführen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2”: %3 copies</source>
        <translation>
            <numerusform>%1 „%2“: %3 Kopie</numerusform>
            <numerusform>%1 „%2“: %3 Kopien</numerusform>
        </translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)</source>
        <translation>D&amp;uplikate (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Konflikte (%1)</translation>
    </message>
    <message>
        <source>&amp;Refused changes (%1)</source>
        <translation>&amp;Abgelehnte Änderungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 deal(s)</source>
        <translation>
            <numerusform>%1 Deal</numerusform>
            <numerusform>%1 Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 account(s)</source>
        <translation>
            <numerusform>%1 Kunde</numerusform>
            <numerusform>%1 Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 contact(s)</source>
        <translation>
            <numerusform>%1 Kontakt</numerusform>
            <numerusform>%1 Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lead(s)</source>
        <translation>
            <numerusform>%1 Lead</numerusform>
            <numerusform>%1 Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 call(s) and meeting(s)</source>
        <translation>
            <numerusform>%1 Anruf oder Termin</numerusform>
            <numerusform>%1 Anrufe und Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 task(s)</source>
        <translation>
            <numerusform>%1 Aufgabe</numerusform>
            <numerusform>%1 Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 offer(s)</source>
        <translation>
            <numerusform>%1 Angebot</numerusform>
            <numerusform>%1 Angebote</numerusform>
        </translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %1 record(s) now point at the one you kept.</source>
        <translation>
            <numerusform>Zusammengeführt: %1 Datensatz verweist jetzt auf den behaltenen.</numerusform>
            <numerusform>Zusammengeführt: %1 Datensätze verweisen jetzt auf den behaltenen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same customer entered on two laptops (or by two colleagues) before they synced. Pick the copy to keep: the others&apos; deals, contacts, calls and offers move to it and the others are deleted, on every laptop.</source>
        <translation>Derselbe Kunde wurde auf zwei Laptops (oder von zwei Kollegen) erfasst, bevor sie synchronisiert haben. Wählen Sie die Kopie, die bleiben soll: Deals, Kontakte, Anrufe und Angebote der anderen wandern zu ihr, und die anderen werden gelöscht, auf jedem Laptop.</translation>
    </message>
    <message>
        <source>No duplicate customers.</source>
        <translation>Keine doppelten Kunden.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>ein Kollege</translation>
    </message>
    <message>
        <source>Each line is a value of yours that a colleague&apos;s later change replaced. Keep theirs, or restore yours (a new change that every laptop receives).</source>
        <translation>Jede Zeile ist ein Wert von Ihnen, den eine spätere Änderung eines Kollegen ersetzt hat. Behalten Sie dessen Wert oder stellen Sie Ihren wieder her (eine neue Änderung, die jeder Laptop erhält).</translation>
    </message>
    <message>
        <source>No conflicts: nothing of yours was replaced.</source>
        <translation>Keine Konflikte: nichts von Ihnen wurde ersetzt.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Team sync (click for details)</source>
        <translation>Team-Synchronisierung (klicken für Details)</translation>
    </message>
    <message>
        <source>The same customer entered twice: merge them</source>
        <translation>Derselbe Kunde wurde doppelt erfasst: zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>%1 conflict(s)</source>
        <translation>
            <numerusform>%1 Konflikt</numerusform>
            <numerusform>%1 Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 duplicate customer(s)</source>
        <translation>
            <numerusform>%1 doppelter Kunde</numerusform>
            <numerusform>%1 doppelte Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Quotas and exchange rates</source>
        <translation>Quoten und Wechselkurse</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>e.g. 0.92</source>
        <translation>z. B. 0,92</translation>
    </message>
    <message>
        <source>Set rate</source>
        <translation>Kurs festlegen</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quoten</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Monthly target of won value in %s. Reports set won deals against it.</source>
        <translation>Monatliches Ziel für gewonnenen Wert in %s. Berichte stellen gewonnene Deals dem gegenüber.</translation>
    </message>
    <message numerus="yes">
        <source>%n quota(s) saved.</source>
        <translation>
            <numerusform>%n Quote gespeichert.</numerusform>
            <numerusform>%n Quoten gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the rate, e.g. 0.92.</source>
        <translation>Geben Sie den Kurs ein, z. B. 0,92.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Termin mit %1</translation>
    </message>
</context>
<context>
    <name>TermsTab</name>
    <message>
        <source>Valid &amp;until</source>
        <translation>Gültig &amp;bis</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Schluss</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Lieferbedingungen</translation>
    </message>
    <message>
        <source>Insert template…</source>
        <translation>Vorlage einfügen…</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Colour &amp;scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Moved from “%1” to “%2”</source>
        <translation>Von „%1“ nach „%2“ verschoben</translation>
    </message>
    <message>
        <source>Deal created in “%1”</source>
        <translation>Deal in „%1“ angelegt</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Deal angelegt</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Deal gewonnen</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Deal verloren</translation>
    </message>
    <message>
        <source>Deal reopened</source>
        <translation>Deal wieder geöffnet</translation>
    </message>
    <message>
        <source>Shared with a colleague</source>
        <translation>Mit einem Kollegen geteilt</translation>
    </message>
    <message>
        <source>No longer shared</source>
        <translation>Nicht mehr geteilt</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation>Zuständigkeit geändert</translation>
    </message>
    <message>
        <source>Value changed</source>
        <translation>Wert geändert</translation>
    </message>
    <message>
        <source>Expected close changed</source>
        <translation>Voraussichtlicher Abschluss geändert</translation>
    </message>
    <message>
        <source>Forecast category changed</source>
        <translation>Prognose geändert</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Angaben bearbeitet</translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation>Angebot gesendet</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Angebot angenommen</translation>
    </message>
    <message>
        <source>Offer rejected</source>
        <translation>Angebot abgelehnt</translation>
    </message>
    <message>
        <source>(planned)</source>
        <translation>(geplant)</translation>
    </message>
    <message>
        <source>Follows the stage</source>
        <translation>Wie die Phase vorgibt</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <source>%1 — competitor: %2</source>
        <translation>%1 — Wettbewerber: %2</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Follow up offer %1</source>
        <translation>Angebot %1 nachfassen</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet %1</translation>
    </message>
</context>
<context>
    <name>TodayArea</name>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Wer und wo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>once, when the list has first been painted with its rows (the start is over then)</extracomment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Anruf erfassen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Export meetings…</source>
        <translation>Termine exportieren…</translation>
    </message>
    <message>
        <source>All your meetings in a date range as an .ics file (Ctrl+E: the selected one)</source>
        <translation>Alle Ihre Termine in einem Zeitraum als .ics-Datei (Strg+E: der ausgewählte)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Export meeting to calendar</source>
        <translation>Termin in den Kalender exportieren</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Die Nummer anrufen</translation>
    </message>
    <message>
        <source>Loading Today failed: %s</source>
        <translation>Laden von Heute fehlgeschlagen: %s</translation>
    </message>
    <message>
        <source>%1 h median</source>
        <translation>%1 h Median</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Vereinbarte Termine</translation>
    </message>
    <message>
        <source>Calls per meeting</source>
        <translation>Anrufe pro Termin</translation>
    </message>
    <message>
        <source>Lead response</source>
        <translation>Lead-Reaktion</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Today, %s</source>
        <translation>Heute, %s</translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation>Termine heute</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Delegated to you by colleagues</source>
        <translation>Von Kollegen an Sie delegiert</translation>
    </message>
    <message>
        <source>New leads waiting for first contact</source>
        <translation>Neue Leads, die auf den Erstkontakt warten</translation>
    </message>
    <message>
        <source> (%d more in Leads)</source>
        <translation> (%d weitere unter Leads)</translation>
    </message>
    <message>
        <source>Offers sent without follow-up</source>
        <translation>Gesendete Angebote ohne Nachfassen</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier ist nichts.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Click to call</source>
        <translation>Klicken zum Anrufen</translation>
    </message>
    <message>
        <source>Not contacted for more than two business days</source>
        <translation>Seit mehr als zwei Arbeitstagen nicht kontaktiert</translation>
    </message>
    <message>
        <source>Not contacted for more than one business day</source>
        <translation>Seit mehr als einem Arbeitstag nicht kontaktiert</translation>
    </message>
    <message>
        <source>Select a meeting to export it.</source>
        <translation>Wählen Sie einen Termin, um ihn zu exportieren.</translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation>Termin exportieren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>Termine exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) exported to %1</source>
        <translation>
            <numerusform>%n Termin exportiert nach %1</numerusform>
            <numerusform>%n Termine exportiert nach %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting exported to %s</source>
        <translation>Termin exportiert nach %s</translation>
    </message>
    <message>
        <source>Done: %s</source>
        <translation>Erledigt: %s</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Discount %s</source>
        <translation>Rabatt %s</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Tax %s</source>
        <translation>MwSt. %s</translation>
    </message>
    <message>
        <source>Optional items (net)</source>
        <translation>Optionale Positionen (netto)</translation>
    </message>
    <message>
        <source>/month</source>
        <translation>/Monat</translation>
    </message>
    <message>
        <source>%d instalments</source>
        <translation>%d Raten</translation>
    </message>
    <message>
        <source>Leasing %d months</source>
        <translation>Leasing %d Monate</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Zusatzleistungen</translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <source>Due now</source>
        <extracomment>how long before a due time the reminder appears</extracomment>
        <translation>Jetzt fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n Eintrag fällig</numerusform>
            <numerusform>%n Einträge fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnderneathBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Show the record as it is now; what you typed here is dropped</source>
        <translation>Den Datensatz so zeigen, wie er jetzt ist; was Sie hier eingegeben haben, wird verworfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Keep what you typed; the fields you did not touch show the new values</source>
        <translation>Behalten, was Sie eingegeben haben; die Felder, die Sie nicht angefasst haben, zeigen die neuen Werte</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>pc</source>
        <translation>Stk.</translation>
    </message>
</context>
<context>
    <name>WorkingDaysDialog</name>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>New leads should be contacted within one business day (amber after one, red after two). Days not ticked here don&apos;t count.</source>
        <translation>Neue Leads sollten innerhalb eines Arbeitstags kontaktiert werden (gelb nach einem, rot nach zwei). Nicht angehakte Tage zählen nicht.</translation>
    </message>
</context>
<context>
    <name>_RangeDialog</name>
    <message>
        <source>Export meetings to a calendar file</source>
        <translation>Termine in eine Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To (including)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
</context>
</TS>
