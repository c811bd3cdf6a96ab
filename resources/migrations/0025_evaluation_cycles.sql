-- 0025: an agreement's price evaluation cycles (DOMAIN.md §4), each at most three years, as JSON
-- [{"from_year", "to_year"}]; the carry-over into the next cycle is computed from them and the
-- operating reports (models/pricing/EvaluationCycles), so grant_report.carry_over_fen is no longer read.
ALTER TABLE grant_agreement ADD COLUMN evaluation_cycles TEXT;
