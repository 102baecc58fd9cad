CREATE TABLE "certificate_layouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"award_kinds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"paper" text DEFAULT 'A4' NOT NULL,
	"page_width_mm" double precision NOT NULL,
	"page_height_mm" double precision NOT NULL,
	"offset_x_mm" double precision DEFAULT 0 NOT NULL,
	"offset_y_mm" double precision DEFAULT 0 NOT NULL,
	"place_name" text,
	"signer_title" text,
	"signer_name" text,
	"fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "certificate_layouts_paper_check" CHECK ("certificate_layouts"."paper" in ('A4', 'A3', 'A5', 'custom')),
	CONSTRAINT "certificate_layouts_size_check" CHECK ("certificate_layouts"."page_width_mm" between 50 and 1000 and "certificate_layouts"."page_height_mm" between 50 and 1000),
	CONSTRAINT "certificate_layouts_offset_check" CHECK ("certificate_layouts"."offset_x_mm" between -30 and 30 and "certificate_layouts"."offset_y_mm" between -30 and 30),
	CONSTRAINT "certificate_layouts_name_check" CHECK (length(btrim("certificate_layouts"."name")) between 2 and 200)
);
--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "public_code" text DEFAULT award_public_code() NOT NULL;--> statement-breakpoint
ALTER TABLE "certificate_layouts" ADD CONSTRAINT "certificate_layouts_authority_unit_id_units_id_fk" FOREIGN KEY ("authority_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_layouts" ADD CONSTRAINT "certificate_layouts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificate_layouts_authority_idx" ON "certificate_layouts" USING btree ("authority_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_layouts_name_key" ON "certificate_layouts" USING btree ("authority_unit_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "awards_public_code_key" ON "awards" USING btree ("public_code");