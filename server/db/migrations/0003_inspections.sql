CREATE TABLE "inspection_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text NOT NULL,
	"reported_on" date NOT NULL,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_follow_ups_status_check" CHECK ("inspection_follow_ups"."status" in ('open', 'in_progress', 'done'))
);
--> statement-breakpoint
CREATE TABLE "inspection_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" smallint NOT NULL,
	"organiser_unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"plan_number" text,
	"plan_date" date,
	"content" text,
	"team_decision_number" text,
	"team_decision_date" date,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "inspection_plans_year_check" CHECK ("inspection_plans"."year" between 1945 and 2100),
	CONSTRAINT "inspection_plans_title_check" CHECK (length(btrim("inspection_plans"."title")) between 3 and 500),
	CONSTRAINT "inspection_plans_decision_check" CHECK ("inspection_plans"."team_decision_date" is null or "inspection_plans"."plan_date" is null or "inspection_plans"."team_decision_date" >= "inspection_plans"."plan_date")
);
--> statement-breakpoint
CREATE TABLE "inspection_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_id" uuid NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"content" text NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"status_note" text,
	"status_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "inspection_recommendations_status_check" CHECK ("inspection_recommendations"."status" in ('open', 'in_progress', 'done')),
	CONSTRAINT "inspection_recommendations_content_check" CHECK (length(btrim("inspection_recommendations"."content")) between 3 and 2000)
);
--> statement-breakpoint
CREATE TABLE "inspection_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"scheduled_from" date NOT NULL,
	"scheduled_to" date,
	"lead_person_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"inspected_on" date,
	"cancel_reason" text,
	"findings" text,
	"result_document" text,
	"result_document_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "inspection_targets_status_check" CHECK ("inspection_targets"."status" in ('planned', 'done', 'cancelled')),
	CONSTRAINT "inspection_targets_schedule_check" CHECK ("inspection_targets"."scheduled_to" is null or "inspection_targets"."scheduled_to" >= "inspection_targets"."scheduled_from"),
	CONSTRAINT "inspection_targets_done_check" CHECK (("inspection_targets"."status" = 'done') = ("inspection_targets"."inspected_on" is not null)),
	CONSTRAINT "inspection_targets_cancel_check" CHECK (("inspection_targets"."status" = 'cancelled') = ("inspection_targets"."cancel_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "inspection_team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" text,
	"assignment" text,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "inspection_team_members_role_check" CHECK ("inspection_team_members"."role" in ('truong_doan', 'pho_truong_doan', 'thanh_vien', 'thu_ky'))
);
--> statement-breakpoint
ALTER TABLE "inspection_follow_ups" ADD CONSTRAINT "inspection_follow_ups_recommendation_id_inspection_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."inspection_recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_follow_ups" ADD CONSTRAINT "inspection_follow_ups_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_organiser_unit_id_units_id_fk" FOREIGN KEY ("organiser_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_recommendations" ADD CONSTRAINT "inspection_recommendations_target_id_inspection_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."inspection_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_targets" ADD CONSTRAINT "inspection_targets_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_targets" ADD CONSTRAINT "inspection_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_targets" ADD CONSTRAINT "inspection_targets_lead_person_id_people_id_fk" FOREIGN KEY ("lead_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_team_members" ADD CONSTRAINT "inspection_team_members_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_team_members" ADD CONSTRAINT "inspection_team_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_follow_ups_rec_idx" ON "inspection_follow_ups" USING btree ("recommendation_id","reported_on");--> statement-breakpoint
CREATE INDEX "inspection_plans_organiser_idx" ON "inspection_plans" USING btree ("organiser_unit_id","year");--> statement-breakpoint
CREATE INDEX "inspection_recommendations_target_idx" ON "inspection_recommendations" USING btree ("target_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_targets_unit_key" ON "inspection_targets" USING btree ("plan_id","unit_id");--> statement-breakpoint
CREATE INDEX "inspection_targets_unit_idx" ON "inspection_targets" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_team_members_person_key" ON "inspection_team_members" USING btree ("plan_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_team_members_head_key" ON "inspection_team_members" USING btree ("plan_id") WHERE "inspection_team_members"."role" = 'truong_doan';