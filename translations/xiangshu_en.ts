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
        <source>Fill an empty database with deterministic demo data for Hunan (--scale small|bench|large).</source>
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
    <message>
        <source>Verified: every page&apos;s HMAC, SQLite&apos;s integrity check and foreign keys are in order.</source>
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
        <source>Unknown scale &quot;%1&quot;: use small, bench or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not empty (%1); demo data goes only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data (%1) written: %2 departments.</source>
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
</context>
<context>
    <name>xs::StartupFlow</name>
    <message>
        <source>Cannot open the database</source>
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
</TS>
