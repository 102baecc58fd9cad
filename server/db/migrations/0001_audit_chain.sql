-- The audit trail is append-only and hash-chained. Each entry stores the hash of the previous entry and the
-- sha256 of its own content; the chain is built inside the database so that no writer can skip it.
CREATE SEQUENCE "audit_log_seq_gen";
--> statement-breakpoint
CREATE FUNCTION audit_entry_digest(p_seq bigint, p_at timestamptz, p_actor uuid, p_actor_name text, p_action text,
  p_entity text, p_entity_id text, p_unit uuid, p_before jsonb, p_after jsonb, p_client text, p_prev text)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(chr(31),
    p_seq::text,
    to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(p_actor::text, ''), coalesce(p_actor_name, ''), p_action, p_entity, coalesce(p_entity_id, ''),
    coalesce(p_unit::text, ''), coalesce(p_before::text, 'null'), coalesce(p_after::text, 'null'),
    coalesce(p_client, ''), p_prev), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_hash text;
BEGIN
  -- One writer at a time extends the chain; the lock is held until the transaction ends.
  PERFORM pg_advisory_xact_lock(7071001);
  SELECT hash INTO last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
  NEW.seq := nextval('audit_log_seq_gen');
  NEW.at := clock_timestamp();
  NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
  NEW.hash := audit_entry_digest(NEW.seq, NEW.at, NEW.actor_id, NEW.actor_name, NEW.action, NEW.entity,
    NEW.entity_id, NEW.unit_id, NEW.before, NEW.after, NEW.client, NEW.prev_hash);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
--> statement-breakpoint
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
