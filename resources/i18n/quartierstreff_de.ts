<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="+40" />
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
        <location line="+12" />
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
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="+129" />
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
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="+38" />
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
        <location line="+20" />
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
        <location filename="../../src/quartierstreff/ui/backup.py" line="+69" />
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
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="+67" />
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
        <location line="+12" />
        <source>Next meetings</source>
        <translation>Die nächsten Treffen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No meetings are planned yet.</source>
        <translation>Es sind noch keine Treffen geplant.</translation>
    </message>
    <message>
        <location line="+3" />
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
        <location line="+56" />
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
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="+81" />
        <source>Quartierstreff — the database cannot be opened</source>
        <translation>Quartierstreff — die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+25" />
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
    <name>EntityNames</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="+130" />
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
        <source>Funding application</source>
        <translation>Förderantrag</translation>
    </message>
    <message>
        <location line="+1" />
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
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="-55" />
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
        <location line="+30" />
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
        <location line="+11" />
        <source>The action could not be completed.</source>
        <translation>Die Aktion konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+6" />
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
        <location line="+12" />
        <source>Please fill in “{field}”.</source>
        <translation>Bitte füllen Sie „{field}“ aus.</translation>
    </message>
    <message>
        <location line="+2" />
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
        <location line="+4" />
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
    <name>FieldNames</name>
    <message>
        <location line="-456" />
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
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="+14" />
        <source>Funding applications</source>
        <translation>Förderanträge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is where you will write funding applications: project description, cost and financing plan, deadlines and status, and at the end the report on how the money was used (Verwendungsnachweis).</source>
        <translation>Hier schreiben Sie künftig Förderanträge: Projektbeschreibung, Kosten- und Finanzierungsplan, Fristen und Status – und am Ende den Verwendungsnachweis.</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsSection</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="+48" />
        <source>Choose the second backup folder</source>
        <translation>Zweiten Sicherungsordner wählen</translation>
    </message>
    <message>
        <location line="+25" />
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
        <location line="+12" />
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
        <location line="+75" />
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
        <source>Please choose between 1 and {max} hours.</source>
        <translation>Bitte wählen Sie zwischen 1 und {max} Stunden.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="+14" />
        <source>Groups &amp; partners</source>
        <translation>Gruppen &amp; Partner</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is where you will find the groups and initiatives that meet at the centre, with their contact persons and usual rooms, and your partners: the municipality, churches, schools, associations and funders.</source>
        <translation>Hier finden Sie künftig die Gruppen und Initiativen, die sich im Treff treffen, mit ihren Ansprechpersonen und Stammräumen – und Ihre Partner: Kommune, Kirchen, Schulen, Vereine und Förderer.</translation>
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
        <location filename="../../src/quartierstreff/ui/main_window.py" line="+89" />
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
        <location line="+4" />
        <source>&amp;Audit trail…</source>
        <translation>Änderungs&amp;protokoll …</translation>
    </message>
    <message>
        <location line="+8" />
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
        <location line="+66" />
        <source>Centre profile saved.</source>
        <translation>Profil des Treffs gespeichert.</translation>
    </message>
    <message>
        <location line="+13" />
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
    <name>MeetingsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="+14" />
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is where you will prepare meetings: the invitation with its agenda, attendance, minutes, decisions and action items, and attendance lists for funded events.</source>
        <translation>Hier bereiten Sie künftig Treffen vor: Einladung mit Tagesordnung, Anwesenheit, Protokoll, Beschlüsse und Aufgaben – bis zur Teilnehmendenliste für geförderte Veranstaltungen.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="+14" />
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is where you will look after the people of your centre: addresses, memberships and fees, consents under the GDPR, and requests for information or erasure with their deadlines.</source>
        <translation>Hier pflegen Sie künftig die Menschen Ihres Treffs: Adressen, Mitgliedschaften und Beiträge, Einwilligungen nach der DSGVO sowie Auskunfts- und Löschanfragen mit ihren Fristen.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="+166" />
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
    <name>PinDialog</name>
    <message>
        <location line="+42" />
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
        <location line="+6" />
        <source>&amp;Remove PIN</source>
        <translation>PIN &amp;entfernen</translation>
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
        <location line="+23" />
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
        <location line="+16" />
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
    <name>RoomsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="+14" />
        <source>Rooms &amp; bookings</source>
        <translation>Räume &amp; Belegung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is where you will plan your rooms: bookings and recurring dates, school and public holidays, the weekly plan for the notice board and door signs.</source>
        <translation>Hier planen Sie künftig Ihre Räume: Buchungen und Serientermine, Schulferien und Feiertage, den Wochenplan für den Aushang und Türschilder.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="+180" />
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
        <location line="+52" />
        <source>The settings have been saved.</source>
        <translation>Die Einstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <location line="+27" />
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
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="+139" />
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
        <location line="+24" />
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
        <location line="-157" />
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
    <name>UserDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="-173" />
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
        <location line="+19" />
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
        <location line="+165" />
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
        <location line="+12" />
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
</TS>
