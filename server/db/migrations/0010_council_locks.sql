-- A closed council meeting is immutable: its row, agenda, attendance, ballots and member votes (issue #4 point 4:
-- "closing a meeting locks its ballots"). The services refuse first with a clear message; these triggers make
-- sure nothing else (a script, a future bug) can rewrite a council's record after the minutes are signed.
CREATE FUNCTION council_meeting_refuse_closed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'closed' THEN
    RAISE EXCEPTION 'council meeting % is closed', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'council_meeting_locked';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
--> statement-breakpoint
CREATE TRIGGER council_meetings_locked BEFORE UPDATE OR DELETE ON council_meetings
  FOR EACH ROW EXECUTE FUNCTION council_meeting_refuse_closed();
--> statement-breakpoint
CREATE FUNCTION council_meeting_part_refuse_closed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  meeting uuid;
  state text;
BEGIN
  IF TG_TABLE_NAME = 'council_ballot_votes' THEN
    IF TG_OP = 'DELETE' THEN
      SELECT b.meeting_id INTO meeting FROM council_ballots b WHERE b.id = OLD.ballot_id;
    ELSE
      SELECT b.meeting_id INTO meeting FROM council_ballots b WHERE b.id = NEW.ballot_id;
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    meeting := OLD.meeting_id;
  ELSE
    meeting := NEW.meeting_id;
  END IF;
  SELECT m.status INTO state FROM council_meetings m WHERE m.id = meeting;
  IF state = 'closed' THEN
    RAISE EXCEPTION 'council meeting % is closed', meeting
      USING ERRCODE = 'check_violation', CONSTRAINT = 'council_meeting_locked';
  END IF;
  -- Moving a row away from a closed meeting is a change to that meeting too.
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME <> 'council_ballot_votes' THEN
    SELECT m.status INTO state FROM council_meetings m WHERE m.id = OLD.meeting_id;
    IF state = 'closed' THEN
      RAISE EXCEPTION 'council meeting % is closed', OLD.meeting_id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'council_meeting_locked';
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
--> statement-breakpoint
CREATE TRIGGER council_meeting_dossiers_locked BEFORE INSERT OR UPDATE OR DELETE ON council_meeting_dossiers
  FOR EACH ROW EXECUTE FUNCTION council_meeting_part_refuse_closed();
--> statement-breakpoint
CREATE TRIGGER council_attendance_locked BEFORE INSERT OR UPDATE OR DELETE ON council_attendance
  FOR EACH ROW EXECUTE FUNCTION council_meeting_part_refuse_closed();
--> statement-breakpoint
CREATE TRIGGER council_ballots_locked BEFORE INSERT OR UPDATE OR DELETE ON council_ballots
  FOR EACH ROW EXECUTE FUNCTION council_meeting_part_refuse_closed();
--> statement-breakpoint
CREATE TRIGGER council_ballot_votes_locked BEFORE INSERT OR UPDATE OR DELETE ON council_ballot_votes
  FOR EACH ROW EXECUTE FUNCTION council_meeting_part_refuse_closed();
