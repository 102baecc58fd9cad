-- Custom SQL migration file, put your code below! ---- An issued work report is immutable (issue #6), enforced in the database behind the reports service:
-- 1. An issued report can be neither changed nor deleted; a draft can (issuing is the draft's last update).
-- 2. The kept versions of a report are never rewritten; they go only with a draft report deleted.
CREATE FUNCTION work_reports_issued_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'issued' THEN
    RAISE EXCEPTION 'work report % is issued: it cannot be changed or deleted', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'work_reports_issued_immutable';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER work_reports_issued_guard BEFORE UPDATE OR DELETE ON work_reports
  FOR EACH ROW EXECUTE FUNCTION work_reports_issued_guard();
--> statement-breakpoint
CREATE FUNCTION work_report_versions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'a kept version of a work report cannot be changed'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'work_reports_issued_immutable';
  END IF;
  IF EXISTS (SELECT 1 FROM work_reports r WHERE r.id = OLD.report_id AND r.status = 'issued') THEN
    RAISE EXCEPTION 'the versions of an issued work report cannot be deleted'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'work_reports_issued_immutable';
  END IF;
  RETURN OLD;
END
$$;
--> statement-breakpoint
CREATE TRIGGER work_report_versions_guard BEFORE UPDATE OR DELETE ON work_report_versions
  FOR EACH ROW EXECUTE FUNCTION work_report_versions_guard();
