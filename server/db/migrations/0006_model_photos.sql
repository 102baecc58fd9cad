CREATE TABLE "exemplary_model_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"caption" text,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exemplary_model_photos" ADD CONSTRAINT "exemplary_model_photos_model_id_exemplary_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."exemplary_models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplary_model_photos" ADD CONSTRAINT "exemplary_model_photos_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exemplary_model_photos_model_idx" ON "exemplary_model_photos" USING btree ("model_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "exemplary_model_photos_file_key" ON "exemplary_model_photos" USING btree ("file_id");