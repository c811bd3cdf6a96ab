-- 0019: 更新频率 becomes a synced record type (models/catalog, issue 16 item 4): administrators
-- edit it through the hub and every desktop gets it on sync. The defaults keep fixed ids, the
-- same the hub assumes while it holds no record of them (UpdateFrequencies::defaultId), so an
-- administrator's change of a default arrives as a newer version of the row seeded here. The
-- 0003 table was never editable from the application, so it holds only the defaults: it is
-- replaced, not converted.
DROP TABLE update_frequency;
CREATE TABLE update_frequency (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    max_age_days INTEGER,
    sort_order   INTEGER NOT NULL,
    retired      INTEGER,
    version      INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
INSERT INTO update_frequency (id, name, max_age_days, sort_order, retired, updated_at, updated_by) VALUES
    ('update-frequency-1', '实时', 1, 1, 0, '2026-01-01T00:00:00.000Z', 'system'),
    ('update-frequency-2', '每日', 1, 2, 0, '2026-01-01T00:00:00.000Z', 'system'),
    ('update-frequency-3', '每周', 7, 3, 0, '2026-01-01T00:00:00.000Z', 'system'),
    ('update-frequency-4', '每月', 31, 4, 0, '2026-01-01T00:00:00.000Z', 'system'),
    ('update-frequency-5', '每季度', 92, 5, 0, '2026-01-01T00:00:00.000Z', 'system'),
    ('update-frequency-6', '每半年', 183, 6, 0, '2026-01-01T00:00:00.000Z', 'system'),
    ('update-frequency-7', '每年', 366, 7, 0, '2026-01-01T00:00:00.000Z', 'system'),
    ('update-frequency-8', '不定期', NULL, 8, 0, '2026-01-01T00:00:00.000Z', 'system');
CREATE INDEX update_frequency_by_name ON update_frequency (name) WHERE deleted = 0;
