CREATE TABLE "report_request_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"report_id" uuid,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"answer_note" text,
	"reminded_at" timestamp with time zone,
	"reminder_count" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "report_request_targets_status_check" CHECK ("report_request_targets"."status" in ('pending', 'report', 'nil')),
	CONSTRAINT "report_request_targets_report_check" CHECK (("report_request_targets"."status" = 'report') = ("report_request_targets"."report_id" is not null)),
	CONSTRAINT "report_request_targets_answered_check" CHECK (("report_request_targets"."status" = 'pending') = ("report_request_targets"."answered_at" is null))
);
--> statement-breakpoint
CREATE TABLE "report_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requester_unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"deadline" date NOT NULL,
	"document_id" uuid,
	"content" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "report_requests_title_check" CHECK (length(btrim("report_requests"."title")) between 3 and 300),
	CONSTRAINT "report_requests_period_check" CHECK ("report_requests"."period_to" >= "report_requests"."period_from")
);
--> statement-breakpoint
ALTER TABLE "report_request_targets" ADD CONSTRAINT "report_request_targets_request_id_report_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."report_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_request_targets" ADD CONSTRAINT "report_request_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_request_targets" ADD CONSTRAINT "report_request_targets_report_id_work_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."work_reports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_request_targets" ADD CONSTRAINT "report_request_targets_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_requests" ADD CONSTRAINT "report_requests_requester_unit_id_units_id_fk" FOREIGN KEY ("requester_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_requests" ADD CONSTRAINT "report_requests_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_requests" ADD CONSTRAINT "report_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_request_targets_unit_key" ON "report_request_targets" USING btree ("request_id","unit_id");--> statement-breakpoint
CREATE INDEX "report_request_targets_unit_idx" ON "report_request_targets" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "report_request_targets_report_idx" ON "report_request_targets" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_requests_requester_idx" ON "report_requests" USING btree ("requester_unit_id","period_from");--> statement-breakpoint
CREATE INDEX "report_requests_document_idx" ON "report_requests" USING btree ("document_id");