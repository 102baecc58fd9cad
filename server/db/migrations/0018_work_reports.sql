CREATE TABLE "work_report_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"saved_by" uuid,
	"saved_by_name" text NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"title" text NOT NULL,
	"addressee" text NOT NULL,
	"request_document_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"number_symbol" text,
	"issued_on" date,
	"issued_at" timestamp with time zone,
	"issued_by" uuid,
	"place" text,
	"signer_capacity" text,
	"signer_title" text NOT NULL,
	"signer_name" text NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"strengths" text DEFAULT '' NOT NULL,
	"weaknesses" text DEFAULT '' NOT NULL,
	"causes" text DEFAULT '' NOT NULL,
	"solutions" text DEFAULT '' NOT NULL,
	"tasks" text DEFAULT '' NOT NULL,
	"figures" jsonb,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "work_reports_status_check" CHECK ("work_reports"."status" in ('draft', 'issued')),
	CONSTRAINT "work_reports_period_check" CHECK ("work_reports"."period_to" >= "work_reports"."period_from"),
	CONSTRAINT "work_reports_title_check" CHECK (length(btrim("work_reports"."title")) between 3 and 500),
	CONSTRAINT "work_reports_issue_check" CHECK (("work_reports"."status" = 'issued') = ("work_reports"."number_symbol" is not null and "work_reports"."issued_on" is not null
        and "work_reports"."issued_at" is not null and "work_reports"."figures" is not null))
);
--> statement-breakpoint
ALTER TABLE "work_report_versions" ADD CONSTRAINT "work_report_versions_report_id_work_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."work_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_report_versions" ADD CONSTRAINT "work_report_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_reports" ADD CONSTRAINT "work_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_reports" ADD CONSTRAINT "work_reports_request_document_id_documents_id_fk" FOREIGN KEY ("request_document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_reports" ADD CONSTRAINT "work_reports_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_reports" ADD CONSTRAINT "work_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_reports" ADD CONSTRAINT "work_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "work_report_versions_key" ON "work_report_versions" USING btree ("report_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "work_reports_period_key" ON "work_reports" USING btree ("unit_id","period_from","period_to");--> statement-breakpoint
CREATE INDEX "work_reports_unit_idx" ON "work_reports" USING btree ("unit_id","period_to");--> statement-breakpoint
CREATE INDEX "work_reports_request_document_idx" ON "work_reports" USING btree ("request_document_id");