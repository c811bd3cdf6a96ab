-- 0032: resource names sort in pinyin order (郴州 < 衡阳 < 怀化 …), as Chinese readers expect, not
-- by code point. The key is ICU's zh collation key (PinyinCollation, registered on every
-- connection as xs_pinyin_key); its index stores it beside the rowid, so sorting by name is a
-- keyset walk of that index like every other sort.
--
-- A virtual column rather than a stored one: SQLite cannot add a stored column to a table, and the
-- index holds the key anyway, so a write computes it once and a read of the sort never does.
ALTER TABLE catalog_entry ADD COLUMN name_pinyin BLOB GENERATED ALWAYS AS (xs_pinyin_key(name)) VIRTUAL;
CREATE INDEX catalog_entry_by_pinyin ON catalog_entry (name_pinyin);
-- The code point index it replaces would only cost every write.
DROP INDEX catalog_entry_by_name;

-- ICU's collation data can change with a Debian upgrade; the keys in an index built under another
-- version would no longer agree with the function. Database::open compares and rebuilds.
CREATE TABLE collation_state (
    name    TEXT PRIMARY KEY NOT NULL,
    version TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO collation_state (name, version) VALUES ('pinyin', xs_pinyin_version());
