CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_size_check" CHECK ("files"."size" between 1 and 10485760 and "files"."size" = octet_length("files"."content")),
	CONSTRAINT "files_sha256_check" CHECK ("files"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "files_name_check" CHECK (length("files"."name") between 1 and 255)
);
--> statement-breakpoint
CREATE TABLE "dossier_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_id" uuid NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_attachments_kind_check" CHECK ("dossier_attachments"."kind" in ('to_trinh', 'bien_ban_binh_xet', 'bao_cao_thanh_tich', 'chung_nhan_sang_kien', 'khac'))
);
--> statement-breakpoint
CREATE TABLE "dossier_code_counters" (
	"year" smallint PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"actor_role" text,
	"actor_unit_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"comment" text,
	"supplement_items" jsonb,
	CONSTRAINT "dossier_events_from_check" CHECK ("dossier_events"."from_status" is null or "dossier_events"."from_status" in ('draft', 'submitted', 'received', 'appraising', 'returned', 'council', 'concluded', 'decided', 'forwarded', 'withdrawn', 'rejected')),
	CONSTRAINT "dossier_events_to_check" CHECK ("dossier_events"."to_status" in ('draft', 'submitted', 'received', 'appraising', 'returned', 'council', 'concluded', 'decided', 'forwarded', 'withdrawn', 'rejected')),
	CONSTRAINT "dossier_events_role_check" CHECK ("dossier_events"."actor_role" is null or "dossier_events"."actor_role" in ('admin', 'officer', 'specialist', 'council_member', 'leader', 'viewer'))
);
--> statement-breakpoint
CREATE TABLE "dossier_nominees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"subject_kind" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"household_name" text,
	"award_kind" text NOT NULL,
	"summary" text,
	"report_file_id" uuid,
	"verdict_status" text,
	"verdict" jsonb,
	"verdict_at" timestamp with time zone,
	"appraisal" text,
	"appraisal_note" text,
	"proposed_award_kind" text,
	"outcome" text,
	"outcome_award_kind" text,
	"decision_id" uuid,
	"forwarded_to_nominee_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "dossier_nominees_subject_kind_check" CHECK ("dossier_nominees"."subject_kind" in ('individual', 'collective', 'household')),
	CONSTRAINT "dossier_nominees_subject_check" CHECK (("dossier_nominees"."subject_kind" = 'individual' and "dossier_nominees"."person_id" is not null and "dossier_nominees"."unit_id" is null and "dossier_nominees"."household_name" is null)
        or ("dossier_nominees"."subject_kind" = 'collective' and "dossier_nominees"."unit_id" is not null and "dossier_nominees"."person_id" is null and "dossier_nominees"."household_name" is null)
        or ("dossier_nominees"."subject_kind" = 'household' and "dossier_nominees"."person_id" is not null and "dossier_nominees"."unit_id" is null and "dossier_nominees"."household_name" is not null)),
	CONSTRAINT "dossier_nominees_kind_check" CHECK ("dossier_nominees"."award_kind" in ('LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CP', 'BK_TINH', 'BK_TTG', 'GK', 'THON_VH', 'XA_TB', 'GDVH', 'KNC', 'HC_SAO_VANG', 'HC_HO_CHI_MINH', 'HC_DOC_LAP_1', 'HC_DOC_LAP_2', 'HC_DOC_LAP_3', 'HC_LAO_DONG_1', 'HC_LAO_DONG_2', 'HC_LAO_DONG_3', 'AHLD')),
	CONSTRAINT "dossier_nominees_proposed_kind_check" CHECK ("dossier_nominees"."proposed_award_kind" is null or "dossier_nominees"."proposed_award_kind" in ('LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CP', 'BK_TINH', 'BK_TTG', 'GK', 'THON_VH', 'XA_TB', 'GDVH', 'KNC', 'HC_SAO_VANG', 'HC_HO_CHI_MINH', 'HC_DOC_LAP_1', 'HC_DOC_LAP_2', 'HC_DOC_LAP_3', 'HC_LAO_DONG_1', 'HC_LAO_DONG_2', 'HC_LAO_DONG_3', 'AHLD')),
	CONSTRAINT "dossier_nominees_outcome_kind_check" CHECK ("dossier_nominees"."outcome_award_kind" is null or "dossier_nominees"."outcome_award_kind" in ('LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CP', 'BK_TINH', 'BK_TTG', 'GK', 'THON_VH', 'XA_TB', 'GDVH', 'KNC', 'HC_SAO_VANG', 'HC_HO_CHI_MINH', 'HC_DOC_LAP_1', 'HC_DOC_LAP_2', 'HC_DOC_LAP_3', 'HC_LAO_DONG_1', 'HC_LAO_DONG_2', 'HC_LAO_DONG_3', 'AHLD')),
	CONSTRAINT "dossier_nominees_verdict_check" CHECK (("dossier_nominees"."verdict_status" is null and "dossier_nominees"."verdict" is null and "dossier_nominees"."verdict_at" is null)
        or ("dossier_nominees"."verdict_status" in ('eligible', 'not_eligible', 'needs_review') and "dossier_nominees"."verdict" is not null and "dossier_nominees"."verdict_at" is not null)),
	CONSTRAINT "dossier_nominees_appraisal_check" CHECK ("dossier_nominees"."appraisal" is null or "dossier_nominees"."appraisal" in ('agree', 'disagree')),
	CONSTRAINT "dossier_nominees_outcome_check" CHECK ("dossier_nominees"."outcome" is null or "dossier_nominees"."outcome" in ('passed', 'failed')),
	CONSTRAINT "dossier_nominees_position_check" CHECK ("dossier_nominees"."position" >= 1),
	CONSTRAINT "dossier_nominees_summary_check" CHECK ("dossier_nominees"."summary" is null or length("dossier_nominees"."summary") <= 20000)
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"proposing_unit_id" uuid NOT NULL,
	"authority_code" text NOT NULL,
	"authority_label" text NOT NULL,
	"authority_unit_id" uuid,
	"regime_id" text NOT NULL,
	"award_type" text NOT NULL,
	"movement_id" uuid,
	"title" text NOT NULL,
	"achievement_year" smallint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"deadline_on" date,
	"submitted_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"forwarded_from_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "dossiers_code_check" CHECK ("dossiers"."code" ~ '^HS-[0-9]{4}-[0-9]{5,}$'),
	CONSTRAINT "dossiers_status_check" CHECK ("dossiers"."status" in ('draft', 'submitted', 'received', 'appraising', 'returned', 'council', 'concluded', 'decided', 'forwarded', 'withdrawn', 'rejected')),
	CONSTRAINT "dossiers_authority_code_check" CHECK ("dossiers"."authority_code" in ('chu_tich_ubnd_xa', 'chu_tich_ubnd_huyen', 'thu_truong_co_quan', 'giam_doc_doanh_nghiep', 'chu_tich_ubnd_tinh', 'ubnd_tinh', 'bo_truong', 'thu_tuong', 'chinh_phu', 'chu_tich_nuoc')),
	CONSTRAINT "dossiers_regime_check" CHECK ("dossiers"."regime_id" in ('A', 'B', 'C')),
	CONSTRAINT "dossiers_award_type_check" CHECK ("dossiers"."award_type" in ('cong_trang', 'chuyen_de', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai')),
	CONSTRAINT "dossiers_year_check" CHECK ("dossiers"."achievement_year" between 1945 and 2100),
	CONSTRAINT "dossiers_title_check" CHECK (length(btrim("dossiers"."title")) between 3 and 500),
	CONSTRAINT "dossiers_forward_self_check" CHECK ("dossiers"."forwarded_from_id" is null or "dossiers"."forwarded_from_id" <> "dossiers"."id")
);
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_actor_unit_id_units_id_fk" FOREIGN KEY ("actor_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_nominees" ADD CONSTRAINT "dossier_nominees_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_nominees" ADD CONSTRAINT "dossier_nominees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_nominees" ADD CONSTRAINT "dossier_nominees_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_nominees" ADD CONSTRAINT "dossier_nominees_report_file_id_files_id_fk" FOREIGN KEY ("report_file_id") REFERENCES "public"."files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_nominees" ADD CONSTRAINT "dossier_nominees_forwarded_to_nominee_id_dossier_nominees_id_fk" FOREIGN KEY ("forwarded_to_nominee_id") REFERENCES "public"."dossier_nominees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_proposing_unit_id_units_id_fk" FOREIGN KEY ("proposing_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_authority_unit_id_units_id_fk" FOREIGN KEY ("authority_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_forwarded_from_id_dossiers_id_fk" FOREIGN KEY ("forwarded_from_id") REFERENCES "public"."dossiers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_sha256_idx" ON "files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "dossier_attachments_dossier_idx" ON "dossier_attachments" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_events_dossier_idx" ON "dossier_events" USING btree ("dossier_id","at");--> statement-breakpoint
CREATE INDEX "dossier_nominees_dossier_idx" ON "dossier_nominees" USING btree ("dossier_id","position");--> statement-breakpoint
CREATE INDEX "dossier_nominees_person_idx" ON "dossier_nominees" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "dossier_nominees_unit_idx" ON "dossier_nominees" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "dossier_nominees_decision_idx" ON "dossier_nominees" USING btree ("decision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_nominees_subject_key" ON "dossier_nominees" USING btree ("dossier_id","subject_kind",coalesce("person_id", "unit_id"),"award_kind");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_code_key" ON "dossiers" USING btree ("code");--> statement-breakpoint
CREATE INDEX "dossiers_proposing_idx" ON "dossiers" USING btree ("proposing_unit_id","status");--> statement-breakpoint
CREATE INDEX "dossiers_authority_idx" ON "dossiers" USING btree ("authority_unit_id","status");--> statement-breakpoint
CREATE INDEX "dossiers_forwarded_from_idx" ON "dossiers" USING btree ("forwarded_from_id");--> statement-breakpoint
CREATE INDEX "dossiers_movement_idx" ON "dossiers" USING btree ("movement_id");