-- The dossier workflow in the database: a status change must be one of domain/workflow.ts TRANSITIONS
-- (its allowedStatusPairs(), generated from the table; server/modules/dossiers/dossiers.trigger.test.ts checks
-- that this list and the table agree), and a dossier starts as a draft or, when forwarded, submitted.
CREATE FUNCTION dossiers_status_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status NOT IN ('draft', 'submitted') THEN
      RAISE EXCEPTION 'a dossier cannot start in status %', NEW.status
        USING ERRCODE = 'check_violation', CONSTRAINT = 'dossiers_status_transition';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status AND (OLD.status || '>' || NEW.status) NOT IN (
    'appraising>council', 'appraising>rejected', 'appraising>returned', 'appraising>withdrawn', 'concluded>decided', 'concluded>forwarded',
    'council>concluded', 'decided>forwarded', 'draft>submitted', 'forwarded>decided', 'received>appraising', 'received>rejected',
    'received>returned', 'received>withdrawn', 'returned>submitted', 'returned>withdrawn', 'submitted>decided', 'submitted>received',
    'submitted>rejected', 'submitted>returned', 'submitted>withdrawn'
  ) THEN
    RAISE EXCEPTION 'dossier status change % → % is not in the workflow', OLD.status, NEW.status
      USING ERRCODE = 'check_violation', CONSTRAINT = 'dossiers_status_transition';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dossiers_status_guard BEFORE INSERT OR UPDATE OF status ON dossiers
  FOR EACH ROW EXECUTE FUNCTION dossiers_status_guard();
