-- 0024: 场内交易 (HN25 item 12): a fee-charging industry product listed on a data exchange, with
-- the exchange's listing code, the day it was listed and how the listing stands (GrantRules).
ALTER TABLE grant_product ADD COLUMN exchange TEXT;
ALTER TABLE grant_product ADD COLUMN listing_code TEXT;
ALTER TABLE grant_product ADD COLUMN listed_on TEXT;
ALTER TABLE grant_product ADD COLUMN listing_status TEXT;
