<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CentreProfileForm</name>
    <message>
        <location filename="../../forms/centre_profile.ui" line="+14"/>
        <source>Centre profile</source>
        <translation>Profil des Treffs</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Centre</source>
        <translation>Treff und Verein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Legal form:</source>
        <translation>&amp;Rechtsform:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. eingetragener Verein (e. V.)</source>
        <translation>z. B. eingetragener Verein (e. V.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register &amp;court:</source>
        <translation>Register&amp;gericht:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Amtsgericht Stuttgart</source>
        <translation>z. B. Amtsgericht Stuttgart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register n&amp;umber:</source>
        <translation>Registern&amp;ummer:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. VR 12345</source>
        <translation>z. B. VR 12345</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authorised si&amp;gnatories:</source>
        <translation>&amp;Zeichnungsberechtigte:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One person per line, e.g. Maria Beispiel (1. Vorsitzende)</source>
        <translation>Eine Person pro Zeile, z. B. Maria Beispiel (1. Vorsitzende)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Address and contact</source>
        <translation>Anschrift und Kontakt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Street:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Postcode and town:</source>
        <translation>&amp;PLZ und Ort:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Bank account</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account &amp;holder:</source>
        <translation>&amp;Kontoinhaber:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>B&amp;ank:</source>
        <translation>B&amp;ank:</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tax e&amp;xemption notice:</source>
        <translation>Freistellungsbes&amp;cheid:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>received on</source>
        <translation>vom</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tax o&amp;ffice:</source>
        <translation>Finanza&amp;mt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Finanzamt Stuttgart-Körperschaften</source>
        <translation>z. B. Finanzamt Stuttgart-Körperschaften</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notice board and printouts</source>
        <translation>Aushang und Ausdrucke</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>House &amp;rules line:</source>
        <translation>&amp;Hausordnungs-Zeile:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Bitte um 22 Uhr lüften, abschließen und Licht aus.</source>
        <translation>z. B. Bitte um 22 Uhr lüften, abschließen und Licht aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Key contact:</source>
        <translation>Sch&amp;lüsselkontakt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Hausdienst, Tel. 0711 123456</source>
        <translation>z. B. Hausdienst, Tel. 0711 123456</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="+38"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming meetings</source>
        <translation>Anstehende Treffen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next meetings</source>
        <translation>Die nächsten Treffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meetings are planned yet.</source>
        <translation>Es sind noch keine Treffen geplant.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The centre&apos;s name has not been entered yet (see Settings).</source>
        <translation>Der Name des Treffs ist noch nicht eingetragen (siehe Einstellungen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} in {city}</source>
        <translation>{name} in {city}</translation>
    </message>
</context>
<context>
    <name>EntityNames</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="+65"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding application</source>
        <translation>Förderantrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzerkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre profile</source>
        <translation>Profil des Treffs</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="-18"/>
        <source>An IBAN starts with the country code, e.g. DE89 3704 0044 0532 0130 00.</source>
        <translation>Eine IBAN beginnt mit dem Ländercode, z. B. DE89 3704 0044 0532 0130 00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A BIC has 8 or 11 characters, e.g. COBADEFFXXX.</source>
        <translation>Eine BIC hat 8 oder 11 Zeichen, z. B. COBADEFFXXX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A German postcode has five digits, e.g. 70173.</source>
        <translation>Eine Postleitzahl hat fünf Ziffern, z. B. 70173.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The database already contains data. The example centre can only be loaded into an empty database.</source>
        <translation>Die Datenbank enthält bereits Daten. Der Beispiel-Treff kann nur in eine leere Datenbank geladen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file {target} does not exist.</source>
        <translation>Die Datenbank-Datei {target} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not be opened: {target}

Reason given: {reason}</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: {target}

Genannter Grund: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{url}” is not a database address Quartierstreff can use.</source>
        <translation>„{url}“ ist keine Datenbank-Adresse, mit der Quartierstreff arbeiten kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database was last used by a newer version of Quartierstreff. Please install the newer version to open it.</source>
        <translation>Diese Datenbank wurde zuletzt von einer neueren Version von Quartierstreff benutzt. Bitte installieren Sie die neuere Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are not allowed to do this. Please ask the coordination team or the administrator.</source>
        <translation>Dafür fehlt Ihnen die Berechtigung. Bitte wenden Sie sich an die Koordination oder die Administration.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} “{key}” no longer exists. Perhaps it was just deleted on another PC.</source>
        <translation>{what} „{key}“ gibt es nicht mehr. Vielleicht wurde der Eintrag gerade an einem anderen PC gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The action could not be completed.</source>
        <translation>Die Aktion konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please fill in “{field}”.</source>
        <translation>Bitte füllen Sie „{field}“ aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{field}” is too long. Please shorten it.</source>
        <translation>„{field}“ ist zu lang. Bitte kürzen Sie den Eintrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” is not valid: “{value}”.</source>
        <translation>„{field}“ hat nicht das richtige Format: „{value}“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{field}” contains a typing error (the check digits do not match): “{value}”.</source>
        <translation>„{field}“ enthält einen Tippfehler (die Prüfziffern stimmen nicht): „{value}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” is not valid.</source>
        <translation>„{field}“ ist ungültig.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Something went wrong that Quartierstreff did not expect. Your last action may not have been saved; please check it and try again.</source>
        <translation>Etwas ist schiefgegangen, womit Quartierstreff nicht gerechnet hat. Ihre letzte Aktion wurde möglicherweise nicht gespeichert – bitte prüfen Sie sie und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Technical details for whoever looks after the program: {path}</source>
        <translation>Technische Einzelheiten für die Person, die das Programm betreut: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location line="-175"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register court</source>
        <translation>Registergericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax exemption notice of</source>
        <translation>Freistellungsbescheid vom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax office</source>
        <translation>Finanzamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House rules line</source>
        <translation>Hausordnungs-Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key contact</source>
        <translation>Schlüsselkontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised signatories</source>
        <translation>Zeichnungsberechtigte</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/finance.py" line="+14"/>
        <source>Finances</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is where the treasurer will keep receipts and entries, budgets per project and the list of receipts for funding reports.</source>
        <translation>Hier führt die Kasse künftig Belege und Buchungen, Budgets je Projekt und die Belegliste für den Verwendungsnachweis.</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="+14"/>
        <source>Funding applications</source>
        <translation>Förderanträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is where you will write funding applications: project description, cost and financing plan, deadlines and status, and at the end the report on how the money was used (Verwendungsnachweis).</source>
        <translation>Hier schreiben Sie künftig Förderanträge: Projektbeschreibung, Kosten- und Finanzierungsplan, Fristen und Status – und am Ende den Verwendungsnachweis.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="+14"/>
        <source>Groups &amp; partners</source>
        <translation>Gruppen &amp; Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is where you will find the groups and initiatives that meet at the centre, with their contact persons and usual rooms, and your partners: the municipality, churches, schools, associations and funders.</source>
        <translation>Hier finden Sie künftig die Gruppen und Initiativen, die sich im Treff treffen, mit ihren Ansprechpersonen und Stammräumen – und Ihre Partner: Kommune, Kirchen, Schulen, Vereine und Förderer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="+71"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups &amp; partners</source>
        <translation>Gruppen &amp; Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms &amp; bookings</source>
        <translation>Räume &amp; Belegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding applications</source>
        <translation>Förderanträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finances</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Database: {database}</source>
        <translation>Datenbank: {database}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Quartierstreff</source>
        <translation>&amp;Über Quartierstreff</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Centre profile saved.</source>
        <translation>Profil des Treffs gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Quartierstreff</source>
        <translation>Über Quartierstreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Quartierstreff {version}&lt;/h3&gt;&lt;p&gt;Members, groups, rooms, meetings, funding applications and finances for neighbourhood centres run by volunteers.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quartierstreff {version}&lt;/h3&gt;&lt;p&gt;Mitglieder, Gruppen, Räume, Treffen, Förderanträge und Finanzen für Bürgertreffs, die von Ehrenamtlichen getragen werden.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="+14"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is where you will prepare meetings: the invitation with its agenda, attendance, minutes, decisions and action items, and attendance lists for funded events.</source>
        <translation>Hier bereiten Sie künftig Treffen vor: Einladung mit Tagesordnung, Anwesenheit, Protokoll, Beschlüsse und Aufgaben – bis zur Teilnehmendenliste für geförderte Veranstaltungen.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="+14"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is where you will look after the people of your centre: addresses, memberships and fees, consents under the GDPR, and requests for information or erasure with their deadlines.</source>
        <translation>Hier pflegen Sie künftig die Menschen Ihres Treffs: Adressen, Mitgliedschaften und Beiträge, Einwilligungen nach der DSGVO sowie Auskunfts- und Löschanfragen mit ihren Fristen.</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="+14"/>
        <source>Rooms &amp; bookings</source>
        <translation>Räume &amp; Belegung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is where you will plan your rooms: bookings and recurring dates, school and public holidays, the weekly plan for the notice board and door signs.</source>
        <translation>Hier planen Sie künftig Ihre Räume: Buchungen und Serientermine, Schulferien und Feiertage, den Wochenplan für den Aushang und Türschilder.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="+169"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre profile</source>
        <translation>Profil des Treffs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These details appear on letterheads, notices and funding applications. Only the name is required.</source>
        <translation>Diese Angaben erscheinen auf Briefköpfen, Aushängen und Förderanträgen. Nur der Name muss ausgefüllt sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the stored profile again</source>
        <translation>Die gespeicherten Angaben wieder anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the profile ({shortcut})</source>
        <translation>Profil speichern ({shortcut})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The settings have been saved.</source>
        <translation>Die Einstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changed the centre profile. Do you want to save the changes?</source>
        <translation>Sie haben das Profil des Treffs geändert. Möchten Sie die Änderungen speichern?</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="+20"/>
        <location line="+21"/>
        <source>Welcome to Quartierstreff</source>
        <translation>Willkommen bei Quartierstreff</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database is still empty. How would you like to begin?</source>
        <translation>Diese Datenbank ist noch leer. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your own centre</source>
        <translation>Ihr eigener Treff</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of your centre. Address, bank details and everything else can be added later under Settings.</source>
        <translation>Geben Sie den Namen Ihres Treffs ein. Anschrift, Bankverbindung und alles Weitere können Sie später unter „Einstellungen“ ergänzen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name of the centre:</source>
        <translation>&amp;Name des Treffs:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Bürgertreff Südstadt</source>
        <translation>z. B. Bürgertreff Südstadt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Start empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Look around first</source>
        <translation>Erst einmal umschauen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loads an invented neighbourhood centre with members, groups, rooms, bookings and meetings, so you can try everything out. Keep your real data in a database of its own.</source>
        <translation>Lädt einen erfundenen Bürgertreff mit Mitgliedern, Gruppen, Räumen, Buchungen und Treffen, damit Sie alles ausprobieren können. Ihre echten Daten gehören später in eine eigene Datenbank.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Load example centre</source>
        <translation>&amp;Beispiel-Treff laden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the example centre …</source>
        <translation>Der Beispiel-Treff wird geladen …</translation>
    </message>
</context>
</TS>
