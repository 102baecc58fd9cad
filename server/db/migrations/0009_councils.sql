CREATE TABLE "council_attendance" (
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	CONSTRAINT "council_attendance_meeting_id_person_id_pk" PRIMARY KEY("meeting_id","person_id"),
	CONSTRAINT "council_attendance_status_check" CHECK ("council_attendance"."status" in ('present', 'absent_written', 'absent'))
);
--> statement-breakpoint
CREATE TABLE "council_ballot_votes" (
	"ballot_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"vote" text NOT NULL,
	"written" boolean DEFAULT false NOT NULL,
	CONSTRAINT "council_ballot_votes_ballot_id_person_id_pk" PRIMARY KEY("ballot_id","person_id"),
	CONSTRAINT "council_ballot_votes_vote_check" CHECK ("council_ballot_votes"."vote" in ('agree', 'disagree', 'invalid'))
);
--> statement-breakpoint
CREATE TABLE "council_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"nominee_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"award_kind" text NOT NULL,
	"mode" text NOT NULL,
	"agree" smallint NOT NULL,
	"disagree" smallint NOT NULL,
	"invalid" smallint NOT NULL,
	"written_votes" smallint DEFAULT 0 NOT NULL,
	"members_total" smallint NOT NULL,
	"rule_kind" text NOT NULL,
	"threshold" double precision NOT NULL,
	"strict" boolean NOT NULL,
	"rule_text" text NOT NULL,
	"rule_source" text NOT NULL,
	"passed" boolean NOT NULL,
	"outcome_text" text NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "council_ballots_mode_check" CHECK ("council_ballots"."mode" in ('counts', 'individual')),
	CONSTRAINT "council_ballots_rule_check" CHECK ("council_ballots"."rule_kind" in ('threshold', 'majority')),
	CONSTRAINT "council_ballots_kind_check" CHECK ("council_ballots"."award_kind" in ('LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CP', 'BK_TINH', 'BK_TTG', 'GK', 'THON_VH', 'XA_TB', 'GDVH', 'KNC', 'HC_SAO_VANG', 'HC_HO_CHI_MINH', 'HC_DOC_LAP_1', 'HC_DOC_LAP_2', 'HC_DOC_LAP_3', 'HC_LAO_DONG_1', 'HC_LAO_DONG_2', 'HC_LAO_DONG_3', 'AHLD')),
	CONSTRAINT "council_ballots_counts_check" CHECK ("council_ballots"."agree" >= 0 and "council_ballots"."disagree" >= 0 and "council_ballots"."invalid" >= 0 and "council_ballots"."written_votes" >= 0
        and "council_ballots"."members_total" > 0 and "council_ballots"."agree" + "council_ballots"."disagree" + "council_ballots"."invalid" <= "council_ballots"."members_total"),
	CONSTRAINT "council_ballots_threshold_check" CHECK ("council_ballots"."threshold" > 0 and "council_ballots"."threshold" <= 1)
);
--> statement-breakpoint
CREATE TABLE "council_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"decision" text NOT NULL,
	"effective_on" date NOT NULL,
	"note" text,
	"members_total" smallint NOT NULL,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_changes_kind_check" CHECK ("council_changes"."kind" in ('establish', 'recompose')),
	CONSTRAINT "council_changes_decision_check" CHECK (length(btrim("council_changes"."decision")) between 3 and 500),
	CONSTRAINT "council_changes_total_check" CHECK ("council_changes"."members_total" > 0)
);
--> statement-breakpoint
CREATE TABLE "council_meeting_dossiers" (
	"meeting_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "council_meeting_dossiers_meeting_id_dossier_id_pk" PRIMARY KEY("meeting_id","dossier_id")
);
--> statement-breakpoint
CREATE TABLE "council_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"start_time" text,
	"place" text,
	"session_kind" text DEFAULT 'award' NOT NULL,
	"chair_person_id" uuid,
	"secretary_person_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"conclusion" text,
	"regime_id" text,
	"members_total" smallint,
	"present_count" smallint,
	"quorum_text" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"closed_by_name" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "council_meetings_title_check" CHECK (length(btrim("council_meetings"."title")) between 5 and 300),
	CONSTRAINT "council_meetings_status_check" CHECK ("council_meetings"."status" in ('open', 'closed')),
	CONSTRAINT "council_meetings_session_check" CHECK ("council_meetings"."session_kind" in ('meeting', 'award', 'hero')),
	CONSTRAINT "council_meetings_time_check" CHECK ("council_meetings"."start_time" is null or "council_meetings"."start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "council_meetings_closed_check" CHECK (("council_meetings"."status" = 'closed') = ("council_meetings"."closed_at" is not null and "council_meetings"."members_total" is not null))
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" text,
	"organisation" text,
	"from_date" date NOT NULL,
	"to_date" date,
	"start_change_id" uuid NOT NULL,
	"end_change_id" uuid,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "council_members_role_check" CHECK ("council_members"."role" in ('chu_tich', 'pho_chu_tich_thuong_truc', 'pho_chu_tich', 'uy_vien', 'uy_vien_thu_ky')),
	CONSTRAINT "council_members_period_check" CHECK ("council_members"."to_date" is null or "council_members"."to_date" >= "council_members"."from_date")
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"decision" text NOT NULL,
	"established_on" date NOT NULL,
	"dissolved_on" date,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "councils_name_check" CHECK (length(btrim("councils"."name")) between 5 and 300),
	CONSTRAINT "councils_decision_check" CHECK (length(btrim("councils"."decision")) between 3 and 500),
	CONSTRAINT "councils_term_check" CHECK ("councils"."dissolved_on" is null or "councils"."dissolved_on" >= "councils"."established_on")
);
--> statement-breakpoint
CREATE TABLE "disclosure_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"disclosure_id" uuid NOT NULL,
	"nominee_id" uuid,
	"author_name" text,
	"author_contact" text,
	"content" text NOT NULL,
	"client_hash" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"handled_note" text,
	"handled_by" uuid,
	"handled_by_name" text,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "disclosure_comments_status_check" CHECK ("disclosure_comments"."status" in ('new', 'handled')),
	CONSTRAINT "disclosure_comments_content_check" CHECK (length(btrim("disclosure_comments"."content")) between 10 and 5000),
	CONSTRAINT "disclosure_comments_author_check" CHECK (("disclosure_comments"."author_name" is null or length("disclosure_comments"."author_name") <= 200)
        and ("disclosure_comments"."author_contact" is null or length("disclosure_comments"."author_contact") <= 200)),
	CONSTRAINT "disclosure_comments_handled_check" CHECK (("disclosure_comments"."status" = 'handled') = ("disclosure_comments"."handled_at" is not null and "disclosure_comments"."handled_note" is not null))
);
--> statement-breakpoint
CREATE TABLE "disclosure_nominees" (
	"disclosure_id" uuid NOT NULL,
	"nominee_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"public_name" text NOT NULL,
	"public_description" text,
	"award_kind" text NOT NULL,
	"award_kind_name" text NOT NULL,
	"public_summary" text,
	CONSTRAINT "disclosure_nominees_disclosure_id_nominee_id_pk" PRIMARY KEY("disclosure_id","nominee_id"),
	CONSTRAINT "disclosure_nominees_kind_check" CHECK ("disclosure_nominees"."award_kind" in ('LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CP', 'BK_TINH', 'BK_TTG', 'GK', 'THON_VH', 'XA_TB', 'GDVH', 'KNC', 'HC_SAO_VANG', 'HC_HO_CHI_MINH', 'HC_DOC_LAP_1', 'HC_DOC_LAP_2', 'HC_DOC_LAP_3', 'HC_LAO_DONG_1', 'HC_LAO_DONG_2', 'HC_LAO_DONG_3', 'AHLD'))
);
--> statement-breakpoint
CREATE TABLE "disclosure_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_unit_id" uuid NOT NULL,
	"award_kind" text NOT NULL,
	"days" smallint DEFAULT 10 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosure_settings_kind_check" CHECK ("disclosure_settings"."award_kind" in ('LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CP', 'BK_TINH', 'BK_TTG', 'GK', 'THON_VH', 'XA_TB', 'GDVH', 'KNC', 'HC_SAO_VANG', 'HC_HO_CHI_MINH', 'HC_DOC_LAP_1', 'HC_DOC_LAP_2', 'HC_DOC_LAP_3', 'HC_LAO_DONG_1', 'HC_LAO_DONG_2', 'HC_LAO_DONG_3', 'AHLD')),
	CONSTRAINT "disclosure_settings_days_check" CHECK ("disclosure_settings"."days" between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"authority_unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"intro" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"days" smallint NOT NULL,
	"day_kind" text DEFAULT 'working' NOT NULL,
	"opens_on" date,
	"closes_on" date,
	"published_at" timestamp with time zone,
	"published_by_name" text,
	"outcome" text,
	"outcome_note" text,
	"closed_at" timestamp with time zone,
	"closed_by_name" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "disclosures_status_check" CHECK ("disclosures"."status" in ('draft', 'open', 'closed')),
	CONSTRAINT "disclosures_day_kind_check" CHECK ("disclosures"."day_kind" in ('working', 'calendar')),
	CONSTRAINT "disclosures_days_check" CHECK ("disclosures"."days" between 1 and 60),
	CONSTRAINT "disclosures_title_check" CHECK (length(btrim("disclosures"."title")) between 5 and 500),
	CONSTRAINT "disclosures_outcome_check" CHECK ("disclosures"."outcome" is null or "disclosures"."outcome" in ('no_objections', 'objections_resolved', 'objections_upheld')),
	CONSTRAINT "disclosures_published_check" CHECK (("disclosures"."status" = 'draft') = ("disclosures"."opens_on" is null) and ("disclosures"."opens_on" is null) = ("disclosures"."closes_on" is null)
        and ("disclosures"."closes_on" is null or "disclosures"."closes_on" >= "disclosures"."opens_on")),
	CONSTRAINT "disclosures_closed_check" CHECK (("disclosures"."status" = 'closed') = ("disclosures"."outcome" is not null))
);
--> statement-breakpoint
ALTER TABLE "council_attendance" ADD CONSTRAINT "council_attendance_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_attendance" ADD CONSTRAINT "council_attendance_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ballot_votes" ADD CONSTRAINT "council_ballot_votes_ballot_id_council_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."council_ballots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ballot_votes" ADD CONSTRAINT "council_ballot_votes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ballots" ADD CONSTRAINT "council_ballots_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ballots" ADD CONSTRAINT "council_ballots_nominee_id_dossier_nominees_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ballots" ADD CONSTRAINT "council_ballots_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ballots" ADD CONSTRAINT "council_ballots_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_changes" ADD CONSTRAINT "council_changes_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_changes" ADD CONSTRAINT "council_changes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_dossiers" ADD CONSTRAINT "council_meeting_dossiers_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meeting_dossiers" ADD CONSTRAINT "council_meeting_dossiers_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_chair_person_id_people_id_fk" FOREIGN KEY ("chair_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_secretary_person_id_people_id_fk" FOREIGN KEY ("secretary_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_start_change_id_council_changes_id_fk" FOREIGN KEY ("start_change_id") REFERENCES "public"."council_changes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_end_change_id_council_changes_id_fk" FOREIGN KEY ("end_change_id") REFERENCES "public"."council_changes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_authority_unit_id_units_id_fk" FOREIGN KEY ("authority_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_comments" ADD CONSTRAINT "disclosure_comments_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_comments" ADD CONSTRAINT "disclosure_comments_nominee_id_dossier_nominees_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_comments" ADD CONSTRAINT "disclosure_comments_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_nominees" ADD CONSTRAINT "disclosure_nominees_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_nominees" ADD CONSTRAINT "disclosure_nominees_nominee_id_dossier_nominees_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_settings" ADD CONSTRAINT "disclosure_settings_authority_unit_id_units_id_fk" FOREIGN KEY ("authority_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_settings" ADD CONSTRAINT "disclosure_settings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_authority_unit_id_units_id_fk" FOREIGN KEY ("authority_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "council_ballots_nominee_key" ON "council_ballots" USING btree ("nominee_id");--> statement-breakpoint
CREATE INDEX "council_ballots_meeting_idx" ON "council_ballots" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_changes_date_key" ON "council_changes" USING btree ("council_id","effective_on");--> statement-breakpoint
CREATE INDEX "council_meeting_dossiers_dossier_idx" ON "council_meeting_dossiers" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "council_meetings_council_idx" ON "council_meetings" USING btree ("council_id","held_on");--> statement-breakpoint
CREATE INDEX "council_members_council_idx" ON "council_members" USING btree ("council_id","from_date");--> statement-breakpoint
CREATE INDEX "council_members_person_idx" ON "council_members" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "councils_authority_key" ON "councils" USING btree ("authority_unit_id");--> statement-breakpoint
CREATE INDEX "disclosure_comments_disclosure_idx" ON "disclosure_comments" USING btree ("disclosure_id","created_at");--> statement-breakpoint
CREATE INDEX "disclosure_comments_client_idx" ON "disclosure_comments" USING btree ("client_hash","created_at");--> statement-breakpoint
CREATE INDEX "disclosure_nominees_nominee_idx" ON "disclosure_nominees" USING btree ("nominee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "disclosure_settings_kind_key" ON "disclosure_settings" USING btree ("authority_unit_id","award_kind");--> statement-breakpoint
CREATE UNIQUE INDEX "disclosures_dossier_key" ON "disclosures" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "disclosures_authority_idx" ON "disclosures" USING btree ("authority_unit_id","status");