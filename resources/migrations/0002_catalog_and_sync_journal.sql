-- 0002: catalog entries and data items (DOMAIN.md §1), and the sync journal.
-- The catalog release adds its indexes, search and history on top of these tables.

-- 目录条目: one resource of the pool, in any of the three catalogs.
CREATE TABLE catalog_entry (
    id                    TEXT PRIMARY KEY NOT NULL,
    name                  TEXT,
    code                  TEXT,
    department_code       TEXT,
    abstract              TEXT,
    format_class          TEXT,
    format_type           TEXT,
    update_frequency      TEXT,
    share_attribute       TEXT,
    share_method          TEXT,
    share_conditions      TEXT,
    share_scope           TEXT,
    share_purpose         TEXT,
    no_share_reason       TEXT,
    no_share_basis        TEXT,
    open_attribute        TEXT,
    open_conditions       TEXT,
    grade                 TEXT,
    related_codes         TEXT,
    published_on          TEXT,
    last_updated_on       TEXT,
    in_share_catalog      INTEGER,
    in_open_catalog       INTEGER,
    in_authorized_catalog INTEGER,
    data_scope            TEXT,
    quality_statement     TEXT,
    status                TEXT,
    version               INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at            TEXT NOT NULL,
    updated_by            TEXT NOT NULL,
    deleted               INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX catalog_entry_by_department ON catalog_entry (department_code);

-- 数据项: no foreign key to its entry, because pages from the hub may bring an item before its
-- entry; the hub checks that the entry exists when an item is written.
CREATE TABLE data_item (
    id            TEXT PRIMARY KEY NOT NULL,
    entry_id      TEXT,
    position      INTEGER,
    name          TEXT,
    identifier    TEXT,
    data_type     TEXT,
    length        INTEGER,
    description   TEXT,
    sensitive     INTEGER,
    min_grade     TEXT,
    authoritative INTEGER,
    version       INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX data_item_by_entry ON data_item (entry_id, position);

-- The outbox: every local change, written in the same transaction as the change itself.
-- state: pending (to push), conflict (held until a person resolves it), rejected (kept, with the
-- hub's reason, for the user to fix or discard).
CREATE TABLE sync_outbox (
    sequence        INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id           TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('upsert', 'delete', 'command')),
    entity          TEXT NOT NULL,
    record_id       TEXT NOT NULL,
    base_version    INTEGER NOT NULL,
    payload         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'conflict', 'rejected')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    reason_code     TEXT
);
CREATE INDEX sync_outbox_by_record ON sync_outbox (entity, record_id, sequence);
CREATE INDEX sync_outbox_by_state ON sync_outbox (state, sequence);

-- The last copy of each record received from the hub: the base of every three-way merge.
CREATE TABLE sync_base (
    entity     TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    version    INTEGER NOT NULL,
    deleted    INTEGER NOT NULL,
    fields     TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
) WITHOUT ROWID;

-- Conflicts waiting for a person: the three copies, and which fields disagree.
CREATE TABLE sync_conflict (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    entity          TEXT NOT NULL,
    record_id       TEXT NOT NULL,
    base            TEXT NOT NULL,
    local           TEXT NOT NULL,
    hub             TEXT NOT NULL,
    fields          TEXT NOT NULL,
    delete_conflict INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    resolved_at     TEXT
);
CREATE UNIQUE INDEX sync_conflict_open ON sync_conflict (entity, record_id) WHERE resolved_at IS NULL;

-- Cursor, last successful sync, hub connection settings.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
