<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessRequestDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="64" />
        <source>Choose a folder for the information</source>
        <translation>Choose a folder for the information</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="101" />
        <source>Information for the person</source>
        <translation>Information for the person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="105" />
        <source>Information for the person (Art. 15 GDPR)</source>
        <translation>Information for the person (Art. 15 GDPR)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="108" />
        <source>Everyone may ask which data the centre holds about them. The answer is due within one month. It is created here as a PDF for the person and a JSON file with the same data; the request is then marked as answered.</source>
        <translation>Everyone may ask which data the centre holds about them. The answer is due within one month. It is created here as a PDF for the person and a JSON file with the same data; the request is then marked as answered.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="129" />
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="130" />
        <source>Request &amp;received on:</source>
        <translation>Request &amp;received on:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="133" />
        <source>Answer due by:</source>
        <translation>Answer due by:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="136" />
        <source>&amp;Record request only</source>
        <translation>&amp;Record request only</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="139" />
        <source>Note the request now and create the information later; the overview shows its deadline.</source>
        <translation>Note the request now and create the information later; the overview shows its deadline.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="144" />
        <source>&amp;Create information…</source>
        <translation>&amp;Create information…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="149" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="185" />
        <source>A request received on {date} is open; creating the information answers it.</source>
        <translation>A request received on {date} is open; creating the information answers it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="191" />
        <source>No request of this person is open.</source>
        <translation>No request of this person is open.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="201" />
        <source>{date} (overdue)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="217" />
        <source>The request is recorded. Please answer it by {date}.</source>
        <translation>The request is recorded. Please answer it by {date}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="246" />
        <source>The information has been created and the request is marked as answered.</source>
        <translation>The information has been created and the request is marked as answered.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="248" />
        <source>PDF for the person: {pdf}</source>
        <translation>PDF for the person: {pdf}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="249" />
        <source>Data copy (JSON): {json}</source>
        <translation>Data copy (JSON): {json}</translation>
    </message>
</context>
<context>
    <name>ActionItemEditor</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="900" />
        <source>New action item</source>
        <translation>New action item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="900" />
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="908" />
        <source>e.g. Ask the city about the street party</source>
        <translation>e.g. Ask the city about the street party</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="911" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="912" />
        <source>&amp;Due by</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="932" />
        <source>Agenda &amp;item:</source>
        <translation>Agenda &amp;item:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="935" />
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="937" />
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="938" />
        <source>By when:</source>
        <translation>By when:</translation>
    </message>
</context>
<context>
    <name>ActionItemsTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1125" />
        <source>&amp;New action item…</source>
        <translation>&amp;New action item…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1126" />
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1127" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1128" />
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1180" />
        <source>Mark as d&amp;one</source>
        <translation>Mark as d&amp;one</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1138" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1139" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1140" />
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1141" />
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1156" />
        <source>{date} (overdue)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1180" />
        <source>Mark as &amp;open</source>
        <translation>Mark as &amp;open</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1222" />
        <source>Delete the action item “{text}”?</source>
        <translation>Delete the action item “{text}”?</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="120" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="121" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="122" />
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="123" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="129" />
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="141" />
        <source>Funding application</source>
        <translation>Funding application</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="158" />
        <source>Save application as PDF</source>
        <translation>Save application as PDF</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="226" />
        <source>No minus here: “{text}”. Amounts in the plan are positive.</source>
        <translation>No minus here: “{text}”. Amounts in the plan are positive.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="230" />
        <source>“{text}” has more than two decimal places; write e.g. 12,50.</source>
        <translation>“{text}” has more than two decimal places; write e.g. 12,50.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="234" />
        <source>“{text}” is unclear: a thousand is written 1.234, one euro and a bit 1,23.</source>
        <translation>“{text}” is unclear: a thousand is written 1.234, one euro and a bit 1,23.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="238" />
        <source>“{text}” is not an amount of money; write e.g. 1.234,50.</source>
        <translation>“{text}” is not an amount of money; write e.g. 1.234,50.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="245" />
        <source>No minus here: “{text}”. The quantity is positive.</source>
        <translation>No minus here: “{text}”. The quantity is positive.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="249" />
        <source>“{text}” has more than three decimal places.</source>
        <translation>“{text}” has more than three decimal places.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="252" />
        <source>“{text}” is not a number; write e.g. 2 or 2,5.</source>
        <translation>“{text}” is not a number; write e.g. 2 or 2,5.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="848" />
        <source>the grant at most {rate} of the costs</source>
        <translation>the grant at most {rate} of the costs</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="854" />
        <source>own share at least {share}</source>
        <translation>own share at least {share}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="860" />
        <source>grant up to {amount}</source>
        <translation>grant up to {amount}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="866" />
        <source>volunteer hours count {rate} each</source>
        <translation>volunteer hours count {rate} each</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="872" />
        <source>{programme}: {rules}.</source>
        <translation>{programme}: {rules}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1514" />
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1537" />
        <source>Register: {register}</source>
        <translation>Register: {register}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1543" />
        <source>Tax exemption notice of {date}</source>
        <translation>Tax exemption notice of {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1549" />
        <source>Authorised signatories: {names}</source>
        <translation>Authorised signatories: {names}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2094" />
        <source>You may read this application, not change it.</source>
        <translation>You may read this application, not change it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2098" />
        <source>The application is “{status}” and no longer changed here. To change it again, take it back to draft on the Funding applications page.</source>
        <translation>The application is “{status}” and no longer changed here. To change it again, take it back to draft on the Funding applications page.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2115" />
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2116" />
        <source>Application &amp;text</source>
        <translation>Application &amp;text</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2117" />
        <source>Cost and &amp;financing plan</source>
        <translation>Cost and &amp;financing plan</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2118" />
        <source>&amp;Attachments</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2119" />
        <source>Chec&amp;ks</source>
        <translation>Chec&amp;ks</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2137" />
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2140" />
        <source>&amp;Open PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2144" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2170" />
        <source>Funding application: {title}</source>
        <translation>Funding application: {title}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2183" />
        <source>Chec&amp;ks ({summary})</source>
        <translation>Chec&amp;ks ({summary})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2288" />
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2393" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2289" />
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2394" />
        <source>Cost and financing plan</source>
        <translation>Cost and financing plan</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2296" />
        <source>Unsaved changes ({tabs}) are not in the PDF; it shows the application as saved. Make the PDF anyway?</source>
        <translation>Unsaved changes ({tabs}) are not in the PDF; it shows the application as saved. Make the PDF anyway?</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2307" />
        <source>The application still has 1 error. Export it as a draft anyway?</source>
        <translation>The application still has 1 error. Export it as a draft anyway?</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2310" />
        <source>The application still has {count} errors. Export it as a draft anyway?</source>
        <translation>The application still has {count} errors. Export it as a draft anyway?</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2363" />
        <source>Saved as {file} (marked as a draft: the checks found errors).</source>
        <translation>Saved as {file} (marked as a draft: the checks found errors).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2365" />
        <source>Saved as {file}.</source>
        <translation>Saved as {file}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2385" />
        <source>The text of “{section}” could not be saved (see the reason below the text). Close anyway and lose it?</source>
        <translation>The text of “{section}” could not be saved (see the reason below the text). Close anyway and lose it?</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2401" />
        <source>There are unsaved changes ({tabs}). Save them?</source>
        <translation>There are unsaved changes ({tabs}). Save them?</translation>
    </message>
</context>
<context>
    <name>ApplicationVersionsDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="147" />
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="181" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="152" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="157" />
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="180" />
        <source>Cost and financing plan</source>
        <translation>Cost and financing plan</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="188" />
        <source>Costs: {amount}</source>
        <translation>Costs: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="191" />
        <source>Other financing: {amount}</source>
        <translation>Other financing: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="194" />
        <source>Requested: {amount}</source>
        <translation>Requested: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="207" />
        <source>Save version</source>
        <translation>Save version</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="208" />
        <source>A name for this version (e.g. “before the board meeting”):</source>
        <translation>A name for this version (e.g. “before the board meeting”):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="247" />
        <source>Every submission and every version you save is kept. Choose a version to see what changed since: removed words are red and struck through, added words green.</source>
        <translation>Every submission and every version you save is kept. Choose a version to see what changed since: removed words are red and struck through, added words green.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="255" />
        <source>Kept versions</source>
        <translation>Kept versions</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="261" />
        <source>No version kept yet. “Save version…” keeps the current state, e.g. before larger changes; submitting keeps one automatically.</source>
        <translation>No version kept yet. “Save version…” keeps the current state, e.g. before larger changes; submitting keeps one automatically.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="271" />
        <source>Compare &amp;with:</source>
        <translation>Compare &amp;with:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="297" />
        <source>&amp;Save version…</source>
        <translation>&amp;Save version…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="299" />
        <source>Keep the current state with a name</source>
        <translation>Keep the current state with a name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="301" />
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restore this version…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="304" />
        <source>The texts and the plan of the chosen version become the current state</source>
        <translation>The texts and the plan of the chosen version become the current state</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="338" />
        <source>Versions of “{title}”</source>
        <translation>Versions of “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="345" />
        <source>the current state</source>
        <translation>the current state</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="403" />
        <source>Current state</source>
        <translation>Current state</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="413" />
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="439" />
        <source>The current state is kept as a version.</source>
        <translation>The current state is kept as a version.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="447" />
        <source>Restore the version “{when}”? Its texts and its cost and financing plan replace the current ones. The current state is kept as a version first, so nothing is lost.</source>
        <translation>Restore the version “{when}”? Its texts and its cost and financing plan replace the current ones. The current state is kept as a version first, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="451" />
        <source>Restore version</source>
        <translation>Restore version</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_versions.py" line="464" />
        <source>The version is restored. The state before it is kept as a version in the list.</source>
        <translation>The version is restored. The state before it is kept as a version in the list.</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="137" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="138" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="139" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="140" />
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="141" />
        <source>Project period</source>
        <translation>Project period</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="142" />
        <source>Report due</source>
        <translation>Report due</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1871" />
        <source>Attachments: tick what is ready</source>
        <translation>Attachments: tick what is ready</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1881" />
        <source>Tick each attachment once it is ready to go with the application. Required attachments are marked; the checks list those still missing.</source>
        <translation>Tick each attachment once it is ready to go with the application. Required attachments are marked; the checks list those still missing.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1899" />
        <source> (required)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1918" />
        <source>This programme asks for no attachments.</source>
        <translation>This programme asks for no attachments.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1923" />
        <source>{ready} of {count} ready; {missing} required still missing.</source>
        <translation>{ready} of {count} ready; {missing} required still missing.</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="234" />
        <source>Invited people: tick who attended</source>
        <translation>Invited people: tick who attended</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="236" />
        <source>Tick &amp;all</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="237" />
        <source>Tick &amp;none</source>
        <translation>Tick &amp;none</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="241" />
        <source>Add a person who was not invited</source>
        <translation>Add a person who was not invited</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="243" />
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="251" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="251" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="251" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="258" />
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="262" />
        <source>Add &amp;guest</source>
        <translation>Add &amp;guest</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="264" />
        <source>&amp;Remove guest</source>
        <translation>&amp;Remove guest</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="270" />
        <source>Visitors without names</source>
        <translation>Visitors without names</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="274" />
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="291" />
        <source>&amp;Save attendance</source>
        <translation>&amp;Save attendance</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="310" />
        <source>Invited and registered people (tick who attended):</source>
        <translation>Invited and registered people (tick who attended):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="320" />
        <source>Guests (not in the register):</source>
        <translation>Guests (not in the register):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="329" />
        <source>&amp;Visitors without names:</source>
        <translation>&amp;Visitors without names:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="333" />
        <source>C&amp;hildren:</source>
        <translation>C&amp;hildren:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="392" />
        <source>Quorate: yes — {present} of at least {required}</source>
        <translation>Quorate: yes — {present} of at least {required}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="395" />
        <source>Quorate: no — {present} of at least {required}</source>
        <translation>Quorate: no — {present} of at least {required}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="493" />
        <source>Present: {named} with names ({people} from the register, {guests} guests), {anonymous} without names, {children} children — {total} in all</source>
        <translation>Present: {named} with names ({people} from the register, {guests} guests), {anonymous} without names, {children} children — {total} in all</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="525" />
        <source>The attendance is saved.</source>
        <translation>The attendance is saved.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="39" />
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="40" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="41" />
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="42" />
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="43" />
        <source>logged in</source>
        <translation>logged in</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="44" />
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="71" />
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="76" />
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="85" />
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="90" />
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="91" />
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="92" />
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="93" />
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="104" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="104" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="104" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="104" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="104" />
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="110" />
        <source>Select an entry to see which fields changed.</source>
        <translation>Select an entry to see which fields changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="117" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="140" />
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="143" />
        <source>all areas</source>
        <translation>all areas</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="182" />
        <source>{count} entries (the newest {limit} at most)</source>
        <translation>{count} entries (the newest {limit} at most)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="184" />
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/audit.py" line="198" />
        <source>No field values recorded.</source>
        <translation>No field values recorded.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="128" />
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="129" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="130" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="131" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="39" />
        <source>Choose a folder for the backup</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="58" />
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="62" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="65" />
        <source>A backup holds all data and the stored receipt scans in one file. It can be restored on this PC or on another one.</source>
        <translation>A backup holds all data and the stored receipt scans in one file. It can be restored on this PC or on another one.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="72" />
        <source>Into the &amp;backups folder</source>
        <translation>Into the &amp;backups folder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="79" />
        <source>Into &amp;another folder, e.g. on a USB stick or a network drive:</source>
        <translation>Into &amp;another folder, e.g. on a USB stick or a network drive:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="82" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="83" />
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="100" />
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="146" />
        <source>Please choose the folder for the backup.</source>
        <translation>Please choose the folder for the backup.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/backup_now.py" line="162" />
        <source>The backup has been saved:
{path}</source>
        <translation>The backup has been saved:
{path}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="66" />
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="91" />
        <source>The database file is damaged: {detail}</source>
        <translation>The database file is damaged: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="95" />
        <source>An entry refers to something that no longer exists: {detail}</source>
        <translation>An entry refers to something that no longer exists: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="99" />
        <source>Tables are missing: {detail}</source>
        <translation>Tables are missing: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="104" />
        <source>The database has no Quartierstreff schema version.</source>
        <translation>The database has no Quartierstreff schema version.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="115" />
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="116" />
        <source>Last backup: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="318" />
        <source>The database could not be checked: {reason}</source>
        <translation>The database could not be checked: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="339" />
        <source>The check of the database at start found problems.</source>
        <translation>The check of the database at start found problems.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="414" />
        <source>The automatic backup failed: {reason}</source>
        <translation>The automatic backup failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="434" />
        <source>Automatic backup saved: {file}</source>
        <translation>Automatic backup saved: {file}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="467" />
        <source>Saving a backup before closing …</source>
        <translation>Saving a backup before closing …</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="468" />
        <source>Don't wait</source>
        <translation>Don't wait</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="473" />
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="503" />
        <source>The backup of {when} has been restored.</source>
        <translation>The backup of {when} has been restored.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="507" />
        <source>The data it replaced are kept in {path}.</source>
        <translation>The data it replaced are kept in {path}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/backup.py" line="536" />
        <source>The backup failed: {reason}</source>
        <translation>The backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="111" />
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="123" />
        <source>Series of bookings</source>
        <translation>Series of bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="125" />
        <source>This date belongs to a series. Which dates do you want to change?</source>
        <translation>This date belongs to a series. Which dates do you want to change?</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="129" />
        <source>This date belongs to a series. Which dates do you want to cancel?</source>
        <translation>This date belongs to a series. Which dates do you want to cancel?</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="135" />
        <source>Only this date</source>
        <translation>Only this date</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="139" />
        <source>This and all following</source>
        <translation>This and all following</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="143" />
        <source>All dates of the series</source>
        <translation>All dates of the series</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="159" />
        <source>Cancel date</source>
        <translation>Cancel date</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="190" />
        <source>Cancel the booking “{title}” on {date}? It goes to the bin.</source>
        <translation>Cancel the booking “{title}” on {date}? It goes to the bin.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="196" />
        <source>Cancel the whole series “{title}”? It goes to the bin, with all its dates.</source>
        <translation>Cancel the whole series “{title}”? It goes to the bin, with all its dates.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="204" />
        <source>Cancel “{title}” on {date}? You may give a reason (optional):</source>
        <translation>Cancel “{title}” on {date}? You may give a reason (optional):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="208" />
        <source>Cancel “{title}” from {date} on? You may give a reason (optional):</source>
        <translation>Cancel “{title}” from {date} on? You may give a reason (optional):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="460" />
        <source>e.g. Chorprobe, Geburtstagsfeier</source>
        <translation>e.g. Chorprobe, Geburtstagsfeier</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="464" />
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="469" />
        <source>{count} places</source>
        <translation>{count} places</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="498" />
        <source>— no group —</source>
        <translation>— no group —</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="504" />
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="507" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="509" />
        <source>&amp;Public: may appear in the programme</source>
        <translation>&amp;Public: may appear in the programme</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="513" />
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="514" />
        <source>Expected people</source>
        <translation>Expected people</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="517" />
        <source>e.g. set up tables, key from Ms Roth</source>
        <translation>e.g. set up tables, key from Ms Roth</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="520" />
        <source>Private &amp;hire</source>
        <translation>Private &amp;hire</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="524" />
        <source>e.g. 80,00 €</source>
        <translation>e.g. 80,00 €</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="526" />
        <source>e.g. 100,00 €</source>
        <translation>e.g. 100,00 €</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="527" />
        <source>Key handed out on</source>
        <translation>Key handed out on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="529" />
        <source>returned on</source>
        <translation>returned on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="538" />
        <source>De&amp;posit:</source>
        <translation>De&amp;posit:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="540" />
        <source>&amp;Fee:</source>
        <translation>&amp;Fee:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="553" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="558" />
        <source>R&amp;ooms:</source>
        <translation>R&amp;ooms:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="563" />
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="565" />
        <source>t&amp;o:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="568" />
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="569" />
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="571" />
        <source>or &amp;contact person:</source>
        <translation>or &amp;contact person:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="575" />
        <source>Res&amp;ponsible:</source>
        <translation>Res&amp;ponsible:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="583" />
        <source>E&amp;xpected people:</source>
        <translation>E&amp;xpected people:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="584" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="593" />
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="595" />
        <source>Dates of the booking</source>
        <translation>Dates of the booking</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="605" />
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="607" />
        <source>Show the booking as it is stored now; your input is discarded</source>
        <translation>Show the booking as it is stored now; your input is discarded</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="665" />
        <source>Repetition</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="667" />
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="668" />
        <source>&amp;Weekly</source>
        <translation>&amp;Weekly</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="669" />
        <source>&amp;Monthly</source>
        <translation>&amp;Monthly</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="687" />
        <source>&amp;Every:</source>
        <translation>&amp;Every:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="698" />
        <source>On the:</source>
        <translation>On the:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="714" />
        <source>Weekdays:</source>
        <translation>Weekdays:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="717" />
        <source>&amp;until</source>
        <translation>&amp;until</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="718" />
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="724" />
        <source>Last date of the series</source>
        <translation>Last date of the series</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="728" />
        <source> dates</source>
        <translation> dates</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="729" />
        <source>Number of dates</source>
        <translation>Number of dates</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="737" />
        <source>Ends:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="740" />
        <source>Leave out public &amp;holidays (Baden-Württemberg)</source>
        <translation>Leave out public &amp;holidays (Baden-Württemberg)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="743" />
        <source>Leave out &amp;school holidays</source>
        <translation>Leave out &amp;school holidays</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="772" />
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="775" />
        <source>Cancelled and changed dates</source>
        <translation>Cancelled and changed dates</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="777" />
        <source>Take place &amp;again</source>
        <translation>Take place &amp;again</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="779" />
        <source>The chosen date takes place again as the series says</source>
        <translation>The chosen date takes place again as the series says</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="895" />
        <source>Linked rooms block each other: {rooms}</source>
        <translation>Linked rooms block each other: {rooms}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="899" />
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="901" />
        <source>Change booking</source>
        <translation>Change booking</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="903" />
        <source>Change one date of the series</source>
        <translation>Change one date of the series</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="904" />
        <source>Change this and all following dates</source>
        <translation>Change this and all following dates</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="905" />
        <source>Change the whole series</source>
        <translation>Change the whole series</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="910" />
        <source>Cancel &amp;booking…</source>
        <translation>Cancel &amp;booking…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="912" />
        <source>Cancel this &amp;date…</source>
        <translation>Cancel this &amp;date…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="913" />
        <source>Cancel these &amp;dates…</source>
        <translation>Cancel these &amp;dates…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="914" />
        <source>Cancel the &amp;series…</source>
        <translation>Cancel the &amp;series…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="919" />
        <source>1st</source>
        <translation>1st</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="920" />
        <source>2nd</source>
        <translation>2nd</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="921" />
        <source>3rd</source>
        <translation>3rd</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="922" />
        <source>4th</source>
        <translation>4th</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="923" />
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="975" />
        <source>month(s)</source>
        <translation>month(s)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="975" />
        <source>week(s)</source>
        <translation>week(s)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1149" />
        <source>This series comes from an imported calendar with a rule Quartierstreff cannot change here: {rule}. Its dates can be changed one by one.</source>
        <translation>This series comes from an imported calendar with a rule Quartierstreff cannot change here: {rule}. Its dates can be changed one by one.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1265" />
        <source>changed: {date} {time}</source>
        <translation>changed: {date} {time}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1270" />
        <source>cancelled: {reason}</source>
        <translation>cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1271" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1296" />
        <source>taken: {title} · {room}</source>
        <translation>taken: {title} · {room}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1311" />
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1316" />
        <source>left out: {reason}</source>
        <translation>left out: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1352" />
        <source>“{room}” has room for {capacity} people; {expected} are expected.</source>
        <translation>“{room}” has room for {capacity} people; {expected} are expected.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1360" />
        <source>“{room}” is only open from {opens} to {closes}.</source>
        <translation>“{room}” is only open from {opens} to {closes}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1363" />
        <source>{date}: {name} — the centre may be closed.</source>
        <translation>{date}: {name} — the centre may be closed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1380" />
        <source>Every {positions} {days}</source>
        <translation>Every {positions} {days}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1382" />
        <source>Every {interval} months on the {positions} {days}</source>
        <translation>Every {interval} months on the {positions} {days}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1387" />
        <source>Every {days}</source>
        <translation>Every {days}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1389" />
        <source>Every {interval} weeks on {days}</source>
        <translation>Every {interval} weeks on {days}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1393" />
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1397" />
        <source>{count} times</source>
        <translation>{count} times</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1399" />
        <source>until {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1445" />
        <source>The date {date} takes place again.</source>
        <translation>The date {date} takes place again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1482" />
        <source>{taken} dates are taken. Book the other {free} and leave out the taken ones?</source>
        <translation>{taken} dates are taken. Book the other {free} and leave out the taken ones?</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1486" />
        <source>Every date of the series is taken; nothing was booked.</source>
        <translation>Every date of the series is taken; nothing was booked.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1589" />
        <source>Discard your changes to this booking?</source>
        <translation>Discard your changes to this booking?</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1622" />
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1630" />
        <source>1 date</source>
        <translation>1 date</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1631" />
        <source>{count} dates</source>
        <translation>{count} dates</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1634" />
        <source>1 left out for holidays</source>
        <translation>1 left out for holidays</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1635" />
        <source>{count} left out for holidays</source>
        <translation>{count} left out for holidays</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1638" />
        <source>1 taken</source>
        <translation>1 taken</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1639" />
        <source>{count} taken</source>
        <translation>{count} taken</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1642" />
        <source>1 stays cancelled</source>
        <translation>1 stays cancelled</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="1643" />
        <source>{count} stay cancelled</source>
        <translation>{count} stay cancelled</translation>
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
    <name>ChecksTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1977" />
        <source>Findings of the checks</source>
        <translation>Findings of the checks</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1988" />
        <source>Double-click a line (or press Enter) to go to the field. Errors are rules of the programme the application breaks; hints deserve a look. The PDF can be made all the same; with errors it is marked as a draft.</source>
        <translation>Double-click a line (or press Enter) to go to the field. Errors are rules of the programme the application breaks; hints deserve a look. The PDF can be made all the same; with errors it is marked as a draft.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2008" />
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2008" />
        <source>Hint: {message}</source>
        <translation>Hint: {message}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2022" />
        <source>No objections</source>
        <translation>No objections</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2026" />
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2026" />
        <source>{n} errors</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2030" />
        <source>1 hint</source>
        <translation>1 hint</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="2030" />
        <source>{n} hints</source>
        <translation>{n} hints</translation>
    </message>
</context>
<context>
    <name>ConsentPurposes</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="73" />
        <source>Photos on the internet</source>
        <translation>Photos on the internet</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="74" />
        <source>may appear in photos (web)</source>
        <translation>may appear in photos (web)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="77" />
        <source>Photos in print</source>
        <translation>Photos in print</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="78" />
        <source>may appear in photos (print)</source>
        <translation>may appear in photos (print)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="81" />
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="82" />
        <source>receives the newsletter</source>
        <translation>receives the newsletter</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="85" />
        <source>Birthday list</source>
        <translation>Birthday list</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="86" />
        <source>on the birthday list</source>
        <translation>on the birthday list</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="89" />
        <source>Member list shared with members</source>
        <translation>Member list shared with members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="90" />
        <source>on the member list for members</source>
        <translation>on the member list for members</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="186" />
        <source>e.g. 2024-01</source>
        <translation>e.g. 2024-01</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="189" />
        <source>e.g. signed form</source>
        <translation>e.g. signed form</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="190" />
        <source>not withdrawn</source>
        <translation>not withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="191" />
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="192" />
        <source>The person withdraws this consent today</source>
        <translation>The person withdraws this consent today</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="194" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="195" />
        <source>Only for an entry made by mistake</source>
        <translation>Only for an entry made by mistake</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="206" />
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="210" />
        <source>Text version:</source>
        <translation>Text version:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="213" />
        <source>Given on:</source>
        <translation>Given on:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="214" />
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="220" />
        <source>Withdrawn on:</source>
        <translation>Withdrawn on:</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="93" />
        <source>New field</source>
        <translation>New field</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="93" />
        <source>Change field</source>
        <translation>Change field</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="96" />
        <source>e.g. T-shirt size</source>
        <translation>e.g. T-shirt size</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="102" />
        <source>One choice per line</source>
        <translation>One choice per line</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="110" />
        <source>&amp;Name of the field:</source>
        <translation>&amp;Name of the field:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="111" />
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="113" />
        <source>&amp;Choices:</source>
        <translation>&amp;Choices:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="140" />
        <source>Any text up to 2,000 characters.</source>
        <translation>Any text up to 2,000 characters.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="141" />
        <source>A number such as 3 or 12,5.</source>
        <translation>A number such as 3 or 12,5.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="142" />
        <source>A date such as 24.11.2026.</source>
        <translation>A date such as 24.11.2026.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="143" />
        <source>A tick: yes or no.</source>
        <translation>A tick: yes or no.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="144" />
        <source>One of the choices below.</source>
        <translation>One of the choices below.</translation>
    </message>
</context>
<context>
    <name>CustomFieldType</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="54" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="55" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="56" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="57" />
        <source>Yes/no</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="58" />
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="81" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="86" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="87" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="88" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="89" />
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="90" />
        <source>Upcoming meetings</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="104" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="109" />
        <source>Bookings today</source>
        <translation>Bookings today</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="110" />
        <source>Bookings this week</source>
        <translation>Bookings this week</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="111" />
        <source>Room hours this week</source>
        <translation>Room hours this week</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="130" />
        <source>Next meetings</source>
        <translation>Next meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="134" />
        <source>No meetings are planned yet.</source>
        <translation>No meetings are planned yet.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="139" />
        <source>Open action items</source>
        <translation>Open action items</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="158" />
        <source>Funding deadlines</source>
        <translation>Funding deadlines</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="174" />
        <source>Open privacy requests</source>
        <translation>Open privacy requests</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="186" />
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="190" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="195" />
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="277" />
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="279" />
        <source>overdue: due {date}</source>
        <translation>overdue: due {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="281" />
        <source>by {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="282" />
        <source>{meeting} on {date}</source>
        <translation>{meeting} on {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="287" />
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="301" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="302" />
        <source>Mark this action item as done today</source>
        <translation>Mark this action item as done today</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="309" />
        <source>… and {count} more (see the meetings).</source>
        <translation>… and {count} more (see the meetings).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="354" />
        <source>overdue since {date}</source>
        <translation>overdue since {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="356" />
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="358" />
        <source>tomorrow, {date}</source>
        <translation>tomorrow, {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="360" />
        <source>{date} (in {days} days)</source>
        <translation>{date} (in {days} days)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="386" />
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="389" />
        <source>Last backup: {when} ({kind}), in {folder}</source>
        <translation>Last backup: {when} ({kind}), in {folder}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="400" />
        <source>There is no backup of your data yet. Please make one now — and from time to time one on a USB stick that is kept somewhere else.</source>
        <translation>There is no backup of your data yet. Please make one now — and from time to time one on a USB stick that is kept somewhere else.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="407" />
        <source>The last backup is more than a week old. Please make one now — and from time to time one on a USB stick that is kept somewhere else.</source>
        <translation>The last backup is more than a week old. Please make one now — and from time to time one on a USB stick that is kept somewhere else.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="421" />
        <source>Automatic backups are paused so that the older ones are kept. Please restore the newest backup from before the problem.</source>
        <translation>Automatic backups are paused so that the older ones are kept. Please restore the newest backup from before the problem.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="426" />
        <source>Automatic backups are paused so that the older ones are kept. Please ask the coordination team or the administrator to restore a backup.</source>
        <translation>Automatic backups are paused so that the older ones are kept. Please ask the coordination team or the administrator to restore a backup.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="430" />
        <source>The check of the database at start found problems:</source>
        <translation>The check of the database at start found problems:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="439" />
        <source>The centre's name has not been entered yet (see Settings).</source>
        <translation>The centre's name has not been entered yet (see Settings).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="443" />
        <source>{name} in {city}</source>
        <translation>{name} in {city}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="462" />
        <source>Request for information (Art. 15)</source>
        <translation>Request for information (Art. 15)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="463" />
        <source>Request for erasure (Art. 17)</source>
        <translation>Request for erasure (Art. 17)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="467" />
        <source>overdue: was due by {date}</source>
        <translation>overdue: was due by {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="469" />
        <source>answer by {date}</source>
        <translation>answer by {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/dashboard.py" line="474" />
        <source>received {date}</source>
        <translation>received {date}</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="76" />
        <source>Quartierstreff — the database cannot be opened</source>
        <translation>Quartierstreff — the database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="98" />
        <source>Restore the &amp;newest backup</source>
        <translation>Restore the &amp;newest backup</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="99" />
        <source>Choose &amp;another backup…</source>
        <translation>Choose &amp;another backup…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="100" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="141" />
        <source>The database file is damaged</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="144" />
        <source>The database file {file} is damaged or is not a database ({reason}). It has not been changed, and Quartierstreff will not create a new, empty database in its place.</source>
        <translation>The database file {file} is damaged or is not a database ({reason}). It has not been changed, and Quartierstreff will not create a new, empty database in its place.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="157" />
        <source>The newest backup is from {when}. Restoring it brings back the data as they were then. The damaged file is kept in {folder}.</source>
        <translation>The newest backup is from {when}. Restoring it brings back the data as they were then. The damaged file is kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="162" />
        <source>Restore the &amp;newest backup ({when})</source>
        <translation>Restore the &amp;newest backup ({when})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="168" />
        <source>There is no backup in {folder}. If you have one elsewhere, e.g. on a USB stick, choose it. The damaged file is kept in the backups folder.</source>
        <translation>There is no backup in {folder}. If you have one elsewhere, e.g. on a USB stick, choose it. The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="174" />
        <source>This is not a Quartierstreff database</source>
        <translation>This is not a Quartierstreff database</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="177" />
        <source>The file {file} belongs to another program (it holds the tables {tables}). Quartierstreff does not change it.</source>
        <translation>The file {file} belongs to another program (it holds the tables {tables}). Quartierstreff does not change it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="183" />
        <source>Please check which database Quartierstreff should open (the setting QUARTIERSTREFF_DATABASE or the option --database).</source>
        <translation>Please check which database Quartierstreff should open (the setting QUARTIERSTREFF_DATABASE or the option --database).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="189" />
        <source>This database is from a newer version</source>
        <translation>This database is from a newer version</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="193" />
        <source>The database has not been changed. Its schema version is “{revision}”.</source>
        <translation>The database has not been changed. Its schema version is “{revision}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/database_problem.py" line="252" />
        <source>The backup could not be restored: {reason}</source>
        <translation>The backup could not be restored: {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="109" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="767" />
        <source>New decision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="767" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="777" />
        <source>e.g. The summer party takes place on 4 July; up to 300 € for food.</source>
        <translation>e.g. The summer party takes place on 4 July; up to 300 € for food.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="781" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="782" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="783" />
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="805" />
        <source>&amp;Yes:</source>
        <translation>&amp;Yes:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="806" />
        <source>N&amp;o:</source>
        <translation>N&amp;o:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="807" />
        <source>A&amp;bstentions:</source>
        <translation>A&amp;bstentions:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="815" />
        <source>Agenda &amp;item:</source>
        <translation>Agenda &amp;item:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="817" />
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="818" />
        <source>Votes:</source>
        <translation>Votes:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="819" />
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
</context>
<context>
    <name>DecisionTextDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="48" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="52" />
        <source>, item {number}</source>
        <translation>, item {number}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="57" />
        <source>{meeting} on {date}{item}</source>
        <translation>{meeting} on {date}{item}</translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="94" />
        <source>Decisions register</source>
        <translation>Decisions register</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="101" />
        <source>Search the decisions and meetings…</source>
        <translation>Search the decisions and meetings…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="102" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="105" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="109" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="114" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="116" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="119" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="120" />
        <source>Yes / No / Abst.</source>
        <translation>Yes / No / Abst.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="121" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="146" />
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="165" />
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="196" />
        <source>One decision</source>
        <translation>One decision</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="198" />
        <source>{count} decisions</source>
        <translation>{count} decisions</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="200" />
        <source>No decision matches the search.</source>
        <translation>No decision matches the search.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/decisions.py" line="202" />
        <source>No decisions have been entered yet.</source>
        <translation>No decisions have been entered yet.</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1032" />
        <source>&amp;New decision…</source>
        <translation>&amp;New decision…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1033" />
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1034" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1041" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1044" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1045" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1046" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1047" />
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1048" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1091" />
        <source>Delete the decision “{text}”?</source>
        <translation>Delete the decision “{text}”?</translation>
    </message>
</context>
<context>
    <name>EntityNames</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="654" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="655" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="656" />
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="657" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="658" />
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="659" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="660" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="672" />
        <source>Funding application</source>
        <translation>Funding application</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="661" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="662" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="663" />
        <source>Centre profile</source>
        <translation>Centre profile</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="664" />
        <source>Membership type</source>
        <translation>Membership type</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="665" />
        <source>Custom field</source>
        <translation>Custom field</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="666" />
        <source>Privacy request</source>
        <translation>Privacy request</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="667" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="668" />
        <source>Series of bookings</source>
        <translation>Series of bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="669" />
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="670" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="671" />
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="673" />
        <source>Funding programme</source>
        <translation>Funding programme</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="674" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="675" />
        <source>Text block</source>
        <translation>Text block</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="73" />
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="348" />
        <source>Retention periods</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="353" />
        <source>Retention periods and anonymisation</source>
        <translation>Retention periods and anonymisation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="357" />
        <source>Nobody's retention period has ended. There is nothing to anonymise.</source>
        <translation>Nobody's retention period has ended. There is nothing to anonymise.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="366" />
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="370" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="397" />
        <source>Former members and other people whose last contact with the centre was more than {years} years ago (see Settings). Anonymising removes names, address, contact data, notes and consents; counts and age bands remain. Where receipts or attendance at funded events must still be kept, the person is blocked instead (hidden from normal use) until that period ends.</source>
        <translation>Former members and other people whose last contact with the centre was more than {years} years ago (see Settings). Anonymising removes names, address, contact data, notes and consents; counts and age bands remain. Where receipts or attendance at funded events must still be kept, the person is blocked instead (hidden from normal use) until that period ends.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="422" />
        <source>Anonymise {names}? Names and contact data are removed for good and cannot be restored. People whose receipts or attendance lists must still be kept are blocked instead.</source>
        <translation>Anonymise {names}? Names and contact data are removed for good and cannot be restored. People whose receipts or attendance lists must still be kept are blocked instead.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="440" />
        <source>{name} (until {date})</source>
        <translation>{name} (until {date})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="451" />
        <source>Anonymised: {names}.</source>
        <translation>Anonymised: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="454" />
        <source>Blocked while their data must be kept: {names}.</source>
        <translation>Blocked while their data must be kept: {names}.</translation>
    </message>
</context>
<context>
    <name>ErasureTableModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="294" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="295" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="296" />
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="297" />
        <source>Must be kept until</source>
        <translation>Must be kept until</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="298" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="307" />
        <source>Former member</source>
        <translation>Former member</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="308" />
        <source>Not a member</source>
        <translation>Not a member</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="319" />
        <source>Can be anonymised</source>
        <translation>Can be anonymised</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="321" />
        <source>receipts (10 years, § 147 AO)</source>
        <translation>receipts (10 years, § 147 AO)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="322" />
        <source>attendance at funded events (10 years)</source>
        <translation>attendance at funded events (10 years)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="326" />
        <source>Blocked: {reasons}</source>
        <translation>Blocked: {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/privacy.py" line="327" />
        <source>To be blocked: {reasons}</source>
        <translation>To be blocked: {reasons}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="184" />
        <source>An IBAN starts with the country code, e.g. DE89 3704 0044 0532 0130 00.</source>
        <translation>An IBAN starts with the country code, e.g. DE89 3704 0044 0532 0130 00.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="187" />
        <source>A BIC has 8 or 11 characters, e.g. COBADEFFXXX.</source>
        <translation>A BIC has 8 or 11 characters, e.g. COBADEFFXXX.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="188" />
        <source>A German postcode has five digits, e.g. 70173.</source>
        <translation>A German postcode has five digits, e.g. 70173.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="193" />
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="194" />
        <source>The two PINs do not match.</source>
        <translation>The two PINs do not match.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="195" />
        <source>The password is too short: it needs at least 8 characters.</source>
        <translation>The password is too short: it needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="198" />
        <source>The password must not begin or end with a space.</source>
        <translation>The password must not begin or end with a space.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="201" />
        <source>The current password is not correct.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="204" />
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="205" />
        <source>A PIN is only allowed while the window locks itself after idle time (Settings).</source>
        <translation>A PIN is only allowed while the window locks itself after idle time (Settings).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="209" />
        <source>While users have a PIN, the window must lock itself after idle time.</source>
        <translation>While users have a PIN, the window must lock itself after idle time.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="213" />
        <source>The user name “{value}” is not allowed: 2 to 40 characters — lower-case letters, digits, dot, hyphen and underscore, starting with a letter or digit.</source>
        <translation>The user name “{value}” is not allowed: 2 to 40 characters — lower-case letters, digits, dot, hyphen and underscore, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="218" />
        <source>The user name “{value}” is already taken.</source>
        <translation>The user name “{value}” is already taken.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="219" />
        <source>The first user must be an Admin, so that someone can manage the others.</source>
        <translation>The first user must be an Admin, so that someone can manage the others.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="222" />
        <source>“{value}” is the last active Admin; there must always be at least one.</source>
        <translation>“{value}” is the last active Admin; there must always be at least one.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="225" />
        <source>You cannot deactivate yourself.</source>
        <translation>You cannot deactivate yourself.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="226" />
        <source>Please fill in the last name.</source>
        <translation>Please fill in the last name.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="227" />
        <source>“{field}” contains invisible control characters. Please type it again.</source>
        <translation>“{field}” contains invisible control characters. Please type it again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="376" />
        <source>Please fill in a title.</source>
        <translation>Please fill in a title.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="549" />
        <source>The project end is before the project start.</source>
        <translation>The project end is before the project start.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="955" />
        <source>“{field}” is too long: at most {value} characters, please shorten it.</source>
        <translation>“{field}” is too long: at most {value} characters, please shorten it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="230" />
        <source>The postcode “{value}” is not valid: a German postcode has five digits.</source>
        <translation>The postcode “{value}” is not valid: a German postcode has five digits.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="233" />
        <source>“{value}” is not an e-mail address (it needs an @ and a domain).</source>
        <translation>“{value}” is not an e-mail address (it needs an @ and a domain).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="236" />
        <source>“{value}” is not a phone number: digits, spaces, + / - ( ) only.</source>
        <translation>“{value}” is not a phone number: digits, spaces, + / - ( ) only.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="240" />
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="241" />
        <source>The date the request was received is in the future.</source>
        <translation>The date the request was received is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="244" />
        <source>A request cannot be answered before it was received.</source>
        <translation>A request cannot be answered before it was received.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="247" />
        <source>The date of birth is before 1900. Please check the year.</source>
        <translation>The date of birth is before 1900. Please check the year.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="250" />
        <source>A membership cannot end before it starts.</source>
        <translation>A membership cannot end before it starts.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="253" />
        <source>Two membership periods overlap. A period must end before the next starts.</source>
        <translation>Two membership periods overlap. A period must end before the next starts.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="256" />
        <source>This person has no current membership that could end.</source>
        <translation>This person has no current membership that could end.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="259" />
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>A consent cannot be withdrawn before it was given.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="262" />
        <source>Please fill in which version of the consent text was signed.</source>
        <translation>Please fill in which version of the consent text was signed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="265" />
        <source>“{field}” must be a number.</source>
        <translation>“{field}” must be a number.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="266" />
        <source>{field} “{value}” is not a valid date.</source>
        <translation>{field} “{value}” is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="267" />
        <source>{field} “{value}”: please write the year with four digits (e.g. 03.07.1958).</source>
        <translation>{field} “{value}”: please write the year with four digits (e.g. 03.07.1958).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="270" />
        <source>The same person as in line {value} (same name and date of birth or same e-mail address).</source>
        <translation>The same person as in line {value} (same name and date of birth or same e-mail address).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="274" />
        <source>No column is assigned to the last name (or the full name).</source>
        <translation>No column is assigned to the last name (or the full name).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="277" />
        <source>“{field}”: “{value}” is not a date. Please write it like 24.11.2026.</source>
        <translation>“{field}”: “{value}” is not a date. Please write it like 24.11.2026.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="280" />
        <source>Please fill in the day the membership starts.</source>
        <translation>Please fill in the day the membership starts.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="283" />
        <source>Please fill in the day the consent was given.</source>
        <translation>Please fill in the day the consent was given.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="286" />
        <source>“{field}” must be a date such as 24.11.2026.</source>
        <translation>“{field}” must be a date such as 24.11.2026.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="289" />
        <source>“{field}” must be yes or no.</source>
        <translation>“{field}” must be yes or no.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="290" />
        <source>“{field}” must be one of the choices set in the settings.</source>
        <translation>“{field}” must be one of the choices set in the settings.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="293" />
        <source>“{field}” is too long.</source>
        <translation>“{field}” is too long.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="294" />
        <source>The name “{value}” is already taken. Please choose another one.</source>
        <translation>The name “{value}” is already taken. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="297" />
        <source>There already is a field called “{value}”. Please choose another name.</source>
        <translation>There already is a field called “{value}”. Please choose another name.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="300" />
        <source>“{value}” is not a web address (e.g. www.example.org).</source>
        <translation>“{value}” is not a web address (e.g. www.example.org).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="303" />
        <source>A choice field needs at least one choice: please write one per line.</source>
        <translation>A choice field needs at least one choice: please write one per line.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="306" />
        <source>Too many choices: at most {value}.</source>
        <translation>Too many choices: at most {value}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="307" />
        <source>The choice “{value}” is still chosen for some people, so it cannot be removed.</source>
        <translation>The choice “{value}” is still chosen for some people, so it cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="311" />
        <source>{value} people already have a value for this field, so its type cannot change.</source>
        <translation>{value} people already have a value for this field, so its type cannot change.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="315" />
        <source>The annual fee cannot be negative.</source>
        <translation>The annual fee cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="316" />
        <source>The annual fee is too high: at most {value} €.</source>
        <translation>The annual fee is too high: at most {value} €.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="319" />
        <source>The annual fee can have at most two decimal places.</source>
        <translation>The annual fee can have at most two decimal places.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="322" />
        <source>“{value}” is not an amount of money, e.g. 36,00.</source>
        <translation>“{value}” is not an amount of money, e.g. 36,00.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="325" />
        <source>Another room already has the symbol “{value}”. Please choose another one.</source>
        <translation>Another room already has the symbol “{value}”. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="328" />
        <source>The symbol is too long: at most {value} characters, e.g. S or SA.</source>
        <translation>The symbol is too long: at most {value} characters, e.g. S or SA.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="331" />
        <source>The number of places must be between 1 and 10,000 (or left empty).</source>
        <translation>The number of places must be between 1 and 10,000 (or left empty).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="334" />
        <source>Too many items of equipment: at most {value}.</source>
        <translation>Too many items of equipment: at most {value}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="337" />
        <source>An item of equipment is too long: at most {value} characters per line.</source>
        <translation>An item of equipment is too long: at most {value} characters per line.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="340" />
        <source>Please give the opening time too, or neither time.</source>
        <translation>Please give the opening time too, or neither time.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="343" />
        <source>Please give the closing time too, or neither time.</source>
        <translation>Please give the closing time too, or neither time.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="346" />
        <source>The room must close after it opens.</source>
        <translation>The room must close after it opens.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="349" />
        <source>Please tick at least one day on which the room is open.</source>
        <translation>Please tick at least one day on which the room is open.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="352" />
        <source>The opening days are not valid.</source>
        <translation>The opening days are not valid.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="353" />
        <source>“{value}” is not a colour. Please choose one with the colour button.</source>
        <translation>“{value}” is not a colour. Please choose one with the colour button.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="356" />
        <source>A room cannot be a part of itself.</source>
        <translation>A room cannot be a part of itself.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="357" />
        <source>One of the parts no longer exists. Perhaps it was just deleted on another PC.</source>
        <translation>One of the parts no longer exists. Perhaps it was just deleted on another PC.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="360" />
        <source>“{value}” has parts of its own, so it cannot be a part.</source>
        <translation>“{value}” has parts of its own, so it cannot be a part.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="363" />
        <source>This room is a part of “{value}”, so it cannot have parts of its own.</source>
        <translation>This room is a part of “{value}”, so it cannot have parts of its own.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="366" />
        <source>The last day is before the first day.</source>
        <translation>The last day is before the first day.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="369" />
        <source>A period can last at most {value} days.</source>
        <translation>A period can last at most {value} days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="372" />
        <source>“{value}” starting on that day is already there.</source>
        <translation>“{value}” starting on that day is already there.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="377" />
        <source>Please tick at least one room.</source>
        <translation>Please tick at least one room.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="378" />
        <source>The room “{value}” is deactivated and cannot be booked.</source>
        <translation>The room “{value}” is deactivated and cannot be booked.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="381" />
        <source>The booking ends before it starts. Please check the times.</source>
        <translation>The booking ends before it starts. Please check the times.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="384" />
        <source>Start and end are the same: the booking would last no time at all.</source>
        <translation>Start and end are the same: the booking would last no time at all.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="387" />
        <source>The expected number of people must be between 0 and {value}.</source>
        <translation>The expected number of people must be between 0 and {value}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="390" />
        <source>The fee cannot be negative.</source>
        <translation>The fee cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="391" />
        <source>The fee must be an amount up to {value} € with at most two decimal places.</source>
        <translation>The fee must be an amount up to {value} € with at most two decimal places.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="394" />
        <source>The fee “{value}” is not an amount of money, e.g. 80,00.</source>
        <translation>The fee “{value}” is not an amount of money, e.g. 80,00.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="397" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="408" />
        <source>Fee and deposit are only for single bookings, not for a series.</source>
        <translation>Fee and deposit are only for single bookings, not for a series.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="400" />
        <source>The deposit cannot be negative.</source>
        <translation>The deposit cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="401" />
        <source>The deposit must be an amount up to {value} € with at most two decimal places.</source>
        <translation>The deposit must be an amount up to {value} € with at most two decimal places.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="405" />
        <source>The deposit “{value}” is not an amount of money, e.g. 100,00.</source>
        <translation>The deposit “{value}” is not an amount of money, e.g. 100,00.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="411" />
        <source>The key cannot have been returned before it was handed out.</source>
        <translation>The key cannot have been returned before it was handed out.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="414" />
        <source>Quartierstreff cannot change this repetition rule: {value}</source>
        <translation>Quartierstreff cannot change this repetition rule: {value}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="417" />
        <source>This rule gives not a single date. Please check weekdays and end.</source>
        <translation>This rule gives not a single date. Please check weekdays and end.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="420" />
        <source>The series has no repetition rule.</source>
        <translation>The series has no repetition rule.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="421" />
        <source>The series would end before its first date.</source>
        <translation>The series would end before its first date.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="424" />
        <source>A series may run for at most {value} years.</source>
        <translation>A series may run for at most {value} years.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="427" />
        <source>Please give either a last date or a number of dates.</source>
        <translation>Please give either a last date or a number of dates.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="430" />
        <source>The number of dates must be between 1 and 1000.</source>
        <translation>The number of dates must be between 1 and 1000.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="433" />
        <source>With so many dates the series would run for more than {value} years.</source>
        <translation>With so many dates the series would run for more than {value} years.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="436" />
        <source>“Every …” must be a number between 1 and 52.</source>
        <translation>“Every …” must be a number between 1 and 52.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="439" />
        <source>The weekdays of the series are not valid.</source>
        <translation>The weekdays of the series are not valid.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="442" />
        <source>A month only has a 1st to 4th and a last weekday.</source>
        <translation>A month only has a 1st to 4th and a last weekday.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="447" />
        <source>The meeting has no date. Please choose a date.</source>
        <translation>The meeting has no date. Please choose a date.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="450" />
        <source>Please give the time the meeting starts.</source>
        <translation>Please give the time the meeting starts.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="453" />
        <source>When a room is booked, the meeting needs an end time too.</source>
        <translation>When a room is booked, the meeting needs an end time too.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="456" />
        <source>A meeting over several days needs an end time (it holds for every day).</source>
        <translation>A meeting over several days needs an end time (it holds for every day).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="459" />
        <source>The last day of the meeting is before the first.</source>
        <translation>The last day of the meeting is before the first.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="462" />
        <source>A meeting can last at most {value} days.</source>
        <translation>A meeting can last at most {value} days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="465" />
        <source>The agenda can have at most {value} items.</source>
        <translation>The agenda can have at most {value} items.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="468" />
        <source>Item {value} has no title.</source>
        <translation>Item {value} has no title.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="469" />
        <source>The title of item {value} is too long (at most 200 characters).</source>
        <translation>The title of item {value} is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="472" />
        <source>The title of item {value} contains invisible control characters.</source>
        <translation>The title of item {value} contains invisible control characters.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="475" />
        <source>The presenter of item {value} is too long (at most 200 characters).</source>
        <translation>The presenter of item {value} is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="478" />
        <source>The planned minutes of item {value} cannot be negative.</source>
        <translation>The planned minutes of item {value} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="481" />
        <source>The planned minutes of item {value} are too many (at most 1440).</source>
        <translation>The planned minutes of item {value} are too many (at most 1440).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="484" />
        <source>At most {value} people can be invited.</source>
        <translation>At most {value} people can be invited.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="485" />
        <source>Guest no. {value} has no name.</source>
        <translation>Guest no. {value} has no name.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="486" />
        <source>The name of guest no. {value} is too long (at most 200 characters).</source>
        <translation>The name of guest no. {value} is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="489" />
        <source>The name of guest no. {value} contains invisible control characters.</source>
        <translation>The name of guest no. {value} contains invisible control characters.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="492" />
        <source>The organisation of guest no. {value} is too long (at most 200 characters).</source>
        <translation>The organisation of guest no. {value} is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="495" />
        <source>The number of visitors without names cannot be negative.</source>
        <translation>The number of visitors without names cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="498" />
        <source>The number of visitors without names is too large (at most {value}).</source>
        <translation>The number of visitors without names is too large (at most {value}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="501" />
        <source>The number of children cannot be negative.</source>
        <translation>The number of children cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="504" />
        <source>The number of children is too large (at most {value}).</source>
        <translation>The number of children is too large (at most {value}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="507" />
        <source>Please write down what was decided.</source>
        <translation>Please write down what was decided.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="510" />
        <source>Yes votes cannot be negative.</source>
        <translation>Yes votes cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="511" />
        <source>No votes cannot be negative.</source>
        <translation>No votes cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="512" />
        <source>Abstentions cannot be negative.</source>
        <translation>Abstentions cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="513" />
        <source>There cannot be that many yes votes (at most {value}).</source>
        <translation>There cannot be that many yes votes (at most {value}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="516" />
        <source>There cannot be that many no votes (at most {value}).</source>
        <translation>There cannot be that many no votes (at most {value}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="519" />
        <source>There cannot be that many abstentions (at most {value}).</source>
        <translation>There cannot be that many abstentions (at most {value}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="522" />
        <source>This agenda item does not belong to this meeting.</source>
        <translation>This agenda item does not belong to this meeting.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="525" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="528" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="531" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="534" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="537" />
        <source>A notice period must be between 0 and 365 days.</source>
        <translation>A notice period must be between 0 and 365 days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="540" />
        <source>The share of members for a quorum must be between 0 and 100 %.</source>
        <translation>The share of members for a quorum must be between 0 and 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="544" />
        <source>The funding programme “{value}” is no longer active; no new applications can be made for it.</source>
        <translation>The funding programme “{value}” is no longer active; no new applications can be made for it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="552" />
        <source>The requested amount is not a number.</source>
        <translation>The requested amount is not a number.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="555" />
        <source>The requested amount must not be negative ({value}).</source>
        <translation>The requested amount must not be negative ({value}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="558" />
        <source>The requested amount is unrealistically high: at most {value} is possible.</source>
        <translation>The requested amount is unrealistically high: at most {value} is possible.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="561" />
        <source>The requested amount has more than two decimal places.</source>
        <translation>The requested amount has more than two decimal places.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="564" />
        <source>Please enter the approved amount.</source>
        <translation>Please enter the approved amount.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="567" />
        <source>The approved amount is not a number.</source>
        <translation>The approved amount is not a number.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="570" />
        <source>The approved amount must not be negative ({value}).</source>
        <translation>The approved amount must not be negative ({value}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="573" />
        <source>The approved amount is unrealistically high: at most {value} is possible.</source>
        <translation>The approved amount is unrealistically high: at most {value} is possible.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="576" />
        <source>The approved amount has more than two decimal places.</source>
        <translation>The approved amount has more than two decimal places.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="579" />
        <source>The date is before the last change of status ({value}); please choose a later date.</source>
        <translation>The date is before the last change of status ({value}); please choose a later date.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="583" />
        <source>This funding programme has no section “{value}”.</source>
        <translation>This funding programme has no section “{value}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="586" />
        <source>The section “{value}” is far too long (more than 100,000 characters) and was not saved.</source>
        <translation>The section “{value}” is far too long (more than 100,000 characters) and was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="590" />
        <source>This funding programme has no attachment “{value}”.</source>
        <translation>This funding programme has no attachment “{value}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="593" />
        <source>The plan can have at most {value} lines.</source>
        <translation>The plan can have at most {value} lines.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="594" />
        <source>Line {value} of the plan: the kind (costs/financing) is missing.</source>
        <translation>Line {value} of the plan: the kind (costs/financing) is missing.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="597" />
        <source>Line {value} of the plan: please choose a category.</source>
        <translation>Line {value} of the plan: please choose a category.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="600" />
        <source>Line {value} of the plan: the category is too long.</source>
        <translation>Line {value} of the plan: the category is too long.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="603" />
        <source>Line {value} of the plan: the description is missing.</source>
        <translation>Line {value} of the plan: the description is missing.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="606" />
        <source>Line {value} of the plan: the description is too long (at most 200 characters).</source>
        <translation>Line {value} of the plan: the description is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="609" />
        <source>Line {value} of the plan: the unit is too long (at most 20 characters).</source>
        <translation>Line {value} of the plan: the unit is too long (at most 20 characters).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="612" />
        <source>Line {value} of the plan: the quantity is not a number.</source>
        <translation>Line {value} of the plan: the quantity is not a number.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="615" />
        <source>Line {value} of the plan: the quantity must be more than 0.</source>
        <translation>Line {value} of the plan: the quantity must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="618" />
        <source>Line {value} of the plan: the quantity is too large (at most 100,000).</source>
        <translation>Line {value} of the plan: the quantity is too large (at most 100,000).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="621" />
        <source>Line {value} of the plan: the quantity has more than three decimal places.</source>
        <translation>Line {value} of the plan: the quantity has more than three decimal places.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="624" />
        <source>Line {value} of the plan: the unit price is not a number.</source>
        <translation>Line {value} of the plan: the unit price is not a number.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="627" />
        <source>Line {value} of the plan: the unit price must not be negative.</source>
        <translation>Line {value} of the plan: the unit price must not be negative.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="630" />
        <source>Line {value} of the plan: the unit price is unrealistically high (at most 1,000,000.00 €).</source>
        <translation>Line {value} of the plan: the unit price is unrealistically high (at most 1,000,000.00 €).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="635" />
        <source>Line {value} of the plan: the unit price has more than two decimal places.</source>
        <translation>Line {value} of the plan: the unit price has more than two decimal places.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="638" />
        <source>Line {value} of the plan: the amount (quantity × unit price) is unrealistically high (at most 10,000,000.00 €).</source>
        <translation>Line {value} of the plan: the amount (quantity × unit price) is unrealistically high (at most 10,000,000.00 €).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="643" />
        <source>The text block needs a title.</source>
        <translation>The text block needs a title.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="644" />
        <source>There is already a text block “{value}”.</source>
        <translation>There is already a text block “{value}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="647" />
        <source>The text block is too long (at most {value} characters).</source>
        <translation>The text block is too long (at most {value} characters).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="693" />
        <source>“{name}” (no. {id}) is already in the register with the same name and date of birth or the same e-mail address.</source>
        <translation>“{name}” (no. {id}) is already in the register with the same name and date of birth or the same e-mail address.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="699" />
        <source>The database already contains data. The example centre can only be loaded into an empty database.</source>
        <translation>The database already contains data. The example centre can only be loaded into an empty database.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="705" />
        <source>The database file {target} does not exist.</source>
        <translation>The database file {target} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="709" />
        <source>The database could not be opened: {target}

Reason given: {reason}</source>
        <translation>The database could not be opened: {target}

Reason given: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="713" />
        <source>“{url}” is not a database address Quartierstreff can use.</source>
        <translation>“{url}” is not a database address Quartierstreff can use.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="717" />
        <source>This database was last used by a newer version of Quartierstreff. Please install the newer version to open it.</source>
        <translation>This database was last used by a newer version of Quartierstreff. Please install the newer version to open it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="723" />
        <source>You are not allowed to do this. Please ask the coordination team or the administrator.</source>
        <translation>You are not allowed to do this. Please ask the coordination team or the administrator.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="731" />
        <source>{what} “{key}” no longer exists. Perhaps it was just deleted on another PC.</source>
        <translation>{what} “{key}” no longer exists. Perhaps it was just deleted on another PC.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="738" />
        <source>The disk holding the database is full ({target}). Your last change was not saved; everything saved before is intact. Please free up some space and try again.</source>
        <translation>The disk holding the database is full ({target}). Your last change was not saved; everything saved before is intact. Please free up some space and try again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="745" />
        <source>User name or password is not correct.</source>
        <translation>User name or password is not correct.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="747" />
        <source>Too many wrong attempts. Please wait {seconds} seconds and try again.</source>
        <translation>Too many wrong attempts. Please wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="751" />
        <source>Please log in first.</source>
        <translation>Please log in first.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="767" />
        <source>Rows with errors: {count}. Nothing was imported; please correct the file or skip the rows with errors.</source>
        <translation>Rows with errors: {count}. Nothing was imported; please correct the file or skip the rows with errors.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="773" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="789" />
        <source>The PDF file {path} could not be written: {reason}.</source>
        <translation>The PDF file {path} could not be written: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="792" />
        <source>The action could not be completed.</source>
        <translation>The action could not be completed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="796" />
        <source>is still in an active group</source>
        <translation>is still in an active group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="797" />
        <source>is a contact person of a partner organisation</source>
        <translation>is a contact person of a partner organisation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="798" />
        <source>has an active user account</source>
        <translation>has an active user account</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="799" />
        <source>is the contact person of an open funding application</source>
        <translation>is the contact person of an open funding application</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="800" />
        <source>is named in a running series of bookings</source>
        <translation>is named in a running series of bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="805" />
        <source>“{name}” (no. {id})</source>
        <translation>“{name}” (no. {id})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="809" />
        <source>{who} is a member; only former members are anonymised.</source>
        <translation>{who} is a member; only former members are anonymised.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="814" />
        <source>{who} {role} and so cannot be anonymised.</source>
        <translation>{who} {role} and so cannot be anonymised.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="820" />
        <source>is still active</source>
        <translation>is still active</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="824" />
        <source>{who} can only be anonymised from {date}: the retention period set in the settings runs until then. Nothing was changed.</source>
        <translation>{who} can only be anonymised from {date}: the retention period set in the settings runs until then. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="830" />
        <source>{who} has already been anonymised.</source>
        <translation>{who} has already been anonymised.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="832" />
        <source>{who} cannot be anonymised. Nothing was changed.</source>
        <translation>{who} cannot be anonymised. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="839" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="1293" />
        <source>The file “{name}” does not exist.</source>
        <translation>The file “{name}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="840" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="1294" />
        <source>The file “{name}” cannot be read ({detail}).</source>
        <translation>The file “{name}” cannot be read ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="841" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="1300" />
        <source>The file “{name}” is empty.</source>
        <translation>The file “{name}” is empty.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="842" />
        <source>“{name}” is not a text (CSV) file. In Excel or LibreOffice, please use “Save as” and choose “CSV” or “Excel workbook (.xlsx)”.</source>
        <translation>“{name}” is not a text (CSV) file. In Excel or LibreOffice, please use “Save as” and choose “CSV” or “Excel workbook (.xlsx)”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="847" />
        <source>The file “{name}” has no header row with column names. Please add one as the first line (e.g. Vorname, Nachname, Straße, PLZ, Ort).</source>
        <translation>The file “{name}” has no header row with column names. Please add one as the first line (e.g. Vorname, Nachname, Straße, PLZ, Ort).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="852" />
        <source>The file “{name}” is damaged or in a format that cannot be read ({detail}).</source>
        <translation>The file “{name}” is damaged or in a format that cannot be read ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="855" />
        <source>“{name}” is in the old Excel format (.xls). Please save it in Excel as “Excel workbook (.xlsx)” or as CSV.</source>
        <translation>“{name}” is in the old Excel format (.xls). Please save it in Excel as “Excel workbook (.xlsx)” or as CSV.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="860" />
        <source>“{name}”: this file type is not supported; please use .csv or .xlsx.</source>
        <translation>“{name}”: this file type is not supported; please use .csv or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="863" />
        <source>The file “{name}” has more than {detail} rows, too many for one import. Please split the file. Nothing was imported.</source>
        <translation>The file “{name}” has more than {detail} rows, too many for one import. Please split the file. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="868" />
        <source>The file “{name}” is larger than {detail} MB and is not read.</source>
        <translation>The file “{name}” is larger than {detail} MB and is not read.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="871" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="1295" />
        <source>The file “{name}” cannot be written ({detail}).</source>
        <translation>The file “{name}” cannot be written ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="883" />
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="884" />
        <source>that is a folder, not a file</source>
        <translation>that is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="885" />
        <source>no permission to write (is the file still open in another program?)</source>
        <translation>no permission to write (is the file still open in another program?)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="902" />
        <source>Someone else has changed the centre profile in the meantime (last saved by “{who}”).</source>
        <translation>Someone else has changed the centre profile in the meantime (last saved by “{who}”).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="908" />
        <source>Someone else has changed the centre profile in the meantime.</source>
        <translation>Someone else has changed the centre profile in the meantime.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="917" />
        <source>Someone else has changed {what} “{key}” in the meantime (last saved by “{who}”).</source>
        <translation>Someone else has changed {what} “{key}” in the meantime (last saved by “{who}”).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="922" />
        <source>Someone else has changed {what} “{key}” in the meantime.</source>
        <translation>Someone else has changed {what} “{key}” in the meantime.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="926" />
        <source>Your input is still here; reload to see the changes.</source>
        <translation>Your input is still here; reload to see the changes.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="934" />
        <source>“{title}” has been submitted. It only goes back to draft when the application is withdrawn.</source>
        <translation>“{title}” has been submitted. It only goes back to draft when the application is withdrawn.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="940" />
        <source>“{title}” has the status “{current}”; it cannot go to “{wanted}” from there. Nothing was changed.</source>
        <translation>“{title}” has the status “{current}”; it cannot go to “{wanted}” from there. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="953" />
        <source>Please fill in “{field}”.</source>
        <translation>Please fill in “{field}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="959" />
        <source>“{field}” is too long. Please shorten it.</source>
        <translation>“{field}” is too long. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="963" />
        <source>“{field}” is not valid: “{value}”.</source>
        <translation>“{field}” is not valid: “{value}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="969" />
        <source>“{field}” contains a typing error (the check digits do not match): “{value}”.</source>
        <translation>“{field}” contains a typing error (the check digits do not match): “{value}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="973" />
        <source>“{field}” is not valid.</source>
        <translation>“{field}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1023" />
        <source>Something went wrong that Quartierstreff did not expect. Your last action may not have been saved; please check it and try again.</source>
        <translation>Something went wrong that Quartierstreff did not expect. Your last action may not have been saved; please check it and try again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1029" />
        <source>Technical details for whoever looks after the program: {path}</source>
        <translation>Technical details for whoever looks after the program: {path}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1033" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1042" />
        <source>“{what}” cannot be deleted while {count} other entries still refer to it ({where}).</source>
        <translation>“{what}” cannot be deleted while {count} other entries still refer to it ({where}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1048" />
        <source>“{what}” was deleted more than 30 days ago and can no longer be restored.</source>
        <translation>“{what}” was deleted more than 30 days ago and can no longer be restored.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1053" />
        <source>“{what}” has already been restored.</source>
        <translation>“{what}” has already been restored.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1057" />
        <source>This entry is no longer in the bin. Perhaps it was just restored on another PC.</source>
        <translation>This entry is no longer in the bin. Perhaps it was just restored on another PC.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1064" />
        <source>its number has been given to a new entry in the meantime ({where}).</source>
        <translation>its number has been given to a new entry in the meantime ({where}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1068" />
        <source>another entry now has the same “{field}” ({where}). Please change that entry first.</source>
        <translation>another entry now has the same “{field}” ({where}). Please change that entry first.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1073" />
        <source>something it belongs to has been deleted in the meantime ({where}). Please restore that first.</source>
        <translation>something it belongs to has been deleted in the meantime ({where}). Please restore that first.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1079" />
        <source>the database refused ({detail}).</source>
        <translation>the database refused ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1082" />
        <source>“{what}” cannot be restored: {reason} Nothing was changed.</source>
        <translation>“{what}” cannot be restored: {reason} Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1090" />
        <source>The backup file {path} does not exist.</source>
        <translation>The backup file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1091" />
        <source>{name} is not a Quartierstreff backup (it is no archive file).</source>
        <translation>{name} is not a Quartierstreff backup (it is no archive file).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1094" />
        <source>The backup file {name} is damaged or incomplete.</source>
        <translation>The backup file {name} is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1095" />
        <source>{name} is not a Quartierstreff backup.</source>
        <translation>{name} is not a Quartierstreff backup.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1096" />
        <source>The backup file {name} contains a forbidden file path (“{detail}”).</source>
        <translation>The backup file {name} contains a forbidden file path (“{detail}”).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1099" />
        <source>The table of contents of the backup {name} is unreadable.</source>
        <translation>The table of contents of the backup {name} is unreadable.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1102" />
        <source>The backup {name} was made by a newer version of Quartierstreff. Please update Quartierstreff.</source>
        <translation>The backup {name} was made by a newer version of Quartierstreff. Please update Quartierstreff.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1107" />
        <source>The contents of the backup {name} do not match its table of contents (“{detail}”).</source>
        <translation>The contents of the backup {name} do not match its table of contents (“{detail}”).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1111" />
        <source>The backup {name} is damaged or has been altered (the checksum of “{detail}” is wrong).</source>
        <translation>The backup {name} is damaged or has been altered (the checksum of “{detail}” is wrong).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1115" />
        <source>The backup {name} was made by a newer version of Quartierstreff (schema {detail}). Please update Quartierstreff.</source>
        <translation>The backup {name} was made by a newer version of Quartierstreff (schema {detail}). Please update Quartierstreff.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1120" />
        <source>The database in the backup {name} is not a Quartierstreff database (“{detail}” does not fit).</source>
        <translation>The database in the backup {name} is not a Quartierstreff database (“{detail}” does not fit).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1125" />
        <source>The database in the backup {name} is damaged ({detail}).</source>
        <translation>The database in the backup {name} is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1128" />
        <source>The backup {name} is incomplete: the number of entries in “{detail}” is wrong.</source>
        <translation>The backup {name} is incomplete: the number of entries in “{detail}” is wrong.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1131" />
        <source>The backup {name} contains faulty data ({detail}).</source>
        <translation>The backup {name} contains faulty data ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1210" />
        <source>The holiday file {path} does not exist.</source>
        <translation>The holiday file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1211" />
        <source>The holiday file {path} cannot be read.</source>
        <translation>The holiday file {path} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1212" />
        <source>The holiday file {path} is damaged (it is no valid TOML file).</source>
        <translation>The holiday file {path} is damaged (it is no valid TOML file).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1215" />
        <source>The holiday file {path} holds no periods.</source>
        <translation>The holiday file {path} holds no periods.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1216" />
        <source>In the holiday file {path}, entry {entry} has no name.</source>
        <translation>In the holiday file {path}, entry {entry} has no name.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1217" />
        <source>In the holiday file {path}, the first day of entry {entry} is no date.</source>
        <translation>In the holiday file {path}, the first day of entry {entry} is no date.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1220" />
        <source>In the holiday file {path}, the last day of entry {entry} is no date.</source>
        <translation>In the holiday file {path}, the last day of entry {entry} is no date.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1223" />
        <source>In the holiday file {path}, entry {entry} ends before it starts.</source>
        <translation>In the holiday file {path}, entry {entry} ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1227" />
        <source>In the holiday file {path}, entry {entry} lasts longer than a year.</source>
        <translation>In the holiday file {path}, entry {entry} lasts longer than a year.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1230" />
        <source>In the holiday file {path}, entry {entry} is there twice.</source>
        <translation>In the holiday file {path}, entry {entry} is there twice.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1238" />
        <source>bookings: {bookings}, booking series: {series}</source>
        <translation>bookings: {bookings}, booking series: {series}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1241" />
        <source>The room “{name}” cannot be deleted because bookings use it ({uses}); old bookings keep their room. Please deactivate the room instead: it is then no longer offered for new bookings.</source>
        <translation>The room “{name}” cannot be deleted because bookings use it ({uses}); old bookings keep their room. Please deactivate the room instead: it is then no longer offered for new bookings.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1252" />
        <source>No holidays were added.</source>
        <translation>No holidays were added.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1261" />
        <source>The minutes are too long: {length} characters, at most {limit} are possible. They were not saved; please shorten them.</source>
        <translation>The minutes are too long: {length} characters, at most {limit} are possible. They were not saved; please shorten them.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1266" />
        <source>The minutes of item {number} are too long: {length} characters, at most {limit} are possible. They were not saved; please shorten them.</source>
        <translation>The minutes of item {number} are too long: {length} characters, at most {limit} are possible. They were not saved; please shorten them.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1275" />
        <source>The room “{room}” is already booked on {date} from {start} to {end}: “{title}”.</source>
        <translation>The room “{room}” is already booked on {date} from {start} to {end}: “{title}”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1285" />
        <source>In all, {count} dates of the series are taken.</source>
        <translation>In all, {count} dates of the series are taken.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1296" />
        <source>The file “{name}” is larger than {detail} MB; calendar files this large are not read.</source>
        <translation>The file “{name}” is larger than {detail} MB; calendar files this large are not read.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1301" />
        <source>“{name}” is not a calendar file (iCalendar, .ics) but another kind of file.</source>
        <translation>“{name}” is not a calendar file (iCalendar, .ics) but another kind of file.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1304" />
        <source>“{name}” is not a calendar file: an iCalendar file (.ics) begins with “BEGIN:VCALENDAR”.</source>
        <translation>“{name}” is not a calendar file: an iCalendar file (.ics) begins with “BEGIN:VCALENDAR”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1308" />
        <source>The calendar file “{name}” is damaged and cannot be read ({detail}).</source>
        <translation>The calendar file “{name}” is damaged and cannot be read ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1311" />
        <source>The calendar file “{name}” contains no events.</source>
        <translation>The calendar file “{name}” contains no events.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1312" />
        <source>The calendar file “{name}” contains too many events (more than {detail}); that many are not imported at once.</source>
        <translation>The calendar file “{name}” contains too many events (more than {detail}); that many are not imported at once.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1320" />
        <source>has no start (DTSTART)</source>
        <translation>has no start (DTSTART)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1321" />
        <source>has an unreadable entry ({detail})</source>
        <translation>has an unreadable entry ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1322" />
        <source>names an unknown time zone (“{detail}”)</source>
        <translation>names an unknown time zone (“{detail}”)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1323" />
        <source>ends before it starts</source>
        <translation>ends before it starts</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1324" />
        <source>has no duration (its end is its start)</source>
        <translation>has no duration (its end is its start)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1325" />
        <source>runs past midnight; a room booking ends on the day it starts (please enter it as two events)</source>
        <translation>runs past midnight; a room booking ends on the day it starts (please enter it as two events)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1330" />
        <source>repeats by a rule the program cannot store ({detail})</source>
        <translation>repeats by a rule the program cannot store ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1333" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="1334" />
        <source>runs as a series for more than 10 years</source>
        <translation>runs as a series for more than 10 years</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1335" />
        <source>has more than 1,000 dates as a series</source>
        <translation>has more than 1,000 dates as a series</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1336" />
        <source>yields no date at all by its rule</source>
        <translation>yields no date at all by its rule</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1337" />
        <source>has a value that cannot be taken over ({detail})</source>
        <translation>has a value that cannot be taken over ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1343" />
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1353" />
        <source>The event “{title}” (line {line})</source>
        <translation>The event “{title}” (line {line})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1357" />
        <source>The event “{title}”</source>
        <translation>The event “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1361" />
        <source>An event</source>
        <translation>An event</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1362" />
        <source>The calendar file “{name}” cannot be imported: {event} {problem}.</source>
        <translation>The calendar file “{name}” cannot be imported: {event} {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1369" />
        <source>a text in quotation marks</source>
        <translation>a text in quotation marks</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1370" />
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1371" />
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1372" />
        <source>an amount as text, e.g. "2000.00"</source>
        <translation>an amount as text, e.g. "2000.00"</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1373" />
        <source>a percentage between 0 and 100</source>
        <translation>a percentage between 0 and 100</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1374" />
        <source>a table</source>
        <translation>a table</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1375" />
        <source>a list of blocks ([[…]])</source>
        <translation>a list of blocks ([[…]])</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1376" />
        <source>a list of texts</source>
        <translation>a list of texts</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1377" />
        <source>a list of dates, e.g. [2025-03-31]</source>
        <translation>a list of dates, e.g. [2025-03-31]</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1381" />
        <source>The file is not valid TOML ({detail})</source>
        <translation>The file is not valid TOML ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1382" />
        <source>There is no such field</source>
        <translation>There is no such field</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1383" />
        <source>The field is missing or empty but must be given</source>
        <translation>The field is missing or empty but must be given</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1384" />
        <source>“{detail}” cannot be a key: only lower-case letters a–z, digits and _, starting with a letter, at most 40 characters</source>
        <translation>“{detail}” cannot be a key: only lower-case letters a–z, digits and _, starting with a letter, at most 40 characters</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1389" />
        <source>Format {detail} is unknown; this version of Quartierstreff reads format = 1</source>
        <translation>Format {detail} is unknown; this version of Quartierstreff reads format = 1</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1392" />
        <source>“{detail}” is not a readable amount (write it like this: "2000.00")</source>
        <translation>“{detail}” is not a readable amount (write it like this: "2000.00")</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1395" />
        <source>An amount cannot be negative (“{detail}”)</source>
        <translation>An amount cannot be negative (“{detail}”)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1396" />
        <source>“{detail}” is too high: at most 10,000,000 € are possible</source>
        <translation>“{detail}” is too high: at most 10,000,000 € are possible</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1399" />
        <source>“{detail}” is not a readable percentage (write it like this: 80 or "12.5")</source>
        <translation>“{detail}” is not a readable percentage (write it like this: 80 or "12.5")</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1402" />
        <source>“{detail}” is outside the allowed range (percent, above 0 up to 100)</source>
        <translation>“{detail}” is outside the allowed range (percent, above 0 up to 100)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1405" />
        <source>The value must be at least {detail}</source>
        <translation>The value must be at least {detail}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1406" />
        <source>The value is too large ({detail})</source>
        <translation>The value is too large ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1407" />
        <source>“{detail}” is not a date (write it like this: 2025-03-31)</source>
        <translation>“{detail}” is not a date (write it like this: 2025-03-31)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1410" />
        <source>The key “{detail}” occurs twice</source>
        <translation>The key “{detail}” occurs twice</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1411" />
        <source>“Any time” (any_time = true) and fixed deadlines exclude each other</source>
        <translation>“Any time” (any_time = true) and fixed deadlines exclude each other</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1414" />
        <source>Please give either due_months_after_end or due_weeks_after_end, not both</source>
        <translation>Please give either due_months_after_end or due_weeks_after_end, not both</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1418" />
        <source>The file cannot be read ({detail})</source>
        <translation>The file cannot be read ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1419" />
        <source>The file does not exist ({detail})</source>
        <translation>The file does not exist ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1426" />
        <source>The funding programme “{name}” (key “{key}”) already exists. Nothing was changed; import it again and choose to replace it.</source>
        <translation>The funding programme “{name}” (key “{key}”) already exists. Nothing was changed; import it again and choose to replace it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1432" />
        <source>Programme file</source>
        <translation>Programme file</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1434" />
        <source>{place}, line {line}</source>
        <translation>{place}, line {line}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1438" />
        <source>{place}, field “{field}”</source>
        <translation>{place}, field “{field}”</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1441" />
        <source>Nothing was taken over.</source>
        <translation>Nothing was taken over.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1449" />
        <source>The value is of the wrong kind: expected is {expected}</source>
        <translation>The value is of the wrong kind: expected is {expected}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1455" />
        <source>There is no such field – probably “{detail}” is meant</source>
        <translation>There is no such field – probably “{detail}” is meant</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1460" />
        <source>The minimum grant ({low}) is larger than the maximum grant ({high})</source>
        <translation>The minimum grant ({low}) is larger than the maximum grant ({high})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="888" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="1135" />
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1136" />
        <source>no permission to write there</source>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1137" />
        <source>the database cannot be read</source>
        <translation>the database cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1138" />
        <source>the database is not (yet) a Quartierstreff database</source>
        <translation>the database is not (yet) a Quartierstreff database</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1157" />
        <source>The backup {name} cannot be used ({detail}).</source>
        <translation>The backup {name} cannot be used ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1163" />
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1166" />
        <source>The backup to {target} failed: {reason}.</source>
        <translation>The backup to {target} failed: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1170" />
        <source>The database {target} is still open in another Quartierstreff window or program. Please close it and try again; nothing was changed.</source>
        <translation>The database {target} is still open in another Quartierstreff window or program. Please close it and try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1176" />
        <source>Before the restore, no copy of the current database could be saved ({reason}); nothing was changed.</source>
        <translation>Before the restore, no copy of the current database could be saved ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1182" />
        <source>The database {target} holds another program's tables (“{table}”); Quartierstreff does not restore into it.</source>
        <translation>The database {target} holds another program's tables (“{table}”); Quartierstreff does not restore into it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1188" />
        <source>The backup could not be loaded into {target} ({detail}); the database is unchanged.</source>
        <translation>The backup could not be loaded into {target} ({detail}); the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1194" />
        <source>The database file {target} is damaged or is not a database ({reason}). It has not been changed.</source>
        <translation>The database file {target} is damaged or is not a database ({reason}). It has not been changed.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="1200" />
        <source>The database {target} does not belong to Quartierstreff (it holds the tables {tables}). It is not changed.</source>
        <translation>The database {target} does not belong to Quartierstreff (it holds the tables {tables}). It is not changed.</translation>
    </message>
</context>
<context>
    <name>FeeHelper</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="596" />
        <source>Fee: persons × hours × rate</source>
        <translation>Fee: persons × hours × rate</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="597" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="606" />
        <source>e.g. 45,00</source>
        <translation>e.g. 45,00</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="613" />
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="617" />
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="618" />
        <source>&amp;Persons:</source>
        <translation>&amp;Persons:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="619" />
        <source>&amp;Hours per person:</source>
        <translation>&amp;Hours per person:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="620" />
        <source>&amp;Rate per hour (€):</source>
        <translation>&amp;Rate per hour (€):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="642" />
        <source>Enter the hours per person.</source>
        <translation>Enter the hours per person.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="644" />
        <source>Enter the rate per hour.</source>
        <translation>Enter the rate per hour.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="647" />
        <source>Persons × hours has more than three decimal places.</source>
        <translation>Persons × hours has more than three decimal places.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="661" />
        <source>{persons} × {hours} h = {quantity} hours × {rate} = {amount}</source>
        <translation>{persons} × {hours} h = {quantity} hours × {rate} = {amount}</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="64" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="84" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="65" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="66" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="67" />
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="68" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="69" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="70" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="71" />
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="72" />
        <source>Register court</source>
        <translation>Register court</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="73" />
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="74" />
        <source>Tax exemption notice of</source>
        <translation>Tax exemption notice of</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="75" />
        <source>Tax office</source>
        <translation>Tax office</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="76" />
        <source>Account holder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="77" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="78" />
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="79" />
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="80" />
        <source>House rules line</source>
        <translation>House rules line</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="81" />
        <source>Key contact</source>
        <translation>Key contact</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="82" />
        <source>Authorised signatories</source>
        <translation>Authorised signatories</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="83" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="85" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="92" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="86" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="87" />
        <location filename="../../src/quartierstreff/ui/errors.py" line="96" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="88" />
        <source>May log in</source>
        <translation>May log in</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="89" />
        <source>Failed log-ins</source>
        <translation>Failed log-ins</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="90" />
        <source>Log-in locked until</source>
        <translation>Log-in locked until</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="91" />
        <source>Last log-in</source>
        <translation>Last log-in</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="93" />
        <source>Lock the window after</source>
        <translation>Lock the window after</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="94" />
        <source>Automatic backup every</source>
        <translation>Automatic backup every</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="95" />
        <source>Second backup folder</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="97" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="98" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="99" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="100" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="101" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="102" />
        <source>Member from</source>
        <translation>Member from</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="103" />
        <source>Member until</source>
        <translation>Member until</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="104" />
        <source>Membership type</source>
        <translation>Membership type</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="105" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="106" />
        <source>Version of the consent text</source>
        <translation>Version of the consent text</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="107" />
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="108" />
        <source>Consent withdrawn on</source>
        <translation>Consent withdrawn on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="109" />
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="110" />
        <source>Keep former members' data for</source>
        <translation>Keep former members' data for</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="111" />
        <source>Request received on</source>
        <translation>Request received on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="112" />
        <source>Request answered on</source>
        <translation>Request answered on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="113" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="114" />
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="115" />
        <source>Field name</source>
        <translation>Field name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="116" />
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="117" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="118" />
        <source>Annual fee</source>
        <translation>Annual fee</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="119" />
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="120" />
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="121" />
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="122" />
        <source>Accessible</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="123" />
        <source>Opens at</source>
        <translation>Opens at</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="124" />
        <source>Closes at</source>
        <translation>Closes at</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="125" />
        <source>Opening days</source>
        <translation>Opening days</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="126" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="127" />
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="128" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="129" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="131" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="132" />
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="133" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="134" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="135" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="136" />
        <source>Expected people</source>
        <translation>Expected people</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="137" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="138" />
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="139" />
        <source>Key handed out on</source>
        <translation>Key handed out on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="140" />
        <source>Key returned on</source>
        <translation>Key returned on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="141" />
        <source>Repetition</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="142" />
        <source>Last date of the series</source>
        <translation>Last date of the series</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="143" />
        <source>Number of dates</source>
        <translation>Number of dates</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="144" />
        <source>Every …</source>
        <translation>Every …</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="145" />
        <source>Weekdays</source>
        <translation>Weekdays</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="146" />
        <source>Weekday of the month</source>
        <translation>Weekday of the month</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="148" />
        <source>Kind of meeting</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="149" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="150" />
        <source>Invitation text</source>
        <translation>Invitation text</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="151" />
        <source>Funder's line</source>
        <translation>Funder's line</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="152" />
        <source>Supervising adult</source>
        <translation>Supervising adult</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="153" />
        <source>Invitees</source>
        <translation>Invitees</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="154" />
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="155" />
        <source>Minute taker</source>
        <translation>Minute taker</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="156" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="157" />
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="158" />
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="159" />
        <source>Invitation sent on</source>
        <translation>Invitation sent on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="160" />
        <source>Notice period, board meeting</source>
        <translation>Notice period, board meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="161" />
        <source>Notice period, general assembly</source>
        <translation>Notice period, general assembly</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="164" />
        <source>Notice period, plenary</source>
        <translation>Notice period, plenary</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="165" />
        <source>Notice period, group meeting</source>
        <translation>Notice period, group meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="166" />
        <source>Notice period, public event</source>
        <translation>Notice period, public event</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="167" />
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="169" />
        <source>Funding programme</source>
        <translation>Funding programme</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="170" />
        <source>Project start</source>
        <translation>Project start</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="171" />
        <source>Project end</source>
        <translation>Project end</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="172" />
        <source>Requested amount</source>
        <translation>Requested amount</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="173" />
        <source>Approved amount</source>
        <translation>Approved amount</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="174" />
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="175" />
        <source>Funder's file number</source>
        <translation>Funder's file number</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="176" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="177" />
        <source>Name of the version</source>
        <translation>Name of the version</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="178" />
        <source>Title of the text block</source>
        <translation>Title of the text block</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/errors.py" line="179" />
        <source>Text of the text block</source>
        <translation>Text of the text block</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/files.py" line="22" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
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
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="636" />
        <source>Funding applications</source>
        <translation>Funding applications</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="653" />
        <source>Search titles, programmes, file numbers…</source>
        <translation>Search titles, programmes, file numbers…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="654" />
        <source>Search applications</source>
        <translation>Search applications</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="657" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="658" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="659" />
        <source>Running and open</source>
        <translation>Running and open</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="668" />
        <source>&amp;New application…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="670" />
        <source>Start an application for a programme (Ctrl+N)</source>
        <translation>Start an application for a programme (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="673" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="675" />
        <source>Texts, cost and financing plan, checks (Enter)</source>
        <translation>Texts, cost and financing plan, checks (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="677" />
        <source>&amp;Status…</source>
        <translation>&amp;Status…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="680" />
        <source>Submitted, approved, …: with date, note and the funder's file number</source>
        <translation>Submitted, approved, …: with date, note and the funder's file number</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="683" />
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="685" />
        <source>Kept versions: compare and restore</source>
        <translation>Kept versions: compare and restore</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="687" />
        <source>&amp;Text blocks…</source>
        <translation>&amp;Text blocks…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="690" />
        <source>Texts for many applications: about us, our rooms, our groups</source>
        <translation>Texts for many applications: about us, our rooms, our groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="693" />
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="754" />
        <source>Funding applications are kept by the treasurer and the coordination team. Please ask them if you need one.</source>
        <translation>Funding applications are kept by the treasurer and the coordination team. Please ask them if you need one.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="863" />
        <source>No funding applications yet.

With “New application…” you choose a programme and give the project a title; then you write the texts and the cost and financing plan, and the program checks them against the programme's rules. Texts you need again and again belong under “Text blocks…”.</source>
        <translation>No funding applications yet.

With “New application…” you choose a programme and give the project a title; then you write the texts and the cost and financing plan, and the program checks them against the programme's rules. Texts you need again and again belong under “Text blocks…”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="869" />
        <source>No funding applications yet.</source>
        <translation>No funding applications yet.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="870" />
        <source>No application matches the search or the status.</source>
        <translation>No application matches the search or the status.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="899" />
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="902" />
        <source>(since {date})</source>
        <translation>(since {date})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="906" />
        <source>File number: {reference}</source>
        <translation>File number: {reference}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="909" />
        <source>Requested: {amount}</source>
        <translation>Requested: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="911" />
        <source>Approved: {amount}</source>
        <translation>Approved: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="914" />
        <source>Project: {period}</source>
        <translation>Project: {period}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="918" />
        <source>Report (Verwendungsnachweis) due by {date}</source>
        <translation>Report (Verwendungsnachweis) due by {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="996" />
        <source>Application “{title}” created.</source>
        <translation>Application “{title}” created.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="1017" />
        <source>Applications cannot be edited in this version.</source>
        <translation>Applications cannot be edited in this version.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="1069" />
        <source>“{title}” is now: {status}.</source>
        <translation>“{title}” is now: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="1073" />
        <source>The submitted state is kept as a version.</source>
        <translation>The submitted state is kept as a version.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="1118" />
        <source>Delete the application “{title}”? Its texts, plan, status history and versions go with it to the bin, where it can be restored for 30 days.</source>
        <translation>Delete the application “{title}”? Its texts, plan, status history and versions go with it to the bin, where it can be restored for 30 days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="1121" />
        <source>Delete application</source>
        <translation>Delete application</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="1135" />
        <source>Application “{title}” moved to the bin.</source>
        <translation>Application “{title}” moved to the bin.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="1148" />
        <source>overdue since {date}</source>
        <translation>overdue since {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="1153" />
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="1156" />
        <source>tomorrow ({date})</source>
        <translation>tomorrow ({date})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="1161" />
        <source>{date} (in {days} days)</source>
        <translation>{date} (in {days} days)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="1166" />
        <source>Deadlines in the next weeks</source>
        <translation>Deadlines in the next weeks</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsSection</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="50" />
        <source>Choose the second backup folder</source>
        <translation>Choose the second backup folder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="76" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="77" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="78" />
        <source>Lock after minutes without input</source>
        <translation>Lock after minutes without input</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="81" />
        <source>The window locks after this many minutes without input and asks for the password again. 0 means never; that is not possible while anyone logs in with a short PIN.</source>
        <translation>The window locks after this many minutes without input and asks for the password again. 0 means never; that is not possible while anyone logs in with a short PIN.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="89" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="90" />
        <source>Automatic backup every hours</source>
        <translation>Automatic backup every hours</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="93" />
        <source>While Quartierstreff is open, a backup is saved at most this often, and always when it is closed. The last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>While Quartierstreff is open, a backup is saved at most this often, and always when it is closed. The last 7 days, 4 weeks and 12 months are kept.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="99" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="100" />
        <source>Second backup folder</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="101" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="109" />
        <source>Every automatic backup is also copied here, e.g. onto a USB stick or a network drive. If the folder cannot be reached, you are told so. Leave it empty for none.</source>
        <translation>Every automatic backup is also copied here, e.g. onto a USB stick or a network drive. If the folder cannot be reached, you are told so. Leave it empty for none.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="117" />
        <source>Keep former members' data for years</source>
        <translation>Keep former members' data for years</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="122" />
        <source>After this many years since they left (or since their last contact with the centre), people are offered for anonymisation under Members ▸ Retention periods. Receipts and attendance at funded events are kept 10 years in any case.</source>
        <translation>After this many years since they left (or since their last contact with the centre), people are offered for anonymisation under Members ▸ Retention periods. Receipts and attendance at funded events are kept 10 years in any case.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="135" />
        <source>&amp;Lock the window after</source>
        <translation>&amp;Lock the window after</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="139" />
        <source>Automatic &amp;backup every</source>
        <translation>Automatic &amp;backup every</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="143" />
        <source>&amp;Second backup folder</source>
        <translation>&amp;Second backup folder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="147" />
        <source>Keep former &amp;members' data</source>
        <translation>Keep former &amp;members' data</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="170" />
        <source> year</source>
        <translation> year</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="170" />
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="236" />
        <source>The window must lock itself while anyone logs in with a short PIN. Please choose at least 1 minute.</source>
        <translation>The window must lock itself while anyone logs in with a short PIN. Please choose at least 1 minute.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="240" />
        <source>Please choose between 0 and {max} minutes.</source>
        <translation>Please choose between 0 and {max} minutes.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="244" />
        <source>Please choose between 1 and {max} years.</source>
        <translation>Please choose between 1 and {max} years.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_general.py" line="248" />
        <source>Please choose between 1 and {max} hours.</source>
        <translation>Please choose between 1 and {max} hours.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="57" />
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="57" />
        <source>Change group</source>
        <translation>Change group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="61" />
        <source>e.g. Strickcafé</source>
        <translation>e.g. Strickcafé</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="63" />
        <source>The group's own address, if it has one</source>
        <translation>The group's own address, if it has one</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="64" />
        <source>&amp;Public: may appear in the programme</source>
        <translation>&amp;Public: may appear in the programme</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="66" />
        <source>Active &amp;until</source>
        <translation>Active &amp;until</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="79" />
        <source>What the group does, when it meets</source>
        <translation>What the group does, when it meets</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="85" />
        <source>Usual rooms</source>
        <translation>Usual rooms</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="91" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="92" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="96" />
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="98" />
        <source>Usual &amp;rooms:</source>
        <translation>Usual &amp;rooms:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="108" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="108" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="108" />
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="121" />
        <source>Re&amp;move from group</source>
        <translation>Re&amp;move from group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="126" />
        <source>People in the group</source>
        <translation>People in the group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="132" />
        <source>Tick the contact persons: whom the centre asks about the group.</source>
        <translation>Tick the contact persons: whom the centre asks about the group.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/group.py" line="138" />
        <source>Add someone from the register:</source>
        <translation>Add someone from the register:</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="222" />
        <source>Groups &amp; partners</source>
        <translation>Groups &amp; partners</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="227" />
        <source>Search groups or contact persons…</source>
        <translation>Search groups or contact persons…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="228" />
        <source>Search groups</source>
        <translation>Search groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="229" />
        <source>&amp;New group…</source>
        <translation>&amp;New group…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="230" />
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="263" />
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="231" />
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="264" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="234" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="235" />
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="387" />
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="236" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="237" />
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="367" />
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="237" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="237" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="238" />
        <source>Active until</source>
        <translation>Active until</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="254" />
        <source>Search partners, towns or contacts…</source>
        <translation>Search partners, towns or contacts…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="255" />
        <source>Search partners</source>
        <translation>Search partners</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="257" />
        <source>Kind of partner</source>
        <translation>Kind of partner</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="258" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="262" />
        <source>&amp;New partner…</source>
        <translation>&amp;New partner…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="267" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="268" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="269" />
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="270" />
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="431" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="285" />
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="286" />
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="352" />
        <source>No group yet.</source>
        <translation>No group yet.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="367" />
        <source>Not public</source>
        <translation>Not public</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="369" />
        <source>active until {date}</source>
        <translation>active until {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="377" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="389" />
        <source>Further people</source>
        <translation>Further people</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="391" />
        <source>Usual rooms</source>
        <translation>Usual rooms</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="400" />
        <source>No partner organisation here.</source>
        <translation>No partner organisation here.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="418" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="420" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="433" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="469" />
        <source>Group “{name}” created.</source>
        <translation>Group “{name}” created.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="469" />
        <source>Group “{name}” saved.</source>
        <translation>Group “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="479" />
        <source>Delete the group “{name}”? Its people stay in the register and its bookings stay booked. The group can be restored from the bin for 30 days.</source>
        <translation>Delete the group “{name}”? Its people stay in the register and its bookings stay booked. The group can be restored from the bin for 30 days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="482" />
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="492" />
        <source>Group “{name}” moved to the bin.</source>
        <translation>Group “{name}” moved to the bin.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="520" />
        <source>Partner “{name}” created.</source>
        <translation>Partner “{name}” created.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="520" />
        <source>Partner “{name}” saved.</source>
        <translation>Partner “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="530" />
        <source>Delete the partner organisation “{name}”? Its contacts stay in the register. It can be restored from the bin for 30 days.</source>
        <translation>Delete the partner organisation “{name}”? Its contacts stay in the register. It can be restored from the bin for 30 days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="533" />
        <source>Delete partner organisation</source>
        <translation>Delete partner organisation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/groups.py" line="543" />
        <source>Partner “{name}” moved to the bin.</source>
        <translation>Partner “{name}” moved to the bin.</translation>
    </message>
</context>
<context>
    <name>IcalExport</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="65" />
        <source>Save bookings as a calendar file</source>
        <translation>Save bookings as a calendar file</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="66" />
        <source>bookings</source>
        <translation>bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="67" />
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="76" />
        <source>Calendar file</source>
        <translation>Calendar file</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="111" />
        <source>Events saved: %1 (one-off bookings, and series with their exceptions) in “%2”. Calendar programs such as Thunderbird, Outlook or Google Calendar can import it.</source>
        <translation>Events saved: %1 (one-off bookings, and series with their exceptions) in “%2”. Calendar programs such as Thunderbird, Outlook or Google Calendar can import it.</translation>
    </message>
</context>
<context>
    <name>IcalImportDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="128" />
        <source>Open a calendar file</source>
        <translation>Open a calendar file</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="130" />
        <source>Calendar files (*.ics *.ical *.ifb)</source>
        <translation>Calendar files (*.ics *.ical *.ifb)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="253" />
        <source>Import a calendar file</source>
        <translation>Import a calendar file</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="258" />
        <source>Takes the events of an iCalendar file (.ics), e.g. a group's own calendar, as bookings. Events whose place is one of our rooms go there, all others into the room chosen here. All-day and cancelled events are not imported.</source>
        <translation>Takes the events of an iCalendar file (.ics), e.g. a group's own calendar, as bookings. Events whose place is one of our rooms go there, all others into the room chosen here. All-day and cancelled events are not imported.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="266" />
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="267" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="278" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="279" />
        <source>Room:</source>
        <translation>Room:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="289" />
        <source>Leave out conflicting dates</source>
        <translation>Leave out conflicting dates</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="294" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="310" />
        <source>There is no room yet. Please add one in Settings.</source>
        <translation>There is no room yet. Please add one in Settings.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="390" />
        <source>Events imported: %1. They are in the calendar now.</source>
        <translation>Events imported: %1. They are in the calendar now.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="420" />
        <source>Events colliding with bookings (in red): %1. To import the others, leave out the conflicting dates.</source>
        <translation>Events colliding with bookings (in red): %1. To import the others, leave out the conflicting dates.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="425" />
        <source>Events to import: %1.</source>
        <translation>Events to import: %1.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="428" />
        <source>Conflicting dates are left out; a series keeps its other dates.</source>
        <translation>Conflicting dates are left out; a series keeps its other dates.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="432" />
        <source>Left out (all-day or cancelled): %1.</source>
        <translation>Left out (all-day or cancelled): %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="64" />
        <source>— do not import —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="65" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="66" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="67" />
        <source>Full name (first and last)</source>
        <translation>Full name (first and last)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="68" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="69" />
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="70" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="71" />
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="72" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="73" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="74" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="75" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="76" />
        <source>Member from</source>
        <translation>Member from</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="77" />
        <source>Member until</source>
        <translation>Member until</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="78" />
        <source>Membership type</source>
        <translation>Membership type</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="79" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="80" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="87" />
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="164" />
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="89" />
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tables (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="179" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="180" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="181" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="182" />
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="355" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="183" />
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="355" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="213" />
        <source>Choose a table saved by Excel or LibreOffice (.xlsx or .csv). The first row must hold the column names, such as Vorname, Nachname, Straße, PLZ, Ort, E-Mail, Telefon, Geburtsdatum, Eintritt. Next you can check which column goes where; nothing is saved before the last step.</source>
        <translation>Choose a table saved by Excel or LibreOffice (.xlsx or .csv). The first row must hold the column names, such as Vorname, Nachname, Straße, PLZ, Ort, E-Mail, Telefon, Geburtsdatum, Eintritt. Next you can check which column goes where; nothing is saved before the last step.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="221" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="242" />
        <source>Which column holds what? The guesses come from the column names; columns set to “do not import” are left out.</source>
        <translation>Which column holds what? The guesses come from the column names; columns set to “do not import” are left out.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="259" />
        <source>Rows with errors</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="263" />
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="274" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="263" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="268" />
        <source>Skip the rows with errors and import the others</source>
        <translation>Skip the rows with errors and import the others</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="271" />
        <source>Probably already in the register</source>
        <translation>Probably already in the register</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="274" />
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="274" />
        <source>In the register</source>
        <translation>In the register</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="279" />
        <source>Do not import these rows</source>
        <translation>Do not import these rows</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="320" />
        <source>Step 1 of 3: choose the file</source>
        <translation>Step 1 of 3: choose the file</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="321" />
        <source>Step 2 of 3: assign the columns</source>
        <translation>Step 2 of 3: assign the columns</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="322" />
        <source>Step 3 of 3: check and import</source>
        <translation>Step 3 of 3: check and import</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="323" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="324" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="401" />
        <source>Rows with data: %1 · columns: %2</source>
        <translation>Rows with data: %1 · columns: %2</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="415" />
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="415" />
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="415" />
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="422" />
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="483" />
        <source>New membership types: %1</source>
        <translation>New membership types: %1</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="488" />
        <source>New groups: %1</source>
        <translation>New groups: %1</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="499" />
        <source>Rows in the file: %1</source>
        <translation>Rows in the file: %1</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="500" />
        <source>to import: %1</source>
        <translation>to import: %1</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="503" />
        <source>with errors: %1</source>
        <translation>with errors: %1</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="506" />
        <source>probably already in the register: %1</source>
        <translation>probably already in the register: %1</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="545" />
        <source>Importing people…</source>
        <translation>Importing people…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="553" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="562" />
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="571" />
        <source>Import finished. People imported: %1</source>
        <translation>Import finished. People imported: %1</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_import.py" line="597" />
        <source>Rows read: %1 …</source>
        <translation>Rows read: %1 …</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="163" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="163" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="163" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="163" />
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="204" />
        <source>%1: “%2” (%3)</source>
        <translation>%1: “%2” (%3)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="214" />
        <source>All-day event: not imported</source>
        <translation>All-day event: not imported</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="215" />
        <source>Cancelled: not imported</source>
        <translation>Cancelled: not imported</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="220" />
        <source>Conflict with “%1” on %2 (%3)</source>
        <translation>Conflict with “%1” on %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="226" />
        <source>; more days taken: %1</source>
        <translation>; more days taken: %1</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="229" />
        <source>Series, dates: %1</source>
        <translation>Series, dates: %1</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/ical.py" line="230" />
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="73" />
        <source>Leaving the association</source>
        <translation>Leaving the association</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="76" />
        <source>On which day does {name} leave the association? The membership ends on that day; nothing is deleted.</source>
        <translation>On which day does {name} leave the association? The membership ends on that day; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="86" />
        <source>Leaves on:</source>
        <translation>Leaves on:</translation>
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
        <location filename="../../src/quartierstreff/ui/main_window.py" line="90" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="91" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="92" />
        <source>Groups &amp; partners</source>
        <translation>Groups &amp; partners</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="93" />
        <source>Rooms &amp; bookings</source>
        <translation>Rooms &amp; bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="94" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="95" />
        <source>Funding applications</source>
        <translation>Funding applications</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="96" />
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="97" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="123" />
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="140" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="141" />
        <source>Back &amp;up now…</source>
        <translation>Back &amp;up now…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="144" />
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="149" />
        <source>&amp;Bin…</source>
        <translation>&amp;Bin…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="153" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="158" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="164" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="173" />
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="174" />
        <source>&amp;Users and roles…</source>
        <translation>&amp;Users and roles…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="179" />
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="186" />
        <source>&amp;Record of processing activities (PDF)…</source>
        <translation>&amp;Record of processing activities (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="189" />
        <source>The record of processing activities required by Art. 30 GDPR.</source>
        <translation>The record of processing activities required by Art. 30 GDPR.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="194" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="195" />
        <source>&amp;About Quartierstreff</source>
        <translation>&amp;About Quartierstreff</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="268" />
        <source>No log-in (no users yet)</source>
        <translation>No log-in (no users yet)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="269" />
        <source>Logged in: {name} ({role})</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="334" />
        <source>Centre profile saved.</source>
        <translation>Centre profile saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="350" />
        <source>About Quartierstreff</source>
        <translation>About Quartierstreff</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/main_window.py" line="352" />
        <source>&lt;h3&gt;Quartierstreff {version}&lt;/h3&gt;&lt;p&gt;Members, groups, rooms, meetings, funding applications and finances for neighbourhood centres run by volunteers.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quartierstreff {version}&lt;/h3&gt;&lt;p&gt;Members, groups, rooms, meetings, funding applications and finances for neighbourhood centres run by volunteers.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="409" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="413" />
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="414" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="419" />
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="420" />
        <source>{count} days</source>
        <translation>{count} days</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="428" />
        <source>for a board meeting</source>
        <translation>for a board meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="429" />
        <source>for a members' assembly</source>
        <translation>for a members' assembly</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="432" />
        <source>for a plenary</source>
        <translation>for a plenary</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="433" />
        <source>for a group meeting</source>
        <translation>for a group meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="434" />
        <source>for a public event</source>
        <translation>for a public event</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="438" />
        <source>The notice period {kind} is {required} – the invitation went out only {days} before the meeting.</source>
        <translation>The notice period {kind} is {required} – the invitation went out only {days} before the meeting.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="444" />
        <source>The notice period {kind} is {required} – the meeting is today.</source>
        <translation>The notice period {kind} is {required} – the meeting is today.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="448" />
        <source>The notice period {kind} is {required} – there are only {days} left until the meeting.</source>
        <translation>The notice period {kind} is {required} – there are only {days} left until the meeting.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="489" />
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="489" />
        <source>Change meeting</source>
        <translation>Change meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="506" />
        <source>A few words for the invitation, e.g. “Please bring the annual report. Coffee and cake from 18:30.” The agenda is added by itself.</source>
        <translation>A few words for the invitation, e.g. “Please bring the annual report. Coffee and cake from 18:30.” The agenda is added by itself.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="512" />
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="513" />
        <source>&amp;Invitees</source>
        <translation>&amp;Invitees</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="514" />
        <source>Invitation &amp;text</source>
        <translation>Invitation &amp;text</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="573" />
        <source>e.g. Vorstandssitzung März, Sommerfest-Planung</source>
        <translation>e.g. Vorstandssitzung März, Sommerfest-Planung</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="591" />
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="593" />
        <source>t&amp;o:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="597" />
        <source>Several days, &amp;until:</source>
        <translation>Several days, &amp;until:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="601" />
        <source>For Aktionstage or a weekend workshop: the meeting takes place on every day up to this one, each day at the times above; the room is booked for each day, and the attendance list has a page for each.</source>
        <translation>For Aktionstage or a weekend workshop: the meeting takes place on every day up to this one, each day at the times above; the room is booked for each day, and the attendance list has a page for each.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="612" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="628" />
        <source>no room / another place</source>
        <translation>no room / another place</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="635" />
        <source>— no group —</source>
        <translation>— no group —</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="641" />
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="644" />
        <source>Minute taker</source>
        <translation>Minute taker</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="647" />
        <source>&amp;Funded event (attendance list for the funder)</source>
        <translation>&amp;Funded event (attendance list for the funder)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="655" />
        <source>e.g. Gefördert im Programm „Nachbarschaftsgespräche“</source>
        <translation>e.g. Gefördert im Programm „Nachbarschaftsgespräche“</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="659" />
        <source>who looks after the children, if any</source>
        <translation>who looks after the children, if any</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="662" />
        <source>Funder &amp;line:</source>
        <translation>Funder &amp;line:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="665" />
        <source>Supervising a&amp;dult:</source>
        <translation>Supervising a&amp;dult:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="672" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="673" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="674" />
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="677" />
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="678" />
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="679" />
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="681" />
        <source>C&amp;hair:</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="684" />
        <source>&amp;Minutes by:</source>
        <translation>&amp;Minutes by:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="707" />
        <source>Invitees</source>
        <translation>Invitees</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="711" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="714" />
        <source>Invite the &amp;group</source>
        <translation>Invite the &amp;group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="716" />
        <source>Add the people of the chosen group</source>
        <translation>Add the people of the chosen group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="718" />
        <source>Invite all &amp;members</source>
        <translation>Invite all &amp;members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="720" />
        <source>Add everyone who is a member today</source>
        <translation>Add everyone who is a member today</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="735" />
        <source>Add someone from the register:</source>
        <translation>Add someone from the register:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="745" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="747" />
        <source>A&amp;dd item</source>
        <translation>A&amp;dd item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="750" />
        <source>R&amp;emove item</source>
        <translation>R&amp;emove item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="753" />
        <source>▲ &amp;Up</source>
        <translation>▲ &amp;Up</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="755" />
        <source>Move the item up (Ctrl+Up); or drag it with the mouse</source>
        <translation>Move the item up (Ctrl+Up); or drag it with the mouse</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="757" />
        <source>▼ Do&amp;wn</source>
        <translation>▼ Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="760" />
        <source>Move the item down (Ctrl+Down); or drag it with the mouse</source>
        <translation>Move the item down (Ctrl+Down); or drag it with the mouse</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="781" />
        <source>Double-click a cell to change it. Drag an item by the mouse, or use the arrow buttons, to change the order; the numbers follow.</source>
        <translation>Double-click a cell to change it. Drag an item by the mouse, or use the arrow buttons, to change the order; the numbers follow.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="806" />
        <source>Where? e.g. Rathaus, Sitzungssaal 2</source>
        <translation>Where? e.g. Rathaus, Sitzungssaal 2</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="808" />
        <source>optional, e.g. garden if the weather is fine</source>
        <translation>optional, e.g. garden if the weather is fine</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="832" />
        <source>No times planned for the items yet.</source>
        <translation>No times planned for the items yet.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="835" />
        <source>Planned: {duration}</source>
        <translation>Planned: {duration}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="839" />
        <source>longer than the meeting ({duration})</source>
        <translation>longer than the meeting ({duration})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="874" />
        <source>Item {number} “{title}” already has minutes. Remove it anyway? Its minutes are deleted when you save; its decisions and tasks stay without an item.</source>
        <translation>Item {number} “{title}” already has minutes. Remove it anyway? Its minutes are deleted when you save; its decisions and tasks stay without an item.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="877" />
        <source>Remove agenda item</source>
        <translation>Remove agenda item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="935" />
        <source>Nobody invited yet.</source>
        <translation>Nobody invited yet.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="937" />
        <source>{count} invited</source>
        <translation>{count} invited</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="946" />
        <source>Nobody belongs to this group yet.</source>
        <translation>Nobody belongs to this group yet.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="951" />
        <source>Nobody is a member today.</source>
        <translation>Nobody is a member today.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="967" />
        <source>{added} people invited.</source>
        <translation>{added} people invited.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="970" />
        <source>{added} people invited; {already} were invited already.</source>
        <translation>{added} people invited; {already} were invited already.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="1096" />
        <source>Please choose another time or room; nothing has been saved.</source>
        <translation>Please choose another time or room; nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="1129" />
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="1179" />
        <source>Please give the meeting a title.</source>
        <translation>Please give the meeting a title.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="1182" />
        <source>The meeting ends before it starts. Please check the times.</source>
        <translation>The meeting ends before it starts. Please check the times.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="1185" />
        <source>Start and end are the same: please give the time it ends.</source>
        <translation>Start and end are the same: please give the time it ends.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="1188" />
        <source>Please choose a room, or write where the meeting takes place.</source>
        <translation>Please choose a room, or write where the meeting takes place.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="1191" />
        <source>The agenda has too many items: at most {value}. Please combine some of them.</source>
        <translation>The agenda has too many items: at most {value}. Please combine some of them.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="1195" />
        <source>Item {value} of the agenda has no topic. Please write one.</source>
        <translation>Item {value} of the agenda has no topic. Please write one.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="82" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="83" />
        <source>Saved as {file}. Open it now?</source>
        <translation>Saved as {file}. Open it now?</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="156" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="162" />
        <source>Search titles and places…</source>
        <translation>Search titles and places…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="163" />
        <source>Search meetings</source>
        <translation>Search meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="166" />
        <source>Kind of meeting</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="167" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="172" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="173" />
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="176" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="177" />
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="179" />
        <source>&amp;Upcoming</source>
        <translation>&amp;Upcoming</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="180" />
        <source>&amp;Past</source>
        <translation>&amp;Past</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="181" />
        <source>A&amp;ll</source>
        <translation>A&amp;ll</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="201" />
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="203" />
        <source>Prepare a meeting with its agenda (Ctrl+N)</source>
        <translation>Prepare a meeting with its agenda (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="206" />
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="208" />
        <source>Date, room, invitees and agenda (Enter)</source>
        <translation>Date, room, invitees and agenda (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="210" />
        <source>&amp;Minutes &amp;&amp; attendance…</source>
        <translation>&amp;Minutes &amp;&amp; attendance…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="213" />
        <source>Who came, the minutes of each item, decisions and action items</source>
        <translation>Who came, the minutes of each item, decisions and action items</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="217" />
        <source>Invitation as &amp;PDF…</source>
        <translation>Invitation as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="219" />
        <source>Copy the &amp;e-mail text</source>
        <translation>Copy the &amp;e-mail text</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="221" />
        <source>The invitation as plain text, to paste into an e-mail</source>
        <translation>The invitation as plain text, to paste into an e-mail</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="224" />
        <source>Invitation &amp;sent today</source>
        <translation>Invitation &amp;sent today</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="225" />
        <source>The notice period counts from this day</source>
        <translation>The notice period counts from this day</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="232" />
        <source>&amp;Invitation</source>
        <translation>&amp;Invitation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="235" />
        <source>&amp;Attendance list (PDF)…</source>
        <translation>&amp;Attendance list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="236" />
        <source>To sign at the door; print it beforehand</source>
        <translation>To sign at the door; print it beforehand</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="238" />
        <source>&amp;Minutes (PDF)…</source>
        <translation>&amp;Minutes (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="243" />
        <source>P&amp;rint</source>
        <translation>P&amp;rint</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="246" />
        <source>&amp;Decisions…</source>
        <translation>&amp;Decisions…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="248" />
        <source>All decisions of all meetings, searchable</source>
        <translation>All decisions of all meetings, searchable</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="250" />
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="271" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="272" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="273" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="274" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="275" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="276" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="277" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="459" />
        <source>No meetings yet.

With “New meeting…” you prepare the first one: date, room, invitees and agenda. The invitation, the attendance list and the minutes follow from it.</source>
        <translation>No meetings yet.

With “New meeting…” you prepare the first one: date, room, invitees and agenda. The invitation, the attendance list and the minutes follow from it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="463" />
        <source>No meetings yet.</source>
        <translation>No meetings yet.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="471" />
        <source>No meeting matches the filters.</source>
        <translation>No meeting matches the filters.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="473" />
        <source>No meetings planned. Past meetings are under “Past”.</source>
        <translation>No meetings planned. Past meetings are under “Past”.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="474" />
        <source>No past meetings.</source>
        <translation>No past meetings.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="512" />
        <source>Group: {name}</source>
        <translation>Group: {name}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="514" />
        <source>Chair: {name}</source>
        <translation>Chair: {name}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="516" />
        <source>Minutes: {name}</source>
        <translation>Minutes: {name}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="525" />
        <source>Invitation sent on {date}.</source>
        <translation>Invitation sent on {date}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="531" />
        <source>{count} invited</source>
        <translation>{count} invited</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="533" />
        <source>{count} present</source>
        <translation>{count} present</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="551" />
        <source>1 decision</source>
        <translation>1 decision</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="553" />
        <source>{count} decisions</source>
        <translation>{count} decisions</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="558" />
        <source>1 open task</source>
        <translation>1 open task</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="560" />
        <source>{count} open tasks</source>
        <translation>{count} open tasks</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="654" />
        <source>Meeting “{title}” created.</source>
        <translation>Meeting “{title}” created.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="656" />
        <source>Meeting “{title}” saved.</source>
        <translation>Meeting “{title}” saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="660" />
        <source>The room “{room}” is booked for it.</source>
        <translation>The room “{room}” is booked for it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="694" />
        <source>Delete the meeting “{title}” on {date}? Its agenda, attendance and minutes go with it to the bin, where it can be restored for 30 days.</source>
        <translation>Delete the meeting “{title}” on {date}? Its agenda, attendance and minutes go with it to the bin, where it can be restored for 30 days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="698" />
        <source>A booking of the room for it is cancelled.</source>
        <translation>A booking of the room for it is cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="699" />
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="710" />
        <source>Meeting “{title}” moved to the bin.</source>
        <translation>Meeting “{title}” moved to the bin.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="734" />
        <source>The invitation is on the clipboard: paste it into an e-mail with Ctrl+V. Choose “Invitation sent today” once it has gone out.</source>
        <translation>The invitation is on the clipboard: paste it into an e-mail with Ctrl+V. Choose “Invitation sent today” once it has gone out.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="738" />
        <source>The invitation is on the clipboard: paste it into an e-mail with Ctrl+V.</source>
        <translation>The invitation is on the clipboard: paste it into an e-mail with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="755" />
        <source>Noted: the invitation went out on {date}.</source>
        <translation>Noted: the invitation went out on {date}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="761" />
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="766" />
        <source>Attendance list</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="770" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="773" />
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/meetings.py" line="801" />
        <source>Saved as {file}.</source>
        <translation>Saved as {file}.</translation>
    </message>
</context>
<context>
    <name>MeetingsSettingsSection</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_meetings.py" line="80" />
        <source>Invitation period (days between invitation and meeting):</source>
        <translation>Invitation period (days between invitation and meeting):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_meetings.py" line="87" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_meetings.py" line="88" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_meetings.py" line="90" />
        <source>Invitation period, {kind}</source>
        <translation>Invitation period, {kind}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_meetings.py" line="99" />
        <source>When a meeting is planned closer than this, the meeting form warns. The period counts from the day the invitation is marked as sent. Your statutes say how long it must be.</source>
        <translation>When a meeting is planned closer than this, the meeting form warns. The period counts from the day the invitation is marked as sent. Your statutes say how long it must be.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_meetings.py" line="110" />
        <source>always</source>
        <translation>always</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_meetings.py" line="112" />
        <source>Quorum of the members' assembly</source>
        <translation>Quorum of the members' assembly</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_meetings.py" line="114" />
        <source>&amp;Quorum of the members' assembly</source>
        <translation>&amp;Quorum of the members' assembly</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_meetings.py" line="120" />
        <source>The assembly can decide when at least this share of the members is present (rounded up). “always” (0 %) when the statutes set no minimum.</source>
        <translation>The assembly can decide when at least this share of the members is present (rounded up). “always” (0 %) when the statutes set no minimum.</translation>
    </message>
</context>
<context>
    <name>MemberListDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="38" />
        <source>Save member list</source>
        <translation>Save member list</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="62" />
        <source>Print member list</source>
        <translation>Print member list</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="68" />
        <source>The list shows everyone who is a member today, sorted by name. Choose what else it should show.</source>
        <translation>The list shows everyone who is a member today, sorted by name. Choose what else it should show.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="75" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="78" />
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="79" />
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="80" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="81" />
        <source>Member &amp;since</source>
        <translation>Member &amp;since</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="82" />
        <source>Membership &amp;type</source>
        <translation>Membership &amp;type</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="83" />
        <source>&amp;Birthday (only with consent)</source>
        <translation>&amp;Birthday (only with consent)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="84" />
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="94" />
        <source>List to hand out to &amp;members</source>
        <translation>List to hand out to &amp;members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="98" />
        <source>Only members who agreed to the member list being shared are on it, and only public groups are shown. Without this option the list is for the board only.</source>
        <translation>Only members who agreed to the member list being shared are on it, and only public groups are shown. Without this option the list is for the board only.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="108" />
        <source>&amp;Open PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="115" />
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="144" />
        <source>Saved: 1 member in {file}.</source>
        <translation>Saved: 1 member in {file}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="146" />
        <source>Saved: {count} members in {file}.</source>
        <translation>Saved: {count} members in {file}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="150" />
        <source>1 member without consent to share the list is not on it.</source>
        <translation>1 member without consent to share the list is not on it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/member_list.py" line="153" />
        <source>{count} members without consent to share the list are not on it.</source>
        <translation>{count} members without consent to share the list are not on it.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="130" />
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="149" />
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="551" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="133" />
        <source>Search name, address, email or phone</source>
        <translation>Search name, address, email or phone</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="137" />
        <source>Search name or phone</source>
        <translation>Search name or phone</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="148" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="150" />
        <source>Non-members</source>
        <translation>Non-members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="151" />
        <source>Former members</source>
        <translation>Former members</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="157" />
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="195" />
        <source>&amp;New person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="196" />
        <source>Add a person to the register (Ctrl+N)</source>
        <translation>Add a person to the register (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="199" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="199" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="201" />
        <source>Open the selected person (Enter or double-click)</source>
        <translation>Open the selected person (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="203" />
        <source>&amp;Leaving…</source>
        <translation>&amp;Leaving…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="205" />
        <source>The selected member leaves the association: the membership gets an end date</source>
        <translation>The selected member leaves the association: the membership gets an end date</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="208" />
        <source>Move to &amp;bin</source>
        <translation>Move to &amp;bin</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="210" />
        <source>For entries made by mistake; restorable from the bin for 30 days</source>
        <translation>For entries made by mistake; restorable from the bin for 30 days</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="215" />
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="221" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="229" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="237" />
        <source>&amp;Member list (PDF)…</source>
        <translation>&amp;Member list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="246" />
        <source>&amp;Information for the person (Art. 15)…</source>
        <translation>&amp;Information for the person (Art. 15)…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="254" />
        <source>&amp;Retention periods…</source>
        <translation>&amp;Retention periods…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="289" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="290" />
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="291" />
        <source>Membership &amp;type:</source>
        <translation>Membership &amp;type:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="292" />
        <source>&amp;Consent:</source>
        <translation>&amp;Consent:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="326" />
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="327" />
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="366" />
        <source>{shown} of {total} people</source>
        <translation>{shown} of {total} people</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="370" />
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="372" />
        <source>{count} people</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="514" />
        <source>{name} leaves the association on {date}.</source>
        <translation>{name} leaves the association on {date}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="529" />
        <source>Move “{name}” to the bin? Only do this for an entry made by mistake; for a member who leaves, use “Leaving…”. The bin keeps the entry for 30 days.</source>
        <translation>Move “{name}” to the bin? Only do this for an entry made by mistake; for a member who leaves, use “Leaving…”. The bin keeps the entry for 30 days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="541" />
        <source>“{name}” is in the bin (File ▸ Bin) and can be restored for 30 days.</source>
        <translation>“{name}” is in the bin (File ▸ Bin) and can be restored for 30 days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/members.py" line="581" />
        <source>Not available in this version</source>
        <translation>Not available in this version</translation>
    </message>
</context>
<context>
    <name>MembershipRow</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="142" />
        <source>still a member</source>
        <translation>still a member</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="144" />
        <source>(no type)</source>
        <translation>(no type)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="147" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="149" />
        <source>Only for a period entered by mistake; for leaving, fill in “until”</source>
        <translation>Only for a period entered by mistake; for leaving, fill in “until”</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="158" />
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="160" />
        <source>until</source>
        <translation>until</translation>
    </message>
</context>
<context>
    <name>MembershipTypeDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="195" />
        <source>New membership type</source>
        <translation>New membership type</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="197" />
        <source>Change membership type</source>
        <translation>Change membership type</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="201" />
        <source>e.g. Reduced</source>
        <translation>e.g. Reduced</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="203" />
        <source>e.g. 36,00 — empty if there is none</source>
        <translation>e.g. 36,00 — empty if there is none</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="205" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="206" />
        <source>Annual &amp;fee (€):</source>
        <translation>Annual &amp;fee (€):</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="108" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="186" />
        <source>— whole meeting —</source>
        <translation>— whole meeting —</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="189" />
        <source>Item {number}: {title}</source>
        <translation>Item {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1293" />
        <source>&amp;Attendance</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1294" />
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1295" />
        <source>D&amp;ecisions</source>
        <translation>D&amp;ecisions</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1296" />
        <source>Action i&amp;tems</source>
        <translation>Action i&amp;tems</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1320" />
        <source>Minutes: {title}, {date}</source>
        <translation>Minutes: {title}, {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1327" />
        <source>D&amp;ecisions ({count})</source>
        <translation>D&amp;ecisions ({count})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1330" />
        <source>Action i&amp;tems ({count})</source>
        <translation>Action i&amp;tems ({count})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="1380" />
        <source>Not everything could be saved (see above). Correct it, or close the window once more to leave without saving it.</source>
        <translation>Not everything could be saved (see above). Correct it, or close the window once more to leave without saving it.</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="563" />
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="569" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="573" />
        <source>Item {number}: {title}</source>
        <translation>Item {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="588" />
        <source>Minutes of the chosen item</source>
        <translation>Minutes of the chosen item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="591" />
        <source>What was discussed? The text is saved by itself as you type.</source>
        <translation>What was discussed? The text is saved by itself as you type.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="684" />
        <source>Not saved yet…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="690" />
        <source>{count} of {limit} characters</source>
        <translation>{count} of {limit} characters</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="711" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="726" />
        <source>The minutes could not be saved just now; the next keystroke tries again.</source>
        <translation>The minutes could not be saved just now; the next keystroke tries again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="735" />
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/minutes.py" line="742" />
        <source>{reason} The text stays here.</source>
        <translation>{reason} The text stays here.</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="194" />
        <source>New funding application</source>
        <translation>New funding application</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="217" />
        <source>e.g. Nachbarschaftsgespräche in der Südstadt</source>
        <translation>e.g. Nachbarschaftsgespräche in der Südstadt</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="218" />
        <source>&amp;Project period:</source>
        <translation>&amp;Project period:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="230" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="236" />
        <source>P&amp;rogramme:</source>
        <translation>P&amp;rogramme:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="240" />
        <source>&amp;Title of the project:</source>
        <translation>&amp;Title of the project:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="245" />
        <source>The texts, the cost and financing plan and the attachments follow in the application window, which opens next. Everything can be changed later.</source>
        <translation>The texts, the cost and financing plan and the attachments follow in the application window, which opens next. Everything can be changed later.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="255" />
        <source>&amp;Create and open</source>
        <translation>&amp;Create and open</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="271" />
        <source>There is no active funding programme. Add or switch one on under Settings ▸ Funding programmes.</source>
        <translation>There is no active funding programme. Add or switch one on under Settings ▸ Funding programmes.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="299" />
        <source>Grant: {low} to {high}</source>
        <translation>Grant: {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="304" />
        <source>Grant: up to {high}</source>
        <translation>Grant: up to {high}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="307" />
        <source>At most {rate} % of the costs</source>
        <translation>At most {rate} % of the costs</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="313" />
        <source>Own share at least {rate} %</source>
        <translation>Own share at least {rate} %</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="319" />
        <source>Project period up to {months} months</source>
        <translation>Project period up to {months} months</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="325" />
        <source>Applications any time</source>
        <translation>Applications any time</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="327" />
        <source>Next deadline: {date}</source>
        <translation>Next deadline: {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="332" />
        <source>The last deadline ({date}) has passed</source>
        <translation>The last deadline ({date}) has passed</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="342" />
        <source>Rules as in the call of {date}</source>
        <translation>Rules as in the call of {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="371" />
        <source>Please give the project a title.</source>
        <translation>Please give the project a title.</translation>
    </message>
</context>
<context>
    <name>OccurrenceListModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/models/occurrence_list.py" line="35" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/occurrence_list.py" line="37" />
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/occurrence_list.py" line="39" />
        <source>One-off</source>
        <translation>One-off</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/occurrence_list.py" line="41" />
        <source>{kind}, private</source>
        <translation>{kind}, private</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/occurrence_list.py" line="60" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/occurrence_list.py" line="61" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/occurrence_list.py" line="62" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/occurrence_list.py" line="63" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/occurrence_list.py" line="64" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/occurrence_list.py" line="65" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/occurrence_list.py" line="66" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="68" />
        <source>New partner organisation</source>
        <translation>New partner organisation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="70" />
        <source>Change partner organisation</source>
        <translation>Change partner organisation</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="75" />
        <source>e.g. Stadt Stuttgart, Amt für Soziales</source>
        <translation>e.g. Stadt Stuttgart, Amt für Soziales</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="88" />
        <source>e.g. www.example.org</source>
        <translation>e.g. www.example.org</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="96" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="97" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="98" />
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="99" />
        <source>&amp;Postcode, town:</source>
        <translation>&amp;Postcode, town:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="100" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="101" />
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="102" />
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="103" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="107" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="107" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="107" />
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="124" />
        <source>Re&amp;move contact</source>
        <translation>Re&amp;move contact</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="129" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="134" />
        <source>Double-click the function to change it, e.g. Quartiersmanagement.</source>
        <translation>Double-click the function to change it, e.g. Quartiersmanagement.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="141" />
        <source>Add someone from the register:</source>
        <translation>Add someone from the register:</translation>
    </message>
</context>
<context>
    <name>PartnerKind</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="42" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="43" />
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="44" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="45" />
        <source>Church</source>
        <translation>Church</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="46" />
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="47" />
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/partner.py" line="48" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="170" />
        <source>New password for {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="177" />
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="178" />
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="179" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="180" />
        <source>At least 8 characters.</source>
        <translation>At least 8 characters.</translation>
    </message>
</context>
<context>
    <name>PeopleExport</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_export.py" line="26" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_export.py" line="27" />
        <source>CSV for Excel, separated by semicolons (*.csv)</source>
        <translation>CSV for Excel, separated by semicolons (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_export.py" line="32" />
        <location filename="../../src/quartierstreff/ui/dialogs/people_export.py" line="46" />
        <source>Export people</source>
        <translation>Export people</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/people_export.py" line="33" />
        <source>people</source>
        <translation>people</translation>
    </message>
</context>
<context>
    <name>PeopleSettingsSection</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="265" />
        <source>Fields of your own that the person form shows below the usual ones, e.g. T-shirt size or allergies.</source>
        <translation>Fields of your own that the person form shows below the usual ones, e.g. T-shirt size or allergies.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="272" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="273" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="274" />
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="275" />
        <source>People with a value</source>
        <translation>People with a value</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="280" />
        <source>New &amp;field…</source>
        <translation>New &amp;field…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="281" />
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="315" />
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="282" />
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="316" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="283" />
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="284" />
        <source>Show this field earlier in the person form</source>
        <translation>Show this field earlier in the person form</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="285" />
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="286" />
        <source>Show this field later in the person form</source>
        <translation>Show this field later in the person form</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="302" />
        <source>The kinds of membership a person can have, each with its annual fee.</source>
        <translation>The kinds of membership a person can have, each with its annual fee.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="307" />
        <source>Membership type</source>
        <translation>Membership type</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="308" />
        <source>Annual fee</source>
        <translation>Annual fee</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="309" />
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="314" />
        <source>New &amp;membership type…</source>
        <translation>New &amp;membership type…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="331" />
        <source>Own fields</source>
        <translation>Own fields</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="335" />
        <source>Membership types</source>
        <translation>Membership types</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="419" />
        <source>The field “{name}” has been saved.</source>
        <translation>The field “{name}” has been saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="438" />
        <source>One person has a value in it; it is deleted with the field.</source>
        <translation>One person has a value in it; it is deleted with the field.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="441" />
        <source>{count} people have a value in it; the values are deleted with the field.</source>
        <translation>{count} people have a value in it; the values are deleted with the field.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="444" />
        <source>Nobody has a value in it yet.</source>
        <translation>Nobody has a value in it yet.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="446" />
        <source>Delete the field “{name}”? {values} It can be restored from the bin for 30 days.</source>
        <translation>Delete the field “{name}”? {values} It can be restored from the bin for 30 days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="448" />
        <source>Delete field</source>
        <translation>Delete field</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="458" />
        <source>The field “{name}” has been moved to the bin.</source>
        <translation>The field “{name}” has been moved to the bin.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="478" />
        <source>The membership type “{name}” has been saved.</source>
        <translation>The membership type “{name}” has been saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="498" />
        <source>Delete the membership type “{name}”?</source>
        <translation>Delete the membership type “{name}”?</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="499" />
        <source>Delete membership type</source>
        <translation>Delete membership type</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_people.py" line="509" />
        <source>The membership type “{name}” has been deleted.</source>
        <translation>The membership type “{name}” has been deleted.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/models/people.py" line="201" />
        <source>Left on {date}</source>
        <translation>Left on {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/people.py" line="212" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/people.py" line="213" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/people.py" line="214" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/people.py" line="215" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/people.py" line="216" />
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/models/people.py" line="217" />
        <source>Membership type</source>
        <translation>Membership type</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="757" />
        <source>New period</source>
        <translation>New period</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="757" />
        <source>Change period</source>
        <translation>Change period</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="763" />
        <source>e.g. Herbstferien 2026</source>
        <translation>e.g. Herbstferien 2026</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="771" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="772" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="773" />
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="774" />
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="775" />
        <source>Both days belong to the period.</source>
        <translation>Both days belong to the period.</translation>
    </message>
</context>
<context>
    <name>PeriodKind</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="131" />
        <source>School holidays</source>
        <translation>School holidays</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="132" />
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
</context>
<context>
    <name>PeriodsSettingsSection</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="857" />
        <source>Booking series can skip school holidays; closures are shown in the calendar and on the weekly plan.</source>
        <translation>Booking series can skip school holidays; closures are shown in the calendar and on the weekly plan.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="864" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="865" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="866" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="867" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="879" />
        <source>New &amp;period…</source>
        <translation>New &amp;period…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="880" />
        <source>Chan&amp;ge…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="881" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="896" />
        <source>Add the known school holidays of &amp;Baden-Württemberg</source>
        <translation>Add the known school holidays of &amp;Baden-Württemberg</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="902" />
        <source>The dates shipped with Quartierstreff were compiled with care but must be checked against the list of the Kultusministerium Baden-Württemberg. Movable days set by the local schools are entered as periods of their own.</source>
        <translation>The dates shipped with Quartierstreff were compiled with care but must be checked against the list of the Kultusministerium Baden-Württemberg. Movable days set by the local schools are entered as periods of their own.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="996" />
        <source>“{name}” has been saved.</source>
        <translation>“{name}” has been saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="1021" />
        <source>Delete “{name}” ({start} to {end})? It can be restored from the bin for 30 days.</source>
        <translation>Delete “{name}” ({start} to {end})? It can be restored from the bin for 30 days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="1023" />
        <source>Delete period</source>
        <translation>Delete period</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="1033" />
        <source>“{name}” has been moved to the bin.</source>
        <translation>“{name}” has been moved to the bin.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="1049" />
        <source>All known school holidays are already there; nothing was added.</source>
        <translation>All known school holidays are already there; nothing was added.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="1054" />
        <source>School-holiday periods added: {count}. Please check them against the Kultusministerium's list.</source>
        <translation>School-holiday periods added: {count}. Please check them against the Kultusministerium's list.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="278" />
        <source>Reloa&amp;d</source>
        <translation>Reloa&amp;d</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="280" />
        <source>Show the person as stored now; your input is discarded</source>
        <translation>Show the person as stored now; your input is discarded</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="299" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="301" />
        <source>Save the person (Ctrl+S or Enter)</source>
        <translation>Save the person (Ctrl+S or Enter)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="332" />
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="335" />
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="340" />
        <source>optional, e.g. 03.07.1958 — leave empty if not known</source>
        <translation>optional, e.g. 03.07.1958 — leave empty if not known</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="357" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="358" />
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="359" />
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="360" />
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="361" />
        <source>Address and contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="362" />
        <source>St&amp;reet:</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="363" />
        <source>Post&amp;code, town:</source>
        <translation>Post&amp;code, town:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="364" />
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="365" />
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="366" />
        <source>M&amp;obile:</source>
        <translation>M&amp;obile:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="381" />
        <source>Me&amp;mbership</source>
        <translation>Me&amp;mbership</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="384" />
        <source>Periods of membership. When someone leaves, fill in “until”: the period stays on record. Someone who is not a member (a contact person, a participant) has no period.</source>
        <translation>Periods of membership. When someone leaves, fill in “until”: the period stays on record. Someone who is not a member (a contact person, a participant) has no period.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="393" />
        <source>Add membership period</source>
        <translation>Add membership period</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="424" />
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="434" />
        <source>No groups yet (page Groups &amp; partners).</source>
        <translation>No groups yet (page Groups &amp; partners).</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="436" />
        <source>The groups this person belongs to:</source>
        <translation>The groups this person belongs to:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="442" />
        <source>Co&amp;nsents</source>
        <translation>Co&amp;nsents</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="445" />
        <source>Consents under the GDPR, each for one purpose. A withdrawn consent stays on record with the day it was withdrawn.</source>
        <translation>Consents under the GDPR, each for one purpose. A withdrawn consent stays on record with the day it was withdrawn.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="462" />
        <source>Add consent</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="493" />
        <source>O&amp;wn fields</source>
        <translation>O&amp;wn fields</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="516" />
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="529" />
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="530" />
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="532" />
        <source>Person: {name}</source>
        <translation>Person: {name}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="783" />
        <source>Add “{name}” anyway?</source>
        <translation>Add “{name}” anyway?</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/person.py" line="865" />
        <source>Discard your changes to this person?</source>
        <translation>Discard your changes to this person?</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="319" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/booking.py" line="320" />
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/person_picker.py" line="95" />
        <source>Search the register by name or phone…</source>
        <translation>Search the register by name or phone…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/person_picker.py" line="97" />
        <source>Search for a person</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/person_picker.py" line="98" />
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/person_picker.py" line="104" />
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/person_picker.py" line="155" />
        <source>Nobody in the register matches “{text}”. New people are entered on the Members page.</source>
        <translation>Nobody in the register matches “{text}”. New people are entered on the Members page.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/person_picker.py" line="161" />
        <source>The first {shown} of {count} matches; type more to narrow it.</source>
        <translation>The first {shown} of {count} matches; type more to narrow it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/person_picker.py" line="188" />
        <source>Type part of a name to find someone in the register.</source>
        <translation>Type part of a name to find someone in the register.</translation>
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
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="240" />
        <source>&amp;Remove PIN</source>
        <translation>&amp;Remove PIN</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="303" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="303" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="304" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="305" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="306" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="307" />
        <source>Unit price (€)</source>
        <translation>Unit price (€)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="308" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="475" />
        <source>Correct the quantity or unit price of this line first.</source>
        <translation>Correct the quantity or unit price of this line first.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="529" />
        <source>The quantity is missing.</source>
        <translation>The quantity is missing.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="542" />
        <source>The unit price is missing.</source>
        <translation>The unit price is missing.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="691" />
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="756" />
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1065" />
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="692" />
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1065" />
        <source>Financing</source>
        <translation>Financing</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="695" />
        <source>Add &amp;cost line</source>
        <translation>Add &amp;cost line</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="697" />
        <source>&amp;Fee: persons × hours × rate…</source>
        <translation>&amp;Fee: persons × hours × rate…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="699" />
        <source>Add &amp;income line</source>
        <translation>Add &amp;income line</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="710" />
        <source>Total costs:</source>
        <translation>Total costs:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="711" />
        <source>Income:</source>
        <translation>Income:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="712" />
        <source>Requested grant:</source>
        <translation>Requested grant:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="713" />
        <source>Balance:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="714" />
        <source>Funding rate:</source>
        <translation>Funding rate:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="715" />
        <source>Own share:</source>
        <translation>Own share:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="734" />
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="736" />
        <source>Show the plan as it is stored now; your changes are discarded</source>
        <translation>Show the plan as it is stored now; your changes are discarded</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="740" />
        <source>&amp;Save plan</source>
        <translation>&amp;Save plan</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="764" />
        <source>Financing (without the requested grant)</source>
        <translation>Financing (without the requested grant)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="770" />
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="823" />
        <source>Move the line up</source>
        <translation>Move the line up</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="824" />
        <source>Move the line down</source>
        <translation>Move the line down</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="826" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="827" />
        <source>Remove the chosen line</source>
        <translation>Remove the chosen line</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="899" />
        <source>The plan is balanced.</source>
        <translation>The plan is balanced.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="903" />
        <source>Costs not covered.</source>
        <translation>Costs not covered.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="905" />
        <source>More money comes in than is spent.</source>
        <translation>More money comes in than is spent.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="913" />
        <source>{count} line(s) with a value that cannot be read are not counted.</source>
        <translation>{count} line(s) with a value that cannot be read are not counted.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="918" />
        <source>The requested amount on the Project tab cannot be read.</source>
        <translation>The requested amount on the Project tab cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="953" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="958" />
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1027" />
        <source>{where}: {problem} Nothing was saved.</source>
        <translation>{where}: {problem} Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1060" />
        <source>The plan is saved.</source>
        <translation>The plan is saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1066" />
        <source>{part}, line {row}, {column}</source>
        <translation>{part}, line {row}, {column}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1082" />
        <source>This is missing.</source>
        <translation>This is missing.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1083" />
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1084" />
        <source>This must be more than 0.</source>
        <translation>This must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1085" />
        <source>This is unrealistically high.</source>
        <translation>This is unrealistically high.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1086" />
        <source>This has too many decimal places.</source>
        <translation>This has too many decimal places.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1087" />
        <source>This must not be negative.</source>
        <translation>This must not be negative.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1088" />
        <source>This is not a number.</source>
        <translation>This is not a number.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1099" />
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1103" />
        <source>{first} ({more} more marked in the table.)</source>
        <translation>{first} ({more} more marked in the table.)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1106" />
        <source>{problem} Nothing was saved.</source>
        <translation>{problem} Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/processing_record.py" line="24" />
        <source>Save record of processing activities</source>
        <translation>Save record of processing activities</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/processing_record.py" line="29" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/processing_record.py" line="46" />
        <source>record-of-processing-activities-{date}.pdf</source>
        <translation>record-of-processing-activities-{date}.pdf</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="134" />
        <source>New funding programme</source>
        <translation>New funding programme</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="134" />
        <source>Funding programme</source>
        <translation>Funding programme</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="144" />
        <source>e.g. stadtteilfonds</source>
        <translation>e.g. stadtteilfonds</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="146" />
        <source>Lower-case letters, digits and _; applications and files refer to it</source>
        <translation>Lower-case letters, digits and _; applications and files refer to it</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="150" />
        <source>e.g. 15.01.2025</source>
        <translation>e.g. 15.01.2025</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="152" />
        <source>no minimum</source>
        <translation>no minimum</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="153" />
        <source>no maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="154" />
        <source>e.g. 80</source>
        <translation>e.g. 80</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="155" />
        <source>e.g. 10</source>
        <translation>e.g. 10</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="156" />
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="160" />
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="161" />
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="162" />
        <source>e.g. 31.03.2025, 30.09.2025</source>
        <translation>e.g. 31.03.2025, 30.09.2025</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="163" />
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="411" />
        <source>Applications possible at any time</source>
        <translation>Applications possible at any time</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="166" />
        <source>Volunteer work counts as in-kind income</source>
        <translation>Volunteer work counts as in-kind income</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="168" />
        <source>e.g. 15,00</source>
        <translation>e.g. 15,00</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="171" />
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="172" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="173" />
        <source>Funder:</source>
        <translation>Funder:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="174" />
        <source>Call of:</source>
        <translation>Call of:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="175" />
        <source>Note on the call:</source>
        <translation>Note on the call:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="177" />
        <source>Minimum grant (€):</source>
        <translation>Minimum grant (€):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="178" />
        <source>Maximum grant (€):</source>
        <translation>Maximum grant (€):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="179" />
        <source>Maximum funding rate (%):</source>
        <translation>Maximum funding rate (%):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="180" />
        <source>Minimum own share (%):</source>
        <translation>Minimum own share (%):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="181" />
        <source>Maximum per item (€):</source>
        <translation>Maximum per item (€):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="182" />
        <source>Longest project period:</source>
        <translation>Longest project period:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="183" />
        <source>Deadlines:</source>
        <translation>Deadlines:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="186" />
        <source>Value of a volunteer hour (€):</source>
        <translation>Value of a volunteer hour (€):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="195" />
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="202" />
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="214" />
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="399" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="195" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="195" />
        <source>Max. per item (€)</source>
        <translation>Max. per item (€)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="203" />
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="214" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="204" />
        <source>Help text</source>
        <translation>Help text</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="205" />
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="214" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="206" />
        <source>Max. characters</source>
        <translation>Max. characters</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="219" />
        <source>Cost categories</source>
        <translation>Cost categories</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="220" />
        <source>Sections of the application</source>
        <translation>Sections of the application</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="221" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="389" />
        <source>{table}, row {row}</source>
        <translation>{table}, row {row}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="400" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="401" />
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="402" />
        <source>Call of</source>
        <translation>Call of</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="403" />
        <source>Note on the call</source>
        <translation>Note on the call</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="404" />
        <source>Minimum grant</source>
        <translation>Minimum grant</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="405" />
        <source>Maximum grant</source>
        <translation>Maximum grant</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="406" />
        <source>Maximum funding rate</source>
        <translation>Maximum funding rate</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="407" />
        <source>Minimum own share</source>
        <translation>Minimum own share</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="408" />
        <source>Maximum per item</source>
        <translation>Maximum per item</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="409" />
        <source>Longest project period</source>
        <translation>Longest project period</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="410" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="412" />
        <source>Value of a volunteer hour</source>
        <translation>Value of a volunteer hour</translation>
    </message>
</context>
<context>
    <name>ProgrammesSettingsSection</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="75" />
        <source>Import funding programme</source>
        <translation>Import funding programme</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="77" />
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="87" />
        <source>Programme files (*.toml)</source>
        <translation>Programme files (*.toml)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="85" />
        <source>Export funding programme</source>
        <translation>Export funding programme</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="610" />
        <source>The rules of each funding programme: grant range, funding rate, cost categories, sections and attachments. Applications are checked against them. Before applying, compare the figures with the funder's current call. A deactivated programme is not offered for new applications.</source>
        <translation>The rules of each funding programme: grant range, funding rate, cost categories, sections and attachments. Applications are checked against them. Before applying, compare the figures with the funder's current call. A deactivated programme is not offered for new applications.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="619" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="620" />
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="622" />
        <source>Call of</source>
        <translation>Call of</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="625" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="625" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="625" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="643" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="644" />
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="646" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="649" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="652" />
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="724" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="655" />
        <source>Take over shipped programmes</source>
        <translation>Take over shipped programmes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="661" />
        <source>Add the programmes that come with Quartierstreff and are missing here; programmes already here stay as they are</source>
        <translation>Add the programmes that come with Quartierstreff and are missing here; programmes already here stay as they are</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="722" />
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="740" />
        <source>The funding programme “{name}” has been saved.</source>
        <translation>The funding programme “{name}” has been saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="772" />
        <source>The funding programme “{name}” already exists. Replace it with the definition from “{file}”? Its applications stay and are checked against the new rules.</source>
        <translation>The funding programme “{name}” already exists. Replace it with the definition from “{file}”? Its applications stay and are checked against the new rules.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="776" />
        <source>Replace funding programme</source>
        <translation>Replace funding programme</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="777" />
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="788" />
        <source>The funding programme “{name}” has been imported.</source>
        <translation>The funding programme “{name}” has been imported.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="809" />
        <source>The file {path} could not be written: {reason}.</source>
        <translation>The file {path} could not be written: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="815" />
        <source>The funding programme “{name}” has been saved in {path}.</source>
        <translation>The funding programme “{name}” has been saved in {path}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="840" />
        <source>“{name}” is offered for new applications again.</source>
        <translation>“{name}” is offered for new applications again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="842" />
        <source>“{name}” is no longer offered for new applications.</source>
        <translation>“{name}” is no longer offered for new applications.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="858" />
        <source>Shipped funding programmes taken over: %n.</source>
        <translation><numerusform>Shipped funding programmes taken over: %n.</numerusform>
            <numerusform>Shipped funding programmes taken over: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="861" />
        <source>All shipped funding programmes are already here.</source>
        <translation>All shipped funding programmes are already here.</translation>
    </message>
</context>
<context>
    <name>ProjectTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1590" />
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1594" />
        <source>e.g. 4.500,00</source>
        <translation>e.g. 4.500,00</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1611" />
        <source>Change it under Settings ▸ Centre.</source>
        <translation>Change it under Settings ▸ Centre.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1614" />
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1616" />
        <source>Show the application as it is stored now; your input is discarded</source>
        <translation>Show the application as it is stored now; your input is discarded</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1620" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1627" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1636" />
        <source>Project &amp;title:</source>
        <translation>Project &amp;title:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1637" />
        <source>Project &amp;period:</source>
        <translation>Project &amp;period:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1640" />
        <source>&amp;Contact person:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1643" />
        <source>&amp;Requested amount:</source>
        <translation>&amp;Requested amount:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1644" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1646" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1649" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1712" />
        <source>Grant {low} to {high}</source>
        <translation>Grant {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1718" />
        <source>Grant up to {high}</source>
        <translation>Grant up to {high}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1722" />
        <source>Project period at most {months} months</source>
        <translation>Project period at most {months} months</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1727" />
        <source>Applications any time</source>
        <translation>Applications any time</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1732" />
        <source>Next deadline: {date}</source>
        <translation>Next deadline: {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1736" />
        <source>Rules as of the call of {date}</source>
        <translation>Rules as of the call of {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1770" />
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1773" />
        <source> — the programme allows up to {date}</source>
        <translation> — the programme allows up to {date}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1778" />
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1815" />
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1841" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/record.py" line="41" />
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/record.py" line="43" />
        <source>Show the entry as it is stored now; your input is discarded</source>
        <translation>Show the entry as it is stored now; your input is discarded</translation>
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
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="67" />
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="69" />
        <source>Quartierstreff backups (*.qtbackup);;All files (*)</source>
        <translation>Quartierstreff backups (*.qtbackup);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="182" />
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="187" />
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="190" />
        <source>Choose the backup to go back to. The data will be as they were when the backup was made; whatever was entered since then is replaced.</source>
        <translation>Choose the backup to go back to. The data will be as they were when the backup was made; whatever was entered since then is replaced.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="200" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="205" />
        <source>There are no backups in {folder}.</source>
        <translation>There are no backups in {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="209" />
        <source>&amp;Other file…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="211" />
        <source>Restore a backup from another folder, e.g. from a USB stick</source>
        <translation>Restore a backup from another folder, e.g. from a USB stick</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="240" />
        <source>Before the restore, a copy of the current database is saved in {folder}.</source>
        <translation>Before the restore, a copy of the current database is saved in {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="253" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="314" />
        <source>Replace the current data with this backup</source>
        <translation>Replace the current data with this backup</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="321" />
        <source>Backup of {when}
Checking whether the backup is complete …</source>
        <translation>Backup of {when}
Checking whether the backup is complete …</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="329" />
        <source>Choose a backup from the list or another file.</source>
        <translation>Choose a backup from the list or another file.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="367" />
        <source>Replace the current data with this backup; whatever was entered after {when} is lost</source>
        <translation>Replace the current data with this backup; whatever was entered after {when} is lost</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="380" />
        <source>The backup could not be read: {reason}</source>
        <translation>The backup could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="382" />
        <source>This backup cannot be restored.</source>
        <translation>This backup cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="389" />
        <source>Backup of {when} ({kind}), {size}</source>
        <translation>Backup of {when} ({kind}), {size}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="394" />
        <source>Made by Quartierstreff {version}</source>
        <translation>Made by Quartierstreff {version}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="396" />
        <source>Holds {rows} entries: {people} people, {groups} groups, {bookings} bookings, {meetings} meetings; {attachments} attachments</source>
        <translation>Holds {rows} entries: {people} people, {groups} groups, {bookings} bookings, {meetings} meetings; {attachments} attachments</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="406" />
        <source>✓ The backup is complete and undamaged.</source>
        <translation>✓ The backup is complete and undamaged.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/restore.py" line="459" />
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
    <name>RoomDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="99" />
        <source>Colour of the room</source>
        <translation>Colour of the room</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="216" />
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="216" />
        <source>Change room</source>
        <translation>Change room</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="220" />
        <source>e.g. Großer Saal</source>
        <translation>e.g. Großer Saal</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="223" />
        <source>e.g. S</source>
        <translation>e.g. S</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="225" />
        <source>A short sign for the weekly plan and door signs, at most 8 characters</source>
        <translation>A short sign for the weekly plan and door signs, at most 8 characters</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="230" />
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="231" />
        <source> places</source>
        <translation> places</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="233" />
        <source>&amp;Accessible (step-free, accessible WC)</source>
        <translation>&amp;Accessible (step-free, accessible WC)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="236" />
        <source>One item per line, e.g. Beamer</source>
        <translation>One item per line, e.g. Beamer</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="239" />
        <source>&amp;Fixed opening hours</source>
        <translation>&amp;Fixed opening hours</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="241" />
        <source>Bookings outside these hours are allowed, with a warning</source>
        <translation>Bookings outside these hours are allowed, with a warning</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="259" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="268" />
        <source>The room's colour in the calendar</source>
        <translation>The room's colour in the calendar</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="284" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="285" />
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="286" />
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="288" />
        <source>&amp;Equipment:</source>
        <translation>&amp;Equipment:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="289" />
        <source>Opening hours:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="290" />
        <source>Open on:</source>
        <translation>Open on:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="291" />
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="292" />
        <source>C&amp;olour:</source>
        <translation>C&amp;olour:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="295" />
        <source>&amp;Parts:</source>
        <translation>&amp;Parts:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="297" />
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="383" />
        <source>This room is a part of “{name}”, so it has no parts of its own.</source>
        <translation>This room is a part of “{name}”, so it has no parts of its own.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="391" />
        <source>Tick the rooms this one consists of (e.g. the two halves of a hall): booking it blocks them, and booking one of them blocks it.</source>
        <translation>Tick the rooms this one consists of (e.g. the two halves of a hall): booking it blocks them, and booking one of them blocks it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="427" />
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="110" />
        <source>Rooms &amp; bookings</source>
        <translation>Rooms &amp; bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="111" />
        <source>&amp;New booking…</source>
        <translation>&amp;New booking…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="113" />
        <source>Book a room; the selected day and time are filled in (Ctrl+N)</source>
        <translation>Book a room; the selected day and time are filled in (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="122" />
        <source>◀ Previous week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="123" />
        <source>The week before (Page Up)</source>
        <translation>The week before (Page Up)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="125" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="126" />
        <source>The week of today (Home)</source>
        <translation>The week of today (Home)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="128" />
        <source>Next week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="129" />
        <source>The week after (Page Down)</source>
        <translation>The week after (Page Down)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="138" />
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="220" />
        <source>All rooms</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="141" />
        <source>Rooms side by side</source>
        <translation>Rooms side by side</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="144" />
        <source>Split each day into one column per room. Otherwise the rooms are told apart by colour and only bookings at the same time stand side by side.</source>
        <translation>Split each day into one column per room. Otherwise the rooms are told apart by colour and only bookings at the same time stand side by side.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="152" />
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="156" />
        <source>Print weekly plan (PDF)…</source>
        <translation>Print weekly plan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="158" />
        <source>Door sign (PDF)</source>
        <translation>Door sign (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="161" />
        <source>Export as iCalendar…</source>
        <translation>Export as iCalendar…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="163" />
        <source>Import iCalendar…</source>
        <translation>Import iCalendar…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="190" />
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="191" />
        <source>School holidays</source>
        <translation>School holidays</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="192" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="200" />
        <source>Double-click a free time to book it, a booking to open it.</source>
        <translation>Double-click a free time to book it, a booking to open it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="222" />
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="232" />
        <source>Search title or group</source>
        <translation>Search title or group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="255" />
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="260" />
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="261" />
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="262" />
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="263" />
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="279" />
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="280" />
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="285" />
        <source>&amp;Usage</source>
        <translation>&amp;Usage</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="300" />
        <source>R&amp;oom:</source>
        <translation>R&amp;oom:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="366" />
        <source>Week calendar, {week}</source>
        <translation>Week calendar, {week}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="381" />
        <source>Week {number} · {dates}</source>
        <translation>Week {number} · {dates}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="518" />
        <source>The end of the period is before its start.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="521" />
        <source>Please choose a period of at most one year.</source>
        <translation>Please choose a period of at most one year.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="555" />
        <source>{shown} of {total} bookings</source>
        <translation>{shown} of {total} bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="559" />
        <source>1 booking</source>
        <translation>1 booking</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="561" />
        <source>{count} bookings</source>
        <translation>{count} bookings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="619" />
        <source>Bookings cannot be edited in this version.</source>
        <translation>Bookings cannot be edited in this version.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="653" />
        <source>Bookings cannot be cancelled in this version.</source>
        <translation>Bookings cannot be cancelled in this version.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="663" />
        <source>“{title}” on {date} is cancelled.</source>
        <translation>“{title}” on {date} is cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/rooms.py" line="674" />
        <source>This is not available in this version.</source>
        <translation>This is not available in this version.</translation>
    </message>
</context>
<context>
    <name>RoomsSettingsSection</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="522" />
        <source>The rooms that can be booked. The symbol stands for the room on the weekly plan and door signs. A deactivated room is no longer offered for new bookings; old bookings keep it.</source>
        <translation>The rooms that can be booked. The symbol stands for the room on the weekly plan and door signs. A deactivated room is no longer offered for new bookings; old bookings keep it.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="530" />
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="532" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="536" />
        <source>{name} (deactivated)</source>
        <translation>{name} (deactivated)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="539" />
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="540" />
        <source>Accessible</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="540" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="541" />
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="542" />
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="554" />
        <source>&amp;New room…</source>
        <translation>&amp;New room…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="555" />
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="556" />
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="557" />
        <source>Show this room earlier in the calendar and plans</source>
        <translation>Show this room earlier in the calendar and plans</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="558" />
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="559" />
        <source>Show this room later in the calendar and plans</source>
        <translation>Show this room later in the calendar and plans</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="560" />
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="642" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="561" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="640" />
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="659" />
        <source>The room “{name}” has been saved.</source>
        <translation>The room “{name}” has been saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="707" />
        <source>The room “{name}” is offered for new bookings again.</source>
        <translation>The room “{name}” is offered for new bookings again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="709" />
        <source>The room “{name}” is no longer offered for new bookings.</source>
        <translation>The room “{name}” is no longer offered for new bookings.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="718" />
        <source>Delete the room “{name}”? It can be restored from the bin for 30 days. A room that bookings use cannot be deleted; deactivate it instead.</source>
        <translation>Delete the room “{name}”? It can be restored from the bin for 30 days. A room that bookings use cannot be deleted; deactivate it instead.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="721" />
        <source>Delete room</source>
        <translation>Delete room</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="731" />
        <source>The room “{name}” has been moved to the bin.</source>
        <translation>The room “{name}” has been moved to the bin.</translation>
    </message>
</context>
<context>
    <name>SectionsTab</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1235" />
        <source>Sections of the application</source>
        <translation>Sections of the application</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1256" />
        <source>Text of the chosen section</source>
        <translation>Text of the chosen section</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1258" />
        <source>Write here; the text is saved by itself.</source>
        <translation>Write here; the text is saved by itself.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1262" />
        <source>Insert &amp;text block…</source>
        <translation>Insert &amp;text block…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1309" />
        <source>This programme asks for no text sections.</source>
        <translation>This programme asks for no text sections.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1332" />
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1367" />
        <source>Not saved yet…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1375" />
        <source>{count} characters</source>
        <translation>{count} characters</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1380" />
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} characters</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1389" />
        <source>{count} characters too many; the text is saved all the same.</source>
        <translation>{count} characters too many; the text is saved all the same.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1416" />
        <source>Over the limit of {limit} characters</source>
        <translation>Over the limit of {limit} characters</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1420" />
        <source>Required and still empty</source>
        <translation>Required and still empty</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1422" />
        <source>Optional and empty</source>
        <translation>Optional and empty</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1424" />
        <source>Filled in</source>
        <translation>Filled in</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1464" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1475" />
        <source>The text could not be saved just now; the next keystroke tries again.</source>
        <translation>The text could not be saved just now; the next keystroke tries again.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1489" />
        <source>Saved {time} — {count} characters over the limit; shorten it before submitting.</source>
        <translation>Saved {time} — {count} characters over the limit; shorten it before submitting.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1495" />
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1502" />
        <source>{reason} The text stays here.</source>
        <translation>{reason} The text stays here.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="182" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="184" />
        <source>Centre profile</source>
        <translation>Centre profile</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="187" />
        <source>These details appear on letterheads, notices and funding applications. Only the name is required.</source>
        <translation>These details appear on letterheads, notices and funding applications. Only the name is required.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="203" />
        <source>Program and backups</source>
        <translation>Program and backups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="208" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="213" />
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="218" />
        <source>School holidays and closures</source>
        <translation>School holidays and closures</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="223" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="229" />
        <source>Funding programmes</source>
        <translation>Funding programmes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="236" />
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="238" />
        <source>Show the profile as it is stored now; your input is discarded</source>
        <translation>Show the profile as it is stored now; your input is discarded</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="243" />
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="244" />
        <source>Show the stored profile again</source>
        <translation>Show the stored profile again</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="245" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="247" />
        <source>Save the profile ({shortcut})</source>
        <translation>Save the profile ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="258" />
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="319" />
        <source>The settings have been saved.</source>
        <translation>The settings have been saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="354" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings.py" line="355" />
        <source>You have changed the centre profile. Do you want to save the changes?</source>
        <translation>You have changed the centre profile. Do you want to save the changes?</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="414" />
        <source>Status of “{title}”</source>
        <translation>Status of “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="423" />
        <source>withdrawn (back to draft)</source>
        <translation>withdrawn (back to draft)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="429" />
        <source>e.g. sent by e-mail to Ms Berger</source>
        <translation>e.g. sent by e-mail to Ms Berger</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="433" />
        <source>As in the funder's letter</source>
        <translation>As in the funder's letter</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="436" />
        <source>e.g. 4.500,00</source>
        <translation>e.g. 4.500,00</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="442" />
        <source>&amp;New status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="444" />
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="445" />
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="447" />
        <source>&amp;File number of the funder:</source>
        <translation>&amp;File number of the funder:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="450" />
        <source>&amp;Approved amount (€):</source>
        <translation>&amp;Approved amount (€):</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="455" />
        <source>Current status: {status}</source>
        <translation>Current status: {status}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="458" />
        <source>This application is finished; its status does not change any more.</source>
        <translation>This application is finished; its status does not change any more.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="470" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/funding.py" line="541" />
        <source>File number of the funder: {reference}</source>
        <translation>File number of the funder: {reference}</translation>
    </message>
</context>
<context>
    <name>TextBlockChooser</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1134" />
        <source>Insert text block</source>
        <translation>Insert text block</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1139" />
        <source>Search the text blocks…</source>
        <translation>Search the text blocks…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1148" />
        <source>There are no text blocks yet. Keep texts you use again and again (about us, our rooms, our groups) under Funding applications ▸ Text blocks.</source>
        <translation>There are no text blocks yet. Keep texts you use again and again (about us, our rooms, our groups) under Funding applications ▸ Text blocks.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/application_editor.py" line="1156" />
        <source>&amp;Insert</source>
        <translation>&amp;Insert</translation>
    </message>
</context>
<context>
    <name>TextBlocksDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="71" />
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="83" />
        <source>Text blocks</source>
        <translation>Text blocks</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="76" />
        <source>Texts you need in many applications — about us, our rooms, our groups. In an application they are inserted with a click.</source>
        <translation>Texts you need in many applications — about us, our rooms, our groups. In an application they are inserted with a click.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="87" />
        <source>No text blocks yet. “New text block” starts the first one.</source>
        <translation>No text blocks yet. “New text block” starts the first one.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="94" />
        <source>e.g. About us</source>
        <translation>e.g. About us</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="99" />
        <source>The text as it should appear in the application</source>
        <translation>The text as it should appear in the application</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="111" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="114" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="137" />
        <source>&amp;New text block</source>
        <translation>&amp;New text block</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="141" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="144" />
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="150" />
        <source>&amp;Insert</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="152" />
        <source>Insert this text where the cursor is</source>
        <translation>Insert this text where the cursor is</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="226" />
        <source>{count} characters</source>
        <translation>{count} characters</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="300" />
        <source>Text block “{title}” saved.</source>
        <translation>Text block “{title}” saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="316" />
        <source>Delete the text block “{title}”? Applications that already contain its text keep it. The block goes to the bin, where it can be restored for 30 days.</source>
        <translation>Delete the text block “{title}”? Applications that already contain its text keep it. The block goes to the bin, where it can be restored for 30 days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="319" />
        <source>Delete text block</source>
        <translation>Delete text block</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/text_blocks.py" line="332" />
        <source>Text block “{title}” moved to the bin.</source>
        <translation>Text block “{title}” moved to the bin.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="138" />
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="143" />
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="146" />
        <source>Deleted entries can be restored here for 30 days, together with everything that was deleted with them.</source>
        <translation>Deleted entries can be restored here for 30 days, together with everything that was deleted with them.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="157" />
        <source>Deleted entries</source>
        <translation>Deleted entries</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="163" />
        <source>The bin is empty.
Nothing has been deleted in the last 30 days.</source>
        <translation>The bin is empty.
Nothing has been deleted in the last 30 days.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="176" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="238" />
        <source>“{what}” has been restored.</source>
        <translation>“{what}” has been restored.</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="99" />
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="100" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="101" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="102" />
        <source>Deleted by</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/trash.py" line="103" />
        <source>Restorable until</source>
        <translation>Restorable until</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="60" />
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="67" />
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="153" />
        <source>Save usage figures</source>
        <translation>Save usage figures</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="155" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>UsageView</name>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="185" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="186" />
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="187" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="188" />
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="189" />
        <source>Other period</source>
        <translation>Other period</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="192" />
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="196" />
        <source>&amp;from</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="198" />
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="200" />
        <source>Save as &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="221" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="221" />
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="225" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="221" />
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="221" />
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="225" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="225" />
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="228" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="228" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="228" />
        <source>Expected visitors</source>
        <translation>Expected visitors</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="233" />
        <source>Occupancy: the booked hours within the opening hours, in percent of the opening hours (open days without public holidays and closures). A booking of the whole hall counts for the hall, not for its parts.</source>
        <translation>Occupancy: the booked hours within the opening hours, in percent of the opening hours (open days without public holidays and closures). A booking of the whole hall counts for the hall, not for its parts.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="254" />
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="413" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="255" />
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="414" />
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="263" />
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="412" />
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="374" />
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="394" />
        <source>{first} to {last}: {events} dates, {hours} booked, {people} expected visitors.</source>
        <translation>{first} to {last}: {events} dates, {hours} booked, {people} expected visitors.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="410" />
        <source>Usage figures</source>
        <translation>Usage figures</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="425" />
        <source>usage {first} to {last}.csv</source>
        <translation>usage {first} to {last}.csv</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="436" />
        <source>The file could not be written: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/usage.py" line="441" />
        <source>Saved as {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="77" />
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="77" />
        <source>Change user</source>
        <translation>Change user</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="82" />
        <source>e.g. anna.schmidt</source>
        <translation>e.g. anna.schmidt</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="92" />
        <source>May log in</source>
        <translation>May log in</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="98" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="99" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="100" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="103" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="104" />
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="119" />
        <source>Bookings, meetings and attendance; names and phone numbers of people. No addresses, no finances.</source>
        <translation>Bookings, meetings and attendance; names and phone numbers of people. No addresses, no finances.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="122" />
        <source>Finances, receipts, funding applications and reports.</source>
        <translation>Finances, receipts, funding applications and reports.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="123" />
        <source>Everything except users and the audit trail.</source>
        <translation>Everything except users and the audit trail.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="124" />
        <source>Everything, including users and the audit trail.</source>
        <translation>Everything, including users and the audit trail.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="281" />
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="286" />
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="289" />
        <source>Once the first user exists, everyone logs in. Each role sees only what it needs; every change is recorded with the user's name.</source>
        <translation>Once the first user exists, everyone logs in. Each role sees only what it needs; every change is recorded with the user's name.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="297" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="298" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="299" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="300" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="301" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="302" />
        <source>Last log-in</source>
        <translation>Last log-in</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="309" />
        <source>&amp;New user…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="311" />
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="313" />
        <source>&amp;Set password…</source>
        <translation>&amp;Set password…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="315" />
        <source>P&amp;IN…</source>
        <translation>P&amp;IN…</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="317" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="356" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="356" />
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="357" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="384" />
        <source>User “{name}” created.</source>
        <translation>User “{name}” created.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="394" />
        <source>User “{name}” saved.</source>
        <translation>User “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/users.py" line="403" />
        <source>The password of “{name}” has been changed.</source>
        <translation>The password of “{name}” has been changed.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="142" />
        <source>Week calendar</source>
        <translation>Week calendar</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="223" />
        <source>Free: {date}, {time}</source>
        <translation>Free: {date}, {time}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="234" />
        <source>{date}, {start}–{end}</source>
        <translation>{date}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="239" />
        <source>Room: {rooms}</source>
        <translation>Room: {rooms}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="242" />
        <source>Group: {name}</source>
        <translation>Group: {name}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="244" />
        <source>Contact: {name}</source>
        <translation>Contact: {name}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="246" />
        <source>Responsible: {name}</source>
        <translation>Responsible: {name}</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="249" />
        <source>Expected: {count} people</source>
        <translation>Expected: {count} people</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="253" />
        <source>Date of a series</source>
        <translation>Date of a series</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="253" />
        <source>One-off</source>
        <translation>One-off</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="255" />
        <source>Date of a series, changed on its own</source>
        <translation>Date of a series, changed on its own</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/widgets/week_view.py" line="258" />
        <source>Private</source>
        <translation>Private</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="107" />
        <source>Mo</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="108" />
        <source>Tu</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="109" />
        <source>We</source>
        <translation>We</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="110" />
        <source>Th</source>
        <translation>Th</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="111" />
        <source>Fr</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="112" />
        <source>Sa</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_rooms.py" line="113" />
        <source>Su</source>
        <translation>Su</translation>
    </message>
</context>
<context>
    <name>WeeklyPlan</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/weekly_plan.py" line="45" />
        <source>Save weekly plan</source>
        <translation>Save weekly plan</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/weekly_plan.py" line="51" />
        <source>Save door sign</source>
        <translation>Save door sign</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/weekly_plan.py" line="56" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/weekly_plan.py" line="62" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/weekly_plan.py" line="63" />
        <source>Saved as {file}. Open it now to print it?</source>
        <translation>Saved as {file}. Open it now to print it?</translation>
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
<context>
    <name>_BlockTable</name>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="479" />
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../src/quartierstreff/ui/pages/settings_programmes.py" line="481" />
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>_MinutesDelegate</name>
    <message>
        <location filename="../../src/quartierstreff/ui/dialogs/meeting.py" line="303" />
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
</TS>
