-- 0008: provisional deadlines (暂定). A working-day deadline that runs into a year whose official
-- holiday schedule is not loaded yet is counted Monday to Friday for that year and marked
-- provisional. What it was counted from is kept, so it is counted again when the year is published;
-- deadline_moved_from keeps the date it had before that, for the queue's "moved" mark.
ALTER TABLE registration ADD COLUMN deadline_provisional INTEGER;
ALTER TABLE registration ADD COLUMN deadline_from TEXT;
ALTER TABLE registration ADD COLUMN deadline_workdays INTEGER;
ALTER TABLE registration ADD COLUMN deadline_moved_from TEXT;
CREATE INDEX registration_provisional ON registration (step_deadline) WHERE deadline_provisional = 1;
