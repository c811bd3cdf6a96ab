-- 0017: records of the use of shared data (使用记录, SHARE §21–22), kept at least three years; the
-- columns are the fields models/sharing defines.
CREATE TABLE sharing_usage (
    id           TEXT PRIMARY KEY NOT NULL,
    request_id   TEXT,
    used_on      TEXT,
    used_by      TEXT,
    purpose      TEXT,
    record_count INTEGER,
    recorded_by  TEXT,
    recorded_on  TEXT,
    version      INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX sharing_usage_by_request ON sharing_usage (request_id, used_on) WHERE deleted = 0;
