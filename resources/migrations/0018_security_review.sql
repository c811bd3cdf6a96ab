-- 0018: 安全风险评估 and 应用业务规范性审查 (HN25 item 20), DOMAIN.md §5. The columns are the fields
-- models/securityreview defines; the checklist is an audit_template of kind security_review
-- (0011), and the answers are kept as JSON text like a template's items.
CREATE TABLE security_review (
    id               TEXT PRIMARY KEY NOT NULL,
    subject_entity   TEXT,
    subject_id       TEXT,
    template_id      TEXT,
    template_version INTEGER,
    answers          TEXT,
    state            TEXT,
    opened_by        TEXT,
    opened_on        TEXT,
    conclusion       TEXT,
    opinion          TEXT,
    concluded_by     TEXT,
    concluded_on     TEXT,
    version          INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX security_review_by_subject ON security_review (subject_id, subject_entity) WHERE deleted = 0;
