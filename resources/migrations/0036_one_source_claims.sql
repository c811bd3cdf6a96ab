-- 0036: 一数一源 from a maintained count of claims per identifier and department (issue 19).
-- An entry's editor counts its items that another department also claims as authoritative, and the
-- catalog lists every identifier two departments claim. Both looked through every claim of an
-- identifier: a common identifier is claimed by thousands of one department's items, so showing an
-- entry held the UI thread for up to 80 ms at 200,000 entries (tests/bench/ui_bench, scrolling),
-- and the list grouped every claim of the catalog.
--
-- one_source_claim: (lower(identifier), department) → how many live authoritative items of live
-- entries of that department claim it; identifiers that are empty, and entries without a
-- department, claim nothing. Kept by the triggers below on every write, whichever path made it
-- (an edit, an import, a change received from the hub, the demo), by adding and taking back one
-- claim at a time: a count, unlike a maximum, can be taken back exactly.
CREATE TABLE one_source_claim (
    identifier      TEXT NOT NULL,
    department_code TEXT NOT NULL,
    claims          INTEGER NOT NULL,
    PRIMARY KEY (identifier, department_code)
) WITHOUT ROWID;

-- The rows as the base tables give them: the rebuild, and what the tests compare with.
CREATE VIEW one_source_claim_from_base AS
    SELECT lower(i.identifier) AS identifier, e.department_code AS department_code, count(*) AS claims
    FROM data_item i JOIN catalog_entry e ON e.id = i.entry_id
    WHERE i.authoritative = 1 AND i.deleted = 0 AND i.identifier <> '' AND e.deleted = 0
          AND e.department_code IS NOT NULL
    GROUP BY lower(i.identifier), e.department_code;

INSERT INTO one_source_claim SELECT * FROM one_source_claim_from_base;

-- An item's claim: added when it starts claiming, taken back when it stops. Its entry is looked up
-- by id; an item whose entry has not arrived yet (a pull brings items and entries in any order)
-- claims nothing until the entry comes (catalog_entry_claims_insert).
CREATE TRIGGER data_item_claims_insert AFTER INSERT ON data_item
WHEN NEW.authoritative = 1 AND NEW.deleted = 0 AND NEW.identifier <> '' BEGIN
    INSERT INTO one_source_claim (identifier, department_code, claims)
        SELECT lower(NEW.identifier), e.department_code, 1 FROM catalog_entry e
        WHERE e.id = NEW.entry_id AND e.deleted = 0 AND e.department_code IS NOT NULL
    ON CONFLICT (identifier, department_code) DO UPDATE SET claims = claims + 1;
END;

-- The record store writes every column of a record, so the claim is only moved when a column the
-- claim depends on changed value.
CREATE TRIGGER data_item_claims_update AFTER UPDATE OF identifier, authoritative, deleted, entry_id
ON data_item
WHEN OLD.identifier IS NOT NEW.identifier OR OLD.authoritative IS NOT NEW.authoritative
     OR OLD.deleted IS NOT NEW.deleted OR OLD.entry_id IS NOT NEW.entry_id BEGIN
    UPDATE one_source_claim SET claims = claims - 1
        WHERE OLD.authoritative = 1 AND OLD.deleted = 0 AND OLD.identifier <> ''
          AND identifier = lower(OLD.identifier)
          AND department_code = (SELECT department_code FROM catalog_entry
                                 WHERE id = OLD.entry_id AND deleted = 0);
    DELETE FROM one_source_claim WHERE identifier = lower(OLD.identifier) AND claims <= 0;
    INSERT INTO one_source_claim (identifier, department_code, claims)
        SELECT lower(NEW.identifier), e.department_code, 1 FROM catalog_entry e
        WHERE NEW.authoritative = 1 AND NEW.deleted = 0 AND NEW.identifier <> ''
          AND e.id = NEW.entry_id AND e.deleted = 0 AND e.department_code IS NOT NULL
    ON CONFLICT (identifier, department_code) DO UPDATE SET claims = claims + 1;
END;

CREATE TRIGGER data_item_claims_delete AFTER DELETE ON data_item
WHEN OLD.authoritative = 1 AND OLD.deleted = 0 AND OLD.identifier <> '' BEGIN
    UPDATE one_source_claim SET claims = claims - 1
        WHERE identifier = lower(OLD.identifier)
          AND department_code = (SELECT department_code FROM catalog_entry
                                 WHERE id = OLD.entry_id AND deleted = 0);
    DELETE FROM one_source_claim WHERE identifier = lower(OLD.identifier) AND claims <= 0;
END;

-- An entry's claims are its items': they move with its department, go when it is removed and come
-- back when it is restored. Each trigger reads the entry's items (a handful, by data_item_by_entry).
CREATE TRIGGER catalog_entry_claims_insert AFTER INSERT ON catalog_entry
WHEN NEW.deleted = 0 AND NEW.department_code IS NOT NULL BEGIN
    INSERT INTO one_source_claim (identifier, department_code, claims)
        SELECT lower(i.identifier), NEW.department_code, count(*) FROM data_item i
        WHERE i.entry_id = NEW.id AND i.authoritative = 1 AND i.deleted = 0 AND i.identifier <> ''
        GROUP BY lower(i.identifier)
    ON CONFLICT (identifier, department_code) DO UPDATE SET claims = claims + excluded.claims;
END;

CREATE TRIGGER catalog_entry_claims_update AFTER UPDATE OF department_code, deleted ON catalog_entry
WHEN OLD.department_code IS NOT NEW.department_code OR OLD.deleted IS NOT NEW.deleted BEGIN
    UPDATE one_source_claim
        SET claims = claims - (SELECT count(*) FROM data_item i
                               WHERE i.entry_id = OLD.id AND i.authoritative = 1 AND i.deleted = 0
                                 AND i.identifier <> '' AND lower(i.identifier) = one_source_claim.identifier)
        WHERE OLD.deleted = 0 AND department_code = OLD.department_code
          AND identifier IN (SELECT lower(identifier) FROM data_item
                             WHERE entry_id = OLD.id AND authoritative = 1 AND deleted = 0 AND identifier <> '');
    DELETE FROM one_source_claim
        WHERE department_code = OLD.department_code AND claims <= 0
          AND identifier IN (SELECT lower(identifier) FROM data_item
                             WHERE entry_id = OLD.id AND authoritative = 1 AND deleted = 0 AND identifier <> '');
    INSERT INTO one_source_claim (identifier, department_code, claims)
        SELECT lower(i.identifier), NEW.department_code, count(*) FROM data_item i
        WHERE NEW.deleted = 0 AND NEW.department_code IS NOT NULL
          AND i.entry_id = NEW.id AND i.authoritative = 1 AND i.deleted = 0 AND i.identifier <> ''
        GROUP BY lower(i.identifier)
    ON CONFLICT (identifier, department_code) DO UPDATE SET claims = claims + excluded.claims;
END;

CREATE TRIGGER catalog_entry_claims_delete AFTER DELETE ON catalog_entry
WHEN OLD.deleted = 0 AND OLD.department_code IS NOT NULL BEGIN
    UPDATE one_source_claim
        SET claims = claims - (SELECT count(*) FROM data_item i
                               WHERE i.entry_id = OLD.id AND i.authoritative = 1 AND i.deleted = 0
                                 AND i.identifier <> '' AND lower(i.identifier) = one_source_claim.identifier)
        WHERE department_code = OLD.department_code
          AND identifier IN (SELECT lower(identifier) FROM data_item
                             WHERE entry_id = OLD.id AND authoritative = 1 AND deleted = 0 AND identifier <> '');
    DELETE FROM one_source_claim
        WHERE department_code = OLD.department_code AND claims <= 0
          AND identifier IN (SELECT lower(identifier) FROM data_item
                             WHERE entry_id = OLD.id AND authoritative = 1 AND deleted = 0 AND identifier <> '');
END;
