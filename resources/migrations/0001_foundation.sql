-- 0001 foundation: the database's identity, Hunan's administrative divisions, and departments.
--
-- Every synced entity table carries the same bookkeeping columns (see ARCHITECTURE.md, Sync):
--   id          UUID made on the desktop
--   version     set by the hub; 0 means the hub has not seen this row yet
--   updated_at  ISO-8601 UTC
--   updated_by  user name
--   deleted     tombstone flag (rows are never removed while a client may still need the tombstone)

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- 行政区划: fixed national codes, not synced. The province and its 14 prefecture-level divisions.
CREATE TABLE division (
    code       TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 6),
    name       TEXT NOT NULL,
    short_name TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('province', 'prefecture')),
    sort_order INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO division (code, name, short_name, level, sort_order) VALUES
    ('430000', '湖南省',             '湖南', 'province',    0),
    ('430100', '长沙市',             '长沙', 'prefecture',  1),
    ('430200', '株洲市',             '株洲', 'prefecture',  2),
    ('430300', '湘潭市',             '湘潭', 'prefecture',  3),
    ('430400', '衡阳市',             '衡阳', 'prefecture',  4),
    ('430500', '邵阳市',             '邵阳', 'prefecture',  5),
    ('430600', '岳阳市',             '岳阳', 'prefecture',  6),
    ('430700', '常德市',             '常德', 'prefecture',  7),
    ('430800', '张家界市',           '张家界', 'prefecture', 8),
    ('430900', '益阳市',             '益阳', 'prefecture',  9),
    ('431000', '郴州市',             '郴州', 'prefecture', 10),
    ('431100', '永州市',             '永州', 'prefecture', 11),
    ('431200', '怀化市',             '怀化', 'prefecture', 12),
    ('431300', '娄底市',             '娄底', 'prefecture', 13),
    ('433100', '湘西土家族苗族自治州', '湘西', 'prefecture', 14);

-- 部门: provincial departments, prefecture departments and utilities that provide data.
CREATE TABLE department (
    id            TEXT PRIMARY KEY NOT NULL,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('provincial', 'prefectural', 'utility')),
    division_code TEXT NOT NULL REFERENCES division (code),
    sort_order    INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX department_by_division ON department (division_code, sort_order);
