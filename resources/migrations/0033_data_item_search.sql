-- 0033: data items can be searched (HN25 item 5: a province's account of its data runs to millions
-- of items, and a reviewer looks for 公民身份号码 or 统一社会信用代码, not for the resource that holds it).
--
-- Pairs of characters (BigramTokenizer), not trigrams: item names are short, and 姓名, 地址 or 电话
-- must be an index lookup, not a scan of every item. Names, identifiers and descriptions are
-- indexed; deleted items stay in the index and are left out by the query, as catalog entries are.
CREATE VIRTUAL TABLE data_item_search USING fts5 (
    name, identifier, description, content = 'data_item', content_rowid = 'rowid', tokenize = 'xs_bigram'
);
CREATE TRIGGER data_item_search_insert AFTER INSERT ON data_item BEGIN
    INSERT INTO data_item_search (rowid, name, identifier, description)
        VALUES (NEW.rowid, NEW.name, NEW.identifier, NEW.description);
END;
CREATE TRIGGER data_item_search_delete AFTER DELETE ON data_item BEGIN
    INSERT INTO data_item_search (data_item_search, rowid, name, identifier, description)
        VALUES ('delete', OLD.rowid, OLD.name, OLD.identifier, OLD.description);
END;
CREATE TRIGGER data_item_search_update AFTER UPDATE OF name, identifier, description ON data_item BEGIN
    INSERT INTO data_item_search (data_item_search, rowid, name, identifier, description)
        VALUES ('delete', OLD.rowid, OLD.name, OLD.identifier, OLD.description);
    INSERT INTO data_item_search (rowid, name, identifier, description)
        VALUES (NEW.rowid, NEW.name, NEW.identifier, NEW.description);
END;
INSERT INTO data_item_search (data_item_search) VALUES ('rebuild');
