<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessRequestDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="+64" />
        <source>Choose a folder for the information</source>
        <translation>Ordner für die Auskunft wählen</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Information for the person</source>
        <translation>Auskunft für die Person</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Information for the person (Art. 15 GDPR)</source>
        <translation>Auskunft für die Person (Art. 15 DSGVO)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Everyone may ask which data the centre holds about them. The answer is due within one month. It is created here as a PDF for the person and a JSON file with the same data; the request is then marked as answered.</source>
        <translation>Jede Person darf fragen, welche Daten der Treff über sie gespeichert hat. Die Antwort ist innerhalb eines Monats fällig. Sie wird hier als PDF für die Person und als JSON-Datei mit denselben Daten erstellt; die Anfrage gilt dann als beantwortet.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request &amp;received on:</source>
        <translation>Anfrage &amp;eingegangen am:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Answer due by:</source>
        <translation>Antwort fällig bis:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Record request only</source>
        <translation>Anfrage nur &amp;vermerken</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note the request now and create the information later; the overview shows its deadline.</source>
        <translation>Die Anfrage jetzt vermerken und die Auskunft später erstellen; die Übersicht zeigt die Frist.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Create information…</source>
        <translation>Auskunft &amp;erstellen…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+36" />
        <source>A request received on {date} is open; creating the information answers it.</source>
        <translation>Eine Anfrage vom {date} ist offen; mit der Auskunft wird sie beantwortet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No request of this person is open.</source>
        <translation>Von dieser Person ist keine Anfrage offen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{date} (overdue)</source>
        <translation>{date} (überfällig)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The request is recorded. Please answer it by {date}.</source>
        <translation>Die Anfrage ist vermerkt. Bitte beantworten Sie sie bis zum {date}.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The information has been created and the request is marked as answered.</source>
        <translation>Die Auskunft ist erstellt, und die Anfrage ist als beantwortet vermerkt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PDF for the person: {pdf}</source>
        <translation>PDF für die Person: {pdf}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data copy (JSON): {json}</source>
        <translation>Datenkopie (JSON): {json}</translation>
    </message>
</context>
<context>
    <name>ActionItemEditor</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="+900" />
        <source>New action item</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+8" />
        <source>e.g. Ask the city about the street party</source>
        <translation>z. B. bei der Stadt wegen des Straßenfests nachfragen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Due by</source>
        <translation>&amp;Erledigen bis</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Agenda &amp;item:</source>
        <translation>&amp;TOP:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By when:</source>
        <translation>Bis wann:</translation>
    </message>
</context>
<context>
    <name>ActionItemsTab</name>
    <message>
        <location line="+187" />
        <source>&amp;New action item…</source>
        <translation>&amp;Neue Aufgabe …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Change…</source>
        <translation>&amp;Ändern …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+52" />
        <source>Mark as d&amp;one</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="-42" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due by</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{date} (overdue)</source>
        <translation>{date} (überfällig)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Mark as &amp;open</source>
        <translation>Wieder &amp;offen</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Delete the action item “{text}”?</source>
        <translation>Die Aufgabe „{text}“ löschen?</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="+120" />
        <source>Item</source>
        <translation>TOP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Topic</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presenter</source>
        <translation>Vortragende(r)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="+129" />
        <location line="+12" />
        <source>Funding application</source>
        <translation>Förderantrag</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Save application as PDF</source>
        <translation>Antrag als PDF speichern</translation>
    </message>
    <message>
        <location line="+68" />
        <source>No minus here: “{text}”. Amounts in the plan are positive.</source>
        <translation>Hier kein Minus: „{text}“. Beträge im Plan sind positiv.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{text}” has more than two decimal places; write e.g. 12,50.</source>
        <translation>„{text}“ hat mehr als zwei Nachkommastellen; schreiben Sie z. B. 12,50.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{text}” is unclear: a thousand is written 1.234, one euro and a bit 1,23.</source>
        <translation>„{text}“ ist nicht eindeutig: tausend schreibt man 1.234, einen Euro und etwas 1,23.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{text}” is not an amount of money; write e.g. 1.234,50.</source>
        <translation>„{text}“ ist kein Geldbetrag; schreiben Sie z. B. 1.234,50.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No minus here: “{text}”. The quantity is positive.</source>
        <translation>Hier kein Minus: „{text}“. Die Menge ist positiv.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{text}” has more than three decimal places.</source>
        <translation>„{text}“ hat mehr als drei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{text}” is not a number; write e.g. 2 or 2,5.</source>
        <translation>„{text}“ ist keine Zahl; schreiben Sie z. B. 2 oder 2,5.</translation>
    </message>
    <message>
        <location line="+596" />
        <source>the grant at most {rate} of the costs</source>
        <translation>Förderung höchstens {rate} der Kosten</translation>
    </message>
    <message>
        <location line="+6" />
        <source>own share at least {share}</source>
        <translation>Eigenanteil mindestens {share}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>grant up to {amount}</source>
        <translation>Förderung bis {amount}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>volunteer hours count {rate} each</source>
        <translation>Ehrenamtsstunden zählen je {rate}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{programme}: {rules}.</source>
        <translation>{programme}: {rules}.</translation>
    </message>
    <message>
        <location line="+642" />
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Register: {register}</source>
        <translation>Register: {register}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Tax exemption notice of {date}</source>
        <translation>Freistellungsbescheid vom {date}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Authorised signatories: {names}</source>
        <translation>Vertretungsberechtigt: {names}</translation>
    </message>
    <message>
        <location line="+545" />
        <source>You may read this application, not change it.</source>
        <translation>Sie können diesen Antrag lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The application is “{status}” and no longer changed here. To change it again, take it back to draft on the Funding applications page.</source>
        <translation>Der Antrag ist „{status}“ und wird hier nicht mehr geändert. Um ihn wieder zu bearbeiten, setzen Sie ihn auf der Seite Förderanträge zurück auf Entwurf.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Project</source>
        <translation>&amp;Vorhaben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Application &amp;text</source>
        <translation>Antragste&amp;xt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cost and &amp;financing plan</source>
        <translation>Kosten- und &amp;Finanzierungsplan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Attachments</source>
        <translation>&amp;Anlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chec&amp;ks</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Save as &amp;PDF…</source>
        <translation>Als P&amp;DF…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Funding application: {title}</source>
        <translation>Förderantrag: {title}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Chec&amp;ks ({summary})</source>
        <translation>&amp;Prüfung ({summary})</translation>
    </message>
    <message>
        <location line="+105" />
        <location line="+105" />
        <source>Project</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <location line="-104" />
        <location line="+105" />
        <source>Cost and financing plan</source>
        <translation>Kosten- und Finanzierungsplan</translation>
    </message>
    <message>
        <location line="-98" />
        <source>Unsaved changes ({tabs}) are not in the PDF; it shows the application as saved. Make the PDF anyway?</source>
        <translation>Nicht gespeicherte Änderungen ({tabs}) stehen nicht im PDF; es zeigt den gespeicherten Stand. Trotzdem als PDF speichern?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The application still has 1 error. Export it as a draft anyway?</source>
        <translation>Der Antrag hat noch 1 Fehler. Trotzdem als Entwurf exportieren?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The application still has {count} errors. Export it as a draft anyway?</source>
        <translation>Der Antrag hat noch {count} Fehler. Trotzdem als Entwurf exportieren?</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Saved as {file} (marked as a draft: the checks found errors).</source>
        <translation>Gespeichert als {file} (als Entwurf gekennzeichnet: die Prüfung hat Fehler gefunden).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved as {file}.</source>
        <translation>Gespeichert als {file}.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The text of “{section}” could not be saved (see the reason below the text). Close anyway and lose it?</source>
        <translation>Der Text von „{section}“ konnte nicht gespeichert werden (der Grund steht unter dem Text). Trotzdem schließen und ihn verlieren?</translation>
    </message>
    <message>
        <location line="+16" />
        <source>There are unsaved changes ({tabs}). Save them?</source>
        <translation>Es gibt nicht gespeicherte Änderungen ({tabs}). Speichern?</translation>
    </message>
</context>
<context>
    <name>ApplicationVersionsDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="+147" />
        <location line="+34" />
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="-29" />
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+23" />
        <source>Cost and financing plan</source>
        <translation>Kosten- und Finanzierungsplan</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Costs: {amount}</source>
        <translation>Kosten: {amount}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Other financing: {amount}</source>
        <translation>Weitere Finanzierung: {amount}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Requested: {amount}</source>
        <translation>Beantragt: {amount}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A name for this version (e.g. “before the board meeting”):</source>
        <translation>Ein Name für diese Version (z. B. „vor der Vorstandssitzung“):</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Every submission and every version you save is kept. Choose a version to see what changed since: removed words are red and struck through, added words green.</source>
        <translation>Jede Einreichung und jede Version, die Sie speichern, bleibt erhalten. Wählen Sie eine Version, um zu sehen, was sich seitdem geändert hat: Gestrichene Wörter sind rot und durchgestrichen, neue grün.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Kept versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No version kept yet. “Save version…” keeps the current state, e.g. before larger changes; submitting keeps one automatically.</source>
        <translation>Noch keine Version gespeichert. „Version speichern …“ hält den aktuellen Stand fest, z. B. vor größeren Änderungen; beim Einreichen geschieht das automatisch.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Compare &amp;with:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <location line="+26" />
        <source>&amp;Save version…</source>
        <translation>Version &amp;speichern …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep the current state with a name</source>
        <translation>Den aktuellen Stand mit einem Namen festhalten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Restore this version…</source>
        <translation>Diese Version &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The texts and the plan of the chosen version become the current state</source>
        <translation>Texte und Plan der gewählten Version werden wieder der aktuelle Stand</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Versions of “{title}”</source>
        <translation>Versionen von „{title}“</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the current state</source>
        <translation>dem aktuellen Stand</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Current state</source>
        <translation>Aktueller Stand</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The current state is kept as a version.</source>
        <translation>Der aktuelle Stand ist als Version gespeichert.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Restore the version “{when}”? Its texts and its cost and financing plan replace the current ones. The current state is kept as a version first, so nothing is lost.</source>
        <translation>Die Version „{when}“ wiederherstellen? Ihre Texte und ihr Kosten- und Finanzierungsplan ersetzen die aktuellen. Der aktuelle Stand wird vorher als Version gespeichert, es geht also nichts verloren.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The version is restored. The state before it is kept as a version in the list.</source>
        <translation>Die Version ist wiederhergestellt. Der Stand davor ist als Version in der Liste.</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="+137" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report due</source>
        <translation>Nachweis fällig</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="-530" />
        <source>Attachments: tick what is ready</source>
        <translation>Anlagen: abhaken, was bereitliegt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Tick each attachment once it is ready to go with the application. Required attachments are marked; the checks list those still missing.</source>
        <translation>Haken Sie jede Anlage ab, sobald sie dem Antrag beiliegen kann. Pflichtanlagen sind markiert; die Prüfung nennt die noch fehlenden.</translation>
    </message>
    <message>
        <location line="+18" />
        <source> (required)</source>
        <translation> (Pflicht)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>This programme asks for no attachments.</source>
        <translation>Dieses Programm verlangt keine Anlagen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{ready} of {count} ready; {missing} required still missing.</source>
        <translation>{ready} von {count} bereit; {missing} Pflichtanlagen fehlen noch.</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="-988" />
        <source>Invited people: tick who attended</source>
        <translation>Eingeladene: anhaken, wer da war</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick &amp;all</source>
        <translation>A&amp;lle anhaken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tick &amp;none</source>
        <translation>&amp;Keine anhaken</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add a person who was not invited</source>
        <translation>Person hinzufügen, die nicht eingeladen war</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add &amp;guest</source>
        <translation>Gast hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove guest</source>
        <translation>Gast e&amp;ntfernen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Visitors without names</source>
        <translation>Besucher*innen ohne Namen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Save attendance</source>
        <translation>Anwesenheit &amp;speichern</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Invited and registered people (tick who attended):</source>
        <translation>Eingeladene und weitere Personen (anhaken, wer da war):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Guests (not in the register):</source>
        <translation>Gäste (nicht im Verzeichnis):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Visitors without names:</source>
        <translation>Besucher*innen &amp;ohne Namen:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>C&amp;hildren:</source>
        <translation>Kin&amp;der:</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Quorate: yes — {present} of at least {required}</source>
        <translation>beschlussfähig: ja — {present} von mindestens {required}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Quorate: no — {present} of at least {required}</source>
        <translation>beschlussfähig: nein — {present} von mindestens {required}</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Present: {named} with names ({people} from the register, {guests} guests), {anonymous} without names, {children} children — {total} in all</source>
        <translation>Anwesend: {named} mit Namen ({people} aus dem Verzeichnis, {guests} Gäste), {anonymous} ohne Namen, {children} Kinder — insgesamt {total}</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The attendance is saved.</source>
        <translation>Die Anwesenheit ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="+39" />
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>logged in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>exported</source>
        <translation>gesichert/exportiert</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+5" />
        <source>Audit trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Select an entry to see which fields changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, welche Felder sich geändert haben.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+23" />
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>all areas</source>
        <translation>alle Bereiche</translation>
    </message>
    <message>
        <location line="+39" />
        <source>{count} entries (the newest {limit} at most)</source>
        <translation>{count} Einträge (höchstens die neuesten {limit})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No field values recorded.</source>
        <translation>Keine Feldwerte festgehalten.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="+128" />
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="+39" />
        <source>Choose a folder for the backup</source>
        <translation>Ordner für die Sicherung wählen</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+4" />
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A backup holds all data and the stored receipt scans in one file. It can be restored on this PC or on another one.</source>
        <translation>Eine Sicherung enthält alle Daten und die gespeicherten Belegscans in einer Datei. Sie lässt sich auf diesem oder einem anderen PC wiederherstellen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Into the &amp;backups folder</source>
        <translation>In den &amp;Sicherungsordner</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Into &amp;another folder, e.g. on a USB stick or a network drive:</source>
        <translation>In einen &amp;anderen Ordner, z. B. auf einem USB-Stick oder Netzlaufwerk:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Please choose the folder for the backup.</source>
        <translation>Bitte wählen Sie den Ordner für die Sicherung.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The backup has been saved:
{path}</source>
        <translation>Die Sicherung ist gespeichert:
{path}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="+66" />
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The database file is damaged: {detail}</source>
        <translation>Die Datenbank-Datei ist beschädigt: {detail}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An entry refers to something that no longer exists: {detail}</source>
        <translation>Ein Eintrag verweist auf etwas, das es nicht mehr gibt: {detail}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tables are missing: {detail}</source>
        <translation>Es fehlen Tabellen: {detail}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database has no Quartierstreff schema version.</source>
        <translation>Die Datenbank hat keinen Quartierstreff-Schema-Stand.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No backup yet</source>
        <translation>Noch keine Sicherung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last backup: {when}</source>
        <translation>Letzte Sicherung: {when}</translation>
    </message>
    <message>
        <location line="+202" />
        <source>The database could not be checked: {reason}</source>
        <translation>Die Datenbank konnte nicht geprüft werden: {reason}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The check of the database at start found problems.</source>
        <translation>Die Prüfung der Datenbank beim Start hat Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The automatic backup failed: {reason}</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Automatic backup saved: {file}</source>
        <translation>Automatische Sicherung gespeichert: {file}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Saving a backup before closing …</source>
        <translation>Vor dem Beenden wird eine Sicherung gespeichert …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Don't wait</source>
        <translation>Nicht warten</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The backup of {when} has been restored.</source>
        <translation>Die Sicherung vom {when} ist wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The data it replaced are kept in {path}.</source>
        <translation>Die ersetzten Daten sind aufbewahrt in {path}.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The backup failed: {reason}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="+111" />
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Series of bookings</source>
        <translation>Terminserie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This date belongs to a series. Which dates do you want to change?</source>
        <translation>Dieser Termin gehört zu einer Serie. Welche Termine möchten Sie ändern?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This date belongs to a series. Which dates do you want to cancel?</source>
        <translation>Dieser Termin gehört zu einer Serie. Welche Termine möchten Sie absagen?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Only this date</source>
        <translation>Nur diesen Termin</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This and all following</source>
        <translation>Diesen und alle folgenden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All dates of the series</source>
        <translation>Alle Termine der Serie</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cancel date</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Cancel the booking “{title}” on {date}? It goes to the bin.</source>
        <translation>Buchung „{title}“ am {date} absagen? Sie kommt in den Papierkorb.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cancel the whole series “{title}”? It goes to the bin, with all its dates.</source>
        <translation>Die ganze Serie „{title}“ absagen? Sie kommt mit allen Terminen in den Papierkorb.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cancel “{title}” on {date}? You may give a reason (optional):</source>
        <translation>„{title}“ am {date} absagen? Sie können einen Grund angeben (freiwillig):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancel “{title}” from {date} on? You may give a reason (optional):</source>
        <translation>„{title}“ ab dem {date} absagen? Sie können einen Grund angeben (freiwillig):</translation>
    </message>
    <message>
        <location line="+252" />
        <source>e.g. Chorprobe, Geburtstagsfeier</source>
        <translation>z. B. Chorprobe, Geburtstagsfeier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{count} places</source>
        <translation>{count} Plätze</translation>
    </message>
    <message>
        <location line="+29" />
        <source>— no group —</source>
        <translation>– keine Gruppe –</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Public: may appear in the programme</source>
        <translation>Ö&amp;ffentlich: darf im Programm erscheinen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected people</source>
        <translation>Erwartete Personen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. set up tables, key from Ms Roth</source>
        <translation>z. B. Tische aufstellen, Schlüssel bei Frau Roth</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Private &amp;hire</source>
        <translation>&amp;Private Vermietung</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. 80,00 €</source>
        <translation>z. B. 80,00 €</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. 100,00 €</source>
        <translation>z. B. 100,00 €</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key handed out on</source>
        <translation>Schlüssel ausgegeben am</translation>
    </message>
    <message>
        <location line="+2" />
        <source>returned on</source>
        <translation>zurück am</translation>
    </message>
    <message>
        <location line="+9" />
        <source>De&amp;posit:</source>
        <translation>Kaut&amp;ion:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Fee:</source>
        <translation>&amp;Miete:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>R&amp;ooms:</source>
        <translation>Rä&amp;ume:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>t&amp;o:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>or &amp;contact person:</source>
        <translation>oder &amp;Kontaktperson:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Res&amp;ponsible:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>E&amp;xpected people:</source>
        <translation>Erwa&amp;rtete Personen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dates:</source>
        <translation>Termine:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dates of the booking</source>
        <translation>Termine der Buchung</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the booking as it is stored now; your input is discarded</source>
        <translation>Die Buchung so zeigen, wie sie jetzt gespeichert ist; Ihre Eingaben gehen verloren</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;None</source>
        <translation>K&amp;eine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Weekly</source>
        <translation>&amp;Wöchentlich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Monthly</source>
        <translation>Monatlic&amp;h</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>On the:</source>
        <translation>Am:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Weekdays:</source>
        <translation>Wochentage:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;until</source>
        <translation>am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Last date of the series</source>
        <translation>Letzter Termin der Serie</translation>
    </message>
    <message>
        <location line="+4" />
        <source> dates</source>
        <translation> Terminen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number of dates</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ends:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave out public &amp;holidays (Baden-Württemberg)</source>
        <translation>An Feiertagen (Baden-Württemberg) auslassen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave out &amp;school holidays</source>
        <translation>In den &amp;Schulferien auslassen</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+3" />
        <source>Cancelled and changed dates</source>
        <translation>Abgesagte und geänderte Termine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Take place &amp;again</source>
        <translation>Termin wieder aufnehmen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The chosen date takes place again as the series says</source>
        <translation>Der gewählte Termin findet wieder wie in der Serie statt</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Linked rooms block each other: {rooms}</source>
        <translation>Verbundene Räume blockieren sich gegenseitig: {rooms}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New booking</source>
        <translation>Neue Buchung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change booking</source>
        <translation>Buchung ändern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change one date of the series</source>
        <translation>Einen Termin der Serie ändern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change this and all following dates</source>
        <translation>Diesen und alle folgenden Termine ändern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change the whole series</source>
        <translation>Die ganze Serie ändern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cancel &amp;booking…</source>
        <translation>Buchung ab&amp;sagen …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel this &amp;date…</source>
        <translation>Termin ab&amp;sagen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel these &amp;dates…</source>
        <translation>Diesen und folgende absag&amp;en …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel the &amp;series…</source>
        <translation>Serie absag&amp;en …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>4th</source>
        <translation>4.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location line="+52" />
        <source>month(s)</source>
        <translation>Monat(e)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>week(s)</source>
        <translation>Woche(n)</translation>
    </message>
    <message>
        <location line="+174" />
        <source>This series comes from an imported calendar with a rule Quartierstreff cannot change here: {rule}. Its dates can be changed one by one.</source>
        <translation>Diese Serie stammt aus einem importierten Kalender und hat eine Regel, die Quartierstreff hier nicht ändern kann: {rule}. Ihre Termine lassen sich einzeln ändern.</translation>
    </message>
    <message>
        <location line="+116" />
        <source>changed: {date} {time}</source>
        <translation>geändert: {date} {time} Uhr</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cancelled: {reason}</source>
        <translation>abgesagt: {reason}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location line="+25" />
        <source>taken: {title} · {room}</source>
        <translation>belegt: {title} · {room}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <location line="+5" />
        <source>left out: {reason}</source>
        <translation>ausgelassen: {reason}</translation>
    </message>
    <message>
        <location line="+36" />
        <source>“{room}” has room for {capacity} people; {expected} are expected.</source>
        <translation>„{room}“ bietet Platz für {capacity} Personen; erwartet werden {expected}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“{room}” is only open from {opens} to {closes}.</source>
        <translation>„{room}“ ist nur von {opens} bis {closes} Uhr geöffnet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{date}: {name} — the centre may be closed.</source>
        <translation>{date}: {name} – das Haus ist womöglich geschlossen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Every {positions} {days}</source>
        <translation>Jeden {positions} {days}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every {interval} months on the {positions} {days}</source>
        <translation>Alle {interval} Monate am {positions} {days}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Every {days}</source>
        <translation>Jeden {days}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every {interval} weeks on {days}</source>
        <translation>Alle {interval} Wochen am {days}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{start}–{end}</source>
        <translation>{start}–{end} Uhr</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{count} times</source>
        <translation>{count}-mal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The date {date} takes place again.</source>
        <translation>Der Termin am {date} findet wieder statt.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{taken} dates are taken. Book the other {free} and leave out the taken ones?</source>
        <translation>{taken} Termine sind belegt. Die übrigen {free} buchen und die belegten auslassen?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every date of the series is taken; nothing was booked.</source>
        <translation>Alle Termine der Serie sind belegt; es wurde nichts gebucht.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Discard your changes to this booking?</source>
        <translation>Ihre Änderungen an dieser Buchung verwerfen?</translation>
    </message>
    <message>
        <location line="+33" />
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>1 date</source>
        <translation>1 Termin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} dates</source>
        <translation>{count} Termine</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 left out for holidays</source>
        <translation>1 wegen Feiertag oder Ferien ausgelassen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} left out for holidays</source>
        <translation>{count} wegen Feiertagen oder Ferien ausgelassen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 taken</source>
        <translation>1 belegt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} taken</source>
        <translation>{count} belegt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 stays cancelled</source>
        <translation>1 bleibt abgesagt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} stay cancelled</source>
        <translation>{count} bleiben abgesagt</translation>
    </message>
</context>
<context>
    <name>CentreProfileForm</name>
    <message>
        <location filename="../../forms/centre_profile.ui" line="+14" />
        <source>Centre profile</source>
        <translation>Profil des Treffs</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Centre</source>
        <translation>Treff und Verein</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Legal form:</source>
        <translation>&amp;Rechtsform:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. eingetragener Verein (e. V.)</source>
        <translation>z. B. eingetragener Verein (e. V.)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Register &amp;court:</source>
        <translation>Register&amp;gericht:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. Amtsgericht Stuttgart</source>
        <translation>z. B. Amtsgericht Stuttgart</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Register n&amp;umber:</source>
        <translation>Registern&amp;ummer:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. VR 12345</source>
        <translation>z. B. VR 12345</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Authorised si&amp;gnatories:</source>
        <translation>&amp;Zeichnungsberechtigte:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>One person per line, e.g. Maria Beispiel (1. Vorsitzende)</source>
        <translation>Eine Person pro Zeile, z. B. Maria Beispiel (1. Vorsitzende)</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Address and contact</source>
        <translation>Anschrift und Kontakt</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Street:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Postcode and town:</source>
        <translation>&amp;PLZ und Ort:</translation>
    </message>
    <message>
        <location line="+37" />
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="-180" />
        <source>Bank account</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Account &amp;holder:</source>
        <translation>&amp;Kontoinhaber:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>B&amp;ank:</source>
        <translation>B&amp;ank:</translation>
    </message>
    <message>
        <location line="+137" />
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Tax e&amp;xemption notice:</source>
        <translation>Freistellungsbes&amp;cheid:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>received on</source>
        <translation>vom</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Tax o&amp;ffice:</source>
        <translation>Finanza&amp;mt:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. Finanzamt Stuttgart-Körperschaften</source>
        <translation>z. B. Finanzamt Stuttgart-Körperschaften</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Notice board and printouts</source>
        <translation>Aushang und Ausdrucke</translation>
    </message>
    <message>
        <location line="+9" />
        <source>House &amp;rules line:</source>
        <translation>&amp;Hausordnungs-Zeile:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. Bitte um 22 Uhr lüften, abschließen und Licht aus.</source>
        <translation>z. B. Bitte um 22 Uhr lüften, abschließen und Licht aus.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Key contact:</source>
        <translation>Sch&amp;lüsselkontakt:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. Hausdienst, Tel. 0711 123456</source>
        <translation>z. B. Hausdienst, Tel. 0711 123456</translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="+54" />
        <source>Findings of the checks</source>
        <translation>Ergebnisse der Prüfung</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Double-click a line (or press Enter) to go to the field. Errors are rules of the programme the application breaks; hints deserve a look. The PDF can be made all the same; with errors it is marked as a draft.</source>
        <translation>Doppelklick auf eine Zeile (oder Eingabetaste) führt zum Feld. Fehler sind Regeln des Programms, gegen die der Antrag verstößt; Hinweise verdienen einen Blick. Das PDF lässt sich trotzdem erstellen; mit Fehlern ist es als Entwurf gekennzeichnet.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hint: {message}</source>
        <translation>Hinweis: {message}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No objections</source>
        <translation>Keine Beanstandungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} errors</source>
        <translation>{n} Fehler</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 hint</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{n} hints</source>
        <translation>{n} Hinweise</translation>
    </message>
</context>
<context>
    <name>ConsentPurposes</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="+73" />
        <source>Photos on the internet</source>
        <translation>Fotos im Internet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>may appear in photos (web)</source>
        <translation>darf auf Fotos (Web)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Photos in print</source>
        <translation>Fotos in Druckwerken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>may appear in photos (print)</source>
        <translation>darf auf Fotos (Druck)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>receives the newsletter</source>
        <translation>bekommt den Newsletter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Birthday list</source>
        <translation>Geburtstagsliste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>on the birthday list</source>
        <translation>auf der Geburtstagsliste</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Member list shared with members</source>
        <translation>Mitgliederliste an Mitglieder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>on the member list for members</source>
        <translation>auf der Mitgliederliste</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <location line="+96" />
        <source>e.g. 2024-01</source>
        <translation>z. B. 2024-01</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. signed form</source>
        <translation>z. B. unterschriebenes Formular</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not withdrawn</source>
        <translation>nicht widerrufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdraw</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The person withdraws this consent today</source>
        <translation>Die Person widerruft diese Einwilligung heute</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only for an entry made by mistake</source>
        <translation>Nur für einen versehentlichen Eintrag</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Text version:</source>
        <translation>Textversion:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Given on:</source>
        <translation>Erteilt am:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Withdrawn on:</source>
        <translation>Widerrufen am:</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="+93" />
        <source>New field</source>
        <translation>Neues Feld</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change field</source>
        <translation>Feld ändern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. T-shirt size</source>
        <translation>z. B. T-Shirt-Größe</translation>
    </message>
    <message>
        <location line="+6" />
        <source>One choice per line</source>
        <translation>Eine Auswahl je Zeile</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Name of the field:</source>
        <translation>&amp;Name des Felds:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Choices:</source>
        <translation>&amp;Auswahl:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Any text up to 2,000 characters.</source>
        <translation>Beliebiger Text bis 2.000 Zeichen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A number such as 3 or 12,5.</source>
        <translation>Eine Zahl wie 3 oder 12,5.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A date such as 24.11.2026.</source>
        <translation>Ein Datum wie 24.11.2026.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A tick: yes or no.</source>
        <translation>Ein Haken: ja oder nein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One of the choices below.</source>
        <translation>Eine der Auswahlmöglichkeiten unten.</translation>
    </message>
</context>
<context>
    <name>CustomFieldType</name>
    <message>
        <location line="-90" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="+81" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+5" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upcoming meetings</source>
        <translation>Anstehende Treffen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bookings today</source>
        <translation>Termine heute</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bookings this week</source>
        <translation>Termine diese Woche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room hours this week</source>
        <translation>Raumstunden diese Woche</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Next meetings</source>
        <translation>Die nächsten Treffen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No meetings are planned yet.</source>
        <translation>Es sind noch keine Treffen geplant.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Funding deadlines</source>
        <translation>Fristen bei Förderanträgen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Open privacy requests</source>
        <translation>Offene Datenschutz-Anfragen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Restore backup…</source>
        <translation>Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Back up now…</source>
        <translation>&amp;Jetzt sichern …</translation>
    </message>
    <message>
        <location line="+82" />
        <source>no date</source>
        <translation>ohne Termin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>overdue: due {date}</source>
        <translation>überfällig (bis {date})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>by {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{meeting} on {date}</source>
        <translation>{meeting} am {date}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark this action item as done today</source>
        <translation>Diese Aufgabe als heute erledigt markieren</translation>
    </message>
    <message>
        <location line="+7" />
        <source>… and {count} more (see the meetings).</source>
        <translation>… und {count} weitere (siehe Treffen).</translation>
    </message>
    <message>
        <location line="+45" />
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tomorrow, {date}</source>
        <translation>morgen, {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{date} (in {days} days)</source>
        <translation>{date} (in {days} Tagen)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>No backup has been made yet.</source>
        <translation>Es wurde noch keine Sicherung gemacht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Last backup: {when} ({kind}), in {folder}</source>
        <translation>Letzte Sicherung: {when} ({kind}), in {folder}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>There is no backup of your data yet. Please make one now — and from time to time one on a USB stick that is kept somewhere else.</source>
        <translation>Es gibt noch keine Sicherung Ihrer Daten. Bitte sichern Sie jetzt – und ab und zu auf einen USB-Stick, der an einem anderen Ort aufbewahrt wird.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The last backup is more than a week old. Please make one now — and from time to time one on a USB stick that is kept somewhere else.</source>
        <translation>Die letzte Sicherung ist älter als eine Woche. Bitte sichern Sie jetzt – und ab und zu auf einen USB-Stick, der an einem anderen Ort aufbewahrt wird.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Automatic backups are paused so that the older ones are kept. Please restore the newest backup from before the problem.</source>
        <translation>Die automatischen Sicherungen ruhen, damit die älteren erhalten bleiben. Bitte stellen Sie die neueste Sicherung von vor dem Problem wieder her.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Automatic backups are paused so that the older ones are kept. Please ask the coordination team or the administrator to restore a backup.</source>
        <translation>Die automatischen Sicherungen ruhen, damit die älteren erhalten bleiben. Bitte bitten Sie die Koordination oder die Administration, eine Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The check of the database at start found problems:</source>
        <translation>Die Prüfung der Datenbank beim Start hat Probleme gefunden:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The centre's name has not been entered yet (see Settings).</source>
        <translation>Der Name des Treffs ist noch nicht eingetragen (siehe Einstellungen).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} in {city}</source>
        <translation>{name} in {city}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Request for information (Art. 15)</source>
        <translation>Auskunftsersuchen (Art. 15)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request for erasure (Art. 17)</source>
        <translation>Löschersuchen (Art. 17)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>overdue: was due by {date}</source>
        <translation>überfällig: Frist war der {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>answer by {date}</source>
        <translation>beantworten bis {date}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>received {date}</source>
        <translation>eingegangen am {date}</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="+76" />
        <source>Quartierstreff — the database cannot be opened</source>
        <translation>Quartierstreff — die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Restore the &amp;newest backup</source>
        <translation>&amp;Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose &amp;another backup…</source>
        <translation>&amp;Andere Sicherung wählen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+41" />
        <source>The database file is damaged</source>
        <translation>Die Datenbank-Datei ist beschädigt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The database file {file} is damaged or is not a database ({reason}). It has not been changed, and Quartierstreff will not create a new, empty database in its place.</source>
        <translation>Die Datenbank-Datei {file} ist beschädigt oder keine Datenbank ({reason}). Sie wurde nicht verändert, und Quartierstreff legt an ihrer Stelle keine neue, leere Datenbank an.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The newest backup is from {when}. Restoring it brings back the data as they were then. The damaged file is kept in {folder}.</source>
        <translation>Die neueste Sicherung ist vom {when}. Wenn Sie sie wiederherstellen, sind die Daten wieder so wie damals. Die beschädigte Datei wird in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Restore the &amp;newest backup ({when})</source>
        <translation>&amp;Neueste Sicherung wiederherstellen ({when})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>There is no backup in {folder}. If you have one elsewhere, e.g. on a USB stick, choose it. The damaged file is kept in the backups folder.</source>
        <translation>In {folder} gibt es keine Sicherung. Wenn Sie eine an anderer Stelle haben, z. B. auf einem USB-Stick, wählen Sie sie aus. Die beschädigte Datei wird im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This is not a Quartierstreff database</source>
        <translation>Das ist keine Quartierstreff-Datenbank</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file {file} belongs to another program (it holds the tables {tables}). Quartierstreff does not change it.</source>
        <translation>Die Datei {file} gehört zu einem anderen Programm (sie enthält die Tabellen {tables}). Quartierstreff verändert sie nicht.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Please check which database Quartierstreff should open (the setting QUARTIERSTREFF_DATABASE or the option --database).</source>
        <translation>Bitte prüfen Sie, welche Datenbank Quartierstreff öffnen soll (die Einstellung QUARTIERSTREFF_DATABASE oder die Option --database).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This database is from a newer version</source>
        <translation>Diese Datenbank stammt von einer neueren Version</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database has not been changed. Its schema version is “{revision}”.</source>
        <translation>Die Datenbank wurde nicht verändert. Ihr Schema-Stand ist „{revision}“.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>The backup could not be restored: {reason}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="-111" />
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="+242" />
        <source>New decision</source>
        <translation>Neuer Beschluss</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+10" />
        <source>e.g. The summer party takes place on 4 July; up to 300 € for food.</source>
        <translation>z. B. Das Sommerfest findet am 4. Juli statt; bis zu 300 € für Essen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abstentions</source>
        <translation>Enthaltungen</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;Yes:</source>
        <translation>&amp;Ja:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o:</source>
        <translation>&amp;Nein:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;bstentions:</source>
        <translation>Ent&amp;haltungen:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Agenda &amp;item:</source>
        <translation>&amp;TOP:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Decision:</source>
        <translation>&amp;Beschluss:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Votes:</source>
        <translation>Stimmen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
</context>
<context>
    <name>DecisionTextDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="+48" />
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+4" />
        <source>, item {number}</source>
        <translation>, TOP {number}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{meeting} on {date}{item}</source>
        <translation>{meeting} am {date}{item}</translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <location line="+37" />
        <source>Decisions register</source>
        <translation>Beschlussbuch</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Search the decisions and meetings…</source>
        <translation>Beschlüsse und Treffen durchsuchen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Item</source>
        <translation>TOP</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes / No / Abst.</source>
        <translation>Ja / Nein / Enth.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+25" />
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <location line="+31" />
        <source>One decision</source>
        <translation>Ein Beschluss</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} decisions</source>
        <translation>{count} Beschlüsse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No decision matches the search.</source>
        <translation>Kein Beschluss passt zur Suche.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No decisions have been entered yet.</source>
        <translation>Es sind noch keine Beschlüsse eingetragen.</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="+213" />
        <source>&amp;New decision…</source>
        <translation>&amp;Neuer Beschluss …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Change…</source>
        <translation>&amp;Ändern …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Item</source>
        <translation>TOP</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abstentions</source>
        <translation>Enthaltung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Delete the decision “{text}”?</source>
        <translation>Den Beschluss „{text}“ löschen?</translation>
    </message>
</context>
<context>
    <name>EntityNames</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="+654" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+12" />
        <source>Funding application</source>
        <translation>Förderantrag</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User</source>
        <translation>Benutzerkonto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Centre profile</source>
        <translation>Profil des Treffs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membership type</source>
        <translation>Mitgliedsart</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom field</source>
        <translation>Eigenes Feld</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Privacy request</source>
        <translation>Datenschutz-Anfrage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Series of bookings</source>
        <translation>Terminserie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda item</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text block</source>
        <translation>Textbaustein</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="-176" />
        <source>Anonymise</source>
        <translation>Anonymisieren</translation>
    </message>
    <message>
        <location line="+275" />
        <source>Retention periods</source>
        <translation>Aufbewahrungsfristen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Retention periods and anonymisation</source>
        <translation>Aufbewahrungsfristen und Anonymisierung</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nobody's retention period has ended. There is nothing to anonymise.</source>
        <translation>Bei niemandem ist die Aufbewahrungsfrist abgelaufen. Es gibt nichts zu anonymisieren.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymisieren…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Former members and other people whose last contact with the centre was more than {years} years ago (see Settings). Anonymising removes names, address, contact data, notes and consents; counts and age bands remain. Where receipts or attendance at funded events must still be kept, the person is blocked instead (hidden from normal use) until that period ends.</source>
        <translation>Ehemalige Mitglieder und andere Personen, deren letzter Kontakt mit dem Treff mehr als {years} Jahre zurückliegt (siehe Einstellungen). Beim Anonymisieren werden Namen, Anschrift, Kontaktdaten, Notizen und Einwilligungen entfernt; Zählungen und Altersgruppen bleiben erhalten. Müssen Belege oder die Teilnahme an geförderten Veranstaltungen noch aufbewahrt werden, wird die Person stattdessen bis zum Ende dieser Frist gesperrt (im normalen Betrieb ausgeblendet).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Anonymise {names}? Names and contact data are removed for good and cannot be restored. People whose receipts or attendance lists must still be kept are blocked instead.</source>
        <translation>{names} anonymisieren? Namen und Kontaktdaten werden endgültig entfernt und lassen sich nicht wiederherstellen. Wessen Belege oder Teilnahmelisten noch aufbewahrt werden müssen, wird stattdessen gesperrt.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{name} (until {date})</source>
        <translation>{name} (bis {date})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Anonymised: {names}.</source>
        <translation>Anonymisiert: {names}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Blocked while their data must be kept: {names}.</source>
        <translation>Gesperrt, solange ihre Daten aufbewahrt werden müssen: {names}.</translation>
    </message>
</context>
<context>
    <name>ErasureTableModel</name>
    <message>
        <location line="-160" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last activity</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Must be kept until</source>
        <translation>Aufbewahren bis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Former member</source>
        <translation>Ehemaliges Mitglied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Can be anonymised</source>
        <translation>Kann anonymisiert werden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>receipts (10 years, § 147 AO)</source>
        <translation>Belege (10 Jahre, § 147 AO)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attendance at funded events (10 years)</source>
        <translation>Teilnahme an geförderten Veranstaltungen (10 Jahre)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Blocked: {reasons}</source>
        <translation>Gesperrt: {reasons}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To be blocked: {reasons}</source>
        <translation>Wird gesperrt: {reasons}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="-491" />
        <source>An IBAN starts with the country code, e.g. DE89 3704 0044 0532 0130 00.</source>
        <translation>Eine IBAN beginnt mit dem Ländercode, z. B. DE89 3704 0044 0532 0130 00.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A BIC has 8 or 11 characters, e.g. COBADEFFXXX.</source>
        <translation>Eine BIC hat 8 oder 11 Zeichen, z. B. COBADEFFXXX.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A German postcode has five digits, e.g. 70173.</source>
        <translation>Eine Postleitzahl hat fünf Ziffern, z. B. 70173.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The two PINs do not match.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The password is too short: it needs at least 8 characters.</source>
        <translation>Das Passwort ist zu kurz: Es braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The password must not begin or end with a space.</source>
        <translation>Das Passwort darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The current password is not correct.</source>
        <translation>Das bisherige Passwort stimmt nicht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Eine PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A PIN is only allowed while the window locks itself after idle time (Settings).</source>
        <translation>Eine PIN ist nur erlaubt, solange sich das Fenster bei Untätigkeit selbst sperrt (Einstellungen).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>While users have a PIN, the window must lock itself after idle time.</source>
        <translation>Solange Benutzer eine PIN haben, muss sich das Fenster bei Untätigkeit selbst sperren.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The user name “{value}” is not allowed: 2 to 40 characters — lower-case letters, digits, dot, hyphen and underscore, starting with a letter or digit.</source>
        <translation>Der Benutzername „{value}“ ist nicht erlaubt: 2 bis 40 Zeichen — Kleinbuchstaben, Ziffern, Punkt, Binde- und Unterstrich, am Anfang ein Buchstabe oder eine Ziffer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The user name “{value}” is already taken.</source>
        <translation>Den Benutzernamen „{value}“ gibt es schon.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The first user must be an Admin, so that someone can manage the others.</source>
        <translation>Der erste Benutzer muss Admin sein, damit jemand die anderen verwalten kann.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{value}” is the last active Admin; there must always be at least one.</source>
        <translation>„{value}“ ist der letzte aktive Admin; es muss immer mindestens einen geben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>You cannot deactivate yourself.</source>
        <translation>Sie können sich nicht selbst deaktivieren.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Please fill in the last name.</source>
        <translation>Bitte den Nachnamen eintragen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{field}” contains invisible control characters. Please type it again.</source>
        <translation>„{field}“ enthält unsichtbare Steuerzeichen. Bitte neu eintippen.</translation>
    </message>
    <message>
        <location line="+149" />
        <source>Please fill in a title.</source>
        <translation>Bitte einen Titel eingeben.</translation>
    </message>
    <message>
        <location line="+173" />
        <source>The project end is before the project start.</source>
        <translation>Das Projektende liegt vor dem Projektbeginn.</translation>
    </message>
    <message>
        <location line="+406" />
        <source>“{field}” is too long: at most {value} characters, please shorten it.</source>
        <translation>„{field}“ ist zu lang: höchstens {value} Zeichen, bitte kürzen.</translation>
    </message>
    <message>
        <location line="-725" />
        <source>The postcode “{value}” is not valid: a German postcode has five digits.</source>
        <translation>Die PLZ „{value}“ stimmt nicht: Eine deutsche Postleitzahl hat fünf Ziffern.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{value}” is not an e-mail address (it needs an @ and a domain).</source>
        <translation>„{value}“ ist keine E-Mail-Adresse (es fehlen @ oder die Domain).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{value}” is not a phone number: digits, spaces, + / - ( ) only.</source>
        <translation>„{value}“ ist keine Telefonnummer: nur Ziffern, Leerzeichen und + / - ( ).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The date of birth is in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The date the request was received is in the future.</source>
        <translation>Das Eingangsdatum der Anfrage liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A request cannot be answered before it was received.</source>
        <translation>Eine Anfrage kann nicht vor ihrem Eingang beantwortet werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The date of birth is before 1900. Please check the year.</source>
        <translation>Das Geburtsdatum liegt vor 1900. Bitte das Jahr prüfen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A membership cannot end before it starts.</source>
        <translation>Eine Mitgliedschaft kann nicht vor ihrem Beginn enden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Two membership periods overlap. A period must end before the next starts.</source>
        <translation>Zwei Mitgliedschaftszeiträume überschneiden sich. Ein Zeitraum muss enden, bevor der nächste beginnt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This person has no current membership that could end.</source>
        <translation>Diese Person hat keine laufende Mitgliedschaft, die enden könnte.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Eine Einwilligung kann nicht vor ihrer Erteilung widerrufen werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please fill in which version of the consent text was signed.</source>
        <translation>Bitte eintragen, welche Version des Einwilligungstexts unterschrieben wurde.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{field}” must be a number.</source>
        <translation>„{field}“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} “{value}” is not a valid date.</source>
        <translation>{field} „{value}“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} “{value}”: please write the year with four digits (e.g. 03.07.1958).</source>
        <translation>{field} „{value}“: Bitte das Jahr vierstellig schreiben (z. B. 03.07.1958).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The same person as in line {value} (same name and date of birth or same e-mail address).</source>
        <translation>Dieselbe Person wie in Zeile {value} (gleicher Name und Geburtsdatum oder gleiche E-Mail-Adresse).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No column is assigned to the last name (or the full name).</source>
        <translation>Keine Spalte ist dem Nachnamen (oder dem ganzen Namen) zugeordnet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{field}”: “{value}” is not a date. Please write it like 24.11.2026.</source>
        <translation>„{field}“: „{value}“ ist kein Datum. Bitte so schreiben: 24.11.2026.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please fill in the day the membership starts.</source>
        <translation>Bitte tragen Sie ein, ab wann die Mitgliedschaft gilt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please fill in the day the consent was given.</source>
        <translation>Bitte tragen Sie ein, wann die Einwilligung erteilt wurde.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{field}” must be a date such as 24.11.2026.</source>
        <translation>„{field}“ muss ein Datum sein, z. B. 24.11.2026.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{field}” must be yes or no.</source>
        <translation>„{field}“ muss ja oder nein sein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{field}” must be one of the choices set in the settings.</source>
        <translation>„{field}“ muss eine der in den Einstellungen festgelegten Auswahlen sein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{field}” is too long.</source>
        <translation>„{field}“ ist zu lang.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The name “{value}” is already taken. Please choose another one.</source>
        <translation>Der Name „{value}“ ist schon vergeben. Bitte wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There already is a field called “{value}”. Please choose another name.</source>
        <translation>Ein Feld „{value}“ gibt es schon. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{value}” is not a web address (e.g. www.example.org).</source>
        <translation>„{value}“ ist keine Web-Adresse (z. B. www.beispiel.de).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A choice field needs at least one choice: please write one per line.</source>
        <translation>Ein Auswahlfeld braucht mindestens eine Auswahl: bitte eine je Zeile schreiben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many choices: at most {value}.</source>
        <translation>Zu viele Auswahlmöglichkeiten: höchstens {value}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The choice “{value}” is still chosen for some people, so it cannot be removed.</source>
        <translation>Die Auswahl „{value}“ ist noch bei Personen eingetragen und kann deshalb nicht entfallen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{value} people already have a value for this field, so its type cannot change.</source>
        <translation>Bei {value} Personen ist in diesem Feld schon etwas eingetragen, daher kann sich sein Typ nicht ändern.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The annual fee cannot be negative.</source>
        <translation>Der Jahresbeitrag kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The annual fee is too high: at most {value} €.</source>
        <translation>Der Jahresbeitrag ist zu hoch: höchstens {value} €.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The annual fee can have at most two decimal places.</source>
        <translation>Der Jahresbeitrag hat höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{value}” is not an amount of money, e.g. 36,00.</source>
        <translation>„{value}“ ist kein Geldbetrag, z. B. 36,00.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Another room already has the symbol “{value}”. Please choose another one.</source>
        <translation>Das Kürzel „{value}“ hat schon ein anderer Raum. Bitte ein anderes wählen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The symbol is too long: at most {value} characters, e.g. S or SA.</source>
        <translation>Das Kürzel ist zu lang: höchstens {value} Zeichen, z. B. S oder SA.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The number of places must be between 1 and 10,000 (or left empty).</source>
        <translation>Die Zahl der Plätze muss zwischen 1 und 10.000 liegen (oder leer bleiben).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too many items of equipment: at most {value}.</source>
        <translation>Zu viele Ausstattungsstücke: höchstens {value}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An item of equipment is too long: at most {value} characters per line.</source>
        <translation>Ein Ausstattungsstück ist zu lang: höchstens {value} Zeichen je Zeile.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please give the opening time too, or neither time.</source>
        <translation>Bitte auch die Öffnungszeit angeben oder keine der beiden Zeiten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please give the closing time too, or neither time.</source>
        <translation>Bitte auch die Schließzeit angeben oder keine der beiden Zeiten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The room must close after it opens.</source>
        <translation>Der Raum muss nach der Öffnungszeit schließen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please tick at least one day on which the room is open.</source>
        <translation>Bitte mindestens einen Tag ankreuzen, an dem der Raum geöffnet ist.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The opening days are not valid.</source>
        <translation>Die Öffnungstage sind ungültig.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{value}” is not a colour. Please choose one with the colour button.</source>
        <translation>„{value}“ ist keine Farbe. Bitte eine über die Farb-Schaltfläche wählen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A room cannot be a part of itself.</source>
        <translation>Ein Raum kann nicht Teil von sich selbst sein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One of the parts no longer exists. Perhaps it was just deleted on another PC.</source>
        <translation>Einer der Teilräume existiert nicht mehr. Vielleicht wurde er gerade an einem anderen PC gelöscht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{value}” has parts of its own, so it cannot be a part.</source>
        <translation>„{value}“ hat selbst Teilräume und kann daher kein Teilraum sein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This room is a part of “{value}”, so it cannot have parts of its own.</source>
        <translation>Dieser Raum ist ein Teil von „{value}“ und kann daher keine eigenen Teilräume haben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The last day is before the first day.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A period can last at most {value} days.</source>
        <translation>Ein Zeitraum dauert höchstens {value} Tage.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{value}” starting on that day is already there.</source>
        <translation>„{value}“ mit diesem ersten Tag ist schon eingetragen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Please tick at least one room.</source>
        <translation>Bitte kreuzen Sie mindestens einen Raum an.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The room “{value}” is deactivated and cannot be booked.</source>
        <translation>Der Raum „{value}“ ist deaktiviert und kann nicht gebucht werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The booking ends before it starts. Please check the times.</source>
        <translation>Die Buchung endet, bevor sie beginnt. Bitte prüfen Sie die Uhrzeiten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start and end are the same: the booking would last no time at all.</source>
        <translation>Beginn und Ende sind gleich: Die Buchung hätte keine Dauer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The expected number of people must be between 0 and {value}.</source>
        <translation>Die erwartete Personenzahl muss zwischen 0 und {value} liegen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The fee cannot be negative.</source>
        <translation>Die Miete darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The fee must be an amount up to {value} € with at most two decimal places.</source>
        <translation>Die Miete muss ein Betrag bis {value} € mit höchstens zwei Nachkommastellen sein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The fee “{value}” is not an amount of money, e.g. 80,00.</source>
        <translation>Die Miete „{value}“ ist kein Geldbetrag, z. B. 80,00.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+11" />
        <source>Fee and deposit are only for single bookings, not for a series.</source>
        <translation>Miete und Kaution gibt es nur für einzelne Buchungen, nicht für Serien.</translation>
    </message>
    <message>
        <location line="-8" />
        <source>The deposit cannot be negative.</source>
        <translation>Die Kaution darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The deposit must be an amount up to {value} € with at most two decimal places.</source>
        <translation>Die Kaution muss ein Betrag bis {value} € mit höchstens zwei Nachkommastellen sein.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The deposit “{value}” is not an amount of money, e.g. 100,00.</source>
        <translation>Die Kaution „{value}“ ist kein Geldbetrag, z. B. 100,00.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The key cannot have been returned before it was handed out.</source>
        <translation>Der Schlüssel kann nicht vor der Ausgabe zurückgegeben worden sein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Quartierstreff cannot change this repetition rule: {value}</source>
        <translation>Diese Wiederholungsregel kann Quartierstreff nicht bearbeiten: {value}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This rule gives not a single date. Please check weekdays and end.</source>
        <translation>Nach dieser Regel gibt es keinen einzigen Termin. Bitte prüfen Sie Wochentage und Ende.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The series has no repetition rule.</source>
        <translation>Für die Serie fehlt die Wiederholungsregel.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The series would end before its first date.</source>
        <translation>Die Serie würde vor ihrem ersten Termin enden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A series may run for at most {value} years.</source>
        <translation>Eine Serie darf höchstens {value} Jahre lang laufen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please give either a last date or a number of dates.</source>
        <translation>Bitte geben Sie entweder einen letzten Termin oder eine Anzahl Termine an.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The number of dates must be between 1 and 1000.</source>
        <translation>Die Anzahl der Termine muss zwischen 1 und 1000 liegen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>With so many dates the series would run for more than {value} years.</source>
        <translation>Mit so vielen Terminen liefe die Serie länger als {value} Jahre.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“Every …” must be a number between 1 and 52.</source>
        <translation>„Alle …“ muss eine Zahl zwischen 1 und 52 sein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The weekdays of the series are not valid.</source>
        <translation>Die Wochentage der Serie sind ungültig.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A month only has a 1st to 4th and a last weekday.</source>
        <translation>Ein Monat hat nur einen 1. bis 4. und einen letzten Wochentag.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The meeting has no date. Please choose a date.</source>
        <translation>Das Treffen hat kein Datum. Bitte ein Datum wählen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please give the time the meeting starts.</source>
        <translation>Bitte die Uhrzeit angeben, zu der das Treffen beginnt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When a room is booked, the meeting needs an end time too.</source>
        <translation>Wenn ein Raum gebucht wird, braucht das Treffen auch eine Endzeit.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A meeting over several days needs an end time (it holds for every day).</source>
        <translation>Ein Treffen über mehrere Tage braucht eine Endzeit (sie gilt für jeden Tag).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The last day of the meeting is before the first.</source>
        <translation>Der letzte Tag des Treffens liegt vor dem ersten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A meeting can last at most {value} days.</source>
        <translation>Ein Treffen kann höchstens {value} Tage dauern.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The agenda can have at most {value} items.</source>
        <translation>Die Tagesordnung darf höchstens {value} Punkte haben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Item {value} has no title.</source>
        <translation>TOP {value} hat keinen Titel.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The title of item {value} is too long (at most 200 characters).</source>
        <translation>Der Titel von TOP {value} ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The title of item {value} contains invisible control characters.</source>
        <translation>Der Titel von TOP {value} enthält unsichtbare Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The presenter of item {value} is too long (at most 200 characters).</source>
        <translation>Der Name bei TOP {value} ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The planned minutes of item {value} cannot be negative.</source>
        <translation>Die geplante Dauer von TOP {value} darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The planned minutes of item {value} are too many (at most 1440).</source>
        <translation>Die geplante Dauer von TOP {value} ist zu lang (höchstens 1440 Minuten).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most {value} people can be invited.</source>
        <translation>Es können höchstens {value} Personen eingeladen werden.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Guest no. {value} has no name.</source>
        <translation>Gast Nr. {value} hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The name of guest no. {value} is too long (at most 200 characters).</source>
        <translation>Der Name von Gast Nr. {value} ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The name of guest no. {value} contains invisible control characters.</source>
        <translation>Der Name von Gast Nr. {value} enthält unsichtbare Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The organisation of guest no. {value} is too long (at most 200 characters).</source>
        <translation>Die Organisation von Gast Nr. {value} ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The number of visitors without names cannot be negative.</source>
        <translation>Die Zahl der Besucher ohne Namen darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The number of visitors without names is too large (at most {value}).</source>
        <translation>Die Zahl der Besucher ohne Namen ist zu groß (höchstens {value}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The number of children cannot be negative.</source>
        <translation>Die Zahl der Kinder darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The number of children is too large (at most {value}).</source>
        <translation>Die Zahl der Kinder ist zu groß (höchstens {value}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please write down what was decided.</source>
        <translation>Bitte aufschreiben, was beschlossen wurde.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes votes cannot be negative.</source>
        <translation>Die Ja-Stimmen dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No votes cannot be negative.</source>
        <translation>Die Nein-Stimmen dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abstentions cannot be negative.</source>
        <translation>Die Enthaltungen dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There cannot be that many yes votes (at most {value}).</source>
        <translation>So viele Ja-Stimmen kann es nicht geben (höchstens {value}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There cannot be that many no votes (at most {value}).</source>
        <translation>So viele Nein-Stimmen kann es nicht geben (höchstens {value}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There cannot be that many abstentions (at most {value}).</source>
        <translation>So viele Enthaltungen kann es nicht geben (höchstens {value}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This agenda item does not belong to this meeting.</source>
        <translation>Dieser Tagesordnungspunkt gehört nicht zu diesem Treffen.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+3" />
        <location line="+3" />
        <location line="+3" />
        <location line="+3" />
        <source>A notice period must be between 0 and 365 days.</source>
        <translation>Die Einladungsfrist muss zwischen 0 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The share of members for a quorum must be between 0 and 100 %.</source>
        <translation>Der Anteil der Mitglieder für die Beschlussfähigkeit muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The funding programme “{value}” is no longer active; no new applications can be made for it.</source>
        <translation>Das Förderprogramm „{value}“ ist nicht mehr aktiv; neue Anträge dafür sind nicht möglich.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The requested amount is not a number.</source>
        <translation>Der beantragte Betrag ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The requested amount must not be negative ({value}).</source>
        <translation>Der beantragte Betrag darf nicht negativ sein ({value}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The requested amount is unrealistically high: at most {value} is possible.</source>
        <translation>Der beantragte Betrag ist unrealistisch hoch: höchstens {value} sind möglich.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The requested amount has more than two decimal places.</source>
        <translation>Der beantragte Betrag hat mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please enter the approved amount.</source>
        <translation>Bitte den bewilligten Betrag angeben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The approved amount is not a number.</source>
        <translation>Der bewilligte Betrag ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The approved amount must not be negative ({value}).</source>
        <translation>Der bewilligte Betrag darf nicht negativ sein ({value}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The approved amount is unrealistically high: at most {value} is possible.</source>
        <translation>Der bewilligte Betrag ist unrealistisch hoch: höchstens {value} sind möglich.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The approved amount has more than two decimal places.</source>
        <translation>Der bewilligte Betrag hat mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The date is before the last change of status ({value}); please choose a later date.</source>
        <translation>Das Datum liegt vor der letzten Statusänderung ({value}); bitte ein späteres Datum wählen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This funding programme has no section “{value}”.</source>
        <translation>Den Abschnitt „{value}“ gibt es in diesem Förderprogramm nicht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The section “{value}” is far too long (more than 100,000 characters) and was not saved.</source>
        <translation>Der Abschnitt „{value}“ ist viel zu lang (mehr als 100.000 Zeichen) und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This funding programme has no attachment “{value}”.</source>
        <translation>Die Anlage „{value}“ gibt es in diesem Förderprogramm nicht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plan can have at most {value} lines.</source>
        <translation>Der Finanzplan darf höchstens {value} Zeilen haben.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Line {value} of the plan: the kind (costs/financing) is missing.</source>
        <translation>Zeile {value} des Finanzplans: Die Art (Kosten/Finanzierung) fehlt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: please choose a category.</source>
        <translation>Zeile {value} des Finanzplans: Bitte eine Kostenart wählen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: the category is too long.</source>
        <translation>Zeile {value} des Finanzplans: Die Kostenart ist zu lang.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: the description is missing.</source>
        <translation>Zeile {value} des Finanzplans: Die Beschreibung fehlt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: the description is too long (at most 200 characters).</source>
        <translation>Zeile {value} des Finanzplans: Die Beschreibung ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: the unit is too long (at most 20 characters).</source>
        <translation>Zeile {value} des Finanzplans: Die Einheit ist zu lang (höchstens 20 Zeichen).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: the quantity is not a number.</source>
        <translation>Zeile {value} des Finanzplans: Die Menge ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: the quantity must be more than 0.</source>
        <translation>Zeile {value} des Finanzplans: Die Menge muss größer als 0 sein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: the quantity is too large (at most 100,000).</source>
        <translation>Zeile {value} des Finanzplans: Die Menge ist zu groß (höchstens 100.000).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: the quantity has more than three decimal places.</source>
        <translation>Zeile {value} des Finanzplans: Die Menge hat mehr als drei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: the unit price is not a number.</source>
        <translation>Zeile {value} des Finanzplans: Der Einzelpreis ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: the unit price must not be negative.</source>
        <translation>Zeile {value} des Finanzplans: Der Einzelpreis darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: the unit price is unrealistically high (at most 1,000,000.00 €).</source>
        <translation>Zeile {value} des Finanzplans: Der Einzelpreis ist unrealistisch hoch (höchstens 1.000.000,00 €).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Line {value} of the plan: the unit price has more than two decimal places.</source>
        <translation>Zeile {value} des Finanzplans: Der Einzelpreis hat mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {value} of the plan: the amount (quantity × unit price) is unrealistically high (at most 10,000,000.00 €).</source>
        <translation>Zeile {value} des Finanzplans: Der Betrag (Menge × Einzelpreis) ist unrealistisch hoch (höchstens 10.000.000,00 €).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The text block needs a title.</source>
        <translation>Der Textbaustein braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is already a text block “{value}”.</source>
        <translation>Einen Textbaustein „{value}“ gibt es schon.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The text block is too long (at most {value} characters).</source>
        <translation>Der Textbaustein ist zu lang (höchstens {value} Zeichen).</translation>
    </message>
    <message>
        <location line="+46" />
        <source>“{name}” (no. {id}) is already in the register with the same name and date of birth or the same e-mail address.</source>
        <translation>„{name}“ (Nr. {id}) steht schon im Register, mit gleichem Namen und Geburtsdatum oder gleicher E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database already contains data. The example centre can only be loaded into an empty database.</source>
        <translation>Die Datenbank enthält bereits Daten. Der Beispiel-Treff kann nur in eine leere Datenbank geladen werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database file {target} does not exist.</source>
        <translation>Die Datenbank-Datei {target} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database could not be opened: {target}

Reason given: {reason}</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: {target}

Genannter Grund: {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{url}” is not a database address Quartierstreff can use.</source>
        <translation>„{url}“ ist keine Datenbank-Adresse, mit der Quartierstreff arbeiten kann.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This database was last used by a newer version of Quartierstreff. Please install the newer version to open it.</source>
        <translation>Diese Datenbank wurde zuletzt von einer neueren Version von Quartierstreff benutzt. Bitte installieren Sie die neuere Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You are not allowed to do this. Please ask the coordination team or the administrator.</source>
        <translation>Dafür fehlt Ihnen die Berechtigung. Bitte wenden Sie sich an die Koordination oder die Administration.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{what} “{key}” no longer exists. Perhaps it was just deleted on another PC.</source>
        <translation>{what} „{key}“ gibt es nicht mehr. Vielleicht wurde der Eintrag gerade an einem anderen PC gelöscht.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The disk holding the database is full ({target}). Your last change was not saved; everything saved before is intact. Please free up some space and try again.</source>
        <translation>Der Datenträger mit der Datenbank ist voll ({target}). Ihre letzte Änderung wurde nicht gespeichert; alles vorher Gespeicherte ist unversehrt. Bitte schaffen Sie Platz und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>User name or password is not correct.</source>
        <translation>Benutzername oder Passwort stimmt nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too many wrong attempts. Please wait {seconds} seconds and try again.</source>
        <translation>Zu viele falsche Versuche. Bitte warten Sie {seconds} Sekunden und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Please log in first.</source>
        <translation>Bitte melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Rows with errors: {count}. Nothing was imported; please correct the file or skip the rows with errors.</source>
        <translation>Fehlerhafte Zeilen: {count}. Es wurde nichts importiert; bitte die Datei korrigieren oder die fehlerhaften Zeilen überspringen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The PDF file {path} could not be written: {reason}.</source>
        <translation>Die PDF-Datei {path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The action could not be completed.</source>
        <translation>Die Aktion konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>is still in an active group</source>
        <translation>ist noch in einer aktiven Gruppe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is a contact person of a partner organisation</source>
        <translation>ist Ansprechperson einer Partnerorganisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>has an active user account</source>
        <translation>hat ein aktives Benutzerkonto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is the contact person of an open funding application</source>
        <translation>ist Ansprechperson eines laufenden Förderantrags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is named in a running series of bookings</source>
        <translation>ist bei einer laufenden Serienbelegung eingetragen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{name}” (no. {id})</source>
        <translation>„{name}“ (Nr. {id})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{who} is a member; only former members are anonymised.</source>
        <translation>{who} ist Mitglied; anonymisiert werden nur ehemalige Mitglieder.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{who} {role} and so cannot be anonymised.</source>
        <translation>{who} {role} und kann deshalb nicht anonymisiert werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>is still active</source>
        <translation>ist noch aktiv</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{who} can only be anonymised from {date}: the retention period set in the settings runs until then. Nothing was changed.</source>
        <translation>{who} kann erst ab dem {date} anonymisiert werden: Bis dahin läuft die Aufbewahrungsfrist aus den Einstellungen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{who} has already been anonymised.</source>
        <translation>{who} ist bereits anonymisiert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{who} cannot be anonymised. Nothing was changed.</source>
        <translation>{who} kann nicht anonymisiert werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+454" />
        <source>The file “{name}” does not exist.</source>
        <translation>Die Datei „{name}“ gibt es nicht.</translation>
    </message>
    <message>
        <location line="-453" />
        <location line="+454" />
        <source>The file “{name}” cannot be read ({detail}).</source>
        <translation>Die Datei „{name}“ lässt sich nicht lesen ({detail}).</translation>
    </message>
    <message>
        <location line="-453" />
        <location line="+459" />
        <source>The file “{name}” is empty.</source>
        <translation>Die Datei „{name}“ ist leer.</translation>
    </message>
    <message>
        <location line="-458" />
        <source>“{name}” is not a text (CSV) file. In Excel or LibreOffice, please use “Save as” and choose “CSV” or “Excel workbook (.xlsx)”.</source>
        <translation>„{name}“ ist keine Textdatei (CSV). Bitte in Excel oder LibreOffice „Speichern unter“ wählen und „CSV“ oder „Excel-Arbeitsmappe (.xlsx)“ einstellen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file “{name}” has no header row with column names. Please add one as the first line (e.g. Vorname, Nachname, Straße, PLZ, Ort).</source>
        <translation>Die Datei „{name}“ hat keine Kopfzeile mit Spaltennamen. Bitte als erste Zeile eine einfügen (z. B. Vorname, Nachname, Straße, PLZ, Ort).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file “{name}” is damaged or in a format that cannot be read ({detail}).</source>
        <translation>Die Datei „{name}“ ist beschädigt oder hat ein Format, das sich nicht lesen lässt ({detail}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{name}” is in the old Excel format (.xls). Please save it in Excel as “Excel workbook (.xlsx)” or as CSV.</source>
        <translation>„{name}“ ist im alten Excel-Format (.xls). Bitte in Excel als „Excel-Arbeitsmappe (.xlsx)“ oder als CSV speichern.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{name}”: this file type is not supported; please use .csv or .xlsx.</source>
        <translation>„{name}“: Dieses Dateiformat wird nicht unterstützt; bitte .csv oder .xlsx verwenden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file “{name}” has more than {detail} rows, too many for one import. Please split the file. Nothing was imported.</source>
        <translation>Die Datei „{name}“ hat mehr als {detail} Zeilen, zu viele für einen Import. Bitte die Datei aufteilen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file “{name}” is larger than {detail} MB and is not read.</source>
        <translation>Die Datei „{name}“ ist größer als {detail} MB und wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+424" />
        <source>The file “{name}” cannot be written ({detail}).</source>
        <translation>Die Datei „{name}“ lässt sich nicht schreiben ({detail}).</translation>
    </message>
    <message>
        <location line="-412" />
        <source>the folder does not exist</source>
        <translation>den Ordner gibt es nicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>that is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no permission to write (is the file still open in another program?)</source>
        <translation>keine Schreibberechtigung (ist die Datei noch in einem anderen Programm geöffnet?)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Someone else has changed the centre profile in the meantime (last saved by “{who}”).</source>
        <translation>Jemand anderes hat das Profil des Treffs inzwischen geändert (zuletzt gespeichert von „{who}“).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Someone else has changed the centre profile in the meantime.</source>
        <translation>Jemand anderes hat das Profil des Treffs inzwischen geändert.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Someone else has changed {what} “{key}” in the meantime (last saved by “{who}”).</source>
        <translation>Jemand anderes hat {what} „{key}“ inzwischen geändert (zuletzt gespeichert von „{who}“).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Someone else has changed {what} “{key}” in the meantime.</source>
        <translation>Jemand anderes hat {what} „{key}“ inzwischen geändert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your input is still here; reload to see the changes.</source>
        <translation>Ihre Eingaben sind noch da; laden Sie neu, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“{title}” has been submitted. It only goes back to draft when the application is withdrawn.</source>
        <translation>„{title}“ ist eingereicht. Zurück zum Entwurf geht es nur, wenn der Antrag zurückgezogen wird.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{title}” has the status “{current}”; it cannot go to “{wanted}” from there. Nothing was changed.</source>
        <translation>„{title}“ hat den Status „{current}“; von dort geht es nicht zu „{wanted}“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Please fill in “{field}”.</source>
        <translation>Bitte füllen Sie „{field}“ aus.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{field}” is too long. Please shorten it.</source>
        <translation>„{field}“ ist zu lang. Bitte kürzen Sie den Eintrag.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{field}” is not valid: “{value}”.</source>
        <translation>„{field}“ hat nicht das richtige Format: „{value}“.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{field}” contains a typing error (the check digits do not match): “{value}”.</source>
        <translation>„{field}“ enthält einen Tippfehler (die Prüfziffern stimmen nicht): „{value}“.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{field}” is not valid.</source>
        <translation>„{field}“ ist ungültig.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Something went wrong that Quartierstreff did not expect. Your last action may not have been saved; please check it and try again.</source>
        <translation>Etwas ist schiefgegangen, womit Quartierstreff nicht gerechnet hat. Ihre letzte Aktion wurde möglicherweise nicht gespeichert – bitte prüfen Sie sie und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Technical details for whoever looks after the program: {path}</source>
        <translation>Technische Einzelheiten für die Person, die das Programm betreut: {path}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="+9" />
        <source>“{what}” cannot be deleted while {count} other entries still refer to it ({where}).</source>
        <translation>„{what}“ kann nicht gelöscht werden, solange noch {count} andere Einträge darauf verweisen ({where}).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{what}” was deleted more than 30 days ago and can no longer be restored.</source>
        <translation>„{what}“ wurde vor mehr als 30 Tagen gelöscht und lässt sich nicht mehr wiederherstellen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{what}” has already been restored.</source>
        <translation>„{what}“ wurde bereits wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This entry is no longer in the bin. Perhaps it was just restored on another PC.</source>
        <translation>Dieser Eintrag ist nicht mehr im Papierkorb. Vielleicht wurde er gerade an einem anderen PC wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>its number has been given to a new entry in the meantime ({where}).</source>
        <translation>Seine Nummer ist inzwischen an einen neuen Eintrag vergeben ({where}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>another entry now has the same “{field}” ({where}). Please change that entry first.</source>
        <translation>Ein anderer Eintrag hat inzwischen denselben Wert in „{field}“ ({where}). Bitte ändern Sie zuerst diesen Eintrag.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>something it belongs to has been deleted in the meantime ({where}). Please restore that first.</source>
        <translation>Etwas, wozu der Eintrag gehört, wurde inzwischen gelöscht ({where}). Bitte stellen Sie zuerst das wieder her.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the database refused ({detail}).</source>
        <translation>Die Datenbank lehnt es ab ({detail}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{what}” cannot be restored: {reason} Nothing was changed.</source>
        <translation>„{what}“ kann nicht wiederhergestellt werden: {reason} Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The backup file {path} does not exist.</source>
        <translation>Die Sicherungsdatei {path} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} is not a Quartierstreff backup (it is no archive file).</source>
        <translation>{name} ist keine Quartierstreff-Sicherung (keine Archivdatei).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The backup file {name} is damaged or incomplete.</source>
        <translation>Die Sicherungsdatei {name} ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} is not a Quartierstreff backup.</source>
        <translation>{name} ist keine Quartierstreff-Sicherung.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backup file {name} contains a forbidden file path (“{detail}”).</source>
        <translation>Die Sicherungsdatei {name} enthält einen unzulässigen Dateipfad („{detail}“).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The table of contents of the backup {name} is unreadable.</source>
        <translation>Das Inhaltsverzeichnis der Sicherung {name} ist unlesbar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The backup {name} was made by a newer version of Quartierstreff. Please update Quartierstreff.</source>
        <translation>Die Sicherung {name} stammt von einer neueren Quartierstreff-Version. Bitte aktualisieren Sie Quartierstreff.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The contents of the backup {name} do not match its table of contents (“{detail}”).</source>
        <translation>Der Inhalt der Sicherung {name} passt nicht zu ihrem Inhaltsverzeichnis („{detail}“).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup {name} is damaged or has been altered (the checksum of “{detail}” is wrong).</source>
        <translation>Die Sicherung {name} ist beschädigt oder wurde verändert (die Prüfsumme von „{detail}“ stimmt nicht).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup {name} was made by a newer version of Quartierstreff (schema {detail}). Please update Quartierstreff.</source>
        <translation>Die Sicherung {name} stammt von einer neueren Quartierstreff-Version (Schema {detail}). Bitte aktualisieren Sie Quartierstreff.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database in the backup {name} is not a Quartierstreff database (“{detail}” does not fit).</source>
        <translation>Die Datenbank in der Sicherung {name} ist keine Quartierstreff-Datenbank („{detail}“ passt nicht).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database in the backup {name} is damaged ({detail}).</source>
        <translation>Die Datenbank in der Sicherung {name} ist beschädigt ({detail}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The backup {name} is incomplete: the number of entries in “{detail}” is wrong.</source>
        <translation>Die Sicherung {name} ist unvollständig: Die Zahl der Einträge in „{detail}“ stimmt nicht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The backup {name} contains faulty data ({detail}).</source>
        <translation>Die Sicherung {name} enthält fehlerhafte Daten ({detail}).</translation>
    </message>
    <message>
        <location line="+79" />
        <source>The holiday file {path} does not exist.</source>
        <translation>Die Ferien-Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The holiday file {path} cannot be read.</source>
        <translation>Die Ferien-Datei {path} lässt sich nicht lesen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The holiday file {path} is damaged (it is no valid TOML file).</source>
        <translation>Die Ferien-Datei {path} ist beschädigt (keine gültige TOML-Datei).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The holiday file {path} holds no periods.</source>
        <translation>Die Ferien-Datei {path} enthält keine Zeiträume.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the holiday file {path}, entry {entry} has no name.</source>
        <translation>In der Ferien-Datei {path} hat Eintrag {entry} keinen Namen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the holiday file {path}, the first day of entry {entry} is no date.</source>
        <translation>In der Ferien-Datei {path} ist der erste Tag von Eintrag {entry} kein Datum.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the holiday file {path}, the last day of entry {entry} is no date.</source>
        <translation>In der Ferien-Datei {path} ist der letzte Tag von Eintrag {entry} kein Datum.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the holiday file {path}, entry {entry} ends before it starts.</source>
        <translation>In der Ferien-Datei {path} endet Eintrag {entry} vor seinem Beginn.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In the holiday file {path}, entry {entry} lasts longer than a year.</source>
        <translation>In der Ferien-Datei {path} dauert Eintrag {entry} länger als ein Jahr.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the holiday file {path}, entry {entry} is there twice.</source>
        <translation>In der Ferien-Datei {path} steht Eintrag {entry} doppelt.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>bookings: {bookings}, booking series: {series}</source>
        <translation>Buchungen: {bookings}, Serienbuchungen: {series}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The room “{name}” cannot be deleted because bookings use it ({uses}); old bookings keep their room. Please deactivate the room instead: it is then no longer offered for new bookings.</source>
        <translation>Der Raum „{name}“ kann nicht gelöscht werden, weil Buchungen ihn nutzen ({uses}); auch alte Buchungen behalten ihren Raum. Bitte den Raum stattdessen deaktivieren: Dann wird er für neue Buchungen nicht mehr angeboten.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No holidays were added.</source>
        <translation>Es wurden keine Ferien übernommen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The minutes are too long: {length} characters, at most {limit} are possible. They were not saved; please shorten them.</source>
        <translation>Das Protokoll ist zu lang: {length} Zeichen, möglich sind höchstens {limit}. Es wurde nicht gespeichert; bitte kürzen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The minutes of item {number} are too long: {length} characters, at most {limit} are possible. They were not saved; please shorten them.</source>
        <translation>Das Protokoll zu TOP {number} ist zu lang: {length} Zeichen, möglich sind höchstens {limit}. Es wurde nicht gespeichert; bitte kürzen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The room “{room}” is already booked on {date} from {start} to {end}: “{title}”.</source>
        <translation>Der Raum „{room}“ ist am {date} von {start} bis {end} Uhr schon belegt: „{title}“.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>In all, {count} dates of the series are taken.</source>
        <translation>Insgesamt sind {count} Termine der Serie belegt.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The file “{name}” is larger than {detail} MB; calendar files this large are not read.</source>
        <translation>Die Datei „{name}“ ist größer als {detail} MB; so große Kalenderdateien werden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{name}” is not a calendar file (iCalendar, .ics) but another kind of file.</source>
        <translation>„{name}“ ist keine Kalenderdatei (iCalendar, .ics), sondern eine andere Art Datei.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{name}” is not a calendar file: an iCalendar file (.ics) begins with “BEGIN:VCALENDAR”.</source>
        <translation>„{name}“ ist keine Kalenderdatei: Eine iCalendar-Datei (.ics) beginnt mit „BEGIN:VCALENDAR“.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The calendar file “{name}” is damaged and cannot be read ({detail}).</source>
        <translation>Die Kalenderdatei „{name}“ ist beschädigt und lässt sich nicht lesen ({detail}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The calendar file “{name}” contains no events.</source>
        <translation>Die Kalenderdatei „{name}“ enthält keine Termine.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The calendar file “{name}” contains too many events (more than {detail}); that many are not imported at once.</source>
        <translation>Die Kalenderdatei „{name}“ enthält zu viele Termine (mehr als {detail}); so viele werden nicht auf einmal importiert.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>has no start (DTSTART)</source>
        <translation>hat keinen Beginn (DTSTART)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>has an unreadable entry ({detail})</source>
        <translation>hat eine unlesbare Angabe ({detail})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>names an unknown time zone (“{detail}”)</source>
        <translation>nennt eine unbekannte Zeitzone („{detail}“)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ends before it starts</source>
        <translation>endet vor seinem Beginn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>has no duration (its end is its start)</source>
        <translation>hat keine Dauer (Ende gleich Beginn)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>runs past midnight; a room booking ends on the day it starts (please enter it as two events)</source>
        <translation>geht über Mitternacht hinaus; eine Raumbuchung endet am Tag ihres Beginns (bitte als zwei Termine eintragen)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>repeats by a rule the program cannot store ({detail})</source>
        <translation>wiederholt sich nach einer Regel, die das Programm nicht speichern kann ({detail})</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <source>runs as a series for more than 10 years</source>
        <translation>läuft als Serie länger als 10 Jahre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>has more than 1,000 dates as a series</source>
        <translation>hat als Serie mehr als 1.000 Termine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yields no date at all by its rule</source>
        <translation>ergibt nach seiner Regel keinen einzigen Termin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>has a value that cannot be taken over ({detail})</source>
        <translation>enthält einen Wert, der nicht übernommen werden kann ({detail})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The event “{title}” (line {line})</source>
        <translation>Der Termin „{title}“ (Zeile {line})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The event “{title}”</source>
        <translation>Der Termin „{title}“</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An event</source>
        <translation>Ein Termin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The calendar file “{name}” cannot be imported: {event} {problem}.</source>
        <translation>Die Kalenderdatei „{name}“ lässt sich nicht importieren: {event} {problem}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a text in quotation marks</source>
        <translation>ein Text in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an amount as text, e.g. "2000.00"</source>
        <translation>ein Betrag als Text, z. B. "2000.00"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a percentage between 0 and 100</source>
        <translation>eine Prozentzahl zwischen 0 und 100</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a list of blocks ([[…]])</source>
        <translation>eine Liste von Blöcken ([[…]])</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a list of dates, e.g. [2025-03-31]</source>
        <translation>eine Liste von Daten, z. B. [2025-03-31]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file is not valid TOML ({detail})</source>
        <translation>Die Datei ist kein gültiges TOML ({detail})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no such field</source>
        <translation>Dieses Feld gibt es nicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The field is missing or empty but must be given</source>
        <translation>Das Feld fehlt oder ist leer, muss aber angegeben werden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{detail}” cannot be a key: only lower-case letters a–z, digits and _, starting with a letter, at most 40 characters</source>
        <translation>„{detail}“ ist als Schlüssel nicht erlaubt: nur Kleinbuchstaben a–z, Ziffern und _, am Anfang ein Buchstabe, höchstens 40 Zeichen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Format {detail} is unknown; this version of Quartierstreff reads format = 1</source>
        <translation>Das Format {detail} ist unbekannt; diese Version von Quartierstreff liest format = 1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{detail}” is not a readable amount (write it like this: "2000.00")</source>
        <translation>„{detail}“ ist kein lesbarer Betrag (so schreiben: "2000.00")</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An amount cannot be negative (“{detail}”)</source>
        <translation>Ein Betrag darf nicht negativ sein („{detail}“)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{detail}” is too high: at most 10,000,000 € are possible</source>
        <translation>„{detail}“ ist zu hoch: höchstens 10.000.000 € sind möglich</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{detail}” is not a readable percentage (write it like this: 80 or "12.5")</source>
        <translation>„{detail}“ ist keine lesbare Prozentzahl (so schreiben: 80 oder "12.5")</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{detail}” is outside the allowed range (percent, above 0 up to 100)</source>
        <translation>„{detail}“ liegt nicht im erlaubten Bereich (Prozent, über 0 bis 100)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The value must be at least {detail}</source>
        <translation>Der Wert muss mindestens {detail} sein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The value is too large ({detail})</source>
        <translation>Der Wert ist zu groß ({detail})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{detail}” is not a date (write it like this: 2025-03-31)</source>
        <translation>„{detail}“ ist kein Datum (so schreiben: 2025-03-31)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The key “{detail}” occurs twice</source>
        <translation>Der Schlüssel „{detail}“ kommt doppelt vor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“Any time” (any_time = true) and fixed deadlines exclude each other</source>
        <translation>„Jederzeit“ (any_time = true) und feste Fristen (deadlines) schließen sich aus</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please give either due_months_after_end or due_weeks_after_end, not both</source>
        <translation>Bitte entweder due_months_after_end oder due_weeks_after_end angeben, nicht beides</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file cannot be read ({detail})</source>
        <translation>Die Datei lässt sich nicht lesen ({detail})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file does not exist ({detail})</source>
        <translation>Die Datei gibt es nicht ({detail})</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The funding programme “{name}” (key “{key}”) already exists. Nothing was changed; import it again and choose to replace it.</source>
        <translation>Das Förderprogramm „{name}“ (Schlüssel „{key}“) gibt es schon. Es wurde nichts geändert; zum Ersetzen erneut importieren und „Ersetzen“ wählen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Programme file</source>
        <translation>Programmdatei</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{place}, line {line}</source>
        <translation>{place}, Zeile {line}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{place}, field “{field}”</source>
        <translation>{place}, Feld „{field}“</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was taken over.</source>
        <translation>Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The value is of the wrong kind: expected is {expected}</source>
        <translation>Der Wert hat die falsche Art: erwartet wird {expected}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>There is no such field – probably “{detail}” is meant</source>
        <translation>Dieses Feld gibt es nicht – gemeint ist wohl „{detail}“</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The minimum grant ({low}) is larger than the maximum grant ({high})</source>
        <translation>Der Mindestbetrag ({low}) ist größer als der Höchstbetrag ({high})</translation>
    </message>
    <message>
        <location line="-572" />
        <location line="+247" />
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no permission to write there</source>
        <translation>dort darf nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the database cannot be read</source>
        <translation>die Datenbank ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the database is not (yet) a Quartierstreff database</source>
        <translation>die Datenbank ist (noch) keine Quartierstreff-Datenbank</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The backup {name} cannot be used ({detail}).</source>
        <translation>Die Sicherung {name} kann nicht verwendet werden ({detail}).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The backup to {target} failed: {reason}.</source>
        <translation>Die Sicherung nach {target} ist fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database {target} is still open in another Quartierstreff window or program. Please close it and try again; nothing was changed.</source>
        <translation>Die Datenbank {target} ist noch in einem anderen Quartierstreff-Fenster oder Programm geöffnet. Bitte schließen Sie es und versuchen Sie es noch einmal; es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Before the restore, no copy of the current database could be saved ({reason}); nothing was changed.</source>
        <translation>Vor dem Wiederherstellen konnte keine Kopie der jetzigen Datenbank gespeichert werden ({reason}); es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database {target} holds another program's tables (“{table}”); Quartierstreff does not restore into it.</source>
        <translation>Die Datenbank {target} enthält Tabellen eines anderen Programms („{table}“); dorthin stellt Quartierstreff nichts wieder her.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The backup could not be loaded into {target} ({detail}); the database is unchanged.</source>
        <translation>Die Sicherung konnte nicht nach {target} geladen werden ({detail}); die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database file {target} is damaged or is not a database ({reason}). It has not been changed.</source>
        <translation>Die Datenbank-Datei {target} ist beschädigt oder keine Datenbank ({reason}). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database {target} does not belong to Quartierstreff (it holds the tables {tables}). It is not changed.</source>
        <translation>Die Datenbank {target} gehört nicht zu Quartierstreff (sie enthält die Tabellen {tables}). Sie wird nicht verändert.</translation>
    </message>
</context>
<context>
    <name>FeeHelper</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="-1434" />
        <source>Fee: persons × hours × rate</source>
        <translation>Honorar: Personen × Stunden × Satz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <location line="+9" />
        <source>e.g. 45,00</source>
        <translation>z. B. 45,00</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Add line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Persons:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hours per person:</source>
        <translation>&amp;Stunden je Person:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rate per hour (€):</source>
        <translation>Stunden&amp;satz (€):</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Enter the hours per person.</source>
        <translation>Bitte die Stunden je Person eingeben.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the rate per hour.</source>
        <translation>Bitte den Stundensatz eingeben.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Persons × hours has more than three decimal places.</source>
        <translation>Personen × Stunden hat mehr als drei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{persons} × {hours} h = {quantity} hours × {rate} = {amount}</source>
        <translation>{persons} × {hours} Std. = {quantity} Stunden × {rate} = {amount}</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="-1136" />
        <location line="+20" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Register court</source>
        <translation>Registergericht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tax exemption notice of</source>
        <translation>Freistellungsbescheid vom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tax office</source>
        <translation>Finanzamt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1" />
        <source>House rules line</source>
        <translation>Hausordnungs-Zeile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key contact</source>
        <translation>Schlüsselkontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Authorised signatories</source>
        <translation>Zeichnungsberechtigte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="-8" />
        <source>May log in</source>
        <translation>Darf sich anmelden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed log-ins</source>
        <translation>Fehlversuche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log-in locked until</source>
        <translation>Anmeldung gesperrt bis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last log-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lock the window after</source>
        <translation>Fenster sperren nach</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Automatic backup every</source>
        <translation>Automatische Sicherung alle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second backup folder</source>
        <translation>Zweiter Sicherungsordner</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member from</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member until</source>
        <translation>Mitglied bis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membership type</source>
        <translation>Mitgliedsart</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version of the consent text</source>
        <translation>Version des Einwilligungstexts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent given by</source>
        <translation>Einwilligung erteilt über</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent withdrawn on</source>
        <translation>Einwilligung widerrufen am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep former members' data for</source>
        <translation>Daten ehemaliger Mitglieder aufbewahren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request received on</source>
        <translation>Anfrage eingegangen am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request answered on</source>
        <translation>Anfrage beantwortet am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field name</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annual fee</source>
        <translation>Jahresbeitrag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Symbol</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Equipment</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accessible</source>
        <translation>Barrierefrei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opens at</source>
        <translation>Öffnet um</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closes at</source>
        <translation>Schließt um</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening days</source>
        <translation>Öffnungstage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parts</source>
        <translation>Teilräume</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected people</source>
        <translation>Erwartete Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fee</source>
        <translation>Miete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deposit</source>
        <translation>Kaution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key handed out on</source>
        <translation>Schlüssel ausgegeben am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key returned on</source>
        <translation>Schlüssel zurück am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last date of the series</source>
        <translation>Letzter Termin der Serie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number of dates</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every …</source>
        <translation>Alle …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weekdays</source>
        <translation>Wochentage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weekday of the month</source>
        <translation>Wochentag im Monat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind of meeting</source>
        <translation>Art des Treffens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Invitation text</source>
        <translation>Einladungstext</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Funder's line</source>
        <translation>Förderhinweis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervising adult</source>
        <translation>Aufsichtsperson</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Invitees</source>
        <translation>Eingeladene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chair</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minute taker</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Invitation sent on</source>
        <translation>Einladung verschickt am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notice period, board meeting</source>
        <translation>Einladungsfrist Vorstandssitzung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notice period, general assembly</source>
        <translation>Einladungsfrist Mitgliederversammlung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notice period, plenary</source>
        <translation>Einladungsfrist Plenum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notice period, group meeting</source>
        <translation>Einladungsfrist Gruppentreffen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notice period, public event</source>
        <translation>Einladungsfrist öffentliche Veranstaltung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quorum</source>
        <translation>Beschlussfähigkeit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project start</source>
        <translation>Projektbeginn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project end</source>
        <translation>Projektende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested amount</source>
        <translation>Beantragter Betrag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved amount</source>
        <translation>Bewilligter Betrag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Funder's file number</source>
        <translation>Aktenzeichen des Förderers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the version</source>
        <translation>Bezeichnung der Fassung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title of the text block</source>
        <translation>Titel des Textbausteins</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text of the text block</source>
        <translation>Text des Textbausteins</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/files.py" line="+22" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/finance.py" line="+14" />
        <source>Finances</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is where the treasurer will keep receipts and entries, budgets per project and the list of receipts for funding reports.</source>
        <translation>Hier führt die Kasse künftig Belege und Buchungen, Budgets je Projekt und die Belegliste für den Verwendungsnachweis.</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="+494" />
        <source>Funding applications</source>
        <translation>Förderanträge</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Search titles, programmes, file numbers…</source>
        <translation>Titel, Programme, Aktenzeichen suchen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search applications</source>
        <translation>Anträge durchsuchen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running and open</source>
        <translation>Laufende und offene</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;New application…</source>
        <translation>&amp;Neuer Antrag …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start an application for a programme (Ctrl+N)</source>
        <translation>Einen Antrag für ein Förderprogramm beginnen (Strg+N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Texts, cost and financing plan, checks (Enter)</source>
        <translation>Texte, Kosten- und Finanzierungsplan, Prüfung (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Status…</source>
        <translation>&amp;Status ändern …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Submitted, approved, …: with date, note and the funder's file number</source>
        <translation>Eingereicht, bewilligt, …: mit Datum, Notiz und dem Aktenzeichen des Fördergebers</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Versions…</source>
        <translation>&amp;Versionen …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kept versions: compare and restore</source>
        <translation>Gespeicherte Fassungen vergleichen und wiederherstellen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Text blocks…</source>
        <translation>&amp;Textbausteine …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Texts for many applications: about us, our rooms, our groups</source>
        <translation>Texte für viele Anträge: über uns, unsere Räume, unsere Gruppen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Funding applications are kept by the treasurer and the coordination team. Please ask them if you need one.</source>
        <translation>Förderanträge führen die Kasse und die Koordination. Bitte wenden Sie sich an sie, wenn Sie einen brauchen.</translation>
    </message>
    <message>
        <location line="+109" />
        <source>No funding applications yet.

With “New application…” you choose a programme and give the project a title; then you write the texts and the cost and financing plan, and the program checks them against the programme's rules. Texts you need again and again belong under “Text blocks…”.</source>
        <translation>Noch keine Förderanträge.

Mit „Neuer Antrag …“ wählen Sie ein Förderprogramm und geben dem Projekt einen Titel; danach schreiben Sie die Texte und den Kosten- und Finanzierungsplan, und das Programm prüft sie gegen die Regeln des Förderprogramms. Texte, die Sie immer wieder brauchen, gehören unter „Textbausteine …“.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No funding applications yet.</source>
        <translation>Noch keine Förderanträge.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No application matches the search or the status.</source>
        <translation>Kein Antrag passt zur Suche oder zum Status.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(since {date})</source>
        <translation>(seit {date})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>File number: {reference}</source>
        <translation>Aktenzeichen: {reference}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Requested: {amount}</source>
        <translation>Beantragt: {amount}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved: {amount}</source>
        <translation>Bewilligt: {amount}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Project: {period}</source>
        <translation>Projekt: {period}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Report (Verwendungsnachweis) due by {date}</source>
        <translation>Verwendungsnachweis fällig bis {date}</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Application “{title}” created.</source>
        <translation>Antrag „{title}“ angelegt.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Applications cannot be edited in this version.</source>
        <translation>Anträge können in dieser Version nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>“{title}” is now: {status}.</source>
        <translation>„{title}“ ist jetzt: {status}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The submitted state is kept as a version.</source>
        <translation>Die eingereichte Fassung ist als Version gespeichert.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Delete the application “{title}”? Its texts, plan, status history and versions go with it to the bin, where it can be restored for 30 days.</source>
        <translation>Den Antrag „{title}“ löschen? Texte, Plan, Statusverlauf und Versionen kommen mit in den Papierkorb, aus dem er 30 Tage lang wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete application</source>
        <translation>Antrag löschen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Application “{title}” moved to the bin.</source>
        <translation>Antrag „{title}“ in den Papierkorb gelegt.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+3" />
        <source>tomorrow ({date})</source>
        <translation>morgen ({date})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{date} (in {days} days)</source>
        <translation>{date} (in {days} Tagen)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Deadlines in the next weeks</source>
        <translation>Fristen in den nächsten Wochen</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsSection</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="+50" />
        <source>Choose the second backup folder</source>
        <translation>Zweiten Sicherungsordner wählen</translation>
    </message>
    <message>
        <location line="+26" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock after minutes without input</source>
        <translation>Sperren nach Minuten ohne Eingabe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The window locks after this many minutes without input and asks for the password again. 0 means never; that is not possible while anyone logs in with a short PIN.</source>
        <translation>Nach so vielen Minuten ohne Eingabe sperrt sich das Fenster und fragt erneut nach dem Passwort. 0 heißt nie; das geht nicht, solange sich jemand mit einer kurzen PIN anmeldet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Automatic backup every hours</source>
        <translation>Automatische Sicherung alle Stunden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>While Quartierstreff is open, a backup is saved at most this often, and always when it is closed. The last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>Solange Quartierstreff geöffnet ist, wird höchstens so oft gesichert, und immer beim Beenden. Aufbewahrt werden die letzten 7 Tage, 4 Wochen und 12 Monate.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second backup folder</source>
        <translation>Zweiter Sicherungsordner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen …</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Every automatic backup is also copied here, e.g. onto a USB stick or a network drive. If the folder cannot be reached, you are told so. Leave it empty for none.</source>
        <translation>Jede automatische Sicherung wird zusätzlich hierher kopiert, z. B. auf einen USB-Stick oder ein Netzlaufwerk. Ist der Ordner nicht erreichbar, erfahren Sie es. Leer lassen für keinen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keep former members' data for years</source>
        <translation>Daten ehemaliger Mitglieder aufbewahren, Jahre</translation>
    </message>
    <message>
        <location line="+5" />
        <source>After this many years since they left (or since their last contact with the centre), people are offered for anonymisation under Members ▸ Retention periods. Receipts and attendance at funded events are kept 10 years in any case.</source>
        <translation>Nach so vielen Jahren seit dem Austritt (oder seit dem letzten Kontakt mit dem Treff) werden Personen unter Mitglieder ▸ Aufbewahrungsfristen zur Anonymisierung angeboten. Belege und die Teilnahme an geförderten Veranstaltungen werden in jedem Fall 10 Jahre aufbewahrt.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Lock the window after</source>
        <translation>Fenster &amp;sperren nach</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Automatic &amp;backup every</source>
        <translation>Automatische Si&amp;cherung alle</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Second backup folder</source>
        <translation>&amp;Zweiter Sicherungsordner</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep former &amp;members' data</source>
        <translation>Daten ehemaliger &amp;Mitglieder aufbewahren</translation>
    </message>
    <message>
        <location line="+23" />
        <source> year</source>
        <translation> Jahr</translation>
    </message>
    <message>
        <location line="+0" />
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <location line="+66" />
        <source>The window must lock itself while anyone logs in with a short PIN. Please choose at least 1 minute.</source>
        <translation>Solange sich jemand mit einer kurzen PIN anmeldet, muss sich das Fenster selbst sperren. Bitte wählen Sie mindestens 1 Minute.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Please choose between 0 and {max} minutes.</source>
        <translation>Bitte wählen Sie zwischen 0 und {max} Minuten.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Please choose between 1 and {max} years.</source>
        <translation>Bitte wählen Sie zwischen 1 und {max} Jahren.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Please choose between 1 and {max} hours.</source>
        <translation>Bitte wählen Sie zwischen 1 und {max} Stunden.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="+57" />
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change group</source>
        <translation>Gruppe ändern</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. Strickcafé</source>
        <translation>z. B. Strickcafé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The group's own address, if it has one</source>
        <translation>Die eigene Adresse der Gruppe, falls sie eine hat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Public: may appear in the programme</source>
        <translation>Ö&amp;ffentlich: darf im Programm erscheinen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Active &amp;until</source>
        <translation>Aktiv &amp;bis</translation>
    </message>
    <message>
        <location line="+13" />
        <source>What the group does, when it meets</source>
        <translation>Was die Gruppe macht, wann sie sich trifft</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Usual rooms</source>
        <translation>Übliche Räume</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Description:</source>
        <translation>Be&amp;schreibung:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Usual &amp;rooms:</source>
        <translation>Übliche &amp;Räume:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Re&amp;move from group</source>
        <translation>Aus der Gruppe en&amp;tfernen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>People in the group</source>
        <translation>Personen in der Gruppe</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Tick the contact persons: whom the centre asks about the group.</source>
        <translation>Haken bei den Ansprechpersonen: Sie fragt der Treff, wenn es um die Gruppe geht.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add someone from the register:</source>
        <translation>Jemanden aus dem Verzeichnis hinzufügen:</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="+222" />
        <source>Groups &amp; partners</source>
        <translation>Gruppen &amp; Partner</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search groups or contact persons…</source>
        <translation>Gruppen oder Ansprechpersonen suchen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New group…</source>
        <translation>&amp;Neue Gruppe …</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+33" />
        <source>&amp;Change…</source>
        <translation>&amp;Ändern …</translation>
    </message>
    <message>
        <location line="-32" />
        <location line="+33" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+152" />
        <source>Contact persons</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <location line="-151" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+130" />
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location line="-130" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Active until</source>
        <translation>Aktiv bis</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Search partners, towns or contacts…</source>
        <translation>Partner, Orte oder Kontakte suchen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search partners</source>
        <translation>Partner suchen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind of partner</source>
        <translation>Art des Partners</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;New partner…</source>
        <translation>&amp;Neuer Partner …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+161" />
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="-146" />
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Partners</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location line="+66" />
        <source>No group yet.</source>
        <translation>Noch keine Gruppe.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Not public</source>
        <translation>Nicht öffentlich</translation>
    </message>
    <message>
        <location line="+2" />
        <source>active until {date}</source>
        <translation>aktiv bis {date}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Further people</source>
        <translation>Weitere Personen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Usual rooms</source>
        <translation>Übliche Räume</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No partner organisation here.</source>
        <translation>Hier ist keine Partnerorganisation.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Group “{name}” created.</source>
        <translation>Gruppe „{name}“ angelegt.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Group “{name}” saved.</source>
        <translation>Gruppe „{name}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Delete the group “{name}”? Its people stay in the register and its bookings stay booked. The group can be restored from the bin for 30 days.</source>
        <translation>Die Gruppe „{name}“ löschen? Ihre Personen bleiben im Verzeichnis und ihre Buchungen bleiben bestehen. Die Gruppe lässt sich 30 Tage lang aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Group “{name}” moved to the bin.</source>
        <translation>Gruppe „{name}“ in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Partner “{name}” created.</source>
        <translation>Partner „{name}“ angelegt.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Partner “{name}” saved.</source>
        <translation>Partner „{name}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Delete the partner organisation “{name}”? Its contacts stay in the register. It can be restored from the bin for 30 days.</source>
        <translation>Die Partnerorganisation „{name}“ löschen? Ihre Kontakte bleiben im Verzeichnis. Sie lässt sich 30 Tage lang aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete partner organisation</source>
        <translation>Partnerorganisation löschen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Partner “{name}” moved to the bin.</source>
        <translation>Partner „{name}“ in den Papierkorb verschoben.</translation>
    </message>
</context>
<context>
    <name>IcalExport</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="+65" />
        <source>Save bookings as a calendar file</source>
        <translation>Belegung als Kalenderdatei speichern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bookings</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Events saved: %1 (one-off bookings, and series with their exceptions) in “%2”. Calendar programs such as Thunderbird, Outlook or Google Calendar can import it.</source>
        <translation>Gespeicherte Termine: %1 (Einzeltermine sowie Serien mit ihren Ausnahmen) in „%2“. Kalenderprogramme wie Thunderbird, Outlook oder Google Kalender können die Datei importieren.</translation>
    </message>
</context>
<context>
    <name>IcalImportDialog</name>
    <message>
        <location line="+17" />
        <source>Open a calendar file</source>
        <translation>Kalenderdatei öffnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calendar files (*.ics *.ical *.ifb)</source>
        <translation>Kalenderdateien (*.ics *.ical *.ifb)</translation>
    </message>
    <message>
        <location line="+123" />
        <source>Import a calendar file</source>
        <translation>Kalenderdatei importieren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Takes the events of an iCalendar file (.ics), e.g. a group's own calendar, as bookings. Events whose place is one of our rooms go there, all others into the room chosen here. All-day and cancelled events are not imported.</source>
        <translation>Übernimmt die Termine einer iCalendar-Datei (.ics), z. B. den Kalender einer Gruppe, als Buchungen. Termine, deren Ort einer unserer Räume ist, kommen in diesen Raum, alle anderen in den hier gewählten. Ganztägige und abgesagte Termine werden nicht übernommen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <location line="+11" />
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room:</source>
        <translation>Raum:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Leave out conflicting dates</source>
        <translation>Belegte Termine auslassen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+16" />
        <source>There is no room yet. Please add one in Settings.</source>
        <translation>Es gibt noch keinen Raum. Bitte zuerst in den Einstellungen einen anlegen.</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Events imported: %1. They are in the calendar now.</source>
        <translation>Übernommene Termine: %1. Sie stehen jetzt im Kalender.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Events colliding with bookings (in red): %1. To import the others, leave out the conflicting dates.</source>
        <translation>Termine, die mit Buchungen kollidieren (rot): %1. Um die übrigen zu übernehmen, bitte die belegten Termine auslassen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Events to import: %1.</source>
        <translation>Zu übernehmende Termine: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conflicting dates are left out; a series keeps its other dates.</source>
        <translation>Belegte Termine werden ausgelassen; eine Serie behält ihre übrigen Termine.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Left out (all-day or cancelled): %1.</source>
        <translation>Nicht übernommen (ganztägig oder abgesagt): %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="+64" />
        <source>— do not import —</source>
        <translation>– nicht importieren –</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full name (first and last)</source>
        <translation>Ganzer Name (Vor- und Nachname)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1" />
        <source>House number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member from</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member until</source>
        <translation>Mitglied bis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membership type</source>
        <translation>Mitgliedsart</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+77" />
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <location line="-75" />
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+90" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+173" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-172" />
        <location line="+172" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-142" />
        <source>Choose a table saved by Excel or LibreOffice (.xlsx or .csv). The first row must hold the column names, such as Vorname, Nachname, Straße, PLZ, Ort, E-Mail, Telefon, Geburtsdatum, Eintritt. Next you can check which column goes where; nothing is saved before the last step.</source>
        <translation>Wählen Sie eine Tabelle, die mit Excel oder LibreOffice gespeichert wurde (.xlsx oder .csv). In der ersten Zeile müssen die Spaltennamen stehen, z. B. Vorname, Nachname, Straße, PLZ, Ort, E-Mail, Telefon, Geburtsdatum, Eintritt. Danach können Sie prüfen, welche Spalte wohin gehört; gespeichert wird erst im letzten Schritt.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;auswählen …</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Which column holds what? The guesses come from the column names; columns set to “do not import” are left out.</source>
        <translation>Welche Spalte enthält was? Die Vorschläge stammen aus den Spaltennamen; Spalten mit „nicht importieren“ werden ausgelassen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Rows with errors</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+11" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Skip the rows with errors and import the others</source>
        <translation>Fehlerhafte Zeilen überspringen und die übrigen importieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Probably already in the register</source>
        <translation>Wahrscheinlich schon im Register</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In the register</source>
        <translation>Im Register</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Do not import these rows</source>
        <translation>Diese Zeilen nicht importieren</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Step 1 of 3: choose the file</source>
        <translation>Schritt 1 von 3: Datei auswählen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 2 of 3: assign the columns</source>
        <translation>Schritt 2 von 3: Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 3 of 3: check and import</source>
        <translation>Schritt 3 von 3: prüfen und importieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Importing…</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Rows with data: %1 · columns: %2</source>
        <translation>Zeilen mit Daten: %1 · Spalten: %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Goes to</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>New membership types: %1</source>
        <translation>Neue Mitgliedsarten: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New groups: %1</source>
        <translation>Neue Gruppen: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Rows in the file: %1</source>
        <translation>Zeilen in der Datei: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>to import: %1</source>
        <translation>zu importieren: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>with errors: %1</source>
        <translation>fehlerhaft: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>probably already in the register: %1</source>
        <translation>wahrscheinlich schon im Register: %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Importing people…</source>
        <translation>Personen werden importiert …</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import finished. People imported: %1</source>
        <translation>Import abgeschlossen. Importierte Personen: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Rows read: %1 …</source>
        <translation>Gelesene Zeilen: %1 …</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="-269" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1: “%2” (%3)</source>
        <translation>%1: „%2“ (%3)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>All-day event: not imported</source>
        <translation>Ganztägig: wird nicht übernommen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled: not imported</source>
        <translation>Abgesagt: wird nicht übernommen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Conflict with “%1” on %2 (%3)</source>
        <translation>Konflikt mit „%1“ am %2 (%3)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>; more days taken: %1</source>
        <translation>; weitere belegte Tage: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Series, dates: %1</source>
        <translation>Serie, Termine: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New booking</source>
        <translation>Neue Buchung</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="+73" />
        <source>Leaving the association</source>
        <translation>Austritt aus dem Verein</translation>
    </message>
    <message>
        <location line="+3" />
        <source>On which day does {name} leave the association? The membership ends on that day; nothing is deleted.</source>
        <translation>An welchem Tag tritt {name} aus dem Verein aus? Die Mitgliedschaft endet an diesem Tag; gelöscht wird nichts.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Leaves on:</source>
        <translation>Austritt am:</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="+146" />
        <location line="+4" />
        <source>Quartierstreff is locked</source>
        <translation>Quartierstreff ist gesperrt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{name} ({role}) was logged in. Nothing has been lost: enter the password or PIN to carry on where you left off.</source>
        <translation>{name} ({role}) war angemeldet. Es ist nichts verloren gegangen: Geben Sie Passwort oder PIN ein, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Password or PIN</source>
        <translation>Passwort oder PIN</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location line="-111" />
        <source>Too many wrong attempts. Please wait {seconds} seconds and try again.</source>
        <translation>Zu viele falsche Versuche. Bitte warten Sie {seconds} Sekunden und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>User name or password is not correct.</source>
        <translation>Benutzername oder Passwort stimmt nicht.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Log in — Quartierstreff</source>
        <translation>Anmelden — Quartierstreff</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Please log in with your user name and password (or PIN).</source>
        <translation>Bitte melden Sie sich mit Ihrem Benutzernamen und Passwort (oder PIN) an.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Passwort oder PIN:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Please enter your user name.</source>
        <translation>Bitte geben Sie Ihren Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="+90" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups &amp; partners</source>
        <translation>Gruppen &amp; Partner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rooms &amp; bookings</source>
        <translation>Räume &amp; Belegung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Funding applications</source>
        <translation>Förderanträge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finances</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Database: {database}</source>
        <translation>Datenbank: {database}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back &amp;up now…</source>
        <translation>&amp;Jetzt sichern …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Restore backup…</source>
        <translation>Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Bin…</source>
        <translation>&amp;Papierkorb …</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Administration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Users and roles…</source>
        <translation>&amp;Benutzer und Rollen …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Audit trail…</source>
        <translation>Änderungs&amp;protokoll …</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Record of processing activities (PDF)…</source>
        <translation>&amp;Verzeichnis der Verarbeitungstätigkeiten (PDF)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The record of processing activities required by Art. 30 GDPR.</source>
        <translation>Das Verzeichnis der Verarbeitungstätigkeiten nach Art. 30 DSGVO.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Quartierstreff</source>
        <translation>&amp;Über Quartierstreff</translation>
    </message>
    <message>
        <location line="+73" />
        <source>No log-in (no users yet)</source>
        <translation>Ohne Anmeldung (noch keine Benutzer)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logged in: {name} ({role})</source>
        <translation>Angemeldet: {name} ({role})</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Centre profile saved.</source>
        <translation>Profil des Treffs gespeichert.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>About Quartierstreff</source>
        <translation>Über Quartierstreff</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;h3&gt;Quartierstreff {version}&lt;/h3&gt;&lt;p&gt;Members, groups, rooms, meetings, funding applications and finances for neighbourhood centres run by volunteers.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quartierstreff {version}&lt;/h3&gt;&lt;p&gt;Mitglieder, Gruppen, Räume, Treffen, Förderanträge und Finanzen für Bürgertreffs, die von Ehrenamtlichen getragen werden.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="+286" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <location line="+8" />
        <source>for a board meeting</source>
        <translation>für eine Vorstandssitzung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>for a members' assembly</source>
        <translation>für eine Mitgliederversammlung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>for a plenary</source>
        <translation>für ein Plenum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>for a group meeting</source>
        <translation>für ein Gruppentreffen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>for a public event</source>
        <translation>für eine öffentliche Veranstaltung</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The notice period {kind} is {required} – the invitation went out only {days} before the meeting.</source>
        <translation>Die Einladungsfrist {kind} beträgt {required} – die Einladung ging nur {days} vor dem Treffen hinaus.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The notice period {kind} is {required} – the meeting is today.</source>
        <translation>Die Einladungsfrist {kind} beträgt {required} – das Treffen ist schon heute.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The notice period {kind} is {required} – there are only {days} left until the meeting.</source>
        <translation>Die Einladungsfrist {kind} beträgt {required} – bis zum Treffen sind es nur {days}.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change meeting</source>
        <translation>Treffen ändern</translation>
    </message>
    <message>
        <location line="+17" />
        <source>A few words for the invitation, e.g. “Please bring the annual report. Coffee and cake from 18:30.” The agenda is added by itself.</source>
        <translation>Ein paar Worte für die Einladung, z. B. „Bitte den Jahresbericht mitbringen. Ab 18:30 Uhr gibt es Kaffee und Kuchen.“ Die Tagesordnung wird von selbst angefügt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Agenda</source>
        <translation>&amp;Tagesordnung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Invitees</source>
        <translation>&amp;Eingeladene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Invitation &amp;text</source>
        <translation>Einladungs&amp;text</translation>
    </message>
    <message>
        <location line="+59" />
        <source>e.g. Vorstandssitzung März, Sommerfest-Planung</source>
        <translation>z. B. Vorstandssitzung März, Sommerfest-Planung</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;From:</source>
        <translation>&amp;von:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>t&amp;o:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Several days, &amp;until:</source>
        <translation>&amp;Mehrere Tage, bis:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>For Aktionstage or a weekend workshop: the meeting takes place on every day up to this one, each day at the times above; the room is booked for each day, and the attendance list has a page for each.</source>
        <translation>Für Aktionstage oder einen Wochenend-Workshop: Das Treffen findet an jedem Tag bis zu diesem statt, jeweils zu den Zeiten oben; der Raum wird für jeden Tag gebucht, und die Anwesenheitsliste hat für jeden Tag ein Blatt.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+16" />
        <source>no room / another place</source>
        <translation>kein Raum / anderer Ort</translation>
    </message>
    <message>
        <location line="+7" />
        <source>— no group —</source>
        <translation>— keine Gruppe —</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Chair</source>
        <translation>Sitzungsleitung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Minute taker</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Funded event (attendance list for the funder)</source>
        <translation>&amp;Geförderte Veranstaltung (Teilnehmendenliste für den Fördergeber)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>e.g. Gefördert im Programm „Nachbarschaftsgespräche“</source>
        <translation>z. B. Gefördert im Programm „Nachbarschaftsgespräche“</translation>
    </message>
    <message>
        <location line="+4" />
        <source>who looks after the children, if any</source>
        <translation>wer die Kinder beaufsichtigt, falls Kinder kommen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Funder &amp;line:</source>
        <translation>Förder&amp;hinweis:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Supervising a&amp;dult:</source>
        <translation>Auf&amp;sichtsperson:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;hair:</source>
        <translation>Sitzungs&amp;leitung:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Minutes by:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Invitees</source>
        <translation>Eingeladene</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Invite the &amp;group</source>
        <translation>&amp;Gruppe einladen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add the people of the chosen group</source>
        <translation>Die Personen der gewählten Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Invite all &amp;members</source>
        <translation>&amp;Alle Mitglieder einladen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add everyone who is a member today</source>
        <translation>Alle hinzufügen, die heute Mitglied sind</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Add someone from the register:</source>
        <translation>Jemanden aus dem Verzeichnis hinzufügen:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A&amp;dd item</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>R&amp;emove item</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>▲ &amp;Up</source>
        <translation>▲ Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move the item up (Ctrl+Up); or drag it with the mouse</source>
        <translation>Punkt nach oben schieben (Strg+Pfeil hoch) – oder mit der Maus ziehen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>▼ Do&amp;wn</source>
        <translation>▼ Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move the item down (Ctrl+Down); or drag it with the mouse</source>
        <translation>Punkt nach unten schieben (Strg+Pfeil runter) – oder mit der Maus ziehen</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Double-click a cell to change it. Drag an item by the mouse, or use the arrow buttons, to change the order; the numbers follow.</source>
        <translation>Zum Ändern eine Zelle doppelklicken. Die Reihenfolge ändern Sie, indem Sie einen Punkt mit der Maus ziehen oder die Pfeil-Knöpfe nutzen; die Nummern passen sich an.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Where? e.g. Rathaus, Sitzungssaal 2</source>
        <translation>Wo? z. B. Rathaus, Sitzungssaal 2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>optional, e.g. garden if the weather is fine</source>
        <translation>freiwillig, z. B. Garten bei schönem Wetter</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No times planned for the items yet.</source>
        <translation>Für die Punkte ist noch keine Zeit geplant.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Planned: {duration}</source>
        <translation>Geplant: {duration}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>longer than the meeting ({duration})</source>
        <translation>länger als das Treffen ({duration})</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Item {number} “{title}” already has minutes. Remove it anyway? Its minutes are deleted when you save; its decisions and tasks stay without an item.</source>
        <translation>TOP {number} „{title}“ hat schon ein Protokoll. Trotzdem entfernen? Das Protokoll des Punkts wird beim Speichern gelöscht; seine Beschlüsse und Aufgaben bleiben ohne Tagesordnungspunkt erhalten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove agenda item</source>
        <translation>Tagesordnungspunkt entfernen</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Nobody invited yet.</source>
        <translation>Noch niemand eingeladen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} invited</source>
        <translation>{count} eingeladen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nobody belongs to this group yet.</source>
        <translation>Zu dieser Gruppe gehört noch niemand.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nobody is a member today.</source>
        <translation>Heute ist niemand Mitglied.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{added} people invited.</source>
        <translation>{added} Personen eingeladen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{added} people invited; {already} were invited already.</source>
        <translation>{added} Personen eingeladen; {already} waren schon eingeladen.</translation>
    </message>
    <message>
        <location line="+126" />
        <source>Please choose another time or room; nothing has been saved.</source>
        <translation>Bitte eine andere Zeit oder einen anderen Raum wählen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>… and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Please give the meeting a title.</source>
        <translation>Bitte geben Sie dem Treffen einen Titel.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The meeting ends before it starts. Please check the times.</source>
        <translation>Das Treffen endet, bevor es beginnt. Bitte die Uhrzeiten prüfen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start and end are the same: please give the time it ends.</source>
        <translation>Beginn und Ende sind gleich: Bitte geben Sie an, wann das Treffen endet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please choose a room, or write where the meeting takes place.</source>
        <translation>Bitte wählen Sie einen Raum oder schreiben Sie, wo das Treffen stattfindet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The agenda has too many items: at most {value}. Please combine some of them.</source>
        <translation>Die Tagesordnung hat zu viele Punkte: höchstens {value}. Bitte fassen Sie einige zusammen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Item {value} of the agenda has no topic. Please write one.</source>
        <translation>TOP {value} der Tagesordnung hat keinen Titel. Bitte tragen Sie einen ein.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="+82" />
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved as {file}. Open it now?</source>
        <translation>Gespeichert als {file}. Jetzt öffnen?</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Search titles and places…</source>
        <translation>Titel und Orte durchsuchen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search meetings</source>
        <translation>Treffen durchsuchen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kind of meeting</source>
        <translation>Art des Treffens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Upcoming</source>
        <translation>&amp;Kommende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Past</source>
        <translation>&amp;Vergangene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;ll</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;New meeting…</source>
        <translation>&amp;Neues Treffen …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prepare a meeting with its agenda (Ctrl+N)</source>
        <translation>Ein Treffen mit Tagesordnung vorbereiten (Strg+N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Change…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date, room, invitees and agenda (Enter)</source>
        <translation>Datum, Raum, Eingeladene und Tagesordnung (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Minutes &amp;&amp; attendance…</source>
        <translation>&amp;Protokoll &amp;&amp; Anwesenheit …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Who came, the minutes of each item, decisions and action items</source>
        <translation>Wer da war, das Protokoll jedes Punkts, Beschlüsse und Aufgaben</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Invitation as &amp;PDF…</source>
        <translation>Einladung als &amp;PDF …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the &amp;e-mail text</source>
        <translation>&amp;E-Mail-Text kopieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The invitation as plain text, to paste into an e-mail</source>
        <translation>Die Einladung als reiner Text, zum Einfügen in eine E-Mail</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Invitation &amp;sent today</source>
        <translation>Einladung heute &amp;verschickt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The notice period counts from this day</source>
        <translation>Die Einladungsfrist zählt ab diesem Tag</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Invitation</source>
        <translation>E&amp;inladung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Attendance list (PDF)…</source>
        <translation>&amp;Anwesenheitsliste (PDF) …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To sign at the door; print it beforehand</source>
        <translation>Zum Unterschreiben am Eingang; vorher ausdrucken</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Minutes (PDF)…</source>
        <translation>&amp;Protokoll (PDF) …</translation>
    </message>
    <message>
        <location line="+5" />
        <source>P&amp;rint</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Decisions…</source>
        <translation>Be&amp;schlüsse …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All decisions of all meetings, searchable</source>
        <translation>Alle Beschlüsse aller Treffen, durchsuchbar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+182" />
        <source>No meetings yet.

With “New meeting…” you prepare the first one: date, room, invitees and agenda. The invitation, the attendance list and the minutes follow from it.</source>
        <translation>Noch keine Treffen.

Mit „Neues Treffen …“ bereiten Sie das erste vor: Datum, Raum, Eingeladene und Tagesordnung. Einladung, Anwesenheitsliste und Protokoll ergeben sich daraus.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No meetings yet.</source>
        <translation>Noch keine Treffen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No meeting matches the filters.</source>
        <translation>Kein Treffen passt zu den Filtern.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No meetings planned. Past meetings are under “Past”.</source>
        <translation>Keine Treffen geplant. Vergangene Treffen stehen unter „Vergangene“.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No past meetings.</source>
        <translation>Keine vergangenen Treffen.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Group: {name}</source>
        <translation>Gruppe: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Chair: {name}</source>
        <translation>Leitung: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minutes: {name}</source>
        <translation>Protokoll: {name}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Invitation sent on {date}.</source>
        <translation>Einladung verschickt am {date}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{count} invited</source>
        <translation>{count} eingeladen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} present</source>
        <translation>{count} anwesend</translation>
    </message>
    <message>
        <location line="+18" />
        <source>1 decision</source>
        <translation>1 Beschluss</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} decisions</source>
        <translation>{count} Beschlüsse</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1 open task</source>
        <translation>1 offene Aufgabe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} open tasks</source>
        <translation>{count} offene Aufgaben</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Meeting “{title}” created.</source>
        <translation>Treffen „{title}“ angelegt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Meeting “{title}” saved.</source>
        <translation>Treffen „{title}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The room “{room}” is booked for it.</source>
        <translation>Der Raum „{room}“ ist dafür gebucht.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Delete the meeting “{title}” on {date}? Its agenda, attendance and minutes go with it to the bin, where it can be restored for 30 days.</source>
        <translation>Das Treffen „{title}“ am {date} löschen? Tagesordnung, Anwesenheit und Protokoll kommen mit in den Papierkorb und lassen sich dort 30 Tage lang wiederherstellen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A booking of the room for it is cancelled.</source>
        <translation>Eine Raumbuchung dafür wird storniert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete meeting</source>
        <translation>Treffen löschen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Meeting “{title}” moved to the bin.</source>
        <translation>Treffen „{title}“ in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The invitation is on the clipboard: paste it into an e-mail with Ctrl+V. Choose “Invitation sent today” once it has gone out.</source>
        <translation>Die Einladung ist in der Zwischenablage: Mit Strg+V in eine E-Mail einfügen. Wählen Sie „Einladung heute verschickt“, sobald sie hinausgegangen ist.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The invitation is on the clipboard: paste it into an e-mail with Ctrl+V.</source>
        <translation>Die Einladung ist in der Zwischenablage: Mit Strg+V in eine E-Mail einfügen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Noted: the invitation went out on {date}.</source>
        <translation>Vermerkt: Die Einladung ging am {date} hinaus.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Attendance list</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Saved as {file}.</source>
        <translation>Gespeichert als {file}.</translation>
    </message>
</context>
<context>
    <name>MeetingsSettingsSection</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_meetings.py" line="+80" />
        <source>Invitation period (days between invitation and meeting):</source>
        <translation>Einladungsfrist (Tage zwischen Einladung und Treffen):</translation>
    </message>
    <message>
        <location line="+7" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Invitation period, {kind}</source>
        <translation>Einladungsfrist, {kind}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>When a meeting is planned closer than this, the meeting form warns. The period counts from the day the invitation is marked as sent. Your statutes say how long it must be.</source>
        <translation>Liegt ein Treffen näher, warnt das Formular. Die Frist zählt ab dem Tag, an dem die Einladung als verschickt vermerkt ist. Wie lang sie sein muss, steht in Ihrer Satzung.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quorum of the members' assembly</source>
        <translation>Beschlussfähigkeit der Mitgliederversammlung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quorum of the members' assembly</source>
        <translation>&amp;Beschlussfähigkeit der Mitgliederversammlung</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The assembly can decide when at least this share of the members is present (rounded up). “always” (0 %) when the statutes set no minimum.</source>
        <translation>Die Versammlung ist beschlussfähig, wenn mindestens dieser Anteil der Mitglieder anwesend ist (aufgerundet). „immer“ (0 %), wenn die Satzung keine Mindestzahl verlangt.</translation>
    </message>
</context>
<context>
    <name>MemberListDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="+38" />
        <source>Save member list</source>
        <translation>Mitgliederliste speichern</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Print member list</source>
        <translation>Mitgliederliste drucken</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The list shows everyone who is a member today, sorted by name. Choose what else it should show.</source>
        <translation>Die Liste zeigt alle, die heute Mitglied sind, nach Namen sortiert. Wählen Sie, was sie außerdem zeigen soll.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Address</source>
        <translation>&amp;Anschrift</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member &amp;since</source>
        <translation>Mitglied &amp;seit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membership &amp;type</source>
        <translation>Mitg&amp;liedsart</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Birthday (only with consent)</source>
        <translation>&amp;Geburtstag (nur mit Einwilligung)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Groups</source>
        <translation>G&amp;ruppen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>List to hand out to &amp;members</source>
        <translation>Liste zur Weitergabe an die &amp;Mitglieder</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only members who agreed to the member list being shared are on it, and only public groups are shown. Without this option the list is for the board only.</source>
        <translation>Darauf steht nur, wer der Weitergabe der Mitgliederliste zugestimmt hat, und es werden nur öffentliche Gruppen gezeigt. Ohne diese Einstellung ist die Liste nur für den Vorstand.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Open PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Saved: 1 member in {file}.</source>
        <translation>Gespeichert: 1 Mitglied in {file}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved: {count} members in {file}.</source>
        <translation>Gespeichert: {count} Mitglieder in {file}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 member without consent to share the list is not on it.</source>
        <translation>1 Mitglied ohne Einwilligung zur Weitergabe steht nicht darauf.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count} members without consent to share the list are not on it.</source>
        <translation>{count} Mitglieder ohne Einwilligung zur Weitergabe stehen nicht darauf.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="+44" />
        <location line="+19" />
        <location line="+402" />
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="-418" />
        <source>Search name, address, email or phone</source>
        <translation>Name, Adresse, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search name or phone</source>
        <translation>Name oder Telefon suchen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Non-members</source>
        <translation>Nichtmitglieder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Former members</source>
        <translation>Ehemalige</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="+38" />
        <source>&amp;New person</source>
        <translation>&amp;Neue Person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a person to the register (Ctrl+N)</source>
        <translation>Eine Person ins Verzeichnis aufnehmen (Strg+N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the selected person (Enter or double-click)</source>
        <translation>Die ausgewählte Person öffnen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Leaving…</source>
        <translation>&amp;Austritt…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The selected member leaves the association: the membership gets an end date</source>
        <translation>Das ausgewählte Mitglied tritt aus dem Verein aus: Die Mitgliedschaft bekommt ein Enddatum</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move to &amp;bin</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <location line="+2" />
        <source>For entries made by mistake; restorable from the bin for 30 days</source>
        <translation>Für versehentliche Einträge; 30 Tage lang aus dem Papierkorb wiederherstellbar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Member list (PDF)…</source>
        <translation>&amp;Mitgliederliste (PDF)…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Information for the person (Art. 15)…</source>
        <translation>&amp;Auskunft (Art. 15)…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Retention periods…</source>
        <translation>&amp;Löschfristen…</translation>
    </message>
    <message>
        <location line="+35" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membership &amp;type:</source>
        <translation>Mitgliedsar&amp;t:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Consent:</source>
        <translation>&amp;Einwilligung:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+39" />
        <source>{shown} of {total} people</source>
        <translation>{shown} von {total} Personen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} people</source>
        <translation>{count} Personen</translation>
    </message>
    <message>
        <location line="+142" />
        <source>{name} leaves the association on {date}.</source>
        <translation>{name} tritt am {date} aus dem Verein aus.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Move “{name}” to the bin? Only do this for an entry made by mistake; for a member who leaves, use “Leaving…”. The bin keeps the entry for 30 days.</source>
        <translation>„{name}“ in den Papierkorb verschieben? Das ist nur für versehentliche Einträge gedacht; wenn ein Mitglied austritt, nehmen Sie „Austritt…“. Der Papierkorb bewahrt den Eintrag 30 Tage auf.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“{name}” is in the bin (File ▸ Bin) and can be restored for 30 days.</source>
        <translation>„{name}“ liegt im Papierkorb (Datei ▸ Papierkorb) und kann 30 Tage lang wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Not available in this version</source>
        <translation>In dieser Version nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>MembershipRow</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="+33" />
        <source>still a member</source>
        <translation>noch Mitglied</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(no type)</source>
        <translation>(keine Art)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only for a period entered by mistake; for leaving, fill in “until”</source>
        <translation>Nur für einen versehentlich eingetragenen Zeitraum; bei Austritt „bis“ ausfüllen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location line="+2" />
        <source>until</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>MembershipTypeDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="+137" />
        <source>New membership type</source>
        <translation>Neue Mitgliedsart</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change membership type</source>
        <translation>Mitgliedsart ändern</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. Reduced</source>
        <translation>z. B. Ermäßigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. 36,00 — empty if there is none</source>
        <translation>z. B. 36,00 – leer, wenn es keinen gibt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annual &amp;fee (€):</source>
        <translation>&amp;Jahresbeitrag (€):</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="-983" />
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+78" />
        <source>— whole meeting —</source>
        <translation>— ganzes Treffen —</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Item {number}: {title}</source>
        <translation>TOP {number}: {title}</translation>
    </message>
    <message>
        <location line="+1104" />
        <source>&amp;Attendance</source>
        <translation>&amp;Anwesenheit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Minutes</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;ecisions</source>
        <translation>&amp;Beschlüsse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action i&amp;tems</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Minutes: {title}, {date}</source>
        <translation>Protokoll: {title}, {date}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>D&amp;ecisions ({count})</source>
        <translation>&amp;Beschlüsse ({count})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Action i&amp;tems ({count})</source>
        <translation>Auf&amp;gaben ({count})</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Not everything could be saved (see above). Correct it, or close the window once more to leave without saving it.</source>
        <translation>Nicht alles konnte gespeichert werden (siehe oben). Bitte korrigieren – oder das Fenster noch einmal schließen, um es ohne Speichern zu verlassen.</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location line="-817" />
        <source>Agenda items</source>
        <translation>Tagesordnungspunkte</translation>
    </message>
    <message>
        <location line="+6" />
        <source>General</source>
        <translation>Allgemeines</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Item {number}: {title}</source>
        <translation>TOP {number}: {title}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Minutes of the chosen item</source>
        <translation>Protokoll des gewählten Punkts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What was discussed? The text is saved by itself as you type.</source>
        <translation>Was wurde besprochen? Der Text wird beim Tippen von selbst gespeichert.</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Not saved yet…</source>
        <translation>Noch nicht gespeichert …</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{count} of {limit} characters</source>
        <translation>{count} von {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The minutes could not be saved just now; the next keystroke tries again.</source>
        <translation>Das Protokoll konnte gerade nicht gespeichert werden; beim nächsten Tastendruck wird es erneut versucht.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{reason} The text stays here.</source>
        <translation>{reason} Der Text bleibt hier erhalten.</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="-972" />
        <source>New funding application</source>
        <translation>Neuer Förderantrag</translation>
    </message>
    <message>
        <location line="+23" />
        <source>e.g. Nachbarschaftsgespräche in der Südstadt</source>
        <translation>z. B. Nachbarschaftsgespräche in der Südstadt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Project period:</source>
        <translation>&amp;Projektzeitraum:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+6" />
        <source>P&amp;rogramme:</source>
        <translation>Förder&amp;programm:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Title of the project:</source>
        <translation>&amp;Titel des Projekts:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The texts, the cost and financing plan and the attachments follow in the application window, which opens next. Everything can be changed later.</source>
        <translation>Die Texte, der Kosten- und Finanzierungsplan und die Anlagen folgen im Antragsfenster, das sich gleich öffnet. Alles lässt sich später noch ändern.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Create and open</source>
        <translation>&amp;Anlegen und öffnen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>There is no active funding programme. Add or switch one on under Settings ▸ Funding programmes.</source>
        <translation>Es gibt kein aktives Förderprogramm. Bitte unter Einstellungen ▸ Förderprogramme eines anlegen oder einschalten.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Grant: {low} to {high}</source>
        <translation>Zuschuss: {low} bis {high}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Grant: up to {high}</source>
        <translation>Zuschuss: bis {high}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At most {rate} % of the costs</source>
        <translation>Höchstens {rate} % der Kosten</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Own share at least {rate} %</source>
        <translation>Eigenanteil mindestens {rate} %</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Project period up to {months} months</source>
        <translation>Projektdauer bis {months} Monate</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Applications any time</source>
        <translation>Anträge jederzeit möglich</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next deadline: {date}</source>
        <translation>Nächste Einreichfrist: {date}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The last deadline ({date}) has passed</source>
        <translation>Die letzte Einreichfrist ({date}) ist vorbei</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rules as in the call of {date}</source>
        <translation>Regeln nach der Ausschreibung vom {date}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Please give the project a title.</source>
        <translation>Bitte geben Sie dem Projekt einen Titel.</translation>
    </message>
</context>
<context>
    <name>OccurrenceListModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/models/occurrence_list.py" line="+35" />
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One-off</source>
        <translation>Einzeltermin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{kind}, private</source>
        <translation>{kind}, privat</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="+68" />
        <source>New partner organisation</source>
        <translation>Neue Partnerorganisation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change partner organisation</source>
        <translation>Partnerorganisation ändern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. Stadt Stuttgart, Amt für Soziales</source>
        <translation>z. B. Stadt Stuttgart, Amt für Soziales</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. www.example.org</source>
        <translation>z. B. www.beispiel.de</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Postcode, town:</source>
        <translation>&amp;PLZ, Ort:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Re&amp;move contact</source>
        <translation>Kontakt ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Double-click the function to change it, e.g. Quartiersmanagement.</source>
        <translation>Doppelklick auf die Funktion, um sie zu ändern, z. B. Quartiersmanagement.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add someone from the register:</source>
        <translation>Jemanden aus dem Verzeichnis hinzufügen:</translation>
    </message>
</context>
<context>
    <name>PartnerKind</name>
    <message>
        <location line="-99" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Funder</source>
        <translation>Förderer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Church</source>
        <translation>Kirche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="+170" />
        <source>New password for {name}</source>
        <translation>Neues Passwort für {name}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Current password:</source>
        <translation>&amp;Bisheriges Passwort:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At least 8 characters.</source>
        <translation>Mindestens 8 Zeichen.</translation>
    </message>
</context>
<context>
    <name>PeopleExport</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_export.py" line="+26" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV for Excel, separated by semicolons (*.csv)</source>
        <translation>CSV für Excel, durch Semikolon getrennt (*.csv)</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+14" />
        <source>Export people</source>
        <translation>Personen exportieren</translation>
    </message>
    <message>
        <location line="-13" />
        <source>people</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>PeopleSettingsSection</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="+59" />
        <source>Fields of your own that the person form shows below the usual ones, e.g. T-shirt size or allergies.</source>
        <translation>Eigene Felder, die das Personenformular unter den üblichen zeigt, z. B. T-Shirt-Größe oder Allergien.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People with a value</source>
        <translation>Personen mit Eintrag</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New &amp;field…</source>
        <translation>Neues &amp;Feld …</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+34" />
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <location line="-33" />
        <location line="+34" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show this field earlier in the person form</source>
        <translation>Dieses Feld im Personenformular weiter oben zeigen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show this field later in the person form</source>
        <translation>Dieses Feld im Personenformular weiter unten zeigen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The kinds of membership a person can have, each with its annual fee.</source>
        <translation>Die Arten der Mitgliedschaft, jeweils mit ihrem Jahresbeitrag.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Membership type</source>
        <translation>Mitgliedsart</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annual fee</source>
        <translation>Jahresbeitrag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New &amp;membership type…</source>
        <translation>Neue &amp;Mitgliedsart …</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Own fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Membership types</source>
        <translation>Mitgliedsarten</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The field “{name}” has been saved.</source>
        <translation>Das Feld „{name}“ ist gespeichert.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>One person has a value in it; it is deleted with the field.</source>
        <translation>Bei einer Person ist etwas eingetragen; der Eintrag wird mit dem Feld gelöscht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{count} people have a value in it; the values are deleted with the field.</source>
        <translation>Bei {count} Personen ist etwas eingetragen; die Einträge werden mit dem Feld gelöscht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nobody has a value in it yet.</source>
        <translation>Bisher ist bei niemandem etwas eingetragen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete the field “{name}”? {values} It can be restored from the bin for 30 days.</source>
        <translation>Das Feld „{name}“ löschen? {values} Es lässt sich 30 Tage lang aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete field</source>
        <translation>Feld löschen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The field “{name}” has been moved to the bin.</source>
        <translation>Das Feld „{name}“ ist in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The membership type “{name}” has been saved.</source>
        <translation>Die Mitgliedsart „{name}“ ist gespeichert.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Delete the membership type “{name}”?</source>
        <translation>Die Mitgliedsart „{name}“ löschen?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete membership type</source>
        <translation>Mitgliedsart löschen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The membership type “{name}” has been deleted.</source>
        <translation>Die Mitgliedsart „{name}“ ist gelöscht.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/models/people.py" line="+201" />
        <source>Left on {date}</source>
        <translation>Ausgetreten am {date}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membership type</source>
        <translation>Mitgliedsart</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="+757" />
        <source>New period</source>
        <translation>Neuer Zeitraum</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change period</source>
        <translation>Zeitraum ändern</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. Herbstferien 2026</source>
        <translation>z. B. Herbstferien 2026</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Both days belong to the period.</source>
        <translation>Beide Tage gehören zum Zeitraum.</translation>
    </message>
</context>
<context>
    <name>PeriodKind</name>
    <message>
        <location line="-644" />
        <source>School holidays</source>
        <translation>Schulferien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closure</source>
        <translation>Schließtage</translation>
    </message>
</context>
<context>
    <name>PeriodsSettingsSection</name>
    <message>
        <location line="+725" />
        <source>Booking series can skip school holidays; closures are shown in the calendar and on the weekly plan.</source>
        <translation>Serienbuchungen können die Schulferien auslassen; Schließtage zeigen der Kalender und der Wochenplan.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>von</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+12" />
        <source>New &amp;period…</source>
        <translation>Neuer &amp;Zeitraum …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chan&amp;ge…</source>
        <translation>Än&amp;dern …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Add the known school holidays of &amp;Baden-Württemberg</source>
        <translation>Bekannte Ferien Baden-Württemberg &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The dates shipped with Quartierstreff were compiled with care but must be checked against the list of the Kultusministerium Baden-Württemberg. Movable days set by the local schools are entered as periods of their own.</source>
        <translation>Die mitgelieferten Termine wurden sorgfältig zusammengestellt, müssen aber mit der Liste des Kultusministeriums Baden-Württemberg abgeglichen werden. Bewegliche Ferientage der Schulen vor Ort bitte als eigene Zeiträume eintragen.</translation>
    </message>
    <message>
        <location line="+94" />
        <source>“{name}” has been saved.</source>
        <translation>„{name}“ wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Delete “{name}” ({start} to {end})? It can be restored from the bin for 30 days.</source>
        <translation>„{name}“ ({start} bis {end}) löschen? Der Zeitraum lässt sich 30 Tage lang aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete period</source>
        <translation>Zeitraum löschen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“{name}” has been moved to the bin.</source>
        <translation>„{name}“ wurde in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>All known school holidays are already there; nothing was added.</source>
        <translation>Alle bekannten Schulferien sind schon eingetragen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>School-holiday periods added: {count}. Please check them against the Kultusministerium's list.</source>
        <translation>Hinzugefügte Ferienzeiträume: {count}. Bitte mit der Liste des Kultusministeriums abgleichen.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="+118" />
        <source>Reloa&amp;d</source>
        <translation>Neu la&amp;den</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the person as stored now; your input is discarded</source>
        <translation>Die Person so zeigen, wie sie jetzt gespeichert ist; Ihre Eingaben werden verworfen</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the person (Ctrl+S or Enter)</source>
        <translation>Person speichern (Strg+S oder Eingabetaste)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+5" />
        <source>optional, e.g. 03.07.1958 — leave empty if not known</source>
        <translation>freiwillig, z. B. 03.07.1958 – leer lassen, wenn unbekannt</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Last name:</source>
        <translation>Nachn&amp;ame:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date of &amp;birth:</source>
        <translation>Ge&amp;burtsdatum:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address and contact</source>
        <translation>Anschrift und Kontakt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>St&amp;reet:</source>
        <translation>St&amp;raße:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Post&amp;code, town:</source>
        <translation>P&amp;LZ, Ort:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>M&amp;obile:</source>
        <translation>M&amp;obil:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Me&amp;mbership</source>
        <translation>&amp;Mitgliedschaft</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Periods of membership. When someone leaves, fill in “until”: the period stays on record. Someone who is not a member (a contact person, a participant) has no period.</source>
        <translation>Zeiträume der Mitgliedschaft. Tritt jemand aus, tragen Sie „bis“ ein: Der Zeitraum bleibt erhalten. Wer kein Mitglied ist (Ansprechperson, Teilnehmende), hat keinen Zeitraum.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Add membership period</source>
        <translation>Mitgliedszeitraum hinzufügen</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No groups yet (page Groups &amp; partners).</source>
        <translation>Noch keine Gruppen (Seite „Gruppen &amp; Partner“).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The groups this person belongs to:</source>
        <translation>Gruppen, zu denen diese Person gehört:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Co&amp;nsents</source>
        <translation>E&amp;inwilligungen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Consents under the GDPR, each for one purpose. A withdrawn consent stays on record with the day it was withdrawn.</source>
        <translation>Einwilligungen nach der DSGVO, jede für einen Zweck. Eine widerrufene Einwilligung bleibt mit dem Tag des Widerrufs dokumentiert.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Add consent</source>
        <translation>Einwilligung hinzufügen</translation>
    </message>
    <message>
        <location line="+31" />
        <source>O&amp;wn fields</source>
        <translation>Eigene &amp;Felder</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No&amp;tes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+1" />
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Person: {name}</source>
        <translation>Person: {name}</translation>
    </message>
    <message>
        <location line="+251" />
        <source>Add “{name}” anyway?</source>
        <translation>„{name}“ trotzdem anlegen?</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Discard your changes to this person?</source>
        <translation>Ihre Änderungen an dieser Person verwerfen?</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="-1324" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/person_picker.py" line="+95" />
        <source>Search the register by name or phone…</source>
        <translation>Im Verzeichnis nach Name oder Telefon suchen …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search for a person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Nobody in the register matches “{text}”. New people are entered on the Members page.</source>
        <translation>Niemand im Verzeichnis passt zu „{text}“. Neue Personen tragen Sie auf der Seite Mitglieder ein.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The first {shown} of {count} matches; type more to narrow it.</source>
        <translation>Die ersten {shown} von {count} Treffern; tippen Sie weiter, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Type part of a name to find someone in the register.</source>
        <translation>Tippen Sie einen Teil des Namens, um jemanden im Verzeichnis zu finden.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="+38" />
        <source>PIN for {name}</source>
        <translation>PIN für {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A PIN of 4 to 8 digits can be used instead of the password to log in and to unlock this program's window — only while the window locks itself after idle time. The command line always asks for the password.</source>
        <translation>Eine PIN aus 4 bis 8 Ziffern kann statt des Passworts zum Anmelden und Entsperren des Programmfensters dienen — nur solange sich das Fenster bei Untätigkeit selbst sperrt. Die Befehlszeile fragt immer nach dem Passwort.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Remove PIN</source>
        <translation>PIN &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="-358" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit price (€)</source>
        <translation>Einzelpreis (€)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+167" />
        <source>Correct the quantity or unit price of this line first.</source>
        <translation>Bitte zuerst Menge oder Einzelpreis dieser Zeile berichtigen.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The quantity is missing.</source>
        <translation>Die Menge fehlt.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The unit price is missing.</source>
        <translation>Der Einzelpreis fehlt.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location line="+149" />
        <location line="+65" />
        <location line="+309" />
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="-373" />
        <location line="+373" />
        <source>Financing</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <location line="-370" />
        <source>Add &amp;cost line</source>
        <translation>&amp;Kostenzeile hinzufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Fee: persons × hours × rate…</source>
        <translation>&amp;Honorar: Personen × Stunden × Satz…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add &amp;income line</source>
        <translation>&amp;Einnahme hinzufügen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Total costs:</source>
        <translation>Gesamtkosten:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Income:</source>
        <translation>Einnahmen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested grant:</source>
        <translation>Beantragte Förderung:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Funding rate:</source>
        <translation>Förderquote:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Own share:</source>
        <translation>Eigenanteil:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the plan as it is stored now; your changes are discarded</source>
        <translation>Den Plan so zeigen, wie er jetzt gespeichert ist; Ihre Änderungen werden verworfen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Save plan</source>
        <translation>Plan &amp;speichern</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Financing (without the requested grant)</source>
        <translation>Finanzierung (ohne die beantragte Förderung)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Move the line up</source>
        <translation>Zeile nach oben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the line down</source>
        <translation>Zeile nach unten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the chosen line</source>
        <translation>Die gewählte Zeile entfernen</translation>
    </message>
    <message>
        <location line="+72" />
        <source>The plan is balanced.</source>
        <translation>Der Plan ist ausgeglichen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Costs not covered.</source>
        <translation>Kosten nicht gedeckt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>More money comes in than is spent.</source>
        <translation>Es kommt mehr Geld herein als ausgegeben wird.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{count} line(s) with a value that cannot be read are not counted.</source>
        <translation>{count} Zeile(n) mit unlesbarem Wert werden nicht mitgezählt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The requested amount on the Project tab cannot be read.</source>
        <translation>Der beantragte Betrag auf der Seite Vorhaben ist nicht lesbar.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>{where}: {problem} Nothing was saved.</source>
        <translation>{where}: {problem} Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The plan is saved.</source>
        <translation>Der Plan ist gespeichert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{part}, line {row}, {column}</source>
        <translation>{part}, Zeile {row}, {column}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This is missing.</source>
        <translation>Das fehlt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is too long.</source>
        <translation>Das ist zu lang.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This must be more than 0.</source>
        <translation>Das muss größer als 0 sein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is unrealistically high.</source>
        <translation>Das ist unrealistisch hoch.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This has too many decimal places.</source>
        <translation>Das hat zu viele Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This must not be negative.</source>
        <translation>Das darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a number.</source>
        <translation>Das ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{first} ({more} more marked in the table.)</source>
        <translation>{first} ({more} weitere in der Tabelle markiert.)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{problem} Nothing was saved.</source>
        <translation>{problem} Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/processing_record.py" line="+24" />
        <source>Save record of processing activities</source>
        <translation>Verzeichnis der Verarbeitungstätigkeiten speichern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+17" />
        <source>record-of-processing-activities-{date}.pdf</source>
        <translation>verarbeitungsverzeichnis-{date}.pdf</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="+134" />
        <source>New funding programme</source>
        <translation>Neues Förderprogramm</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <location line="+10" />
        <source>e.g. stadtteilfonds</source>
        <translation>z. B. stadtteilfonds</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lower-case letters, digits and _; applications and files refer to it</source>
        <translation>Kleinbuchstaben, Ziffern und _; Anträge und Dateien beziehen sich darauf</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. 15.01.2025</source>
        <translation>z. B. 15.01.2025</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no minimum</source>
        <translation>kein Mindestbetrag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no maximum</source>
        <translation>kein Höchstbetrag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 80</source>
        <translation>z. B. 80</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 10</source>
        <translation>z. B. 10</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location line="+1" />
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 31.03.2025, 30.09.2025</source>
        <translation>z. B. 31.03.2025, 30.09.2025</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+248" />
        <source>Applications possible at any time</source>
        <translation>Antrag jederzeit möglich</translation>
    </message>
    <message>
        <location line="-245" />
        <source>Volunteer work counts as in-kind income</source>
        <translation>Ehrenamtliche Arbeit zählt als unbare Eigenleistung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. 15,00</source>
        <translation>z. B. 15,00</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Funder:</source>
        <translation>Förderer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Call of:</source>
        <translation>Stand der Ausschreibung:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note on the call:</source>
        <translation>Hinweis zur Ausschreibung:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Minimum grant (€):</source>
        <translation>Mindestförderung (€):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maximum grant (€):</source>
        <translation>Höchstförderung (€):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maximum funding rate (%):</source>
        <translation>Höchste Förderquote (%):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum own share (%):</source>
        <translation>Mindest-Eigenanteil (%):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maximum per item (€):</source>
        <translation>Höchstbetrag je Position (€):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest project period:</source>
        <translation>Längste Projektdauer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadlines:</source>
        <translation>Fristen:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Value of a volunteer hour (€):</source>
        <translation>Wert einer ehrenamtlichen Stunde (€):</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+7" />
        <location line="+12" />
        <location line="+185" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="-204" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Max. per item (€)</source>
        <translation>Höchstens je Position (€)</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+11" />
        <source>Title</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Max. characters</source>
        <translation>Höchstens Zeichen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cost categories</source>
        <translation>Kostenkategorien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sections of the application</source>
        <translation>Abschnitte des Antrags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attachments</source>
        <translation>Anlagen</translation>
    </message>
    <message>
        <location line="+168" />
        <source>{table}, row {row}</source>
        <translation>{table}, Zeile {row}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Funder</source>
        <translation>Förderer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Call of</source>
        <translation>Stand der Ausschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note on the call</source>
        <translation>Hinweis zur Ausschreibung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum grant</source>
        <translation>Mindestförderung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maximum grant</source>
        <translation>Höchstförderung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maximum funding rate</source>
        <translation>Höchste Förderquote</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum own share</source>
        <translation>Mindest-Eigenanteil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maximum per item</source>
        <translation>Höchstbetrag je Position</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest project period</source>
        <translation>Längste Projektdauer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value of a volunteer hour</source>
        <translation>Wert einer ehrenamtlichen Stunde</translation>
    </message>
</context>
<context>
    <name>ProgrammesSettingsSection</name>
    <message>
        <location line="-337" />
        <source>Import funding programme</source>
        <translation>Förderprogramm importieren</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+10" />
        <source>Programme files (*.toml)</source>
        <translation>Programmdateien (*.toml)</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Export funding programme</source>
        <translation>Förderprogramm exportieren</translation>
    </message>
    <message>
        <location line="+525" />
        <source>The rules of each funding programme: grant range, funding rate, cost categories, sections and attachments. Applications are checked against them. Before applying, compare the figures with the funder's current call. A deactivated programme is not offered for new applications.</source>
        <translation>Die Regeln jedes Förderprogramms: Förderhöhe, Förderquote, Kostenkategorien, Abschnitte und Anlagen. Anträge werden daran geprüft. Vor einem Antrag die Zahlen mit der aktuellen Ausschreibung des Förderers vergleichen. Ein deaktiviertes Programm wird für neue Anträge nicht mehr angeboten.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Funder</source>
        <translation>Förderer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Call of</source>
        <translation>Stand der Ausschreibung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+72" />
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="-69" />
        <source>Take over shipped programmes</source>
        <translation>Mitgelieferte Programme übernehmen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add the programmes that come with Quartierstreff and are missing here; programmes already here stay as they are</source>
        <translation>Die mit Quartierstreff gelieferten Programme ergänzen, die hier fehlen; vorhandene Programme bleiben, wie sie sind</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The funding programme “{name}” has been saved.</source>
        <translation>Das Förderprogramm „{name}“ wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The funding programme “{name}” already exists. Replace it with the definition from “{file}”? Its applications stay and are checked against the new rules.</source>
        <translation>Das Förderprogramm „{name}“ gibt es schon. Durch die Fassung aus „{file}“ ersetzen? Seine Anträge bleiben und werden nach den neuen Regeln geprüft.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Replace funding programme</source>
        <translation>Förderprogramm ersetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The funding programme “{name}” has been imported.</source>
        <translation>Das Förderprogramm „{name}“ wurde importiert.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The file {path} could not be written: {reason}.</source>
        <translation>Die Datei {path} ließ sich nicht schreiben: {reason}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The funding programme “{name}” has been saved in {path}.</source>
        <translation>Das Förderprogramm „{name}“ wurde in {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>“{name}” is offered for new applications again.</source>
        <translation>„{name}“ wird für neue Anträge wieder angeboten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“{name}” is no longer offered for new applications.</source>
        <translation>„{name}“ wird für neue Anträge nicht mehr angeboten.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Shipped funding programmes taken over: %n.</source>
        <translation>
            <numerusform>Übernommene mitgelieferte Förderprogramme: %n.</numerusform>
            <numerusform>Übernommene mitgelieferte Förderprogramme: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>All shipped funding programmes are already here.</source>
        <translation>Alle mitgelieferten Förderprogramme sind schon vorhanden.</translation>
    </message>
</context>
<context>
    <name>ProjectTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="+484" />
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. 4.500,00</source>
        <translation>z. B. 4.500,00</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Change it under Settings ▸ Centre.</source>
        <translation>Ändern in Einstellungen ▸ Treff.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the application as it is stored now; your input is discarded</source>
        <translation>Den Antrag so zeigen, wie er jetzt gespeichert ist; Ihre Eingaben werden verworfen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+7" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Project &amp;title:</source>
        <translation>Projekt&amp;titel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project &amp;period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Contact person:</source>
        <translation>A&amp;nsprechperson:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Requested amount:</source>
        <translation>Beantragter &amp;Betrag:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Grant {low} to {high}</source>
        <translation>Förderung {low} bis {high}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Grant up to {high}</source>
        <translation>Förderung bis {high}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Project period at most {months} months</source>
        <translation>Laufzeit höchstens {months} Monate</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Applications any time</source>
        <translation>Anträge jederzeit</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Next deadline: {date}</source>
        <translation>Nächste Frist: {date}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rules as of the call of {date}</source>
        <translation>Regeln nach dem Aufruf vom {date}</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message>
        <location line="+3" />
        <source> — the programme allows up to {date}</source>
        <translation> – das Programm erlaubt bis {date}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/record.py" line="+41" />
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the entry as it is stored now; your input is discarded</source>
        <translation>Den Eintrag so zeigen, wie er jetzt gespeichert ist; Ihre Eingaben werden verworfen</translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="+13" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membership type</source>
        <translation>Mitgliedsart</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom field</source>
        <translation>Zusatzfeld</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom field value</source>
        <translation>Zusatzfeld-Eintrag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Group member</source>
        <translation>Gruppenmitglied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partner contact</source>
        <translation>Ansprechperson bei Partner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recurring booking</source>
        <translation>Serienbuchung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exception of a recurring booking</source>
        <translation>Ausnahme einer Serienbuchung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Holidays or closure</source>
        <translation>Ferien oder Schließzeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda item</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Funding application</source>
        <translation>Förderantrag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Application section</source>
        <translation>Antragsabschnitt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finance plan line</source>
        <translation>Zeile des Finanzierungsplans</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Application version</source>
        <translation>Antragsversion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text block</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Centre profile</source>
        <translation>Profil des Treffs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+4" />
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <location line="+1" />
        <source>membership types</source>
        <translation>Mitgliedsarten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>custom fields</source>
        <translation>Zusatzfelder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>custom field values</source>
        <translation>Zusatzfeld-Einträge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>group members</source>
        <translation>Gruppenmitglieder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>usual rooms of groups</source>
        <translation>Stammräume von Gruppen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>partner organisations</source>
        <translation>Partnerorganisationen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>partner contacts</source>
        <translation>Ansprechpersonen bei Partnern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+1" />
        <source>room parts</source>
        <translation>Raumteile</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>recurring bookings</source>
        <translation>Serienbuchungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>exceptions of recurring bookings</source>
        <translation>Ausnahmen von Serienbuchungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>holidays and closures</source>
        <translation>Ferien und Schließzeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>agenda items</source>
        <translation>Tagesordnungspunkte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attendance lists</source>
        <translation>Anwesenheitslisten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>funding programmes</source>
        <translation>Förderprogramme</translation>
    </message>
    <message>
        <location line="+1" />
        <source>funding applications</source>
        <translation>Förderanträge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>application sections</source>
        <translation>Antragsabschnitte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>finance plan lines</source>
        <translation>Zeilen des Finanzierungsplans</translation>
    </message>
    <message>
        <location line="+1" />
        <source>status changes</source>
        <translation>Statusänderungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>application versions</source>
        <translation>Antragsversionen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>text blocks</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>centre profile</source>
        <translation>Profil des Treffs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="-64" />
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quartierstreff backups (*.qtbackup);;All files (*)</source>
        <translation>Quartierstreff-Sicherungen (*.qtbackup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+113" />
        <location line="+5" />
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the backup to go back to. The data will be as they were when the backup was made; whatever was entered since then is replaced.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Die Daten sind dann so, wie sie beim Sichern waren; was seitdem eingegeben wurde, wird ersetzt.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There are no backups in {folder}.</source>
        <translation>In {folder} gibt es keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Other file…</source>
        <translation>&amp;Andere Datei …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore a backup from another folder, e.g. from a USB stick</source>
        <translation>Eine Sicherung aus einem anderen Ordner wiederherstellen, z. B. von einem USB-Stick</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Before the restore, a copy of the current database is saved in {folder}.</source>
        <translation>Vor dem Wiederherstellen wird eine Kopie der jetzigen Datenbank in {folder} gespeichert.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Replace the current data with this backup</source>
        <translation>Die jetzigen Daten durch diese Sicherung ersetzen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backup of {when}
Checking whether the backup is complete …</source>
        <translation>Sicherung vom {when}
Es wird geprüft, ob die Sicherung vollständig ist …</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose a backup from the list or another file.</source>
        <translation>Wählen Sie eine Sicherung aus der Liste oder eine andere Datei.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Replace the current data with this backup; whatever was entered after {when} is lost</source>
        <translation>Die jetzigen Daten durch diese Sicherung ersetzen; was nach dem {when} eingegeben wurde, geht verloren</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The backup could not be read: {reason}</source>
        <translation>Die Sicherung konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This backup cannot be restored.</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backup of {when} ({kind}), {size}</source>
        <translation>Sicherung vom {when} ({kind}), {size}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Made by Quartierstreff {version}</source>
        <translation>Erstellt mit Quartierstreff {version}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Holds {rows} entries: {people} people, {groups} groups, {bookings} bookings, {meetings} meetings; {attachments} attachments</source>
        <translation>Enthält {rows} Einträge: {people} Personen, {groups} Gruppen, {bookings} Belegungen, {meetings} Treffen; {attachments} Anhänge</translation>
    </message>
    <message>
        <location line="+10" />
        <source>✓ The backup is complete and undamaged.</source>
        <translation>✓ Die Sicherung ist vollständig und unbeschädigt.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The backup could not be restored: {reason}. The database is unchanged.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {reason}. Die Datenbank ist unverändert.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="-79" />
        <source>Volunteer</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Treasurer</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="-955" />
        <source>Colour of the room</source>
        <translation>Farbe des Raums</translation>
    </message>
    <message>
        <location line="+117" />
        <source>New room</source>
        <translation>Neuer Raum</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change room</source>
        <translation>Raum ändern</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. Großer Saal</source>
        <translation>z. B. Großer Saal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. S</source>
        <translation>z. B. S</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A short sign for the weekly plan and door signs, at most 8 characters</source>
        <translation>Ein kurzes Zeichen für den Wochenplan und die Türschilder, höchstens 8 Zeichen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1" />
        <source> places</source>
        <translation> Plätze</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Accessible (step-free, accessible WC)</source>
        <translation>&amp;Barrierefrei (stufenlos, barrierefreies WC)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One item per line, e.g. Beamer</source>
        <translation>Ein Stück je Zeile, z. B. Beamer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Fixed opening hours</source>
        <translation>&amp;Feste Öffnungszeiten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bookings outside these hours are allowed, with a warning</source>
        <translation>Buchungen außerhalb dieser Zeiten sind möglich, mit einem Hinweis</translation>
    </message>
    <message>
        <location line="+18" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The room's colour in the calendar</source>
        <translation>Die Farbe des Raums im Kalender</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Symbol:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Capacity:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Equipment:</source>
        <translation>&amp;Ausstattung:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening hours:</source>
        <translation>Öffnungszeiten:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open on:</source>
        <translation>Geöffnet am:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;olour:</source>
        <translation>Fa&amp;rbe:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Parts:</source>
        <translation>&amp;Teilräume:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No&amp;tes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+86" />
        <source>This room is a part of “{name}”, so it has no parts of its own.</source>
        <translation>Dieser Raum ist ein Teil von „{name}“ und hat daher keine eigenen Teilräume.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tick the rooms this one consists of (e.g. the two halves of a hall): booking it blocks them, and booking one of them blocks it.</source>
        <translation>Die Räume ankreuzen, aus denen dieser besteht (z. B. die zwei Hälften eines Saals): Wer ihn bucht, belegt sie mit, und wer einen von ihnen bucht, belegt ihn mit.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="+110" />
        <source>Rooms &amp; bookings</source>
        <translation>Räume &amp; Belegung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New booking…</source>
        <translation>&amp;Neue Buchung…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Book a room; the selected day and time are filled in (Ctrl+N)</source>
        <translation>Einen Raum buchen; der gewählte Tag und die gewählte Zeit sind schon eingetragen (Strg+N)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>◀ Previous week</source>
        <translation>◀ Vorwoche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The week before (Page Up)</source>
        <translation>Die Woche davor (Bild auf)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The week of today (Home)</source>
        <translation>Die Woche von heute (Pos1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next week ▶</source>
        <translation>Nächste Woche ▶</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The week after (Page Down)</source>
        <translation>Die Woche danach (Bild ab)</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+82" />
        <source>All rooms</source>
        <translation>Alle Räume</translation>
    </message>
    <message>
        <location line="-79" />
        <source>Rooms side by side</source>
        <translation>Räume nebeneinander</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Split each day into one column per room. Otherwise the rooms are told apart by colour and only bookings at the same time stand side by side.</source>
        <translation>Jeden Tag in eine Spalte je Raum teilen. Sonst unterscheiden sich die Räume durch ihre Farbe, und nur gleichzeitige Buchungen stehen nebeneinander.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Print weekly plan (PDF)…</source>
        <translation>Wochenplan drucken (PDF)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Door sign (PDF)</source>
        <translation>Türschild (PDF)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export as iCalendar…</source>
        <translation>Als iCalendar exportieren…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import iCalendar…</source>
        <translation>iCalendar importieren…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Public holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>School holidays</source>
        <translation>Schulferien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Double-click a free time to book it, a booking to open it.</source>
        <translation>Doppelklick auf eine freie Zeit bucht sie, auf eine Buchung öffnet sie.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Search title or group</source>
        <translation>Titel oder Gruppe suchen</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Group:</source>
        <translation>Gru&amp;ppe:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Usage</source>
        <translation>Auslas&amp;tung</translation>
    </message>
    <message>
        <location line="+15" />
        <source>R&amp;oom:</source>
        <translation>R&amp;aum:</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Week calendar, {week}</source>
        <translation>Wochenkalender, {week}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Week {number} · {dates}</source>
        <translation>KW {number} · {dates}</translation>
    </message>
    <message>
        <location line="+137" />
        <source>The end of the period is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Anfang.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Please choose a period of at most one year.</source>
        <translation>Bitte einen Zeitraum von höchstens einem Jahr wählen.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{shown} of {total} bookings</source>
        <translation>{shown} von {total} Buchungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 booking</source>
        <translation>1 Buchung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} bookings</source>
        <translation>{count} Buchungen</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Bookings cannot be edited in this version.</source>
        <translation>Buchungen lassen sich in dieser Version nicht bearbeiten.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Bookings cannot be cancelled in this version.</source>
        <translation>Buchungen lassen sich in dieser Version nicht absagen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“{title}” on {date} is cancelled.</source>
        <translation>„{title}“ am {date} ist abgesagt.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This is not available in this version.</source>
        <translation>Das gibt es in dieser Version noch nicht.</translation>
    </message>
</context>
<context>
    <name>RoomsSettingsSection</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="+95" />
        <source>The rooms that can be booked. The symbol stands for the room on the weekly plan and door signs. A deactivated room is no longer offered for new bookings; old bookings keep it.</source>
        <translation>Die Räume, die gebucht werden können. Das Kürzel steht für den Raum auf dem Wochenplan und den Türschildern. Ein deaktivierter Raum wird für neue Buchungen nicht mehr angeboten; alte Buchungen behalten ihn.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Symbol</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} (deactivated)</source>
        <translation>{name} (deaktiviert)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accessible</source>
        <translation>Barrierefrei</translation>
    </message>
    <message>
        <location line="+0" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parts</source>
        <translation>Teilräume</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;New room…</source>
        <translation>Neuer &amp;Raum …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;hange…</source>
        <translation>&amp;Ändern …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show this room earlier in the calendar and plans</source>
        <translation>Diesen Raum im Kalender und auf den Plänen weiter vorn zeigen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show this room later in the calendar and plans</source>
        <translation>Diesen Raum im Kalender und auf den Plänen weiter hinten zeigen</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+82" />
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="-81" />
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The room “{name}” has been saved.</source>
        <translation>Der Raum „{name}“ wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The room “{name}” is offered for new bookings again.</source>
        <translation>Der Raum „{name}“ wird wieder für neue Buchungen angeboten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The room “{name}” is no longer offered for new bookings.</source>
        <translation>Der Raum „{name}“ wird für neue Buchungen nicht mehr angeboten.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Delete the room “{name}”? It can be restored from the bin for 30 days. A room that bookings use cannot be deleted; deactivate it instead.</source>
        <translation>Den Raum „{name}“ löschen? Er lässt sich 30 Tage lang aus dem Papierkorb wiederherstellen. Ein Raum, den Buchungen nutzen, kann nicht gelöscht werden; bitte ihn dann deaktivieren.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete room</source>
        <translation>Raum löschen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The room “{name}” has been moved to the bin.</source>
        <translation>Der Raum „{name}“ wurde in den Papierkorb verschoben.</translation>
    </message>
</context>
<context>
    <name>SectionsTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="-606" />
        <source>Sections of the application</source>
        <translation>Abschnitte des Antrags</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Text of the chosen section</source>
        <translation>Text des gewählten Abschnitts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write here; the text is saved by itself.</source>
        <translation>Hier schreiben; der Text wird von selbst gespeichert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Insert &amp;text block…</source>
        <translation>Text&amp;baustein einfügen…</translation>
    </message>
    <message>
        <location line="+47" />
        <source>This programme asks for no text sections.</source>
        <translation>Dieses Programm verlangt keine Textabschnitte.</translation>
    </message>
    <message>
        <location line="+23" />
        <source> (optional)</source>
        <translation> (freiwillig)</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Not saved yet…</source>
        <translation>Noch nicht gespeichert …</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{count} characters</source>
        <translation>{count} Zeichen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{count} characters too many; the text is saved all the same.</source>
        <translation>{count} Zeichen zu viel; der Text wird trotzdem gespeichert.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Over the limit of {limit} characters</source>
        <translation>Über der Grenze von {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Required and still empty</source>
        <translation>Pflicht und noch leer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Optional and empty</source>
        <translation>Freiwillig und leer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filled in</source>
        <translation>Ausgefüllt</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The text could not be saved just now; the next keystroke tries again.</source>
        <translation>Der Text konnte gerade nicht gespeichert werden; der nächste Tastendruck versucht es erneut.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Saved {time} — {count} characters over the limit; shorten it before submitting.</source>
        <translation>Gespeichert {time} – {count} Zeichen über der Grenze; vor dem Einreichen kürzen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{reason} The text stays here.</source>
        <translation>{reason} Der Text bleibt hier stehen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="+182" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Centre profile</source>
        <translation>Profil des Treffs</translation>
    </message>
    <message>
        <location line="+3" />
        <source>These details appear on letterheads, notices and funding applications. Only the name is required.</source>
        <translation>Diese Angaben erscheinen auf Briefköpfen, Aushängen und Förderanträgen. Nur der Name muss ausgefüllt sein.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Program and backups</source>
        <translation>Programm und Sicherungen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+5" />
        <source>School holidays and closures</source>
        <translation>Schulferien und Schließtage</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Funding programmes</source>
        <translation>Förderprogramme</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the profile as it is stored now; your input is discarded</source>
        <translation>Das Profil so anzeigen, wie es jetzt gespeichert ist; Ihre Eingaben werden verworfen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the stored profile again</source>
        <translation>Die gespeicherten Angaben wieder anzeigen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the profile ({shortcut})</source>
        <translation>Profil speichern ({shortcut})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The settings have been saved.</source>
        <translation>Die Einstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You have changed the centre profile. Do you want to save the changes?</source>
        <translation>Sie haben das Profil des Treffs geändert. Möchten Sie die Änderungen speichern?</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="+43" />
        <source>Status of “{title}”</source>
        <translation>Status von „{title}“</translation>
    </message>
    <message>
        <location line="+9" />
        <source>withdrawn (back to draft)</source>
        <translation>zurückgezogen (wieder Entwurf)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. sent by e-mail to Ms Berger</source>
        <translation>z. B. per E-Mail an Frau Berger geschickt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>As in the funder's letter</source>
        <translation>Wie im Schreiben des Fördergebers</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. 4.500,00</source>
        <translation>z. B. 4.500,00</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;New status:</source>
        <translation>&amp;Neuer Status:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;File number of the funder:</source>
        <translation>&amp;Aktenzeichen des Fördergebers:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Approved amount (€):</source>
        <translation>&amp;Bewilligter Betrag (€):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Current status: {status}</source>
        <translation>Aktueller Status: {status}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This application is finished; its status does not change any more.</source>
        <translation>Dieser Antrag ist abgeschlossen; sein Status ändert sich nicht mehr.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+71" />
        <source>File number of the funder: {reference}</source>
        <translation>Aktenzeichen des Fördergebers: {reference}</translation>
    </message>
</context>
<context>
    <name>TextBlockChooser</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="-368" />
        <source>Insert text block</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search the text blocks…</source>
        <translation>Textbausteine durchsuchen …</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There are no text blocks yet. Keep texts you use again and again (about us, our rooms, our groups) under Funding applications ▸ Text blocks.</source>
        <translation>Es gibt noch keine Textbausteine. Texte, die Sie immer wieder brauchen (über uns, unsere Räume, unsere Gruppen), legen Sie unter Förderanträge ▸ Textbausteine ab.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
</context>
<context>
    <name>TextBlocksDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="+71" />
        <location line="+12" />
        <source>Text blocks</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Texts you need in many applications — about us, our rooms, our groups. In an application they are inserted with a click.</source>
        <translation>Texte, die Sie in vielen Anträgen brauchen – über uns, unsere Räume, unsere Gruppen. Im Antrag werden sie mit einem Klick eingefügt.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No text blocks yet. “New text block” starts the first one.</source>
        <translation>Noch keine Textbausteine. „Neuer Textbaustein“ beginnt den ersten.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>e.g. About us</source>
        <translation>z. B. Über uns</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The text as it should appear in the application</source>
        <translation>Der Text, wie er im Antrag stehen soll</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;New text block</source>
        <translation>&amp;Neuer Textbaustein</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Insert this text where the cursor is</source>
        <translation>Diesen Text an der Stelle des Cursors einfügen</translation>
    </message>
    <message>
        <location line="+74" />
        <source>{count} characters</source>
        <translation>{count} Zeichen</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Text block “{title}” saved.</source>
        <translation>Textbaustein „{title}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Delete the text block “{title}”? Applications that already contain its text keep it. The block goes to the bin, where it can be restored for 30 days.</source>
        <translation>Den Textbaustein „{title}“ löschen? Anträge, die seinen Text schon enthalten, behalten ihn. Der Baustein kommt in den Papierkorb, aus dem er 30 Tage lang wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete text block</source>
        <translation>Textbaustein löschen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Text block “{title}” moved to the bin.</source>
        <translation>Textbaustein „{title}“ in den Papierkorb gelegt.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="+138" />
        <location line="+5" />
        <source>Bin</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deleted entries can be restored here for 30 days, together with everything that was deleted with them.</source>
        <translation>Gelöschte Einträge lassen sich hier 30 Tage lang wiederherstellen, zusammen mit allem, was mit ihnen gelöscht wurde.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Deleted entries</source>
        <translation>Gelöschte Einträge</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The bin is empty.
Nothing has been deleted in the last 30 days.</source>
        <translation>Der Papierkorb ist leer.
In den letzten 30 Tagen wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+62" />
        <source>“{what}” has been restored.</source>
        <translation>„{what}“ wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location line="-139" />
        <source>Deleted on</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deleted by</source>
        <translation>Gelöscht von</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restorable until</source>
        <translation>Wiederherstellbar bis</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="+60" />
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Save usage figures</source>
        <translation>Nutzungszahlen speichern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>UsageView</name>
    <message>
        <location line="+30" />
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other period</source>
        <translation>Anderer Zeitraum</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+4" />
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Opening hours</source>
        <translation>Öffnungsstunden</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+3" />
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Expected visitors</source>
        <translation>Erwartete Besucher</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Occupancy: the booked hours within the opening hours, in percent of the opening hours (open days without public holidays and closures). A booking of the whole hall counts for the hall, not for its parts.</source>
        <translation>Auslastung: die gebuchten Stunden innerhalb der Öffnungszeiten, in Prozent der Öffnungsstunden (Öffnungstage ohne Feiertage und Schließtage). Eine Buchung des ganzen Saals zählt für den Saal, nicht für seine Teile.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+159" />
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="-158" />
        <location line="+159" />
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="-151" />
        <location line="+149" />
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="-38" />
        <source>(no group)</source>
        <translation>ohne Gruppe</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{first} to {last}: {events} dates, {hours} booked, {people} expected visitors.</source>
        <translation>{first} bis {last}: {events} Termine, {hours} gebucht, {people} erwartete Besucher.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Usage figures</source>
        <translation>Nutzungszahlen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>usage {first} to {last}.csv</source>
        <translation>Nutzungszahlen {first} bis {last}.csv</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The file could not be written: {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Saved as {path}.</source>
        <translation>Gespeichert als {path}.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="-163" />
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change user</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. anna.schmidt</source>
        <translation>z. B. anna.schmidt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>May log in</source>
        <translation>Darf sich anmelden</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Bookings, meetings and attendance; names and phone numbers of people. No addresses, no finances.</source>
        <translation>Belegungen, Treffen und Anwesenheit; Namen und Telefonnummern von Personen. Keine Adressen, keine Finanzen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Finances, receipts, funding applications and reports.</source>
        <translation>Finanzen, Belege, Förderanträge und Verwendungsnachweise.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything except users and the audit trail.</source>
        <translation>Alles außer Benutzern und dem Änderungsprotokoll.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything, including users and the audit trail.</source>
        <translation>Alles, auch Benutzer und das Änderungsprotokoll.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location line="+157" />
        <location line="+5" />
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Once the first user exists, everyone logs in. Each role sees only what it needs; every change is recorded with the user's name.</source>
        <translation>Sobald es den ersten Benutzer gibt, meldet sich jeder an. Jede Rolle sieht nur, was sie braucht; jede Änderung wird mit dem Namen des Benutzers festgehalten.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last log-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Set password…</source>
        <translation>&amp;Passwort setzen …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P&amp;IN…</source>
        <translation>P&amp;IN …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+39" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0" />
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+27" />
        <source>User “{name}” created.</source>
        <translation>Benutzer „{name}“ angelegt.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>User “{name}” saved.</source>
        <translation>Benutzer „{name}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The password of “{name}” has been changed.</source>
        <translation>Das Passwort von „{name}“ ist geändert.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="+142" />
        <source>Week calendar</source>
        <translation>Wochenkalender</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Free: {date}, {time}</source>
        <translation>Frei: {date}, {time} Uhr</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{date}, {start}–{end}</source>
        <translation>{date}, {start}–{end} Uhr</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Room: {rooms}</source>
        <translation>Raum: {rooms}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Group: {name}</source>
        <translation>Gruppe: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contact: {name}</source>
        <translation>Ansprechperson: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Responsible: {name}</source>
        <translation>Verantwortlich: {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Expected: {count} people</source>
        <translation>Erwartet: {count} Personen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Date of a series</source>
        <translation>Serientermin</translation>
    </message>
    <message>
        <location line="+0" />
        <source>One-off</source>
        <translation>Einzeltermin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date of a series, changed on its own</source>
        <translation>Serientermin, einzeln geändert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="-624" />
        <source>Mo</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tu</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+1" />
        <source>We</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Th</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fr</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sa</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Su</source>
        <translation>So</translation>
    </message>
</context>
<context>
    <name>WeeklyPlan</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/weekly_plan.py" line="+45" />
        <source>Save weekly plan</source>
        <translation>Wochenplan speichern</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save door sign</source>
        <translation>Türschild speichern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved as {file}. Open it now to print it?</source>
        <translation>Gespeichert als {file}. Jetzt öffnen, um es zu drucken?</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="+20" />
        <location line="+21" />
        <source>Welcome to Quartierstreff</source>
        <translation>Willkommen bei Quartierstreff</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This database is still empty. How would you like to begin?</source>
        <translation>Diese Datenbank ist noch leer. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Your own centre</source>
        <translation>Ihr eigener Treff</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter the name of your centre. Address, bank details and everything else can be added later under Settings.</source>
        <translation>Geben Sie den Namen Ihres Treffs ein. Anschrift, Bankverbindung und alles Weitere können Sie später unter „Einstellungen“ ergänzen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Name of the centre:</source>
        <translation>&amp;Name des Treffs:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>e.g. Bürgertreff Südstadt</source>
        <translation>z. B. Bürgertreff Südstadt</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Start empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Look around first</source>
        <translation>Erst einmal umschauen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Loads an invented neighbourhood centre with members, groups, rooms, bookings and meetings, so you can try everything out. Keep your real data in a database of its own.</source>
        <translation>Lädt einen erfundenen Bürgertreff mit Mitgliedern, Gruppen, Räumen, Buchungen und Treffen, damit Sie alles ausprobieren können. Ihre echten Daten gehören später in eine eigene Datenbank.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Load example centre</source>
        <translation>&amp;Beispiel-Treff laden</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Loading the example centre …</source>
        <translation>Der Beispiel-Treff wird geladen …</translation>
    </message>
</context>
<context>
    <name>_BlockTable</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="-382" />
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>_MinutesDelegate</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="-892" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
</TS>
