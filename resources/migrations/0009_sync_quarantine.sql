-- 0009: records received from the hub that this desktop could not store as they were (a field too
-- long, a value its tables refuse, a duplicate code): set aside here with the reason, shown in the
-- sync area and reported to the hub, while the rest of the sync goes on.
CREATE TABLE sync_quarantine (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    entity      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    payload     TEXT NOT NULL,
    received_at TEXT NOT NULL,
    reported    INTEGER NOT NULL DEFAULT 0 CHECK (reported IN (0, 1))
);
CREATE INDEX sync_quarantine_unreported ON sync_quarantine (reported, id);
