CREATE TABLE "decision_awardees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"subject_kind" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"household_name" text,
	"display_name" text NOT NULL,
	"position_title" text,
	"unit_name" text,
	"unit_at_award_id" uuid NOT NULL,
	"award_kind" text NOT NULL,
	"achievement_year" smallint NOT NULL,
	"coefficient" numeric(8, 4) DEFAULT 0 NOT NULL,
	"base_pay" integer DEFAULT 0 NOT NULL,
	"amount" integer DEFAULT 0 NOT NULL,
	"money_note" text,
	"nominee_id" uuid,
	"award_id" uuid,
	CONSTRAINT "decision_awardees_subject_kind_check" CHECK ("decision_awardees"."subject_kind" in ('individual', 'collective', 'household')),
	CONSTRAINT "decision_awardees_subject_check" CHECK (("decision_awardees"."subject_kind" = 'individual' and "decision_awardees"."person_id" is not null and "decision_awardees"."unit_id" is null and "decision_awardees"."household_name" is null)
        or ("decision_awardees"."subject_kind" = 'collective' and "decision_awardees"."unit_id" is not null and "decision_awardees"."person_id" is null and "decision_awardees"."household_name" is null)
        or ("decision_awardees"."subject_kind" = 'household' and "decision_awardees"."person_id" is not null and "decision_awardees"."unit_id" is null and "decision_awardees"."household_name" is not null)),
	CONSTRAINT "decision_awardees_kind_check" CHECK ("decision_awardees"."award_kind" in ('LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CP', 'BK_TINH', 'BK_TTG', 'GK', 'THON_VH', 'XA_TB', 'GDVH', 'KNC', 'HC_SAO_VANG', 'HC_HO_CHI_MINH', 'HC_DOC_LAP_1', 'HC_DOC_LAP_2', 'HC_DOC_LAP_3', 'HC_LAO_DONG_1', 'HC_LAO_DONG_2', 'HC_LAO_DONG_3', 'AHLD')),
	CONSTRAINT "decision_awardees_year_check" CHECK ("decision_awardees"."achievement_year" between 1945 and 2100),
	CONSTRAINT "decision_awardees_amount_check" CHECK ("decision_awardees"."amount" >= 0 and "decision_awardees"."base_pay" >= 0 and "decision_awardees"."coefficient" >= 0),
	CONSTRAINT "decision_awardees_position_check" CHECK ("decision_awardees"."position" >= 1)
);
--> statement-breakpoint
CREATE TABLE "decision_register_years" (
	"register_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "decision_register_years_register_id_year_pk" PRIMARY KEY("register_id","year"),
	CONSTRAINT "decision_register_years_year_check" CHECK ("decision_register_years"."year" between 1945 and 2100),
	CONSTRAINT "decision_register_years_last_check" CHECK ("decision_register_years"."last_number" >= 0)
);
--> statement-breakpoint
CREATE TABLE "decision_registers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_unit_id" uuid NOT NULL,
	"authority_code" text NOT NULL,
	"authority_label" text NOT NULL,
	"pattern" text NOT NULL,
	"agency_parent" text,
	"agency_name" text NOT NULL,
	"issuer_title" text NOT NULL,
	"place_name" text NOT NULL,
	"proposed_by" text,
	"funding_source" text,
	"executors" text,
	"sign_mode" text,
	"sign_for" text,
	"signer_position" text,
	"signer_name" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "decision_registers_code_check" CHECK ("decision_registers"."authority_code" in ('chu_tich_ubnd_xa', 'chu_tich_ubnd_huyen', 'thu_truong_co_quan', 'giam_doc_doanh_nghiep', 'chu_tich_ubnd_tinh', 'ubnd_tinh', 'bo_truong', 'thu_tuong', 'chinh_phu', 'chu_tich_nuoc')),
	CONSTRAINT "decision_registers_pattern_check" CHECK ("decision_registers"."pattern" ~ '^\{n\}/[^[:space:]]+$'),
	CONSTRAINT "decision_registers_sign_mode_check" CHECK ("decision_registers"."sign_mode" is null or "decision_registers"."sign_mode" in ('TM', 'KT', 'Q', 'TL', 'TUQ')),
	CONSTRAINT "decision_registers_label_check" CHECK (length(btrim("decision_registers"."authority_label")) between 3 and 300)
);
--> statement-breakpoint
CREATE TABLE "decision_revoked_awards" (
	"revocation_id" uuid NOT NULL,
	"award_id" uuid NOT NULL,
	CONSTRAINT "decision_revoked_awards_revocation_id_award_id_pk" PRIMARY KEY("revocation_id","award_id")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text DEFAULT 'award' NOT NULL,
	"origin" text DEFAULT 'internal' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"register_id" uuid,
	"number_year" smallint,
	"number_seq" integer,
	"number" text,
	"decision_date" date NOT NULL,
	"regime_id" text NOT NULL,
	"authority_code" text NOT NULL,
	"authority_label" text NOT NULL,
	"authority_unit_id" uuid,
	"agency_parent" text,
	"agency_name" text,
	"issuer_title" text,
	"place_name" text,
	"title" text NOT NULL,
	"award_type" text DEFAULT 'cong_trang' NOT NULL,
	"legal_bases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"proposed_by" text,
	"funding_source" text,
	"executors" text,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sign_mode" text,
	"sign_for" text,
	"signer_position" text,
	"signer_name" text,
	"revokes_decision_id" uuid,
	"reason" text,
	"total_amount" integer DEFAULT 0 NOT NULL,
	"recorded_at_unit_id" uuid,
	"note" text,
	"issued_at" timestamp with time zone,
	"issued_by" uuid,
	"issued_by_name" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "decisions_kind_check" CHECK ("decisions"."kind" in ('award', 'revocation')),
	CONSTRAINT "decisions_origin_check" CHECK ("decisions"."origin" in ('internal', 'external')),
	CONSTRAINT "decisions_status_check" CHECK ("decisions"."status" in ('draft', 'issued')),
	CONSTRAINT "decisions_authority_code_check" CHECK ("decisions"."authority_code" in ('chu_tich_ubnd_xa', 'chu_tich_ubnd_huyen', 'thu_truong_co_quan', 'giam_doc_doanh_nghiep', 'chu_tich_ubnd_tinh', 'ubnd_tinh', 'bo_truong', 'thu_tuong', 'chinh_phu', 'chu_tich_nuoc')),
	CONSTRAINT "decisions_award_type_check" CHECK ("decisions"."award_type" in ('cong_trang', 'chuyen_de', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai')),
	CONSTRAINT "decisions_regime_check" CHECK ("decisions"."regime_id" in ('A', 'B', 'C')),
	CONSTRAINT "decisions_sign_mode_check" CHECK ("decisions"."sign_mode" is null or "decisions"."sign_mode" in ('TM', 'KT', 'Q', 'TL', 'TUQ')),
	CONSTRAINT "decisions_title_check" CHECK (length(btrim("decisions"."title")) between 5 and 1000),
	CONSTRAINT "decisions_total_check" CHECK ("decisions"."total_amount" >= 0),
	CONSTRAINT "decisions_date_check" CHECK ("decisions"."decision_date" >= date '1945-01-01'),
	CONSTRAINT "decisions_number_check" CHECK (("decisions"."origin" = 'internal' and "decisions"."register_id" is not null and (
            ("decisions"."status" = 'draft' and "decisions"."number_seq" is null and "decisions"."number" is null)
         or ("decisions"."status" = 'issued' and "decisions"."number_seq" is not null and "decisions"."number_year" is not null and "decisions"."number" is not null)))
       or ("decisions"."origin" = 'external' and "decisions"."status" = 'issued' and "decisions"."register_id" is null and "decisions"."number" is not null)),
	CONSTRAINT "decisions_issued_check" CHECK (("decisions"."status" = 'issued') = ("decisions"."issued_at" is not null)),
	CONSTRAINT "decisions_revocation_check" CHECK (("decisions"."kind" = 'revocation') = ("decisions"."revokes_decision_id" is not null and "decisions"."reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "awards" DROP CONSTRAINT "awards_source_check";--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "decision_id" uuid;--> statement-breakpoint
ALTER TABLE "decision_awardees" ADD CONSTRAINT "decision_awardees_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_awardees" ADD CONSTRAINT "decision_awardees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_awardees" ADD CONSTRAINT "decision_awardees_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_awardees" ADD CONSTRAINT "decision_awardees_unit_at_award_id_units_id_fk" FOREIGN KEY ("unit_at_award_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_awardees" ADD CONSTRAINT "decision_awardees_nominee_id_dossier_nominees_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."dossier_nominees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_awardees" ADD CONSTRAINT "decision_awardees_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_register_years" ADD CONSTRAINT "decision_register_years_register_id_decision_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."decision_registers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_registers" ADD CONSTRAINT "decision_registers_authority_unit_id_units_id_fk" FOREIGN KEY ("authority_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_registers" ADD CONSTRAINT "decision_registers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_revoked_awards" ADD CONSTRAINT "decision_revoked_awards_revocation_id_decisions_id_fk" FOREIGN KEY ("revocation_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_revoked_awards" ADD CONSTRAINT "decision_revoked_awards_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_register_id_decision_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."decision_registers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_authority_unit_id_units_id_fk" FOREIGN KEY ("authority_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_revokes_decision_id_decisions_id_fk" FOREIGN KEY ("revokes_decision_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_recorded_at_unit_id_units_id_fk" FOREIGN KEY ("recorded_at_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_awardees_decision_idx" ON "decision_awardees" USING btree ("decision_id","position");--> statement-breakpoint
CREATE INDEX "decision_awardees_person_idx" ON "decision_awardees" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "decision_awardees_unit_idx" ON "decision_awardees" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_awardees_nominee_key" ON "decision_awardees" USING btree ("nominee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_awardees_award_key" ON "decision_awardees" USING btree ("award_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_awardees_subject_key" ON "decision_awardees" USING btree ("decision_id","subject_kind",coalesce("person_id", "unit_id"),"award_kind","achievement_year");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_registers_authority_key" ON "decision_registers" USING btree ("authority_unit_id","authority_code");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_revoked_awards_award_key" ON "decision_revoked_awards" USING btree ("award_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_register_number_key" ON "decisions" USING btree ("register_id","number_year","number_seq");--> statement-breakpoint
CREATE INDEX "decisions_authority_idx" ON "decisions" USING btree ("authority_unit_id","status","decision_date");--> statement-breakpoint
CREATE INDEX "decisions_revokes_idx" ON "decisions" USING btree ("revokes_decision_id");--> statement-breakpoint
CREATE INDEX "decisions_date_idx" ON "decisions" USING btree ("decision_date");--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "awards_decision_idx" ON "awards" USING btree ("decision_id");--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_decision_source_check" CHECK (("awards"."source" in ('decision', 'external')) = ("awards"."decision_id" is not null));--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_source_check" CHECK ("awards"."source" in ('recorded', 'decision', 'external'));