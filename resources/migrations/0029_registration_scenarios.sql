-- 0029: the application scenarios a registration names (新建申请, issue 17 item 1), as a JSON list
-- of texts; applicants gain credit_code and role inside the existing applicants JSON.
ALTER TABLE registration ADD COLUMN scenarios TEXT;
