-- 0023: change and correction registrations carry their new values for the registration they
-- name; the hub writes them in when the amendment completes (RegistrationAmendment).
ALTER TABLE registration ADD COLUMN changes TEXT;
ALTER TABLE registration ADD COLUMN applied_on TEXT;
ALTER TABLE registration ADD COLUMN amendment_pending INTEGER;
