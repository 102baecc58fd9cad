CREATE TABLE "annual_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"year" smallint NOT NULL,
	"rating" text NOT NULL,
	"rated_at_unit_id" uuid,
	"document" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "annual_ratings_subject_check" CHECK (("annual_ratings"."person_id" is null) <> ("annual_ratings"."unit_id" is null)),
	CONSTRAINT "annual_ratings_rating_check" CHECK ("annual_ratings"."rating" in ('HTXS', 'HTT', 'HT', 'KHT')),
	CONSTRAINT "annual_ratings_year_check" CHECK ("annual_ratings"."year" between 1945 and 2100)
);
--> statement-breakpoint
CREATE TABLE "awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_kind" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"household_name" text,
	"award_kind" text NOT NULL,
	"award_type" text DEFAULT 'cong_trang' NOT NULL,
	"achievement_year" smallint NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"authority" text,
	"authority_unit_id" uuid,
	"unit_at_award_id" uuid NOT NULL,
	"amount" integer,
	"revoked" boolean DEFAULT false NOT NULL,
	"revoked_on" date,
	"revoked_reason" text,
	"source" text DEFAULT 'recorded' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "awards_subject_kind_check" CHECK ("awards"."subject_kind" in ('individual', 'collective', 'household')),
	CONSTRAINT "awards_subject_check" CHECK (("awards"."subject_kind" = 'individual' and "awards"."person_id" is not null and "awards"."unit_id" is null and "awards"."household_name" is null)
        or ("awards"."subject_kind" = 'collective' and "awards"."unit_id" is not null and "awards"."person_id" is null and "awards"."household_name" is null)
        or ("awards"."subject_kind" = 'household' and "awards"."person_id" is not null and "awards"."unit_id" is null and "awards"."household_name" is not null)),
	CONSTRAINT "awards_kind_check" CHECK ("awards"."award_kind" in ('LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CP', 'BK_TINH', 'BK_TTG', 'GK', 'THON_VH', 'XA_TB', 'GDVH', 'KNC', 'HC_SAO_VANG', 'HC_HO_CHI_MINH', 'HC_DOC_LAP_1', 'HC_DOC_LAP_2', 'HC_DOC_LAP_3', 'HC_LAO_DONG_1', 'HC_LAO_DONG_2', 'HC_LAO_DONG_3', 'AHLD')),
	CONSTRAINT "awards_type_check" CHECK ("awards"."award_type" in ('cong_trang', 'chuyen_de', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai')),
	CONSTRAINT "awards_year_check" CHECK ("awards"."achievement_year" between 1945 and 2100),
	CONSTRAINT "awards_decision_date_check" CHECK ("awards"."decision_date" is null or "awards"."decision_date" >= date '1945-01-01'),
	CONSTRAINT "awards_amount_check" CHECK ("awards"."amount" is null or "awards"."amount" >= 0),
	CONSTRAINT "awards_revoked_check" CHECK (("awards"."revoked" and "awards"."revoked_on" is not null and "awards"."revoked_reason" is not null)
        or (not "awards"."revoked" and "awards"."revoked_on" is null and "awards"."revoked_reason" is null)),
	CONSTRAINT "awards_source_check" CHECK ("awards"."source" in ('recorded'))
);
--> statement-breakpoint
CREATE TABLE "disciplines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"kind" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"document" text,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "disciplines_subject_check" CHECK (("disciplines"."person_id" is null) <> ("disciplines"."unit_id" is null)),
	CONSTRAINT "disciplines_kind_check" CHECK ("disciplines"."kind" in ('khien_trach', 'canh_cao', 'ha_bac_luong', 'cach_chuc', 'buoc_thoi_viec')),
	CONSTRAINT "disciplines_period_check" CHECK ("disciplines"."to_date" is null or "disciplines"."to_date" >= "disciplines"."from_date")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"recognized_on" date NOT NULL,
	"recognition_document" text,
	"used_by_award_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "initiatives_kind_check" CHECK ("initiatives"."kind" in ('sang_kien', 'de_tai', 'de_an', 'cong_trinh', 'giai_phap')),
	CONSTRAINT "initiatives_level_check" CHECK ("initiatives"."level" in ('unit', 'province', 'national')),
	CONSTRAINT "initiatives_title_check" CHECK (length(btrim("initiatives"."title")) between 2 and 500),
	CONSTRAINT "initiatives_date_check" CHECK ("initiatives"."recognized_on" >= date '1945-01-01')
);
--> statement-breakpoint
CREATE TABLE "investigations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"reason" text NOT NULL,
	"document" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "investigations_subject_check" CHECK (("investigations"."person_id" is null) <> ("investigations"."unit_id" is null)),
	CONSTRAINT "investigations_period_check" CHECK ("investigations"."closed_on" is null or "investigations"."closed_on" >= "investigations"."opened_on"),
	CONSTRAINT "investigations_reason_check" CHECK (length(btrim("investigations"."reason")) between 2 and 1000)
);
--> statement-breakpoint
CREATE TABLE "member_stats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"members" integer NOT NULL,
	"ldtt_share" numeric(5, 4) NOT NULL,
	"completed_share" numeric(5, 4) NOT NULL,
	"cstdcs_count" integer DEFAULT 0 NOT NULL,
	"serious_discipline" boolean DEFAULT false NOT NULL,
	"document" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "member_stats_year_check" CHECK ("member_stats"."year" between 1945 and 2100),
	CONSTRAINT "member_stats_members_check" CHECK ("member_stats"."members" >= 0),
	CONSTRAINT "member_stats_ldtt_check" CHECK ("member_stats"."ldtt_share" between 0 and 1),
	CONSTRAINT "member_stats_completed_check" CHECK ("member_stats"."completed_share" between 0 and 1),
	CONSTRAINT "member_stats_cstdcs_check" CHECK ("member_stats"."cstdcs_count" between 0 and "member_stats"."members")
);
--> statement-breakpoint
CREATE TABLE "local_overlays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"document" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "local_overlays_period_check" CHECK ("local_overlays"."effective_to" is null or "local_overlays"."effective_to" >= "local_overlays"."effective_from"),
	CONSTRAINT "local_overlays_document_check" CHECK (length(btrim("local_overlays"."document")) between 2 and 500),
	CONSTRAINT "local_overlays_params_check" CHECK (jsonb_typeof("local_overlays"."params") = 'object')
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "recruited_on" date;--> statement-breakpoint
ALTER TABLE "annual_ratings" ADD CONSTRAINT "annual_ratings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_ratings" ADD CONSTRAINT "annual_ratings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_ratings" ADD CONSTRAINT "annual_ratings_rated_at_unit_id_units_id_fk" FOREIGN KEY ("rated_at_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_authority_unit_id_units_id_fk" FOREIGN KEY ("authority_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_unit_at_award_id_units_id_fk" FOREIGN KEY ("unit_at_award_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disciplines" ADD CONSTRAINT "disciplines_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disciplines" ADD CONSTRAINT "disciplines_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_used_by_award_id_awards_id_fk" FOREIGN KEY ("used_by_award_id") REFERENCES "public"."awards"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigations" ADD CONSTRAINT "investigations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigations" ADD CONSTRAINT "investigations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_stats" ADD CONSTRAINT "member_stats_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_overlays" ADD CONSTRAINT "local_overlays_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_overlays" ADD CONSTRAINT "local_overlays_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_ratings_person_year_key" ON "annual_ratings" USING btree ("person_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "annual_ratings_unit_year_key" ON "annual_ratings" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "awards_person_idx" ON "awards" USING btree ("person_id","award_kind","achievement_year");--> statement-breakpoint
CREATE INDEX "awards_unit_idx" ON "awards" USING btree ("unit_id","award_kind","achievement_year");--> statement-breakpoint
CREATE INDEX "awards_unit_at_award_idx" ON "awards" USING btree ("unit_at_award_id","achievement_year");--> statement-breakpoint
CREATE UNIQUE INDEX "awards_title_once_key" ON "awards" USING btree ("subject_kind",coalesce("person_id", "unit_id"),"award_kind","achievement_year") WHERE not "awards"."revoked" and "awards"."award_kind" in ('LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CP', 'THON_VH', 'XA_TB', 'GDVH');--> statement-breakpoint
CREATE INDEX "disciplines_person_idx" ON "disciplines" USING btree ("person_id","from_date");--> statement-breakpoint
CREATE INDEX "disciplines_unit_idx" ON "disciplines" USING btree ("unit_id","from_date");--> statement-breakpoint
CREATE INDEX "initiatives_person_idx" ON "initiatives" USING btree ("person_id","recognized_on");--> statement-breakpoint
CREATE INDEX "initiatives_award_idx" ON "initiatives" USING btree ("used_by_award_id");--> statement-breakpoint
CREATE INDEX "investigations_person_idx" ON "investigations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "investigations_unit_idx" ON "investigations" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "member_stats_unit_year_key" ON "member_stats" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "local_overlays_unit_idx" ON "local_overlays" USING btree ("unit_id","effective_from");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_recruited_check" CHECK ("people"."recruited_on" is null or ("people"."recruited_on" >= date '1945-01-01'
        and ("people"."birth_date" is null or "people"."recruited_on" > "people"."birth_date")));