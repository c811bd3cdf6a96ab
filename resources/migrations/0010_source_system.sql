-- 0010: 来源信息系统, the information system that holds a resource's data (field auditors check it
-- on site). A column of its own, in the change history, and in the search index.
ALTER TABLE catalog_entry ADD COLUMN source_system TEXT;

CREATE TRIGGER catalog_history_source_system AFTER UPDATE OF source_system ON catalog_entry BEGIN
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'source_system', OLD.source_system, NEW.source_system, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.source_system IS NOT NEW.source_system;
END;

-- An FTS5 table cannot gain a column: it is built again with the entry's searchable fields
-- (catalog_search's columns are CatalogRecordTypes' searchable fields, in that order; a test
-- compares them), its triggers as 0005 left them, and filled from the entries.
DROP TRIGGER catalog_search_insert;
DROP TRIGGER catalog_search_delete;
DROP TRIGGER catalog_search_update;
DROP TABLE catalog_search;

CREATE VIRTUAL TABLE catalog_search USING fts5 (
    name, code, abstract, source_system, content = 'catalog_entry', content_rowid = 'rowid', tokenize = 'trigram'
);
CREATE TRIGGER catalog_search_insert AFTER INSERT ON catalog_entry
WHEN NEW.rowid <= coalesce((SELECT indexed_through FROM catalog_search_backlog), 9223372036854775807)
BEGIN
    INSERT INTO catalog_search (rowid, name, code, abstract, source_system)
        VALUES (NEW.rowid, NEW.name, NEW.code, NEW.abstract, NEW.source_system);
END;
CREATE TRIGGER catalog_search_delete AFTER DELETE ON catalog_entry
WHEN OLD.rowid <= coalesce((SELECT indexed_through FROM catalog_search_backlog), 9223372036854775807)
BEGIN
    INSERT INTO catalog_search (catalog_search, rowid, name, code, abstract, source_system)
        VALUES ('delete', OLD.rowid, OLD.name, OLD.code, OLD.abstract, OLD.source_system);
END;
CREATE TRIGGER catalog_search_update AFTER UPDATE OF name, code, abstract, source_system ON catalog_entry
WHEN OLD.rowid <= coalesce((SELECT indexed_through FROM catalog_search_backlog), 9223372036854775807)
BEGIN
    INSERT INTO catalog_search (catalog_search, rowid, name, code, abstract, source_system)
        VALUES ('delete', OLD.rowid, OLD.name, OLD.code, OLD.abstract, OLD.source_system);
    INSERT INTO catalog_search (rowid, name, code, abstract, source_system)
        VALUES (NEW.rowid, NEW.name, NEW.code, NEW.abstract, NEW.source_system);
END;

-- 'rebuild' indexes every entry, so a backlog left by an interrupted first sync is done with.
INSERT INTO catalog_search (catalog_search) VALUES ('rebuild');
DELETE FROM catalog_search_backlog;
