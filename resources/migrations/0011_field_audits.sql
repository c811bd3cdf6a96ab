-- 0011: field audits (现场核查) and rectification orders (整改), DOMAIN.md §6. Their columns are
-- the fields models/fieldaudit and models/rectification define; what a record must hold is checked
-- by those definitions on both sides, so the tables add only what every synced table has.
CREATE TABLE audit_template (
    id                 TEXT PRIMARY KEY NOT NULL,
    title              TEXT,
    kind               TEXT,
    template_version   INTEGER,
    items              TEXT, -- JSON array of {code, section, text}
    severities         TEXT, -- JSON array of the words findings take
    rectification_days INTEGER,
    state              TEXT,
    version            INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX audit_template_by_kind ON audit_template (kind, template_version) WHERE deleted = 0;

CREATE TABLE audit_task (
    id           TEXT PRIMARY KEY NOT NULL,
    title        TEXT,
    kind         TEXT,
    template_id  TEXT,
    target_code  TEXT,
    auditors     TEXT, -- JSON array of user names
    planned_on   TEXT,
    summary      TEXT,
    state        TEXT,
    started_on   TEXT,
    submitted_on TEXT,
    completed_on TEXT,
    reviewed_by  TEXT,
    review_note  TEXT,
    version      INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX audit_task_by_state ON audit_task (state, planned_on, id) WHERE deleted = 0;

CREATE TABLE audit_answer (
    id         TEXT PRIMARY KEY NOT NULL, -- task id "." item code: one answer per item
    task_id    TEXT,
    item_code  TEXT,
    result     TEXT,
    note       TEXT,
    version    INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX audit_answer_by_task ON audit_answer (task_id, item_code) WHERE deleted = 0;

CREATE TABLE audit_finding (
    id          TEXT PRIMARY KEY NOT NULL,
    task_id     TEXT,
    item_code   TEXT,
    severity    TEXT,
    description TEXT,
    version     INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX audit_finding_by_task ON audit_finding (task_id) WHERE deleted = 0;

CREATE TABLE rectification_order (
    id              TEXT PRIMARY KEY NOT NULL,
    subject_entity  TEXT,
    subject_id      TEXT,
    target_kind     TEXT,
    target_code     TEXT,
    requirement     TEXT,
    working_days    INTEGER,
    state           TEXT,
    issued_by       TEXT,
    issued_on       TEXT,
    due_on          TEXT,
    due_provisional INTEGER,
    response        TEXT,
    decision_note   TEXT,
    submitted_on    TEXT,
    closed_on       TEXT,
    version         INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX rectification_order_by_subject ON rectification_order (subject_entity, subject_id) WHERE deleted = 0;
CREATE INDEX rectification_order_open_by_due ON rectification_order (due_on)
    WHERE deleted = 0 AND state IN ('issued', 'rectifying');
