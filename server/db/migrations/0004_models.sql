CREATE TABLE "exemplary_model_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"partner" text,
	"note" text,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "exemplary_model_activities_kind_check" CHECK ("exemplary_model_activities"."kind" in ('gioi_thieu', 'tuyen_truyen', 'chuyen_de', 'chuyen_muc', 'gap_mat_bieu_duong', 'khac'))
);
--> statement-breakpoint
CREATE TABLE "exemplary_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"subject_name" text,
	"subject_description" text,
	"category" text NOT NULL,
	"field" text NOT NULL,
	"title" text NOT NULL,
	"story" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recognized_by" text,
	"recognized_by_unit_id" uuid,
	"recognized_on" date,
	"recognition_document" text,
	"movement_id" uuid,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"search_folded" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "exemplary_models_subject_kind_check" CHECK ("exemplary_models"."subject_kind" in ('individual', 'collective')),
	CONSTRAINT "exemplary_models_subject_check" CHECK ((case when "exemplary_models"."person_id" is null then 0 else 1 end) + (case when "exemplary_models"."unit_id" is null then 0 else 1 end)
        + (case when "exemplary_models"."subject_name" is null then 0 else 1 end) = 1
        and not ("exemplary_models"."subject_kind" = 'individual' and "exemplary_models"."unit_id" is not null)
        and not ("exemplary_models"."subject_kind" = 'collective' and "exemplary_models"."person_id" is not null)),
	CONSTRAINT "exemplary_models_category_check" CHECK ("exemplary_models"."category" in ('dien_hinh_tien_tien', 'nguoi_tot_viec_tot', 'xuat_sac_phong_trao', 'hoc_tap_lam_theo_bac', 'san_xuat_nong_thon_moi')),
	CONSTRAINT "exemplary_models_field_check" CHECK ("exemplary_models"."field" in ('kinh_te', 'nong_nghiep', 'giao_duc', 'y_te', 'van_hoa_xa_hoi', 'an_sinh', 'quoc_phong_an_ninh', 'quan_ly_nha_nuoc', 'dang_doan_the', 'moi_truong', 'khac')),
	CONSTRAINT "exemplary_models_title_check" CHECK (length(btrim("exemplary_models"."title")) between 3 and 300),
	CONSTRAINT "exemplary_models_published_check" CHECK (("exemplary_models"."published" and "exemplary_models"."published_at" is not null) or (not "exemplary_models"."published" and "exemplary_models"."published_at" is null))
);
--> statement-breakpoint
ALTER TABLE "exemplary_model_activities" ADD CONSTRAINT "exemplary_model_activities_model_id_exemplary_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."exemplary_models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplary_models" ADD CONSTRAINT "exemplary_models_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplary_models" ADD CONSTRAINT "exemplary_models_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplary_models" ADD CONSTRAINT "exemplary_models_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplary_models" ADD CONSTRAINT "exemplary_models_recognized_by_unit_id_units_id_fk" FOREIGN KEY ("recognized_by_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplary_models" ADD CONSTRAINT "exemplary_models_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exemplary_model_activities_model_idx" ON "exemplary_model_activities" USING btree ("model_id","held_on");--> statement-breakpoint
CREATE INDEX "exemplary_models_owner_idx" ON "exemplary_models" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "exemplary_models_person_idx" ON "exemplary_models" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "exemplary_models_unit_idx" ON "exemplary_models" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "exemplary_models_published_idx" ON "exemplary_models" USING btree ("recognized_on") WHERE "exemplary_models"."published";--> statement-breakpoint
CREATE INDEX "exemplary_models_search_trgm_idx" ON "exemplary_models" USING gin ("search_folded" gin_trgm_ops);