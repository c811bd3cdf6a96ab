-- 0034: the price chart reads a maintained aggregate, not every monthly price (issue 19, item 6).
-- At 10,000 agreements and a million monthly prices the chart's statement read every price of the
-- chosen products on every open (about a second); the dashboards are opened far more often than
-- prices are written.
--
-- grant_price_month: one row per (agreement, month) with prices, over live prices whose cap is
-- above zero and whose product is live: how many rows, how many have a price, and the sum and
-- maximum of price as a percentage of the cap. The chart adds these up over the agreements its
-- filter selects (PricingSeries). Kept by the triggers below on every write, whichever path made it
-- (an edit here, an import, a change received from the hub), so no writer can forget it. A maximum
-- cannot be taken back when a price goes, so a change other than a new price recomputes its
-- (agreement, month) from the base rows: a handful of products, each found by index.
CREATE TABLE grant_price_month (
    agreement_id  TEXT NOT NULL,
    month         TEXT NOT NULL,
    price_rows    INTEGER NOT NULL,
    prices        INTEGER NOT NULL,
    percent_sum   REAL NOT NULL,
    percent_max   REAL,
    PRIMARY KEY (agreement_id, month)
) WITHOUT ROWID;

-- The (agreement, month) rows as the base tables give them; the rebuild and the triggers share it.
CREATE VIEW grant_price_month_from_base AS
    SELECT p.agreement_id AS agreement_id, pr.month AS month, count(*) AS price_rows,
           count(pr.price_fen) AS prices, total(100.0 * pr.price_fen / pr.cap_fen) AS percent_sum,
           max(100.0 * pr.price_fen / pr.cap_fen) AS percent_max
    FROM grant_product p JOIN grant_price pr ON pr.product_id = p.id
    WHERE p.deleted = 0 AND p.agreement_id IS NOT NULL AND pr.deleted = 0 AND pr.cap_fen > 0
          AND pr.month IS NOT NULL
    GROUP BY p.agreement_id, pr.month;

INSERT INTO grant_price_month SELECT * FROM grant_price_month_from_base;

-- A new live price adds to its (agreement, month): the common write, and the demo's million.
CREATE TRIGGER grant_price_month_insert AFTER INSERT ON grant_price
WHEN NEW.deleted = 0 AND NEW.cap_fen > 0 AND NEW.month IS NOT NULL BEGIN
    INSERT INTO grant_price_month (agreement_id, month, price_rows, prices, percent_sum, percent_max)
        SELECT p.agreement_id, NEW.month, 1, NEW.price_fen IS NOT NULL,
               coalesce(100.0 * NEW.price_fen / NEW.cap_fen, 0), 100.0 * NEW.price_fen / NEW.cap_fen
        FROM grant_product p WHERE p.id = NEW.product_id AND p.deleted = 0 AND p.agreement_id IS NOT NULL
    ON CONFLICT (agreement_id, month) DO UPDATE SET
        price_rows = price_rows + 1, prices = prices + excluded.prices, percent_sum = percent_sum + excluded.percent_sum,
        percent_max = CASE WHEN excluded.percent_max IS NULL THEN percent_max
                           WHEN percent_max IS NULL OR excluded.percent_max > percent_max
                           THEN excluded.percent_max ELSE percent_max END;
END;

-- A changed or removed price: its old and new (agreement, month) again from the base rows. Spelled
-- out rather than read from grant_price_month_from_base: SQLite does not push a condition holding a
-- subquery into a grouped view, and the view would then group every price.
CREATE TRIGGER grant_price_month_update AFTER UPDATE OF product_id, month, price_fen, cap_fen, deleted
ON grant_price BEGIN
    DELETE FROM grant_price_month WHERE month = OLD.month
        AND agreement_id = (SELECT agreement_id FROM grant_product WHERE id = OLD.product_id);
    DELETE FROM grant_price_month WHERE month = NEW.month
        AND agreement_id = (SELECT agreement_id FROM grant_product WHERE id = NEW.product_id);
    INSERT INTO grant_price_month
        SELECT p.agreement_id, pr.month, count(*), count(pr.price_fen),
               total(100.0 * pr.price_fen / pr.cap_fen), max(100.0 * pr.price_fen / pr.cap_fen)
        FROM grant_product p JOIN grant_price pr ON pr.product_id = p.id
        WHERE p.deleted = 0 AND pr.deleted = 0 AND pr.cap_fen > 0 AND pr.month = OLD.month
              AND p.agreement_id = (SELECT agreement_id FROM grant_product WHERE id = OLD.product_id)
        GROUP BY p.agreement_id, pr.month;
    -- Not when the new pair is the old one (the usual edit): it is in already. (INSERT OR REPLACE
    -- would not do: under the UPSERT that writes records, SQLite uses the outer statement's
    -- conflict policy for the trigger's statements.)
    INSERT INTO grant_price_month
        SELECT p.agreement_id, pr.month, count(*), count(pr.price_fen),
               total(100.0 * pr.price_fen / pr.cap_fen), max(100.0 * pr.price_fen / pr.cap_fen)
        FROM grant_product p JOIN grant_price pr ON pr.product_id = p.id
        WHERE p.deleted = 0 AND pr.deleted = 0 AND pr.cap_fen > 0 AND pr.month = NEW.month
              AND p.agreement_id = (SELECT agreement_id FROM grant_product WHERE id = NEW.product_id)
              AND NOT (NEW.month IS OLD.month AND
                       (SELECT agreement_id FROM grant_product WHERE id = NEW.product_id) IS
                       (SELECT agreement_id FROM grant_product WHERE id = OLD.product_id))
        GROUP BY p.agreement_id, pr.month;
END;
CREATE TRIGGER grant_price_month_delete AFTER DELETE ON grant_price BEGIN
    DELETE FROM grant_price_month WHERE month = OLD.month
        AND agreement_id = (SELECT agreement_id FROM grant_product WHERE id = OLD.product_id);
    INSERT INTO grant_price_month
        SELECT p.agreement_id, pr.month, count(*), count(pr.price_fen),
               total(100.0 * pr.price_fen / pr.cap_fen), max(100.0 * pr.price_fen / pr.cap_fen)
        FROM grant_product p JOIN grant_price pr ON pr.product_id = p.id
        WHERE p.deleted = 0 AND pr.deleted = 0 AND pr.cap_fen > 0 AND pr.month = OLD.month
              AND p.agreement_id = (SELECT agreement_id FROM grant_product WHERE id = OLD.product_id)
        GROUP BY p.agreement_id, pr.month;
END;

-- A product that arrives (prices may be received before it), moves to another agreement, or is
-- removed or restored: every month of its old and new agreement again from the base rows. (Every
-- condition on grant_price and grant_product says deleted = 0, so that their partial indexes serve
-- it: without, each new product scanned every price.)
CREATE TRIGGER grant_price_month_product_insert AFTER INSERT ON grant_product
WHEN NEW.agreement_id IS NOT NULL
     AND EXISTS (SELECT 1 FROM grant_price WHERE product_id = NEW.id AND deleted = 0) BEGIN
    DELETE FROM grant_price_month WHERE agreement_id = NEW.agreement_id;
    INSERT INTO grant_price_month SELECT * FROM grant_price_month_from_base WHERE agreement_id = NEW.agreement_id;
END;
CREATE TRIGGER grant_price_month_product_update AFTER UPDATE OF agreement_id, deleted ON grant_product
WHEN OLD.agreement_id IS NOT NEW.agreement_id OR OLD.deleted <> NEW.deleted BEGIN
    DELETE FROM grant_price_month WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
    INSERT INTO grant_price_month SELECT * FROM grant_price_month_from_base
        WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
END;
CREATE TRIGGER grant_price_month_product_delete AFTER DELETE ON grant_product BEGIN
    DELETE FROM grant_price_month WHERE agreement_id = OLD.agreement_id;
    INSERT INTO grant_price_month SELECT * FROM grant_price_month_from_base WHERE agreement_id = OLD.agreement_id;
END;
