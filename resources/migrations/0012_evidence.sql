-- 0012: evidence of field audits (现场核查证据), DOMAIN.md §6. audit_evidence is the synced record
-- that describes a photo or scanned document (models/fieldaudit defines its fields); the bytes
-- themselves live in attachment_chunk, inside this encrypted file like everything else, so no
-- photo ever lies readable on disk. attachment_file says where the bytes stand with the hub.
CREATE TABLE audit_evidence (
    id         TEXT PRIMARY KEY NOT NULL,
    task_id    TEXT,
    item_code  TEXT,
    file_name  TEXT,
    media_type TEXT,
    size       INTEGER,
    sha256     TEXT,
    taken_at   TEXT,
    latitude   REAL,
    longitude  REAL,
    camera     TEXT,
    caption    TEXT,
    downscaled INTEGER,
    added_by   TEXT,
    version    INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX audit_evidence_by_task ON audit_evidence (task_id, item_code) WHERE deleted = 0;

CREATE TABLE attachment_file (
    entity        TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    size          INTEGER NOT NULL CHECK (size >= 0),
    transfer      TEXT NOT NULL CHECK (transfer IN ('local', 'uploaded', 'refused', 'downloaded')),
    transfer_note TEXT,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
);
CREATE INDEX attachment_file_by_transfer ON attachment_file (transfer);

-- One row per 1 MiB chunk (AttachmentLimits::ChunkBytes): reading or uploading a file holds one
-- chunk in memory, and a chunk is what travels to and from the hub.
CREATE TABLE attachment_chunk (
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    chunk     INTEGER NOT NULL CHECK (chunk >= 0),
    data      BLOB NOT NULL,
    PRIMARY KEY (entity, record_id, chunk)
);
