CREATE TABLE "files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"organisation_id" uuid,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_annual_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"income" numeric(14, 2) NOT NULL,
	"expenditure" numeric(14, 2) NOT NULL,
	"staff_total" integer NOT NULL,
	"social_worker_total" integer NOT NULL,
	"summary" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"review_comment" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organisation_credit_marks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"issued_by" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_filing_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"comment" text,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"granted_on" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"grade" text NOT NULL,
	"rated_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"rated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"worker_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "education_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"course" text NOT NULL,
	"provider" text NOT NULL,
	"taken_on" date NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"enrolment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"accepted_rows" integer DEFAULT 0 NOT NULL,
	"payload" text,
	"created_by" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "presence_checkins" (
	"id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"station_id" uuid,
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"arrived_at" time NOT NULL,
	"left_at" time,
	"latitude" double precision,
	"longitude" double precision,
	"accuracy_m" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "social_workers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_pinyin" text NOT NULL,
	"name_initials" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_hash" varchar(64) NOT NULL,
	"id_number_masked" varchar(18) NOT NULL,
	"gender" text NOT NULL,
	"birth_date" date NOT NULL,
	"mobile" varchar(11),
	"education" text,
	"major" text,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"user_id" uuid,
	"qualification_level" text,
	"certificate_no" text,
	"certified_year" smallint,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "station_posts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"station_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"post" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"training_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"status" text DEFAULT 'enrolled' NOT NULL,
	"attended_hours" numeric(5, 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"provider" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"capacity" integer NOT NULL,
	"location" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"applied_on" date NOT NULL,
	"first_reviewed_by" uuid,
	"first_reviewed_at" timestamp with time zone,
	"first_comment" text,
	"final_reviewed_by" uuid,
	"final_reviewed_at" timestamp with time zone,
	"final_comment" text,
	"registration_no" text,
	"valid_from" date,
	"valid_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "registering_authority" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "registered_on" date;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "legal_representative" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "service_areas" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "staff_total" integer;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "social_worker_total" integer;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "document_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "filing_status" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "filing_submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "filing_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "filing_comment" text;--> statement-breakpoint
ALTER TABLE "organisation_annual_reports" ADD CONSTRAINT "organisation_annual_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_credit_marks" ADD CONSTRAINT "organisation_credit_marks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_filing_events" ADD CONSTRAINT "organisation_filing_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_grants" ADD CONSTRAINT "organisation_grants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_ratings" ADD CONSTRAINT "organisation_ratings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_assignments" ADD CONSTRAINT "community_assignments_worker_id_social_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."social_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_assignments" ADD CONSTRAINT "community_assignments_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_records" ADD CONSTRAINT "education_records_worker_id_social_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."social_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_records" ADD CONSTRAINT "education_records_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presence_checkins" ADD CONSTRAINT "presence_checkins_worker_id_social_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."social_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presence_checkins" ADD CONSTRAINT "presence_checkins_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_workers" ADD CONSTRAINT "social_workers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_workers" ADD CONSTRAINT "social_workers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_posts" ADD CONSTRAINT "station_posts_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_posts" ADD CONSTRAINT "station_posts_worker_id_social_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."social_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_worker_id_social_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."social_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_registrations" ADD CONSTRAINT "worker_registrations_worker_id_social_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."social_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "org_annual_reports_org_year_key" ON "organisation_annual_reports" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "org_credit_marks_org_idx" ON "organisation_credit_marks" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "org_filing_events_org_idx" ON "organisation_filing_events" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE INDEX "org_grants_org_idx" ON "organisation_grants" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "org_ratings_org_idx" ON "organisation_ratings" USING btree ("organisation_id","rated_on");--> statement-breakpoint
CREATE INDEX "community_assignments_community_idx" ON "community_assignments" USING btree ("community_code");--> statement-breakpoint
CREATE INDEX "community_assignments_worker_idx" ON "community_assignments" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "education_records_worker_idx" ON "education_records" USING btree ("worker_id","taken_on");--> statement-breakpoint
CREATE UNIQUE INDEX "education_records_enrolment_key" ON "education_records" USING btree ("enrolment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "presence_checkins_worker_day_key" ON "presence_checkins" USING btree ("worker_id","community_code","day");--> statement-breakpoint
CREATE INDEX "presence_checkins_community_day_idx" ON "presence_checkins" USING btree ("community_code","day");--> statement-breakpoint
CREATE UNIQUE INDEX "social_workers_id_hash_key" ON "social_workers" USING btree ("id_number_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "social_workers_certificate_key" ON "social_workers" USING btree ("certificate_no");--> statement-breakpoint
CREATE INDEX "social_workers_org_idx" ON "social_workers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "social_workers_region_idx" ON "social_workers" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "social_workers_pinyin_idx" ON "social_workers" USING btree ("name_pinyin");--> statement-breakpoint
CREATE INDEX "station_posts_station_idx" ON "station_posts" USING btree ("station_id");--> statement-breakpoint
CREATE INDEX "station_posts_worker_idx" ON "station_posts" USING btree ("worker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_enrolments_key" ON "training_enrolments" USING btree ("training_id","worker_id");--> statement-breakpoint
CREATE INDEX "trainings_region_idx" ON "trainings" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "worker_registrations_worker_idx" ON "worker_registrations" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "worker_registrations_until_idx" ON "worker_registrations" USING btree ("valid_until");