<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>No field values recorded.</source>
        <translation>No field values recorded.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up database...</source>
        <translation>&amp;Back up database...</translation>
    </message>
    <message>
        <source>&amp;Restore database...</source>
        <translation>&amp;Restore database...</translation>
    </message>
    <message>
        <source>The office database is backed up on its server (pg_dump).</source>
        <translation>The office database is backed up on its server (pg_dump).</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>Backing up the database...</source>
        <translation>Backing up the database...</translation>
    </message>
    <message>
        <source>Restore database</source>
        <translation>Restore database</translation>
    </message>
    <message>
        <source>Replace all data in the database with the backup {0}?

The current data is copied to {1} first.</source>
        <translation>Replace all data in the database with the backup {0}?

The current data is copied to {1} first.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restoring the database...</source>
        <translation>Restoring the database...</translation>
    </message>
    <message>
        <source>The database was backed up to {0}.</source>
        <translation>The database was backed up to {0}.</translation>
    </message>
    <message>
        <source>The database was restored from {0}.

The data it replaced is kept in {1}.</source>
        <translation>The database was restored from {0}.

The data it replaced is kept in {1}.</translation>
    </message>
    <message>
        <source>KPM Desktop</source>
        <translation>KPM Desktop</translation>
    </message>
    <message>
        <source>Daily backup written to {0}</source>
        <translation>Daily backup written to {0}</translation>
    </message>
    <message>
        <source>Daily backup failed: {0}</source>
        <translation>Daily backup failed: {0}</translation>
    </message>
    <message>
        <source>KPM Desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>KPM Desktop database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>First rows (rows with problems highlighted)</source>
        <translation>First rows (rows with problems highlighted)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{0} problem(s) in {1} rows: correct the file, then check again.</source>
        <translation>{0} problem(s) in {1} rows: correct the file, then check again.</translation>
    </message>
    <message>
        <source>{0} rows: {1} new, {2} changed, {3} unchanged.</source>
        <translation>{0} rows: {1} new, {2} changed, {3} unchanged.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Imported {0} rows: {1} inserted, {2} updated, {3} unchanged.</source>
        <translation>Imported {0} rows: {1} inserted, {2} updated, {3} unchanged.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>Local database file (SQLite)</source>
        <translation>Local database file (SQLite)</translation>
    </message>
    <message>
        <source>Shared office database (PostgreSQL)</source>
        <translation>Shared office database (PostgreSQL)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>The choice takes effect when KPM Desktop starts next.</source>
        <translation>The choice takes effect when KPM Desktop starts next.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>KPM Desktop database (*.sqlite3 *.db);;All files (*)</source>
        <translation>KPM Desktop database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Testing...</translation>
    </message>
    <message>
        <source>Enter the database file.</source>
        <translation>Enter the database file.</translation>
    </message>
    <message>
        <source>Enter the address of the office database, like {0}</source>
        <translation>Enter the address of the office database, like {0}</translation>
    </message>
    <message>
        <source>Database &amp;connection...</source>
        <translation>Database &amp;connection...</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>KPM Desktop hit a bug. Your saved work is safe. Copy the details below and send them to support.</source>
        <translation>KPM Desktop hit a bug. Your saved work is safe. Copy the details below and send them to support.</translation>
    </message>
    <message>
        <source>KPM Desktop</source>
        <translation>KPM Desktop</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Exporting {0}...</source>
        <translation>Exporting {0}...</translation>
    </message>
    <message>
        <source>{0} rows written</source>
        <translation>{0} rows written</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>Export {0}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>{0} rows exported to {1}</source>
        <translation>{0} rows exported to {1}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Import...</translation>
    </message>
    <message>
        <source>{0}: {1} inserted, {2} updated, {3} unchanged</source>
        <translation>{0}: {1} inserted, {2} updated, {3} unchanged</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GBK; comma, semicolon or tab) or XLSX.</source>
        <translation>CSV (UTF-8 or GBK; comma, semicolon or tab) or XLSX.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>first sheet</source>
        <translation>first sheet</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>XLSX sheet</source>
        <translation>XLSX sheet</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>Tables (*.csv *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the HR administrator</source>
        <translation>Create the HR administrator</translation>
    </message>
    <message>
        <source>This database has no administrator yet. Choose the HR admin&apos;s user name and password; the admin then adds the other users.</source>
        <translation>This database has no administrator yet. Choose the HR admin&apos;s user name and password; the admin then adds the other users.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Create admin</source>
        <translation>Create admin</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation>Password accepted.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Targets…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Computing {period}…</source>
        <translation>Computing {period}…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>{period}: {count} staff</source>
        <translation>{period}: {count} staff</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>n/a: {reason}</source>
        <translation>n/a: {reason}</translation>
    </message>
    <message>
        <source>numerator {num} / denominator {den}</source>
        <translation>numerator {num} / denominator {den}</translation>
    </message>
    <message>
        <source>target {target}, attainment {attainment}</source>
        <translation>target {target}, attainment {attainment}</translation>
    </message>
    <message>
        <source>growth vs previous period: {growth}</source>
        <translation>growth vs previous period: {growth}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>KpiTargetDialog</name>
    <message>
        <source>Set KPI target</source>
        <translation>Set KPI target</translation>
    </message>
    <message>
        <source>Staff member (employee no.)</source>
        <translation>Staff member (employee no.)</translation>
    </message>
    <message>
        <source>Department (code)</source>
        <translation>Department (code)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Saved: {owner} {kpi} = {value}</source>
        <translation>Saved: {owner} {kpi} = {value}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>English</source>
        <comment>language name</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>The language changes when KPM Desktop starts next.</source>
        <translation>The language changes when KPM Desktop starts next.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to KPM Desktop</source>
        <translation>Sign in to KPM Desktop</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KPM Desktop</source>
        <translation>KPM Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>CSV, encoding {0}, delimiter {1}</source>
        <translation>CSV, encoding {0}, delimiter {1}</translation>
    </message>
    <message>
        <source>XLSX, sheet {0}</source>
        <translation>XLSX, sheet {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>(not in file)</translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation>column {0}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <source>Print evaluation sheet</source>
        <translation>Print evaluation sheet</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>HR administrator</source>
        <translation>HR administrator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
</context>
<context>
    <name>SessionStart</name>
    <message>
        <source>Not signed in: an unattended start needs KPM_USER and KPM_PASSWORD (or KPM_ADMIN_PASSWORD when the database has no admin yet)</source>
        <translation>Not signed in: an unattended start needs KPM_USER and KPM_PASSWORD (or KPM_ADMIN_PASSWORD when the database has no admin yet)</translation>
    </message>
</context>
<context>
    <name>_WorkPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0} rows read</source>
        <translation>{0} rows read</translation>
    </message>
</context>
</TS>
