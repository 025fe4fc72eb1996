<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="40" />
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="41" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="42" />
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="43" />
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="44" />
        <source>logged in</source>
        <translation>logged in</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="45" />
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="72" />
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="77" />
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="86" />
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="91" />
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="92" />
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="93" />
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="94" />
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="105" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="105" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="105" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="105" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="105" />
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="117" />
        <source>Select an entry to see which fields changed.</source>
        <translation>Select an entry to see which fields changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="124" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="147" />
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="150" />
        <source>all areas</source>
        <translation>all areas</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="189" />
        <source>{count} entries (the newest {limit} at most)</source>
        <translation>{count} entries (the newest {limit} at most)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="191" />
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="205" />
        <source>No field values recorded.</source>
        <translation>No field values recorded.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="129" />
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="130" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="131" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="132" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="38" />
        <source>Choose a folder for the backup</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="57" />
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="61" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="64" />
        <source>A backup holds all data and the stored receipt scans in one file. It can be restored on this PC or on another one.</source>
        <translation>A backup holds all data and the stored receipt scans in one file. It can be restored on this PC or on another one.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="71" />
        <source>Into the &amp;backups folder</source>
        <translation>Into the &amp;backups folder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="78" />
        <source>Into &amp;another folder, e.g. on a USB stick or a network drive:</source>
        <translation>Into &amp;another folder, e.g. on a USB stick or a network drive:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="81" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="82" />
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="102" />
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="148" />
        <source>Please choose the folder for the backup.</source>
        <translation>Please choose the folder for the backup.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="164" />
        <source>The backup has been saved:
{path}</source>
        <translation>The backup has been saved:
{path}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="69" />
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="94" />
        <source>The database file is damaged: {detail}</source>
        <translation>The database file is damaged: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="98" />
        <source>An entry refers to something that no longer exists: {detail}</source>
        <translation>An entry refers to something that no longer exists: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="102" />
        <source>Tables are missing: {detail}</source>
        <translation>Tables are missing: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="107" />
        <source>The database has no Quartierstreff schema version.</source>
        <translation>The database has no Quartierstreff schema version.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="118" />
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="119" />
        <source>Last backup: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="321" />
        <source>The database could not be checked: {reason}</source>
        <translation>The database could not be checked: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="342" />
        <source>The check of the database at start found problems.</source>
        <translation>The check of the database at start found problems.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="417" />
        <source>The automatic backup failed: {reason}</source>
        <translation>The automatic backup failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="437" />
        <source>Automatic backup saved: {file}</source>
        <translation>Automatic backup saved: {file}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="470" />
        <source>Saving a backup before closing …</source>
        <translation>Saving a backup before closing …</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="471" />
        <source>Don't wait</source>
        <translation>Don't wait</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="476" />
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="506" />
        <source>The backup of {when} has been restored.</source>
        <translation>The backup of {when} has been restored.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="510" />
        <source>The data it replaced are kept in {path}.</source>
        <translation>The data it replaced are kept in {path}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="539" />
        <source>The backup failed: {reason}</source>
        <translation>The backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>CentreProfileForm</name>
    <message>
        <location filename="../../forms/centre_profile.ui" line="14" />
        <source>Centre profile</source>
        <translation>Centre profile</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="38" />
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="47" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="64" />
        <source>&amp;Legal form:</source>
        <translation>&amp;Legal form:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="77" />
        <source>e.g. eingetragener Verein (e. V.)</source>
        <translation>e.g. eingetragener Verein (e. V.)</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="84" />
        <source>Register &amp;court:</source>
        <translation>Register &amp;court:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="97" />
        <source>e.g. Amtsgericht Stuttgart</source>
        <translation>e.g. Amtsgericht Stuttgart</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="104" />
        <source>Register n&amp;umber:</source>
        <translation>Register n&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="117" />
        <source>e.g. VR 12345</source>
        <translation>e.g. VR 12345</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="124" />
        <source>Authorised si&amp;gnatories:</source>
        <translation>Authorised si&amp;gnatories:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="137" />
        <source>One person per line, e.g. Maria Beispiel (1. Vorsitzende)</source>
        <translation>One person per line, e.g. Maria Beispiel (1. Vorsitzende)</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="236" />
        <source>Address and contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="245" />
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="262" />
        <source>&amp;Postcode and town:</source>
        <translation>&amp;Postcode and town:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="299" />
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="316" />
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="333" />
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="153" />
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="162" />
        <source>Account &amp;holder:</source>
        <translation>Account &amp;holder:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="179" />
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="199" />
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="216" />
        <source>B&amp;ank:</source>
        <translation>B&amp;ank:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="353" />
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="362" />
        <source>Tax e&amp;xemption notice:</source>
        <translation>Tax e&amp;xemption notice:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="374" />
        <source>received on</source>
        <translation>received on</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="406" />
        <source>Tax o&amp;ffice:</source>
        <translation>Tax o&amp;ffice:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="419" />
        <source>e.g. Finanzamt Stuttgart-Körperschaften</source>
        <translation>e.g. Finanzamt Stuttgart-Körperschaften</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="429" />
        <source>Notice board and printouts</source>
        <translation>Notice board and printouts</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="438" />
        <source>House &amp;rules line:</source>
        <translation>House &amp;rules line:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="451" />
        <source>e.g. Bitte um 22 Uhr lüften, abschließen und Licht aus.</source>
        <translation>e.g. Bitte um 22 Uhr lüften, abschließen und Licht aus.</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="458" />
        <source>&amp;Key contact:</source>
        <translation>&amp;Key contact:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="471" />
        <source>e.g. Hausdienst, Tel. 0711 123456</source>
        <translation>e.g. Hausdienst, Tel. 0711 123456</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="67" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="72" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="73" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="74" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="75" />
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="76" />
        <source>Upcoming meetings</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="88" />
        <source>Next meetings</source>
        <translation>Next meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="92" />
        <source>No meetings are planned yet.</source>
        <translation>No meetings are planned yet.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="95" />
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="99" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="104" />
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="160" />
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="163" />
        <source>Last backup: {when} ({kind}), in {folder}</source>
        <translation>Last backup: {when} ({kind}), in {folder}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="174" />
        <source>There is no backup of your data yet. Please make one now — and from time to time one on a USB stick that is kept somewhere else.</source>
        <translation>There is no backup of your data yet. Please make one now — and from time to time one on a USB stick that is kept somewhere else.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="181" />
        <source>The last backup is more than a week old. Please make one now — and from time to time one on a USB stick that is kept somewhere else.</source>
        <translation>The last backup is more than a week old. Please make one now — and from time to time one on a USB stick that is kept somewhere else.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="195" />
        <source>Automatic backups are paused so that the older ones are kept. Please restore the newest backup from before the problem.</source>
        <translation>Automatic backups are paused so that the older ones are kept. Please restore the newest backup from before the problem.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="200" />
        <source>Automatic backups are paused so that the older ones are kept. Please ask the coordination team or the administrator to restore a backup.</source>
        <translation>Automatic backups are paused so that the older ones are kept. Please ask the coordination team or the administrator to restore a backup.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="204" />
        <source>The check of the database at start found problems:</source>
        <translation>The check of the database at start found problems:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="213" />
        <source>The centre's name has not been entered yet (see Settings).</source>
        <translation>The centre's name has not been entered yet (see Settings).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="217" />
        <source>{name} in {city}</source>
        <translation>{name} in {city}</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="81" />
        <source>Quartierstreff — the database cannot be opened</source>
        <translation>Quartierstreff — the database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="106" />
        <source>Restore the &amp;newest backup</source>
        <translation>Restore the &amp;newest backup</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="107" />
        <source>Choose &amp;another backup…</source>
        <translation>Choose &amp;another backup…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="108" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="149" />
        <source>The database file is damaged</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="152" />
        <source>The database file {file} is damaged or is not a database ({reason}). It has not been changed, and Quartierstreff will not create a new, empty database in its place.</source>
        <translation>The database file {file} is damaged or is not a database ({reason}). It has not been changed, and Quartierstreff will not create a new, empty database in its place.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="165" />
        <source>The newest backup is from {when}. Restoring it brings back the data as they were then. The damaged file is kept in {folder}.</source>
        <translation>The newest backup is from {when}. Restoring it brings back the data as they were then. The damaged file is kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="170" />
        <source>Restore the &amp;newest backup ({when})</source>
        <translation>Restore the &amp;newest backup ({when})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="176" />
        <source>There is no backup in {folder}. If you have one elsewhere, e.g. on a USB stick, choose it. The damaged file is kept in the backups folder.</source>
        <translation>There is no backup in {folder}. If you have one elsewhere, e.g. on a USB stick, choose it. The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="182" />
        <source>This is not a Quartierstreff database</source>
        <translation>This is not a Quartierstreff database</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="185" />
        <source>The file {file} belongs to another program (it holds the tables {tables}). Quartierstreff does not change it.</source>
        <translation>The file {file} belongs to another program (it holds the tables {tables}). Quartierstreff does not change it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="191" />
        <source>Please check which database Quartierstreff should open (the setting QUARTIERSTREFF_DATABASE or the option --database).</source>
        <translation>Please check which database Quartierstreff should open (the setting QUARTIERSTREFF_DATABASE or the option --database).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="197" />
        <source>This database is from a newer version</source>
        <translation>This database is from a newer version</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="201" />
        <source>The database has not been changed. Its schema version is “{revision}”.</source>
        <translation>The database has not been changed. Its schema version is “{revision}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="260" />
        <source>The backup could not be restored: {reason}</source>
        <translation>The backup could not be restored: {reason}</translation>
    </message>
</context>
<context>
    <name>EntityNames</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="130" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="131" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="132" />
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="133" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="134" />
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="135" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="136" />
        <source>Funding application</source>
        <translation>Funding application</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="137" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="138" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="139" />
        <source>Centre profile</source>
        <translation>Centre profile</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="84" />
        <source>An IBAN starts with the country code, e.g. DE89 3704 0044 0532 0130 00.</source>
        <translation>An IBAN starts with the country code, e.g. DE89 3704 0044 0532 0130 00.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="87" />
        <source>A BIC has 8 or 11 characters, e.g. COBADEFFXXX.</source>
        <translation>A BIC has 8 or 11 characters, e.g. COBADEFFXXX.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="88" />
        <source>A German postcode has five digits, e.g. 70173.</source>
        <translation>A German postcode has five digits, e.g. 70173.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="93" />
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="94" />
        <source>The two PINs do not match.</source>
        <translation>The two PINs do not match.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="95" />
        <source>The password is too short: it needs at least 8 characters.</source>
        <translation>The password is too short: it needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="98" />
        <source>The password must not begin or end with a space.</source>
        <translation>The password must not begin or end with a space.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="101" />
        <source>The current password is not correct.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="104" />
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="105" />
        <source>A PIN is only allowed while the window locks itself after idle time (Settings).</source>
        <translation>A PIN is only allowed while the window locks itself after idle time (Settings).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="109" />
        <source>While users have a PIN, the window must lock itself after idle time.</source>
        <translation>While users have a PIN, the window must lock itself after idle time.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="113" />
        <source>The user name “{value}” is not allowed: 2 to 40 characters — lower-case letters, digits, dot, hyphen and underscore, starting with a letter or digit.</source>
        <translation>The user name “{value}” is not allowed: 2 to 40 characters — lower-case letters, digits, dot, hyphen and underscore, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="118" />
        <source>The user name “{value}” is already taken.</source>
        <translation>The user name “{value}” is already taken.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="119" />
        <source>The first user must be an Admin, so that someone can manage the others.</source>
        <translation>The first user must be an Admin, so that someone can manage the others.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="122" />
        <source>“{value}” is the last active Admin; there must always be at least one.</source>
        <translation>“{value}” is the last active Admin; there must always be at least one.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="125" />
        <source>You cannot deactivate yourself.</source>
        <translation>You cannot deactivate yourself.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="155" />
        <source>The database already contains data. The example centre can only be loaded into an empty database.</source>
        <translation>The database already contains data. The example centre can only be loaded into an empty database.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="161" />
        <source>The database file {target} does not exist.</source>
        <translation>The database file {target} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="165" />
        <source>The database could not be opened: {target}

Reason given: {reason}</source>
        <translation>The database could not be opened: {target}

Reason given: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="169" />
        <source>“{url}” is not a database address Quartierstreff can use.</source>
        <translation>“{url}” is not a database address Quartierstreff can use.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="173" />
        <source>This database was last used by a newer version of Quartierstreff. Please install the newer version to open it.</source>
        <translation>This database was last used by a newer version of Quartierstreff. Please install the newer version to open it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="179" />
        <source>You are not allowed to do this. Please ask the coordination team or the administrator.</source>
        <translation>You are not allowed to do this. Please ask the coordination team or the administrator.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="187" />
        <source>{what} “{key}” no longer exists. Perhaps it was just deleted on another PC.</source>
        <translation>{what} “{key}” no longer exists. Perhaps it was just deleted on another PC.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="194" />
        <source>The disk holding the database is full ({target}). Your last change was not saved; everything saved before is intact. Please free up some space and try again.</source>
        <translation>The disk holding the database is full ({target}). Your last change was not saved; everything saved before is intact. Please free up some space and try again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="201" />
        <source>User name or password is not correct.</source>
        <translation>User name or password is not correct.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="203" />
        <source>Too many wrong attempts. Please wait {seconds} seconds and try again.</source>
        <translation>Too many wrong attempts. Please wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="207" />
        <source>Please log in first.</source>
        <translation>Please log in first.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="218" />
        <source>The action could not be completed.</source>
        <translation>The action could not be completed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="224" />
        <source>Someone else has changed the centre profile in the meantime (last saved by “{who}”).</source>
        <translation>Someone else has changed the centre profile in the meantime (last saved by “{who}”).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="230" />
        <source>Someone else has changed the centre profile in the meantime.</source>
        <translation>Someone else has changed the centre profile in the meantime.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="239" />
        <source>Someone else has changed {what} “{key}” in the meantime (last saved by “{who}”).</source>
        <translation>Someone else has changed {what} “{key}” in the meantime (last saved by “{who}”).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="244" />
        <source>Someone else has changed {what} “{key}” in the meantime.</source>
        <translation>Someone else has changed {what} “{key}” in the meantime.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="248" />
        <source>Your input is still here; reload to see the changes.</source>
        <translation>Your input is still here; reload to see the changes.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="260" />
        <source>Please fill in “{field}”.</source>
        <translation>Please fill in “{field}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="262" />
        <source>“{field}” is too long. Please shorten it.</source>
        <translation>“{field}” is too long. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="266" />
        <source>“{field}” is not valid: “{value}”.</source>
        <translation>“{field}” is not valid: “{value}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="272" />
        <source>“{field}” contains a typing error (the check digits do not match): “{value}”.</source>
        <translation>“{field}” contains a typing error (the check digits do not match): “{value}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="276" />
        <source>“{field}” is not valid.</source>
        <translation>“{field}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="326" />
        <source>Something went wrong that Quartierstreff did not expect. Your last action may not have been saved; please check it and try again.</source>
        <translation>Something went wrong that Quartierstreff did not expect. Your last action may not have been saved; please check it and try again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="332" />
        <source>Technical details for whoever looks after the program: {path}</source>
        <translation>Technical details for whoever looks after the program: {path}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="336" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="345" />
        <source>“{what}” cannot be deleted while {count} other entries still refer to it ({where}).</source>
        <translation>“{what}” cannot be deleted while {count} other entries still refer to it ({where}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="351" />
        <source>“{what}” was deleted more than 30 days ago and can no longer be restored.</source>
        <translation>“{what}” was deleted more than 30 days ago and can no longer be restored.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="356" />
        <source>“{what}” has already been restored.</source>
        <translation>“{what}” has already been restored.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="360" />
        <source>This entry is no longer in the bin. Perhaps it was just restored on another PC.</source>
        <translation>This entry is no longer in the bin. Perhaps it was just restored on another PC.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="367" />
        <source>its number has been given to a new entry in the meantime ({where}).</source>
        <translation>its number has been given to a new entry in the meantime ({where}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="371" />
        <source>another entry now has the same “{field}” ({where}). Please change that entry first.</source>
        <translation>another entry now has the same “{field}” ({where}). Please change that entry first.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="376" />
        <source>something it belongs to has been deleted in the meantime ({where}). Please restore that first.</source>
        <translation>something it belongs to has been deleted in the meantime ({where}). Please restore that first.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="382" />
        <source>the database refused ({detail}).</source>
        <translation>the database refused ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="385" />
        <source>“{what}” cannot be restored: {reason} Nothing was changed.</source>
        <translation>“{what}” cannot be restored: {reason} Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="393" />
        <source>The backup file {path} does not exist.</source>
        <translation>The backup file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="394" />
        <source>{name} is not a Quartierstreff backup (it is no archive file).</source>
        <translation>{name} is not a Quartierstreff backup (it is no archive file).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="397" />
        <source>The backup file {name} is damaged or incomplete.</source>
        <translation>The backup file {name} is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="398" />
        <source>{name} is not a Quartierstreff backup.</source>
        <translation>{name} is not a Quartierstreff backup.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="399" />
        <source>The backup file {name} contains a forbidden file path (“{detail}”).</source>
        <translation>The backup file {name} contains a forbidden file path (“{detail}”).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="402" />
        <source>The table of contents of the backup {name} is unreadable.</source>
        <translation>The table of contents of the backup {name} is unreadable.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="405" />
        <source>The backup {name} was made by a newer version of Quartierstreff. Please update Quartierstreff.</source>
        <translation>The backup {name} was made by a newer version of Quartierstreff. Please update Quartierstreff.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="410" />
        <source>The contents of the backup {name} do not match its table of contents (“{detail}”).</source>
        <translation>The contents of the backup {name} do not match its table of contents (“{detail}”).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="414" />
        <source>The backup {name} is damaged or has been altered (the checksum of “{detail}” is wrong).</source>
        <translation>The backup {name} is damaged or has been altered (the checksum of “{detail}” is wrong).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="418" />
        <source>The backup {name} was made by a newer version of Quartierstreff (schema {detail}). Please update Quartierstreff.</source>
        <translation>The backup {name} was made by a newer version of Quartierstreff (schema {detail}). Please update Quartierstreff.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="423" />
        <source>The database in the backup {name} is not a Quartierstreff database (“{detail}” does not fit).</source>
        <translation>The database in the backup {name} is not a Quartierstreff database (“{detail}” does not fit).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="428" />
        <source>The database in the backup {name} is damaged ({detail}).</source>
        <translation>The database in the backup {name} is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="431" />
        <source>The backup {name} is incomplete: the number of entries in “{detail}” is wrong.</source>
        <translation>The backup {name} is incomplete: the number of entries in “{detail}” is wrong.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="434" />
        <source>The backup {name} contains faulty data ({detail}).</source>
        <translation>The backup {name} contains faulty data ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="438" />
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="439" />
        <source>no permission to write there</source>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="440" />
        <source>the database cannot be read</source>
        <translation>the database cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="441" />
        <source>the database is not (yet) a Quartierstreff database</source>
        <translation>the database is not (yet) a Quartierstreff database</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="460" />
        <source>The backup {name} cannot be used ({detail}).</source>
        <translation>The backup {name} cannot be used ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="466" />
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="469" />
        <source>The backup to {target} failed: {reason}.</source>
        <translation>The backup to {target} failed: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="473" />
        <source>The database {target} is still open in another Quartierstreff window or program. Please close it and try again; nothing was changed.</source>
        <translation>The database {target} is still open in another Quartierstreff window or program. Please close it and try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="479" />
        <source>Before the restore, no copy of the current database could be saved ({reason}); nothing was changed.</source>
        <translation>Before the restore, no copy of the current database could be saved ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="485" />
        <source>The database {target} holds another program's tables (“{table}”); Quartierstreff does not restore into it.</source>
        <translation>The database {target} holds another program's tables (“{table}”); Quartierstreff does not restore into it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="491" />
        <source>The backup could not be loaded into {target} ({detail}); the database is unchanged.</source>
        <translation>The backup could not be loaded into {target} ({detail}); the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="497" />
        <source>The database file {target} is damaged or is not a database ({reason}). It has not been changed.</source>
        <translation>The database file {target} is damaged or is not a database ({reason}). It has not been changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="503" />
        <source>The database {target} does not belong to Quartierstreff (it holds the tables {tables}). It is not changed.</source>
        <translation>The database {target} does not belong to Quartierstreff (it holds the tables {tables}). It is not changed.</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="47" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="67" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="48" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="49" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="50" />
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="51" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="52" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="53" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="54" />
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="55" />
        <source>Register court</source>
        <translation>Register court</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="56" />
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="57" />
        <source>Tax exemption notice of</source>
        <translation>Tax exemption notice of</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="58" />
        <source>Tax office</source>
        <translation>Tax office</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="59" />
        <source>Account holder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="60" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="61" />
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="62" />
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="63" />
        <source>House rules line</source>
        <translation>House rules line</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="64" />
        <source>Key contact</source>
        <translation>Key contact</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="65" />
        <source>Authorised signatories</source>
        <translation>Authorised signatories</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="66" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="68" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="75" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="69" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="70" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="79" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="71" />
        <source>May log in</source>
        <translation>May log in</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="72" />
        <source>Failed log-ins</source>
        <translation>Failed log-ins</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="73" />
        <source>Log-in locked until</source>
        <translation>Log-in locked until</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="74" />
        <source>Last log-in</source>
        <translation>Last log-in</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="76" />
        <source>Lock the window after</source>
        <translation>Lock the window after</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="77" />
        <source>Automatic backup every</source>
        <translation>Automatic backup every</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="78" />
        <source>Second backup folder</source>
        <translation>Second backup folder</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/finance.py" line="14" />
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/finance.py" line="16" />
        <source>This is where the treasurer will keep receipts and entries, budgets per project and the list of receipts for funding reports.</source>
        <translation>This is where the treasurer will keep receipts and entries, budgets per project and the list of receipts for funding reports.</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="14" />
        <source>Funding applications</source>
        <translation>Funding applications</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="16" />
        <source>This is where you will write funding applications: project description, cost and financing plan, deadlines and status, and at the end the report on how the money was used (Verwendungsnachweis).</source>
        <translation>This is where you will write funding applications: project description, cost and financing plan, deadlines and status, and at the end the report on how the money was used (Verwendungsnachweis).</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsSection</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="48" />
        <source>Choose the second backup folder</source>
        <translation>Choose the second backup folder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="73" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="74" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="75" />
        <source>Lock after minutes without input</source>
        <translation>Lock after minutes without input</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="78" />
        <source>The window locks after this many minutes without input and asks for the password again. 0 means never; that is not possible while anyone logs in with a short PIN.</source>
        <translation>The window locks after this many minutes without input and asks for the password again. 0 means never; that is not possible while anyone logs in with a short PIN.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="86" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="87" />
        <source>Automatic backup every hours</source>
        <translation>Automatic backup every hours</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="90" />
        <source>While Quartierstreff is open, a backup is saved at most this often, and always when it is closed. The last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>While Quartierstreff is open, a backup is saved at most this often, and always when it is closed. The last 7 days, 4 weeks and 12 months are kept.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="96" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="97" />
        <source>Second backup folder</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="98" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="106" />
        <source>Every automatic backup is also copied here, e.g. onto a USB stick or a network drive. If the folder cannot be reached, you are told so. Leave it empty for none.</source>
        <translation>Every automatic backup is also copied here, e.g. onto a USB stick or a network drive. If the folder cannot be reached, you are told so. Leave it empty for none.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="118" />
        <source>&amp;Lock the window after</source>
        <translation>&amp;Lock the window after</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="122" />
        <source>Automatic &amp;backup every</source>
        <translation>Automatic &amp;backup every</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="126" />
        <source>&amp;Second backup folder</source>
        <translation>&amp;Second backup folder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="201" />
        <source>The window must lock itself while anyone logs in with a short PIN. Please choose at least 1 minute.</source>
        <translation>The window must lock itself while anyone logs in with a short PIN. Please choose at least 1 minute.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="205" />
        <source>Please choose between 0 and {max} minutes.</source>
        <translation>Please choose between 0 and {max} minutes.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="209" />
        <source>Please choose between 1 and {max} hours.</source>
        <translation>Please choose between 1 and {max} hours.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="14" />
        <source>Groups &amp; partners</source>
        <translation>Groups &amp; partners</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="16" />
        <source>This is where you will find the groups and initiatives that meet at the centre, with their contact persons and usual rooms, and your partners: the municipality, churches, schools, associations and funders.</source>
        <translation>This is where you will find the groups and initiatives that meet at the centre, with their contact persons and usual rooms, and your partners: the municipality, churches, schools, associations and funders.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="146" />
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="150" />
        <source>Quartierstreff is locked</source>
        <translation>Quartierstreff is locked</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="153" />
        <source>{name} ({role}) was logged in. Nothing has been lost: enter the password or PIN to carry on where you left off.</source>
        <translation>{name} ({role}) was logged in. Nothing has been lost: enter the password or PIN to carry on where you left off.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="161" />
        <source>Password or PIN</source>
        <translation>Password or PIN</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="164" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="53" />
        <source>Too many wrong attempts. Please wait {seconds} seconds and try again.</source>
        <translation>Too many wrong attempts. Please wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="57" />
        <source>User name or password is not correct.</source>
        <translation>User name or password is not correct.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="81" />
        <source>Log in — Quartierstreff</source>
        <translation>Log in — Quartierstreff</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="86" />
        <source>Please log in with your user name and password (or PIN).</source>
        <translation>Please log in with your user name and password (or PIN).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="94" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="95" />
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Password or PIN:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="99" />
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="102" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="119" />
        <source>Please enter your user name.</source>
        <translation>Please enter your user name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="89" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="90" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="91" />
        <source>Groups &amp; partners</source>
        <translation>Groups &amp; partners</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="92" />
        <source>Rooms &amp; bookings</source>
        <translation>Rooms &amp; bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="93" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="94" />
        <source>Funding applications</source>
        <translation>Funding applications</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="95" />
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="96" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="122" />
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="139" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="140" />
        <source>Back &amp;up now…</source>
        <translation>Back &amp;up now…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="143" />
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="148" />
        <source>&amp;Bin…</source>
        <translation>&amp;Bin…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="152" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="157" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="163" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="172" />
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="173" />
        <source>&amp;Users and roles…</source>
        <translation>&amp;Users and roles…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="177" />
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="185" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="186" />
        <source>&amp;About Quartierstreff</source>
        <translation>&amp;About Quartierstreff</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="259" />
        <source>No log-in (no users yet)</source>
        <translation>No log-in (no users yet)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="260" />
        <source>Logged in: {name} ({role})</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="326" />
        <source>Centre profile saved.</source>
        <translation>Centre profile saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="339" />
        <source>About Quartierstreff</source>
        <translation>About Quartierstreff</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="341" />
        <source>&lt;h3&gt;Quartierstreff {version}&lt;/h3&gt;&lt;p&gt;Members, groups, rooms, meetings, funding applications and finances for neighbourhood centres run by volunteers.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quartierstreff {version}&lt;/h3&gt;&lt;p&gt;Members, groups, rooms, meetings, funding applications and finances for neighbourhood centres run by volunteers.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="14" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="16" />
        <source>This is where you will prepare meetings: the invitation with its agenda, attendance, minutes, decisions and action items, and attendance lists for funded events.</source>
        <translation>This is where you will prepare meetings: the invitation with its agenda, attendance, minutes, decisions and action items, and attendance lists for funded events.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="14" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="16" />
        <source>This is where you will look after the people of your centre: addresses, memberships and fees, consents under the GDPR, and requests for information or erasure with their deadlines.</source>
        <translation>This is where you will look after the people of your centre: addresses, memberships and fees, consents under the GDPR, and requests for information or erasure with their deadlines.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="166" />
        <source>New password for {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="173" />
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="174" />
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="175" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="176" />
        <source>At least 8 characters.</source>
        <translation>At least 8 characters.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="218" />
        <source>PIN for {name}</source>
        <translation>PIN for {name}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="222" />
        <source>A PIN of 4 to 8 digits can be used instead of the password to log in and to unlock this program's window — only while the window locks itself after idle time. The command line always asks for the password.</source>
        <translation>A PIN of 4 to 8 digits can be used instead of the password to log in and to unlock this program's window — only while the window locks itself after idle time. The command line always asks for the password.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="235" />
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="236" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="242" />
        <source>&amp;Remove PIN</source>
        <translation>&amp;Remove PIN</translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="13" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="14" />
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="15" />
        <source>Membership type</source>
        <translation>Membership type</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="16" />
        <source>Custom field</source>
        <translation>Custom field</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="17" />
        <source>Custom field value</source>
        <translation>Custom field value</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="18" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="19" />
        <source>Group member</source>
        <translation>Group member</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="20" />
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="21" />
        <source>Partner contact</source>
        <translation>Partner contact</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="22" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="23" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="24" />
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="25" />
        <source>Recurring booking</source>
        <translation>Recurring booking</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="26" />
        <source>Exception of a recurring booking</source>
        <translation>Exception of a recurring booking</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="27" />
        <source>Holidays or closure</source>
        <translation>Holidays or closure</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="28" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="29" />
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="30" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="31" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="32" />
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="33" />
        <source>Funding programme</source>
        <translation>Funding programme</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="34" />
        <source>Funding application</source>
        <translation>Funding application</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="35" />
        <source>Application section</source>
        <translation>Application section</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="36" />
        <source>Finance plan line</source>
        <translation>Finance plan line</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="37" />
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="38" />
        <source>Application version</source>
        <translation>Application version</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="39" />
        <source>Text block</source>
        <translation>Text block</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="40" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="41" />
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="42" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="43" />
        <source>Centre profile</source>
        <translation>Centre profile</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="44" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="48" />
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="49" />
        <source>memberships</source>
        <translation>memberships</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="50" />
        <source>membership types</source>
        <translation>membership types</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="51" />
        <source>custom fields</source>
        <translation>custom fields</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="52" />
        <source>custom field values</source>
        <translation>custom field values</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="53" />
        <source>groups</source>
        <translation>groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="54" />
        <source>group members</source>
        <translation>group members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="55" />
        <source>usual rooms of groups</source>
        <translation>usual rooms of groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="56" />
        <source>partner organisations</source>
        <translation>partner organisations</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="57" />
        <source>partner contacts</source>
        <translation>partner contacts</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="58" />
        <source>consents</source>
        <translation>consents</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="59" />
        <source>rooms</source>
        <translation>rooms</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="60" />
        <source>room parts</source>
        <translation>room parts</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="61" />
        <location filename="../../src/quartierstreff/ui/record_names.py" line="62" />
        <source>bookings</source>
        <translation>bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="63" />
        <location filename="../../src/quartierstreff/ui/record_names.py" line="64" />
        <source>recurring bookings</source>
        <translation>recurring bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="65" />
        <source>exceptions of recurring bookings</source>
        <translation>exceptions of recurring bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="66" />
        <source>holidays and closures</source>
        <translation>holidays and closures</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="67" />
        <source>meetings</source>
        <translation>meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="68" />
        <source>invitations</source>
        <translation>invitations</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="69" />
        <source>agenda items</source>
        <translation>agenda items</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="70" />
        <source>attendance lists</source>
        <translation>attendance lists</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="71" />
        <source>decisions</source>
        <translation>decisions</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="72" />
        <source>action items</source>
        <translation>action items</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="73" />
        <source>funding programmes</source>
        <translation>funding programmes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="74" />
        <source>funding applications</source>
        <translation>funding applications</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="75" />
        <source>application sections</source>
        <translation>application sections</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="76" />
        <source>finance plan lines</source>
        <translation>finance plan lines</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="77" />
        <source>status changes</source>
        <translation>status changes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="78" />
        <source>application versions</source>
        <translation>application versions</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="79" />
        <source>text blocks</source>
        <translation>text blocks</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="80" />
        <source>receipts</source>
        <translation>receipts</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="81" />
        <source>attachments</source>
        <translation>attachments</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="82" />
        <source>users</source>
        <translation>users</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="83" />
        <source>centre profile</source>
        <translation>centre profile</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/record_names.py" line="84" />
        <source>settings</source>
        <translation>settings</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="68" />
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="70" />
        <source>Quartierstreff backups (*.qtbackup);;All files (*)</source>
        <translation>Quartierstreff backups (*.qtbackup);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="183" />
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="188" />
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="191" />
        <source>Choose the backup to go back to. The data will be as they were when the backup was made; whatever was entered since then is replaced.</source>
        <translation>Choose the backup to go back to. The data will be as they were when the backup was made; whatever was entered since then is replaced.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="201" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="224" />
        <source>There are no backups in {folder}.</source>
        <translation>There are no backups in {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="228" />
        <source>&amp;Other file…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="230" />
        <source>Restore a backup from another folder, e.g. from a USB stick</source>
        <translation>Restore a backup from another folder, e.g. from a USB stick</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="259" />
        <source>Before the restore, a copy of the current database is saved in {folder}.</source>
        <translation>Before the restore, a copy of the current database is saved in {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="275" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="336" />
        <source>Replace the current data with this backup</source>
        <translation>Replace the current data with this backup</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="343" />
        <source>Backup of {when}
Checking whether the backup is complete …</source>
        <translation>Backup of {when}
Checking whether the backup is complete …</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="351" />
        <source>Choose a backup from the list or another file.</source>
        <translation>Choose a backup from the list or another file.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="389" />
        <source>Replace the current data with this backup; whatever was entered after {when} is lost</source>
        <translation>Replace the current data with this backup; whatever was entered after {when} is lost</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="402" />
        <source>The backup could not be read: {reason}</source>
        <translation>The backup could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="404" />
        <source>This backup cannot be restored.</source>
        <translation>This backup cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="411" />
        <source>Backup of {when} ({kind}), {size}</source>
        <translation>Backup of {when} ({kind}), {size}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="416" />
        <source>Made by Quartierstreff {version}</source>
        <translation>Made by Quartierstreff {version}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="418" />
        <source>Holds {rows} entries: {people} people, {groups} groups, {bookings} bookings, {meetings} meetings; {attachments} attachments</source>
        <translation>Holds {rows} entries: {people} people, {groups} groups, {bookings} bookings, {meetings} meetings; {attachments} attachments</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="428" />
        <source>✓ The backup is complete and undamaged.</source>
        <translation>✓ The backup is complete and undamaged.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="481" />
        <source>The backup could not be restored: {reason}. The database is unchanged.</source>
        <translation>The backup could not be restored: {reason}. The database is unchanged.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="40" />
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="41" />
        <source>Treasurer</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="42" />
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/login.py" line="43" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="14" />
        <source>Rooms &amp; bookings</source>
        <translation>Rooms &amp; bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="16" />
        <source>This is where you will plan your rooms: bookings and recurring dates, school and public holidays, the weekly plan for the notice board and door signs.</source>
        <translation>This is where you will plan your rooms: bookings and recurring dates, school and public holidays, the weekly plan for the notice board and door signs.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="180" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="182" />
        <source>Centre profile</source>
        <translation>Centre profile</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="185" />
        <source>These details appear on letterheads, notices and funding applications. Only the name is required.</source>
        <translation>These details appear on letterheads, notices and funding applications. Only the name is required.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="201" />
        <source>Program and backups</source>
        <translation>Program and backups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="208" />
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="210" />
        <source>Show the profile as it is stored now; your input is discarded</source>
        <translation>Show the profile as it is stored now; your input is discarded</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="215" />
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="216" />
        <source>Show the stored profile again</source>
        <translation>Show the stored profile again</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="217" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="219" />
        <source>Save the profile ({shortcut})</source>
        <translation>Save the profile ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="230" />
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="282" />
        <source>The settings have been saved.</source>
        <translation>The settings have been saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="309" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="310" />
        <source>You have changed the centre profile. Do you want to save the changes?</source>
        <translation>You have changed the centre profile. Do you want to save the changes?</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="139" />
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="144" />
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="147" />
        <source>Deleted entries can be restored here for 30 days, together with everything that was deleted with them.</source>
        <translation>Deleted entries can be restored here for 30 days, together with everything that was deleted with them.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="158" />
        <source>Deleted entries</source>
        <translation>Deleted entries</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="182" />
        <source>The bin is empty.
Nothing has been deleted in the last 30 days.</source>
        <translation>The bin is empty.
Nothing has been deleted in the last 30 days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="195" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="257" />
        <source>“{what}” has been restored.</source>
        <translation>“{what}” has been restored.</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="100" />
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="101" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="102" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="103" />
        <source>Deleted by</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="104" />
        <source>Restorable until</source>
        <translation>Restorable until</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="69" />
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="69" />
        <source>Change user</source>
        <translation>Change user</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="74" />
        <source>e.g. anna.schmidt</source>
        <translation>e.g. anna.schmidt</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="84" />
        <source>May log in</source>
        <translation>May log in</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="90" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="91" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="92" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="95" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="96" />
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="115" />
        <source>Bookings, meetings and attendance; names and phone numbers of people. No addresses, no finances.</source>
        <translation>Bookings, meetings and attendance; names and phone numbers of people. No addresses, no finances.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="118" />
        <source>Finances, receipts, funding applications and reports.</source>
        <translation>Finances, receipts, funding applications and reports.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="119" />
        <source>Everything except users and the audit trail.</source>
        <translation>Everything except users and the audit trail.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="120" />
        <source>Everything, including users and the audit trail.</source>
        <translation>Everything, including users and the audit trail.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="285" />
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="290" />
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="293" />
        <source>Once the first user exists, everyone logs in. Each role sees only what it needs; every change is recorded with the user's name.</source>
        <translation>Once the first user exists, everyone logs in. Each role sees only what it needs; every change is recorded with the user's name.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="301" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="302" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="303" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="304" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="305" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="306" />
        <source>Last log-in</source>
        <translation>Last log-in</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="318" />
        <source>&amp;New user…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="320" />
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="322" />
        <source>&amp;Set password…</source>
        <translation>&amp;Set password…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="324" />
        <source>P&amp;IN…</source>
        <translation>P&amp;IN…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="326" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="365" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="365" />
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="366" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="393" />
        <source>User “{name}” created.</source>
        <translation>User “{name}” created.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="403" />
        <source>User “{name}” saved.</source>
        <translation>User “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="412" />
        <source>The password of “{name}” has been changed.</source>
        <translation>The password of “{name}” has been changed.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="20" />
        <location filename="../../forms/welcome_dialog.ui" line="41" />
        <source>Welcome to Quartierstreff</source>
        <translation>Welcome to Quartierstreff</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="48" />
        <source>This database is still empty. How would you like to begin?</source>
        <translation>This database is still empty. How would you like to begin?</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="63" />
        <source>Your own centre</source>
        <translation>Your own centre</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="69" />
        <source>Enter the name of your centre. Address, bank details and everything else can be added later under Settings.</source>
        <translation>Enter the name of your centre. Address, bank details and everything else can be added later under Settings.</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="79" />
        <source>&amp;Name of the centre:</source>
        <translation>&amp;Name of the centre:</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="92" />
        <source>e.g. Bürgertreff Südstadt</source>
        <translation>e.g. Bürgertreff Südstadt</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="112" />
        <source>&amp;Start empty</source>
        <translation>&amp;Start empty</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="125" />
        <source>Look around first</source>
        <translation>Look around first</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="131" />
        <source>Loads an invented neighbourhood centre with members, groups, rooms, bookings and meetings, so you can try everything out. Keep your real data in a database of its own.</source>
        <translation>Loads an invented neighbourhood centre with members, groups, rooms, bookings and meetings, so you can try everything out. Keep your real data in a database of its own.</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="154" />
        <source>&amp;Load example centre</source>
        <translation>&amp;Load example centre</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="174" />
        <source>Loading the example centre …</source>
        <translation>Loading the example centre …</translation>
    </message>
</context>
</TS>
