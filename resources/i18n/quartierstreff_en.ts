<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CentreProfileForm</name>
    <message>
        <location filename="../../forms/centre_profile.ui" line="14"/>
        <source>Centre profile</source>
        <translation>Centre profile</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="38"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="47"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="64"/>
        <source>&amp;Legal form:</source>
        <translation>&amp;Legal form:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="77"/>
        <source>e.g. eingetragener Verein (e. V.)</source>
        <translation>e.g. eingetragener Verein (e. V.)</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="84"/>
        <source>Register &amp;court:</source>
        <translation>Register &amp;court:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="97"/>
        <source>e.g. Amtsgericht Stuttgart</source>
        <translation>e.g. Amtsgericht Stuttgart</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="104"/>
        <source>Register n&amp;umber:</source>
        <translation>Register n&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="117"/>
        <source>e.g. VR 12345</source>
        <translation>e.g. VR 12345</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="124"/>
        <source>Authorised si&amp;gnatories:</source>
        <translation>Authorised si&amp;gnatories:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="137"/>
        <source>One person per line, e.g. Maria Beispiel (1. Vorsitzende)</source>
        <translation>One person per line, e.g. Maria Beispiel (1. Vorsitzende)</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="236"/>
        <source>Address and contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="245"/>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="262"/>
        <source>&amp;Postcode and town:</source>
        <translation>&amp;Postcode and town:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="299"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="316"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="333"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="153"/>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="162"/>
        <source>Account &amp;holder:</source>
        <translation>Account &amp;holder:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="179"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="199"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="216"/>
        <source>B&amp;ank:</source>
        <translation>B&amp;ank:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="353"/>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="362"/>
        <source>Tax e&amp;xemption notice:</source>
        <translation>Tax e&amp;xemption notice:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="374"/>
        <source>received on</source>
        <translation>received on</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="406"/>
        <source>Tax o&amp;ffice:</source>
        <translation>Tax o&amp;ffice:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="419"/>
        <source>e.g. Finanzamt Stuttgart-Körperschaften</source>
        <translation>e.g. Finanzamt Stuttgart-Körperschaften</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="429"/>
        <source>Notice board and printouts</source>
        <translation>Notice board and printouts</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="438"/>
        <source>House &amp;rules line:</source>
        <translation>House &amp;rules line:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="451"/>
        <source>e.g. Bitte um 22 Uhr lüften, abschließen und Licht aus.</source>
        <translation>e.g. Bitte um 22 Uhr lüften, abschließen und Licht aus.</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="458"/>
        <source>&amp;Key contact:</source>
        <translation>&amp;Key contact:</translation>
    </message>
    <message>
        <location filename="../../forms/centre_profile.ui" line="471"/>
        <source>e.g. Hausdienst, Tel. 0711 123456</source>
        <translation>e.g. Hausdienst, Tel. 0711 123456</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="38"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="43"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="44"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="45"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="46"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="47"/>
        <source>Upcoming meetings</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="59"/>
        <source>Next meetings</source>
        <translation>Next meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="63"/>
        <source>No meetings are planned yet.</source>
        <translation>No meetings are planned yet.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="100"/>
        <source>The centre&apos;s name has not been entered yet (see Settings).</source>
        <translation>The centre&apos;s name has not been entered yet (see Settings).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="104"/>
        <source>{name} in {city}</source>
        <translation>{name} in {city}</translation>
    </message>
</context>
<context>
    <name>EntityNames</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="65"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="66"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="67"/>
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="68"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="69"/>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="70"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="71"/>
        <source>Funding application</source>
        <translation>Funding application</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="72"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="73"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="74"/>
        <source>Centre profile</source>
        <translation>Centre profile</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="56"/>
        <source>An IBAN starts with the country code, e.g. DE89 3704 0044 0532 0130 00.</source>
        <translation>An IBAN starts with the country code, e.g. DE89 3704 0044 0532 0130 00.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="59"/>
        <source>A BIC has 8 or 11 characters, e.g. COBADEFFXXX.</source>
        <translation>A BIC has 8 or 11 characters, e.g. COBADEFFXXX.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="60"/>
        <source>A German postcode has five digits, e.g. 70173.</source>
        <translation>A German postcode has five digits, e.g. 70173.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="90"/>
        <source>The database already contains data. The example centre can only be loaded into an empty database.</source>
        <translation>The database already contains data. The example centre can only be loaded into an empty database.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="96"/>
        <source>The database file {target} does not exist.</source>
        <translation>The database file {target} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="100"/>
        <source>The database could not be opened: {target}

Reason given: {reason}</source>
        <translation>The database could not be opened: {target}

Reason given: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="104"/>
        <source>“{url}” is not a database address Quartierstreff can use.</source>
        <translation>“{url}” is not a database address Quartierstreff can use.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="108"/>
        <source>This database was last used by a newer version of Quartierstreff. Please install the newer version to open it.</source>
        <translation>This database was last used by a newer version of Quartierstreff. Please install the newer version to open it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="114"/>
        <source>You are not allowed to do this. Please ask the coordination team or the administrator.</source>
        <translation>You are not allowed to do this. Please ask the coordination team or the administrator.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="122"/>
        <source>{what} “{key}” no longer exists. Perhaps it was just deleted on another PC.</source>
        <translation>{what} “{key}” no longer exists. Perhaps it was just deleted on another PC.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="126"/>
        <source>The action could not be completed.</source>
        <translation>The action could not be completed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="132"/>
        <source>Please fill in “{field}”.</source>
        <translation>Please fill in “{field}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="134"/>
        <source>“{field}” is too long. Please shorten it.</source>
        <translation>“{field}” is too long. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="138"/>
        <source>“{field}” is not valid: “{value}”.</source>
        <translation>“{field}” is not valid: “{value}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="144"/>
        <source>“{field}” contains a typing error (the check digits do not match): “{value}”.</source>
        <translation>“{field}” contains a typing error (the check digits do not match): “{value}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="148"/>
        <source>“{field}” is not valid.</source>
        <translation>“{field}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="198"/>
        <source>Something went wrong that Quartierstreff did not expect. Your last action may not have been saved; please check it and try again.</source>
        <translation>Something went wrong that Quartierstreff did not expect. Your last action may not have been saved; please check it and try again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="204"/>
        <source>Technical details for whoever looks after the program: {path}</source>
        <translation>Technical details for whoever looks after the program: {path}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="208"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="34"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="35"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="36"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="37"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="38"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="39"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="40"/>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="41"/>
        <source>Register court</source>
        <translation>Register court</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="42"/>
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="43"/>
        <source>Tax exemption notice of</source>
        <translation>Tax exemption notice of</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="44"/>
        <source>Tax office</source>
        <translation>Tax office</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="45"/>
        <source>Account holder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="46"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="47"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="48"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="49"/>
        <source>House rules line</source>
        <translation>House rules line</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="50"/>
        <source>Key contact</source>
        <translation>Key contact</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="51"/>
        <source>Authorised signatories</source>
        <translation>Authorised signatories</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/finance.py" line="14"/>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/finance.py" line="16"/>
        <source>This is where the treasurer will keep receipts and entries, budgets per project and the list of receipts for funding reports.</source>
        <translation>This is where the treasurer will keep receipts and entries, budgets per project and the list of receipts for funding reports.</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="14"/>
        <source>Funding applications</source>
        <translation>Funding applications</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="16"/>
        <source>This is where you will write funding applications: project description, cost and financing plan, deadlines and status, and at the end the report on how the money was used (Verwendungsnachweis).</source>
        <translation>This is where you will write funding applications: project description, cost and financing plan, deadlines and status, and at the end the report on how the money was used (Verwendungsnachweis).</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="14"/>
        <source>Groups &amp; partners</source>
        <translation>Groups &amp; partners</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="16"/>
        <source>This is where you will find the groups and initiatives that meet at the centre, with their contact persons and usual rooms, and your partners: the municipality, churches, schools, associations and funders.</source>
        <translation>This is where you will find the groups and initiatives that meet at the centre, with their contact persons and usual rooms, and your partners: the municipality, churches, schools, associations and funders.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="71"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="72"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="73"/>
        <source>Groups &amp; partners</source>
        <translation>Groups &amp; partners</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="74"/>
        <source>Rooms &amp; bookings</source>
        <translation>Rooms &amp; bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="75"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="76"/>
        <source>Funding applications</source>
        <translation>Funding applications</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="77"/>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="78"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="104"/>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="115"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="121"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="130"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="131"/>
        <source>&amp;About Quartierstreff</source>
        <translation>&amp;About Quartierstreff</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="177"/>
        <source>Centre profile saved.</source>
        <translation>Centre profile saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="182"/>
        <source>About Quartierstreff</source>
        <translation>About Quartierstreff</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="184"/>
        <source>&lt;h3&gt;Quartierstreff {version}&lt;/h3&gt;&lt;p&gt;Members, groups, rooms, meetings, funding applications and finances for neighbourhood centres run by volunteers.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quartierstreff {version}&lt;/h3&gt;&lt;p&gt;Members, groups, rooms, meetings, funding applications and finances for neighbourhood centres run by volunteers.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="14"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="16"/>
        <source>This is where you will prepare meetings: the invitation with its agenda, attendance, minutes, decisions and action items, and attendance lists for funded events.</source>
        <translation>This is where you will prepare meetings: the invitation with its agenda, attendance, minutes, decisions and action items, and attendance lists for funded events.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="14"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="16"/>
        <source>This is where you will look after the people of your centre: addresses, memberships and fees, consents under the GDPR, and requests for information or erasure with their deadlines.</source>
        <translation>This is where you will look after the people of your centre: addresses, memberships and fees, consents under the GDPR, and requests for information or erasure with their deadlines.</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="14"/>
        <source>Rooms &amp; bookings</source>
        <translation>Rooms &amp; bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="16"/>
        <source>This is where you will plan your rooms: bookings and recurring dates, school and public holidays, the weekly plan for the notice board and door signs.</source>
        <translation>This is where you will plan your rooms: bookings and recurring dates, school and public holidays, the weekly plan for the notice board and door signs.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="169"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="171"/>
        <source>Centre profile</source>
        <translation>Centre profile</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="174"/>
        <source>These details appear on letterheads, notices and funding applications. Only the name is required.</source>
        <translation>These details appear on letterheads, notices and funding applications. Only the name is required.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="188"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="189"/>
        <source>Show the stored profile again</source>
        <translation>Show the stored profile again</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="190"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="192"/>
        <source>Save the profile ({shortcut})</source>
        <translation>Save the profile ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="203"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="242"/>
        <source>The settings have been saved.</source>
        <translation>The settings have been saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="264"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="265"/>
        <source>You have changed the centre profile. Do you want to save the changes?</source>
        <translation>You have changed the centre profile. Do you want to save the changes?</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="20"/>
        <location filename="../../forms/welcome_dialog.ui" line="41"/>
        <source>Welcome to Quartierstreff</source>
        <translation>Welcome to Quartierstreff</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="48"/>
        <source>This database is still empty. How would you like to begin?</source>
        <translation>This database is still empty. How would you like to begin?</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="63"/>
        <source>Your own centre</source>
        <translation>Your own centre</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="69"/>
        <source>Enter the name of your centre. Address, bank details and everything else can be added later under Settings.</source>
        <translation>Enter the name of your centre. Address, bank details and everything else can be added later under Settings.</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="79"/>
        <source>&amp;Name of the centre:</source>
        <translation>&amp;Name of the centre:</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="92"/>
        <source>e.g. Bürgertreff Südstadt</source>
        <translation>e.g. Bürgertreff Südstadt</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="112"/>
        <source>&amp;Start empty</source>
        <translation>&amp;Start empty</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="125"/>
        <source>Look around first</source>
        <translation>Look around first</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="131"/>
        <source>Loads an invented neighbourhood centre with members, groups, rooms, bookings and meetings, so you can try everything out. Keep your real data in a database of its own.</source>
        <translation>Loads an invented neighbourhood centre with members, groups, rooms, bookings and meetings, so you can try everything out. Keep your real data in a database of its own.</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="154"/>
        <source>&amp;Load example centre</source>
        <translation>&amp;Load example centre</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="174"/>
        <source>Loading the example centre …</source>
        <translation>Loading the example centre …</translation>
    </message>
</context>
</TS>
