<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>Remove &amp;demo accounts...</source>
        <translation>Remove &amp;demo accounts...</translation>
    </message>
    <message>
        <source>&amp;Unlock a user name...</source>
        <translation>&amp;Unlock a user name...</translation>
    </message>
    <message>
        <source>There are no demo accounts.</source>
        <translation>There are no demo accounts.</translation>
    </message>
    <message>
        <source>Remove demo accounts</source>
        <translation>Remove demo accounts</translation>
    </message>
    <message>
        <source>Remove the demo accounts %1? Anyone who has read the README knows their password. Accounts that records name as their author are deactivated instead.</source>
        <translation>Remove the demo accounts %1? Anyone who has read the README knows their password. Accounts that records name as their author are deactivated instead.</translation>
    </message>
    <message>
        <source>Demo accounts removed: %1; deactivated: %2.</source>
        <translation>Demo accounts removed: %1; deactivated: %2.</translation>
    </message>
    <message>
        <source>No user name has failed sign-ins to forget.</source>
        <translation>No user name has failed sign-ins to forget.</translation>
    </message>
    <message>
        <source>Unlock a user name</source>
        <translation>Unlock a user name</translation>
    </message>
    <message>
        <source>Failed sign-ins in a row, newest lock first:</source>
        <translation>Failed sign-ins in a row, newest lock first:</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>&amp;Users...</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a finalized appraisal</source>
        <translation>Amend a finalized appraisal</translation>
    </message>
    <message>
        <source>What is corrected, and why (required)</source>
        <translation>What is corrected, and why (required)</translation>
    </message>
    <message>
        <source>A new revision is made; this one is kept as superseded.</source>
        <translation>A new revision is made; this one is kept as superseded.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Demo accounts can sign in: %1</source>
        <translation>Demo accounts can sign in: %1</translation>
    </message>
    <message>
        <source>Database readable by other users; fix: %1</source>
        <translation>Database readable by other users; fix: %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
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
    <name>AppraisalFormWidget</name>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Amend…</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Rater:</source>
        <translation>Rater:</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <source>Improvement plan (反馈改进)</source>
        <translation>Improvement plan</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Include chart page</source>
        <translation>Include chart page</translation>
    </message>
    <message>
        <source>Print and save the sheet with a page of charts after it: indicator profile against the department and KPI trends</source>
        <translation>Print and save the sheet with a page of charts after it: indicator profile against the department and KPI trends</translation>
    </message>
    <message>
        <source>  amends #%1: %2</source>
        <translation>  amends #%1: %2</translation>
    </message>
    <message>
        <source>revision %1 · %2</source>
        <translation>revision %1 · %2</translation>
    </message>
    <message>
        <source>(entered by HR)</source>
        <translation>(entered by HR)</translation>
    </message>
    <message>
        <source> ✓ submitted</source>
        <translation> ✓ submitted</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>N/A reason</source>
        <translation>N/A reason</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Separation of duties: you scored this appraisal as the superior, so someone else must take this step</source>
        <translation>Separation of duties: you scored this appraisal as the superior, so someone else must take this step</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>This rater %1 · Total %2</source>
        <translation>This rater %1 · Total %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>AppraisalModels</name>
    <message>
        <source>disagrees</source>
        <translation>disagrees</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>Appraisals</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Provisional: the running score of the ratings so far, final only when the appraisal is finalized</source>
        <translation>Provisional: the running score of the ratings so far, final only when the appraisal is finalized</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (provisional)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Over by</translation>
    </message>
</context>
<context>
    <name>AppraisalsPage</name>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Disagreements</translation>
    </message>
    <message>
        <source>Appraisals the employee acknowledged with a disagreement (flagged for HR)</source>
        <translation>Appraisals the employee acknowledged with a disagreement (flagged for HR)</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Waiting for me</translation>
    </message>
    <message>
        <source>What you must act on now, in every cycle (the Next step column)</source>
        <translation>What you must act on now, in every cycle (the Next step column)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>%1 appraisals</source>
        <translation>%1 appraisals</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>Assign rater…</source>
        <translation>Assign rater…</translation>
    </message>
    <message>
        <source>Appraisal #%1</source>
        <translation>Appraisal #%1</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>appraisal</source>
        <translation>appraisal</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>cycle</translation>
    </message>
    <message>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>sign_in</source>
        <translation>sign_in</translation>
    </message>
    <message>
        <source>marketing_source</source>
        <translation>marketing_source</translation>
    </message>
    <message>
        <source>import_profile</source>
        <translation>import_profile</translation>
    </message>
    <message>
        <source>rater_packet</source>
        <translation>rater_packet</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>deactivate</source>
        <translation>deactivate</translation>
    </message>
    <message>
        <source>link_staff</source>
        <translation>link_staff</translation>
    </message>
    <message>
        <source>set_password</source>
        <translation>set_password</translation>
    </message>
    <message>
        <source>unlock</source>
        <translation>unlock</translation>
    </message>
    <message>
        <source>remove_demo</source>
        <translation>remove_demo</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>seal</translation>
    </message>
    <message>
        <source>unseal</source>
        <translation>unseal</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>feedback</translation>
    </message>
    <message>
        <source>refresh_kpis</source>
        <translation>refresh_kpis</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>submit</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>finalize</source>
        <translation>finalize</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>acknowledge</translation>
    </message>
    <message>
        <source>amend</source>
        <translation>amend</translation>
    </message>
    <message>
        <source>supersede</source>
        <translation>supersede</translation>
    </message>
    <message>
        <source>activate</source>
        <translation>activate</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>retire</translation>
    </message>
    <message>
        <source>create_version</source>
        <translation>create_version</translation>
    </message>
    <message>
        <source>install_builtin</source>
        <translation>install_builtin</translation>
    </message>
    <message>
        <source>mark_in_use</source>
        <translation>mark_in_use</translation>
    </message>
    <message>
        <source>submit_self</source>
        <translation>submit_self</translation>
    </message>
    <message>
        <source>submit_superior</source>
        <translation>submit_superior</translation>
    </message>
    <message>
        <source>submit_department_head</source>
        <translation>submit_department_head</translation>
    </message>
    <message>
        <source>submit_hr</source>
        <translation>submit_hr</translation>
    </message>
    <message>
        <source>submit_peer</source>
        <translation>submit_peer</translation>
    </message>
    <message>
        <source>submit_customer</source>
        <translation>submit_customer</translation>
    </message>
    <message>
        <source>submit_panel</source>
        <translation>submit_panel</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>apply</translation>
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
    <name>BackgroundJob</name>
    <message>
        <source>This failed because of a bug; a crash report was written.</source>
        <translation>This failed because of a bug; a crash report was written.</translation>
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
    <name>BidderDialog</name>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>One file name a line</source>
        <translation>One file name a line</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Quoted %1 (%2)</source>
        <translation>Quoted %1 (%2)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Quoted %1</source>
        <translation>Quoted %1</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>Close cycle…</source>
        <translation>Close cycle…</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Grade distribution against quotas</source>
        <translation>Grade distribution against quotas</translation>
    </message>
    <message>
        <source>Over quota: the grades in red exceed the forced distribution</source>
        <translation>Over quota: the grades in red exceed the forced distribution</translation>
    </message>
    <message>
        <source>Within the quotas</source>
        <translation>Within the quotas</translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s) not scored, left out of the distribution and quotas</source>
        <translation>
            <numerusform>%n appraisal not scored, left out of the distribution and quotas</numerusform>
            <numerusform>%n appraisals not scored, left out of the distribution and quotas</numerusform>
        </translation>
    </message>
    <message>
        <source>Close cycle %1? No appraisal can be added to it afterwards.</source>
        <translation>Close cycle %1? No appraisal can be added to it afterwards.</translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s) of this department not scored</source>
        <translation>
            <numerusform>%n appraisal of this department not scored</numerusform>
            <numerusform>%n appraisals of this department not scored</numerusform>
        </translation>
    </message>
    <message>
        <source>Close cycle</source>
        <translation>Close cycle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>As PNG…</source>
        <translation>As PNG…</translation>
    </message>
    <message>
        <source>As SVG…</source>
        <translation>As SVG…</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Whole company</source>
        <translation>Whole company</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>{count} d</source>
        <translation>{count} d</translation>
    </message>
    <message>
        <source>{count} h</source>
        <translation>{count} h</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} min</translation>
    </message>
    <message>
        <source>{low}–{high} d</source>
        <translation>{low}–{high} d</translation>
    </message>
    <message>
        <source>{low}–{high} h</source>
        <translation>{low}–{high} h</translation>
    </message>
    <message>
        <source>{low}–{high} min</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <source>&lt;{duration}</source>
        <translation>&lt;{duration}</translation>
    </message>
    <message>
        <source>≥{duration}</source>
        <translation>≥{duration}</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>n/a: {reason}</source>
        <translation>n/a: {reason}</translation>
    </message>
    <message>
        <source>{count} compared</source>
        <translation>{count} compared</translation>
    </message>
    <message>
        <source>, {count} n/a</source>
        <translation>, {count} n/a</translation>
    </message>
    <message>
        <source>{kpi} ({unit})</source>
        <translation>{kpi} ({unit})</translation>
    </message>
    <message>
        <source>{group}: {total} appraised</source>
        <translation>{group}: {total} appraised</translation>
    </message>
    <message>
        <source>, {over} over quota</source>
        <translation>, {over} over quota</translation>
    </message>
    <message>
        <source>, {unscored} not scored</source>
        <translation>, {unscored} not scored</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>quota {percent}: at most {allowed}</source>
        <translation>quota {percent}: at most {allowed}</translation>
    </message>
    <message>
        <source>{over} over the quota</source>
        <translation>{over} over the quota</translation>
    </message>
    <message>
        <source>{name}: {total} {grade}</source>
        <translation>{name}: {total} {grade}</translation>
    </message>
    <message>
        <source>{department} average</source>
        <translation>{department} average</translation>
    </message>
    <message>
        <source>{total} tickets</source>
        <translation>{total} tickets</translation>
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
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <source>Save the comparison</source>
        <translation>Save the comparison</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Quoted %1</source>
        <translation>Quoted %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Weighted total</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Spread between members</source>
        <translation>Spread between members</translation>
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
        <source>KPM Desktop hit a bug. Your saved work is safe; the action that failed was not saved. Copy the details below and send them to support.</source>
        <translation>KPM Desktop hit a bug. Your saved work is safe; the action that failed was not saved. Copy the details below and send them to support.</translation>
    </message>
    <message>
        <source>A report was written to {path}; it holds no personal data.</source>
        <translation>A report was written to {path}; it holds no personal data.</translation>
    </message>
    <message>
        <source>No report could be written; copy the details instead.</source>
        <translation>No report could be written; copy the details instead.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Open report folder</source>
        <translation>Open report folder</translation>
    </message>
    <message>
        <source>KPM Desktop</source>
        <translation>KPM Desktop</translation>
    </message>
</context>
<context>
    <name>CreateCycleDialog</name>
    <message>
        <source>New appraisal cycle</source>
        <translation>New appraisal cycle</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Everyone else</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>or a position, e.g. CRM系统主管</source>
        <translation>or a position, e.g. CRM系统主管</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Separation of duties</source>
        <translation>Separation of duties</translation>
    </message>
    <message>
        <source>Whoever scores an appraisal as the superior may not also review or finalize it</source>
        <translation>Whoever scores an appraisal as the superior may not also review or finalize it</translation>
    </message>
    <message>
        <source>everyone else</source>
        <translation>everyone else</translation>
    </message>
</context>
<context>
    <name>CrmPages</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>{count} staff member</source>
        <translation>{count} staff member</translation>
    </message>
    <message>
        <source>{count} staff members</source>
        <translation>{count} staff members</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>{count} customer</source>
        <translation>{count} customer</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} customers</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>deal</translation>
    </message>
    <message>
        <source>{count} deal</source>
        <translation>{count} deal</translation>
    </message>
    <message>
        <source>{count} deals</source>
        <translation>{count} deals</translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation>Service tickets</translation>
    </message>
    <message>
        <source>service ticket</source>
        <translation>service ticket</translation>
    </message>
    <message>
        <source>{count} service ticket</source>
        <translation>{count} service ticket</translation>
    </message>
    <message>
        <source>{count} service tickets</source>
        <translation>{count} service tickets</translation>
    </message>
</context>
<context>
    <name>CrmTables</name>
    <message>
        <source>Employee no.</source>
        <translation>Employee no.</translation>
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
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Deal no.</source>
        <translation>Deal no.</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Department code</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation>Churned on</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>First-contact fix</source>
        <translation>First-contact fix</translation>
    </message>
    <message>
        <source>Repeat issue</source>
        <translation>Repeat issue</translation>
    </message>
    <message>
        <source>Rating (1-10)</source>
        <translation>Rating (1-10)</translation>
    </message>
    <message>
        <source>department code or name</source>
        <translation>department code or name</translation>
    </message>
    <message>
        <source>employee no.</source>
        <translation>employee no.</translation>
    </message>
    <message>
        <source>customer code</source>
        <translation>customer code</translation>
    </message>
    <message>
        <source>0-100</source>
        <translation>0-100</translation>
    </message>
    <message>
        <source>1-10</source>
        <translation>1-10</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Way of contact</source>
        <translation>Way of contact</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
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
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>department code</source>
        <translation>department code</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CyclesPage</name>
    <message>
        <source>New cycle…</source>
        <translation>New cycle…</translation>
    </message>
    <message>
        <source>Create appraisals</source>
        <translation>Create appraisals</translation>
    </message>
    <message>
        <source>One appraisal per active staff member</source>
        <translation>One appraisal per active staff member</translation>
    </message>
    <message>
        <source>Export sheets…</source>
        <translation>Export sheets…</translation>
    </message>
    <message>
        <source>The cycle&apos;s evaluation sheets as PDF</source>
        <translation>The cycle&apos;s evaluation sheets as PDF</translation>
    </message>
    <message>
        <source>Sheet settings…</source>
        <translation>Sheet settings…</translation>
    </message>
    <message>
        <source>Creating appraisals…</source>
        <translation>Creating appraisals…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled: nothing was created</source>
        <translation>Cancelled: nothing was created</translation>
    </message>
    <message>
        <source>Reading appraisals…</source>
        <translation>Reading appraisals…</translation>
    </message>
    <message>
        <source>Rendering sheets…</source>
        <translation>Rendering sheets…</translation>
    </message>
    <message>
        <source>Signing sheets…</source>
        <translation>Signing sheets…</translation>
    </message>
    <message>
        <source>Export cancelled after %1 sheets</source>
        <translation>Export cancelled after %1 sheets</translation>
    </message>
    <message>
        <source>Exported %1 sheets: %2 files</source>
        <translation>Exported %1 sheets: %2 files</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Loading the charts…</source>
        <translation>Loading the charts…</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Whole company</translation>
    </message>
    <message>
        <source>Trend KPIs</source>
        <translation>Trend KPIs</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Read the CRM data again (after an import)</source>
        <translation>Read the CRM data again (after an import)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Nothing to show: your account is not linked to staff you may see</source>
        <translation>Nothing to show: your account is not linked to staff you may see</translation>
    </message>
    <message>
        <source>KPI trend by quarter</source>
        <translation>KPI trend by quarter</translation>
    </message>
    <message>
        <source>Team comparison</source>
        <translation>Team comparison</translation>
    </message>
    <message>
        <source>Grade distribution and quotas</source>
        <translation>Grade distribution and quotas</translation>
    </message>
    <message>
        <source>Staff profile against the department</source>
        <translation>Staff profile against the department</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>First response time</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Resolution time</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <source>Loading {period}…</source>
        <translation>Loading {period}…</translation>
    </message>
    <message>
        <source>No finished appraisals in this period</source>
        <translation>No finished appraisals in this period</translation>
    </message>
    <message>
        <source>Choose a staff member</source>
        <translation>Choose a staff member</translation>
    </message>
    <message>
        <source>No finished appraisal for this person</source>
        <translation>No finished appraisal for this person</translation>
    </message>
    <message>
        <source>n/a: {reason}</source>
        <translation>n/a: {reason}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
</context>
<context>
    <name>DataKinds</name>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Deals / orders</source>
        <translation>Deals / orders</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation>Service tickets</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Marketing spend</source>
        <translation>Marketing spend</translation>
    </message>
    <message>
        <source>Appraisal results</source>
        <translation>Appraisal results</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline of %1</source>
        <translation>Deadline of %1</translation>
    </message>
    <message>
        <source>Sheets are taken until the end of this day (23:59:59, office time).</source>
        <translation>Sheets are taken until the end of this day (23:59:59, office time).</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>DecimalEdit</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is not a number</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>weight</translation>
    </message>
    <message>
        <source>scoring method</source>
        <translation>scoring method</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>source of information</source>
        <translation>source of information</translation>
    </message>
    <message>
        <source>rater</source>
        <translation>rater</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>result scale</source>
        <translation>result scale</translation>
    </message>
    <message>
        <source>raters</source>
        <translation>raters</translation>
    </message>
    <message>
        <source>grade bands</source>
        <translation>grade bands</translation>
    </message>
    <message>
        <source>grade quotas</source>
        <translation>grade quotas</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Change %1 of %2</translation>
    </message>
    <message>
        <source>Change template %1</source>
        <translation>Change template %1</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>Move category</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Move indicator</translation>
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
        <source>Import &amp;profiles...</source>
        <translation>Import &amp;profiles...</translation>
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
    <name>ExportSheetsDialog</name>
    <message>
        <source>Export evaluation sheets of %1</source>
        <translation>Export evaluation sheets of %1</translation>
    </message>
    <message>
        <source>One PDF per appraisal, in a folder</source>
        <translation>One PDF per appraisal, in a folder</translation>
    </message>
    <message>
        <source>All sheets in one combined PDF</source>
        <translation>All sheets in one combined PDF</translation>
    </message>
    <message>
        <source>Include chart page after each sheet</source>
        <translation>Include chart page after each sheet</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExtraRatersBox</name>
    <message>
        <source>Added raters (every template of this cycle)</source>
        <translation>Added raters (every template of this cycle)</translation>
    </message>
    <message>
        <source>No fixed person: HR enters the sheet</source>
        <translation>No fixed person: HR enters the sheet</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
</context>
<context>
    <name>FiguresStrip</name>
    <message>
        <source>Whole company</source>
        <translation>Whole company</translation>
    </message>
    <message>
        <source>{period} · {scope}</source>
        <translation>{period} · {scope}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
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
    <name>FilterCombo</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
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
        <source>Create the HR admin for an empty company</source>
        <translation>Create the HR admin for an empty company</translation>
    </message>
    <message>
        <source>Open a demo company: invented staff and CRM data, and three demo accounts whose password is published</source>
        <translation>Open a demo company: invented staff and CRM data, and three demo accounts whose password is published</translation>
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
        <source>The password must have at least {0} characters (it has {1})</source>
        <translation>The password must have at least {0} characters (it has {1})</translation>
    </message>
    <message>
        <source>The password must use at least 3 different characters</source>
        <translation>The password must use at least 3 different characters</translation>
    </message>
    <message>
        <source>The password must differ from the user name</source>
        <translation>The password must differ from the user name</translation>
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
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message>
        <source>Import profiles</source>
        <translation>Import profiles</translation>
    </message>
    <message>
        <source>Built-in starting points read Salesforce and HubSpot exports and KPM Desktop&apos;s own; save a copy to adjust one to your company&apos;s columns and words.</source>
        <translation>Built-in starting points read Salesforce and HubSpot exports and KPM Desktop&apos;s own; save a copy to adjust one to your company&apos;s columns and words.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>Columns and &amp;values (JSON)</source>
        <translation>Columns and &amp;values (JSON)</translation>
    </message>
    <message>
        <source>name of the copy</source>
        <translation>name of the copy</translation>
    </message>
    <message>
        <source>Save a &amp;copy</source>
        <translation>Save a &amp;copy</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Export...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Import...</translation>
    </message>
    <message>
        <source>built-in starting point</source>
        <translation>built-in starting point</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>A starting point: save a copy under a name of your own to adjust it.</source>
        <translation>A starting point: save a copy under a name of your own to adjust it.</translation>
    </message>
    <message>
        <source>Edit the profile below and save; docs/formats.md describes each entry.</source>
        <translation>Edit the profile below and save; docs/formats.md describes each entry.</translation>
    </message>
    <message>
        <source>Saved a copy as &apos;{0}&apos;.</source>
        <translation>Saved a copy as &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>the profile</translation>
    </message>
    <message>
        <source>Saved &apos;{0}&apos;.</source>
        <translation>Saved &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Removed &apos;{0}&apos;.</source>
        <translation>Removed &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Written to {0}.</source>
        <translation>Written to {0}.</translation>
    </message>
    <message>
        <source>Imported &apos;{0}&apos; from {1}.</source>
        <translation>Imported &apos;{0}&apos; from {1}.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Export profile</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Import profile</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>this import</source>
        <translation>this import</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>Select a category or an indicator in the tree.</source>
        <translation>Select a category or an indicator in the tree.</translation>
    </message>
    <message>
        <source>Category (指标类别)</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Weight of its indicators</source>
        <translation>Weight of its indicators</translation>
    </message>
    <message>
        <source>Indicator (考核指标)</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source (信息来源)</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Appraiser (考评人)</source>
        <translation>Appraiser</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>Weight %</translation>
    </message>
    <message>
        <source>The category needs a name</source>
        <translation>The category needs a name</translation>
    </message>
</context>
<context>
    <name>IndicatorRow</name>
    <message>
        <source>1. met</source>
        <translation>1. met</translation>
    </message>
    <message>
        <source>2. partly met</source>
        <translation>2. partly met</translation>
    </message>
    <message>
        <source>3. not met</source>
        <translation>3. not met</translation>
    </message>
    <message>
        <source>1. provided</source>
        <translation>1. provided</translation>
    </message>
    <message>
        <source>2. not provided</source>
        <translation>2. not provided</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Recompute the KPI figures from the CRM data</source>
        <translation>Recompute the KPI figures from the CRM data</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <source>reason for N/A</source>
        <translation>reason for N/A</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>KPI %1: not computed yet</source>
        <translation>KPI %1: not computed yet</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
</context>
<context>
    <name>IntegrityActions</name>
    <message>
        <source>Check &amp;integrity...</source>
        <translation>Check &amp;integrity...</translation>
    </message>
    <message>
        <source>Check the audit log, the sealed records and the witness, like kpm verify</source>
        <translation>Check the audit log, the sealed records and the witness, like kpm verify</translation>
    </message>
    <message>
        <source>Checking integrity...</source>
        <translation>Checking integrity...</translation>
    </message>
    <message>
        <source>KPM Desktop</source>
        <translation>KPM Desktop</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Integrity check</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <source>Problem: {0}</source>
        <translation>Problem: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>No problem found.</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>In proportion to a target</source>
        <translation>In proportion to a target</translation>
    </message>
    <message>
        <source>Points by value band</source>
        <translation>Points by value band</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Full marks at target x</source>
        <translation>Full marks at target x</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>From (≥)</source>
        <translation>From (≥)</translation>
    </message>
    <message>
        <source>To (&lt;)</source>
        <translation>To (&lt;)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>Maximum points</translation>
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
        <source>Marketing sources…</source>
        <translation>Marketing sources…</translation>
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
        <source>Whole company</source>
        <translation>Whole company</translation>
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
    <name>LevelsEditor</name>
    <message>
        <source>Maximum points</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Descriptor (考评标准)</source>
        <translation>Descriptor</translation>
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
    <message>
        <source>Sign &amp;out / switch user...</source>
        <translation>Sign &amp;out / switch user...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
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
        <source>Saved as profile &apos;{0}&apos;.</source>
        <translation>Saved as profile &apos;{0}&apos;.</translation>
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
    <message>
        <source>Every column of the file is imported.</source>
        <translation>Every column of the file is imported.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Not imported: {0}</source>
        <translation>Not imported: {0}</translation>
    </message>
    <message>
        <source>{0} (did you mean {1}?)</source>
        <translation>{0} (did you mean {1}?)</translation>
    </message>
</context>
<context>
    <name>MarketingSourcesDialog</name>
    <message>
        <source>Marketing sources</source>
        <translation>Marketing sources</translation>
    </message>
    <message>
        <source>Marketing ROI counts the revenue of customers whose source is a marketing source. By default a source counts when a marketing spend channel has the same name; mark other sources as marketing (with the channel that pays for them) or exclude them.</source>
        <translation>Marketing ROI counts the revenue of customers whose source is a marketing source. By default a source counts when a marketing spend channel has the same name; mark other sources as marketing (with the channel that pays for them) or exclude them.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <source>Paid by channel</source>
        <translation>Paid by channel</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Marketing ROI per spend channel, {period}</source>
        <translation>Marketing ROI per spend channel, {period}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Sources it pays for</source>
        <translation>Sources it pays for</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Marketing ROI</source>
        <translation>Marketing ROI</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Marketing spend channels in the data: {channels}</source>
        <translation>Marketing spend channels in the data: {channels}</translation>
    </message>
    <message>
        <source>Saved: {count} change(s)</source>
        <translation>Saved: {count} change(s)</translation>
    </message>
    <message>
        <source>Default rule</source>
        <translation>Default rule</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>counted: a spend channel has this name</source>
        <translation>counted: a spend channel has this name</translation>
    </message>
    <message>
        <source>counted, paid by {channel}</source>
        <translation>counted, paid by {channel}</translation>
    </message>
    <message>
        <source>counted, no paying channel stated</source>
        <translation>counted, no paying channel stated</translation>
    </message>
    <message>
        <source>not counted: excluded</source>
        <translation>not counted: excluded</translation>
    </message>
    <message>
        <source>not counted: neither marketing nor excluded</source>
        <translation>not counted: neither marketing nor excluded</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Panel member</source>
        <translation>Panel member</translation>
    </message>
    <message>
        <source>e.g. 50</source>
        <translation>e.g. 50</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>Weight (%)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
</context>
<context>
    <name>MemberWeightDialog</name>
    <message>
        <source>Weight of %1</source>
        <translation>Weight of %1</translation>
    </message>
</context>
<context>
    <name>MetEditor</name>
    <message>
        <source>Points when met</source>
        <translation>Points when met</translation>
    </message>
    <message>
        <source>Points when partly met</source>
        <translation>Points when partly met</translation>
    </message>
</context>
<context>
    <name>MethodEditor</name>
    <message>
        <source>Scoring method</source>
        <translation>Scoring method</translation>
    </message>
</context>
<context>
    <name>MethodLabels</name>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Met / partly / not</source>
        <translation>Met / partly / not</translation>
    </message>
    <message>
        <source>Provided or not</source>
        <translation>Provided or not</translation>
    </message>
    <message>
        <source>Numeric scale</source>
        <translation>Numeric scale</translation>
    </message>
    <message>
        <source>Rank in cycle</source>
        <translation>Rank in cycle</translation>
    </message>
    <message>
        <source>Achievement in per cent</source>
        <translation>Achievement in per cent</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Provided</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Lowest rating 0, highest full points: (rating − min) ÷ (max − min)</source>
        <translation>Lowest rating 0, highest full points: (rating − min) ÷ (max − min)</translation>
    </message>
    <message>
        <source>Rating ÷ maximum (the rule of earlier templates)</source>
        <translation>Rating ÷ maximum (the rule of earlier templates)</translation>
    </message>
    <message>
        <source>points: (rating − min) ÷ (max − min)</source>
        <translation>points: (rating − min) ÷ (max − min)</translation>
    </message>
    <message>
        <source>points: rating ÷ max</source>
        <translation>points: rating ÷ max</translation>
    </message>
    <message>
        <source>The value compared with the others of the cycle</source>
        <translation>The value compared with the others of the cycle</translation>
    </message>
    <message>
        <source>points: weight × achievement ÷ 100</source>
        <translation>points: weight × achievement ÷ 100</translation>
    </message>
    <message>
        <source>The achievement in per cent, 0 to 100</source>
        <translation>The achievement in per cent, 0 to 100</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Selections</source>
        <translation>Selections</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>Appraisals</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>NewSelectionDialog</name>
    <message>
        <source>New selection</source>
        <translation>New selection</translation>
    </message>
    <message>
        <source>e.g. CRM selection 2026</source>
        <translation>e.g. CRM selection 2026</translation>
    </message>
    <message>
        <source>Panel members see each other&apos;s sheets before closing</source>
        <translation>Panel members see each other&apos;s sheets before closing</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>NewUserForm</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>Employee number, e.g. E00012 (optional)</source>
        <translation>Employee number, e.g. E00012 (optional)</translation>
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
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Linked staff</source>
        <translation>Linked staff</translation>
    </message>
</context>
<context>
    <name>OfficeZoneDialog</name>
    <message>
        <source>Office time zone</source>
        <translation>Office time zone</translation>
    </message>
    <message>
        <source>Clock times in imported files and forms are read in this zone, KPI periods start at its midnight and times are shown in it. Times already stored keep their moment.</source>
        <translation>Clock times in imported files and forms are read in this zone, KPI periods start at its midnight and times are shown in it. Times already stored keep their moment.</translation>
    </message>
    <message>
        <source>Office &amp;time zone...</source>
        <translation>Office &amp;time zone...</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Close the cycle anyway</source>
        <translation>Close the cycle anyway</translation>
    </message>
    <message>
        <source>Why the cycle may close as it is (recorded)</source>
        <translation>Why the cycle may close as it is (recorded)</translation>
    </message>
</context>
<context>
    <name>PacketPreviewDialog</name>
    <message>
        <source>Returned packets</source>
        <translation>Returned packets</translation>
    </message>
    <message>
        <source>Packet / appraisal</source>
        <translation>Packet / appraisal</translation>
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
        <source>Apply chosen</source>
        <translation>Apply chosen</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>Already applied: nothing to do</source>
        <translation>Already applied: nothing to do</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>%1 appraisals to change, %2 left untouched, %3 files refused</source>
        <translation>%1 appraisals to change, %2 left untouched, %3 files refused</translation>
    </message>
</context>
<context>
    <name>PacketsPanel</name>
    <message>
        <source>Rater packets (offline scoring in Excel or WPS)</source>
        <translation>Rater packets (offline scoring in Excel or WPS)</translation>
    </message>
    <message>
        <source>Export packets…</source>
        <translation>Export packets…</translation>
    </message>
    <message>
        <source>One XLSX per rater of the selected cycle</source>
        <translation>One XLSX per rater of the selected cycle</translation>
    </message>
    <message>
        <source>Import packets…</source>
        <translation>Import packets…</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>Return by</translation>
    </message>
    <message>
        <source>or drop returned packets here</source>
        <translation>or drop returned packets here</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Rater</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Folder for the packets</source>
        <translation>Folder for the packets</translation>
    </message>
    <message>
        <source>Writing packets…</source>
        <translation>Writing packets…</translation>
    </message>
    <message>
        <source>%1 packets written</source>
        <translation>%1 packets written</translation>
    </message>
    <message>
        <source>Returned packets</source>
        <translation>Returned packets</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking packets…</source>
        <translation>Checking packets…</translation>
    </message>
    <message>
        <source>Applying packets…</source>
        <translation>Applying packets…</translation>
    </message>
    <message>
        <source>Entered the ratings of %1 appraisals from %2 packets</source>
        <translation>Entered the ratings of %1 appraisals from %2 packets</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>PercentEditor</name>
    <message>
        <source>The rater enters the achievement from 0 to 100 %; the indicator earns weight × achievement ÷ 100.</source>
        <translation>The rater enters the achievement from 0 to 100 %; the indicator earns weight × achievement ÷ 100.</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>name of the new profile</source>
        <translation>name of the new profile</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>&amp;Save as profile</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>(none: columns matched by their names)</source>
        <translation>(none: columns matched by their names)</translation>
    </message>
    <message>
        <source>{0} (built-in starting point)</source>
        <translation>{0} (built-in starting point)</translation>
    </message>
    <message>
        <source>No profile fits this file&apos;s headers.</source>
        <translation>No profile fits this file&apos;s headers.</translation>
    </message>
    <message>
        <source>Picked automatically: the file&apos;s headers fit &apos;{0}&apos;.</source>
        <translation>Picked automatically: the file&apos;s headers fit &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Reading the file with &apos;{0}&apos;.</source>
        <translation>Reading the file with &apos;{0}&apos;.</translation>
    </message>
</context>
<context>
    <name>ProfileSettingsForm</name>
    <message>
        <source>found out from the file</source>
        <translation>found out from the file</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation>GB18030 (GBK)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>the first sheet</source>
        <translation>the first sheet</translation>
    </message>
    <message>
        <source>e.g. %m/%d/%Y; empty: the usual forms</source>
        <translation>e.g. %m/%d/%Y; empty: the usual forms</translation>
    </message>
    <message>
        <source>e.g. %Y-%m-%d %H:%M</source>
        <translation>e.g. %Y-%m-%d %H:%M</translation>
    </message>
    <message>
        <source>the office time zone</source>
        <translation>the office time zone</translation>
    </message>
    <message>
        <source>employee no.</source>
        <translation>employee no.</translation>
    </message>
    <message>
        <source>customer code</source>
        <translation>customer code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <source>XLSX sheet</source>
        <translation>XLSX sheet</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Date format</translation>
    </message>
    <message>
        <source>Date and time format</source>
        <translation>Date and time format</translation>
    </message>
    <message>
        <source>Time zone of clock times</source>
        <translation>Time zone of clock times</translation>
    </message>
    <message>
        <source>Staff named by</source>
        <translation>Staff named by</translation>
    </message>
    <message>
        <source>Customers named by</source>
        <translation>Customers named by</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
</context>
<context>
    <name>ProvidedEditor</name>
    <message>
        <source>Points when provided</source>
        <translation>Points when provided</translation>
    </message>
</context>
<context>
    <name>RankEditor</name>
    <message>
        <source>Lowest value ranks first</source>
        <translation>Lowest value ranks first</translation>
    </message>
    <message>
        <source>Highest value ranks first</source>
        <translation>Highest value ranks first</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Points by position</source>
        <translation>Points by position</translation>
    </message>
    <message>
        <source>Points for the last</source>
        <translation>Points for the last</translation>
    </message>
    <message>
        <source>Write numbers separated by commas, e.g. 5, 4</source>
        <translation>Write numbers separated by commas, e.g. 5, 4</translation>
    </message>
</context>
<context>
    <name>RaterDialog</name>
    <message>
        <source>Assign rater</source>
        <translation>Assign rater</translation>
    </message>
    <message>
        <source>(entered by HR)</source>
        <translation>(entered by HR)</translation>
    </message>
    <message>
        <source>Number, name or department</source>
        <translation>Number, name or department</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>No rater sheet of this appraisal is open to assign.</source>
        <translation>No rater sheet of this appraisal is open to assign.</translation>
    </message>
    <message>
        <source>Choose a sheet and a person.</source>
        <translation>Choose a sheet and a person.</translation>
    </message>
</context>
<context>
    <name>RaterRoles</name>
    <message>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>Direct superior</source>
        <translation>Direct superior</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Department head</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Review panel</source>
        <translation>Review panel</translation>
    </message>
</context>
<context>
    <name>RecordTableEditor</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
</context>
<context>
    <name>RenameBidderDialog</name>
    <message>
        <source>Rename bidder %1</source>
        <translation>Rename bidder %1</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>New name</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <source>Change the role of %1</source>
        <translation>Change the role of %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
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
    <message>
        <source>Selection panel</source>
        <translation>Selection panel</translation>
    </message>
</context>
<context>
    <name>RubricTreeModel</name>
    <message>
        <source>Category / indicator</source>
        <translation>Category / indicator</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>Weight %</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The category has no name</source>
        <translation>The category has no name</translation>
    </message>
    <message>
        <source>The category has no indicators</source>
        <translation>The category has no indicators</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Lowest rating</source>
        <translation>Lowest rating</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>Highest rating</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>ScoreSheetDialog</name>
    <message>
        <source>Score a bidder: %1</source>
        <translation>Score a bidder: %1</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Ranked from the quoted figures, not rated: %1</source>
        <translation>Ranked from the quoted figures, not rated: %1</translation>
    </message>
    <message>
        <source>comment on the whole sheet</source>
        <translation>comment on the whole sheet</translation>
    </message>
    <message>
        <source>&amp;Submit sheet</source>
        <translation>&amp;Submit sheet</translation>
    </message>
</context>
<context>
    <name>SelectionsPage</name>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>Bidders</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Quoted</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Panel member</source>
        <translation>Panel member</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>&amp;Bidders</source>
        <translation>&amp;Bidders</translation>
    </message>
    <message>
        <source>&amp;Panel</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Comparison</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;New...</translation>
    </message>
    <message>
        <source>Bi&amp;dder...</source>
        <translation>Bi&amp;dder...</translation>
    </message>
    <message>
        <source>Panel &amp;member...</source>
        <translation>Panel &amp;member...</translation>
    </message>
    <message>
        <source>&amp;Start scoring</source>
        <translation>&amp;Start scoring</translation>
    </message>
    <message>
        <source>Sc&amp;ore...</source>
        <translation>Sc&amp;ore...</translation>
    </message>
    <message>
        <source>C&amp;lose scoring</source>
        <translation>C&amp;lose scoring</translation>
    </message>
    <message>
        <source>Si&amp;gned today</source>
        <translation>Si&amp;gned today</translation>
    </message>
    <message>
        <source>Record that the panel signed the printed comparison today</source>
        <translation>Record that the panel signed the printed comparison today</translation>
    </message>
    <message>
        <source>E&amp;xport XLSX...</source>
        <translation>E&amp;xport XLSX...</translation>
    </message>
    <message>
        <source>Save &amp;PDF...</source>
        <translation>Save &amp;PDF...</translation>
    </message>
    <message>
        <source>Change &amp;deadline...</source>
        <translation>Change &amp;deadline...</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Only your own sheets are shown until the selection is closed.</source>
        <translation>Only your own sheets are shown until the selection is closed.</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Deadline %1 has passed (office time): panel members can no longer submit sheets; HR can extend it or close the scoring.</source>
        <translation>Deadline %1 has passed (office time): panel members can no longer submit sheets; HR can extend it or close the scoring.</translation>
    </message>
    <message>
        <source>Sheets are taken until the end of %1 (office time).</source>
        <translation>Sheets are taken until the end of %1 (office time).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Close the other open windows (appraisal forms, editors, dialogs) and choose the language again to switch now; otherwise it changes at the next start.</source>
        <translation>Close the other open windows (appraisal forms, editors, dialogs) and choose the language again to switch now; otherwise it changes at the next start.</translation>
    </message>
</context>
<context>
    <name>SetupActions</name>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Rename...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Weight...</source>
        <translation>&amp;Weight...</translation>
    </message>
    <message>
        <source>Remove bidder %1 from selection %2?</source>
        <translation>Remove bidder %1 from selection %2?</translation>
    </message>
    <message>
        <source>Remove bidder %1 from selection %2? Its %3 sheet(s) are dropped and the prices of the others ranked again. This cannot be undone.</source>
        <translation>Remove bidder %1 from selection %2? Its %3 sheet(s) are dropped and the prices of the others ranked again. This cannot be undone.</translation>
    </message>
    <message>
        <source>Remove bidder</source>
        <translation>Remove bidder</translation>
    </message>
    <message>
        <source>Remove %1 from the panel of selection %2? The weights must total 100 again before the scoring can be closed.</source>
        <translation>Remove %1 from the panel of selection %2? The weights must total 100 again before the scoring can be closed.</translation>
    </message>
    <message>
        <source>Remove %1 from the panel of selection %2? Their %3 sheet(s) are dropped. The weights must total 100 again before the scoring can be closed. This cannot be undone.</source>
        <translation>Remove %1 from the panel of selection %2? Their %3 sheet(s) are dropped. The weights must total 100 again before the scoring can be closed. This cannot be undone.</translation>
    </message>
    <message>
        <source>Remove panel member</source>
        <translation>Remove panel member</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>No PDF viewer opened %1</source>
        <translation>No PDF viewer opened %1</translation>
    </message>
    <message>
        <source>Save evaluation sheet</source>
        <translation>Save evaluation sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SheetCheckActions</name>
    <message>
        <source>&amp;Verify a printed sheet...</source>
        <translation>&amp;Verify a printed sheet...</translation>
    </message>
</context>
<context>
    <name>SheetCheckDialog</name>
    <message>
        <source>Verify a printed sheet</source>
        <translation>Verify a printed sheet</translation>
    </message>
    <message>
        <source>Drop an evaluation sheet PDF here, or choose one. Its content is compared with the record, the audit chain head it printed is looked up, and a signature is validated.</source>
        <translation>Drop an evaluation sheet PDF here, or choose one. Its content is compared with the record, the audit chain head it printed is looked up, and a signature is validated.</translation>
    </message>
    <message>
        <source>Choose PDF...</source>
        <translation>Choose PDF...</translation>
    </message>
    <message>
        <source>Choose a printed sheet</source>
        <translation>Choose a printed sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Checking {0}...</source>
        <translation>Checking {0}...</translation>
    </message>
    <message>
        <source>{0} matches the record.</source>
        <translation>{0} matches the record.</translation>
    </message>
    <message>
        <source>{0} does NOT match the record.</source>
        <translation>{0} does NOT match the record.</translation>
    </message>
    <message>
        <source>{0} names an appraisal the database does not have.</source>
        <translation>{0} names an appraisal the database does not have.</translation>
    </message>
</context>
<context>
    <name>SheetSettings</name>
    <message>
        <source>Signing certificate</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <source>Password of %1 (kept until you quit)</source>
        <translation>Password of %1 (kept until you quit)</translation>
    </message>
</context>
<context>
    <name>SheetSettingsDialog</name>
    <message>
        <source>Evaluation sheet settings</source>
        <translation>Evaluation sheet settings</translation>
    </message>
    <message>
        <source>none: sheets are not signed</source>
        <translation>none: sheets are not signed</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>asked once per session, never stored</source>
        <translation>asked once per session, never stored</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Signing certificate (PKCS#12)</source>
        <translation>Signing certificate (PKCS#12)</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No such file: %1</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>finalized</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>scoring</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
</context>
<context>
    <name>StepConfirmation</name>
    <message>
        <source>Don&apos;t ask before submit and review</source>
        <translation>Don&apos;t ask before submit and review</translation>
    </message>
    <message>
        <source>I agree with this appraisal</source>
        <translation>I agree with this appraisal</translation>
    </message>
    <message>
        <source>I disagree (HR is told)</source>
        <translation>I disagree (HR is told)</translation>
    </message>
    <message>
        <source>Your comment (optional)</source>
        <translation>Your comment (optional)</translation>
    </message>
    <message>
        <source>Total and grade: %1</source>
        <translation>Total and grade: %1</translation>
    </message>
    <message>
        <source>Not rated yet: %1</source>
        <translation>Not rated yet: %1</translation>
    </message>
    <message>
        <source>N/A: %1</source>
        <translation>N/A: %1</translation>
    </message>
    <message>
        <source>Submit this sheet?</source>
        <translation>Submit this sheet?</translation>
    </message>
    <message>
        <source>Review this appraisal?</source>
        <translation>Review this appraisal?</translation>
    </message>
    <message>
        <source>Finalize this appraisal?</source>
        <translation>Finalize this appraisal?</translation>
    </message>
    <message>
        <source>Acknowledge this appraisal?</source>
        <translation>Acknowledge this appraisal?</translation>
    </message>
    <message>
        <source>Your sheet is handed on and can no longer be changed by you.</source>
        <translation>Your sheet is handed on and can no longer be changed by you.</translation>
    </message>
    <message>
        <source>The appraisal is handed on to be finalized.</source>
        <translation>The appraisal is handed on to be finalized.</translation>
    </message>
    <message>
        <source>The result is stored, locked and sealed; only an amendment (a new revision with a reason) can correct it afterwards.</source>
        <translation>The result is stored, locked and sealed; only an amendment (a new revision with a reason) can correct it afterwards.</translation>
    </message>
    <message>
        <source>You confirm that you have seen your finalized appraisal; say whether you agree. It is sealed with your answer.</source>
        <translation>You confirm that you have seen your finalized appraisal; say whether you agree. It is sealed with your answer.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Search every column shown (Ctrl+F)</source>
        <translation>Search every column shown (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Export table…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>matching “{search}”</source>
        <translation>matching “{search}”</translation>
    </message>
    <message>
        <source>(filtered)</source>
        <translation>(filtered)</translation>
    </message>
    <message>
        <source>Add {record}</source>
        <translation>Add {record}</translation>
    </message>
    <message>
        <source>Edit {record}</source>
        <translation>Edit {record}</translation>
    </message>
    <message>
        <source>Delete {record}</source>
        <translation>Delete {record}</translation>
    </message>
    <message>
        <source>Delete {record} {name}? This cannot be undone.</source>
        <translation>Delete {record} {name}? This cannot be undone.</translation>
    </message>
    <message>
        <source>KPM Desktop</source>
        <translation>KPM Desktop</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Show or hide the preview of the printed sheet</source>
        <translation>Show or hide the preview of the printed sheet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Weight total %1 %</source>
        <translation>Weight total %1 %</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 short</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 over</translation>
    </message>
    <message>
        <source>Weight total %1 % (%2)</source>
        <translation>Weight total %1 % (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Cannot activate yet, %n problem(s):</source>
        <translation>
            <numerusform>Cannot activate yet, %n problem:</numerusform>
            <numerusform>Cannot activate yet, %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the template can be activated.</source>
        <translation>No problems: the template can be activated.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Version %1 is used by appraisals and never changes: saving makes a new version.</source>
        <translation>Version %1 is used by appraisals and never changes: saving makes a new version.</translation>
    </message>
    <message>
        <source>Saved as version %1; version %2 stays with the appraisals that use it.</source>
        <translation>Saved as version %1; version %2 stays with the appraisals that use it.</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Saved version %1.</translation>
    </message>
    <message>
        <source>Version %1 is now active.</source>
        <translation>Version %1 is now active.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to &apos;%1&apos; before closing?</source>
        <translation>Save the changes to &apos;%1&apos; before closing?</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Used by</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s)</source>
        <translation>
            <numerusform>%n appraisal</numerusform>
            <numerusform>%n appraisals</numerusform>
        </translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>%1: target %2, %3, full marks at %4 x target</source>
        <translation>%1: target %2, %3, full marks at %4 x target</translation>
    </message>
    <message>
        <source>Met %1, partly met %2, not met 0</source>
        <translation>Met %1, partly met %2, not met 0</translation>
    </message>
    <message>
        <source>Provided %1, else 0</source>
        <translation>Provided %1, else 0</translation>
    </message>
    <message>
        <source>Achievement 0–100 %: weight × achievement ÷ 100</source>
        <translation>Achievement 0–100 %: weight × achievement ÷ 100</translation>
    </message>
    <message>
        <source>lowest first</source>
        <translation>lowest first</translation>
    </message>
    <message>
        <source>highest first</source>
        <translation>highest first</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
</context>
<context>
    <name>TemplateSettings</name>
    <message>
        <source>Template name</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Result scale</source>
        <translation>Result scale</translation>
    </message>
    <message>
        <source>Rater (考评人)</source>
        <translation>Rater</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>Weight %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>From total</source>
        <translation>From total</translation>
    </message>
    <message>
        <source>At most % of a group</source>
        <translation>At most % of a group</translation>
    </message>
    <message>
        <source>Raters and their weights</source>
        <translation>Raters and their weights</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>Grade bands</translation>
    </message>
    <message>
        <source>Forced distribution quotas</source>
        <translation>Forced distribution quotas</translation>
    </message>
    <message>
        <source>The template needs a name</source>
        <translation>The template needs a name</translation>
    </message>
    <message>
        <source>Rater weights total %1</source>
        <translation>Rater weights total %1</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copy</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Duplicated</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Export template</translation>
    </message>
    <message>
        <source>Unsaved edits of &apos;%1&apos; from %2 UTC were kept when the app stopped.</source>
        <translation>Unsaved edits of &apos;%1&apos; from %2 UTC were kept when the app stopped.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
</context>
<context>
    <name>TreeActions</name>
    <message>
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
</context>
<context>
    <name>UnmappedValuesBox</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>&amp;Map these values and check again</source>
        <translation>&amp;Map these values and check again</translation>
    </message>
    <message>
        <source>{0} value(s) of the file are in no value map. Say what they become, or leave them: a refused value keeps the file from being imported.</source>
        <translation>{0} value(s) of the file are in no value map. Say what they become, or leave them: a refused value keeps the file from being imported.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>kept as written</source>
        <translation>kept as written</translation>
    </message>
    <message>
        <source>default used</source>
        <translation>default used</translation>
    </message>
    <message>
        <source>{0} from row {1}, {2}</source>
        <translation>{0} from row {1}, {2}</translation>
    </message>
    <message>
        <source>(leave it)</source>
        <translation>(leave it)</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>{source}: ratings.{code}.na_reason must be text</source>
        <translation>{source}: ratings.{code}.na_reason must be text</translation>
    </message>
    <message>
        <source>Name the sheet to submit with --rater (yours open: {listed})</source>
        <translation>Name the sheet to submit with --rater (yours open: {listed})</translation>
    </message>
    <message>
        <source>This command needs a signed-in user: pass --user NAME (or set KPM_USER); the password comes from KPM_PASSWORD or a prompt</source>
        <translation>This command needs a signed-in user: pass --user NAME (or set KPM_USER); the password comes from KPM_PASSWORD or a prompt</translation>
    </message>
    <message>
        <source>--template {spec}: the version after &apos;:&apos; must be a number</source>
        <translation>--template {spec}: the version after &apos;:&apos; must be a number</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text (byte {start})</source>
        <translation>{path}: not UTF-8 text (byte {start})</translation>
    </message>
    <message>
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}: cannot read: {reason}</translation>
    </message>
    <message>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path}: cannot write: {reason}</translation>
    </message>
    <message>
        <source>kpm kpi needs --period (e.g. 2026Q3), or --list</source>
        <translation>kpm kpi needs --period (e.g. 2026Q3), or --list</translation>
    </message>
    <message>
        <source>--staff gives a staff row: leave out --level or use --department</source>
        <translation>--staff gives a staff row: leave out --level or use --department</translation>
    </message>
    <message>
        <source>kpm pdf --appraisal ID needs --out FILE.pdf (and no --combined)</source>
        <translation>kpm pdf --appraisal ID needs --out FILE.pdf (and no --combined)</translation>
    </message>
    <message>
        <source>kpm pdf --cycle PERIOD needs --out DIR and/or --combined FILE.pdf</source>
        <translation>kpm pdf --cycle PERIOD needs --out DIR and/or --combined FILE.pdf</translation>
    </message>
    <message>
        <source>--sign-password-env is given without --sign-p12 FILE</source>
        <translation>--sign-password-env is given without --sign-p12 FILE</translation>
    </message>
    <message>
        <source>--sign-p12 needs --sign-password-env VAR (the password&apos;s variable)</source>
        <translation>--sign-p12 needs --sign-password-env VAR (the password&apos;s variable)</translation>
    </message>
    <message>
        <source>--sign-password-env {sign_password_env}: that environment variable is not set</source>
        <translation>--sign-password-env {sign_password_env}: that environment variable is not set</translation>
    </message>
    <message>
        <source>--sign-p12 {path}: no such file</source>
        <translation>--sign-p12 {path}: no such file</translation>
    </message>
    <message>
        <source>{file}: {problems}</source>
        <translation>{file}: {problems}</translation>
    </message>
    <message>
        <source>The two passwords typed for {username} differ</source>
        <translation>The two passwords typed for {username} differ</translation>
    </message>
    <message>
        <source>The database has no HR admin yet; create one first with `kpm user add NAME --role hr_admin`</source>
        <translation>The database has no HR admin yet; create one first with `kpm user add NAME --role hr_admin`</translation>
    </message>
    <message>
        <source>User {user} with role {role} may not {permission} on {record}</source>
        <translation>User {user} with role {role} may not {permission} on {record}</translation>
    </message>
    <message>
        <source>User {user} with role {role} may not {permission}</source>
        <translation>User {user} with role {role} may not {permission}</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters (it has {length})</source>
        <translation>The password must have at least {minimum} characters (it has {length})</translation>
    </message>
    <message>
        <source>The password must use at least 3 different characters</source>
        <translation>The password must use at least 3 different characters</translation>
    </message>
    <message>
        <source>The password must differ from the user name</source>
        <translation>The password must differ from the user name</translation>
    </message>
    <message>
        <source>Unknown role &apos;{text}&apos;; choose one of {roles}</source>
        <translation>Unknown role &apos;{text}&apos;; choose one of {roles}</translation>
    </message>
    <message>
        <source>Appraisal {label} is superseded by a later revision and cannot be changed</source>
        <translation>Appraisal {label} is superseded by a later revision and cannot be changed</translation>
    </message>
    <message>
        <source>Appraisal {label} is {state} and locked; correct it with an amendment (a new revision with a reason)</source>
        <translation>Appraisal {label} is {state} and locked; correct it with an amendment (a new revision with a reason)</translation>
    </message>
    <message>
        <source>Appraisal {label} is {state}; it must be {wanted} to {action} it</source>
        <translation>Appraisal {label} is {state}; it must be {wanted} to {action} it</translation>
    </message>
    <message>
        <source>An amendment needs a reason: say what is corrected and why</source>
        <translation>An amendment needs a reason: say what is corrected and why</translation>
    </message>
    <message>
        <source>{serial:g} is outside Excel&apos;s date range</source>
        <translation>{serial:g} is outside Excel&apos;s date range</translation>
    </message>
    <message>
        <source>bad date: use 2026-07-01, 2026/7/1 or 2026年7月1日</source>
        <translation>bad date: use 2026-07-01, 2026/7/1 or 2026年7月1日</translation>
    </message>
    <message>
        <source>bad time: use 09:30 or 09:30:00</source>
        <translation>bad time: use 09:30 or 09:30:00</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>number too large</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>not yes/no: use 是/否, yes/no or 1/0</source>
        <translation>not yes/no: use 是/否, yes/no or 1/0</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>longer than {limit} characters</translation>
    </message>
    <message>
        <source>unknown value; allowed: {allowed}</source>
        <translation>unknown value; allowed: {allowed}</translation>
    </message>
    <message>
        <source>negative amount</source>
        <translation>negative amount</translation>
    </message>
    <message>
        <source>less than {minimum}</source>
        <translation>less than {minimum}</translation>
    </message>
    <message>
        <source>greater than {maximum}</source>
        <translation>greater than {maximum}</translation>
    </message>
    <message>
        <source>row {row}, column {column}, value &apos;{value}&apos;: {reason}</source>
        <translation>row {row}, column {column}, value &apos;{value}&apos;: {reason}</translation>
    </message>
    <message>
        <source>row {row}, column {column}, value (empty): {reason}</source>
        <translation>row {row}, column {column}, value (empty): {reason}</translation>
    </message>
    <message>
        <source>The file has no column for: {names}</source>
        <translation>The file has no column for: {names}</translation>
    </message>
    <message>
        <source>required value missing</source>
        <translation>required value missing</translation>
    </message>
    <message>
        <source>{indicator}: unknown level &apos;{level}&apos;; expected one of {names}</source>
        <translation>{indicator}: unknown level &apos;{level}&apos;; expected one of {names}</translation>
    </message>
    <message>
        <source>{indicator}: a level or a score is needed</source>
        <translation>{indicator}: a level or a score is needed</translation>
    </message>
    <message>
        <source>{indicator}: score {score} is in no level&apos;s range</source>
        <translation>{indicator}: score {score} is in no level&apos;s range</translation>
    </message>
    <message>
        <source>{indicator}: score {score} is outside level {name} ({lo}-{hi})</source>
        <translation>{indicator}: score {score} is outside level {name} ({lo}-{hi})</translation>
    </message>
    <message>
        <source>{indicator}: no value for KPI {key}</source>
        <translation>{indicator}: no value for KPI {key}</translation>
    </message>
    <message>
        <source>{indicator}: KPI target {target} and cap {cap} must be above 0</source>
        <translation>{indicator}: KPI target {target} and cap {cap} must be above 0</translation>
    </message>
    <message>
        <source>{indicator}: say whether it is met (full/partial/none)</source>
        <translation>{indicator}: say whether it is met (full/partial/none)</translation>
    </message>
    <message>
        <source>{indicator}: say whether it is provided</source>
        <translation>{indicator}: say whether it is provided</translation>
    </message>
    <message>
        <source>{indicator}: a score is needed</source>
        <translation>{indicator}: a score is needed</translation>
    </message>
    <message>
        <source>{indicator}: score {score} is outside the scale {min_value}-{max_value}</source>
        <translation>{indicator}: score {score} is outside the scale {min_value}-{max_value}</translation>
    </message>
    <message>
        <source>{indicator}: a value or a rank is needed</source>
        <translation>{indicator}: a value or a rank is needed</translation>
    </message>
    <message>
        <source>{ratings}: give the ratings of one rater (found {count})</source>
        <translation>{ratings}: give the ratings of one rater (found {count})</translation>
    </message>
    <message>
        <source>{problem}. You may now: {allowed}</source>
        <translation>{problem}. You may now: {allowed}</translation>
    </message>
    <message>
        <source>bad date: {reason}</source>
        <translation>bad date: {reason}</translation>
    </message>
    <message>
        <source>bad time: {reason}</source>
        <translation>bad time: {reason}</translation>
    </message>
    <message>
        <source>not an amount: write 1234.50, 1,234.50 or ¥1,234.50 (commas between groups of three digits, one currency sign)</source>
        <translation>not an amount: write 1234.50, 1,234.50 or ¥1,234.50 (commas between groups of three digits, one currency sign)</translation>
    </message>
    <message>
        <source>before {other} {value}</source>
        <translation>before {other} {value}</translation>
    </message>
    <message>
        <source>after {other} {value}</source>
        <translation>after {other} {value}</translation>
    </message>
    <message>
        <source>required when {other} is {value}</source>
        <translation>required when {other} is {value}</translation>
    </message>
    <message>
        <source>must be empty when {other} is {value}</source>
        <translation>must be empty when {other} is {value}</translation>
    </message>
    <message>
        <source>give {first} or {second}, exactly one of them</source>
        <translation>give {first} or {second}, exactly one of them</translation>
    </message>
    <message>
        <source>makes a cycle: {path}</source>
        <translation>makes a cycle: {path}</translation>
    </message>
    <message>
        <source>{indicator}: value {rating} is not among the values compared ({count} given)</source>
        <translation>{indicator}: value {rating} is not among the values compared ({count} given)</translation>
    </message>
    <message>
        <source>{indicator}: rank {position} is below 1</source>
        <translation>{indicator}: rank {position} is below 1</translation>
    </message>
    <message>
        <source>{source}: line {lineno} column {colno}: not valid JSON ({reason})</source>
        <translation>{source}: line {lineno} column {colno}: not valid JSON ({reason})</translation>
    </message>
    <message>
        <source>{source}: {name} is not a number JSON allows</source>
        <translation>{source}: {name} is not a number JSON allows</translation>
    </message>
    <message>
        <source>{file}: {path}: {problem}</source>
        <translation>{file}: {path}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>expected an object, found {kind}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>expected a list, found {kind}</translation>
    </message>
    <message>
        <source>expected text, found {kind}</source>
        <translation>expected text, found {kind}</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>expected a number, found {kind}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a finite number</source>
        <translation>&apos;{value}&apos; is not a finite number</translation>
    </message>
    <message>
        <source>expected a whole number, found {number}</source>
        <translation>expected a whole number, found {number}</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>expected true or false, found {kind}</translation>
    </message>
    <message>
        <source>unknown {what} &apos;{text}&apos;; expected one of {choices}</source>
        <translation>unknown {what} &apos;{text}&apos;; expected one of {choices}</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>text &apos;{text}&apos;</source>
        <translation>text &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>the number {number}</source>
        <translation>the number {number}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a KPI; known KPIs: {known}</source>
        <translation>&apos;{key}&apos; is not a KPI; known KPIs: {known}</translation>
    </message>
    <message>
        <source>target value &apos;{value}&apos; is not a number</source>
        <translation>target value &apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <source>target value &apos;{value}&apos; must be 0 or more</source>
        <translation>target value &apos;{value}&apos; must be 0 or more</translation>
    </message>
    <message>
        <source>a target needs either a staff no. or a department</source>
        <translation>a target needs either a staff no. or a department</translation>
    </message>
    <message>
        <source>customer source</source>
        <translation>customer source</translation>
    </message>
    <message>
        <source>spend channel</source>
        <translation>spend channel</translation>
    </message>
    <message>
        <source>An excluded source &apos;{source}&apos; has no paying channel</source>
        <translation>An excluded source &apos;{source}&apos; has no paying channel</translation>
    </message>
    <message>
        <source>Marketing ROI leaves out the customer sources {sources}: they are neither marketing sources nor excluded (set them under Marketing sources, or with kpm marketing)</source>
        <translation>Marketing ROI leaves out the customer sources {sources}: they are neither marketing sources nor excluded (set them under Marketing sources, or with kpm marketing)</translation>
    </message>
    <message>
        <source>A {what} needs a name</source>
        <translation>A {what} needs a name</translation>
    </message>
    <message>
        <source>The {what} &apos;{name}&apos; is longer than {limit} characters</source>
        <translation>The {what} &apos;{name}&apos; is longer than {limit} characters</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone: use an IANA name such as Asia/Shanghai or UTC</source>
        <translation>&apos;{name}&apos; is not a time zone: use an IANA name such as Asia/Shanghai or UTC</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period: use 2026Q3 (quarter), 2026-07 (month), 2026H1 (half-year) or 2026 (year)</source>
        <translation>&apos;{text}&apos; is not a period: use 2026Q3 (quarter), 2026-07 (month), 2026H1 (half-year) or 2026 (year)</translation>
    </message>
    <message>
        <source>unknown field &apos;{unknown}&apos;; expected some of {fields}</source>
        <translation>unknown field &apos;{unknown}&apos;; expected some of {fields}</translation>
    </message>
    <message>
        <source>expected &apos;{format}&apos;</source>
        <translation>expected &apos;{format}&apos;</translation>
    </message>
    <message>
        <source>{source}: rater {role} weight {weight} differs from the template&apos;s {expected}</source>
        <translation>{source}: rater {role} weight {weight} differs from the template&apos;s {expected}</translation>
    </message>
    <message>
        <source>unknown KPI mode &apos;{mode}&apos;; expected linear or bands</source>
        <translation>unknown KPI mode &apos;{mode}&apos;; expected linear or bands</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>indicator weights</source>
        <translation>indicator weights</translation>
    </message>
    <message>
        <source>rater weights</source>
        <translation>rater weights</translation>
    </message>
    <message>
        <source>{what} total {total}, {gap} short of 100</source>
        <translation>{what} total {total}, {gap} short of 100</translation>
    </message>
    <message>
        <source>{what} total {total}, {gap} over 100</source>
        <translation>{what} total {total}, {gap} over 100</translation>
    </message>
    <message>
        <source>maximum points {max_points} must be above 0</source>
        <translation>maximum points {max_points} must be above 0</translation>
    </message>
    <message>
        <source>needs at least one level</source>
        <translation>needs at least one level</translation>
    </message>
    <message>
        <source>level name &apos;{name}&apos; is empty or used {count} times</source>
        <translation>level name &apos;{name}&apos; is empty or used {count} times</translation>
    </message>
    <message>
        <source>level {name} range {lo}-{hi}</source>
        <translation>level {name} range {lo}-{hi}</translation>
    </message>
    <message>
        <source>{span} runs backwards</source>
        <translation>{span} runs backwards</translation>
    </message>
    <message>
        <source>{span} is outside the indicator maximum 0-{max_points}</source>
        <translation>{span} is outside the indicator maximum 0-{max_points}</translation>
    </message>
    <message>
        <source>level {name} ({lo}-{hi}) overlaps level {name2} ({lo2}-{hi2})</source>
        <translation>level {name} ({lo}-{hi}) overlaps level {name2} ({lo2}-{hi2})</translation>
    </message>
    <message>
        <source>KPI key &apos;{key}&apos; is not a key like win_rate</source>
        <translation>KPI key &apos;{key}&apos; is not a key like win_rate</translation>
    </message>
    <message>
        <source>KPI target is 0: {kpi_key} needs a target to measure against</source>
        <translation>KPI target is 0: {kpi_key} needs a target to measure against</translation>
    </message>
    <message>
        <source>KPI target {target} must be above 0</source>
        <translation>KPI target {target} must be above 0</translation>
    </message>
    <message>
        <source>cap {cap} must be above 0</source>
        <translation>cap {cap} must be above 0</translation>
    </message>
    <message>
        <source>needs at least one value band</source>
        <translation>needs at least one value band</translation>
    </message>
    <message>
        <source>band {name} gives {points} points, outside 0-{max_points}</source>
        <translation>band {name} gives {points} points, outside 0-{max_points}</translation>
    </message>
    <message>
        <source>band {name} from {lo} to {hi} is empty</source>
        <translation>band {name} from {lo} to {hi} is empty</translation>
    </message>
    <message>
        <source>bands {name} and {name2} overlap</source>
        <translation>bands {name} and {name2} overlap</translation>
    </message>
    <message>
        <source>partial points {partial_points} are outside 0-{max_points}</source>
        <translation>partial points {partial_points} are outside 0-{max_points}</translation>
    </message>
    <message>
        <source>scale {min_value}-{max_value} must run upwards from 0 or more</source>
        <translation>scale {min_value}-{max_value} must run upwards from 0 or more</translation>
    </message>
    <message>
        <source>band {name} ({lo}-{hi}) is outside the scale {min_value}-{max_value}</source>
        <translation>band {name} ({lo}-{hi}) is outside the scale {min_value}-{max_value}</translation>
    </message>
    <message>
        <source>needs points for at least the first position</source>
        <translation>needs points for at least the first position</translation>
    </message>
    <message>
        <source>Name the cycle with --cycle PERIOD, or list what waits for you with --mine</source>
        <translation>Name the cycle with --cycle PERIOD, or list what waits for you with --mine</translation>
    </message>
    <message>
        <source>--comment goes with --agree or --disagree</source>
        <translation>--comment goes with --agree or --disagree</translation>
    </message>
    <message>
        <source>--add-rater {spec}: the role must be one of {roles}</source>
        <translation>--add-rater {spec}: the role must be one of {roles}</translation>
    </message>
    <message>
        <source>--add-rater {spec}: give the weight after &apos;:&apos; as a number, e.g. self:20</source>
        <translation>--add-rater {spec}: give the weight after &apos;:&apos; as a number, e.g. self:20</translation>
    </message>
    <message>
        <source>--deadline {text}: give the date as YYYY-MM-DD</source>
        <translation>--deadline {text}: give the date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;{text}&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{spec}: write a panel member as USER:WEIGHT</source>
        <translation>{spec}: write a panel member as USER:WEIGHT</translation>
    </message>
    <message>
        <source>--price needs a template with one ranked indicator; use --figure CODE=AMOUNT</source>
        <translation>--price needs a template with one ranked indicator; use --figure CODE=AMOUNT</translation>
    </message>
    <message>
        <source>--rename changes only the name: give the contact, bid and documents separately</source>
        <translation>--rename changes only the name: give the contact, bid and documents separately</translation>
    </message>
    <message>
        <source>{what}: &apos;{text}&apos; is not a number</source>
        <translation>{what}: &apos;{text}&apos; is not a number</translation>
    </message>
    <message>
        <source>{option} {spec}: write it as CODE=VALUE</source>
        <translation>{option} {spec}: write it as CODE=VALUE</translation>
    </message>
    <message>
        <source>{code} is rated twice</source>
        <translation>{code} is rated twice</translation>
    </message>
    <message>
        <source>Template {template} has no indicators {codes}</source>
        <translation>Template {template} has no indicators {codes}</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not full, partial or none</source>
        <translation>{where}: &apos;{value}&apos; is not full, partial or none</translation>
    </message>
    <message>
        <source>{where}: &apos;{value}&apos; is not yes or no</source>
        <translation>{where}: &apos;{value}&apos; is not yes or no</translation>
    </message>
    <message>
        <source>the chain head names entry {head} with hash {head_hash}…, but the log ends at entry {last} with hash {last_hash}… (entries removed from the end, or the head was changed)</source>
        <translation>the chain head names entry {head} with hash {head_hash}…, but the log ends at entry {last} with hash {last_hash}… (entries removed from the end, or the head was changed)</translation>
    </message>
    <message>
        <source>entry ids jump from {previous} to {entry} (entries missing or renumbered)</source>
        <translation>entry ids jump from {previous} to {entry} (entries missing or renumbered)</translation>
    </message>
    <message>
        <source>prev_hash {prev_hash}… does not match the hash of entry {previous} ({previous_hash}…)</source>
        <translation>prev_hash {prev_hash}… does not match the hash of entry {previous} ({previous_hash}…)</translation>
    </message>
    <message>
        <source>stored hash {stored}… does not match its content (computed {actual}…): a field was changed</source>
        <translation>stored hash {stored}… does not match its content (computed {actual}…): a field was changed</translation>
    </message>
    <message>
        <source>A template without raters cannot share its weight</source>
        <translation>A template without raters cannot share its weight</translation>
    </message>
    <message>
        <source>A cycle can add a self, department head or peer rater, not {role}</source>
        <translation>A cycle can add a self, department head or peer rater, not {role}</translation>
    </message>
    <message>
        <source>The rater {role} is there already; add each rater once</source>
        <translation>The rater {role} is there already; add each rater once</translation>
    </message>
    <message>
        <source>The weight of the added rater {role} is {weight}; give more than 0 and less than 100</source>
        <translation>The weight of the added rater {role} is {weight}; give more than 0 and less than 100</translation>
    </message>
    <message>
        <source>The added raters weigh {weight} together; leave the template&apos;s raters some of 100</source>
        <translation>The added raters weigh {weight} together; leave the template&apos;s raters some of 100</translation>
    </message>
    <message>
        <source>unknown version; this program reads version 1</source>
        <translation>unknown version; this program reads version 1</translation>
    </message>
    <message>
        <source>a name of 1 to {limit} characters</source>
        <translation>a name of 1 to {limit} characters</translation>
    </message>
    <message>
        <source>a profile maps at least one column</source>
        <translation>a profile maps at least one column</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a date format</source>
        <translation>&apos;{format}&apos; is not a date format</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone</source>
        <translation>&apos;{name}&apos; is not a time zone</translation>
    </message>
    <message>
        <source>unknown encoding &apos;{name}&apos;</source>
        <translation>unknown encoding &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>a delimiter is one character</source>
        <translation>a delimiter is one character</translation>
    </message>
    <message>
        <source>rows count from 1</source>
        <translation>rows count from 1</translation>
    </message>
    <message>
        <source>{file}: the profile &apos;{profile}&apos; no longer fits this file: it has no column {columns}</source>
        <translation>{file}: the profile &apos;{profile}&apos; no longer fits this file: it has no column {columns}</translation>
    </message>
    <message>
        <source>profile &apos;{profile}&apos;: the field &apos;{field}&apos; is fed by two columns</source>
        <translation>profile &apos;{profile}&apos;: the field &apos;{field}&apos; is fed by two columns</translation>
    </message>
    <message>
        <source>profile &apos;{profile}&apos;: &apos;{value}&apos; is not a value of {field}; use one of {allowed}</source>
        <translation>profile &apos;{profile}&apos;: &apos;{value}&apos; is not a value of {field}; use one of {allowed}</translation>
    </message>
    <message>
        <source>profile &apos;{profile}&apos;: &apos;{field}&apos; is not a field of {kind}; use one of {fields}</source>
        <translation>profile &apos;{profile}&apos;: &apos;{field}&apos; is not a field of {kind}; use one of {fields}</translation>
    </message>
    <message>
        <source>{indicator}: an achievement in per cent is needed</source>
        <translation>{indicator}: an achievement in per cent is needed</translation>
    </message>
    <message>
        <source>{indicator}: achievement {achieved} % is outside 0-100</source>
        <translation>{indicator}: achievement {achieved} % is outside 0-100</translation>
    </message>
    <message>
        <source>rank points must not be negative</source>
        <translation>rank points must not be negative</translation>
    </message>
    <message>
        <source>some rank position must earn points</source>
        <translation>some rank position must earn points</translation>
    </message>
    <message>
        <source>sheet {sheet} is missing</source>
        <translation>sheet {sheet} is missing</translation>
    </message>
    <message>
        <source>sheet {sheet} was added</source>
        <translation>sheet {sheet} was added</translation>
    </message>
    <message>
        <source>{cell}: exported &apos;{exported}&apos;, the file holds &apos;{found}&apos;</source>
        <translation>{cell}: exported &apos;{exported}&apos;, the file holds &apos;{found}&apos;</translation>
    </message>
    <message>
        <source>{file}, {cell}: {problem} (value &apos;{value}&apos;)</source>
        <translation>{file}, {cell}: {problem} (value &apos;{value}&apos;)</translation>
    </message>
    <message>
        <source>unknown level; expected one of {names}</source>
        <translation>unknown level; expected one of {names}</translation>
    </message>
    <message>
        <source>score outside level {level} ({lo}-{hi})</source>
        <translation>score outside level {level} ({lo}-{hi})</translation>
    </message>
    <message>
        <source>expected one of {names}</source>
        <translation>expected one of {names}</translation>
    </message>
    <message>
        <source>outside {lo}-{hi}</source>
        <translation>outside {lo}-{hi}</translation>
    </message>
    <message>
        <source>write 是 for not applicable, or leave it empty</source>
        <translation>write 是 for not applicable, or leave it empty</translation>
    </message>
    <message>
        <source>N/A needs a reason</source>
        <translation>N/A needs a reason</translation>
    </message>
    <message>
        <source>written outside the packet&apos;s cells (an unknown indicator?)</source>
        <translation>written outside the packet&apos;s cells (an unknown indicator?)</translation>
    </message>
    <message>
        <source>{file}: the hidden packet sheet has no &apos;{name}&apos; line; it was damaged or is not a KPM Desktop packet</source>
        <translation>{file}: the hidden packet sheet has no &apos;{name}&apos; line; it was damaged or is not a KPM Desktop packet</translation>
    </message>
    <message>
        <source>{file}: the hidden packet sheet has a damaged sheet line: {line}</source>
        <translation>{file}: the hidden packet sheet has a damaged sheet line: {line}</translation>
    </message>
    <message>
        <source>{file} is not a KPM Desktop rater packet</source>
        <translation>{file} is not a KPM Desktop rater packet</translation>
    </message>
    <message>
        <source>{file}: the packet format &apos;{value}&apos; is not a number</source>
        <translation>{file}: the packet format &apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of KPM Desktop (packet format {found}, this version reads {known}): update KPM Desktop to import it</source>
        <translation>{file} was written by a newer version of KPM Desktop (packet format {found}, this version reads {known}): update KPM Desktop to import it</translation>
    </message>
    <message>
        <source>{file}: the packet&apos;s export time is damaged</source>
        <translation>{file}: the packet&apos;s export time is damaged</translation>
    </message>
    <message>
        <source>{what}: exported &apos;{exported}&apos;, the file says &apos;{found}&apos;</source>
        <translation>{what}: exported &apos;{exported}&apos;, the file says &apos;{found}&apos;</translation>
    </message>
    <message>
        <source>{exported} lines were exported, the file has {found}</source>
        <translation>{exported} lines were exported, the file has {found}</translation>
    </message>
    <message>
        <source>not in the value map of profile &apos;{profile}&apos;</source>
        <translation>not in the value map of profile &apos;{profile}&apos;</translation>
    </message>
    <message>
        <source>{source}, line {line}: give employee_no,role,rater_no (found {cells} cells)</source>
        <translation>{source}, line {line}: give employee_no,role,rater_no (found {cells} cells)</translation>
    </message>
    <message>
        <source>{source}, line {line}: &apos;{value}&apos; is not a rater role (peer, department_head)</source>
        <translation>{source}, line {line}: &apos;{value}&apos; is not a rater role (peer, department_head)</translation>
    </message>
    <message>
        <source>{source}: no rater rows</source>
        <translation>{source}: no rater rows</translation>
    </message>
    <message>
        <source>indicator {code} ({name})</source>
        <translation>indicator {code} ({name})</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(no code)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>has no code</source>
        <translation>has no code</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>has no name</translation>
    </message>
    <message>
        <source>weight {weight} must be above 0</source>
        <translation>weight {weight} must be above 0</translation>
    </message>
    <message>
        <source>weight {weight} has more than 2 decimals</source>
        <translation>weight {weight} has more than 2 decimals</translation>
    </message>
    <message>
        <source>template {template}</source>
        <translation>template {template}</translation>
    </message>
    <message>
        <source>version {version} must be 1 or more</source>
        <translation>version {version} must be 1 or more</translation>
    </message>
    <message>
        <source>result scale {lo}-{hi} must run upwards</source>
        <translation>result scale {lo}-{hi} must run upwards</translation>
    </message>
    <message>
        <source>has no categories</source>
        <translation>has no categories</translation>
    </message>
    <message>
        <source>has a category without a name</source>
        <translation>has a category without a name</translation>
    </message>
    <message>
        <source>category &apos;{name}&apos; has no indicators</source>
        <translation>category &apos;{name}&apos; has no indicators</translation>
    </message>
    <message>
        <source>indicator code {code} is used {count} times</source>
        <translation>indicator code {code} is used {count} times</translation>
    </message>
    <message>
        <source>rater {role} is listed {count} times</source>
        <translation>rater {role} is listed {count} times</translation>
    </message>
    <message>
        <source>has no raters</source>
        <translation>has no raters</translation>
    </message>
    <message>
        <source>rater {role} weight {weight} must be above 0</source>
        <translation>rater {role} weight {weight} must be above 0</translation>
    </message>
    <message>
        <source>has no grade bands</source>
        <translation>has no grade bands</translation>
    </message>
    <message>
        <source>grade {grade} is listed {count} times</source>
        <translation>grade {grade} is listed {count} times</translation>
    </message>
    <message>
        <source>grade {grade} starts at {min_total}, outside the result scale {lo}-{hi}</source>
        <translation>grade {grade} starts at {min_total}, outside the result scale {lo}-{hi}</translation>
    </message>
    <message>
        <source>no grade starts at the bottom of the result scale ({lo})</source>
        <translation>no grade starts at the bottom of the result scale ({lo})</translation>
    </message>
    <message>
        <source>quota names grade {grade}, which has no band</source>
        <translation>quota names grade {grade}, which has no band</translation>
    </message>
    <message>
        <source>quota for {grade} {max_percent} % is outside 0-100</source>
        <translation>quota for {grade} {max_percent} % is outside 0-100</translation>
    </message>
    <message>
        <source>Cannot save template {template}: {problems}</source>
        <translation>Cannot save template {template}: {problems}</translation>
    </message>
    <message>
        <source>Cannot activate template {template}: {problems}</source>
        <translation>Cannot activate template {template}: {problems}</translation>
    </message>
    <message>
        <source>the indicators that count have no weight</source>
        <translation>the indicators that count have no weight</translation>
    </message>
    <message>
        <source>ratings name indicators that template {template} does not have: {codes}</source>
        <translation>ratings name indicators that template {template} does not have: {codes}</translation>
    </message>
    <message>
        <source>every indicator of template {template} is marked N/A</source>
        <translation>every indicator of template {template} is marked N/A</translation>
    </message>
    <message>
        <source>{indicator} has no rating</source>
        <translation>{indicator} has no rating</translation>
    </message>
    <message>
        <source>template {template} has no rater &apos;{role}&apos;; its raters are {raters}</source>
        <translation>template {template} has no rater &apos;{role}&apos;; its raters are {raters}</translation>
    </message>
    <message>
        <source>more than one set of ratings for rater {roles}</source>
        <translation>more than one set of ratings for rater {roles}</translation>
    </message>
    <message>
        <source>template {template} needs ratings from {roles}</source>
        <translation>template {template} needs ratings from {roles}</translation>
    </message>
    <message>
        <source>rater weights of template {template} total {weight_total}, not 100</source>
        <translation>rater weights of template {template} total {weight_total}, not 100</translation>
    </message>
    <message>
        <source>{kind} {record_id} ({label})</source>
        <translation>{kind} {record_id} ({label})</translation>
    </message>
    <message>
        <source>{record}: released from its seal but still present</source>
        <translation>{record}: released from its seal but still present</translation>
    </message>
    <message>
        <source>{record}: the sealed record is missing (sealed in audit entry {entry})</source>
        <translation>{record}: the sealed record is missing (sealed in audit entry {entry})</translation>
    </message>
    <message>
        <source>{record}: {field} differs from its seal: sealed {sealed}, now {current}</source>
        <translation>{record}: {field} differs from its seal: sealed {sealed}, now {current}</translation>
    </message>
    <message>
        <source>{record}: the seal&apos;s hash does not match its content</source>
        <translation>{record}: the seal&apos;s hash does not match its content</translation>
    </message>
    <message>
        <source>{record}: {field} went backwards: sealed {sealed}, now {current}</source>
        <translation>{record}: {field} went backwards: sealed {sealed}, now {current}</translation>
    </message>
    <message>
        <source>{kind} {record_id} ({label}) is {state} but has no seal: it was written outside KPM Desktop</source>
        <translation>{kind} {record_id} ({label}) is {state} but has no seal: it was written outside KPM Desktop</translation>
    </message>
    <message>
        <source>Template {template} cannot be used for a selection: its raters must be the panel only (it has {roles})</source>
        <translation>Template {template} cannot be used for a selection: its raters must be the panel only (it has {roles})</translation>
    </message>
    <message>
        <source>The selection has no panel members</source>
        <translation>The selection has no panel members</translation>
    </message>
    <message>
        <source>The panel members&apos; weights total {total}, not 100</source>
        <translation>The panel members&apos; weights total {total}, not 100</translation>
    </message>
    <message>
        <source>Bidders {bidders} have no quoted figure for {code} ({name})</source>
        <translation>Bidders {bidders} have no quoted figure for {code} ({name})</translation>
    </message>
    <message>
        <source>{codes} are ranked from the bidders&apos; quoted figures, not rated</source>
        <translation>{codes} are ranked from the bidders&apos; quoted figures, not rated</translation>
    </message>
    <message>
        <source>The sheet has no rating for {codes}</source>
        <translation>The sheet has no rating for {codes}</translation>
    </message>
    <message>
        <source>{codes}: N/A needs a reason in the comment</source>
        <translation>{codes}: N/A needs a reason in the comment</translation>
    </message>
    <message>
        <source>The deadline of selection {name} was {deadline} (until 23:59:59, {zone}): sheets can no longer be submitted; HR can extend the deadline or close the scoring</source>
        <translation>The deadline of selection {name} was {deadline} (until 23:59:59, {zone}): sheets can no longer be submitted; HR can extend the deadline or close the scoring</translation>
    </message>
    <message>
        <source>The sign-in delay must start after 1 or more failures and no later than the lock ({throttle_after} and {lock_after} given)</source>
        <translation>The sign-in delay must start after 1 or more failures and no later than the lock ({throttle_after} and {lock_after} given)</translation>
    </message>
    <message>
        <source>An account must be locked for at least 1 minute ({lock_minutes} given)</source>
        <translation>An account must be locked for at least 1 minute ({lock_minutes} given)</translation>
    </message>
    <message>
        <source>not an e-mail address (name@example.cn)</source>
        <translation>not an e-mail address (name@example.cn)</translation>
    </message>
    <message>
        <source>not a phone number (digits, +, -, spaces, brackets)</source>
        <translation>not a phone number (digits, +, -, spaces, brackets)</translation>
    </message>
    <message>
        <source>{role} rating, entered by HR</source>
        <translation>{role} rating, entered by HR</translation>
    </message>
    <message>
        <source>{role} rating by {name}</source>
        <translation>{role} rating by {name}</translation>
    </message>
    <message>
        <source>review by HR</source>
        <translation>review by HR</translation>
    </message>
    <message>
        <source>finalize by HR</source>
        <translation>finalize by HR</translation>
    </message>
    <message>
        <source>review by {name}</source>
        <translation>review by {name}</translation>
    </message>
    <message>
        <source>finalize by {name}</source>
        <translation>finalize by {name}</translation>
    </message>
    <message>
        <source>acknowledgement by {name}</source>
        <translation>acknowledgement by {name}</translation>
    </message>
    <message>
        <source>The audit log ends at entry {head}, but entry {sequence} was witnessed on {when} UTC: entries were removed (log truncated or wiped)</source>
        <translation>The audit log ends at entry {head}, but entry {sequence} was witnessed on {when} UTC: entries were removed (log truncated or wiped)</translation>
    </message>
    <message>
        <source>Audit entry {sequence} has hash {actual}, but {expected} was witnessed on {when} UTC: the log was rewritten</source>
        <translation>Audit entry {sequence} has hash {actual}, but {expected} was witnessed on {when} UTC: the log was rewritten</translation>
    </message>
    <message>
        <source>Separation of duties: you scored appraisal {label} as the superior, so someone else must {action} it (the cycle separates duties)</source>
        <translation>Separation of duties: you scored appraisal {label} as the superior, so someone else must {action} it (the cycle separates duties)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an evaluation sheet fingerprint</source>
        <translation>&apos;{text}&apos; is not an evaluation sheet fingerprint</translation>
    </message>
    <message>
        <source>{source} is not a readable PDF: {exc}</source>
        <translation>{source} is not a readable PDF: {exc}</translation>
    </message>
    <message>
        <source>{source} is not a KPM evaluation sheet (no fingerprint)</source>
        <translation>{source} is not a KPM evaluation sheet (no fingerprint)</translation>
    </message>
    <message>
        <source>{source} is not a PDF file (it does not start with %PDF-)</source>
        <translation>{source} is not a PDF file (it does not start with %PDF-)</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>nothing there</translation>
    </message>
    <message>
        <source>{field}: PDF shows {printed}, the record says {expected} (page {page})</source>
        <translation>{field}: PDF shows {printed}, the record says {expected} (page {page})</translation>
    </message>
    <message>
        <source>{count} page(s)</source>
        <translation>{count} page(s)</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>added text</source>
        <translation>added text</translation>
    </message>
    <message>
        <source>text on page {page}</source>
        <translation>text on page {page}</translation>
    </message>
    <message>
        <source>page size</source>
        <translation>page size</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <source>drawing</source>
        <translation>drawing</translation>
    </message>
    <message>
        <source>a different page content stream (from byte {at})</source>
        <translation>a different page content stream (from byte {at})</translation>
    </message>
    <message>
        <source>the sheet&apos;s</source>
        <translation>the sheet&apos;s</translation>
    </message>
    <message>
        <source>fonts or images</source>
        <translation>fonts or images</translation>
    </message>
    <message>
        <source>different ones</source>
        <translation>different ones</translation>
    </message>
    <message>
        <source>an extra page ({first})</source>
        <translation>an extra page ({first})</translation>
    </message>
    <message>
        <source>no more pages</source>
        <translation>no more pages</translation>
    </message>
    <message>
        <source>total on the chart page</source>
        <translation>total on the chart page</translation>
    </message>
    <message>
        <source>grade on the chart page</source>
        <translation>grade on the chart page</translation>
    </message>
    <message>
        <source>footer (appraisal id, revision, status, audit chain head)</source>
        <translation>footer (appraisal id, revision, status, audit chain head)</translation>
    </message>
    <message>
        <source>running header</source>
        <translation>running header</translation>
    </message>
    <message>
        <source>sum of earned scores</source>
        <translation>sum of earned scores</translation>
    </message>
    <message>
        <source>overall comment</source>
        <translation>overall comment</translation>
    </message>
    <message>
        <source>improvement plan</source>
        <translation>improvement plan</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>acknowledgement</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>template name</source>
        <translation>template name</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>employee number</source>
        <translation>employee number</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <source>indicator &apos;{of}&apos;</source>
        <translation>indicator &apos;{of}&apos;</translation>
    </message>
    <message>
        <source>information source of &apos;{of}&apos;</source>
        <translation>information source of &apos;{of}&apos;</translation>
    </message>
    <message>
        <source>appraiser of &apos;{of}&apos;</source>
        <translation>appraiser of &apos;{of}&apos;</translation>
    </message>
    <message>
        <source>weight of &apos;{of}&apos;</source>
        <translation>weight of &apos;{of}&apos;</translation>
    </message>
    <message>
        <source>chosen level of &apos;{of}&apos; (level {level})</source>
        <translation>chosen level of &apos;{of}&apos; (level {level})</translation>
    </message>
    <message>
        <source>points of level {level} of &apos;{of}&apos;</source>
        <translation>points of level {level} of &apos;{of}&apos;</translation>
    </message>
    <message>
        <source>text of level {level} of &apos;{of}&apos;</source>
        <translation>text of level {level} of &apos;{of}&apos;</translation>
    </message>
    <message>
        <source>score of &apos;{of}&apos;</source>
        <translation>score of &apos;{of}&apos;</translation>
    </message>
    <message>
        <source>earned score of &apos;{of}&apos;</source>
        <translation>earned score of &apos;{of}&apos;</translation>
    </message>
    <message>
        <source>points given of &apos;{of}&apos;</source>
        <translation>points given of &apos;{of}&apos;</translation>
    </message>
    <message>
        <source>KPI figures of &apos;{of}&apos;</source>
        <translation>KPI figures of &apos;{of}&apos;</translation>
    </message>
    <message>
        <source>N/A reason of &apos;{of}&apos;</source>
        <translation>N/A reason of &apos;{of}&apos;</translation>
    </message>
    <message>
        <source>comment of &apos;{of}&apos;</source>
        <translation>comment of &apos;{of}&apos;</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <source>result scale</source>
        <translation>result scale</translation>
    </message>
    <message>
        <source>rater role of rater {of}</source>
        <translation>rater role of rater {of}</translation>
    </message>
    <message>
        <source>name of rater {of}</source>
        <translation>name of rater {of}</translation>
    </message>
    <message>
        <source>weight of rater {of}</source>
        <translation>weight of rater {of}</translation>
    </message>
    <message>
        <source>total of rater {of}</source>
        <translation>total of rater {of}</translation>
    </message>
    <message>
        <source>weighted total of rater {of}</source>
        <translation>weighted total of rater {of}</translation>
    </message>
    <message>
        <source>signature line {box}</source>
        <translation>signature line {box}</translation>
    </message>
    <message>
        <source>signature date {box}</source>
        <translation>signature date {box}</translation>
    </message>
    <message>
        <source>no signing time</source>
        <translation>no signing time</translation>
    </message>
    <message>
        <source>signed {moment}</source>
        <translation>signed {moment}</translation>
    </message>
    <message>
        <source>intact, covers the whole file</source>
        <translation>intact, covers the whole file</translation>
    </message>
    <message>
        <source>BROKEN: {problem}</source>
        <translation>BROKEN: {problem}</translation>
    </message>
    <message>
        <source>signature by {signer}, {when}; {outcome} (certificate SHA-256 {certificate}, not checked against a trust list)</source>
        <translation>signature by {signer}, {when}; {outcome} (certificate SHA-256 {certificate}, not checked against a trust list)</translation>
    </message>
    <message>
        <source>cannot use the certificate {pkcs12_path}: {exc}</source>
        <translation>cannot use the certificate {pkcs12_path}: {exc}</translation>
    </message>
    <message>
        <source>cannot use the certificate {pkcs12_path}: wrong password or not a PKCS#12 file</source>
        <translation>cannot use the certificate {pkcs12_path}: wrong password or not a PKCS#12 file</translation>
    </message>
    <message>
        <source>staff {staff}</source>
        <translation>staff {staff}</translation>
    </message>
    <message>
        <source>{path} does not exist yet; KPM Desktop will create it.</source>
        <translation>{path} does not exist yet; KPM Desktop will create it.</translation>
    </message>
    <message>
        <source>Connected. The database is empty; KPM Desktop will set it up.</source>
        <translation>Connected. The database is empty; KPM Desktop will set it up.</translation>
    </message>
    <message>
        <source>Connected. The database is up to date (schema {current}).</source>
        <translation>Connected. The database is up to date (schema {current}).</translation>
    </message>
    <message>
        <source>Connected. The database will be upgraded from schema {current} to {head} when it is opened.</source>
        <translation>Connected. The database will be upgraded from schema {current} to {head} when it is opened.</translation>
    </message>
    <message>
        <source>There is no appraisal with id {appraisal_id}</source>
        <translation>There is no appraisal with id {appraisal_id}</translation>
    </message>
    <message>
        <source>There is no template with id {template_id}</source>
        <translation>There is no template with id {template_id}</translation>
    </message>
    <message>
        <source>the {role} sheet of {label}</source>
        <translation>the {role} sheet of {label}</translation>
    </message>
    <message>
        <source>Appraisal {label} has no rater &apos;{role}&apos;</source>
        <translation>Appraisal {label} has no rater &apos;{role}&apos;</translation>
    </message>
    <message>
        <source>The {role} sheet of appraisal {label} is already submitted</source>
        <translation>The {role} sheet of appraisal {label} is already submitted</translation>
    </message>
    <message>
        <source>appraisal {label}</source>
        <translation>appraisal {label}</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>submit</translation>
    </message>
    <message>
        <source>The {role} sheet of {label} is already submitted</source>
        <translation>The {role} sheet of {label} is already submitted</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>finalize</source>
        <translation>finalize</translation>
    </message>
    <message>
        <source>Only the employee appraised acknowledges {label}</source>
        <translation>Only the employee appraised acknowledges {label}</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>acknowledge</translation>
    </message>
    <message>
        <source>Appraisal {label} is {state}; only a finalized or acknowledged appraisal is amended (change a draft directly)</source>
        <translation>Appraisal {label} is {state}; only a finalized or acknowledged appraisal is amended (change a draft directly)</translation>
    </message>
    <message>
        <source>Appraisal {label}</source>
        <translation>Appraisal {label}</translation>
    </message>
    <message>
        <source>Appraisal {label}, {role} sheet: indicator {missing_reason} is marked N/A without a reason</source>
        <translation>Appraisal {label}, {role} sheet: indicator {missing_reason} is marked N/A without a reason</translation>
    </message>
    <message>
        <source>The user name must not be empty</source>
        <translation>The user name must not be empty</translation>
    </message>
    <message>
        <source>User name &apos;{name}&apos; must be at most {maximum} characters without spaces</source>
        <translation>User name &apos;{name}&apos; must be at most {maximum} characters without spaces</translation>
    </message>
    <message>
        <source>Cannot restore {source}: its anchor {sidecar} cannot be read ({exc})</source>
        <translation>Cannot restore {source}: its anchor {sidecar} cannot be read ({exc})</translation>
    </message>
    <message>
        <source>Cannot restore {source}: its audit log ends at entry {entry} ({hash}), but its anchor {sidecar} says entry {sequence} ({expected}): the backup was changed after it was written</source>
        <translation>Cannot restore {source}: its audit log ends at entry {entry} ({hash}), but its anchor {sidecar} says entry {sequence} ({expected}): the backup was changed after it was written</translation>
    </message>
    <message>
        <source>already used by {noun} {other}</source>
        <translation>already used by {noun} {other}</translation>
    </message>
    <message>
        <source>Cycle {period} cannot be closed: {problems}. Correct this, or close with an override reason</source>
        <translation>Cycle {period} cannot be closed: {problems}. Correct this, or close with an override reason</translation>
    </message>
    <message>
        <source>Cycle {period}</source>
        <translation>Cycle {period}</translation>
    </message>
    <message>
        <source>{count} appraisals are not finalized ({staff} and {more} more)</source>
        <translation>{count} appraisals are not finalized ({staff} and {more} more)</translation>
    </message>
    <message>
        <source>{count} appraisals are not finalized ({staff})</source>
        <translation>{count} appraisals are not finalized ({staff})</translation>
    </message>
    <message>
        <source>{path} can be read by other users of this computer (mode {mode}), and it holds personal data and password hashes. Fix: {fix}</source>
        <translation>{path} can be read by other users of this computer (mode {mode}), and it holds personal data and password hashes. Fix: {fix}</translation>
    </message>
    <message>
        <source>Demo accounts can sign in with the password published in the README: {names}. Remove them before real use (kpm user remove-demo, or File &gt; Remove demo accounts).</source>
        <translation>Demo accounts can sign in with the password published in the README: {names}. Remove them before real use (kpm user remove-demo, or File &gt; Remove demo accounts).</translation>
    </message>
    <message>
        <source>the demo accounts</source>
        <translation>the demo accounts</translation>
    </message>
    <message>
        <source>{file}: more than {limit:,} rows, the limit for one file; split it, or raise the limit (kpm import --max-rows)</source>
        <translation>{file}: more than {limit:,} rows, the limit for one file; split it, or raise the limit (kpm import --max-rows)</translation>
    </message>
    <message>
        <source>{file}: more than {limit:,} columns, the limit for one file (kpm import --max-columns)</source>
        <translation>{file}: more than {limit:,} columns, the limit for one file (kpm import --max-columns)</translation>
    </message>
    <message>
        <source>{file}: {size:,} MB unpacked, over the limit of {limit:,} MB for one file (kpm import --max-megabytes)</source>
        <translation>{file}: {size:,} MB unpacked, over the limit of {limit:,} MB for one file (kpm import --max-megabytes)</translation>
    </message>
    <message>
        <source>{file}: nothing was imported: strict mode refuses columns that would be ignored: {columns}</source>
        <translation>{file}: nothing was imported: strict mode refuses columns that would be ignored: {columns}</translation>
    </message>
    <message>
        <source>All clean: {entries} audit entries, {seals} seals checked, the chain matches its witness (entry {witnessed})</source>
        <translation>All clean: {entries} audit entries, {seals} seals checked, the chain matches its witness (entry {witnessed})</translation>
    </message>
    <message>
        <source>All clean: {entries} audit entries, {seals} seals checked</source>
        <translation>All clean: {entries} audit entries, {seals} seals checked</translation>
    </message>
    <message>
        <source>{count} problem(s) found ({entries} audit entries, {seals} seals checked)</source>
        <translation>{count} problem(s) found ({entries} audit entries, {seals} seals checked)</translation>
    </message>
    <message>
        <source>Database integrity check failed: {problem}</source>
        <translation>Database integrity check failed: {problem}</translation>
    </message>
    <message>
        <source>Not checked further: the damaged file cannot be read ({exc})</source>
        <translation>Not checked further: the damaged file cannot be read ({exc})</translation>
    </message>
    <message>
        <source>Audit chain broken at entry {entry}: {reason}</source>
        <translation>Audit chain broken at entry {entry}: {reason}</translation>
    </message>
    <message>
        <source>Audit chain broken at entry {entry} ({when} UTC, {entity_type} {entity_id}, {action}, by {username}): {reason}</source>
        <translation>Audit chain broken at entry {entry} ({when} UTC, {entity_type} {entity_id}, {action}, by {username}): {reason}</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>KPI targets</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>the company&apos;s KPIs</source>
        <translation>the company&apos;s KPIs</translation>
    </message>
    <message>
        <source>No marketing spend has the channel {unknown}; the channels are: {known}</source>
        <translation>No marketing spend has the channel {unknown}; the channels are: {known}</translation>
    </message>
    <message>
        <source>marketing sources</source>
        <translation>marketing sources</translation>
    </message>
    <message>
        <source>the office time zone</source>
        <translation>the office time zone</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos;: {reason}</source>
        <translation>{label} &apos;{value}&apos;: {reason}</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>{label} was sealed as {sealed} in audit entry {entry} but now reads {state}: it was changed outside KPM Desktop. Nothing was changed; run `kpm verify`</source>
        <translation>{label} was sealed as {sealed} in audit entry {entry} but now reads {state}: it was changed outside KPM Desktop. Nothing was changed; run `kpm verify`</translation>
    </message>
    <message>
        <source>Too many failed sign-ins as &apos;{username}&apos;: try again in {minutes} min, or ask an HR admin to unlock it</source>
        <translation>Too many failed sign-ins as &apos;{username}&apos;: try again in {minutes} min, or ask an HR admin to unlock it</translation>
    </message>
    <message>
        <source>the sign-in policy</source>
        <translation>the sign-in policy</translation>
    </message>
    <message>
        <source>a new {noun}</source>
        <translation>a new {noun}</translation>
    </message>
    <message>
        <source>Cannot delete {record}: {dependents} refer to it; delete or reassign them first</source>
        <translation>Cannot delete {record}: {dependents} refer to it; delete or reassign them first</translation>
    </message>
    <message>
        <source>Cannot delete {record}: other records refer to it</source>
        <translation>Cannot delete {record}: other records refer to it</translation>
    </message>
    <message>
        <source>{noun} {title}</source>
        <translation>{noun} {title}</translation>
    </message>
    <message>
        <source>{file}, row {row}: the workbook is damaged ({exc})</source>
        <translation>{file}, row {row}: the workbook is damaged ({exc})</translation>
    </message>
    <message>
        <source>There is no template &apos;{name}&apos; v{version}</source>
        <translation>There is no template &apos;{name}&apos; v{version}</translation>
    </message>
    <message>
        <source>There is no template &apos;{name}&apos;</source>
        <translation>There is no template &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>The database has no identity yet</source>
        <translation>The database has no identity yet</translation>
    </message>
    <message>
        <source>The witness file {path} cannot be read: {exc}</source>
        <translation>The witness file {path} cannot be read: {exc}</translation>
    </message>
    <message>
        <source>No witness for this database yet, but another database was witnessed at {location} (up to entry {sequence}): if this database was not created anew on purpose, its identity was changed</source>
        <translation>No witness for this database yet, but another database was witnessed at {location} (up to entry {sequence}): if this database was not created anew on purpose, its identity was changed</translation>
    </message>
    <message>
        <source>No witness for this database yet (first check): witnessed now in {path}</source>
        <translation>No witness for this database yet (first check): witnessed now in {path}</translation>
    </message>
    <message>
        <source>{records} were changed by someone else since you opened them; reload and try again</source>
        <translation>{records} were changed by someone else since you opened them; reload and try again</translation>
    </message>
    <message>
        <source>{record} was changed by someone else since you opened it; reload and try again</source>
        <translation>{record} was changed by someone else since you opened it; reload and try again</translation>
    </message>
    <message>
        <source>The record was changed by someone else since you opened it; reload and try again</source>
        <translation>The record was changed by someone else since you opened it; reload and try again</translation>
    </message>
    <message>
        <source>An HR admin already exists; sign in as that admin to add users</source>
        <translation>An HR admin already exists; sign in as that admin to add users</translation>
    </message>
    <message>
        <source>The account &apos;{username}&apos; is deactivated; ask an HR admin</source>
        <translation>The account &apos;{username}&apos; is deactivated; ask an HR admin</translation>
    </message>
    <message>
        <source>users</source>
        <translation>users</translation>
    </message>
    <message>
        <source>user {name}</source>
        <translation>user {name}</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account</source>
        <translation>You cannot deactivate your own account</translation>
    </message>
    <message>
        <source>A user named &apos;{name}&apos; already exists</source>
        <translation>A user named &apos;{name}&apos; already exists</translation>
    </message>
    <message>
        <source>No staff member with employee number &apos;{staff_no}&apos;</source>
        <translation>No staff member with employee number &apos;{staff_no}&apos;</translation>
    </message>
    <message>
        <source>No user named &apos;{username}&apos;</source>
        <translation>No user named &apos;{username}&apos;</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>Choose another file for the backup: {destination} is the database itself</source>
        <translation>Choose another file for the backup: {destination} is the database itself</translation>
    </message>
    <message>
        <source>Cannot write the backup {destination}: folder {parent} does not exist</source>
        <translation>Cannot write the backup {destination}: folder {parent} does not exist</translation>
    </message>
    <message>
        <source>{source} is the open database itself; choose a backup file</source>
        <translation>{source} is the open database itself; choose a backup file</translation>
    </message>
    <message>
        <source>Restoring {source} failed ({exc}); the database was not changed. A copy of it is at {safety_backup}</source>
        <translation>Restoring {source} failed ({exc}); the database was not changed. A copy of it is at {safety_backup}</translation>
    </message>
    <message>
        <source>Backup and restore from the app work on a local SQLite database only; back up the office database (PostgreSQL) on its server with pg_dump</source>
        <translation>Backup and restore from the app work on a local SQLite database only; back up the office database (PostgreSQL) on its server with pg_dump</translation>
    </message>
    <message>
        <source>Cannot create the backups folder {backups_dir}: {reason}</source>
        <translation>Cannot create the backups folder {backups_dir}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write the backup {destination}: {reason}</source>
        <translation>Cannot write the backup {destination}: {reason}</translation>
    </message>
    <message>
        <source>Cannot restore {source}: there is no such file</source>
        <translation>Cannot restore {source}: there is no such file</translation>
    </message>
    <message>
        <source>Cannot restore {source}: it is not a KPM Desktop database (not a SQLite file)</source>
        <translation>Cannot restore {source}: it is not a KPM Desktop database (not a SQLite file)</translation>
    </message>
    <message>
        <source>Cannot restore {source}: the file is damaged ({exc})</source>
        <translation>Cannot restore {source}: the file is damaged ({exc})</translation>
    </message>
    <message>
        <source>Cannot read {source}: {reason}</source>
        <translation>Cannot read {source}: {reason}</translation>
    </message>
    <message>
        <source>Cannot restore {source}: the file is damaged (integrity check: {integrity_problems})</source>
        <translation>Cannot restore {source}: the file is damaged (integrity check: {integrity_problems})</translation>
    </message>
    <message>
        <source>Cannot restore {source}: it is not a KPM Desktop database (no schema version)</source>
        <translation>Cannot restore {source}: it is not a KPM Desktop database (no schema version)</translation>
    </message>
    <message>
        <source>Cannot restore {source}: it was made by a newer KPM Desktop (schema {schema_revision}); update the application first</source>
        <translation>Cannot restore {source}: it was made by a newer KPM Desktop (schema {schema_revision}); update the application first</translation>
    </message>
    <message>
        <source>There is no cycle for {text}</source>
        <translation>There is no cycle for {text}</translation>
    </message>
    <message>
        <source>{staff}: no {role} (weight {weight}); HR enters that sheet</source>
        <translation>{staff}: no {role} (weight {weight}); HR enters that sheet</translation>
    </message>
    <message>
        <source>Created {count} appraisals</source>
        <translation>Created {count} appraisals</translation>
    </message>
    <message>
        <source>Refused {count} duplicates: {staff}</source>
        <translation>Refused {count} duplicates: {staff}</translation>
    </message>
    <message>
        <source>No template for {count} staff: {staff}</source>
        <translation>No template for {count} staff: {staff}</translation>
    </message>
    <message>
        <source>Missing rater: {problem}</source>
        <translation>Missing rater: {problem}</translation>
    </message>
    <message>
        <source>{staff} and {more} more</source>
        <translation>{staff} and {more} more</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>{count:,} deals</source>
        <translation>{count:,} deals</translation>
    </message>
    <message>
        <source>{count:,} service tickets</source>
        <translation>{count:,} service tickets</translation>
    </message>
    <message>
        <source>{count:,} activities</source>
        <translation>{count:,} activities</translation>
    </message>
    <message>
        <source>Cycle {text} needs at least one template</source>
        <translation>Cycle {text} needs at least one template</translation>
    </message>
    <message>
        <source>There is already a cycle for {text}</source>
        <translation>There is already a cycle for {text}</translation>
    </message>
    <message>
        <source>Template &apos;{name}&apos; v{version} is {status}; a cycle uses active templates only</source>
        <translation>Template &apos;{name}&apos; v{version} is {status}; a cycle uses active templates only</translation>
    </message>
    <message>
        <source>No department &apos;{department}&apos; (give its code or name)</source>
        <translation>No department &apos;{department}&apos; (give its code or name)</translation>
    </message>
    <message>
        <source>Cycle {period} is closed</source>
        <translation>Cycle {period} is closed</translation>
    </message>
    <message>
        <source>{department} / {template}: {grade} given to {count}, quota {percent}% allows {allowed}</source>
        <translation>{department} / {template}: {grade} given to {count}, quota {percent}% allows {allowed}</translation>
    </message>
    <message>
        <source>department {code} {name} as a whole</source>
        <translation>department {code} {name} as a whole</translation>
    </message>
    <message>
        <source>the whole company</source>
        <translation>the whole company</translation>
    </message>
    <message>
        <source>No staff member with employee no. {staff_no}</source>
        <translation>No staff member with employee no. {staff_no}</translation>
    </message>
    <message>
        <source>No department &apos;{wanted}&apos; (give its code or name)</source>
        <translation>No department &apos;{wanted}&apos; (give its code or name)</translation>
    </message>
    <message>
        <source>Cannot create {path}: folder {parent} does not exist</source>
        <translation>Cannot create {path}: folder {parent} does not exist</translation>
    </message>
    <message>
        <source>The database holds {table_count} tables but no KPM Desktop schema; choose an empty database or a KPM Desktop one</source>
        <translation>The database holds {table_count} tables but no KPM Desktop schema; choose an empty database or a KPM Desktop one</translation>
    </message>
    <message>
        <source>The database was created by a newer KPM Desktop (schema {current}); please update the application</source>
        <translation>The database was created by a newer KPM Desktop (schema {current}); please update the application</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>deal</translation>
    </message>
    <message>
        <source>--staff must be at least {departments} (one head per department)</source>
        <translation>--staff must be at least {departments} (one head per department)</translation>
    </message>
    <message>
        <source>--{name} must not be negative</source>
        <translation>--{name} must not be negative</translation>
    </message>
    <message>
        <source>--customers must be at least 1 when deals, tickets or activities are wanted</source>
        <translation>--customers must be at least 1 when deals, tickets or activities are wanted</translation>
    </message>
    <message>
        <source>The database already holds {existing} staff; use --replace to overwrite its CRM data</source>
        <translation>The database already holds {existing} staff; use --replace to overwrite its CRM data</translation>
    </message>
    <message>
        <source>{file}: export to .csv or .xlsx</source>
        <translation>{file}: export to .csv or .xlsx</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; cannot be exported; use one of {known}</source>
        <translation>&apos;{kind}&apos; cannot be exported; use one of {known}</translation>
    </message>
    <message>
        <source>{path}: folder {parent} does not exist</source>
        <translation>{path}: folder {parent} does not exist</translation>
    </message>
    <message>
        <source>unknown employee no.</source>
        <translation>unknown employee no.</translation>
    </message>
    <message>
        <source>unknown customer code</source>
        <translation>unknown customer code</translation>
    </message>
    <message>
        <source>unknown department code</source>
        <translation>unknown department code</translation>
    </message>
    <message>
        <source>duplicate key: also in row {row}</source>
        <translation>duplicate key: also in row {row}</translation>
    </message>
    <message>
        <source>unknown KPI key</source>
        <translation>unknown KPI key</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not something to import; use one of {known}</source>
        <translation>&apos;{name}&apos; is not something to import; use one of {known}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a column of {kind}</source>
        <translation>&apos;{name}&apos; is not a column of {kind}</translation>
    </message>
    <message>
        <source>column {number} for &apos;{name}&apos; is not in the file</source>
        <translation>column {number} for &apos;{name}&apos; is not in the file</translation>
    </message>
    <message>
        <source>Import of {file} cancelled; nothing was written</source>
        <translation>Import of {file} cancelled; nothing was written</translation>
    </message>
    <message>
        <source>No staff member with employee no. {unknown}</source>
        <translation>No staff member with employee no. {unknown}</translation>
    </message>
    <message>
        <source>row {row}: no staff member with employee no. &apos;{staff_no}&apos;</source>
        <translation>row {row}: no staff member with employee no. &apos;{staff_no}&apos;</translation>
    </message>
    <message>
        <source>row {row}: no department with code &apos;{code}&apos;</source>
        <translation>row {row}: no department with code &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>No staff member or department &apos;{value}&apos;</source>
        <translation>No staff member or department &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{problems}; and {more} more</source>
        <translation>{problems}; and {more} more</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>Selection {name} already has a bidder {bidder}</source>
        <translation>Selection {name} already has a bidder {bidder}</translation>
    </message>
    <message>
        <source>Bidder {bidder} has {count} sheets in selection {name}: removing it drops them (confirm, or use --force)</source>
        <translation>Bidder {bidder} has {count} sheets in selection {name}: removing it drops them (confirm, or use --force)</translation>
    </message>
    <message>
        <source>Panel member {user} has {count} sheets in selection {name}: removing them drops those sheets (confirm, or use --force)</source>
        <translation>Panel member {user} has {count} sheets in selection {name}: removing them drops those sheets (confirm, or use --force)</translation>
    </message>
    <message>
        <source>Selection {name} is {state}: its bidders and panel can no longer change</source>
        <translation>Selection {name} is {state}: its bidders and panel can no longer change</translation>
    </message>
    <message>
        <source>Cycle {period} has no appraisal {appraisal_id} that you may view</source>
        <translation>Cycle {period} has no appraisal {appraisal_id} that you may view</translation>
    </message>
    <message>
        <source>Say where the sheets go: a folder, a combined file, or both</source>
        <translation>Say where the sheets go: a folder, a combined file, or both</translation>
    </message>
    <message>
        <source>Cycle {period} has no appraisal that you may view</source>
        <translation>Cycle {period} has no appraisal that you may view</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>HR chooses the peer or department head rater, not the {role} of appraisal {label}</source>
        <translation>HR chooses the peer or department head rater, not the {role} of appraisal {label}</translation>
    </message>
    <message>
        <source>The {role} sheet of appraisal {label} is already submitted; its rater stays</source>
        <translation>The {role} sheet of appraisal {label} is already submitted; its rater stays</translation>
    </message>
    <message>
        <source>Appraisal {label} is submitted by all its raters; its raters stay</source>
        <translation>Appraisal {label} is submitted by all its raters; its raters stay</translation>
    </message>
    <message>
        <source>There is no staff member numbered {number}</source>
        <translation>There is no staff member numbered {number}</translation>
    </message>
    <message>
        <source>Staff member {number} has left; choose someone still employed</source>
        <translation>Staff member {number} has left; choose someone still employed</translation>
    </message>
    <message>
        <source>{number} {name} is the employee appraised in {label} and cannot rate it as {role}</source>
        <translation>{number} {name} is the employee appraised in {label} and cannot rate it as {role}</translation>
    </message>
    <message>
        <source>{number} {name} already rates appraisal {label} as {other}; one person holds one rater sheet</source>
        <translation>{number} {name} already rates appraisal {label} as {other}; one person holds one rater sheet</translation>
    </message>
    <message>
        <source>There is no cycle for {period}</source>
        <translation>There is no cycle for {period}</translation>
    </message>
    <message>
        <source>Staff member {number} has {count} current appraisals in {period}, not one</source>
        <translation>Staff member {number} has {count} current appraisals in {period}, not one</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>line {line}: {problem}</translation>
    </message>
    <message>
        <source>No rater assigned, {count} line(s) refused: {problems}</source>
        <translation>No rater assigned, {count} line(s) refused: {problems}</translation>
    </message>
    <message>
        <source>{count:,} customers owned</source>
        <translation>{count:,} customers owned</translation>
    </message>
    <message>
        <source>{count:,} staff supervised</source>
        <translation>{count:,} staff supervised</translation>
    </message>
    <message>
        <source>{count:,} departments headed</source>
        <translation>{count:,} departments headed</translation>
    </message>
    <message>
        <source>The {noun} #{record_id} no longer exists; refresh the list</source>
        <translation>The {noun} #{record_id} no longer exists; refresh the list</translation>
    </message>
    <message>
        <source>The {noun} &apos;{key}&apos; could not be saved: {reason}</source>
        <translation>The {noun} &apos;{key}&apos; could not be saved: {reason}</translation>
    </message>
    <message>
        <source>There is no import profile named &apos;{name}&apos;; there are: {known}</source>
        <translation>There is no import profile named &apos;{name}&apos;; there are: {known}</translation>
    </message>
    <message>
        <source>A profile name has 1 to {limit} characters</source>
        <translation>A profile name has 1 to {limit} characters</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a built-in starting point; save your copy under another name</source>
        <translation>&apos;{name}&apos; is a built-in starting point; save your copy under another name</translation>
    </message>
    <message>
        <source>An import profile named &apos;{name}&apos; exists already; choose another name or replace it</source>
        <translation>An import profile named &apos;{name}&apos; exists already; choose another name or replace it</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a built-in starting point; it cannot be removed</source>
        <translation>&apos;{name}&apos; is a built-in starting point; it cannot be removed</translation>
    </message>
    <message>
        <source>There is no saved import profile named &apos;{name}&apos;</source>
        <translation>There is no saved import profile named &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>no staff member has this name</source>
        <translation>no staff member has this name</translation>
    </message>
    <message>
        <source>no staff member has this e-mail</source>
        <translation>no staff member has this e-mail</translation>
    </message>
    <message>
        <source>no customer has this name</source>
        <translation>no customer has this name</translation>
    </message>
    <message>
        <source>no customer has this e-mail</source>
        <translation>no customer has this e-mail</translation>
    </message>
    <message>
        <source>ambiguous: it matches {keys}</source>
        <translation>ambiguous: it matches {keys}</translation>
    </message>
    <message>
        <source>{file}: not a text file (it holds NUL bytes); use CSV or XLSX</source>
        <translation>{file}: not a text file (it holds NUL bytes); use CSV or XLSX</translation>
    </message>
    <message>
        <source>{file}: the text encoding cannot be recognised; save it as UTF-8 CSV</source>
        <translation>{file}: the text encoding cannot be recognised; save it as UTF-8 CSV</translation>
    </message>
    <message>
        <source>{file}: the file is empty (no header row)</source>
        <translation>{file}: the file is empty (no header row)</translation>
    </message>
    <message>
        <source>{file}, row {row}: broken CSV: {exc}</source>
        <translation>{file}, row {row}: broken CSV: {exc}</translation>
    </message>
    <message>
        <source>{file}, row {row}: text is not {encoding}: {reason}</source>
        <translation>{file}, row {row}: text is not {encoding}: {reason}</translation>
    </message>
    <message>
        <source>{file}: not a readable XLSX workbook ({exc})</source>
        <translation>{file}: not a readable XLSX workbook ({exc})</translation>
    </message>
    <message>
        <source>{file}: the workbook has no sheet</source>
        <translation>{file}: the workbook has no sheet</translation>
    </message>
    <message>
        <source>{file}: no sheet named &apos;{sheet}&apos;; it has {names}</source>
        <translation>{file}: no sheet named &apos;{sheet}&apos;; it has {names}</translation>
    </message>
    <message>
        <source>{file}: unknown encoding &apos;{encoding}&apos;</source>
        <translation>{file}: unknown encoding &apos;{encoding}&apos;</translation>
    </message>
    <message>
        <source>{file}: text is not {encoding}: {reason}</source>
        <translation>{file}: text is not {encoding}: {reason}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no such file</translation>
    </message>
    <message>
        <source>{file}: old binary spreadsheets cannot be read; save as XLSX</source>
        <translation>{file}: old binary spreadsheets cannot be read; save as XLSX</translation>
    </message>
    <message>
        <source>and {more} more</source>
        <translation>and {more} more</translation>
    </message>
    <message>
        <source>{file}: the hidden packet sheet has no keyed hash</source>
        <translation>{file}: the hidden packet sheet has no keyed hash</translation>
    </message>
    <message>
        <source>{file}: packet {code} was not exported from this database</source>
        <translation>{file}: packet {code} was not exported from this database</translation>
    </message>
    <message>
        <source>{file}: the hidden packet sheet was changed: {differences}</source>
        <translation>{file}: the hidden packet sheet was changed: {differences}</translation>
    </message>
    <message>
        <source>{file}: the hidden packet sheet was changed (its keyed hash does not match)</source>
        <translation>{file}: the hidden packet sheet was changed (its keyed hash does not match)</translation>
    </message>
    <message>
        <source>{file} is a packet of cycle {found}, not of cycle {expected}</source>
        <translation>{file} is a packet of cycle {found}, not of cycle {expected}</translation>
    </message>
    <message>
        <source>{file} is the packet of rater {found}, not of rater {expected}</source>
        <translation>{file} is the packet of rater {found}, not of rater {expected}</translation>
    </message>
    <message>
        <source>{file}: {count} protected cells or sheets differ from the export (edited, or rows moved): {differences}</source>
        <translation>{file}: {count} protected cells or sheets differ from the export (edited, or rows moved): {differences}</translation>
    </message>
    <message>
        <source>the appraisal or its {role} sheet no longer exists</source>
        <translation>the appraisal or its {role} sheet no longer exists</translation>
    </message>
    <message>
        <source>the appraisal is locked ({state})</source>
        <translation>the appraisal is locked ({state})</translation>
    </message>
    <message>
        <source>the {role} sheet is already submitted</source>
        <translation>the {role} sheet is already submitted</translation>
    </message>
    <message>
        <source>the {role} sheet was given to another rater</source>
        <translation>the {role} sheet was given to another rater</translation>
    </message>
    <message>
        <source>the appraisal changed since the export (version {exported}, now {now})</source>
        <translation>the appraisal changed since the export (version {exported}, now {now})</translation>
    </message>
    <message>
        <source>indicator {codes} is N/A without a reason</source>
        <translation>indicator {codes} is N/A without a reason</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{file} is password-protected or an old .xls workbook: save it as .xlsx without a password</source>
        <translation>{file} is password-protected or an old .xls workbook: save it as .xlsx without a password</translation>
    </message>
    <message>
        <source>{file} is not an XLSX workbook</source>
        <translation>{file} is not an XLSX workbook</translation>
    </message>
    <message>
        <source>{file} is not an XLSX workbook ({reason})</source>
        <translation>{file} is not an XLSX workbook ({reason})</translation>
    </message>
    <message>
        <source>{file} is password-protected</source>
        <translation>{file} is password-protected</translation>
    </message>
    <message>
        <source>{file} unpacks to {size:,} MB, far more than a packet: refused</source>
        <translation>{file} unpacks to {size:,} MB, far more than a packet: refused</translation>
    </message>
    <message>
        <source>{file} is damaged or not an XLSX workbook ({reason})</source>
        <translation>{file} is damaged or not an XLSX workbook ({reason})</translation>
    </message>
    <message>
        <source>{file} is not a KPM Desktop rater packet (it has no hidden sheet {sheet})</source>
        <translation>{file} is not a KPM Desktop rater packet (it has no hidden sheet {sheet})</translation>
    </message>
    <message>
        <source>There is no staff member {number}</source>
        <translation>There is no staff member {number}</translation>
    </message>
    <message>
        <source>There is no department {name}</source>
        <translation>There is no department {name}</translation>
    </message>
    <message>
        <source>Cycle {period} has no sheet waiting for a rater to score here</source>
        <translation>Cycle {period} has no sheet waiting for a rater to score here</translation>
    </message>
    <message>
        <source>Selection {name}</source>
        <translation>Selection {name}</translation>
    </message>
    <message>
        <source>no such selection: the database has no selection {id}</source>
        <translation>no such selection: the database has no selection {id}</translation>
    </message>
    <message>
        <source>selection {name}: the printed comparison matches the record</source>
        <translation>selection {name}: the printed comparison matches the record</translation>
    </message>
    <message>
        <source>selection {name}: the record changed since printing (printed SHA-256 {printed}, now {current})</source>
        <translation>selection {name}: the record changed since printing (printed SHA-256 {printed}, now {current})</translation>
    </message>
    <message>
        <source>content: the text of every page and its drawing are those of the record</source>
        <translation>content: the text of every page and its drawing are those of the record</translation>
    </message>
    <message>
        <source>content: the pages differ from the comparison the record gives</source>
        <translation>content: the pages differ from the comparison the record gives</translation>
    </message>
    <message>
        <source>The comparison of selection {name} is shown once it is closed; until then you see only your own sheets</source>
        <translation>The comparison of selection {name} is shown once it is closed; until then you see only your own sheets</translation>
    </message>
    <message>
        <source>A selection needs a name</source>
        <translation>A selection needs a name</translation>
    </message>
    <message>
        <source>There is already a selection named {name}</source>
        <translation>There is already a selection named {name}</translation>
    </message>
    <message>
        <source>A bidder needs a name</source>
        <translation>A bidder needs a name</translation>
    </message>
    <message>
        <source>Selection {name} is {state}: its bidders can no longer change</source>
        <translation>Selection {name} is {state}: its bidders can no longer change</translation>
    </message>
    <message>
        <source>A panel member&apos;s weight must be above 0 and at most 100 (got {weight})</source>
        <translation>A panel member&apos;s weight must be above 0 and at most 100 (got {weight})</translation>
    </message>
    <message>
        <source>The panel of selection {name} is fixed once scoring has started</source>
        <translation>The panel of selection {name} is fixed once scoring has started</translation>
    </message>
    <message>
        <source>There is no active user {user}</source>
        <translation>There is no active user {user}</translation>
    </message>
    <message>
        <source>User {user} has role {role}: panel members are users with the panel role or HR administrators</source>
        <translation>User {user} has role {role}: panel members are users with the panel role or HR administrators</translation>
    </message>
    <message>
        <source>Selection {name} has no bidders</source>
        <translation>Selection {name} has no bidders</translation>
    </message>
    <message>
        <source>{user} is not on the panel of selection {name}</source>
        <translation>{user} is not on the panel of selection {name}</translation>
    </message>
    <message>
        <source>Selection {name} has no bidder {bidder}</source>
        <translation>Selection {name} has no bidder {bidder}</translation>
    </message>
    <message>
        <source>{user} has already scored {bidder} in selection {name}</source>
        <translation>{user} has already scored {bidder} in selection {name}</translation>
    </message>
    <message>
        <source>Selection {name} cannot be closed: sheets missing ({sheets})</source>
        <translation>Selection {name} cannot be closed: sheets missing ({sheets})</translation>
    </message>
    <message>
        <source>There is no selection {id}</source>
        <translation>There is no selection {id}</translation>
    </message>
    <message>
        <source>There is no selection named {name}</source>
        <translation>There is no selection named {name}</translation>
    </message>
    <message>
        <source>Selection {name} is {state}; this needs it {needed}</source>
        <translation>Selection {name} is {state}; this needs it {needed}</translation>
    </message>
    <message>
        <source>There is no active template &apos;{name}&apos;</source>
        <translation>There is no active template &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Bidder {bidder}: {code} is not a ranked indicator of the template (those are {codes})</source>
        <translation>Bidder {bidder}: {code} is not a ranked indicator of the template (those are {codes})</translation>
    </message>
    <message>
        <source>Bidder {bidder}: the figure for {code} must be between 0 and 10^12 (got {value})</source>
        <translation>Bidder {bidder}: the figure for {code} must be between 0 and 10^12 (got {value})</translation>
    </message>
    <message>
        <source>Panel member {user} is the contact of bidder {bidder}: a bidder&apos;s contact cannot score the selection</source>
        <translation>Panel member {user} is the contact of bidder {bidder}: a bidder&apos;s contact cannot score the selection</translation>
    </message>
    <message>
        <source>not checked: the pages cannot be read</source>
        <translation>not checked: the pages cannot be read</translation>
    </message>
    <message>
        <source>the PDF is damaged, its pages cannot be read ({problem})</source>
        <translation>the PDF is damaged, its pages cannot be read ({problem})</translation>
    </message>
    <message>
        <source>not compared: printed by an earlier version, in a layout not re-derived</source>
        <translation>not compared: printed by an earlier version, in a layout not re-derived</translation>
    </message>
    <message>
        <source>the text of every page and its drawing are those of the record; its chart page&apos;s title, total and grade too (the charts are not checked)</source>
        <translation>the text of every page and its drawing are those of the record; its chart page&apos;s title, total and grade too (the charts are not checked)</translation>
    </message>
    <message>
        <source>the text of every page and its drawing are those of the record</source>
        <translation>the text of every page and its drawing are those of the record</translation>
    </message>
    <message>
        <source>no audit chain head printed (a sheet from an earlier version)</source>
        <translation>no audit chain head printed (a sheet from an earlier version)</translation>
    </message>
    <message>
        <source>entry #{sequence} {hash}</source>
        <translation>entry #{sequence} {hash}</translation>
    </message>
    <message>
        <source>printed {printed}, but the chain now ends at #{head}: it was cut short or rewritten since printing</source>
        <translation>printed {printed}, but the chain now ends at #{head}: it was cut short or rewritten since printing</translation>
    </message>
    <message>
        <source>printed {printed}, but that entry&apos;s hash is now {stored}: the chain was rewritten since printing</source>
        <translation>printed {printed}, but that entry&apos;s hash is now {stored}: the chain was rewritten since printing</translation>
    </message>
    <message>
        <source>printed {printed}, still in the chain (now at #{head})</source>
        <translation>printed {printed}, still in the chain (now at #{head})</translation>
    </message>
    <message>
        <source>content: {check}</source>
        <translation>content: {check}</translation>
    </message>
    <message>
        <source>audit chain: {check}</source>
        <translation>audit chain: {check}</translation>
    </message>
    <message>
        <source>no such appraisal: the database has no appraisal {appraisal}</source>
        <translation>no such appraisal: the database has no appraisal {appraisal}</translation>
    </message>
    <message>
        <source>appraisal {appraisal}, revision {revision}</source>
        <translation>appraisal {appraisal}, revision {revision}</translation>
    </message>
    <message>
        <source>now {state} by a later revision</source>
        <translation>now {state} by a later revision</translation>
    </message>
    <message>
        <source>now {state} (a draft, not a final result)</source>
        <translation>now {state} (a draft, not a final result)</translation>
    </message>
    <message>
        <source>now {state}</source>
        <translation>now {state}</translation>
    </message>
    <message>
        <source>differs: {reason} ({what}, {now})</source>
        <translation>differs: {reason} ({what}, {now})</translation>
    </message>
    <message>
        <source>matches: {what}, {now}; SHA-256 {sha256} (format {format} of an earlier version)</source>
        <translation>matches: {what}, {now}; SHA-256 {sha256} (format {format} of an earlier version)</translation>
    </message>
    <message>
        <source>matches: {what}, {now}; SHA-256 {sha256}</source>
        <translation>matches: {what}, {now}; SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>the signature is broken</source>
        <translation>the signature is broken</translation>
    </message>
    <message>
        <source>the appraisal changed since printing</source>
        <translation>the appraisal changed since printing</translation>
    </message>
    <message>
        <source>the PDF does not show what the record says</source>
        <translation>the PDF does not show what the record says</translation>
    </message>
    <message>
        <source>the audit chain was rewritten since printing</source>
        <translation>the audit chain was rewritten since printing</translation>
    </message>
    <message>
        <source>code {code} is used {count} times</source>
        <translation>code {code} is used {count} times</translation>
    </message>
    <message>
        <source>A template named &apos;{name}&apos; already exists; edit it to make a new version</source>
        <translation>A template named &apos;{name}&apos; already exists; edit it to make a new version</translation>
    </message>
    <message>
        <source>Template &apos;{name}&apos; v{version} is {status}; only an active template can be used by an appraisal</source>
        <translation>Template &apos;{name}&apos; v{version} is {status}; only an active template can be used by an appraisal</translation>
    </message>
    <message>
        <source>A duplicate needs a name</source>
        <translation>A duplicate needs a name</translation>
    </message>
    <message>
        <source>A template named &apos;{name}&apos; already exists</source>
        <translation>A template named &apos;{name}&apos; already exists</translation>
    </message>
    <message>
        <source>service ticket</source>
        <translation>service ticket</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a database URL: {exc}</source>
        <translation>&apos;{text}&apos; is not a database URL: {exc}</translation>
    </message>
    <message>
        <source>Cannot open database {path}: folder {parent} does not exist</source>
        <translation>Cannot open database {path}: folder {parent} does not exist</translation>
    </message>
    <message>
        <source>Cannot open database {path}: it is not a file</source>
        <translation>Cannot open database {path}: it is not a file</translation>
    </message>
    <message>
        <source>{path} is not a KPM Desktop database (not SQLite)</source>
        <translation>{path} is not a KPM Desktop database (not SQLite)</translation>
    </message>
    <message>
        <source>The database {database} is damaged or not a database: {reason}</source>
        <translation>The database {database} is damaged or not a database: {reason}</translation>
    </message>
    <message>
        <source>The database {database} is locked by another program; close it and try again</source>
        <translation>The database {database} is locked by another program; close it and try again</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: check the path and its permissions</source>
        <translation>Cannot open the database {database}: check the path and its permissions</translation>
    </message>
    <message>
        <source>Cannot use the database {database}: {reason}</source>
        <translation>Cannot use the database {database}: {reason}</translation>
    </message>
    <message>
        <source>Cannot connect to {url}: {reason}</source>
        <translation>Cannot connect to {url}: {reason}</translation>
    </message>
    <message>
        <source>The database {url} is damaged or not a database: {reason}</source>
        <translation>The database {url} is damaged or not a database: {reason}</translation>
    </message>
    <message>
        <source>{record} was changed by someone else since you opened it; your change was not saved. Reload it to see the other change, then make yours again (you had version {expected}, it is now {stored})</source>
        <translation>{record} was changed by someone else since you opened it; your change was not saved. Reload it to see the other change, then make yours again (you had version {expected}, it is now {stored})</translation>
    </message>
    <message>
        <source>{record} was changed by someone else since you opened it; your change was not saved. Reload it to see the other change, then make yours again</source>
        <translation>{record} was changed by someone else since you opened it; your change was not saved. Reload it to see the other change, then make yours again</translation>
    </message>
    <message>
        <source>Not signed in: an unattended start needs KPM_USER and KPM_PASSWORD (or KPM_ADMIN_PASSWORD when the database has no admin yet)</source>
        <translation>Not signed in: an unattended start needs KPM_USER and KPM_PASSWORD (or KPM_ADMIN_PASSWORD when the database has no admin yet)</translation>
    </message>
    <message>
        <source>{code} has a comment but no rating</source>
        <translation>{code} has a comment but no rating</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({exc})</source>
        <translation>{path}: cannot read the file ({exc})</translation>
    </message>
    <message>
        <source>format version {version} is not one this KPM Desktop reads (1-{latest})</source>
        <translation>format version {version} is not one this KPM Desktop reads (1-{latest})</translation>
    </message>
    <message>
        <source>{file}: rater {role}: {problem}</source>
        <translation>{file}: rater {role}: {problem}</translation>
    </message>
    <message>
        <source>{source}: line {lineno} column {colno}: nested deeper than {limit} levels</source>
        <translation>{source}: line {lineno} column {colno}: nested deeper than {limit} levels</translation>
    </message>
    <message>
        <source>{source}: the key &apos;{key}&apos; appears twice in one object</source>
        <translation>{source}: the key &apos;{key}&apos; appears twice in one object</translation>
    </message>
    <message>
        <source>{source}: the key &apos;{key}&apos; appears twice in one object (with {keys})</source>
        <translation>{source}: the key &apos;{key}&apos; appears twice in one object (with {keys})</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is the last active HR admin; make another user an HR admin first</source>
        <translation>&apos;{username}&apos; is the last active HR admin; make another user an HR admin first</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>Change &amp;role...</source>
        <translation>Change &amp;role...</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>Reset &amp;password...</source>
        <translation>Reset &amp;password...</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>The role of %1 changed.</source>
        <translation>The role of %1 changed.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
    <message>
        <source>User %1 deactivated.</source>
        <translation>User %1 deactivated.</translation>
    </message>
    <message>
        <source>User %1 may sign in again.</source>
        <translation>User %1 may sign in again.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 may sign in again.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Linked staff</source>
        <translation>Linked staff</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Sign-in lock</source>
        <translation>Sign-in lock</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s)</source>
        <translation>
            <numerusform>%n failed sign-in</numerusform>
            <numerusform>%n failed sign-ins</numerusform>
        </translation>
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
