-- 0028: a product's discounts for supported scenarios, research or small firms (DOMAIN.md §4), as
-- JSON [{"for", "discount_bp"}] checked by PricingRecords.
ALTER TABLE grant_product ADD COLUMN discounts TEXT;
