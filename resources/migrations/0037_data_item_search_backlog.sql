-- 0037: the data item index can be fed in bulk, as the catalog's trigram index can (0005).
--
-- An import writes five data items or more for every entry, and each fed the pair index through
-- its trigger; every statement in the import's transaction then made FTS5 write its pending terms
-- out as a new segment, to be merged again later. A bulk writer opens this backlog inside its
-- transaction: items after `indexed_through` (in rowid order) skip the triggers, and the writer
-- indexes them in one statement before it commits (DeferredSearchIndexes). Unlike the catalog's
-- backlog it never outlives that transaction, so searches never meet items left out.
CREATE TABLE data_item_search_backlog (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    indexed_through INTEGER NOT NULL
);

DROP TRIGGER data_item_search_insert;
DROP TRIGGER data_item_search_delete;
DROP TRIGGER data_item_search_update;

CREATE TRIGGER data_item_search_insert AFTER INSERT ON data_item
WHEN NEW.rowid <= coalesce((SELECT indexed_through FROM data_item_search_backlog), 9223372036854775807)
BEGIN
    INSERT INTO data_item_search (rowid, name, identifier, description)
        VALUES (NEW.rowid, NEW.name, NEW.identifier, NEW.description);
END;
CREATE TRIGGER data_item_search_delete AFTER DELETE ON data_item
WHEN OLD.rowid <= coalesce((SELECT indexed_through FROM data_item_search_backlog), 9223372036854775807)
BEGIN
    INSERT INTO data_item_search (data_item_search, rowid, name, identifier, description)
        VALUES ('delete', OLD.rowid, OLD.name, OLD.identifier, OLD.description);
END;
CREATE TRIGGER data_item_search_update AFTER UPDATE OF name, identifier, description ON data_item
WHEN OLD.rowid <= coalesce((SELECT indexed_through FROM data_item_search_backlog), 9223372036854775807)
BEGIN
    INSERT INTO data_item_search (data_item_search, rowid, name, identifier, description)
        VALUES ('delete', OLD.rowid, OLD.name, OLD.identifier, OLD.description);
    INSERT INTO data_item_search (rowid, name, identifier, description)
        VALUES (NEW.rowid, NEW.name, NEW.identifier, NEW.description);
END;
