-- 0021: the impact assessment (confidentiality, personal information, conclusion) and the
-- department head's sign-off that must precede a new entry's submission (DOMAIN.md §1,
-- CatalogSignOff). Columns of the entry, kept in its change history like the others.
ALTER TABLE catalog_entry ADD COLUMN impact_confidentiality TEXT;
ALTER TABLE catalog_entry ADD COLUMN impact_personal_info TEXT;
ALTER TABLE catalog_entry ADD COLUMN impact_conclusion TEXT;
ALTER TABLE catalog_entry ADD COLUMN signed_off_by TEXT;
ALTER TABLE catalog_entry ADD COLUMN signed_off_on TEXT;
ALTER TABLE catalog_entry ADD COLUMN sign_off_comment TEXT;

CREATE TRIGGER catalog_history_sign_off AFTER UPDATE ON catalog_entry BEGIN
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'impact_confidentiality', OLD.impact_confidentiality, NEW.impact_confidentiality, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.impact_confidentiality IS NOT NEW.impact_confidentiality;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'impact_personal_info', OLD.impact_personal_info, NEW.impact_personal_info, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.impact_personal_info IS NOT NEW.impact_personal_info;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'impact_conclusion', OLD.impact_conclusion, NEW.impact_conclusion, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.impact_conclusion IS NOT NEW.impact_conclusion;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'signed_off_by', OLD.signed_off_by, NEW.signed_off_by, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.signed_off_by IS NOT NEW.signed_off_by;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'signed_off_on', OLD.signed_off_on, NEW.signed_off_on, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.signed_off_on IS NOT NEW.signed_off_on;
    INSERT INTO catalog_history (entry_id, field, old_value, new_value, changed_at, changed_by, reason)
        SELECT NEW.id, 'sign_off_comment', OLD.sign_off_comment, NEW.sign_off_comment, NEW.updated_at, NEW.updated_by,
               (SELECT reason FROM catalog_change_reason)
        WHERE OLD.sign_off_comment IS NOT NEW.sign_off_comment;
END;
