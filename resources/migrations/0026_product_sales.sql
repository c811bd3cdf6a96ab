-- 0026: an operating report's sales per product (DOMAIN.md §4: the annual report covers sales per
-- product), as JSON [{"product", "quantity", "revenue_fen"}] checked by PricingRecords.
ALTER TABLE grant_report ADD COLUMN product_sales TEXT;
