-- 0014: sharing requests between departments (共享申请, SHARE §21–22), DOMAIN.md §1. The columns
-- are the fields models/sharing defines; what a request must hold is checked by that definition
-- on both sides, so the table adds only what every synced table has.
CREATE TABLE sharing_request (
    id                       TEXT PRIMARY KEY NOT NULL,
    entry_id                 TEXT,
    requester_code           TEXT,
    purpose                  TEXT,
    scope                    TEXT,
    legal_basis              TEXT,
    share_method             TEXT,
    provider_code            TEXT,
    share_attribute          TEXT,
    state                    TEXT,
    requested_by             TEXT,
    submitted_on             TEXT,
    reply_due_on             TEXT,
    reply_due_provisional    INTEGER,
    extension_days           INTEGER,
    extension_reason         TEXT,
    material_notice          TEXT,
    material_noticed_on      TEXT,
    supplement               TEXT,
    decision_reason          TEXT,
    decided_by               TEXT,
    decided_on               TEXT,
    delivery_due_on          TEXT,
    delivery_due_provisional INTEGER,
    delivered_on             TEXT,
    delivery_note            TEXT,
    version                  INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at               TEXT NOT NULL,
    updated_by               TEXT NOT NULL,
    deleted                  INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
-- The two queues: what a department asked for, and what it is asked for.
CREATE INDEX sharing_request_by_requester ON sharing_request (requester_code, state) WHERE deleted = 0;
CREATE INDEX sharing_request_by_provider ON sharing_request (provider_code, state) WHERE deleted = 0;
