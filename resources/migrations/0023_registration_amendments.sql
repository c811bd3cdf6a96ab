-- 0023: change and correction registrations carry their new values for the registration they
-- name; the hub writes them in when the amendment completes (RegistrationAmendment). A first
-- registration names the agreement whose operation it follows (FirstRegistrationDeadline).
ALTER TABLE registration ADD COLUMN changes TEXT;
ALTER TABLE registration ADD COLUMN applied_on TEXT;
ALTER TABLE registration ADD COLUMN amendment_pending INTEGER;
ALTER TABLE registration ADD COLUMN agreement_id TEXT;
CREATE INDEX registration_by_agreement ON registration (agreement_id) WHERE agreement_id IS NOT NULL;
