-- 0013: when an auditor last prepared a field audit for offline work (准备离线) on this desktop.
-- Local only, never synced: it says what this laptop was given, not anything about the task.
CREATE TABLE audit_offline_mark (
    task_id     TEXT PRIMARY KEY NOT NULL,
    prepared_at TEXT NOT NULL, -- ISO-8601 UTC
    prepared_by TEXT NOT NULL
) WITHOUT ROWID;
