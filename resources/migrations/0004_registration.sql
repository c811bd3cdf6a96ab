-- 0004: the registration release: the working-day calendar, deadline rules, registration
-- applications and the audit trail.

-- 节假日安排: years the hub has published. The official schedules of the current and the previous
-- year are bundled with the program (resources/calendar); a row here replaces its bundled year.
CREATE TABLE calendar_year (
    id         TEXT PRIMARY KEY NOT NULL,
    year       INTEGER,
    source     TEXT,
    issued_on  TEXT,
    holidays   TEXT,
    workdays   TEXT,
    version    INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- 审计记录: every change made on this desktop (one row per field), every workflow command, and
-- every record received from the hub. Each row's hash covers the previous row's hash and the
-- row's canonical form (models/audit/AuditTrail), so editing, inserting or deleting a row breaks
-- the chain at that point. AUTOINCREMENT: a deleted last row's number is never reused.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    origin    TEXT NOT NULL CHECK (origin IN ('local', 'hub')),
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    action    TEXT NOT NULL,
    field     TEXT,
    old_value TEXT,
    new_value TEXT,
    reason    TEXT,
    op_id     TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_by_record ON audit_log (entity, record_id, seq);
CREATE INDEX audit_log_by_time ON audit_log (at, seq);

-- 登记时限: deadline rules the hub has published; a row replaces the built-in value of its step
-- (models/registration/DeadlineRules).
CREATE TABLE deadline_rule (
    id         TEXT PRIMARY KEY NOT NULL,
    step       TEXT,
    value      INTEGER,
    unit       TEXT,
    source     TEXT,
    version    INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- 登记申请: one application and, once coded, the registration it became.
CREATE TABLE registration (
    id                      TEXT PRIMARY KEY NOT NULL,
    number                  TEXT,
    type                    TEXT,
    applicants              TEXT,
    data_name               TEXT,
    summary                 TEXT,
    catalog_entry_id        TEXT,
    related_registration_id TEXT,
    materials               TEXT,
    submitted_on            TEXT,
    operating_term_end      TEXT,
    state                   TEXT,
    step_started_on         TEXT,
    step_deadline           TEXT,
    remaining_workdays      INTEGER,
    assignee                TEXT,
    missing_materials       TEXT,
    materials_notice_sent   INTEGER,
    decision_reason         TEXT,
    objection               TEXT,
    registration_code       TEXT,
    coded_on                TEXT,
    expires_on              TEXT,
    events                  TEXT,
    version                 INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at              TEXT NOT NULL,
    updated_by              TEXT NOT NULL,
    deleted                 INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
-- The queue's views page by deadline (keyset on (deadline, id)); NULL deadlines sort last.
CREATE INDEX registration_by_deadline ON registration (coalesce(step_deadline, '9999-12-31'), id) WHERE deleted = 0;
CREATE INDEX registration_by_state ON registration (state, coalesce(step_deadline, '9999-12-31'), id) WHERE deleted = 0;
-- "My queue" and "unassigned" cover open applications only: most records are finished ones, which
-- have no assignee either. The WHERE must read as the queries' term does (RegistrationQueueQuery).
CREATE INDEX registration_open_by_assignee ON registration (assignee, coalesce(step_deadline, '9999-12-31'), id)
    WHERE deleted = 0 AND state IN ('submitted', 'awaiting_materials', 'under_review', 'review_paused',
                                    'in_public_notice', 'objection_review', 'awaiting_code');
CREATE INDEX registration_by_expiry ON registration (state, expires_on, id) WHERE deleted = 0;
