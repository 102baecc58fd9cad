-- Issued is immutable (architecture principle 6), enforced in the database as the last line of defence behind the
-- decisions service:
-- 1. An issued decision (or revocation act) can be neither changed nor deleted; a draft can.
-- 2. The awardee list of an issued decision is frozen, except inside the transaction that issues it (the one whose
--    transaction_timestamp() is the decision's issued_at), which writes the award ids and final money.
-- 3. An award written by a decision keeps its content; it can only become revoked, once, and only when a
--    revocation act lists it (decision_revoked_awards); it is never deleted.
-- 4. The list of awards a revocation act revoked is never changed.
CREATE FUNCTION decisions_issued_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'issued' THEN
    RAISE EXCEPTION 'decision % is issued: it cannot be changed or deleted', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'decisions_issued_immutable';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER decisions_issued_guard BEFORE UPDATE OR DELETE ON decisions
  FOR EACH ROW EXECUTE FUNCTION decisions_issued_guard();
--> statement-breakpoint
CREATE FUNCTION decision_awardees_issued_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    ids := ARRAY[NEW.decision_id];
  ELSIF TG_OP = 'UPDATE' THEN
    ids := ARRAY[OLD.decision_id, NEW.decision_id];
  ELSE
    ids := ARRAY[OLD.decision_id];
  END IF;
  IF EXISTS (
    SELECT 1 FROM decisions d
    WHERE d.id = ANY (ids) AND d.status = 'issued' AND d.issued_at IS DISTINCT FROM transaction_timestamp()
  ) THEN
    RAISE EXCEPTION 'the awardees of an issued decision cannot be changed'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'decisions_issued_immutable';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER decision_awardees_issued_guard BEFORE INSERT OR UPDATE OR DELETE ON decision_awardees
  FOR EACH ROW EXECUTE FUNCTION decision_awardees_issued_guard();
--> statement-breakpoint
CREATE FUNCTION awards_decision_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.decision_id IS NULL THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    IF NEW.decision_id IS NOT NULL THEN
      RAISE EXCEPTION 'a recorded award cannot be attached to a decision afterwards'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'awards_decision_immutable';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'award % was granted by a decision: it cannot be deleted', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'awards_decision_immutable';
  END IF;
  IF (NEW.subject_kind, NEW.person_id, NEW.unit_id, NEW.household_name, NEW.award_kind, NEW.award_type,
      NEW.achievement_year, NEW.decision_number, NEW.decision_date, NEW.authority, NEW.authority_unit_id,
      NEW.unit_at_award_id, NEW.amount, NEW.source, NEW.decision_id, NEW.note)
     IS DISTINCT FROM
     (OLD.subject_kind, OLD.person_id, OLD.unit_id, OLD.household_name, OLD.award_kind, OLD.award_type,
      OLD.achievement_year, OLD.decision_number, OLD.decision_date, OLD.authority, OLD.authority_unit_id,
      OLD.unit_at_award_id, OLD.amount, OLD.source, OLD.decision_id, OLD.note) THEN
    RAISE EXCEPTION 'award % was granted by a decision: its content cannot be changed', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'awards_decision_immutable';
  END IF;
  IF OLD.revoked AND (NEW.revoked, NEW.revoked_on, NEW.revoked_reason)
     IS DISTINCT FROM (OLD.revoked, OLD.revoked_on, OLD.revoked_reason) THEN
    RAISE EXCEPTION 'award % is revoked: the revocation is final', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'awards_decision_immutable';
  END IF;
  IF NOT OLD.revoked AND NEW.revoked
     AND NOT EXISTS (SELECT 1 FROM decision_revoked_awards r WHERE r.award_id = OLD.id) THEN
    RAISE EXCEPTION 'award % was granted by a decision: only a revocation act revokes it', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'awards_revocation_act';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER awards_decision_guard BEFORE UPDATE OR DELETE ON awards
  FOR EACH ROW EXECUTE FUNCTION awards_decision_guard();
--> statement-breakpoint
CREATE FUNCTION decision_revoked_awards_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the awards revoked by a revocation act cannot be changed'
    USING ERRCODE = 'check_violation', CONSTRAINT = 'decisions_issued_immutable';
END
$$;
--> statement-breakpoint
CREATE TRIGGER decision_revoked_awards_guard BEFORE UPDATE OR DELETE ON decision_revoked_awards
  FOR EACH ROW EXECUTE FUNCTION decision_revoked_awards_guard();
