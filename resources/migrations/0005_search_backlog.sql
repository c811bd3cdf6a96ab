-- 0005: the catalog's search index can be fed in bulk.
--
-- Fed row by row from triggers, the trigram index costs more than everything else a first sync
-- does (200,000 entries: about 9 s of index work against 4 s for the rest). A bulk pull therefore
-- opens a backlog: entries after `indexed_through` (in rowid order) skip the triggers, and are
-- indexed afterwards in large chunks (CatalogSearchBacklog). Entries up to `indexed_through`
-- stay in step through the triggers as before; with no backlog row, every entry does. The backlog
-- is a row, so a sync interrupted before the index caught up leaves it for the next one.
CREATE TABLE catalog_search_backlog (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    indexed_through INTEGER NOT NULL
);

DROP TRIGGER catalog_search_insert;
DROP TRIGGER catalog_search_delete;
DROP TRIGGER catalog_search_update;

CREATE TRIGGER catalog_search_insert AFTER INSERT ON catalog_entry
WHEN NEW.rowid <= coalesce((SELECT indexed_through FROM catalog_search_backlog), 9223372036854775807)
BEGIN
    INSERT INTO catalog_search (rowid, name, code, abstract) VALUES (NEW.rowid, NEW.name, NEW.code, NEW.abstract);
END;
CREATE TRIGGER catalog_search_delete AFTER DELETE ON catalog_entry
WHEN OLD.rowid <= coalesce((SELECT indexed_through FROM catalog_search_backlog), 9223372036854775807)
BEGIN
    INSERT INTO catalog_search (catalog_search, rowid, name, code, abstract)
        VALUES ('delete', OLD.rowid, OLD.name, OLD.code, OLD.abstract);
END;
CREATE TRIGGER catalog_search_update AFTER UPDATE OF name, code, abstract ON catalog_entry
WHEN OLD.rowid <= coalesce((SELECT indexed_through FROM catalog_search_backlog), 9223372036854775807)
BEGIN
    INSERT INTO catalog_search (catalog_search, rowid, name, code, abstract)
        VALUES ('delete', OLD.rowid, OLD.name, OLD.code, OLD.abstract);
    INSERT INTO catalog_search (rowid, name, code, abstract) VALUES (NEW.rowid, NEW.name, NEW.code, NEW.abstract);
END;

-- Sorted paging breaks ties by rowid instead of id. Every index entry already ends with the rowid,
-- so the sort indexes no longer carry a 36-character id each: a fifth less to write (and encrypt)
-- per entry, which is most of what a first sync spends on indexes (sync_bench: 6.3 s → 4.8 s of
-- apply time for 200,000 entries).
DROP INDEX catalog_entry_by_name;
DROP INDEX catalog_entry_by_code;
DROP INDEX catalog_entry_by_updated;
DROP INDEX catalog_entry_by_status;
DROP INDEX catalog_entry_by_grade;
CREATE INDEX catalog_entry_by_name ON catalog_entry (coalesce(name, ''));
CREATE INDEX catalog_entry_by_code ON catalog_entry (coalesce(code, ''));
CREATE INDEX catalog_entry_by_updated ON catalog_entry (coalesce(last_updated_on, ''));
CREATE INDEX catalog_entry_by_status ON catalog_entry (coalesce(status, ''));
CREATE INDEX catalog_entry_by_grade ON catalog_entry (coalesce(grade, ''));
