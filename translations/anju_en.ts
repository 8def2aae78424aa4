<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>anju::AboutDialog</name>
    <message>
        <source>About Anju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Anju %1&lt;/h2&gt;&lt;p&gt;Follow-up support for relocation resettlement sites: the household registry, party building, the dashboard and the monthly summary.&lt;/p&gt;&lt;p&gt;Licence: %2 (GNU General Public License, version 3 or later).&lt;/p&gt;&lt;p&gt;Libraries:&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;&lt;p&gt;Database: %4 (schema %5)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::Address</name>
    <message>
        <source>Unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::AdminMenu</name>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anju backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in the database by the backup %1, made %2?

The database as it is now is kept in a file beside it, and Anju closes afterwards; start it again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from the backup. The database as it was before is kept as %1.

Anju closes now; start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: the file is whole and the registry keeps its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (anju-cli check lists them all).</source>
        <translation>
            <numerusform>… and %n more (anju-cli check lists them all).</numerusform>
            <numerusform>… and %n more (anju-cli check lists them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found:</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of a server database (*.dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in the database on the server by the backup %1, made %2?

The other desks must close Anju first. The database as it is now is kept on the server under another name, and Anju closes afterwards; start it again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: the server reports the database whole and the registry keeps its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-backup-%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::AssignmentDialog</name>
    <message>
        <source>the team&apos;s name, or the first secretary&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatching unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a work team or first secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the site&apos;s village or community: serves &amp;every site there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First secretaries are sent to villages and communities; a work team may cover the site&apos;s village. Every site of the same township naming the same village or community counts as served.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::AttendanceEntryDialog</name>
    <message>
        <source>Enrol people on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number, then Enter (a name: Enter to search, Enter again to add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete takes the chosen person off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n on the list (the course has %1 places)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type the ID number of everyone on the course, each followed by Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::AuditCodes</name>
    <message>
        <source>Grid leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public order and stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must-attend event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstable out of poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginal, at risk of poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden severe hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income check flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elimination review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk eliminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk elimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstable work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made-up workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed on the entry grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-for-relief project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial park or scenic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-welfare post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning and greening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest ranger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish to start a business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring for family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living allowance during training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social insurance subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County industrial park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset shares</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
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
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every changed field of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins, exports and other events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::AuditFields</name>
    <message>
        <source>Across townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatching unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five connections, three improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party-building instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration moved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch committee seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dues basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dues payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site covered by an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer of relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work team or first secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the secretary has under a year&apos;s standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way of leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaving of the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered from records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers the village or community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party group membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocated household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person cared for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cared for as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household marked as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household placed in another grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person in care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs of earning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other large expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the income check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken in on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason not taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk eliminated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>income check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistance measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety-net enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety-net exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the measure is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-welfare post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason it closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the course attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People benefiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistance workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public-welfare post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labour broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::AuditLog</name>
    <message>
        <source>Added</source>
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
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept aside as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved onto the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched by ID or phone digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party member list</source>
        <translation></translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income checks added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income checks replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::AuditNames</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit %2 room %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::AuditNarrator</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 absent (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added member %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed attendance at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed member %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted attendance at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted member %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave user %2 the site %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded dues of %2: %3 (paid on %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded for %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded the state of %2: %3 (from %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set the state of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took site %3 from user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded attendance at %2 (%3 present, %4 absent): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paid on %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::BeneficiaryChangeDialog</name>
    <message>
        <source>Change the benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hares:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::BeneficiaryDialog</name>
    <message>
        <source>Beneficiary households of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, ID number or household number: Enter to search, Enter again to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete takes the chosen household off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 shares in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is on the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dividend, wages, seedlings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a household and press Enter twice to put it on the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::BuildingDialog</name>
    <message>
        <source>New building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3 or A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units (stairwells) are named 1, 2, 3 … and can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::CaseActionDialog</name>
    <message>
        <source>Case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 · held by: %2 · deadline %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 县人社局, 街道司法所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ha&amp;ndler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::CaseBoardPanel</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take a step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler / department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not yet accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Past its deadline and not resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), %1 overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is resolved: no step is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case to see its households and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %n month(s) (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n case(s) by deadline, %1 overdue: choose a grid to see all of its.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::CaseDialog</name>
    <message>
        <source>Receive a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. water leaking into the stairwell of building 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household numbers, separated by spaces or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ha&amp;ndler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) for this kind)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No household has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ChartView</name>
    <message>
        <source>%1%</source>
        <comment>share of a pie slice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <comment>pie legend: category, value, percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to save the chart as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

No figures to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>category · series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>name: value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3% of %4)</source>
        <comment>name: value (percent of total)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 from %4)</source>
        <comment>line point: name: value (change from the previous category)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ChartsPanel</name>
    <message>
        <source>On the roll today (normal and mobile). By stage counts everyone from applicants on; by age and by sex count party members (probationary and full). Hover over a bar for its number; right-click a chart to save it as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <comment>a count of people on a chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — members by development stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members by sex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ConnectionProbe</name>
    <message>
        <source>Only a server location can be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a password: type it and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1). The database is empty; Anju sets it up when it opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1), but the database was written by a newer Anju (schema %2); install the newer version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1). An Anju database of schema %2 is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1), but the database holds tables of another program; give Anju a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::CountyComboBox</name>
    <message>
        <source>Six-digit county code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuangqing District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daxiang District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beita District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xinshao County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaoyang County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longhui County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dongkou County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suining County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xinning County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chengbu Miao Autonomous County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wugang City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaodong City</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::CourseDialog</name>
    <message>
        <source>Change the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 家政服务 class of March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 县人社局, a training school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the market demand it answers, e.g. 园区电子厂招工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate it gives, e.g. 初级工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (last &amp;day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;mand it answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::CourseModel</name>
    <message>
        <source>Whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — answers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone enrolled, the dropped included; 人次 leave the dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in UTF-8 and this computer cannot read GB18030 text; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file has only one sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text; the file mixes encodings. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; the file may be cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 has %2 characters; a spreadsheet cell holds at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns; a spreadsheet has at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::CsvSniffer</name>
    <message>
        <source>The file is neither an Excel workbook (.xlsx) nor a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::DashboardCharts</name>
    <message>
        <source>%1-%2</source>
        <comment>chart axis: year and month, e.g. 2026年1月</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>chart axis: month, e.g. 10月</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>months of the trend: 2025年12月—2026年11月</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at month end (10,000), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at month end, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (10,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members by stage: the %1 largest of %L2 branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members by stage per branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <comment>branch name (everyone counted)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged and monitored households, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked households by per-capita net income against the monitoring line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line to 1.5×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.5× to 2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2× and more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database changed its schema while it was open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Anju database or cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not an Anju database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Anju (schema %2; this program knows schema %3). Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk is writing to the database; try again in a moment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed; nothing was written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program; give Anju a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the audit trail on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so the database cannot be opened (SQLite needs room beside it for its -wal and -shm files). Free some space on that disk, or copy the database to a disk with room, and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::DuesPanel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months paid this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected member&apos;s dues to record the months paid (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 party members; %2 owe dues, %3 yuan in all (through %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::EmploymentChartsPanel</name>
    <message>
        <source>Counting the figures of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of %1: labour force %L2, employed %L3, employment rate %4%; %L5 people employed in all (any age).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed by channel, end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed and employment rate, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>chart axis: month, e.g. 10月</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::EmploymentModel</name>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day no longer employed. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::EmploymentTab</name>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs held on the day; clear it to list jobs of any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, ID number or household number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transport batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点对点输送: a batch and the site&apos;s people on it, typed one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a person&apos;s wish to work, train or start a business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why a person of working age has no job (studying, caring, ill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click opens the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) holding on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) of any time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>End a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a job in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::EndStaffDialog</name>
    <message>
        <source>End service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day they no longer serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. moved away, term ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End %1&apos;s service as %2 on %3?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ExportedFileBar</name>
    <message>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::FileDialog</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::FindingsPanel</name>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export .xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click opens the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid findings on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::FirstAdminDialog</name>
    <message>
        <source>Anju — the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator&apos;s account. The administrator then adds the clerks, the party secretary and the manager, each with their own password.
Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, of two kinds (letters, digits, signs), without the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::FollowUpFindingsTab</name>
    <message>
        <source>Enter or a double click opens the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per capita (yuan/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应纳尽纳: households flagged by their check that have not entered the monitoring procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应兜尽兜: people with no or weak labour in a household at risk, in neither 低保 nor 特困 and with no recorded reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 household(s) to take into monitoring, %2 person(s) to cover; monitoring judged on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · household %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings 应纳尽纳 · 应兜尽兜</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::GridPlanView</name>
    <message>
        <source>Choose a grid in the tree to see its buildings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active household is in this grid on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1, head %2, room %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difficult family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No must-visit reason on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be visited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with a cadre or party member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited this month (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visited %1, within %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visited %1, more than %2 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this grid by an exception, not by its dwelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dwelling on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 households&lt;/b&gt;: ★ %2 must be visited · ● %3 paired, ○ %4 not · last visit: %5 this month %6 · %7 within %8 days %9 · %10 longer ago or a visit missed %11 · %12 never %13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit due by %1 was not made; last visited %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit due by %1 was not made; never visited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::GridTreeModel</name>
    <message>
        <source>Site / grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::GridWorkTabs</name>
    <message>
        <source>Visit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit is recorded and its task closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a worker&apos;s or a building&apos;s visit sheet for a month (A4 PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the visits of a returned sheet by its row codes, typed or scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording visits is for the clerks, the manager and the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::GridsPage</name>
    <message>
        <source>Site, grid name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read the grids; changing them is for the clerks, the manager and the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::GuiMain</name>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window, zh_CN or en, instead of the one chosen in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anju: follow-up support for relocation resettlement sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a file path (SQLite) or postgresql://USER@HOST:PORT/DATABASE for the office&apos;s shared server. Without it, the database chosen in the settings (the file in your data folder unless a server was chosen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the shared database %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HandoverDialog</name>
    <message>
        <source>Hand over %1&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) hands over %3 to the successor; their service ends on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;colleague serving in the grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;newcomer in the same role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. transferred to another post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their pairings and open visit tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand %1&apos;s work over to %2 on %3?

%4 go to %2, and %1&apos;s service ends that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pairings and %3 open visit tasks, of %2 households</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdAddressBox</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household &amp;no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdForm</name>
    <message>
        <source>Ctrl+S saves · Insert adds a member · Ctrl+Z takes back a cell edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to household %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is no longer registered: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this household are not saved. Close and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the household now? The changes typed in this window are then discarded; choose No to copy them down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of this household and its members: who, when, from what to what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdHistoryDialog</name>
    <message>
        <source>History of household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
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
        <source>No changes are on record for this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), oldest first.</source>
        <translation>
            <numerusform>%n change, oldest first.</numerusform>
            <numerusform>%n changes, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every changed field of the selected change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdMemberColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdMemberStateDialog</name>
    <message>
        <source>Move out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark deceased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves away from the office&apos;s sites (household %2). The record stays on file with the date and is no longer counted as a resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of household %2 died. The record stays on file with the date and is no longer counted as a resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>member name (relationship)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recorded at once&lt;/b&gt; when you press %1, on its own: the household form&apos;s Save is not needed for it, and closing the form without saving does not undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move out now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark deceased now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Away from the office&apos;s sites (moved away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a&amp;nother household at the office&apos;s sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as a move between households, with the new relationship; the member stays a resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move out now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark deceased now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose the household…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdMembersBox</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member (Insert or Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unsa&amp;ved member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back a member row that was never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member moved away from the office&apos;s sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k deceased…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to anot&amp;her household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member joins another household; their history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to other households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet: press Insert to add one, then type name, ID number and relationship; Tab or Enter moves to the next cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the moved members</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdMembersModel</name>
    <message>
        <source>edit %1 in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove member in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former member: kept on file, not editable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdOriginBox</name>
    <message>
        <source>Origin and registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin &amp;county:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin &amp;township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin vi&amp;llage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or fixed line with area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration (hukou) &amp;moved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resi&amp;dence permit issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdSearchBox</name>
    <message>
        <source>Name, ID number or household number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1 · %2 (%3) · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdTimelineBox</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits, cases or contacts are on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines shown: %1, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::HouseholdsPage</name>
    <message>
        <source>&amp;New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new household (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected household (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in households from an Excel or CSV roster (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household lives at a resettlement site: enter the site first (File → Sites and buildings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household matches the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site is entered yet. Enter your resettlement sites and their buildings first (File → Sites and buildings), or import an office roster (Ctrl+I), which brings its sites along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered households here yet: add one with New household (Ctrl+N), or import an office roster (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved household %1 (household number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved household number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::IdNumber</name>
    <message>
        <source>The ID number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 was turned into a number by Excel and its last digits are lost; type it again from the ID card (format the column as text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 may contain only digits and a final X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ID number has %n character(s); it must have 18 (or 15 on an old card).</source>
        <translation>
            <numerusform>The ID number has %n character; it must have 18 (or 15 on an old card).</numerusform>
            <numerusform>The ID number has %n characters; it must have 18 (or 15 on an old card).</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number does not start with a valid region code (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the ID number is wrong (it should be %1 for these digits): a digit was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::IdentityMask</name>
    <message>
        <source>ID numbers and phones are masked for you, so you cannot search by their digits (%1 or more digits typed). Search by name, or by household number with its hyphen (430524001-0001).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ImportDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save error list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows with their reasons as an Excel file, to correct and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole file and find every problem; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;valid households only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written during the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All households go in together at the end; Cancel leaves the database as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the valid households of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the file changed or the database changed since the check. Check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) imported with %1 person(s).</source>
        <translation>
            <numerusform>%n household imported with %1 person(s).</numerusform>
            <numerusform>%n households imported with %1 person(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) were in the database already and stayed as they were.</source>
        <translation>
            <numerusform>%n household was in the database already and stayed as it was.</numerusform>
            <numerusform>%n households were in the database already and stayed as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with problems were left out.</source>
        <translation>
            <numerusform>%n household with problems was left out.</numerusform>
            <numerusform>%n households with problems were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the list of the rows left out, to correct them and import them later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error list saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ImportErrorsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ImportMappingTable</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin county (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the state change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the import cannot work without this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is chosen for more than one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is chosen for %2; each column can hold one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ImportResultView</name>
    <message>
        <source>Read from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households already in the database, unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household with a problem on any of its rows is not imported. Rows are numbered as the spreadsheet shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was already imported on %1. Importing it again would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: the roster is ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every household of the file is already in the database as it is: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet holds no households below its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every household of the file has problems, so nothing can be imported. Save the error list, correct the rows in it and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) have problems. Correct them in the file and check again, or import only the valid households.</source>
        <translation>
            <numerusform>%n household has problems. Correct it in the file and check again, or import only the valid households.</numerusform>
            <numerusform>%n households have problems. Correct them in the file and check again, or import only the valid households.</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, header in row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ImportSourcePage</name>
    <message>
        <source>&amp;Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column headers (姓名, 身份证号 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header in row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each field is in the file. Fields marked * are required; columns not chosen here are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;site for rows without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: every row names its site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV text in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no site column: choose the site its households live in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no site column and no site is entered yet: enter the site first (Sites and buildings), or add a site column to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the households moved in, for every household whose rows give none; the site&apos;s move-in date when it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move-in date for households without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no move-in date column: enter the date its households moved in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::IncomeCheckTab</name>
    <message>
        <source>Site or &amp;grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only m&amp;issing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only the households with no check of this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income checks of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: next cell · Ctrl+D: copy last month · Ctrl+Z: undo · Ctrl+Shift+Z: redo · each row is saved when you leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (whole site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows could not be saved; the reasons are on the rows. Leave them unsaved and go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household has no check of last month to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No households</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n household(s) checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing: %1 of %n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::IncomeImportDialog</name>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other large expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import income checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is for the &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sheet without a 月份 column; a row whose own month differs is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (each is left out with its reasons; the other rows are imported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) on file will be replaced by the sheet&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All checks go in together at the end; Cancel leaves the database as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked, %n row(s) read: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>. Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows with their reasons as an Excel file, to correct and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header on row %1 of sheet %2. Check where each field is; a column can be chosen by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written during the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::IncomeSheetModel</name>
    <message>
        <source>Copy last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net income per person per year: (income − costs) × 12 ÷ headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month above, last month below in grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other exp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per capita/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan (e.g. 1234.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::IndustryTab</name>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record beneficiaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;benefit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a benefit entered by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click opens the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n projects running in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a project to see its households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3 households, %4 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, every year: %2 households, %3 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries by level, %1: %2 households, %3 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what household %1 received from %2 in %3? Do this only for a row entered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::JobDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 广东</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 东莞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company, the cooperative or the employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pos&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3, %4 of %5 held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ark or scenic area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transp&amp;ort batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly inco&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::JobEndDialog</name>
    <message>
        <source>End a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · household %2 · %3 since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day the person no longer works there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laid off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ill or injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to another job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No longer employed from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End %1&apos;s job (%2) on %3? From that day %1 no longer counts as employed in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::Labels</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granddaughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior middle school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skilled labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak or half labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPC member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPC probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communist Youth League member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Han</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mongol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manchu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaoshan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lahu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dongxiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jingpo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xibe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ewenki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&apos;ang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yugur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oroqen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hezhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lhoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service management centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-stop service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General party branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint party branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named activist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named development target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted as probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to full member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum living allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch general meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch committee meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme party day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational life meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democratic review of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village work team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 and under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31 to 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>41 to 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>51 to 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61 to 70</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 70</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with applicant due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activist cultivated one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended probation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues in arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site needs its own branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site not covered by an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site without a work team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site without a first secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch committee missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary membership cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew from the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expelled from the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisational life for six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary with under a year of party standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public order and stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must-attend event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not visited in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must-attend visit overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstable out of poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginal, at risk of poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden severe hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income check flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elimination review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk eliminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk elimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstable work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-for-relief project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial park or scenic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-welfare post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning and greening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest ranger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wish to start a business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring for family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living allowance during training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social insurance subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County industrial park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset shares</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::LeaveDialog</name>
    <message>
        <source>Leaving the party: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 党支字〔2026〕3号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. no dues paid for six months without good reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by the &amp;meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 left the party (%2) on %3? The member stays on file but is no longer counted, and this cannot be undone here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::LoginDialog</name>
    <message>
        <source>Log in to Anju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anju resettlement-site registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo database. Its users are admin, clerk, secretary and manager, each with the password %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anju</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MainWindow</name>
    <message>
        <source>Anju — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [demo database]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites and buildings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Anju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database this window works on, and the version of its schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user logged in, and their role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: by the administrator on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily automatic backup is made only for a database file on this computer. A server database is backed up by the administrator with anju-cli backup (pg_dump), for example every night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ManualWindow</name>
    <message>
        <source>Anju manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The manual is not installed&lt;/h2&gt;&lt;p&gt;Anju looked for it in:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;It comes with the anju package; ask the administrator to install the package again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MeetingDialog</name>
    <message>
        <source>e.g. studying the latest documents of the Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance (untick who was absent and give the reason):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MeetingsPanel</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) in %1</source>
        <translation>
            <numerusform>%n meeting in %1</numerusform>
            <numerusform>%n meetings in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation that met in the tree on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MemberDetailsBox</name>
    <message>
        <source>Outside cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sponsors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political re&amp;view on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two full members who sponsor the development target for admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no member chosen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>member (organisation)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 (no longer a full member here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two full members who guide the activist in cultivation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MemberDuesBox</name>
    <message>
        <source>Monthly dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan per month, after tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan per month, as agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;payment of ticked months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing owed before this month. This month&apos;s dues can be recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) owed, %1 yuan in all. Tick the months paid now.</source>
        <translation>
            <numerusform>%n month owed, %1 yuan in all. Tick the months paid now.</numerusform>
            <numerusform>%n months owed, %1 yuan in all. Tick the months paid now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the months paid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MemberFilterBar</name>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal and mobile members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MemberForm</name>
    <message>
        <source>&amp;Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rticulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, state changes and payments are recorded at once · Ctrl+S saves the particulars and the dues basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1, %2 years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident of household %1 (ID number %2); name, sex and birth date are kept in the household register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident (ID number %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside cadre%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the particulars or the dues basis are not saved. Close and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MemberStateBox</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. works in Guangdong since spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New st&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave the party…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MembersPanel</name>
    <message>
        <source>&amp;New member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an applicant, or a member who joined before, with the steps on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected member: stage timeline, transitions, dues (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) listed</source>
        <translation>
            <numerusform>%n member listed</numerusform>
            <numerusform>%n members listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::MonitoringCasePanel</name>
    <message>
        <source>Choose a household in the list to see its case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on %1 through %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken in on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk eliminated on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now: set the notice period (by %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now: %1, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3), from %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MonitoringDialog</name>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no step is due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason or note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 working days: until %2 at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 days: until %2 at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 县人社局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New monitoring household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle an objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an assistance measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End an assistance measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the risk elimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why the step is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the objection says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unsettled objection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how the objection was handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the measure is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no running measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why the household is not taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; for %2 of household %3 on %4? A decision is not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline household %1 on %2? It leaves the entry review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the risk elimination of household %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MonitoringDiscoveryFields</name>
    <message>
        <source>&amp;Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found &amp;through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 县医保局, 县民政局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;ks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flagged check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the household first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flagged income check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no visit recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no grid case about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one (%1 found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household: find it by name, ID number or household number (then Enter) and choose it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged check: this household has no flagged income check; choose another way it was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged check: choose the income check whose flag found the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: no visit of this household is recorded; choose another way it was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: choose the visit that found the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid case: no grid case is about this household; choose another way it was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid case: choose the grid case that found the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: enter the department whose data found the household.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MonitoringNoticeDocument</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take into monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk eliminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who objects may tell %1 in person, in writing or by phone until %2, the last day of the notice; objections are checked and answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who objects may tell %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice of monitoring households: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household is on notice on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MonitoringTab</name>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue steps only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sett&amp;le objection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk elimination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print notice list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the board (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step due now is overdue (deadline %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households, %2 with an overdue step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day written YYYY-MM-DD, e.g. 2026-11-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site in the filter, or a household of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notice list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 households on notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household is on notice at %1 on %2. Save a list that says so?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MoveHouseholdMemberDialog</name>
    <message>
        <source>Move %1 to another household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number, or a member&apos;s name or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;head here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recorded at once&lt;/b&gt; in both households when you press Move: the household form&apos;s Save is not needed for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::MustAttendDialog</name>
    <message>
        <source>Register a must-attend event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household number, e.g. 4305240010001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the household as a whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (within %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the household&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::NewMemberDialog</name>
    <message>
        <source>New party member or applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;resident of our sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;outside cadre (work team, civil servant …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a member who came from another organisation: the day they joined this branch. Steps before it were checked where they were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined this branch &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, ID number or household number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bor&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step taken so far and give its date. A reason is needed only where a step sets a rule aside; it is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason, if a rule is set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · household %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resident found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the resident and choose them in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps with a reason are entered from paper records (据档案补录); the reason names them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::OfficeSettingDialog</name>
    <message>
        <source>Change a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 6000 or 7500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2

Change it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::OfficeSettingsBox</name>
    <message>
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures the rules of this office use, kept in its database. The visit and income rules can be changed here by the administrator and the manager: select one and press Enter or double-click it. Each change is written to the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures the rules of this office use, kept in its database. Shown here to check them; only the administrator and the manager may change the visit and income rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a year&apos;s &amp;monitoring line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the monitoring line of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::OrganisationForm</name>
    <message>
        <source>e.g. Xingfu Community Site Party Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers s&amp;ites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party-building &amp;instructor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor&apos;s &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party organisation – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: a top organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 members, %2 of them full members; committee of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are reported in the review list; they do not stop saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a secretary with under a year of party standing: why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xception:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::OrganisationTreeModel</name>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every organisation of the office together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
Covers: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, counting the organisations below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl.</source>
        <comment>applicants, short column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activ.</source>
        <comment>activists, short column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targ.</source>
        <comment>development targets, short column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prob.</source>
        <comment>probationary members, short column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <comment>full members, short column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group of %1 · %2 · members: %3 (they count in the branch)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::OutcomeDialog</name>
    <message>
        <source>Record the outcomes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs to %2 with %3 class hours. Completion is recorded from its last day on; dropping out on any day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number on the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PairingHandoverDialog</name>
    <message>
        <source>Hand over pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;partner in the grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outside &amp;cadre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. transferred to another post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hou&amp;seholds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 households in this grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody pairs a household of this grid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (party member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cadre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cadre, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · paired since %3 · %4 open visit tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households and %2 open visit tasks go to the successor; the pairings end on the day and start again with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one household to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand %1&apos;s pairings with %2 households over to %3 on %4? %5 open visit tasks move along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the successor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PartyGroupDialog</name>
    <message>
        <source>e.g. Building 3 Party Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dissolved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PartyImportDialog</name>
    <message numerus="yes">
        <source>%n member(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: correct them and check again, or save the rejected rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already on file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n member(s) can be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Errors (each rejects its row; while there is one, nothing is written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import party roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (rules an old record breaks: the step is imported as entered from records, 据档案补录):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activist since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development target since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted as probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to full member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit and post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a mobile member went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members go in together at the end; Cancel leaves the database as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows with their reasons as an Excel file, to correct and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header on row %1 of sheet %2. Check where each field is; a column can be chosen by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written during the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PartyMemberModel</name>
    <message>
        <source>(outside cadre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation ends: conversion due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One year of cultivation on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch talks with the applicant by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from records)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PartyPage</name>
    <message>
        <source>&amp;Organisations and members by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind, parent, covered sites, secretary, instructor; branch-size findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations of the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read the party records; changing them is for the party secretaries and the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch&apos;s Excel roster of members (党员花名册, .xlsx or .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party group (党小组) dividing the chosen branch; such a branch owes a party group meeting every month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, of two kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PasswordHasher</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs two kinds of characters: letters, digits or signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too well known; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::Permissions</name>
    <message>
        <source>Log in first: %1 needs a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works on other sites and may not %2 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change households and persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see ID numbers and phones in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import rosters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export rosters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change sites and buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read party records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change party records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the database onto a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works on some sites only and may not %2 for the whole office; choose one of those sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair the database&apos;s triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the database to this version of Anju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the office&apos;s rule settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read grids, visits and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read income checks, monitoring households and the safety net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change income checks, monitoring households and the safety net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change pairings, visits and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw grids, name or end their staff and hand a worker&apos;s households over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read employment, training and industry support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change employment, training and industry support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PersonSearchBox</name>
    <message>
        <source>Name, ID number or household number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · born %3 · household %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person on file found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::PostgresUrl</name>
    <message>
        <source>%1 is not a PostgreSQL location; write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL location %1 names no database; add it after the port, as in postgresql://user@host:5432/anju.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connection option &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ProjectDialog</name>
    <message>
        <source>Change the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New industry project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 安置点食用菌基地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company or cooperative running it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资产折股量化: the shares the assets are divided into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day it no longer runs; leave empty while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Investment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total s&amp;hares:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Began on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ProjectModel</name>
    <message>
        <source>%1 (%2 shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — run by %2, at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries of every year, each household once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::RejectedRowsSaving</name>
    <message>
        <source>%1 (errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ReportPage</name>
    <message>
        <source>yyyy-MM</source>
        <comment>month picker format, e.g. yyyy年MM月</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Households and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted by the branch each member belonged to at the month&apos;s end (applicants to full members in a normal or mobile state). With many branches only the largest are drawn. Hover over a bar for its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly summary was saved as PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly summary was saved as Excel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income and monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: a check of the month below the monitoring line, with a drop or with a large expense. Income bands of the households checked in the month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ReportingUnitField</name>
    <message>
        <source>When empty, a site&apos;s summary names the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as the reporting unit above the monthly summary (PDF, print and Excel). Saved when you leave the field or press Enter; Esc goes back to the saved name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or the manager changes the reporting unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting unit cleared: each site&apos;s summary names the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting unit saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ReviewModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ReviewPanel</name>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due or overdue this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Act on it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record of the selected row to act on it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are computed from the records as they stood at the end of the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) to do, %2 overdue</source>
        <translation>
            <numerusform>%1: %n item to do, %2 overdue</numerusform>
            <numerusform>%1: %n items to do, %2 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) to do</source>
        <translation>
            <numerusform>%1: %n item to do</numerusform>
            <numerusform>%1: %n items to do</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;political status from the party record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the member&apos;s stage (full or probationary member) into the household register; to correct the party record instead, act on the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::Roles</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::RosterFilterBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, ID number, phone or household number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or household number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::RosterModel</name>
    <message>
        <source>Household no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household: %1
Found by the search: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SafetyNetChangeDialog</name>
    <message>
        <source>Change the monthly amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 yuan a month since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. income above the standard, moved away, died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day the enrolment no longer holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End %1&apos;s enrolment on %2? From that day it no longer holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SafetyNetEnrolDialog</name>
    <message>
        <source>Enrol in the safety net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, ID number or household number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid &amp;once (one-off relief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day it no longer holds; leave empty while it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. approval number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. income above the 低保 standard, supported by family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds f&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · household %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SafetyNetTab</name>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End rea&amp;son…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded reasons for not enrolling (应兜尽兜 exemptions):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 people, %3 yuan a month, %4 yuan one-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 people, %3 yuan a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (one-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the monthly amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a monthly enrolment in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the reason recorded for %1 on %2? From that day %1 may be a 应兜尽兜 finding again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety net</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ServerConnectionDialog</name>
    <message>
        <source>Shared server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When several desks share one database, it lives on the office&apos;s PostgreSQL server. Ask whoever runs the server for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at every start; never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (this computer or a closed network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
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
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anju opens %1 from its next start on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ServerRoles</name>
    <message>
        <source>Cannot give the database to its owner role %1 (run this with a login that may create roles and owns the database, or the postgres superuser): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server logins exist only for a database on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server login&apos;s name is lower-case letters, digits and _ (not first), at most 63: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server login needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of the database&apos;s own roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not yet owned by its owner role %1: run anju-cli init with the administrator&apos;s server login first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can act as the owner or manage the server; a desk must log in with a login of no other power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the server login %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Anju starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anju version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language saved. Start Anju again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the office&apos;s shared PostgreSQL database instead of this computer&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start on, Anju opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SharedSnapshot</name>
    <message>
        <source>The database could not hold one moment for the summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SiteDialog</name>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 430524001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban (in a town or city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural (in a village)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urban or rural:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move-in date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households come from other townships (cross-to&amp;wnship site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the &amp;five connections and three improvements (五通三化)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water, power, road, broadband and gas connected; roads hardened, greened and lit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Xinhe Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village or community:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SiteTeamsPanel</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work team now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First secretary now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or send the work team of the selected site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First secretary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or send the first secretary of the selected site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (dispatching unit)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sites: %2 without a work team, %3 without a first secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – through the village or community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SitesDialog</name>
    <message>
        <source>Sites and buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings of the selected site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit b&amp;uilding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may look at the sites and buildings but not change them; the manager or an administrator edits them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::StaffDialog</name>
    <message>
        <source>Add grid staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Building or unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::StaffPanel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident or cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen staff member&apos;s pairings and open visit tasks go to a successor in one action, and their service ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building / unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over &amp;pairings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadre&apos;s or party member&apos;s pairings with the grid&apos;s households, and their open visit tasks, go to a successor in one action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::StaffPersonBox</name>
    <message>
        <source>A &amp;resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;outside cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, ID number or household number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · household %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resident found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::StageTimeline</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Extended by %n month(s)</source>
        <translation>
            <numerusform>Extended by %n month</numerusform>
            <numerusform>Extended by %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set aside: %1 Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch talks with the applicant within one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can become a development target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After at least one year of cultivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One year of probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered from records (据档案补录): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SummaryDocument</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SummaryOutput</name>
    <message>
        <source>Monthly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: monthly summary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly summary as Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::SupportPage</name>
    <message>
        <source>Monitoring households</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::TableReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is password-protected or in the old .xls format; save it as .xlsx without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a web page or an XML document, not a workbook; open it in Excel or WPS and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::TrainingTab</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, trade or organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;outcomes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed (with certificate numbers) or dropped, for the chosen people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click opens the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a course to see its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 enrolled, %3 completed, %4 certificates, %5 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 person-times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>chart axis: month, e.g. 10月</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training person-times 人次 by month of %1: %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a course in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the people in the course&apos;s list first (Ctrl+A: everyone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one person in the course&apos;s list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2? Do this only for an enrolment entered by mistake; someone who left the course is recorded as dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::TransferDialog</name>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>member (stage, organisation)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other organisation, as written on the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;dated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;plete transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is back or the member has arrived: the member leaves or joins the branch on the completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New transfer of organisational relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::TransfersPanel</name>
    <message>
        <source>&amp;Pending only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s), %1 pending</source>
        <translation>
            <numerusform>%n transfer, %1 pending</numerusform>
            <numerusform>%n transfers, %1 pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::TransitionBox</name>
    <message>
        <source>Record a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. decided by the branch general meeting on …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtended by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step breaks the rule shown above. If the branch decided to take it all the same, write the reason: it is kept with the step in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ste&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full member: the development is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step can be recorded in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for setting the rule aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the higher party committee approved the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch &amp;meeting on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the branch general meeting voted for the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to full member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered from paper records (据档案补录)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a step taken long ago and entered now from the member&apos;s file; the reason names the records. Live steps cannot break the age or cultivation rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule has no exceptions. Only a step entered from old paper records may break it: tick &quot;Entered from paper records&quot; and name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert %1 to a full member?

Stage: %2 → %3
Branch general meeting: %4
Approved by the higher committee: %5
Probation ends: %6
Party standing counts from: %7 (the end of probation, whatever day the meeting was)

The step is recorded at once and kept in the member&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::TransportBatchDialog</name>
    <message>
        <source>Point-to-point transport batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 广东</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 东莞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. chartered coach, train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone carried, people of other sites too; at least the people listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly in&amp;come:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an ID number and press Enter; a name: Enter to search, Enter again to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of the site on the batch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enters and corrects the households of their sites and imports rosters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the registry with ID numbers and phones masked; does the party work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads everything, exports, edits sites, backs up and reads the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, and manages the users and restores backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, of two kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the user&apos;s sites, or Every site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (tell it to them in person):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::VisitPlanPanel</name>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done late</source>
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
        <source>Done share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;must-attend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三必到: an emergency, discontent or a family dispute in a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this month&apos;s &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四必访: make the visits of every target due by the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These households have neither a pairing partner nor a grid worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due, %2 done, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tasks of %1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>三必到: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四必访: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the household)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an open task in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must-attend task registered for household %1, to be attended by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the month&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the 四必访 visits due by the end of %1 for every target of the office? Visits already planned are not made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every visit due by the end of %1 was already planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit task(s) made for %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks this month. Make the month&apos;s plan to list its visits; visits missed in earlier months are in the findings and on the visit sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::VisitQuickEntryDialog</name>
    <message>
        <source>Quick entry of visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the code of a row of the visit sheet and press Enter; save the visit with Ctrl+Enter and the next code can follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. V5724</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved visit cannot be taken back here: this version keeps no way to delete a visit. Check each one before Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in this sitting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3  visited %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::VisitRecordDialog</name>
    <message>
        <source>Record the visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; %3&lt;br&gt;%4: %5, from %6 to %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cadre&apos;s name, when not on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you saw and heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who went:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another cadre (name below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::VisitSheetDialog</name>
    <message>
        <source>Print the visit sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;worker&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;building&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit sheet %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::VisitSheetDocument</name>
    <message>
        <source>this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no dwelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, from %3 to %4 (overdue after)   Last visit: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visit sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1   Month: %2   Made: %3   Rows: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Grid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ must-visit family (四必访). Fill in each visit by hand; enter it by the row&apos;s code on the quick-entry screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit sheet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open visit tasks on this sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::WishAbsenceDialog</name>
    <message>
        <source>Record a wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. in the county, 广东</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What work, which trade, what business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. caring for a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing cadre who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day it no longer holds; leave empty while it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collected on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds f&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::WorkFindingsTab</name>
    <message>
        <source>Work findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade wished for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wished on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak labour waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last job ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应培尽培: people whose training wish has waited the set days with no course offered since (settings: training_wish_days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应培尽培</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公益岗位 go first to weak labour: posts held by ordinary or skilled labour while weak-labour people of the site wait, not employed, with a wish to work and no recorded reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle labour: people of working age with labour capacity, no job for the set months and no recorded reason; for the household&apos;s pairing cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click opens the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no trade named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a waiting person: name (household number)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no post named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no pairing cadre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应培尽培 (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public posts (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle labour (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: %L2 training wish(es) waiting, %L3 post(s) held while weak labour waits, %L4 idle person(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxMergeScanner</name>
    <message>
        <source>The sheet part %1 has a merged range &quot;%2&quot; that is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet part %1 has more than %2 merged ranges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxReader</name>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is missing from the workbook; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxSharedStrings</name>
    <message>
        <source>The workbook has more than %1 different texts (shared strings); a whole province&apos;s roster has about 4 million. The file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The different texts of the workbook (shared strings) have more than %1 characters together; a whole province&apos;s roster has about 45 million. The file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxSheetStream</name>
    <message>
        <source>Cell %1 has %2 characters; a spreadsheet cell holds at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of sheet part %2 has a cell with the invalid reference &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns; a spreadsheet has at most %2 (cell %3 is past the limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 refers to a shared string the workbook does not have; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds more text than the %2 characters a spreadsheet cell can hold; the file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 holds more than %2 characters in its cells (cell %3 is past the limit); no roster row comes near that. The file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxStyles</name>
    <message>
        <source>The workbook has more than %1 cell formats; Excel allows about 64,000. The file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxWorkbook</name>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is in Excel&apos;s binary format (.xlsb); save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook has more than %2 relationships; the file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more than %1 sheets; the file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::XlsxXml</name>
    <message>
        <source>The part %1 of the workbook ends too early; the file is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: %2 (line %3, column %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::YearLineDialog</name>
    <message>
        <source>Add a year&apos;s monitoring line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring line 防返贫监测标准 the province or county set for a year, in yuan per person per year, with the notice it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 6000 or 7500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the province&apos;s notice of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line, yuan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a line already (%2 yuan): saving replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ZipArchive</name>
    <message>
        <source>Cannot read the file %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 is missing from the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook unpacks to %2 bytes, more than the %3 bytes allowed; the file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is password-protected; save it as .xlsx without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete, perhaps cut off while copying or downloading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::ZipEntryDevice</name>
    <message>
        <source>The part %1 of the workbook is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook unpacks to more than %2 bytes; the file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook has more than %2 bytes of text, whitespace or tag in one piece (from byte %3 on); no cell holds that much. The file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook nests elements more than %2 deep; the file is damaged or built to exhaust memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook has a document type declaration, which no workbook has; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::accounts::AccountService</name>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored: not enough memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has users: an administrator adds new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a demo database gets the demo users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: %1 is locked for %n more minute(s), or until an administrator unlocks the account.</source>
        <translation>
            <numerusform>Too many wrong passwords: %1 is locked for %n more minute, or until an administrator unlocks the account.</numerusform>
            <numerusform>Too many wrong passwords: %1 is locked for %n more minutes, or until an administrator unlocks the account.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: %1 is locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: %1 is locked for %n minute.</numerusform>
            <numerusform>Too many wrong passwords: %1 is locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator: make another user administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The present password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::accounts::SchemaUpgrade</name>
    <message>
        <source>The database %1 was written by an older version of Anju (schema %2; this program uses schema %3) and must be upgraded before it is used. Ask the administrator to upgrade it (by logging in once with this version, or with anju-cli init). Nothing was changed: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::backup::DatabaseBackup</name>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed; no file was made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Anju database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Anju (schema %2; this program knows schema %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The present database could not be kept aside, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring failed; the database is as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup of a database on a PostgreSQL server; it can be restored only on a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup of a database file; it cannot be restored on a server. Open it as a file, or move it to the server with anju-cli migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a backup of an Anju database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on a server is not backed up by each desk; the administrator backs it up with anju-cli backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its permissions cannot be limited to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::backup::DatabaseCheck</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is registered but has no registered head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 has left or dissolved but still has registered members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of household %2 has an invalid ID number %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in its normal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 is unfinished and not used; an administrator should build it again (REINDEX INDEX %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule %2 of table %1 was never checked against the rows already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of household %2: the ID number %3 says another sex than the one stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of household %2: the ID number %3 says another birth date than the one stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %L1 to %L2 of the audit trail are missing: they were deleted, or the database was copied from a server that skipped those numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 has a member born after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 has a member who left, died or joined before being born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 has a relocation or change dated after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1: the number of members kept with the household disagrees with its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member %1 (%2): the probation was extended by %3 months; an extension is 6 to 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member %1 (%2): the probation was extended %3 times; it may be extended once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member %1 sits directly in %2, %3; members sit in a branch or a joint branch: move the member to one of its branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a general branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member %1 (%2): a step of %3 was taken under the age of 18 and is not marked as entered from records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member %1 (%2): made a development target on %3, before one year of cultivation, and not marked as entered from records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member %1 (%2) was converted on %3, before the probation ended on %4; party standing counts from %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::backup::EngineTransfer</name>
    <message>
        <source>The tables of the file refer to each other in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database %1 already holds data; move the file into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an SQLite file to a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has schema %1 and the server %2; open both with this program first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tables of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the server database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 failed; nothing was written to the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search index on the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holds %1 rows of %2 but the file %3; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied rows break a rule of the database; nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::backup::LeftoverFiles</name>
    <message>
        <source>%1 is the whole database as it was before a restore; delete it when the restore is known to be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left by a backup or export that did not finish; delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::backup::PgTool</name>
    <message>
        <source>%1 was not found. Install PostgreSQL&apos;s client programs (the Debian package postgresql-client) on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended with code %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::backup::ServerBackup</name>
    <message>
        <source>The backup to %1 failed; no file was made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a backup of a server database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup of a server database, but not of an Anju database (it has no table %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a backup of an Anju database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s maintenance database &quot;postgres&quot; cannot be reached, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other connection(s) to the database %1 are open (%2). Ask the other desks to close Anju, then restore again; nothing was restored.</source>
        <translation>
            <numerusform>%n other connection to the database %1 is open (%2). Ask the other desks to close Anju, then restore again; nothing was restored.</numerusform>
            <numerusform>%n other connections to the database %1 are open (%2). Ask the other desks to close Anju, then restore again; nothing was restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored, but the database cannot be reached again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The present database could not be kept aside, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring failed: %1. The database as it was is kept as %2; renaming it back failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring failed; the database is as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored, but the owner role could not take the database over again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::backup::ServerRoleCheck</name>
    <message>
        <source>%1 objects of the database (tables, functions, the schema or the database itself) belong to the login %2, not to the owner role %3: whoever logs in as %2 can switch the audit trail off and delete it. The administrator hands them over with anju-cli init, run with a server login that may create roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objects of the database belong to the role %2, not to the owner role %3. The administrator hands them over with anju-cli init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner role %1 can log in: nobody should, since the owner may switch the audit trail off. anju-cli init takes its login away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk login %1 can also act as the owner or manage the server: a desk must log in with a login of no other power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone (PUBLIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desk group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may %2 on %3, beyond what the program&apos;s work needs. anju-cli init, run by the administrator, sets the grants right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk group %1 is a member of %2 and has its rights too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::backup::TriggerCheck</name>
    <message>
        <source>Migration %1 does not run on an empty database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 of table %2 is missing: changes to that table may go unrecorded or unchecked. An administrator can make it again with anju-cli init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 of table %2 is disabled: changes to that table go unrecorded or unchecked. An administrator can enable it again with anju-cli init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 of table %2 is not the one the program made. An administrator can make it again with anju-cli init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 of table %2 was not made by the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database function %1 is missing or not the one the program made. An administrator can make it again with anju-cli init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger %1 of table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migration makes the trigger %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be filled again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index, filled again from every person and household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::AuditCommand</name>
    <message>
        <source>[--db LOCATION] audit [--by USER] [--from DATE] [--to DATE] [--type TYPE] [--household NUMBER] [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the audit trail, newest first: who changed which record when, with the old and new values, and the logins, exports, imports and backups. --household prints one household&apos;s history, oldest first. TYPE is households, persons, sites, buildings, settings, users or event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what this user did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of one household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many entries to print (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the entries as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no household %1 you may read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::BackupCommand</name>
    <message>
        <source>[--db LOCATION] backup -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes no arguments; name the file with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup file with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1 (%L2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the database to FILE while other desks go on working: a database file through SQLite&apos;s online backup, a database on a PostgreSQL server through pg_dump (its custom format; PostgreSQL&apos;s client programs must be installed). The copy is checked before the command reports success.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::CaseCommand</name>
    <message>
        <source>[--db LOCATION] case list [--state STATE] [--overdue] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the grid cases, the oldest deadline first: kind, title, state, escalation level, received, deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases in this state (received, in_progress, resolved, escalated, referred).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open cases past their deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 case(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case needs list, receive, act or escalate, e.g. anju-cli case list --overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] case receive --site CODE --kind KIND --title TEXT [--date DATE] [--household NUMBER]… | act ID ACTION [--date DATE] [--staff ID] [--department TEXT] [--result TEXT] [--satisfaction S] [--note TEXT] | escalate [--date DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive records a case with its kind&apos;s deadline; act takes one step (assigned, started, resolved, escalated, referred, referral_accepted, referral_returned, note); escalate moves every case past its deadline one step up the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 case(s) escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case kind %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 received, deadline %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case act needs the case&apos;s id and the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s kind: dispute_mediation, problem_screening, stability, policy_publicity, service_request or public_sentiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the case is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household the case concerns; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handler&apos;s staff number (grid staff shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department the case is referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, for a resolved case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s satisfaction: satisfied, basically_satisfied or dissatisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::CheckCommand</name>
    <message>
        <source>[--db LOCATION] check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity and foreign-key checks (on a server: unfinished indexes, constraints never checked, and amcheck&apos;s index check where it is installed), checks that every trigger of the audit trail and of the search index is present, enabled and unchanged and that no entry of the trail is missing, and the registry&apos;s rules over the stored rows (a head in every registered household, valid ID numbers that agree with the stored birth date and sex, possible dates, …), the party records&apos; hard rules (a probation extended once, by 6 to 12 months; no conversion before the probation ends) and prints what is wrong. Exits with 1 when anything is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::CliContext</name>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create it with: anju-cli --db %1 init --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no administrator yet. Create one with: anju-cli --db %1 init --user NAME (the password from ANJU_PASSWORD or typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in: name the user with --user NAME or the variable ANJU_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password of %1 in the variable ANJU_PASSWORD, or type it at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 from schema %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: anju-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::DemoCommand</name>
    <message>
        <source>[--db LOCATION] demo [--households N] [--seed S] [--today DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills a database without households with demo data: sites, buildings and households of Shaoyang with valid ID numbers. The same seed always gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many households to make (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random numbers (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the data is as of, YYYY-MM-DD (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--households must be a number from 1 to %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making demo data: %1% (%L2 of %L3 households)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dwellings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users admin, clerk, secretary and manager, each with the password %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party organisations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members and applicants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety-net enrolments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training attendances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::Dispatcher</name>
    <message>
        <source>--db needs a database location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household needs list or show, e.g. anju-cli household list --site 430524001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language %1: use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db, --user and --language need a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party needs review, leave, import, export or reconcile, e.g. anju-cli party review --month 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;anju-cli %1 SUBCOMMAND --help&quot; for the options of one of them.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: anju-cli [--db LOCATION] [--user NAME] [--language LANGUAGE] COMMAND [OPTIONS]

Anju resettlement-site registry on the command line.

Commands:
  validate-id ID...       Check resident ID numbers (no database needed)
  init                    Create the database or upgrade it to this version
  demo                    Fill a database without households with demo data
  household list          List the households
  household show NUMBER   Show one household with its members
  export roster -o FILE   Write the roster of households as .xlsx or .csv
  import FILE             Import a household roster (.xlsx or .csv)
  search TEXT             Find persons by name, ID number, phone or household number
  migrate --from F --to U Move a database file onto a PostgreSQL server
  party review            The party secretary&apos;s review of a month (--month YYYY-MM)
  party leave MEMBER      Record that a member left the party, with the decision
  party import FILE       Import a branch&apos;s roster of party members (党员花名册)
  party export roster -o FILE   Write the party members&apos; roster (.xlsx)
  party reconcile         Political status (政治面貌) against the party records; settle one
  grid list|add|cover|check   The grids with their households; make and cover them
  grid visits|findings    The month&apos;s visit plan per worker; the grid findings
  grid sheet -o FILE      A worker&apos;s or a building&apos;s visit sheet for a month (PDF)
  grid staff|pair|handover   Who serves in a grid; pair a household; hand work over
  visit plan|attend|record   Plan the month&apos;s visits, a must-attend task, record a visit
  case list|receive|act|escalate   The grid cases and their steps
  income flags|missing    The month&apos;s flagged households; those not checked (--month)
  income import FILE      Import a month&apos;s income checks (月度收支核查) from the office&apos;s sheet
  monitoring list|show|notice   Monitoring households, one case, a site&apos;s notice list (PDF)
  safetynet list|enrol|amount|end|exempt   The safety net (兜底保障): enrolments and reasons
  followup findings       The month&apos;s 应纳尽纳 and 应兜尽兜 findings by name
  employment list|add|end|import   Jobs (就业) by channel; record or end one; import the sheet
  training list|attendance|add|enrol|import   Courses (技能培训) with their attendance; enrol people; import the attendance sheet
  industry list           Industry projects (产业帮扶) with beneficiary households (--year)
  work findings           The day&apos;s 应培尽培, public-post and idle-labour findings by name
  backup -o FILE          Copy the database while it stays in use
  restore FILE            Replace the database by a checked backup (the present one is kept)
  check                   Check the file and the registry&apos;s rules; print what is wrong
  audit                   Print the audit trail or one household&apos;s history
  user list|add|update|password|unlock   Manage the users (administrator)
  settings list|set       The office&apos;s settings; change a visit or income rule
  server-login add NAME|list   Make a desk&apos;s PostgreSQL login (administrator)
  report monthly -o FILE  Write the monthly summary as .pdf, .xlsx or .json

Global options:
  --db LOCATION           The database file, or postgresql://USER@HOST:PORT/DATABASE
                          for a shared server (default: %1)
  --user NAME             Log in as NAME (default: the variable ANJU_USER); the password
                          comes from ANJU_PASSWORD or is typed
  --language LANGUAGE     zh_CN or en (default: the language chosen in the settings)
  -h, --help              Show this help
  --version               Show the version

Run &quot;anju-cli COMMAND --help&quot; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::EmploymentCommand</name>
    <message>
        <source>employment needs list, add, end or import, e.g. anju-cli employment list --channel workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] employment list [--channel KEY] [--site CODE] [--on YYYY-MM-DD] [--search TEXT] [--offset N] [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the jobs (就业) by site, household number and name: those holding on a day with --on, else every job on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this channel: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this site (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the jobs holding on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, part of an ID number, or a household number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this many rows (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel needs one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on needs a day written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs holding on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs on file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(id, person, household, channel, place, income in yuan a month, from, to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 more: --offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] employment add --person ID --channel KEY --from DATE [--to DATE] [--income YUAN] [--employer TEXT] [--place TEXT] [--province TEXT] [--city TEXT] [--workshop N] [--post N] [--broker N] [--batch N] [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records one job of a person (ID number): labour export needs --province, a workshop job --workshop, a public-welfare post --post, work for relief and a park or scenic area --place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YUAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a day written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--income needs yuan written like 3200 or 3200.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs the number the lists print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person has the ID number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] employment end --job N --on DATE --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends a job on a day (the first day the person no longer works there), with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s number, as the list prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day no longer employed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the job ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::EmploymentImportCommand</name>
    <message>
        <source>[--db LOCATION] employment import FILE [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the office&apos;s employment sheet (.xlsx or .csv) with the columns 姓名, 身份证号, 就业渠道, 用工单位/地点, 输出省份, 输出城市, 月收入, 开始日期, 结束日期: one job a row, the person found by the ID number. When any row is bad, each is listed with its reasons and nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employment import takes exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;, header on row %2: %n row(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) to correct.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs that would be imported: %1 (dry run: nothing written).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::ExportCommand</name>
    <message>
        <source>[--db LOCATION] export roster -o FILE [--site CODE] [--active-only] [--unit NAME] [--date DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the household roster, one row per person, household by household. A .xlsx file has the layout offices file and print: title, reporting unit and date, household columns merged over the members&apos; rows, totals and signature lines. A .csv file (UTF-8) has one header line and one line per person, for other programs. Both can be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, ending in .xlsx or .csv (replaced when it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the households of the site with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out members who moved away or died (by default they are listed with their state and its date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting unit written above the table (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting date written above the table, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name what to export: anju-cli export roster -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export roster takes no arguments besides roster, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE (.xlsx or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting: %1% (%L2 of %L3 persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them moved away or deceased: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::FollowUpFindingsCommand</name>
    <message>
        <source>followup needs findings, e.g. anju-cli followup findings --month 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] followup findings [--month YYYY-MM] [--site CODE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the month&apos;s findings by name: 应纳尽纳, households flagged by their income check that have not entered the monitoring procedure; 应兜尽兜, people with no or weak labour in a monitored or flagged household who are neither in 低保 / 特困 nor have a recorded reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month (default: this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this site (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month needs a month written YYYY-MM, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应纳尽纳 of %1 (as of %2): %3 household(s) flagged and not in the monitoring procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应兜尽兜 of %1: %2 person(s) with no or weak labour not in 低保 / 特困 and with no recorded reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::GridCommand</name>
    <message>
        <source>[--db LOCATION] grid list [--site CODE] [--date YYYY-MM-DD] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the grids site by site, by code: code, name, site, active households and staff on the day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the grids of the site with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to count on (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid list takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a day written YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] grid add --site CODE --code CODE --name NAME [--from YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a grid of a site; its code is county 6 + township 3 + community 3 + sequence 2 digits (CJ/T 349).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid&apos;s 14-digit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the grid starts (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid add needs --site, --code and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs a day written YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 %2 made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] grid cover --grid CODE --building NAME [--unit NAME] [--from YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid covers a building, or one unit of it, from the day: what covered it before ends that day and its households move to the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building&apos;s name on the grid&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this unit of the building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it starts (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid cover needs --grid and --building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no grid with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid&apos;s site has no building named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1 has no unit named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid %1 covers %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] grid check [--site CODE] [--date YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the registered households that are in no grid or in more than one on the day; exits with 1 when there is any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the households of the site with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to check (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in no grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 grids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households not in exactly one grid on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid needs list, add, cover, check, visits, findings, sheet, staff, pair or handover, e.g. anju-cli grid list --site 430524001.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::GridSheetCommand</name>
    <message>
        <source>[--db LOCATION] grid sheet --month YYYY-MM (--worker NAME | --building ID-or-NAME) [--grid CODE] -o FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the month&apos;s visit sheet (A4 PDF) of a grid worker or pairing cadre, or of a building: its open visits by building, floor and room, each with a code to enter the visit by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month (default: this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker&apos;s name, or staff:ID / member:ID when several have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building&apos;s id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID-or-NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the households of this grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid sheet takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month needs a month written YYYY-MM, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid sheet needs either --worker or --building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid sheet needs -o FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no grid with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit sheet of %1 for %2 written to %3: %4 row(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::GridStaffCommand</name>
    <message>
        <source>[--db LOCATION] grid staff --grid CODE [--date YYYY-MM-DD] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists who serves in the grid on the day (default: today), by role, with the number that grid staff end and grid handover take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid staff needs --grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a day written YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no grid with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff of %1 %2 on %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] grid staff add --grid CODE --role ROLE (--person ID-NUMBER | --cadre NAME) --from YYYY-MM-DD [--building NAME [--unit NAME]] [--member ID] [--phone PHONE] [--work-unit TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident (by ID number) or an outside cadre starts serving in the grid in a role: grid_leader, grid_worker, building_leader (with --building), unit_leader (with --building and --unit) or party_member_household (a resident on the party roll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outside cadre&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building&apos;s name on the grid&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s name in the building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party member&apos;s number on the roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre&apos;s work unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid staff add needs --grid, --role, --from and one of --person or --cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role needs grid_leader, grid_worker, building_leader, unit_leader or party_member_household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs a day written YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resident has the ID number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid&apos;s site has no building named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1 has no unit named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 serves in %2 as %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] grid staff end --id N --date YYYY-MM-DD --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends a staff member&apos;s service on the day (refused while they have open visit tasks: hand them over instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member&apos;s number (grid staff shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day they no longer serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the service ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid staff end needs --id, --date YYYY-MM-DD and --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 served until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] grid pair --household NUMBER (--member ID | --staff N | --cadre NAME) --from YYYY-MM-DD [--phone PHONE] [--work-unit TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs the household (结对帮扶) with a party member, a grid staff member or an outside cadre from the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the pairing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid pair needs --household, --from YYYY-MM-DD and one of --member, --staff or --cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 paired from %2 (pairing %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A successor already serving: their staff number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident successor&apos;s ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outside cadre successor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The successor&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party member handing their pairings over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party member taking them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the work is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over on %1: %2 pairing(s) and %3 open visit task(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The successor serves as staff member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] grid handover --from-staff N (--to-staff N | --to-person ID-NUMBER | --to-cadre NAME) --date YYYY-MM-DD --reason TEXT | (--pairings-from MEMBER | --pairings-from-staff N | --pairings-from-cadre NAME) (--to MEMBER | --to-staff N | --to-cadre NAME) [--households NUMBER,...] --date YYYY-MM-DD --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands a staff member&apos;s seat over in one action: their service ends on the day and the successor takes their pairings and open visit tasks. With --pairings-from (a party member), --pairings-from-staff or --pairings-from-cadre, only the pairings (all, or those of the households named) and their households&apos; open visit tasks go to a party member, a staff member or an outside cadre (结对移交).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member handing their pairings over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outside cadre handing their pairings over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the pairings with these households (numbers, comma separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid handover needs --date YYYY-MM-DD, --reason and either --from-staff with one of --to-staff, --to-person or --to-cadre, or one of --pairings-from, --pairings-from-staff or --pairings-from-cadre with one of --to, --to-staff or --to-cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open pairing of theirs is with household %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID-NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUILDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::HouseholdListCommand</name>
    <message>
        <source>[--db LOCATION] household list [--site CODE] [--state STATE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the households site by site, ordered by household number: number, head, site, address, active members and state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the households of the site with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only households in this state: active, moved_away or dissolved (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of objects instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household list takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state %1: use active, moved_away or dissolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::HouseholdShowCommand</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2 from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] household show NUMBER [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household number, e.g. 430524001-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one household number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no household with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocated on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration moved here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>stay (how it ended)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one household: its address, origin and members, with every household each member has belonged to, the members who moved to another household, and the timeline of its visits, cases and pairing contacts, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and cases, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::ImportCommand</name>
    <message>
        <source>Imports a household roster (.xlsx, or .csv in UTF-8 or GB18030). A household goes in whole or not at all; without --skip-invalid nothing is written when any row is wrong. Every rejected row is listed with its row number, column and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the valid households even if others are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this sheet (1 is the first) instead of finding the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is on this row instead of the one found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site (code or name) for households whose rows name none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet must be a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-row must be a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was already imported on %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, header on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the rows above and import again, or use --skip-invalid to import the valid households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import: %1, %2 (dry run: nothing written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to import: every household of the file is already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the database as in the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] import FILE [--dry-run] [--skip-invalid] [--json] [--sheet N] [--header-row N] [--site CODE] [--moved-in DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date (YYYY-MM-DD) for households whose rows give none, as in a roster without that column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--moved-in must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::IncomeCommand</name>
    <message>
        <source>The month of the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the households of the site with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the month with --month YYYY-MM, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month needs a month written YYYY-MM, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>income drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>income needs one of: %1, e.g. anju-cli income flags --month 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] income flags --month YYYY-MM [--site CODE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the month&apos;s flagged households by site and number: below the year&apos;s monitoring line, a drop from their recent months, or a large expense, with the per-capita annual net income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged households of %1: %2 (site, number, head, headcount, net income, per-capita annual, flags; yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] income missing --month YYYY-MM [--site CODE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the households active at the month&apos;s end that have no check of the month, with the month of their latest check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households not checked in %1: %2 (site, number, head, last checked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::IncomeImportCommand</name>
    <message>
        <source>[--db LOCATION] income import FILE [--month YYYY-MM] [--dry-run] [--json] [--rejected FILE.xlsx]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a month&apos;s income checks (月度收支核查, .xlsx or .csv), one row per household found by the head&apos;s ID number (户主身份证号) or the household code (户编号). A row with an error is rejected with its reasons and the other rows are written; a check of that month already on file is replaced, one equal to the row is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of the whole file, for a sheet without a 月份 column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows with their reasons to this .xlsx, to correct and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>income import takes exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month must be a month written YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;, header on row %2: %n row(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that would be imported: %1 (dry run: nothing written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows are saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::IndustryCommand</name>
    <message>
        <source>industry needs list, e.g. anju-cli industry list --year 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] industry list [--year YYYY] [--level LEVEL] [--site CODE] [--search TEXT] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the industry projects by level with their beneficiary households and people: of a year (projects holding in it), or of every year. A household counts once per project. Levels: county_park, township_base, village_cooperative, household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the benefits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this site&apos;s projects (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the name, operator or location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the projects as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year, e.g. 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level needs county_park, township_base, village_cooperative or household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(id, name, level, model, site, investment in yuan, households, people, shares, amount in yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::InitCommand</name>
    <message>
        <source>init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] --user NAME init [--name FULL_NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FULL_NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database needs its administrator: run init again with --user NAME (or ANJU_USER) and the password in ANJU_PASSWORD or typed. There is no preset password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the administrator&apos;s password in the variable ANJU_PASSWORD, or type it at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the database, or upgrades an existing one to the schema of this program, and prints its location and schema version. A new database gets its administrator: the user named by --user (or ANJU_USER), with the password from ANJU_PASSWORD or typed twice. An upgrade is the administrator&apos;s: --user names them and their password is asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner role: %1; desk logins belong to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server login may not create roles, so the database is not yet owned by the role %1 that no desk logs in with: run init once with the administrator&apos;s server login or the postgres superuser (README: Several desks on PostgreSQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database now belongs to the role %1; desk logins belong to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::MigrateCommand</name>
    <message>
        <source>migrate --from FILE --to postgresql://USER@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the whole Anju database file of a single desk onto a PostgreSQL server, into an empty database, in one transaction; compares the row counts of every table before committing. The file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Anju database file to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database to move it into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate needs --from FILE and --to URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes a database file and --to a postgresql:// location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 into %2; the row counts of every table match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::MonitoringCommand</name>
    <message>
        <source>monitoring needs list, show or notice, e.g. anju-cli monitoring list --state monitored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] monitoring list [--state STATE] [--site CODE] [--overdue] [--date YYYY-MM-DD] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the monitoring households: state, category, the step due now and its deadline. States: entry_review, declined, monitored, elimination_review, eliminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the cases in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the households of this site (code or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the cases whose step due now is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to judge overdue on (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state needs entry_review, declined, monitored, elimination_review or eliminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a day written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site has the code or id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring households (id, household, head, category, state, since, step due, deadline):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] monitoring show ID [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one monitoring case: its steps with their dates and decisions, the notice period, objections, measures and risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the case as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring show needs the case&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring case %1: household %2 (%3), %4, %5 since %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 through %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: begun %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, notice %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Objection %1 from %2: %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Measure %1: %2 by %3, from %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Risk: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] monitoring notice --site CODE [--date YYYY-MM-DD] -o FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site (code or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the board (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring notice takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring notice needs --site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring notice needs -o FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 households on notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the notice board list (公示, A4 PDF) of a site: the households whose notice runs on the day (entry or risk elimination, not yet decided), with their category and the reason found, the head&apos;s name (ID number and phone masked), the period and where to object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household is on notice at %1 on %2; wrote %3 saying so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::PartyExportCommand</name>
    <message>
        <source>[--db LOCATION] party export roster -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the members on the roll as a party roster (党员花名册, .xlsx) in the layout party import reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .xlsx file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party export needs roster, e.g. anju-cli party export roster -o 党员.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o needs an .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::cli::PartyImportCommand</name>
    <message>
        <source>[--db LOCATION] party import FILE [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a branch&apos;s roster of party members (党员花名册, .xlsx or .csv): members matched to residents by ID number, others as outside cadres. A row with an error is rejected and then nothing is written; steps that break a rule of development go in as entered from records (据档案补录), with a warning each. Members already on file are left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party import takes exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) would be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already on file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: correct the rows above and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::PartyLeaveCommand</name>
    <message>
        <source>[--db LOCATION] party leave MEMBER --way WAY --date YYYY-MM-DD --decision TEXT --meeting YYYY-MM-DD [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that a party member left the party: probation_cancelled (取消预备党员资格, a probationary member only), withdrawal (退党), removal (除名) or expulsion (开除党籍). MEMBER is the member&apos;s number as party review --json prints it; --meeting is the day of the branch general meeting of the member&apos;s branch that decided it. The member stays on file and is no longer counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: probation_cancelled, withdrawal, removal or expulsion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the member left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s text or document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the branch general meeting that decided it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party leave needs one member number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--way must be probation_cancelled, withdrawal, removal or expulsion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date and --meeting need days written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party member has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s branch held no branch general meeting on %2; record the meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::PartyReconcileCommand</name>
    <message numerus="yes">
        <source>%n disagreement(s) between 政治面貌 and the party records.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>[--db LOCATION] party reconcile [--person ID --from party|register] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the residents whose 政治面貌 in the household register and party record disagree (the party review&apos;s rows). With --person and --from party, sets the register&apos;s 政治面貌 from the party record (audited). With --from register, prints what the secretary must record in the party records and writes nothing: a register entry has no dates to make the party&apos;s steps from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s number, as the list prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which record is right: party or register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party reconcile takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person needs a person&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be party or register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household register&apos;s 政治面貌 of person %1 is set from the party record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::PartyReviewCommand</name>
    <message>
        <source>[--db LOCATION] party review [--month YYYY-MM] [--organisation NAME] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the party secretary&apos;s review of a month: conversions due or overdue, activists reaching one year, probation extensions ending, dues in arrears, meetings not held, transfers pending, sites breaking the coverage rule or without a work team. A past month is shown as the records stood at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month to review (default: this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this organisation and those under it (its exact name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party review takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month needs a month written YYYY-MM, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party organisation is named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Party review of %1: %n item(s).</source>
        <translation>
            <numerusform>Party review of %1: %n item.</numerusform>
            <numerusform>Party review of %1: %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::cli::ReportCommand</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, ending in .pdf, .xlsx or .json (replaced when it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default: this month, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the site with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting unit (填报单位) printed above the figures (default: the office&apos;s name in the settings, or the site&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the report: anju-cli report monthly --month YYYY-MM -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report monthly takes no arguments besides monthly, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE (.pdf, .xlsx or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must end in .pdf, .xlsx or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month must be a month written YYYY-MM, e.g. 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures computed in %1 ms, file written in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reporting unit is set: a site&apos;s summary names the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] report monthly [--month YYYY-MM] [--site CODE] [--unit NAME] -o FILE | report unit [NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the monthly summary of the whole office or of one site: households and people, moves, structure and the site rules broken, each with last month&apos;s figure and the change. The file&apos;s extension chooses the format: .pdf (A4, for printing), .xlsx (the office layout with signature lines) or .json (for other programs). report unit shows the reporting unit (填报单位) kept in the settings, or saves NAME as it (an empty NAME clears it), as the field on the 报表 page does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report unit takes one NAME; put a name with spaces in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::RestoreCommand</name>
    <message>
        <source>[--db LOCATION] restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore takes one backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the backup FILE (integrity, schema version), keeps the present database aside (in a file beside it; on a server, renamed to NAME_before_restore_TIME), and replaces the database&apos;s contents with the backup. On a server the other desks must close Anju first. Only an administrator may restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring: %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::SafetyNetCommand</name>
    <message>
        <source>safetynet needs list, enrol, amount, end or exempt, e.g. anju-cli safetynet list --scheme dibao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] safetynet list [--scheme KEY] [--site CODE] [--date YYYY-MM-DD] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the people in the safety net on a day (monthly enrolments holding that day, one-off payments of its month up to the day), with the totals per scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this scheme (dibao, tekun …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this site (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a day written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a scheme of the office&apos;s list: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety net on %1: %2 enrolment(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people, %2 yuan a month, %3 yuan one-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(id, person, household, scheme, amount in yuan, from, to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (one-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] safetynet enrol --person ID --scheme KEY --amount YUAN [--one-off] --from DATE [--to DATE] [--note TEXT] | amount --enrolment N --amount YUAN --from DATE | end --enrolment N --on DATE --reason TEXT | exempt --person ID --reason TEXT --from DATE [--to DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol puts a person (ID number) into a scheme with a monthly or one-off amount; amount changes a monthly amount from a day; end ends an enrolment on a day (the first day it no longer holds) with the reason; exempt records why a person is not enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YUAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is paid once, on the --from day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount needs yuan written like 580 or 580.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a day written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person has the ID number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrolment has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment %1 ends on %2; enrolment %3 pays %4 yuan a month from that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment %1 ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::SearchCommand</name>
    <message>
        <source>[--db LOCATION] search TEXT [--limit N] [--json] [--timing]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds persons by a fragment of their name (one Chinese character is enough), any part of their ID number or phone, or their household number; prints how many and the first of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many persons to print (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time the search itself took to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search takes one text to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found: %Ln person(s).</source>
        <translation>
            <numerusform>Found: %Ln person.</numerusform>
            <numerusform>Found: %Ln persons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>anju::cli::ServerLoginCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the server login %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password with --password-file, in ANJU_NEW_PASSWORD, or type it at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; no login was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db postgresql://ADMIN@HOST/DATABASE server-login add NAME [--password-file FILE] | list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator makes the PostgreSQL login a desk connects with: it may do the program&apos;s work and no more (it cannot change or delete the audit trail, switch triggers off or drop anything). Run with a server login that may create roles. The password comes from the first line of FILE, from ANJU_NEW_PASSWORD, or is typed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file whose first line is the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server-login needs add NAME, or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server logins are for a database on a PostgreSQL server: give --db postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server login %1 made; it belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::SettingsCommand</name>
    <message>
        <source>settings needs list or set, e.g. anju-cli settings set income.line.2026 7000 --source &quot;省乡村振兴局通知&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] settings list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the office&apos;s settings by group: the value in force, the default and where it comes from, and whether this program changes it (settings set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the settings as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings list takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] settings set KEY VALUE [--source TEXT] [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes one of the office&apos;s visit or income rules (the keys settings list marks as editable), checked as the settings page checks it; the administrator and the manager may. A year&apos;s monitoring line is income.line.YEAR, in yuan, with --source naming the notice it comes from. A change of income.drop_months recounts every income check and needs --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With income.line.YEAR: where the line comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a change that sets off more work (a recount).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings set needs a key and a value, e.g. settings set grids.must_visit.elderly_alone 14d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source goes with a year&apos;s monitoring line, income.line.YEAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --yes to change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::TrainingCommand</name>
    <message>
        <source>[--db LOCATION] training list [--year YYYY] [--site CODE] [--trade TEXT] [--search TEXT] [--limit N] [--offset N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the courses, the latest ending first, with their attendance: people on it, person-times (人次: those not dropped out), completed, certificates, dropped out. A course belongs to the year it ends in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the courses ending in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this site&apos;s courses (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the title, trade or organiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N courses (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the courses as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year, e.g. 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset needs a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(id, title, trade, site, first day, last day, hours, people, person-times, completed, certificates, dropped out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] training attendance COURSE_ID [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the people on a course with their enrolment day, outcome, hours attended and certificate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the course and its people as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one course by its number (training list prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %3 to %4: %n person(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(id, name, ID number, household, enrolled on, outcome, hours, certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] training add --title TEXT --trade TEXT --from DATE --to DATE [--site CODE] [--hours N] [--capacity N] [--organiser TEXT] [--demand TEXT] [--certificate TEXT] [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a course: its first and last day, class hours, places (0: no limit) and the certificate it earns. Without --site it is a course for the whole office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade it teaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site it is for (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The market demand it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate completing it earns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to need days written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1 added: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] training enrol COURSE_ID ID_NUMBER... [--on DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrols the people (by ID number) on a course, all of them or none: each person who cannot be enrolled is named with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day they enrolled (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the course by its number, then the people&apos;s ID numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on needs a day written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on file has the ID number %1; nobody was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) enrolled on course %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>training needs list, attendance, add, enrol or import, e.g. anju-cli training list --year 2024.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::TrainingImportCommand</name>
    <message>
        <source>[--db LOCATION] training import FILE [--course ID] [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the office&apos;s attendance sheet (.xlsx or .csv) with the columns 姓名, 身份证号, 报名日期, 结业情况 (结业, 退出, 在训), 证书编号, 出勤课时, and optionally 培训班 and 开班日期 so that one sheet holds many courses: one person on one course a row, the person found by the ID number. People not on their course are enrolled; those on it have their outcome updated where the sheet says otherwise. When any row is bad, each is listed with its reasons and nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course of the rows that name none (its number: training list prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training import takes exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--course needs a course&apos;s number (training list prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;, header on row %2: %n row(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) to correct.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Courses: %1. Enrolled: %2. Outcomes changed: %3. Unchanged: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses: %1. Would be enrolled: %2. Outcomes that would change: %3. Unchanged: %4 (dry run: nothing written).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::UserCommand</name>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] user list | add NAME --role ROLE [--name FULL_NAME] [--site CODE]... | update NAME [--role ROLE] [--site CODE]... [--all-sites] [--active yes|no] | password NAME | unlock NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s management of users. ROLE is clerk, secretary, manager or admin; --site limits the user to those sites (repeat it for several). A new password comes from ANJU_NEW_PASSWORD or is typed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk, secretary, manager or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FULL_NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site code the user works on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user works on every site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no: whether the user may log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YES_NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user needs list, or add, update, password or unlock with a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be clerk, secretary, manager or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new user&apos;s role with --role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new password in ANJU_NEW_PASSWORD, or type it at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::ValidateIdCommand</name>
    <message>
        <source>validate-id ID...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks resident ID numbers (GB 11643-1999). Prints for each the normalized number, the sex and the birth date, or why it is invalid. Lower-case x, full-width digits and spaces are accepted; a 15-digit number is converted to 18 digits. Exits with 1 when any number is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID numbers to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid, %2, born %3 (converted from the 15-digit number %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid, %2, born %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::VisitCommand</name>
    <message>
        <source>[--db LOCATION] grid visits --month YYYY-MM [--grid CODE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the month&apos;s visit plan per worker: the visits due by the month&apos;s end, done (and of those late), overdue and still open today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month (default: this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the households of this grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month needs a month written YYYY-MM, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grid has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit plan of %1 (worker, due, done, late, overdue, open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] grid findings [--date YYYY-MM-DD] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the grid findings: households with no pairing or no contact for the set period, vulnerable persons not visited in their window, must-attend visits and cases past their deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to judge on (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a day written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid findings on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit needs plan, attend or record, e.g. anju-cli visit plan --month 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] visit plan --month YYYY-MM | attend --household NUMBER --trigger KIND --date DATE [--note TEXT] | record --household NUMBER --date DATE (--staff ID | --member ID | --cadre NAME) [--task ID] [--findings TEXT] [--follow-up TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan makes the month&apos;s regular visits (四必访) that are not yet planned; attend makes a must-attend task (三必到: emergency, discontent, family_dispute); record enters a visit, closing the task it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visit task(s) planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trigger needs emergency, discontent or family_dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 due from %2, overdue after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why someone must attend: emergency, discontent or family_dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the visit, or of what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor&apos;s staff number (grid staff shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visiting party member&apos;s number on the roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visiting cadre&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the task the visit answers (visit attend and grid findings --json show it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the visitor found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::cli::WorkFindingsCommand</name>
    <message>
        <source>work needs findings, e.g. anju-cli work findings --on 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db LOCATION] work findings [--on YYYY-MM-DD] [--site CODE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the day&apos;s findings by name: 应培尽培, people whose training wish has waited the set days without a course; public posts held by ordinary or skilled labour while weak labour of the site waits for work; idle labour, working-age people with labour capacity and no job for the set months and no recorded reason, with their household&apos;s pairing cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this site (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on needs a day written YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应培尽培 on %1: %2 person(s) whose training wish waits for a course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public posts on %1: %2 held by ordinary or skilled labour while weak labour waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle labour on %1: %2 person(s) without a job or a recorded reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::demo::DemoGenerator</name>
    <message>
        <source>Every county has used up its 999 site codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo data was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of households must be between 1 and %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date of the demo data must be in 2021 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds %L1 households. Demo data is only made in a database without households; use a new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not index the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the demo party organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the demo grids: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the demo visits and cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the demo income checks and monitoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the demo work, training and industry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::demo::DemoWriter</name>
    <message>
        <source>Could not prepare the demo data statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::AttendanceImporter</name>
    <message>
        <source>No sheet of the file looks like an attendance sheet: none has a header with 身份证号 and 结业情况 or 报名日期 in its first %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of class hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1 is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no column %1: name the course its people attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has a column %1 but no %2, which tells courses of the same title apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person on file has this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name (the ID number is %1&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number is %1&apos;s, not %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the course&apos;s first day, which tells courses of the same title apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course called %1 begins on %2; add the course first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n courses called %1 begin on %2; import them one at a time (--course).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the course&apos;s title (or name one course for the rows that name none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome (结业, 退出, 在训).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person is on row %1 for this course too; keep one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day they enrolled: they are not on the course yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::CellText</name>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: write it as 1985-03-12, 1985.03.12, 1985/3/12, 19850312 or 1985年3月12日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number %1 was turned into a number by Excel and lost digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::ColumnMappingCheck</name>
    <message>
        <source>The roster has no column for %1; place it in the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is chosen for %2; each column can hold one field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::EmploymentImporter</name>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet of the file looks like the employment sheet: none has a header with 身份证号 and 就业渠道 in its first %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person on file has this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number is %1&apos;s, not %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the channel (劳务输出, 帮扶车间, 公益岗位 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel (劳务输出, 帮扶车间, 以工代赈, 园区/景区, 公益岗位, 自主创业, 灵活就业).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the job began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workshop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the post&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop of the person&apos;s site is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post of the person&apos;s site is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same job is on row %1 too; keep one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job is on file already (job %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::HeaderDetector</name>
    <message>
        <source>Row %1 of sheet &quot;%2&quot; is empty; it cannot be the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header with the name and ID-number columns was found in the first %1 rows of the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet of the file looks like a household roster: none has a header with the name and ID-number columns (姓名, 身份证号) in its first %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::HouseholdAssembler</name>
    <message>
        <source>%1 is not a county code or a county of Shaoyang; write the six-digit code, like 430524.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship to the head is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship to the head this program knows (户主, 配偶, 子, 女, 孙子, 孙女, 父母, 兄弟姐妹, 儿媳, 女婿, 其他 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex (男 or 女).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex %1 does not match the ID number, which says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number, which says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ethnic group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of education.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a labour capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member&apos;s state (在册, 迁出 or 死亡).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::ImportChecker</name>
    <message>
        <source>This ID number already appears in row %1 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number is already registered, in household %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household number %1 is already in the database with other members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is already in the database with other details (%2); correct it in the household form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::ImportWriter</name>
    <message>
        <source>The household names no site: fill in the site column or choose a site for the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::IncomeCheckCells</name>
    <message>
        <source>%1 is not an amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is negative; amounts are 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is too large for one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 has more than two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a month (write it as 2026-11 or 2026年11月).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of people (1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be %2 or %3: the day and the month cannot be told apart. Write the month year first, as %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::IncomeCheckImportStore</name>
    <message>
        <source>Another desk was importing or changing this month&apos;s checks at the same time. Nothing of this import was saved; import the sheet again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::IncomeCheckImporter</name>
    <message>
        <source>No sheet of the file looks like a month&apos;s income checks: none has a header with the head&apos;s ID number or the household code and an income column (户主身份证号, 工资性收入 …) in its first %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is on row %1 too, for the same month; keep one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month %1 has not begun: checks are imported for this month or earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing of this import was saved. Free some space on the disk and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the check of row %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household of the register has a member with the ID number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is another household&apos;s than the ID number&apos;s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the head&apos;s ID number nor the household code is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is for %1, the file is imported as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month %1 has not begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check on %1 is before the month it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has no active member at the month&apos;s end; give 家庭人口.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the checks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount is filled in on this row. Leave a household not checked yet out of the sheet; for a check, write its amounts (0 where there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of household %1 is %2; the sheet says %3. Check whether the rows have slipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::IncomeCheckLayout</name>
    <message>
        <source>The sheet has no column for %1 or %2; place one of them in the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no column for %1; place it in the column mapping or give the month of the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is chosen for %2; each column can hold one field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::MoveInDate</name>
    <message>
        <source>The move-in date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster has no move-in date column (%1). Give the date its households moved in (anju-cli import --moved-in YYYY-MM-DD; the import window asks for it), or add the column to the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::PartyRosterExporter</name>
    <message>
        <source>The export could not be recorded in the audit trail, so no file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::PartyRosterImporter</name>
    <message>
        <source>No sheet of the file looks like a party roster: none has a header with the name, the ID number and a stage date (姓名, 身份证号, 申请入党日期 …) in its first %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered from the party roster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 is on row %2 too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no party organisation named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members sit in a branch or a joint branch, never directly in a %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage date is given: at least the application date is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state %1 is not imported: only 正常 and 流动 members are; members who left are recorded through a transfer or the branch&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The roster names %n sponsor(s); two are required.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Converted on %1, more than a month after the probation ended on %2; an extension is not in the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept as written: two are linked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n full members are named %1 on %2: not linked to one of them, kept as written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a full member on %2 (full from %3): not linked, kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a full member on %2: not linked, kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party member is named %1: not linked, kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::PartyRosterLayout</name>
    <message>
        <source>The roster has no column for %1; place it in the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 is chosen for %2; each column can hold one field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::RejectedRowsWriter</name>
    <message>
        <source>The rows have too many columns for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too many rejected rows for one spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::RosterExporter</name>
    <message>
        <source>Cannot export the roster to &quot;%1&quot;: the file name must end in .xlsx (Excel) or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: name a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site to export no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your sites to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file contains personal information (ID numbers, phones, health): keep it safe, hand it only to those who need it, and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so no file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its permissions cannot be limited to you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::RosterImporter</name>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another row of this household has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing household %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported rows could not be indexed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1, row %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing of this import was saved. Free some space on the disk and import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::RosterRowsQuery</name>
    <message>
        <source>The roster cannot be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::TextTableXlsx</name>
    <message>
        <source>The rows have too many columns for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too many rows for one spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is in use; close it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::exchange::XlsxRosterWriter</name>
    <message>
        <source>The spreadsheet cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet cannot be started (no room for its temporary file?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::CaseService</name>
    <message>
        <source>Choose the site of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the case is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the case was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the case was received cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household of the case is not on file at this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of this step cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of this step is before the case&apos;s last step (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grid staff member who handles the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the department the case is referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how the case was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1 passed: escalated to the %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::CaseStateMachine</name>
    <message>
        <source>A case is received once, when it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is resolved and closed; nothing more can be done to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is with a department; it comes back to the grid only when the department returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case must be taken up before it is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department has not accepted the referral; it cannot resolve the case before accepting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is with a department and is not escalated in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already with the person in charge, the last step of the escalation chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already referred to a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a referred case can be accepted by a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department has already accepted the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a referred case can be returned by a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::DifficultFamilySources</name>
    <message>
        <source>Households marked as difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety-net households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households with a member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::GridFindings</name>
    <message>
        <source>The findings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is paired with no party member or cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1: no contact since %2 (more than %3 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1: no contact since the pairing began on %2 (more than %3 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, household %3) was not visited between %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1: %2 on %3 was to be attended by %4 and was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; (%2) passed its deadline %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::GridMonthQueries</name>
    <message>
        <source>The grid figures could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::GridPlanQuery</name>
    <message>
        <source>The grid is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::GridRules</name>
    <message>
        <source>Enter the grid code (14 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid code %1 must be 14 digits: county 6, township 3, community 3 and grid sequence 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid code %1 must begin with the site&apos;s county code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid sequence (the last two digits) runs from 01 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site of the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the grid&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the grid starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end (%1) cannot be before the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resident who serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the cadre&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A building leader needs the building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit leader needs the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party member household needs the party member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the service starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the party member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grid staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the pairing starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::GridService</name>
    <message>
        <source>What holds now starts on %1, after %2: choose a day on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid code %1 is already %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grid stays in its site; close it and make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the grid meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid %1 is not open on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid %1 still covers %2 building(s) or unit(s) and %3 household(s) by exception; assign them to another grid before closing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1 is on another site than the grid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is not in building %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid %1 already covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the household is not in its dwelling&apos;s grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 lives on another site than the grid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is no longer registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has no exception to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not a registered resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is chosen from the residents of the grid&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party member is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building is not on the grid&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid %1 has a grid leader already; end that service or hand it over first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s service has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has %2 open visit task(s): hand them over to a successor instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not serving on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the work is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The successor is not serving on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the work to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid staff member is not serving on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is paired with them already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact is recorded on a past day or today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing with household %1 did not hold on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is already recorded as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care record is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care record has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::GridWrites</name>
    <message>
        <source>The grid record was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::HouseholdTimeline</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue, not yet visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in grid %1 by exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement in grid %1 by exception ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its unit assigned to grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its building assigned to grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must attend (%1) by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular visit (%1) not made in its window from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular visit to %1 (%2) not made in its window from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case received (%1): %2; %3, deadline %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing with %1 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no household %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s timeline could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::PairingHandover</name>
    <message>
        <source>Enter the cadre&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The successor is not serving on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party member is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on the party roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the work is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds these pairings: choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no open pairing to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen pairing is not an open pairing of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing with household %1 began on %2: hand it over on that day or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paired with household %2 already: leave it out of the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing with household %1 was ended meanwhile; open the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::StaffLoadQuery</name>
    <message>
        <source>The staff member is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::VisitPlan</name>
    <message>
        <source>The visit plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no one assigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::VisitService</name>
    <message>
        <source>The household is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s visit tasks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit plan was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it happened cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not a member of this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The must-attend task was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the visit cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grid staff member who visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the party member who visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the cadre who visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is not one of this household&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was already answered by the visit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was before the task was due (from %1); it cannot answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the task this visit answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else answered or cancelled this task meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the task is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day it is cancelled, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::VisitSheetCode</name>
    <message>
        <source>Type or scan the code of a row of the visit sheet, e.g. V5724.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a code of the visit sheet: a code is V followed by digits, e.g. V5724.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is mistyped (its last digit does not check); type it again from the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::grids::VisitSheetQuery</name>
    <message>
        <source>The visit sheet could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month of the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose visit sheet to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit task has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task of code %1 (household %2) was already answered by the visit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task of code %1 (household %2) was cancelled on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task of code %1 is of a household outside your sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party member, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grid worker or pairing cadre named %1 serves in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 workers; choose one by its key:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buildings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No building is named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 buildings; choose one by its id:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::FollowUpFindings</name>
    <message>
        <source>below the monitoring line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>income dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the household into the monitoring procedure (入户核实), or review it and record why it is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the person qualifies for 低保 or 特困供养 and enrol them, or record why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitored household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::IncomeCheckRepository</name>
    <message>
        <source>Choose the month of the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid is not one of the site&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site or the grid of the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The households of the sheet could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks of the sheet could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flags of the sheet could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::IncomeCheckService</name>
    <message>
        <source>Choose the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the month of the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not begun: a check is for this month or an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the check cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the check cannot be before the month it checks (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headcount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wage income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medical expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The education expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disaster expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be over 100,000,000 yuan in a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check is typed on the grid or imported from a sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checker&apos;s name is too long (50 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household moved to the site on %1, after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household left the site on %1, before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has no members on file at the end of %1: enter the headcount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household already has a check of %1: open it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this check meanwhile: reload it and enter your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household and month of a saved check cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was saved but could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headcount cannot be over %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::IncomeFlags</name>
    <message>
        <source>Choose the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flagged households could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The households not checked could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::IncomeMonthQueries</name>
    <message>
        <source>The income figures could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::IncomeRules</name>
    <message>
        <source>The net income of the month is negative (%1 yuan): the costs exceed the income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headcount is 0: the per-capita income cannot be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people in one household: check the headcount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headcount %1 differs from the household&apos;s %2 members on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan in one month is unusually large: check the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large expense: over %1 yuan, the household will be flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of people (1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people cannot be a household&apos;s: the per-capita income needs 1 to %2 people. Type the household&apos;s number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people are more than a household has (1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::IncomeSettings</name>
    <message>
        <source>%1 has no monitoring line: set one in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no monitoring line of its own and is judged by the line of %2 (%3 yuan per person per year).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::MonitoringMonthQueries</name>
    <message>
        <source>The monitoring figures could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::MonitoringRepository</name>
    <message>
        <source>Monitoring case %1 is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitored households could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site whose notice board is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the community office of %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::MonitoringRules</name>
    <message>
        <source>Notice open until %1; approval locked until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is %1: no procedure is running, so no notice is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice is set after the village review has passed; the step due now is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day of the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day of the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice cannot begin before the village review was decided (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice&apos;s last day is before its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice from %1 to %2 has %3 working days; at least %4 are required (until %5 at the earliest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice from %1 to %2 has %3 days; at least %4 are required (until %5 at the earliest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection was received on %1, before the new first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is %1: no procedure is running, so there is no step to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step due now is %1, not %2: the steps are decided in their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the notice period first: the notice is decided after it has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not begun: decide the step before it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the decision cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot be dated before the step began (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why the step was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice runs until %1: %2 cannot be approved before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection received on %1 is not settled: settle it before the notice is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a household in entry review can be declined; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why the household is not taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot be dated before the procedure&apos;s last step (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk elimination starts for a monitored household; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the elimination starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the elimination starts cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elimination cannot start before %1, the household&apos;s last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections are logged against a notice; this household has no notice running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the objection says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the objection was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the objection was received cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice began on %1; an objection cannot be received before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection was settled on %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how the objection was handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the objection was settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the objection was settled cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection was received on %1; it cannot be settled before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is %1: no new measures are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the measure is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the measure starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure cannot start before the household was found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure ended on %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the measure ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure started on %1; it cannot end before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection to the notice received on %1 is not settled: settle it before %2 is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection received on %1 was settled on %2: %3 cannot be approved before it was settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice ran from %1 to %2; what was received on %3 is not an objection to it. Register it as a grid case, or verify the household again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::MonitoringService</name>
    <message>
        <source>Monitoring case %1 is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the flagged income check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The income check is not this household&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The income check has no flag (below the line, a drop, a large expense); choose another way the household was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the visit that found the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit is not this household&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grid case that found the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid case is not about this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the department whose data found the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the household was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the household was found cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is already in the monitoring workflow (%1 since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring case was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this monitoring case meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else decided this step meanwhile; open the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else settled this objection meanwhile; open the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else ended this measure meanwhile; open the case again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::MonitoringSources</name>
    <message>
        <source>Choose the household first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::SafetyNetRepository</name>
    <message>
        <source>The safety-net list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exemptions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::SafetyNetRules</name>
    <message>
        <source>Choose the person to enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scheme of the office&apos;s list (settings safetynet.scheme.*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount paid, more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the monthly amount, more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the enrolment begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment cannot end before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is already enrolled in %1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is already enrolled in %1 since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-off payment has nothing to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day the enrolment no longer holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment can only end after the day it began (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment already ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the enrolment ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-off payment has no monthly amount to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new amount is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the new amount applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new amount must apply from a day after %1, the day the current amount began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment ends on %1, before the new amount would apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the person is not enrolled (income above the standard, refused, supported by family …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the reason holds from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason must end after the day it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day the reason no longer holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason can only end after the day it began (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason already ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::income::SafetyNetService</name>
    <message>
        <source>The person is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person died on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person moved away on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new amount was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this enrolment meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment was not ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason was not ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::party::ConversionPlanner</name>
    <message>
        <source>Approved by the higher party committee on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the branch general meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the higher party committee approved the conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval (%1) cannot come before the branch general meeting (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::party::LeavingRules</name>
    <message>
        <source>%1 has already left the party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only a member on the branch&apos;s roll can leave the party here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not yet a party member: an applicant, activist or development target who stops is not a leaving of the party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a probationary member&apos;s membership can be cancelled; %1 is a full member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the member left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was admitted on %2; nobody leaves the party before being admitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before the last change of state (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not a probationary member on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the decision (its text or document number) that the member leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch general meeting that decided it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 is a %2; leaving the party is decided by the branch general meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 is after the day the member left (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 is not one of the branch %2 belonged to on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::party::PartyReview</name>
    <message>
        <source>%1 applied on %2; the branch talks with an applicant within a month (by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been an activist since %2: one year of cultivation is complete on %3; consider naming them a development target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extended probation of %1 ends on %2: the branch meeting decides on the conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probation of %1 (admitted %2) ends on %3: the branch meeting decides on the conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 owes dues for %n month(s) since %2, %3 yuan.</source>
        <translation>
            <numerusform>%1 owes dues for %n month since %2, %3 yuan.</numerusform>
            <numerusform>%1 owes dues for %n months since %2, %3 yuan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Not paid for %n month(s) in a row: the branch must talk with the member.</source>
        <translation>
            <numerusform> Not paid for %n month in a row: the branch must talk with the member.</numerusform>
            <numerusform> Not paid for %n months in a row: the branch must talk with the member.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no %2 was held from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no %2 held yet in the period from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 full members; a branch needs at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 full members and a committee of %3; it needs a committee of %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer of %1 out to %2 (letter %3 of %4) is not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer of %1 in from %2 (letter %3 of %4) is not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 residents) is covered by no party organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no work team serving on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no first secretary serving on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 members, 100 or more: a case for forming a party committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 members, more than %3: a case for forming a general party branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 residents and %3 full members: it needs a party organisation of its own (a branch, a general branch or a party committee covering this site alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the secretary %2 has been a full member since %3, under a year; record why if it stays so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the secretary %2 is not a full member; record why if it stays so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> Not paid for %n month(s) in a row: without good reason this is leaving the party of one&apos;s own accord, and the branch general meeting should decide on removal.</source>
        <translation>
            <numerusform> Not paid for %n month in a row: without good reason this is leaving the party of one&apos;s own accord, and the branch general meeting should decide on removal.</numerusform>
            <numerusform> Not paid for %n months in a row: without good reason this is leaving the party of one&apos;s own accord, and the branch general meeting should decide on removal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 attended none of the %n meeting(s) of the branch from %2 to %3, not all with a recorded reason: six months without organisational life and without good reason is leaving the party of one&apos;s own accord, and the branch general meeting should decide on removal.</source>
        <translation>
            <numerusform>%1 attended none of the %n meeting of the branch from %2 to %3, not all with a recorded reason: six months without organisational life and without good reason is leaving the party of one&apos;s own accord, and the branch general meeting should decide on removal.</numerusform>
            <numerusform>%1 attended none of the %n meetings of the branch from %2 to %3, not all with a recorded reason: six months without organisational life and without good reason is leaving the party of one&apos;s own accord, and the branch general meeting should decide on removal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The party records say %1 is %2; the household register says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household register says %1 is %2, but there is no party record of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::party::PartyRules</name>
    <message>
        <source>%1 is %2: no further steps can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before the previous step of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probation of %1 was already extended once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the extension in months (6 to 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new member&apos;s history starts with the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: &quot;%3&quot; does not follow from that stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 years old on %3; the age of 18 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two full members are needed as sponsors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The political review is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training of at least 3 days or 24 class hours is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been an activist since %2: one year of cultivation ends on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A probation is extended by 6 to 12 months, not %n month(s).</source>
        <translation>
            <numerusform>A probation is extended by 6 to 12 months, not %n month.</numerusform>
            <numerusform>A probation is extended by 6 to 12 months, not %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>The probation ended on %1, before the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member leaves through a transfer of organisational relations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; a member who comes back is recorded by a transfer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before the last change of state (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the monthly pay after tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the monthly pension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A farmer pays between %1 and %2 yuan a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the founding date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The founding date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation was dissolved before it was founded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site is listed twice or is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resident who is the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member&apos;s branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two mentors must be two other members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sponsors must be two other members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the training as days and class hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The political review date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch that held the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a meeting once it has been held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the topic of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month paid for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of payment (not in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the letter of introduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation the member moves to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation the member comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer is completed after the letter and not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch the member joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the work team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first secretary&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the start of the service period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch needs at least %1 full members; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 full members the branch needs a committee of %2 to %3; it has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two full members are needed as mentors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch generally has at most %1 members; with %2 (100 or more) it is a case for a party committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch generally has at most %1 members; with %2 it is a case for a general party branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving the party is recorded with its decision and meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the party; rejoining starts with a new application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the party group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch the party group belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party group belongs to a party branch or joint party branch, not to a general branch or party committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party group was dissolved before it was founded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probation of %1 ends on %2: the branch general meeting that converts the member can be held on %2 at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::party::PartyService</name>
    <message>
        <source>The organisation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this meeting meanwhile; close the form and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the months paid for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not yet a party member in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dues of %1 are already paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed transfer is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer of %1 is still pending (letter %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer was completed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the transfer was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before the last change of state (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site or the member is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent organisation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party branch has no organisations under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation cannot be placed under its own branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party committee can only be under another committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary is not a member on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this organisation meanwhile; close the form and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on file as a member; open that record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least the first step: the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first step must enter a stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the step (not in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for setting these rules aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the member is a resident, and which one, cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and belongs to no branch here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile; nothing was saved. Reload the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members sit in a branch or a joint branch, never directly in a %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the paper records the step is entered from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age of 18 and one year of cultivation have no exceptions; only a step entered from old paper records (据档案补录) may break them, with the records named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party group is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party group cannot move to another branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of the group&apos;s branch on %2: a member joins a group of their own branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this party group meanwhile; close the form and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the member joins the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party group %1 does not exist on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party group %1 is not in the member&apos;s branch on %2: a member joins a group of their own branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no village or community: enter it on the site first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::party::PartyWrites</name>
    <message>
        <source>The party record was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::party::PoliticalStatusSync</name>
    <message>
        <source>The member is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outside cadre has no entry in the household register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: the party records say nothing of their status now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not yet a party member: correct the status in the household form (群众 or 共青团员).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household register already says %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no party record to set the register from: the party records need the member entered first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no party record and the register says %2: they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register says %1 is %2, and there is no party record. A register entry has no dates: enter %1 as a member on the 党建 page or in the branch&apos;s roster, with the date of each step from their file (申请入党, 积极分子, 发展对象, 接收预备党员, 转正). If the register is wrong, correct 政治面貌 in the household form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 in the party records and %3 in the register: they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 in the party records, but the register says %3. If %1 came back, record the transfer in (组织关系转入) with its letter; otherwise correct 政治面貌 in the household form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party records have %1 as %2 since %3; the register says %4. If %1 left the party, record the leaving with the branch&apos;s decision (party leave); a register entry alone does not end a membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party records have %1 as a probationary member; the probation ends on %2. Record the conversion (转正) with the day of the branch meeting that decided it, on or after %2; 党龄 counts from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party records have %1 as %2 since %3. Record the steps that followed (发展对象, 接收预备党员, 转正) with their dates from the member&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party records have %1 as a full member (converted; 党龄 from %2). A recorded conversion is not undone from the register: if the register is behind, set it from the party record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party records have %1 as %2 since %3. Record the admission (接收预备党员) with the day of the branch general meeting that admitted them, from the member&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::registry::HouseholdRules</name>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 may contain only letters (and · between the parts of a minority name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number: enter 11 digits for a mobile or the area code and number for a fixed line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the member moved away or died.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before the member&apos;s birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the household number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household number is longer than 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resettlement site of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the county the household moved from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a county code: it has six digits, like 430524.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the relocation date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relocation date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household has one head: %1 is already the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household needs at least one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark one member as head of household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number is already entered for %1 in this household.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::registry::IdentitySearch</name>
    <message>
        <source>The search could not be written to the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::registry::PersonWriter</name>
    <message>
        <source>Someone else changed household %1 after you opened it; nothing was saved. Reload it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number was just registered for another person at another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household already has a head of household (just saved at another desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household number was just used at another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is already used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change; nothing was saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another household already has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen site no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dwelling is not in the chosen site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dwelling is already the home of household %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number already belongs to %1 of household %2: one person is registered once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a member of this household; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: a member moves out, dies or moves to another household, and stays on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 after you opened the household; nothing was saved. Reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before %2 was born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before %2 joined this household (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the head of household: choose the member who becomes the new head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the household %1 moves to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to household %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is no longer registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 already has a head of household (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed household %1 at %2, after you opened it; nothing was saved. Reload it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on the disk and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::registry::RegistryService</name>
    <message>
        <source>The household was saved but cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a registered member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is no longer registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::registry::SiteRules</name>
    <message>
        <source>%L1 residents need a one-stop service centre (recorded: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs at least a service management centre (recorded: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 households: water, power, road, broadband and gas connected, roads hardened, greened and lit are not all recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five connections, three improvements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::registry::SiteService</name>
    <message>
        <source>Enter the site code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site code may contain only digits, Latin letters and hyphens (at most 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the site name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the county code of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a county code: it has six digits, like 430524.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the building name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A building has at most 100 floors (0 when not recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another site already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this site meanwhile; close the form and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site of the building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A building has between 1 and 20 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site already has a building named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this building meanwhile; close the form and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the room number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor area must be between 0 and 500 m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::EmploymentSection</name>
    <message>
        <source>Employment rate = employed ÷ labour force, at the month&apos;s last day. Labour force: people on file that day (active, or moved away or died after it) aged %1 to %2 in whole years, with ordinary, skilled or weak labour capacity. Employed: of them, those with at least one job holding that day (begun on or before it and not ended by it); a person with two jobs counts once. People employed by channel count everyone on file holding a job of the channel, of any age; a person in two channels counts in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employment figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour force at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People employed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People employed (each once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs begun this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs ended this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People paid for the month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid for the month: %1 (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People paid any support for the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support paid for the month (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::GridsSection</name>
    <message>
        <source>Grid management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid leaders serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid workers serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building leaders serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit leaders serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member households serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active households in a grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active households in no grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active households paired with a cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of active households paired (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must-visit tasks due in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them visited within their window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them visited late, by the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them not visited by the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must-attend tasks raised in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must-attend tasks due in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them attended within their days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them attended late, by the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them not attended by the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases resolved in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases open past their deadline at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases escalated in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases referred to a department in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: overdue at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: referred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::HouseholdSizeSection</name>
    <message>
        <source>%1 or more people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Households by size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::IncomeSection</name>
    <message>
        <source>The income check figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active households at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them checked this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them not checked this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked households below the monitoring line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked households whose income dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked households with a large expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked households flagged (any flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-capita net income below the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-capita net income from the line to 1.5 times it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-capita net income from 1.5 to 2 times the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-capita net income of 2 times the line or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring line of the month&apos;s year (yuan per person per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly income check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::IndustrySection</name>
    <message>
        <source>The industry figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects at the month&apos;s end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households benefiting this year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People benefiting this year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households benefiting this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People benefiting this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::MonitoringSection</name>
    <message>
        <source>Monitored at the month&apos;s end: unstable out of poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored at the month&apos;s end: marginal, at risk of poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored at the month&apos;s end: sudden severe hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households monitored at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken into monitoring in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk eliminated in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In entry review at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed and declined in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the safety net at the month&apos;s end: %1 (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the safety net at the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amounts at the month&apos;s end: %1 (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly safety-net amounts at the month&apos;s end (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People paid a one-off amount in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off amounts paid in the month (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring households and the safety net</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::MonthlySummaryBuilder</name>
    <message>
        <source>%1-%2</source>
        <comment>year and month of the summary, e.g. 2026年10月</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the month of the summary as YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site of the summary no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::PartySection</name>
    <message>
        <source>The party figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them party branches (joint branches included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of all these, mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications handed in during the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New development targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted as probationary members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to full members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational relations transferred in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational relations transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members owing dues for the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them paid by the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues due for the month (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues for the month paid by its end (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues received during the month, arrears included (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings due in periods ending this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them held in their period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party building</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::PeopleStructureSection</name>
    <message>
        <source>Aged 0–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 6–15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 16–59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 60 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by sex, age and labour capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::PopulationSection</name>
    <message>
        <source>Households registered at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People registered at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households and people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::PopulationTrend</name>
    <message>
        <source>No figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::ReportContext</name>
    <message>
        <source>The summary could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::ReportingUnit</name>
    <message>
        <source>The reporting unit has at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting unit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::SectionWorkers</name>
    <message>
        <source>The summary was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be computed: a section was not reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::SiteRulesSection</name>
    <message>
        <source>Rules broken at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites with registered households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites without the service centre they need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites short of the required five connections and three improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::SummaryWords</name>
    <message>
        <source>Monthly summary of the resettlement sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly summary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1-%2-%3</source>
        <comment>year, month, day: 打印日期：%1年%2月%3日</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::SummaryXlsxWriter</name>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPage &amp;P of &amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::report::TrainingSection</name>
    <message>
        <source>The training figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses ending this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person-times trained this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person-times trained this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates earned this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates earned this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::settings::OfficeSettingEdit</name>
    <message>
        <source>Calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting that can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter every how many months (1 to 12) or days (1 to 366), such as 1m or 14d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount in yuan above 0 with at most two decimals, such as 6000 or 7500.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one kind of difficult family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source of difficult families this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one safety-net scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this office&apos;s safety-net schemes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter calendar or working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a text: it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing it recounts the kept sums of every income check in the database, so past checks may gain or lose their drop flag. At a large office this takes from seconds to minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monitoring line&apos;s year is from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::settings::OfficeSettings</name>
    <message>
        <source>this office&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (the stored &quot;%1&quot; cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (not set in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues of employed members (monthly pay up to yuan : percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues of retired members (monthly pension up to yuan : percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues of farmers (yuan a month, from-to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues of students, the unemployed and 低保 recipients (yuan a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full members a branch needs at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members a branch generally holds at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full members from which a branch elects a committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch committee: members at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch committee: members at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a transfer letter stays valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months without dues that are serious arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents from which a site forms its own branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full members a site needs for its own branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents from which a site needs a one-stop service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households from which a centralized site must meet 五通三化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro vegetable garden per household, m² at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding uses it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-end backups kept, months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a database file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting unit printed on the monthly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on the Reports page; empty: the site&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months between meetings: %1 (0: not expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular visits (四必访): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to go after it happened (三必到): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to resolve a case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without contact after which a paired household is a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after its deadline a late case goes to the grid leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after that it goes to the person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult families visited regularly (四必访)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as a comma list of: mark (marked by hand), monitoring (监测户), safety_net (兜底保障户), care:&lt;care category&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring line %1, yuan per person per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year without a line of its own is judged by the latest earlier year&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the %1 line comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fall of income above this percent is a drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked months a drop is compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large expenditure of one kind in one month, yuan above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the public notice (公示)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public notice counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a monitoring step may take: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety-net schemes that cover a person (应兜尽兜)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed name of the safety-net scheme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::work::EmploymentRepository</name>
    <message>
        <source>The jobs could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshops could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posts&apos; holders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labour brokers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transport batches could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batches&apos; people could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wishes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence reasons could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::work::EmploymentRules</name>
    <message>
        <source>Choose a person on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 died on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved away on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the job began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job begins on %1, more than %2 days ahead; record it nearer the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under %2 on %3; no job is recorded for a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job must end after the day it began (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly income cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only labour export names a labour broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only labour export names a transport batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a job in a workshop names a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a public-welfare post job names a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the province the person went to work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the public-welfare post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the work-for-relief project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the industrial park or scenic area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop %1 is at another site than %2&apos;s household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop %1 is not open on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post %1 is at another site than %2&apos;s household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post %1 is not open on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post %1 takes %2 people and %3 already hold it then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labour broker is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labour broker %1 serves another site than %2&apos;s household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labour broker %1 does not work for the office on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transport batch is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transport batch left from another site than %1&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job cannot begin before the transport batch left on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already works there from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already works there since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day the person no longer works there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job can only end after the day it began (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job already ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the job ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new income is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the new income applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new income must apply from a day after %1, the day the current income began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job ends on %1, before the new income would apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site the workshop serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workshop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The places offered cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the workshop opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop must close after the day it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site of the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the post&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post takes at least 1 person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly pay cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the post opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post must close after the day it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the broker&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the broker began working for the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker must stop after the day they began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can only close after the day it opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It already closes on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) there still hold on %1 or begin later; end them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the site the batch left from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the batch left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the province the batch went to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the site&apos;s people on the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch carried %1 people in all, fewer than the %2 listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the wish was collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wish cannot close before it was collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the wish was met or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wish cannot close before it was collected (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wish is already closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the wish was met or withdrawn, and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the reason holds from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason must end after the day it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write out the other reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day the reason no longer holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason can only end after the day it began (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason already ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount paid, more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the month the payment is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is for a month: give its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the money was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is another person&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course attendance is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course attendance is another person&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support is already paid to the person for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch of %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (broker %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::work::EmploymentService</name>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this job meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new income was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop was not closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this workshop meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was not closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this post meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labour broker was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labour broker is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labour broker was not closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this broker meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transport batch was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already works away since %2; end that job first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wish was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wish is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wish was not closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this wish meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason was not ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this reason meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::work::IndustryRepository</name>
    <message>
        <source>The projects could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiaries could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s benefits could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::work::IndustryRules</name>
    <message>
        <source>%1 (head %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the project&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the project began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot end before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The investment cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shares the assets are divided into, more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an asset-shares project is divided into shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares are given in one year; the project needs at least as many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households benefit in %1; the project must begin in that year or before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households benefit in %1; the project must last into that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households of another site benefit from the project; it cannot be limited to this site while they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the households that benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the year of the benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project began in %1; it gave nothing in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ended in %1; it gave nothing in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already benefits from the project in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on file (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives at another site than the project&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no members on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shares and amount cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only an asset-shares project gives shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 shares do not fit; the project has %3 and %4 are given in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares and amount cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an asset-shares project gives shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares do not fit; the project has %2 and %3 are given to others in %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::work::IndustryService</name>
    <message>
        <source>The household is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this project meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The households could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives at a site you do not work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiaries were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary row is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benefit was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this benefit meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benefit was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::work::TrainingRepository</name>
    <message>
        <source>The courses could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The courses could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trades could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1 is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s attendance could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::work::TrainingRules</name>
    <message>
        <source>Enter the course&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the trade the course teaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the course&apos;s first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the course&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course cannot end before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class hours cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The places cannot be below 0 (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people are on the course; it needs at least as many places.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Someone on the course attended %1 class hours; the course needs at least as many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone enrolled on %1; the course cannot end before that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of another site are on the course; it cannot be limited to this site while they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the people to enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day they enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course ended on %1; nobody can enrol after that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on file on %2 (moved away or died on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives at another site than the course&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit: the course has %2 places and %3 are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the hours attended cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the course records no class hours; enter the course&apos;s hours first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 hours attended is more than the course&apos;s %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the course ends on %2; completion is recorded from that day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a certificate number belongs to a completed course only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enrolled on %2; dropping out is recorded from that day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the course ended on %2; nobody can enrol after that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::work::TrainingService</name>
    <message>
        <source>Course %1 is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this course meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives at a site you do not work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the attendance to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %1 is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: someone else changed this attendance meanwhile; open the course again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: certificate %2 is already given to someone else on the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcomes were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training subsidy was paid for this enrolment; it stays on file (record the person as dropped out instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this enrolment meanwhile; open the course again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::work::WorkFindings</name>
    <message>
        <source>Choose the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work findings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wished for training (%1) on %2, %3 days ago, and has been offered no course since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trade named</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 labour) holds the public post %3 while %n weak-labour person(s) of the site wait for work: %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>skilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no post named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and no reason recorded; the household has no pairing cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and no reason recorded; for the pairing cadre %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::work::WorkMonthQueries</name>
    <message>
        <source>The work figures could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>anju::workui</name>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
