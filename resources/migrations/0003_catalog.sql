-- 0003: the catalog release. Editable update frequencies, search, sorting and facet indexes, and
-- the history of every change to a resource.

-- 更新频率: DOMAIN.md calls the list common practice, not a norm, so administrators edit it here.
-- max_age_days: how old the last update may be before the entry is overdue; NULL never is.
CREATE TABLE update_frequency (
    name         TEXT PRIMARY KEY NOT NULL,
    max_age_days INTEGER CHECK (max_age_days IS NULL OR max_age_days > 0),
    sort_order   INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO update_frequency (name, max_age_days, sort_order) VALUES
    ('实时', 1, 1), ('每日', 1, 2), ('每周', 7, 3), ('每月', 31, 4), ('每季度', 92, 5),
    ('每半年', 183, 6), ('每年', 366, 7), ('不定期', NULL, 8);

-- Sorted paging is keyset paging on (key, id), where key is the column with NULL as '' (row-value
-- comparison cannot step over NULLs). The queries use exactly these expressions (CatalogQuery).
CREATE INDEX catalog_entry_by_name ON catalog_entry (coalesce(name, ''), id);
CREATE INDEX catalog_entry_by_code ON catalog_entry (coalesce(code, ''), id);
CREATE INDEX catalog_entry_by_updated ON catalog_entry (coalesce(last_updated_on, ''), id);
CREATE INDEX catalog_entry_by_status ON catalog_entry (coalesce(status, ''), id);
CREATE INDEX catalog_entry_by_grade ON catalog_entry (coalesce(grade, ''), id);
-- 一数一源: who claims an item as its authoritative source (identifiers compare case-insensitively).
CREATE INDEX data_item_by_identifier ON data_item (lower(identifier)) WHERE authoritative = 1 AND deleted = 0;

-- Chinese search: a trigram index over the entry's own text, kept in step by triggers. Queries of
-- one or two characters (shorter than a trigram) fall back to LIKE.
CREATE VIRTUAL TABLE catalog_search USING fts5 (
    name, code, abstract, content = 'catalog_entry', content_rowid = 'rowid', tokenize = 'trigram'
);
CREATE TRIGGER catalog_search_insert AFTER INSERT ON catalog_entry BEGIN
    INSERT INTO catalog_search (rowid, name, code, abstract) VALUES (NEW.rowid, NEW.name, NEW.code, NEW.abstract);
END;
CREATE TRIGGER catalog_search_delete AFTER DELETE ON catalog_entry BEGIN
    INSERT INTO catalog_search (catalog_search, rowid, name, code, abstract)
        VALUES ('delete', OLD.rowid, OLD.name, OLD.code, OLD.abstract);
END;
CREATE TRIGGER catalog_search_update AFTER UPDATE OF name, code, abstract ON catalog_entry BEGIN
    INSERT INTO catalog_search (catalog_search, rowid, name, code, abstract)
        VALUES ('delete', OLD.rowid, OLD.name, OLD.code, OLD.abstract);
    INSERT INTO catalog_search (rowid, name, code, abstract) VALUES (NEW.rowid, NEW.name, NEW.code, NEW.abstract);
END;
INSERT INTO catalog_search (catalog_search) VALUES ('rebuild');

-- 变更历史: one row per changed field, whoever made the change (this desktop or, through a pull,
-- the hub). The editor states the reason of its own changes in catalog_change_reason for the
-- length of its transaction; changes that arrive from the hub carry none.
CREATE TABLE catalog_history (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id   TEXT NOT NULL,
    item_id    TEXT,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    reason     TEXT
);
CREATE INDEX catalog_history_by_entry ON catalog_history (entry_id, id);

CREATE TABLE catalog_change_reason (
    reason TEXT NOT NULL
);

CREATE TRIGGER catalog_history_entry AFTER UPDATE ON catalog_entry BEGIN
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'name', OLD.name, NEW.name, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.name IS NOT NEW.name;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'code', OLD.code, NEW.code, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.code IS NOT NEW.code;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'department_code', OLD.department_code, NEW.department_code, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.department_code IS NOT NEW.department_code;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'abstract', OLD.abstract, NEW.abstract, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.abstract IS NOT NEW.abstract;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'format_class', OLD.format_class, NEW.format_class, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.format_class IS NOT NEW.format_class;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'format_type', OLD.format_type, NEW.format_type, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.format_type IS NOT NEW.format_type;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'update_frequency', OLD.update_frequency, NEW.update_frequency, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.update_frequency IS NOT NEW.update_frequency;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'share_attribute', OLD.share_attribute, NEW.share_attribute, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.share_attribute IS NOT NEW.share_attribute;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'share_method', OLD.share_method, NEW.share_method, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.share_method IS NOT NEW.share_method;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'share_conditions', OLD.share_conditions, NEW.share_conditions, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.share_conditions IS NOT NEW.share_conditions;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'share_scope', OLD.share_scope, NEW.share_scope, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.share_scope IS NOT NEW.share_scope;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'share_purpose', OLD.share_purpose, NEW.share_purpose, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.share_purpose IS NOT NEW.share_purpose;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'no_share_reason', OLD.no_share_reason, NEW.no_share_reason, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.no_share_reason IS NOT NEW.no_share_reason;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'no_share_basis', OLD.no_share_basis, NEW.no_share_basis, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.no_share_basis IS NOT NEW.no_share_basis;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'open_attribute', OLD.open_attribute, NEW.open_attribute, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.open_attribute IS NOT NEW.open_attribute;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'open_conditions', OLD.open_conditions, NEW.open_conditions, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.open_conditions IS NOT NEW.open_conditions;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'grade', OLD.grade, NEW.grade, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.grade IS NOT NEW.grade;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'related_codes', OLD.related_codes, NEW.related_codes, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.related_codes IS NOT NEW.related_codes;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'published_on', OLD.published_on, NEW.published_on, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.published_on IS NOT NEW.published_on;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'last_updated_on', OLD.last_updated_on, NEW.last_updated_on, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.last_updated_on IS NOT NEW.last_updated_on;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'in_share_catalog', OLD.in_share_catalog, NEW.in_share_catalog, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.in_share_catalog IS NOT NEW.in_share_catalog;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'in_open_catalog', OLD.in_open_catalog, NEW.in_open_catalog, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.in_open_catalog IS NOT NEW.in_open_catalog;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'in_authorized_catalog', OLD.in_authorized_catalog, NEW.in_authorized_catalog, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.in_authorized_catalog IS NOT NEW.in_authorized_catalog;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'data_scope', OLD.data_scope, NEW.data_scope, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.data_scope IS NOT NEW.data_scope;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'quality_statement', OLD.quality_statement, NEW.quality_statement, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.quality_statement IS NOT NEW.quality_statement;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'status', OLD.status, NEW.status, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.status IS NOT NEW.status;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'deleted', OLD.deleted, NEW.deleted, NEW.updated_at, NEW.updated_by, (SELECT reason FROM catalog_change_reason)
        WHERE OLD.deleted IS NOT NEW.deleted;
END;

-- Creation is one history row written by the editor (CatalogRepository), not by a trigger: pulled
-- and demo rows must not write 200,000 rows of history nobody asked for.
CREATE TRIGGER catalog_history_item AFTER UPDATE ON data_item BEGIN
    INSERT INTO catalog_history (entry_id, item_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.entry_id, NEW.id, 'item.name', OLD.name, NEW.name, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.name IS NOT NEW.name;
    INSERT INTO catalog_history (entry_id, item_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.entry_id, NEW.id, 'item.identifier', OLD.identifier, NEW.identifier, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.identifier IS NOT NEW.identifier;
    INSERT INTO catalog_history (entry_id, item_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.entry_id, NEW.id, 'item.data_type', OLD.data_type, NEW.data_type, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.data_type IS NOT NEW.data_type;
    INSERT INTO catalog_history (entry_id, item_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.entry_id, NEW.id, 'item.length', OLD.length, NEW.length, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.length IS NOT NEW.length;
    INSERT INTO catalog_history (entry_id, item_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.entry_id, NEW.id, 'item.description', OLD.description, NEW.description, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.description IS NOT NEW.description;
    INSERT INTO catalog_history (entry_id, item_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.entry_id, NEW.id, 'item.sensitive', OLD.sensitive, NEW.sensitive, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.sensitive IS NOT NEW.sensitive;
    INSERT INTO catalog_history (entry_id, item_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.entry_id, NEW.id, 'item.min_grade', OLD.min_grade, NEW.min_grade, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.min_grade IS NOT NEW.min_grade;
    INSERT INTO catalog_history (entry_id, item_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.entry_id, NEW.id, 'item.authoritative', OLD.authoritative, NEW.authoritative, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.authoritative IS NOT NEW.authoritative;
    INSERT INTO catalog_history (entry_id, item_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.entry_id, NEW.id, 'item.position', OLD.position, NEW.position, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.position IS NOT NEW.position;
    INSERT INTO catalog_history (entry_id, item_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.entry_id, NEW.id, 'item.deleted', OLD.deleted, NEW.deleted, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.deleted IS NOT NEW.deleted;
END;
