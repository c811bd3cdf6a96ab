-- 0027: a product's price cap under four eyes (DOMAIN.md §4, CapSignOff): cap_fen is the cap a
-- reviewer proposes, cap_in_force_fen the one a manager (not the proposer) signed off. Products
-- written before have no cap in force until one is signed off.
ALTER TABLE grant_product ADD COLUMN cap_in_force_fen INTEGER;
ALTER TABLE grant_product ADD COLUMN cap_proposed_by TEXT;
ALTER TABLE grant_product ADD COLUMN cap_signed_off_by TEXT;
