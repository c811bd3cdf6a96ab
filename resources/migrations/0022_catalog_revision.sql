-- 0022: revisions of published catalog entries (修订, SHARE §17), DOMAIN.md §1. The columns are the
-- fields models/catalog/revision defines; changes holds the revised entry fields as JSON text.
CREATE TABLE catalog_revision (
    id                     TEXT PRIMARY KEY NOT NULL,
    entry_id               TEXT,
    changes                TEXT,
    reason                 TEXT,
    reason_note            TEXT,
    cause_on               TEXT,
    state                  TEXT,
    due_on                 TEXT,
    due_provisional        INTEGER,
    extended               INTEGER,
    extension_reason       TEXT,
    submitted_by           TEXT,
    submitted_on           TEXT,
    review_due_on          TEXT,
    review_due_provisional INTEGER,
    decided_by             TEXT,
    decided_on             TEXT,
    decision_reason        TEXT,
    applied_on             TEXT,
    version                INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at             TEXT NOT NULL,
    updated_by             TEXT NOT NULL,
    deleted                INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX catalog_revision_by_entry ON catalog_revision (entry_id, state) WHERE deleted = 0;
CREATE INDEX catalog_revision_open ON catalog_revision (state, review_due_on) WHERE deleted = 0;
