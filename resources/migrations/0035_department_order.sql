-- 0035: sorting the catalog by department walks an index, as every other order does. The table
-- sorts by coalesce(department_code, '') (NULL and '' together, as the keyset needs), which the
-- plain department index of 0002 cannot serve: at 200,000 entries each such page sorted every
-- entry and held the UI thread for 0.7 s (tests/bench/ui_bench). The plain index stays for the
-- department filter and tree.
CREATE INDEX catalog_entry_by_department_order ON catalog_entry (coalesce(department_code, ''));
