CREATE TABLE "registration_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_unit_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"due_on" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "registration_deadlines_year_check" CHECK ("registration_deadlines"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "registration_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"comment" text,
	CONSTRAINT "registration_events_action_check" CHECK ("registration_events"."action" in ('create', 'submit', 'resubmit', 'accept', 'return')),
	CONSTRAINT "registration_events_return_check" CHECK ("registration_events"."action" <> 'return' or length(btrim(coalesce("registration_events"."comment", ''))) >= 3)
);
--> statement-breakpoint
CREATE TABLE "registration_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"subject_kind" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"award_kind" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_lines_subject_kind_check" CHECK ("registration_lines"."subject_kind" in ('individual', 'collective')),
	CONSTRAINT "registration_lines_subject_check" CHECK (("registration_lines"."subject_kind" = 'individual' and "registration_lines"."person_id" is not null and "registration_lines"."unit_id" is null)
        or ("registration_lines"."subject_kind" = 'collective' and "registration_lines"."unit_id" is not null and "registration_lines"."person_id" is null)),
	CONSTRAINT "registration_lines_award_kind_check" CHECK ("registration_lines"."award_kind" in ('LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CP', 'BK_TINH', 'BK_TTG', 'GK', 'THON_VH', 'XA_TB', 'GDVH', 'KNC', 'HC_SAO_VANG', 'HC_HO_CHI_MINH', 'HC_DOC_LAP_1', 'HC_DOC_LAP_2', 'HC_DOC_LAP_3', 'HC_LAO_DONG_1', 'HC_LAO_DONG_2', 'HC_LAO_DONG_3', 'AHLD'))
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"parent_unit_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"note" text,
	"first_submitted_at" timestamp with time zone,
	"first_submitted_on" date,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"return_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "registrations_status_check" CHECK ("registrations"."status" in ('draft', 'submitted', 'accepted', 'returned')),
	CONSTRAINT "registrations_year_check" CHECK ("registrations"."year" between 2000 and 2100),
	CONSTRAINT "registrations_parent_check" CHECK ("registrations"."parent_unit_id" <> "registrations"."unit_id"),
	CONSTRAINT "registrations_submitted_check" CHECK ("registrations"."status" = 'draft' or ("registrations"."first_submitted_at" is not null and "registrations"."first_submitted_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "emulation_group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"rotation_order" smallint NOT NULL,
	"scores_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "emulation_group_members_role_check" CHECK ("emulation_group_members"."role" in ('leader', 'deputy', 'member')),
	CONSTRAINT "emulation_group_members_order_check" CHECK ("emulation_group_members"."rotation_order" >= 1)
);
--> statement-breakpoint
CREATE TABLE "emulation_group_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"rank" smallint NOT NULL,
	"basic" numeric(7, 2) NOT NULL,
	"bonus" numeric(7, 2) NOT NULL,
	"penalty" numeric(7, 2) NOT NULL,
	"total" numeric(8, 2) NOT NULL,
	"leading" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_group_results_rank_check" CHECK ("emulation_group_results"."rank" >= 1)
);
--> statement-breakpoint
CREATE TABLE "emulation_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" smallint NOT NULL,
	"organiser_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"note" text,
	"covenant_number" text,
	"covenant_date" date,
	"covenant_text" text,
	"covenant_file_id" uuid,
	"bonus_cap" numeric(7, 2),
	"status" text DEFAULT 'open' NOT NULL,
	"finalised_at" timestamp with time zone,
	"result_document" text,
	"previous_group_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "emulation_groups_kind_check" CHECK ("emulation_groups"."kind" in ('cluster', 'block')),
	CONSTRAINT "emulation_groups_status_check" CHECK ("emulation_groups"."status" in ('open', 'finalised')),
	CONSTRAINT "emulation_groups_year_check" CHECK ("emulation_groups"."year" between 2000 and 2100),
	CONSTRAINT "emulation_groups_name_check" CHECK (length(btrim("emulation_groups"."name")) between 3 and 300),
	CONSTRAINT "emulation_groups_bonus_cap_check" CHECK ("emulation_groups"."bonus_cap" is null or "emulation_groups"."bonus_cap" > 0),
	CONSTRAINT "emulation_groups_finalised_check" CHECK (("emulation_groups"."status" = 'finalised') = ("emulation_groups"."finalised_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "member_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"self_score" numeric(7, 2),
	"self_evidence" text,
	"self_file_id" uuid,
	"self_by" uuid,
	"self_at" timestamp with time zone,
	"group_score" numeric(7, 2),
	"group_note" text,
	"group_by" uuid,
	"group_at" timestamp with time zone,
	CONSTRAINT "member_scores_self_check" CHECK ("member_scores"."self_score" is null or "member_scores"."self_score" >= 0),
	CONSTRAINT "member_scores_group_check" CHECK ("member_scores"."group_score" is null or "member_scores"."group_score" >= 0)
);
--> statement-breakpoint
CREATE TABLE "score_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"section_id" uuid,
	"kind" text NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"max_points" numeric(7, 2) NOT NULL,
	"guidance" text,
	CONSTRAINT "score_items_kind_check" CHECK ("score_items"."kind" in ('criterion', 'bonus', 'penalty')),
	CONSTRAINT "score_items_section_check" CHECK (("score_items"."kind" = 'criterion') = ("score_items"."section_id" is not null)),
	CONSTRAINT "score_items_max_check" CHECK ("score_items"."max_points" > 0),
	CONSTRAINT "score_items_title_check" CHECK (length(btrim("score_items"."title")) between 2 and 1000)
);
--> statement-breakpoint
CREATE TABLE "score_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	CONSTRAINT "score_sections_title_check" CHECK (length(btrim("score_sections"."title")) between 2 and 500)
);
--> statement-breakpoint
ALTER TABLE "registration_deadlines" ADD CONSTRAINT "registration_deadlines_parent_unit_id_units_id_fk" FOREIGN KEY ("parent_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_events" ADD CONSTRAINT "registration_events_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_events" ADD CONSTRAINT "registration_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_lines" ADD CONSTRAINT "registration_lines_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_lines" ADD CONSTRAINT "registration_lines_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_lines" ADD CONSTRAINT "registration_lines_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_parent_unit_id_units_id_fk" FOREIGN KEY ("parent_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_group_members" ADD CONSTRAINT "emulation_group_members_group_id_emulation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."emulation_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_group_members" ADD CONSTRAINT "emulation_group_members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_group_results" ADD CONSTRAINT "emulation_group_results_group_id_emulation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."emulation_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_group_results" ADD CONSTRAINT "emulation_group_results_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_groups" ADD CONSTRAINT "emulation_groups_organiser_unit_id_units_id_fk" FOREIGN KEY ("organiser_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_groups" ADD CONSTRAINT "emulation_groups_covenant_file_id_files_id_fk" FOREIGN KEY ("covenant_file_id") REFERENCES "public"."files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_groups" ADD CONSTRAINT "emulation_groups_previous_group_id_emulation_groups_id_fk" FOREIGN KEY ("previous_group_id") REFERENCES "public"."emulation_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_groups" ADD CONSTRAINT "emulation_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_scores" ADD CONSTRAINT "member_scores_group_id_emulation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."emulation_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_scores" ADD CONSTRAINT "member_scores_item_id_score_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."score_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_scores" ADD CONSTRAINT "member_scores_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_scores" ADD CONSTRAINT "member_scores_self_file_id_files_id_fk" FOREIGN KEY ("self_file_id") REFERENCES "public"."files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_scores" ADD CONSTRAINT "member_scores_self_by_users_id_fk" FOREIGN KEY ("self_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_scores" ADD CONSTRAINT "member_scores_group_by_users_id_fk" FOREIGN KEY ("group_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_items" ADD CONSTRAINT "score_items_group_id_emulation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."emulation_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_items" ADD CONSTRAINT "score_items_section_id_score_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."score_sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sections" ADD CONSTRAINT "score_sections_group_id_emulation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."emulation_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "registration_deadlines_key" ON "registration_deadlines" USING btree ("parent_unit_id","year");--> statement-breakpoint
CREATE INDEX "registration_events_reg_idx" ON "registration_events" USING btree ("registration_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_lines_subject_key" ON "registration_lines" USING btree ("registration_id","subject_kind",coalesce("person_id", "unit_id"),"award_kind");--> statement-breakpoint
CREATE INDEX "registration_lines_person_idx" ON "registration_lines" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "registration_lines_unit_idx" ON "registration_lines" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_unit_year_key" ON "registrations" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "registrations_parent_idx" ON "registrations" USING btree ("parent_unit_id","year","status");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_group_members_unit_key" ON "emulation_group_members" USING btree ("group_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_group_members_order_key" ON "emulation_group_members" USING btree ("group_id","rotation_order");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_group_members_leader_key" ON "emulation_group_members" USING btree ("group_id") WHERE "emulation_group_members"."role" = 'leader';--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_group_members_deputy_key" ON "emulation_group_members" USING btree ("group_id") WHERE "emulation_group_members"."role" = 'deputy';--> statement-breakpoint
CREATE INDEX "emulation_group_members_unit_idx" ON "emulation_group_members" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_group_results_key" ON "emulation_group_results" USING btree ("group_id","unit_id");--> statement-breakpoint
CREATE INDEX "emulation_group_results_unit_idx" ON "emulation_group_results" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_groups_name_key" ON "emulation_groups" USING btree ("organiser_unit_id","year","name");--> statement-breakpoint
CREATE INDEX "emulation_groups_year_idx" ON "emulation_groups" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "member_scores_key" ON "member_scores" USING btree ("item_id","unit_id");--> statement-breakpoint
CREATE INDEX "member_scores_group_idx" ON "member_scores" USING btree ("group_id","unit_id");--> statement-breakpoint
CREATE INDEX "score_items_group_idx" ON "score_items" USING btree ("group_id","kind","position");--> statement-breakpoint
CREATE INDEX "score_sections_group_idx" ON "score_sections" USING btree ("group_id","position");