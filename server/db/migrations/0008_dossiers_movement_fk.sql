-- A dossier names the movement it rewards (issue #5: "the awards granted for it"). The dossiers table was created
-- before the movements table existed, so its movement_id had no foreign key; this adds it. A movement with
-- dossiers cannot be deleted. Named apart from drizzle's default so that a later .references() in the dossiers schema
-- generates a second, harmless constraint rather than a clash.
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_movement_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE restrict ON UPDATE no action;
