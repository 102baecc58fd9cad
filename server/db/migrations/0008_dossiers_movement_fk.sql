-- A dossier names the movement it rewards (issue #5: "the awards granted for it"). The dossiers table was created
-- before the movements table existed, so its movement_id had no foreign key; this adds it. A movement with
-- dossiers cannot be deleted.
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE restrict ON UPDATE no action;
