-- 0030: the files of a registration's materials (REG §9), as records that describe a file (their
-- bytes in the attachment store, like field-audit evidence); the file never changes.
CREATE TABLE registration_material (
    id              TEXT PRIMARY KEY NOT NULL,
    registration_id TEXT,
    material        TEXT,
    file_name       TEXT,
    media_type      TEXT,
    size            INTEGER,
    sha256          TEXT,
    added_by        TEXT,
    version         INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX registration_material_by_registration ON registration_material (registration_id, material)
    WHERE deleted = 0;
