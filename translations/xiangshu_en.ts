<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Xiangshu Workbench: public data resources for Hunan&apos;s data bureaus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the recovery passphrase in FILE (first line), for scripted starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on AREA: catalog, sharing, registration, grants, pricing, audits, sync or audit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::AccessPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a workflow command for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog entry does not exist on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not %2 catalog entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry belongs to another department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot %1 an entry that is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not edit catalog entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cataloguers create and edit entries of their own department only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status changes only through workflow commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not edit data items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data item&apos;s catalog entry does not exist on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not change records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators maintain departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration does not exist on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not take registration steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators publish the working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar year&apos;s record id must be the one derived from its year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not edit registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an application not yet accepted can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes only through registration steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators set registration deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deadline rule&apos;s record id must be the one derived from its step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators maintain checklist templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a published checklist is not changed: publish a new version instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task is assigned to other auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an auditor of the task cannot also review it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a planned task is deleted, by its planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task under review or completed is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managers plan and assign tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not plan field audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit task does not exist on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit is recorded while the task is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not exist on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot %1 a record that is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes only through workflow steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rectification order is addressed to another department or operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators delete rectification orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not issue rectification orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an order is corrected only before the rectification begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file of a piece of evidence is not replaced: add the new file as new evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the department holding the data answers this sharing request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the requesting department supplies material for or withdraws this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators delete sharing requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not ask for shared data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a department asks for shared data in its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sharing request is changed only to supply requested material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask again for another resource or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators delete quality feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not file quality feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a department files quality feedback in its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback is corrected only before it is verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file new feedback for another resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open-data demand is assigned to another department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators delete open-data demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not register open-data demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open-data demand is corrected only before it is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators delete usage records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a usage record is kept as written: add a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not record the use of shared data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sharing request does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the requesting department records its use of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use is recorded once the data has been delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage records are kept %1 years: this one until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is used between its delivery and today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators delete security reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not make security reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a concluded security review is never changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a new review for another subject or checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an update frequency is retired, never deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators maintain update frequencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators set the scorecard&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off is given only by the department head&apos;s step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a published entry changes through a revision that another person approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the entry&apos;s department revises it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators delete revisions: discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision is changed only while it is being revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision stays with its entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision&apos;s period is extended only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person who submitted a revision does not decide on it: another reviewer does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is no longer published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the hub takes the step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement does not exist on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not changed once the application is decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only who added the record uploads its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not read the files of field audits and registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not add application materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file of a material is not replaced: add the new file as another one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::AccountsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;All Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;Selected Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are reset on the hub&apos;s machine: xiangshu-hub users reset-password NAME. A new password ends the account&apos;s other sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the hub (Sync area) to administer its accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators administer the hub&apos;s accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions of %1: %n</source>
        <translation>
            <numerusform>Sessions of %1: %n</numerusform>
            <numerusform>Sessions of %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? Their sessions end at once and they cannot log in until an administrator enables the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session of %1? That desktop must log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End every session of %1? Each of their desktops must log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own account: another administrator disables it if need be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::AdminPage</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts &amp;&amp; Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Holiday Schedule...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Rule...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, name or division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators change this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::AdminTables</name>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity of a registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First registration of products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to an open-data demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of price caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial price period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits a department&apos;s catalog entries and data items, and submits them for publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works the registration queue: acceptance, missing material, formal review, public notice, objections and coding; publishes catalog entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads dashboards; signs off on grants and price caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits operators and departments, records findings offline and syncs later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, roles, departments, holiday schedules, deadline rules and the hub connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): %1</source>
        <translation>
            <numerusform>%n day: %1</numerusform>
            <numerusform>%n days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by %1, not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, published by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::AgreementScope</name>
    <message>
        <source>&quot;%1&quot; is not an entry of the catalog: choose the resources from the authorized-operation catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a published entry of the authorized-operation catalog (授权运营目录)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::AttachmentRecords</name>
    <message>
        <source>a file holds 1 byte to %1 MiB; this one has %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file is a JPEG or PNG image or a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::AttachmentStore</name>
    <message>
        <source>part %1 of attachment %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1 is not on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes stored, %2 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 is %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored file for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::AttachmentSync</name>
    <message>
        <source>a transfer is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has not reached the hub yet: its auditor&apos;s desktop sends it on its next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the downloaded file does not match the SHA-256 its record names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::AuditLogModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the hub (batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in this cursor range</source>
        <translation>
            <numerusform>%n record in this cursor range</numerusform>
            <numerusform>%n records in this cursor range</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::AuditPage</name>
    <message>
        <source>Search record, field, values, reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s), each linked to the one before by its SHA-256 hash.</source>
        <translation>
            <numerusform>The audit trail is intact: %n record, each linked to the one before by its SHA-256 hash.</numerusform>
            <numerusform>The audit trail is intact: %n records, each linked to the one before by its SHA-256 hash.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n record exported to %1.</numerusform>
            <numerusform>%n records exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit records match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit records yet. Every change made in this app, every workflow step and every record received from the hub will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has anchored it up to record %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::AuditTaskListModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::AuditTrail</name>
    <message>
        <source>audit record %1 does not follow the record before it (a record was removed, inserted or altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit record %1 was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::BackupController</name>
    <message>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiangshu database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A backup is always written to a new file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing and verifying the backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::BulkEditDialog</name>
    <message>
        <source>Bulk Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set one field on the %n selected entries.</source>
        <translation>
            <numerusform>Set one field on the %n selected entry.</numerusform>
            <numerusform>Set one field on the %n selected entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed when a selected entry is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n entries would break a rule.</source>
        <translation>
            <numerusform>Nothing was changed: %n entry would break a rule.</numerusform>
            <numerusform>Nothing was changed: %n entries would break a rule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::CalendarCommands</name>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N must be a whole number from 0 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli calendar is-workday DATE | add-workdays DATE N | workdays-between A B | years | publish FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published the holiday schedule of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provisional deadline(s) counted again on it.</source>
        <translation>
            <numerusform>%n provisional deadline counted again on it.</numerusform>
            <numerusform>%n provisional deadlines counted again on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::CalendarPublisher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a holiday schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a holiday schedule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators publish holiday schedules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CalendarYear</name>
    <message>
        <source>the calendar&apos;s %1 are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar names no valid year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar of %1 does not cite the notice it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar of %1 lists too many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a holiday in the calendar of %1 has no name or invalid dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a make-up working day in the calendar of %1 has an invalid date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CapSignOff</name>
    <message>
        <source>Cap in force: %1 yuan (signed off by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap of %1 yuan proposed by %2, waiting for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal of the cap proposed by %1, waiting for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap is in force yet: until a manager signs one off, only a trial price (试行) may be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not take this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposed cap is waiting for a sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You proposed this cap: another manager signs it off (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is above the cap in force (%1 yuan): lower it before returning the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial period (试行) ended on %1: a manager must sign off a cap before this product charges again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogBulkEdit</name>
    <message>
        <source>%1 cannot be edited in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is published: give a reason for the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries would break a rule; nothing was changed.</source>
        <translation>
            <numerusform>%n entry would break a rule; nothing was changed.</numerusform>
            <numerusform>%n entries would break a rule; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>This entry is published: change it through a revision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogColumns</name>
    <message>
        <source>「%1」 is not 是 or 否.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data items are not a JSON array: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data item %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogCommands</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the format with --format csv|xlsx|json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown catalog &quot;%1&quot;: use share, open or authorized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogEntryEditor</name>
    <message>
        <source>&amp;Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New catalog entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — read only for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the data items: every item needs a Chinese name, an identifier of letters, digits and _, and a data type.</source>
        <translation>
            <numerusform>%n problem in the data items: every item needs a Chinese name, an identifier of letters, digits and _, and a data type.</numerusform>
            <numerusform>%n problems in the data items: every item needs a Chinese name, an identifier of letters, digits and _, and a data type.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for changing a published entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for restoring this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this change made? It is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality: accuracy %1 · completeness %2 · timeliness %3 · consistency %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off by the department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being revised: the form shows the revision, the published version stays in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for changing the data items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field differs from the published version: there is nothing to revise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisi&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogExportAction</name>
    <message>
        <source>Export Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which entries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogExporter</name>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogFacetModel</name>
    <message>
        <source>Provider department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogHistoryModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data item added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data item removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogHistoryPanel</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the entry&apos;s fields as they were right after the selected change. The restore is recorded as a new change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Select a change to go back to the version it made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogImportDialog</name>
    <message>
        <source>Import Catalog Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.xlsx *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv, .xlsx or .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be imported.&lt;/b&gt; %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dry run of %1&lt;/b&gt;%2: %3 to create, %4 to update, %5 unchanged, %6 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes every row at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the failed rows in the file and import it again; nothing is written while a row fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogImporter</name>
    <message>
        <source>The JSON file is malformed at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file has no &quot;entries&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required columns are missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 cells but there are %2 headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource code %1 is already in row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no department has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data item %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed the dry run; nothing was imported.</source>
        <translation>
            <numerusform>%n row failed the dry run; nothing was imported.</numerusform>
            <numerusform>%n rows failed the dry run; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>it cannot be submitted: %1. Import it as a draft and have it signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is published: change it through a revision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogPage</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the entries that claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match. Clear a filter or search for less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>一数一源 issues (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the entry you were editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the entries to change in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches resource names, codes, abstracts and source information systems, Chinese substrings included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the entry of the chosen revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions to review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the entry that holds the data item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一数一源 issues (counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一数一源 issues (not read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogRepository</name>
    <message>
        <source>This entry is published: give a reason for the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step does not apply to an entry that is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogRevisionDialog</name>
    <message>
        <source>Save as a Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1. The published version stays in use until another person approves the revision. After a change of law or of the department&apos;s duties the entry is updated within %2 working days (once extendable by %3); the data department decides within %4 working days (政务数据共享条例 §17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogRevisionDiffModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogRevisionPanel</name>
    <message>
        <source>You submitted this revision: another reviewer decides on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision is open. Change the fields and save: the changes become a revision, and the published version stays in use until another person approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions are for published entries; a draft is edited directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department updates the entry by %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (extended once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by %1 on %2; the data department decides by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogRevisionQueueModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogRevisionQueuePanel</name>
    <message>
        <source>Revisions of published entries: the data department decides within 2 working days of a submission, and never on a revision its own reviewer submitted. Choose a row to open the entry at its revision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogRevisionWorkflow</name>
    <message>
        <source>the revised fields are not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revision changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision does not change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a published entry is revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry has an open revision already: continue that one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the day the law or the department&apos;s duties changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain the reason for the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved and published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of law or regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the department&apos;s duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogRules</name>
    <message>
        <source>「%1」 is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the catalog name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the resource code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource code must be the class part (类 1 digit, 项 2, 目 3, 细目 3), a slash and a 6-digit sequence, e.g. 101001001/000001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sharing attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional sharing needs the sharing scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional sharing needs the purpose of use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sharing needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sharing needs its legal basis (laws, regulations or State Council decisions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the data is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional opening needs the open conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data item is graded %1, so the resource must be graded at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the update frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorized-operation catalog needs the data scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorized-operation catalog needs a quality statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the data item&apos;s Chinese name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the data item&apos;s identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier starts with a letter and holds only letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is graded lower than %1: raise its grade first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data graded %1 is never opened unconditionally: open it under conditions, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogSignOff</name>
    <message>
        <source>Risks under control; may be submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs changes and a new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the impact assessment (confidentiality, personal information and its conclusion) is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the impact assessment concludes that the entry needs changes; assess it again once they are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department head has not signed off the entry and its impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogTableModel</name>
    <message>
        <source>%1 — overdue under its update frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogTreeModel</name>
    <message>
        <source>Department / resource / data item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources / code / identifier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CatalogVocabulary</name>
    <message>
        <source>Unconditional sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconditionally open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditionally open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meteorological services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government data sharing catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public data open catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized operation catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ChainAnchors</name>
    <message>
        <source>the hub&apos;s receipt for audit record %1 (%2) is not a valid receipt for this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt for audit record %1 was signed by key %2, not by the hub&apos;s key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail no longer has record %1, which the hub anchored on %2: it was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit record %1 is not the one the hub anchored on %2: the trail was cut and rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ChartCard</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ChartExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ChecklistModel</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the result of item %1 first, then add a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ChecklistPanel</name>
    <message>
        <source>The checklist of this task is not on this computer yet: sync to fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items answered, %3 not conforming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 on a result or note to answer; each answer is saved at once, offline too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ChoiceListInput</name>
    <message>
        <source>Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — can no longer be chosen; kept until removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry known here; kept until removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ChoicePickerDialog</name>
    <message>
        <source>Type part of a name or department to narrow the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CliContext</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty; its first line must hold the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database at %1. Create one with &quot;xiangshu-cli init&quot;, or give --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-keychain needs --passphrase-file to unlock the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To unlock with the recovery passphrase, put it in a file and add --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CliRunner</name>
    <message>
        <source>Create a new encrypted database; store its key in the keychain and wrap it under a recovery passphrase (--passphrase-file) or a printed recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show versions, cipher settings, the database id and record counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 0 if the database opens with the stored key (or the passphrase); otherwise 3, 4 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every page&apos;s HMAC, SQLite&apos;s integrity and foreign keys; exit 4 names the first failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online backup to a new file: write, fsync, verify, rename. DEST opens with the same key; the recovery file is copied next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database key, crash-safely. The new key is wrapped under --new-passphrase-file, else the unlocking passphrase, else a new printed recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli [global options] COMMAND [arguments] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works offline on the same encrypted database as Xiangshu Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file (default: the app&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock with the recovery passphrase in FILE (first line) instead of the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never touch the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output: one JSON object on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage, 3 cannot unlock, 4 corrupt, 5 schema newer than this program, 6 sync conflicts or rejections, 7 network or TLS, 8 validation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;xiangshu-cli --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;xiangshu-cli --help&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong arguments for &quot;%1&quot;. Usage: xiangshu-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push local changes, then pull the hub&apos;s. Exit 6 if conflicts or rejected changes wait; 7 on network or TLS failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the conflicts a sync left, or resolve one by taking this computer&apos;s values or the hub&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import catalog entries. Every row is checked first; the dry run reports each row and writes nothing. A real import writes all rows in one transaction, or nothing and exit 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export catalog entries with their data items; importing the file gives the same catalog back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days by the official holiday schedules (dates as YYYY-MM-DD). Past the loaded years, days count Monday to Friday and the answer is marked provisional (&quot;provisional&quot;: true). years warns from 1 November when next year&apos;s schedule is missing; publish (administrators) adds a year and counts provisional deadlines again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search catalog names, codes, abstracts and source systems (Chinese substrings too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-hash every stored evidence file and report each whose SHA-256 no longer matches (exit 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks lists the field audit tasks on this computer with their state, planned day and auditors; overdue ones are marked. export-report writes a task&apos;s field audit record (现场核查记录) as PDF: checklist, findings, evidence thumbnails and hashes, signature lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list shows the requests on this computer (sharing requests, quality feedback and open-data demand: resource, requester, provider, state, running deadline, overdue); export writes every request of one kind (sharing unless --kind says; usage: the records of the use of shared data) with all its fields, for audit bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update frequencies catalog entries choose from (administrators): list them; set adds one or changes after how many days an entry under it is overdue (- for never); retire stops offering one (entries keep it), restore offers it again. Synced through the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department scorecard (绩效考核) of a quarter or year (this quarter unless --period names one): every department&apos;s catalog coverage, entries updated on time, sharing requests answered, quality feedback corrected, orders closed and open-data demand answered on time, the weighted score, rank and change on the period before; printed, or written whole to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline rules of registration and the renewal rule, versioned: list them (built in, or published by whom and when); show one with its earlier values; publish (administrators) a JSON file {&quot;rules&quot;: [{step, value, unit, source}]}, checked whole before anything is written. Synced through the hub; deadlines already running keep the rule they started under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the province hub and keep the token in the keychain; the hub address, CA file, pin and signing key are remembered in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search data item names, identifiers and descriptions; each result names its resource. Two characters are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with deterministic demo data for Hunan (--scale small|bench|large|province).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ConflictDialog</name>
    <message>
        <source>Resolve Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was deleted on one side and edited on the other. Choose whether it stays, and for each field in bold which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer and the hub both changed the fields in bold. Tick the value to keep in each of them. Dimmed fields were changed on one side only and merged by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take All from &amp;Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value in every row in bold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ConflictFieldsModel</name>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged by itself: only one side changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: choose this computer&apos;s value or the hub&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ConflictListModel</name>
    <message>
        <source>Deleted on one side, edited on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CreateDatabaseDialog</name>
    <message>
        <source>Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Xiangshu Workbench.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A new encrypted database will be created at:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Its key is kept in this computer&apos;s keychain. If the keychain is ever lost (a new computer, a reset profile), the recovery code or passphrase is the only way back into the data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a &amp;recovery code for me (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my own recovery &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::CsvCodec</name>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote. Quotes inside a cell must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quote opens a cell that never closes. Check for an unbalanced &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a heading row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a value in column %2, right of the last heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::DashboardCharts</name>
    <message>
        <source>Nothing to show for this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::DashboardFrame</name>
    <message>
        <source>%1; period: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::DataItemSearchModel</name>
    <message>
        <source>%1 (%2) in %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::DataItemSearchPanel</name>
    <message>
        <source>Search data items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the names, identifiers and descriptions of every resource&apos;s data items, e.g. 身份号码 or tyshxydm. Enter opens the resource of the chosen item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a data item&apos;s name, identifier or description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data item matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n data items; scroll for more.</source>
        <translation>
            <numerusform>The first %n data item; scroll for more.</numerusform>
            <numerusform>The first %n data items; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data item(s) found.</source>
        <translation>
            <numerusform>%n data item found.</numerusform>
            <numerusform>%n data items found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::DataItemsEditor</name>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows in Excel in this column order, then paste: name, identifier, type, length, minimum grade, sensitive, authoritative, description.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::DataItemsModel</name>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::DatabaseCommands</name>
    <message>
        <source>The recovery passphrase must be at least %1 characters long; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a file. Choose another --database or move the file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used (--no-keychain): unlock with the recovery passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created encrypted database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key in keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery file: %1 (keep a copy with your backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (shown once; write it down and keep it safe):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher: %1; page size %2; KDF iterations %3 (not used: the key is a raw 256-bit key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1; Qt %2; SQLCipher %3; SQLite %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database opens with the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verified: every page&apos;s HMAC, SQLite&apos;s integrity check, foreign keys and the audit trail&apos;s hash chain (%n record(s)) are in order.</source>
        <translation>
            <numerusform>Verified: every page&apos;s HMAC, SQLite&apos;s integrity check, foreign keys and the audit trail&apos;s hash chain (%n record) are in order.</numerusform>
            <numerusform>Verified: every page&apos;s HMAC, SQLite&apos;s integrity check, foreign keys and the audit trail&apos;s hash chain (%n records) are in order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub anchored the trail at record %1 on %2 (key %3); %n later record(s) are not anchored yet.</source>
        <translation>
            <numerusform>The hub anchored the trail at record %1 on %2 (key %3); %n later record is not anchored yet.</numerusform>
            <numerusform>The hub anchored the trail at record %1 on %2 (key %3); %n later records are not anchored yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has not anchored this trail yet (no receipt: nothing pushed since anchoring began, or a hub that does not sign).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::DatabaseError</name>
    <message>
        <source>The key does not open this database. Unlock it with the recovery passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Xiangshu Workbench database, or it is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of Xiangshu Workbench. Update this program before opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another process. Close the other Xiangshu Workbench window or command, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file or its folder is read-only. Check the permissions or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at this location; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be read or written. Check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected database error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values break a rule; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::DatabaseStatusIndicator</name>
    <message>
        <source>Encrypted · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1
Database id: %2
Encrypted with SQLCipher (AES-256, HMAC-SHA512)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::DateRangeBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked: every period. Ticked: agreements whose term overlaps the period, and the prices and reports within it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::DeadlineRuleDialog</name>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines already running keep the value they were counted with. The hub receives the rule at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the article or decision the rule comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::DeadlineRuleInForce</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::DeadlineRules</name>
    <message>
        <source>the deadline rule &quot;%1&quot; has no valid value or unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::EntitySchema</name>
    <message>
        <source>unknown field &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::EvaluationCycles</name>
    <message>
        <source>Enter each cycle&apos;s first and last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle from %1 starts before the one before it ends: list cycles in order, without overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle %1–%2 lies outside the agreement&apos;s term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cycle %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cycle %1–%2 (assumed: none recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum allowed revenue of its years: %1 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less the revenue above the previous cycle&apos;s maximum, %1 yuan, deducted from its years in order: %2 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual revenue: %1 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan is carried into the next cycle and deducted from its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is carried into the next cycle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::EvidenceListModel</name>
    <message>
        <source>On the hub only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; the hub checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the hub; kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (GPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (downscaled on request)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::EvidencePanel</name>
    <message>
        <source>Add evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch from the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence for this task yet. Its auditors add photos and scans while the task is in progress, offline too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (kept encrypted on this computer; opened from memory):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the file from the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (JPEG, PNG) or scanned documents (PDF), up to %1 MiB each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is added by the task&apos;s auditors while it is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scanned documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting and storing the evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, over the limit of %3 MiB a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added as evidence; they are sent to the hub at the next sync.</source>
        <translation>
            <numerusform>%n file added as evidence; it is sent to the hub at the next sync.</numerusform>
            <numerusform>%n files added as evidence; they are sent to the hub at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is on the hub only: fetch it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is intact: its SHA-256 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not fetched: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fetched from the hub and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downscale photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos added now are made at most %1 pixels on the longer side, their EXIF date, place and camera kept; the evidence says it was downscaled. PDFs are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; tick &quot;Downscale photos&quot; to add it smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::EvidenceViewer</name>
    <message>
        <source>A scanned document (PDF). Its bytes are here and verified; this version shows photos only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (GPS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::FieldAuditCommands</name>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit tasks on this computer; sync to fetch those planned for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISMATCH %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli attachments verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) re-hashed (%1 MiB); every SHA-256 matches.</source>
        <translation>
            <numerusform>%n attachment re-hashed (%1 MiB); every SHA-256 matches.</numerusform>
            <numerusform>%n attachments re-hashed (%1 MiB); every SHA-256 matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) re-hashed (%1 MiB); %2 do not match their SHA-256.</source>
        <translation>
            <numerusform>%n attachment re-hashed (%1 MiB); %2 do not match their SHA-256.</numerusform>
            <numerusform>%n attachments re-hashed (%1 MiB); %2 do not match their SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli audit export-report TASK FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing needs the offscreen platform of Qt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field audit record of %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli audit tasks | audit export-report TASK FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::FieldAuditPage</name>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit tasks on this computer. Managers plan them; sync to fetch those assigned to you, then work on them offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · planned for %3 · auditors: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is answered once the visit has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit has been submitted; its record is no longer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the task&apos;s auditors answer the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s) are not answered. Submit the visit for review anyway?</source>
        <translation>
            <numerusform>%n checklist item is not answered. Submit the visit for review anyway?</numerusform>
            <numerusform>%n checklist items are not answered. Submit the visit for review anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>The finding was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding recorded; it is sent to the hub at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings are recorded by the task&apos;s auditors while it is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export record (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Field Audit Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field audit record %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field audit record written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of the visit (现场核查记录): checklist, findings, evidence thumbnails and hashes, signature lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue rectification order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification orders (%1 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was not issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification order issued; the hub counts its deadline and sends it on at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order already follows this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors and reviewers issue orders after a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit planned; it is sent to the hub, and to its auditors, at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changed; the change is sent to the hub at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::FieldAuditReport</name>
    <message>
        <source>No evidence was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the file is on the hub; fetch it to print its thumbnail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(scanned document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the photo cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit task %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field Audit Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items answered, %3 not conforming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited party (signature and seal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by Xiangshu Workbench on %1 from the records on this computer; each SHA-256 identifies the evidence file it names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::FieldAuditRules</name>
    <message>
        <source>item code &quot;%1&quot; is not 1 to %2 letters, digits, dots or dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item code %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 does not say what to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checklist needs at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list each severity once, and at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions count from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a published checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist is for another kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audited department, operator or registration is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign at least one auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer&apos;s id is its task&apos;s and its item&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not on the task&apos;s checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of the checklist&apos;s severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SHA-256 is 64 lower-case hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task&apos;s evidence would hold %1 MiB, over its limit of %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::FieldAuditServices</name>
    <message>
        <source>The finding is not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (v%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::FieldAuditVocabulary</name>
    <message>
        <source>Catalog and data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security risk assessment and conformity review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::FieldInput</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::FieldLabels</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for not sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis for not sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related resource codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the sharing catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the open catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the authorized-operation catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed for your role or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed in the record&apos;s current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not know this kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made after a change the hub rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cataloguer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of operating term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing-materials notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual operating report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable return r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-year Treasury yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of that yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost survey year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from the last cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum allowed revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline before the schedule was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source information system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severities of findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification deadline (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows a record of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date counted on an unpublished holiday schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downscaled on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing material notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material requested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons or note of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result fed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-data demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use and content wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer period (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of shared data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by (person or system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business it served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request or agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal-information impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog entry revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law or duties changed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to the registration on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be applied to the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price cap in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial price (试行, until a cap is in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::FileRecorder</name>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 MiB; a file holds at most %3 MiB. Downscale the photo or scan the document at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG image or a PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::FindingDialog</name>
    <message>
        <source>Record a Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, where, and against which requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::FindingListModel</name>
    <message>
        <source>No order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::FirstRegistrationDeadline</name>
    <message>
        <source>Agreement &quot;%1&quot; started operating on %2: the first registration was due by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Filed on %1, %n working day(s) late.</source>
        <translation>
            <numerusform>Filed on %1, %n working day late.</numerusform>
            <numerusform>Filed on %1, %n working days late.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filed on %1, in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First registration of its products: due by %1, not filed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First registration of its products: due by %1, not filed: %n working day(s) overdue.</source>
        <translation>
            <numerusform>First registration of its products: due by %1, not filed: %n working day overdue.</numerusform>
            <numerusform>First registration of its products: due by %1, not filed: %n working days overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::FrequencyCommands</name>
    <message numerus="yes">
        <source>overdue after %n day(s)</source>
        <translation>
            <numerusform>overdue after %n day</numerusform>
            <numerusform>overdue after %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>never overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no update frequency &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS is a number of days, or - for a frequency never overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the update frequency &quot;%1&quot;; the hub receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::GrantAccess</name>
    <message>
        <source>unknown disclosure kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a disclosure needs the year it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workflow command for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not exist on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not edit grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only administrators delete grant records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes only through workflow steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::GrantDashboardPage</name>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized operation at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owing a disclosure past 31 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogued resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources overdue for update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments publishing a catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active grants by mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active grants by city (市州)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active grants by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products by use class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 departments have published catalog entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue operating reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owing an operating report past 31 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating without a first registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating past the first registration&apos;s due date without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products traded on an exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a product listed on a data exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements naming a withdrawn resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naming a resource no longer in the authorized-operation catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::GrantEditorDialog</name>
    <message>
        <source>%1 — Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed before the plan is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save first, then add them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 yuan (cap %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: revenue %2 yuan, maximum %3 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes before taking this step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · trial price (试行)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · cap waiting for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::GrantListModel</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::GrantRecordsPanel</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>← &amp;Back to the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;XLSX...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::GrantRepository</name>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a record of authorized operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in the authorized-operation catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::GrantRules</name>
    <message>
        <source>Your role may not take this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step does not apply to a record in the state &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan lacks required sections: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal needs a new end date after the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term is longer than %1 years; agreements run at most %1 years in principle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grant mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the operator was selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one data resource in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 18-character unified social credit code; its last character did not check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the use class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products for public governance and welfare are free: no price or cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the product is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only fee-charging products for industry are traded on an exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exchange the product is listed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the listing code the exchange gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the product was listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the listing stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::GrantVocabulary</name>
    <message>
        <source>Whole grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant by scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis and objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data scope and catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update frequency and data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection of the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term and exit mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and services in two classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and revenue accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision, evaluation and disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public governance and welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry and sector development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per unit of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per data volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product and service list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, awaiting security review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunan Big Data Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai Data Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shenzhen Data Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing International Big Data Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Big Data Exchange (Guiyang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another data exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed and trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::HubAccountsModel</name>
    <message>
        <source>Failed logins in the hub&apos;s last window; enough of them lock the account for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::HubBackup</name>
    <message>
        <source>it cannot be opened as an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a hub store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed (Debian: apt install postgresql-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file. Choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hub store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the hub store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup written is not sound: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot name the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 records (up to change %2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub is serving %1. Stop it first (systemctl stop xiangshu-hub), then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the hub store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 beside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the restored store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the restored store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set %1 aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the restored store in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 records from %2 into %3; changes continue from %4, and everyone signs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the hub store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup written is not sound: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the PostgreSQL hub store to %1 (pg_dump, custom format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 records from %2; changes continue from %3, and everyone signs in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::HubClient</name>
    <message>
        <source>cannot read a certificate from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub address must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presented %1, pinned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token in the login answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub&apos;s attachment status is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 does not match the SHA-256 the hub states</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::HubCommandLine</name>
    <message>
        <source>Run &quot;xiangshu-hub --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve needs --%1 (the hub speaks HTTPS only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT with a numeric address, e.g. 127.0.0.1:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate or key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate or key is not valid PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the hub database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dev-cert needs the folder to write into: xiangshu-hub dev-cert DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --database LOCATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub already holds records; demo data goes only into an empty hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar publish needs one FILE and --database LOCATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a holiday schedule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish the schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published the holiday schedule of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written: %1 departments, %2 registration applications, %4 records of authorized operation; users demo-cataloguer, demo-reviewer, demo-manager, demo-auditor and demo-admin with the password %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counted %n provisional deadline(s) again on it; desktops receive them at their next sync.</source>
        <translation>
            <numerusform>Counted %n provisional deadline again on it; desktops receive it at their next sync.</numerusform>
            <numerusform>Counted %n provisional deadlines again on it; desktops receive them at their next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>--trusted-proxy must be the proxy&apos;s numeric address, e.g. 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-connections-per-address must be a number from 2 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being restored; serve it once the restore has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-hub %1 FILE --database LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-hub verify --database LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the hub&apos;s trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s trail is broken at entry %1 of %2 checked: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The hub&apos;s trail is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>The hub&apos;s trail is intact: %n entry checked.</numerusform>
            <numerusform>The hub&apos;s trail is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: xiangshu-hub COMMAND [options]

Commands:
  serve --database PATH|postgresql://... --listen HOST:PORT --cert FILE --key FILE [--token-ttl SECONDS]
        [--trusted-proxy ADDRESS] [--signing-key FILE] [--max-connections-per-address N]
        [--max-pending-handshakes N]
      Serve the sync protocol (hub/PROTOCOL.md) over HTTPS only. X-Forwarded-For is believed only
      from the --trusted-proxy address (the nginx in front). With --signing-key, every push that
      carries the desktop&apos;s audit trail head gets a receipt signed with that Ed25519 key.
  dev-cert DIR
      Write a self-signed certificate and key for localhost and 127.0.0.1 into DIR and print the
      certificate&apos;s SHA-256 fingerprint (for a desktop&apos;s --pin); also a signing key, if DIR has none.
  signing-key FILE
      Make the hub&apos;s Ed25519 signing key (FILE, owner-only) and its public key (FILE.pub, for
      desktops). Every hub serving one store uses the same key. Never overwrites.
  user add NAME --role cataloguer|reviewer|manager|auditor|admin --password-file FILE
           [--department CODE] --database PATH|postgresql://...
      Add a user (also: users add).
  users list --database PATH|postgresql://...
      Every user: role, department, disabled or not, sessions, failed logins of the last hour.
  users disable|enable NAME --database ...
      Disable a user (their sessions end at once; no login until enabled) or enable them again.
  users reset-password NAME --password-file FILE --database ...
      Set a new password; every session of the user ends, and their failed logins are cleared.
  users sessions NAME --database ...
      The user&apos;s sessions (tokens) not expired: id, signed in, expires.
  users revoke NAME [--session ID] --database ...
      End one session, or all of the user&apos;s.
  users unlock NAME --database PATH|postgresql://...
      Clear a user&apos;s failed logins, so they may log in at once.
  calendar publish FILE --database PATH|postgresql://...
      Publish a year of the official holiday schedule (the format of resources/calendar/*.json);
      desktops receive it at their next sync. A year already published is replaced.
  backup FILE --database PATH|postgresql://...
      Copy the hub&apos;s store to FILE while the hub serves (SQLite: VACUUM INTO; PostgreSQL: pg_dump,
      custom format). FILE must not exist.
  restore FILE --database PATH|postgresql://...
      Replace the store with a backup (stop the hubs first). The change counter never goes back,
      everyone signs in again, and a SQLite store replaced is kept as PATH.replaced-TIME.
  verify --database PATH|postgresql://...
      Walk the hub&apos;s own trail (every operation accepted or refused, login and administrative act,
      hash-chained) and name the first entry that was altered, inserted or removed. Exit 4 then.
  demo --database PATH|postgresql://...
      Seed the hub with the demo data of xiangshu-cli demo and one demo user per role
      (demo-cataloguer, demo-reviewer, demo-manager, demo-auditor, demo-admin).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-pending-handshakes must be a number from 16 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key: %1 (public: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing-key needs the file to write: xiangshu-hub signing-key FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key: %1 (keep it private; serve --signing-key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:  %1.pub (give it to desktops: xiangshu-cli login --hub-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id:      %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::HubError</name>
    <message>
        <source>The province hub cannot be reached. Check the network and the hub address; your changes stay on this computer and are sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted (unknown issuer, wrong host name or expired). Check the hub address and the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not the pinned one. Do not connect until the hub administrator confirms the new fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub needs a new login (wrong user name or password, or the session expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins. Wait 15 minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not handle the request now. Nothing was lost; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read. The hub may run an incompatible version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s database could not be read or written; nothing was sent or lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::HubKeyFiles</name>
    <message>
        <source>%1 exists already; a signing key is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the signing key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::HubLogin</name>
    <message>
        <source>Logged in, but the keychain cannot keep the token, and it is never stored anywhere else. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::HubLoginDialog</name>
    <message>
        <source>Connect to the Province Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on this computer are sent to the hub, and the hub&apos;s changes are brought here. The password is sent to the hub only; the session it grants is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the deployment&apos;s CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: SHA-256 of the hub certificate, in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, such as https://hub.example.gov.cn:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub must be reached over HTTPS (the address starts with https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pin is 64 hexadecimal digits (a SHA-256 hash), with or without colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::HubRecords</name>
    <message>
        <source>the record does not exist on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this op_id was already used for a different operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::HubSessionsModel</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::HubUserCommands</name>
    <message>
        <source>Unknown users command &quot;%1&quot;; one of: add, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-hub users %1 NAME --database LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-hub users list --database LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset-password needs --password-file FILE with the new password on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the hub database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-hub user add NAME --role cataloguer|reviewer|manager|auditor|admin --password-file FILE [--department CODE] --database LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cataloguer belongs to a department: add --department CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file must hold a password of at least 10 characters on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled; they may log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the password of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is set; every session of theirs has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot end the sessions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no session %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s) of %1.</source>
        <translation>
            <numerusform>Ended %n session of %1.</numerusform>
            <numerusform>Ended %n sessions of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot unlock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed logins of %1 are cleared; they may log in at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ImportPlanModel</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::KeyStore</name>
    <message>
        <source>No key for this database is stored in the keychain on this computer. Unlock it with the recovery passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running (Secret Service, such as GNOME Keyring or KWallet). Unlock with the recovery passphrase, or start the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in again or open the keyring), or use the recovery passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Xiangshu Workbench to use it, or use the recovery passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used. Unlock with the recovery passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::KpiTile</name>
    <message>
        <source>Click to list the records behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::MainWindow</name>
    <message>
        <source>Xiangshu Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Xiangshu Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Xiangshu Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Xiangshu Workbench %1&lt;/h3&gt;&lt;p&gt;The desktop for Hunan&apos;s public data resources: catalogs, registration review, authorized operation, pricing and audits.&lt;/p&gt;&lt;p&gt;Data on this computer is encrypted with SQLCipher.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is being written. Wait for it to finish or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Holiday Schedule...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostic Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic information copied: paste it into your support request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::MaintenanceCommands</name>
    <message>
        <source>%1 already exists; a backup is always written to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery file copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery file was found next to the database; the backup opens only with the key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery passphrase must be at least %1 characters long; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code (shown once; write it down and keep it safe; the old passphrase stops working):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database now has a new key; the old key no longer opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not empty (%1); demo data goes only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data (%1) written: %2 departments, %3 resources, %4 data items, %5 registration applications, %6 agreements of authorized operation with their products, prices, reports and disclosures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scale &quot;%1&quot;: use small, bench, large or province.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::NavigationAreas</name>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared, open and authorized-operation catalogs over one pool of public data resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in Chinese with facets by department, catalog, grade, sharing and open attribute, frequency and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource table, the entry editor with its data items, and bulk edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One authoritative source per data item (一数一源): conflicts between departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of every change, with restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and export as CSV, XLSX and JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration body&apos;s review queue: acceptance, formal review, public notice and coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queue, unassigned, overdue, in public notice and expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines in working days on the official holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials checklist, timeline, comments and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices as PDF: missing materials, acceptance and refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants of authorized operation: operators, implementation plans, agreements, products and disclosures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards of active grants by mode, domain and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants expiring within 90 days and overdue disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editors for plans, agreements and products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing &amp; revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government-guided price caps, maximum allowed revenue and revenue distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific price against cap, and revenue against maximum allowed revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual 10% deviation check and carry-over between cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers, discounts and revenue shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site audits of operators and departments, recorded offline and synced later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit plans and checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings with evidence, recorded without a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation with the province hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State, last successful sync and unsynced changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected operations with their reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts resolved field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub connection, certificate and login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tamper-evident record of every change and decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, when, what, old and new values, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters and CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification of the hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To answer and asked by us, with working-day deadlines and overdue marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing material in one notice, one extension, refusals with reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery within 20 working days of approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing &amp; opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests between departments for shared data, answered within the working days the sharing regulation sets, and feedback on the data&apos;s quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality feedback on four dimensions, corrected within 10 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-data demand by priority domain, answered within the published rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each department does on its catalog, its timeliness and the requests it answers, per quarter or year (绩效考核).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank, weighted score and change on the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each measure against the mean of all departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records behind every figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for audit bodies with xiangshu-cli scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, roles, departments, holiday schedules and deadline rules, kept by administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s accounts: disable, enable, sessions and ending them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and what each may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and the resources each keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday schedules and deadline rules, published to every desktop through the hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::OfflineBar</name>
    <message>
        <source>Prepare for &amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline preparation cancelled; what was fetched stays on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline preparation stopped: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prepared, but the hub could not give %n file(s): %1</source>
        <translation>
            <numerusform>Prepared, but the hub could not give %n file: %1</numerusform>
            <numerusform>Prepared, but the hub could not give %n files: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready for offline work: everything this visit needs is on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs, then fetches the checklist, the audited records, earlier findings and every evidence file onto this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop works without a hub: what it holds is all there is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for offline work %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not prepared for offline work yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing for offline work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this visit needs is on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::OfflinePackage</name>
    <message>
        <source>checklist here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n catalog entr(y/ies)</source>
        <translation>
            <numerusform>%n catalog entry</numerusform>
            <numerusform>%n catalog entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier finding(s)</source>
        <translation>
            <numerusform>%n earlier finding</numerusform>
            <numerusform>%n earlier findings</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence %1 of %2 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is not on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s checklist template is not on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audited department, operator or registration is not on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) (%1) are only on the hub.</source>
        <translation>
            <numerusform>%n evidence file (%1) is only on the hub.</numerusform>
            <numerusform>%n evidence files (%1) are only on the hub.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::OfflinePreparation</name>
    <message>
        <source>preparation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desktop is not connected to a hub; connect to it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in to the hub first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::OneSourceConflictModel</name>
    <message>
        <source>Data item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments claiming to be its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::OneSourcePanel</name>
    <message>
        <source>一数一源: one authoritative source per data item. These items are claimed by more than one department; agree on one and clear the others&apos; flag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::OpenDataListModel</name>
    <message numerus="yes">
        <source>Answer within %n working day(s) of acceptance.</source>
        <translation>
            <numerusform>Answer within %n working day of acceptance.</numerusform>
            <numerusform>Answer within %n working days of acceptance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::OpenDataPanel</name>
    <message>
        <source>Assigned to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register a Demand...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown · %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open-data demands here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a demand to see what was asked and answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an Open-Data Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demand was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As received through the open-data portal. Who asked is kept as given; their contact details stay with the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved here; the hub receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department to answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No departments on this computer yet: sync first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::OpenDataWorkflow</name>
    <message>
        <source>there is no department with the code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of the priority open domains, or 其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted, awaiting answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened under a conditional agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::OperatingReportDocument</name>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual operating report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue: due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (industry products, net of subsidies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable return r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit (revenue less cost and taxes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum allowed revenue of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted for the previous cycle&apos;s excess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum after the deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (10% rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price before (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap before (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report gives no sales per product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price and cap changes during the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price or cap changed during the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::OrderDialog</name>
    <message>
        <source>Issue a Rectification Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectify the following finding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be rectified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub counts the deadline from the day it receives the order, on the official holiday schedule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::OverviewTiles</name>
    <message>
        <source>A finding is open until the rectification order that follows it is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit tasks — %1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rectification orders past their deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::PhotoDownscaler</name>
    <message>
        <source>only JPEG and PNG photos can be downscaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is larger than %1 MiB, too large to downscale here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the smaller photo cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::PlanTaskDialog</name>
    <message>
        <source>Plan a Field Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::PlannedAreaPage</name>
    <message>
        <source>What will be here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This area is not available in this version yet. Your data is already kept encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::PricingCharts</name>
    <message>
        <source>Share of the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monthly prices in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average specific price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest specific price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operating reports in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum allowed revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±10%: the operator adjusts its prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tiered products in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price, share of the cap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::PricingPage</name>
    <message>
        <source>Pricing and revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific price against cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual against maximum allowed revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue distribution (10,000 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharing revenue with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::PricingRecords</name>
    <message>
        <source>The tiers cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers need the product&apos;s cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product this price is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the month as YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the cap in force that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agreement this report is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the year the report covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum allowed revenue does not follow from the inputs (they give %1 yuan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation cycles cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales per product cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the product of every sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The products&apos; revenue (%1 yuan) exceeds the year&apos;s actual revenue (%2 yuan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discounts cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom each discount is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount for %1 must be more than 0% and less than 100%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::PricingRules</name>
    <message>
        <source>The Treasury yield must be the average of %1, the year before the cost survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasonable return r = %1 exceeds its cap of %2 (the %3 average 10-year Treasury yield of %4 plus 6 percentage points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of %1 yuan is above the cap of %2 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first tier must start at a quantity of 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 must start above the tier before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 needs a price above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 (%2 yuan) is above the cap of %3 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every share needs a party and a positive percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares add up to %1; they must add up to exactly 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation cycle needs a start and an end after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation cycle lasts at most three years (until %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost, rate and taxes cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::PublishScheduleAction</name>
    <message>
        <source>Publish Holiday Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday schedule (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the holiday schedule of %1?

%2
%3 holidays (%4 days), %5 weekend days worked in exchange.

Provisional deadlines are counted again on it now; the hub receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The holiday schedule of %1 is published. %n provisional deadline(s) counted again on it.</source>
        <translation>
            <numerusform>The holiday schedule of %1 is published. %n provisional deadline counted again on it.</numerusform>
            <numerusform>The holiday schedule of %1 is published. %n provisional deadlines counted again on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::QualityFeedbackListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource · data item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::QualityFeedbackPanel</name>
    <message>
        <source>Ours only (filed by us or about our data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include fed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report a Quality Problem...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown · %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quality feedback here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose feedback to see what was reported and done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a Quality Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data department verifies it; if it is upheld, the provider corrects it within %1 working days (政务数据共享条例 §26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved here; the hub receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::QualityFeedbackServices</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the data quality problem (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::QualityFeedbackWorkflow</name>
    <message>
        <source>no rectification order has this feedback corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s rectification is not closed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback is filed on a published resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resource has no data item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filing department is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of the four quality dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result fed back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::QuarantineModel</name>
    <message>
        <source>%1 (id %2, version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RecordFormDialog</name>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RecordIntegrity</name>
    <message>
        <source>&quot;%1&quot; of %2 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another %1 already has %2 &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RecoveryCodeDialog</name>
    <message>
        <source>Your Recovery Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this code down and keep it somewhere safe, away from this computer. It is shown only now. Without it, data cannot be recovered if the keychain is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RectificationQueueModel</name>
    <message>
        <source>after sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted Monday to Friday: the holiday schedule of that year was not published when the order was issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RectificationQueuePanel</name>
    <message>
        <source>Include closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2 · %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RectificationWorkflow</name>
    <message>
        <source>the deadline is between 1 and %1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an order follows a finding or a feedback record, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record the order follows does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department or operator the order is addressed to is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RegistrationAmendment</name>
    <message>
        <source>give at least one new value for the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not changed by a change registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new values are those the registration already holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a change or correction registration carries changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the registration it changes, corrects or cancels: one that is registered and valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration has an open application %1 already: continue that one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RegistrationDetailPane</name>
    <message>
        <source>Select an application in the queue to see its materials, timeline and next steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration code: %1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deadline %1: %n working day(s) overdue</source>
        <translation>
            <numerusform>Deadline %1: %n working day overdue</numerusform>
            <numerusform>Deadline %1: %n working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline %1: %n working day(s) left</source>
        <translation>
            <numerusform>Deadline %1: %n working day left</numerusform>
            <numerusform>Deadline %1: %n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>The clock is stopped: waiting for the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps taken here wait for the hub: they are proposals until the next sync confirms them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts on a registration this desktop does not hold yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts on registration %1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a new list of applicants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to the registration on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub applies it to the registration at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counted as %n working day(s) from %1, by the rule in force when the step started.</source>
        <translation>
            <numerusform>Counted as %n working day from %1, by the rule in force when the step started.</numerusform>
            <numerusform>Counted as %n working days from %1, by the rule in force when the step started.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; files on record: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RegistrationIntake</name>
    <message>
        <source>Lead applicant (牵头)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint applicant (联合)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code of %1 must have 18 characters, the last of them checking out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named twice among the applicants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An applicant is either the lead or a joint applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A joint application names exactly one lead applicant (牵头申请人).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe each application scenario in words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RegistrationIntakeDialog</name>
    <message>
        <source>New Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration it amends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of authorized operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants (登记主体):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One scenario per line, e.g. 企业信用评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application scenarios:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials received (REG §9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the catalog entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the registration this application amends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every material is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) missing: %1. Acceptance sends one notice listing them all (一次性告知), and the clock starts again in full when they arrive.</source>
        <translation>
            <numerusform>%n material missing: %1. Acceptance sends one notice listing them all (一次性告知), and the clock starts again in full when they arrive.</numerusform>
            <numerusform>%n materials missing: %1. Acceptance sends one notice listing them all (一次性告知), and the clock starts again in full when they arrive.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was not filed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents and images (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RegistrationPage</name>
    <message>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected applications to a reviewer (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign %n application(s) to reviewer:</source>
        <translation>
            <numerusform>Assign %n application to reviewer:</numerusform>
            <numerusform>Assign %n applications to reviewer:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) assigned to %1.</source>
        <translation>
            <numerusform>%n application assigned to %1.</numerusform>
            <numerusform>%n applications assigned to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunan Public Data Resource Registration Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;XLSX...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrations-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was written, but not the portal&apos;s text (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice written to %1, and the portal&apos;s text to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement it follows is not on this desktop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File an application received at the window (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application filed; its acceptance is due by the date in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RegistrationQueueModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Operation started on %1; the first registration was due by %2 and came %n working day(s) late.</source>
        <translation>
            <numerusform>Operation started on %1; the first registration was due by %2 and came %n working day late.</numerusform>
            <numerusform>Operation started on %1; the first registration was due by %2 and came %n working days late.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operation started on %1; the first registration was due by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RegistrationVocabulary</name>
    <message>
        <source>First registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review paused for the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed formal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of lawful data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the data resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence-preservation record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product and service information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-security risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of the change and its proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of the reasons for cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to the registration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RegistrationWorkflow</name>
    <message>
        <source>The formal review ran past its deadline (%1): explain the delay to the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials are missing (%1): send the one-time notice instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time notice of missing materials was already sent; it must list everything at once and cannot be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every missing material in the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a material of this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public notice ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public notice runs until %1 inclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal is possible from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the data resource or product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every applicant needs a name and a kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reviewers of the registration body take registration steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step does not apply to a registration that is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating term ends on %1: there is nothing to renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not changed by a change registration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RejectedOperationsModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RequestCommands</name>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests on this computer; sync to fetch those of your department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli requests export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the format: a FILE ending in .json, .csv or .xlsx, or --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) written to %1.</source>
        <translation>
            <numerusform>%n request written to %1.</numerusform>
            <numerusform>%n requests written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--kind is sharing, open-data or quality (or usage, to export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli requests list | requests export FILE [--kind sharing|open-data|quality|usage]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RequestReport</name>
    <message>
        <source>Resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting department name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider department name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RevenueReview</name>
    <message>
        <source>Operator adjusts prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: actual revenue %2 yuan against a maximum of %3 yuan, a deviation of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s own maximum is %1 yuan; %2 yuan of the previous cycle&apos;s excess comes off it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 10% off: the caps are reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 10%: the operator adjusts its prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the maximum: nothing to adjust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RevenueReviewModel</name>
    <message>
        <source>Done late (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual revenue (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s maximum allowed revenue, less what of the previous cycle&apos;s excess is deducted from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RevenueReviewPanel</name>
    <message>
        <source>Within 10%: operator adjusts prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose operator adjusts its prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond 10%: caps reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose revenue is more than 10% off its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose price or cap adjustment is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual check of revenue against the maximum (10% rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export annual report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected agreement&apos;s annual operating report for the year shown, as PDF or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating report for %1 is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual operating report %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annual operating report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::RulesCommands</name>
    <message>
        <source>v%1, published by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline already running keeps the value it was counted with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deadline rule &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON rule file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs its source (the article or decision it comes from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators publish deadline rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub receives the rules at the next sync; deadlines already running keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ScheduleBanner</name>
    <message>
        <source>Publish the schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide until the program starts again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ScorecardCommands</name>
    <message>
        <source>&quot;%1&quot; is not a period: a quarter such as 2026-Q4, or a year such as 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the scorecard as .json, .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the scorecard of %1 for %n department(s) to %2.</source>
        <translation>
            <numerusform>Wrote the scorecard of %1 for %n department to %2.</numerusform>
            <numerusform>Wrote the scorecard of %1 for %n departments to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scorecard %1 (%2 to %3): rank, score, change, department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ScorecardMeasures</name>
    <message>
        <source>a weight is 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure has a weight already: change that one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries updated on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing requests answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality feedback corrected on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification orders closed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-data demand answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published entries revised on time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ScorecardPage</name>
    <message>
        <source>&amp;Weights...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a measure of a department to list the records it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Department scorecard&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing %1 for every department...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3): %4 departments scored, mean score %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to score yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No departments here yet: sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of all departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: score %2, rank %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 of %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: nothing counted in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2: %n record(s), the latest due first.</source>
        <translation>
            <numerusform>%1 of %2: %n record, the latest due first.</numerusform>
            <numerusform>%1 of %2: %n records, the latest due first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ScorecardReport</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change on the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (done/counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ScorecardTableModel</name>
    <message>
        <source>%1 of %2 as they should be. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::ScorecardWeightsDialog</name>
    <message>
        <source>Scorecard Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department&apos;s score is the weighted mean of the measures it has something to count in. The weights are saved here and reach the hub at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SecurityReviewDialog</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the Review Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Security Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every item before concluding. An item found not to conform allows only a conclusion with conditions or a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing awaits a review here: no conditional sharing request awaits its reply and no signed agreement awaits its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published security-review checklist here yet: sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SecurityReviewListModel</name>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request or agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SecurityReviewPanel</name>
    <message>
        <source>Open reviews only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a Review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditionally shared data and an agreement&apos;s data are used only after a security risk assessment and conformity review passes (HN25 item 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security reviews here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a review to see its checklist and conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 items answered.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Does not conform:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the &amp;Checklist...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved here; the hub receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SecurityReviewServices</name>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SecurityReviewWorkflow</name>
    <message>
        <source>the request or agreement reviewed is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a request for conditionally shared data is reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a published security-review checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a security risk assessment and conformity review must pass first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest security review failed (%1): a new review must pass first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing request (conditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized-operation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist has no item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is answered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: choose conforms, does not conform or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checklist items are not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item does not conform: conclude with conditions or as failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Xiangshu Workbench starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SharingAreaPage</name>
    <message>
        <source>Sharing requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sharing &amp;amp; opening&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-data demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SharingQueueModel</name>
    <message>
        <source>Delivery within %1 working days of approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply within %1 working days, extended once by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply within %1 working day(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SharingRequestDialog</name>
    <message>
        <source>Ask for Shared Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider replies within %1 working day for data shared unconditionally and within %2 working days for data shared on conditions (政务数据共享条例 §21–22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SharingRequestsPanel</name>
    <message>
        <source>&amp;Ask for Shared Data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To answer (we provide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2 · %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sharing requests in this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request to see what was asked and answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the Request...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved here; the hub counts the reply deadline at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a Use...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses recorded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: record each use of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a Use of Shared Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each use of delivered data is recorded and kept at least %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recorded here; the hub receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed; the request may be approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SharingServices</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SharingWorkflow</name>
    <message>
        <source>only a published resource of the sharing catalog can be asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resource is not shared (不予共享): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a department does not ask itself for its own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requesting department is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of the sharing methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, awaiting delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a request for conditionally shared data has its reply period extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply period has been extended once already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension is between 1 and %1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing material is listed once, in one notice: this request already had it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SigningKey</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a key file (too large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 private key in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SqlCipherDriver</name>
    <message>
        <source>Unable to open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to apply the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to run script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to register the pinyin collation or the search tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::StartupFlow</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the database with the recovery passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not unlock the database: enter the recovery passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database here yet: create one to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::StartupWindow</name>
    <message>
        <source>Xiangshu Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database key from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::StepArguments</name>
    <message>
        <source>The step takes no argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step needs &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::StepDeadline</name>
    <message>
        <source>%1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (adjusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 when the holiday schedule was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xs::StepDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters; this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done here; the hub confirms it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::StepTable</name>
    <message>
        <source>Why is this change made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of the decision, approval or filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How running services continue without interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for collective decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise (major change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One notice lists every missing material (一次性告知); it cannot be sent twice. The acceptance clock stops until the materials arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formal review passed its deadline (%1). The delay must be explained to the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send missing-materials notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record resubmitted materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials now delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass formal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail formal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objector&apos;s real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer (empty: unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline counted again on the published schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be done again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was rectified, and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: rectify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every missing material, in this one notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request missing material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply the material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension in working days (at most 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the reply period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and what was delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What verification found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold: have it corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the feedback is not upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result, as the filer is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed the result back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the department to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was opened, and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conditional agreement: terms and how to sign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: conditional agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclude: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions the use must meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclude: passed with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclude: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off as department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and publish the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by 5 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by a change or correction registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amending registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: not renewed by expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the proposed cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the proposed cap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SyncCommands</name>
    <message>
        <source>login needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub is set for this database. Log in first: xiangshu-cli login --hub URL --user NAME --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub session has expired. Log in again with xiangshu-cli login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to the hub. Log in with xiangshu-cli login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 change(s), received %2, merged %3; %4 conflict(s) and %5 rejected change(s) wait for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli conflicts list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on one side, edited on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli conflicts resolve ID --take local|hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open conflict #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict #%1 resolved (%2); the result is sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangshu-cli conflicts list | conflicts resolve ID --take local|hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SyncIssuesPanel</name>
    <message>
        <source>No conflicts. When this computer and the hub change the same field, it shows up here for you to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected changes. If the hub refuses a change (for example, your role may not make it), it is kept here with the hub&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records already show the hub&apos;s copy. Make the change again once its reason is dealt with, then discard the rejected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected Changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Rejected Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this rejected change to &quot;%1&quot;? The record already shows the hub&apos;s copy; the change itself is deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record received from the hub could be stored. A record this computer cannot store is set aside here, and the rest of the sync goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records stay as they were on this computer. The hub is told about each one; once it sends a copy that can be stored, the row goes away by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Stored (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SyncPage</name>
    <message>
        <source>Sync with the Province Hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SyncService</name>
    <message>
        <source>the session has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in to the hub first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sync is running; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SyncStatusIndicator</name>
    <message>
        <source>Sync: no hub configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline. Everything you do is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 · %n unsynced</source>
        <translation>
            <numerusform>Sync: %1 · %n unsynced</numerusform>
            <numerusform>Sync: %1 · %n unsynced</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::SyncStatusPanel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (just now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n minute(s) ago)</source>
        <translation>
            <numerusform>%1 (%n minute ago)</numerusform>
            <numerusform>%1 (%n minutes ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1 (%n hour ago)</numerusform>
            <numerusform>%1 (%n hours ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline: no hub is set for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to the hub. Log in to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the hub...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync failed: %1 Next attempt at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced, but %n change(s) need your decision.</source>
        <translation>
            <numerusform>Synced, but %n change needs your decision.</numerusform>
            <numerusform>Synced, but %n changes need your decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n change waits to be sent.</numerusform>
            <numerusform>%n changes wait to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsynced changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this computer&apos;s changes and fetch the hub&apos;s (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes while logged in; after a failure, again after %2 seconds, then twice as long each time, up to %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 conflict(s) · %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Hub...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not since the app started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes from the hub: %1 so far...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled; what was received is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent %2, received %3, merged %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing received catalog entries for search: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::TableExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::UnlockDialog</name>
    <message>
        <source>Unlock Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlock %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery passphrase or recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the key in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recovery passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::UnlockError</name>
    <message>
        <source>The recovery passphrase is not correct. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file (%1) is missing, so the passphrase cannot unlock this database. Put the recovery file back next to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file (%1) is damaged. Restore it from the copy kept with your backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::UpdateFrequencies</name>
    <message>
        <source>a frequency&apos;s name has no spaces around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a frequency &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue after 1 to %1 days, or leave it empty for 不定期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sort order is 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an update frequency in use: choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::UserAdministration</name>
    <message>
        <source>%1 is disabled: their sessions ended and they cannot log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session of %1 is ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of %1 is ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached (%1); nothing was changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator cannot disable their own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no such account (any more); refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop&apos;s session on the hub has ended; log in again in the Sync area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub allows this only to administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has not answered the last action yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; cannot be used here; use xiangshu-hub users on the hub machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::WorkingCalendar</name>
    <message>
        <source>The official holiday schedule for %1 is not loaded. Working-day deadlines that run into %1 are counted Monday to Friday and marked provisional until an administrator publishes the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional: the official holiday schedule for %1 is not loaded yet, so its days are counted Monday to Friday. The date is recomputed when the schedule is published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xs::XlsxCodec</name>
    <message>
        <source>The workbook part %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings are damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable XLSX workbook: the file is damaged or of another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 refers to a text that the workbook does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is empty: it needs a heading row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has a cell longer than Excel allows (32,767 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook part %1 unpacks to more than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook part %1 holds a text longer than a workbook can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds more than %1 texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is %1 columns wide; at most %2 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has %1 rows; at most %2 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2; at most %3 columns can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has a value in column %2, right of the last heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more than %1 cells.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
