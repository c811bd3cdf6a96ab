-- 0015: quality feedback on shared resources (数据质量反馈整改, SHARE §26), DOMAIN.md §1. The columns
-- are the fields models/quality defines; the provider's correction is a rectification order
-- (0011) that names the feedback as what it follows.
CREATE TABLE quality_feedback (
    id                TEXT PRIMARY KEY NOT NULL,
    entry_id          TEXT,
    item_name         TEXT,
    requester_code    TEXT,
    dimension         TEXT,
    description       TEXT,
    provider_code     TEXT,
    state             TEXT,
    filed_by          TEXT,
    filed_on          TEXT,
    verification_note TEXT,
    decided_by        TEXT,
    decided_on        TEXT,
    result            TEXT,
    closed_on         TEXT,
    version           INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX quality_feedback_by_provider ON quality_feedback (provider_code, state) WHERE deleted = 0;
CREATE INDEX quality_feedback_by_requester ON quality_feedback (requester_code, state) WHERE deleted = 0;
