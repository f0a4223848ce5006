<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company (B2B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private customer (B2C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;al code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <source>Type to search accounts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded to this version; a backup was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database… changes can be saved in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database checked: all is well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: nothing more is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged, so Sales Workbench will not save anything more to it. What you see can still be read and copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details are in %2. You can keep working; if it happens again, please send that file to IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardArea</name>
    <message>
        <source>Sales process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  Won — drop here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗  Lost — drop here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as won…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board could not be loaded: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%s” to “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” still has mandatory tasks open. Finish them before moving the deal on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardLoading</name>
    <message>
        <source>The board could not be loaded: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound (I called)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound (they called)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes, or mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, what they need…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (address, video link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Mark as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was “%s” won?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was “%s” lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who won the deal, if anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason: it is what the manager learns from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In/out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnWidget</name>
    <message>
        <source>New opportunity in “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s open deals match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: the value of every one of them (not only the cards loaded), per currency; there are no exchange rates, so currencies are not added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted: value × this stage&apos;s win probability (%d%%), open deals only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanySettingsDialog</name>
    <message>
        <source>Company profile for offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry (phone numbers without +code are read here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE, FR or Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand &amp;colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default c&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Version %d compared with version %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d lines added, %d removed, %d changed, %d unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has real influence on the buying decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is called “%s”. Pick one from the list or create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into the existing contact %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: decide between merging and keeping both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <source>Convert lead into a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sales process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%s&lt;/b&gt; (existing, will be reused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%s&lt;/b&gt; (new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealPicker</name>
    <message>
        <source>New offer for which deal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search open deals by title or customer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing in one transaction: all rows or none…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Records behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 looks like someone already in the database. Merge it into the existing %1 (empty fields are filled in, nothing is overwritten), or keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(same %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>&amp;Decrypt database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting stores %1 and its backups so that a lost or stolen laptop, or a copied file, reveals nothing. The key is kept in this user&apos;s system keyring, so the app opens the database as before.

You will get a recovery key, once. Without it the database can&apos;t be opened if the keyring loses the key (new computer or user profile, keyring reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting stores %1 and its backups as plain SQLite files again: anyone with the file can read it. The key stays in the keyring for copies made while it was encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your recovery key. It is shown only now: store it away from this computer (a password manager, or on paper). To get back in without it: `workbench db unlock --recovery-key KEY`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unshared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales development rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer success manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or Excel XLSX, with the column names in the first row, e.g. an export from a web form or another CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.tsv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d rows and %d columns (%s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search title, account or contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deals with an overdue task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only idle (“rotting”) deals: no progress (completed activity or stage change) for longer than the stage&apos;s target days, and nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing next quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all deals again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In each deal&apos;s own currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>what `save()` hands back: a function the write thread calls with the database a form field&apos;s name where it differs from the input&apos;s field it edits</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows in the file and import again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Workbench speaks %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbound/outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into the existing lead %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: decide between merging and keeping both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d93025&apos;&gt;Not contacted yet&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified: %s %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsArea</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open (new, MQL, SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting &gt; 1 business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting &gt; 2 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound and outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Qualify as SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify as MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is now %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s converted: the deal is on the board.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a product from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s has no price in %s on this list; enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section of the selected lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priced below cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <extracomment>tables whose changes make this list reload</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>emitted once the window has closed (the app quits then, unless it is restoring)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. Load a demo company (2,000 deals) to look around, or start by creating an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo company loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file fills a field of the lead. Columns set to “Don&apos;t import” are listed in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product: type code or name, Enter to add (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount &amp;&amp; payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts &amp;&amp; terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %s first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Gross total %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export offer as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %s (%d pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %s to %s? The version is then frozen; later changes go into a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer sent; follow-up task created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %d created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare version %d with version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the deal as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer accepted; the deal is won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersArea</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the stage says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist of “%s”. Mandatory items must be done before the deal moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the stage says (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unshare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (mandatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers for this deal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneLabel</name>
    <message>
        <source>Call %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rows that are already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them (fill empty fields of the existing lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import them anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported columns: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d more in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceListsDialog</name>
    <message>
        <source>Price lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the price list “%s”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricingTab</name>
    <message>
        <source>Offer &amp;discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount &amp;reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalments, months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leasing, months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate % p.a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residual %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on (insurance, service plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed above %s %%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leasing rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on “%s”: price and tax must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost c&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsArea</name>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %d new, %d updated products, %d prices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Daily (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWatch</name>
    <message>
        <source>%s changed this %s while you were editing.</source>
        <extracomment>who made the change, if the record&apos;s history says: (db, since) -&gt; a name or None</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %s was changed elsewhere in the window while you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message numerus="yes">
        <source>Double-click to list the %n record(s) behind this figure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>How it is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sales processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas and rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create call tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call task(s) created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to bring back. The database as it is now is kept as a backup first (or, if it is damaged, set aside), so a restore can be undone by restoring again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups of this database yet. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Team sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays on this computer and works offline; signed in, your changes go to the team&apos;s server and your colleagues&apos; come back whenever you are online. The sign-in is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address set by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Only IT can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server, your user name and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop holds %s made before signing in. They stay here and are uploaded to the team as yours; the team&apos;s pipelines, reason lists and people replace this laptop&apos;s own. Customers entered both here and by a colleague are listed as duplicates to merge. Click Sign in again to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in and upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, team %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %s as %s (%s%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: this laptop works on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s server did not accept these changes; the record shows the team&apos;s version again and your values are kept here. Ask a manager for changes to the team&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this one, merge the others into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: %d record(s) now point at the one you kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s “%s”: %d copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same customer entered on two laptops (or by two colleagues) before they synced. Pick the copy to keep: the others&apos; deals, contacts, calls and offers move to it and the others are deleted, on every laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicate customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicates (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is a value of yours that a colleague&apos;s later change replaced. Keep theirs, or restore yours (a new change that every laptop receives).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: nothing of yours was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts (%d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused changes (%d)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Team sync (click for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same customer entered twice: merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Quotas and exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0.92</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly target of won value in %s. Reports set won deals against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quota(s) saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type the rate, e.g. 0.92.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsTab</name>
    <message>
        <source>Valid &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert template…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayArea</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your meetings in a date range as an .ics file (Ctrl+E: the selected one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meeting to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading Today failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%.1f h median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated to you by colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads waiting for first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%d more in Leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers sent without follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted for more than two business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted for more than one business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a meeting to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting exported to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional items (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leasing %d months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <source>Due now</source>
        <extracomment>how long before a due time the reminder appears</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d items due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnderneathBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the record as it is now; what you typed here is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you typed; the fields you did not touch show the new values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingDaysDialog</name>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads should be contacted within one business day (amber after one, red after two). Days not ticked here don&apos;t count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RangeDialog</name>
    <message>
        <source>Export meetings to a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (including)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
