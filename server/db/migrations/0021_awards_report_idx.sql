-- Work report figures (server/modules/reports/award-results.ts): the awards of a unit's subtree in a period. With
-- the unit first, a district's year reads only its ~120 units' rows of that period instead of the whole table
-- (bench work-report: 260 ms → see docs/benchmarks.md).
CREATE INDEX IF NOT EXISTS "awards_unit_at_award_date_idx" ON "awards" USING btree ("unit_at_award_id", "decision_date");
