CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"type" text NOT NULL,
	"type_name" text,
	"number_symbol" text,
	"number" integer,
	"number_year" smallint,
	"symbol" text,
	"symbol_key" text,
	"year" smallint,
	"issued_on" date,
	"issuer_name" text,
	"issuer_folded" text,
	"issuer_unit_id" uuid,
	"issuer_level" text,
	"summary" text,
	"search_folded" text NOT NULL,
	"effective_from" date,
	"effective_to" date,
	"superseded_by_id" uuid,
	"file_id" uuid,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "documents_type_check" CHECK ("documents"."type" in ('luat', 'nghi_dinh', 'thong_tu', 'chi_thi', 'ke_hoach', 'nghi_quyet', 'cong_van', 'quyet_dinh', 'huong_dan', 'thong_bao', 'chuong_trinh', 'bao_cao', 'to_trinh', 'quy_che', 'khac')),
	CONSTRAINT "documents_issuer_level_check" CHECK ("documents"."issuer_level" is null or "documents"."issuer_level" in ('central', 'province', 'district', 'commune', 'agency')),
	CONSTRAINT "documents_number_check" CHECK (("documents"."number_symbol" is null and "documents"."number" is null and "documents"."symbol" is null and "documents"."number_year" is null)
        or ("documents"."number_symbol" is not null and "documents"."number" is not null and "documents"."symbol" is not null and "documents"."symbol_key" is not null)),
	CONSTRAINT "documents_identity_check" CHECK ("documents"."number_symbol" is not null or "documents"."summary" is not null),
	CONSTRAINT "documents_summary_check" CHECK ("documents"."summary" is null or length("documents"."summary") between 2 and 2000),
	CONSTRAINT "documents_validity_check" CHECK ("documents"."effective_to" is null or "documents"."effective_from" is null or "documents"."effective_to" >= "documents"."effective_from"),
	CONSTRAINT "documents_superseded_self_check" CHECK ("documents"."superseded_by_id" is null or "documents"."superseded_by_id" <> "documents"."id")
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"target" numeric(20, 4),
	"actual" numeric(20, 4),
	"qualifier" text,
	"as_of" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "indicator_values_period_check" CHECK ("indicator_values"."period_to" >= "indicator_values"."period_from"),
	CONSTRAINT "indicator_values_figure_check" CHECK ("indicator_values"."target" is not null or "indicator_values"."actual" is not null),
	CONSTRAINT "indicator_values_qualifier_check" CHECK ("indicator_values"."qualifier" is null or ("indicator_values"."actual" is not null and "indicator_values"."qualifier" in ('more_than', 'nearly', 'about', 'over', 'under')))
);
--> statement-breakpoint
CREATE TABLE "movement_documents" (
	"movement_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"role" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "movement_documents_movement_id_document_id_pk" PRIMARY KEY("movement_id","document_id"),
	CONSTRAINT "movement_documents_role_check" CHECK ("movement_documents"."role" in ('launching', 'implementing', 'related', 'review'))
);
--> statement-breakpoint
CREATE TABLE "movement_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit_of_measure" text,
	"target" numeric(20, 4),
	"note" text,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "movement_indicators_name_check" CHECK (length(btrim("movement_indicators"."name")) between 2 and 500)
);
--> statement-breakpoint
CREATE TABLE "movement_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"occurred_on" date,
	"review_kind" text,
	"document_id" uuid,
	"note" text,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movement_status_events_action_check" CHECK ("movement_status_events"."action" in ('launch', 'start', 'review', 'resume', 'close')),
	CONSTRAINT "movement_status_events_to_check" CHECK ("movement_status_events"."to_status" in ('launched', 'in_progress', 'reviewed', 'closed')),
	CONSTRAINT "movement_status_events_review_check" CHECK (("movement_status_events"."action" = 'review') = ("movement_status_events"."review_kind" is not null)
        and ("movement_status_events"."review_kind" is null or "movement_status_events"."review_kind" in ('interim', 'final')))
);
--> statement-breakpoint
CREATE TABLE "movement_units" (
	"movement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "movement_units_movement_id_unit_id_pk" PRIMARY KEY("movement_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"name_folded" text NOT NULL,
	"name_sort" text NOT NULL,
	"name_variants" text[] DEFAULT '{}'::text[] NOT NULL,
	"kind" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"launching_unit_id" uuid,
	"authority_name" text,
	"authority_level" text,
	"period_from" date,
	"period_to" date,
	"launched_on" date,
	"description" text,
	"activities" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'launched' NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "movements_kind_check" CHECK ("movements"."kind" in ('regular', 'thematic', 'campaign', 'task', 'commemoration')),
	CONSTRAINT "movements_status_check" CHECK ("movements"."status" in ('launched', 'in_progress', 'reviewed', 'closed')),
	CONSTRAINT "movements_level_check" CHECK ("movements"."authority_level" is null or "movements"."authority_level" in ('central', 'province', 'district', 'commune', 'agency')),
	CONSTRAINT "movements_name_check" CHECK (length(btrim("movements"."name")) between 3 and 500),
	CONSTRAINT "movements_period_check" CHECK ("movements"."period_to" is null or "movements"."period_from" is null or "movements"."period_to" >= "movements"."period_from"),
	CONSTRAINT "movements_parent_self_check" CHECK ("movements"."parent_id" is null or "movements"."parent_id" <> "movements"."id")
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_superseded_by_id_documents_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_movement_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."movement_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_documents" ADD CONSTRAINT "movement_documents_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_documents" ADD CONSTRAINT "movement_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_indicators" ADD CONSTRAINT "movement_indicators_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_status_events" ADD CONSTRAINT "movement_status_events_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_status_events" ADD CONSTRAINT "movement_status_events_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_status_events" ADD CONSTRAINT "movement_status_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_units" ADD CONSTRAINT "movement_units_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_units" ADD CONSTRAINT "movement_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_parent_id_movements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."movements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_launching_unit_id_units_id_fk" FOREIGN KEY ("launching_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "documents_number_key" ON "documents" USING btree ("number","symbol_key",coalesce("issuer_folded", ''),coalesce("year", 0)) WHERE "documents"."number" is not null;--> statement-breakpoint
CREATE INDEX "documents_search_trgm_idx" ON "documents" USING gin ("search_folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "documents_unit_idx" ON "documents" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "documents_issued_idx" ON "documents" USING btree ("issued_on");--> statement-breakpoint
CREATE INDEX "documents_issuer_unit_idx" ON "documents" USING btree ("issuer_unit_id");--> statement-breakpoint
CREATE INDEX "documents_superseded_idx" ON "documents" USING btree ("superseded_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_period_key" ON "indicator_values" USING btree ("indicator_id","unit_id","period_from","period_to");--> statement-breakpoint
CREATE INDEX "indicator_values_unit_idx" ON "indicator_values" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "movement_documents_document_idx" ON "movement_documents" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "movement_indicators_name_key" ON "movement_indicators" USING btree ("movement_id",lower("name"));--> statement-breakpoint
CREATE INDEX "movement_status_events_movement_idx" ON "movement_status_events" USING btree ("movement_id","at");--> statement-breakpoint
CREATE INDEX "movement_units_unit_idx" ON "movement_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "movements_parent_idx" ON "movements" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "movements_unit_idx" ON "movements" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "movements_name_trgm_idx" ON "movements" USING gin ("name_folded" gin_trgm_ops);