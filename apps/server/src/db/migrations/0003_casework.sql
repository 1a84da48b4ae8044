CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_stage" text,
	"to_stage" text,
	"comment" text,
	"actor_user_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_goals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"description" text NOT NULL,
	"target_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"mode" text,
	"place" text,
	"duration_minutes" integer,
	"service_type" text,
	"content" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_no" text NOT NULL,
	"client_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"worker_id" uuid,
	"supervisor_user_id" uuid,
	"stage" text NOT NULL,
	"approval" text DEFAULT 'none' NOT NULL,
	"approval_comment" text,
	"source" text NOT NULL,
	"intake_on" date NOT NULL,
	"presenting_problem" text NOT NULL,
	"declined_reason" text,
	"assessment" jsonb,
	"evaluation" jsonb,
	"closure_reason" text,
	"closure_outcome" text,
	"closed_on" date,
	"risk_level" text DEFAULT 'low' NOT NULL,
	"next_review_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"from_station_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"to_station_id" uuid NOT NULL,
	"to_region_code" varchar(12) NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"response_comment" text,
	"new_case_id" uuid,
	"created_by" uuid NOT NULL,
	"responded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "client_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_category_holdings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"category_code" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"evidence_file_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"given_by" text NOT NULL,
	"guardian_name" text,
	"guardian_relation" text,
	"given_on" date NOT NULL,
	"document_file_id" uuid,
	"withdrawn_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_shares" (
	"id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"access" text NOT NULL,
	"referral_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_pinyin" text NOT NULL,
	"name_initials" text NOT NULL,
	"id_type" text NOT NULL,
	"id_number_enc" text,
	"id_number_hash" varchar(64),
	"id_number_masked" varchar(32),
	"gender" text,
	"birth_date" date,
	"mobile_enc" text,
	"mobile_hash" varchar(64),
	"mobile_masked" varchar(16),
	"region_code" varchar(12) NOT NULL,
	"address_enc" text,
	"risk_level" text DEFAULT 'low' NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"station_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"worker_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"merged_into_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"name" text NOT NULL,
	"relation" text NOT NULL,
	"birth_date" date,
	"mobile_enc" text,
	"mobile_masked" varchar(16),
	"linked_client_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"theme" text NOT NULL,
	"station_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"headcount" integer DEFAULT 0 NOT NULL,
	"volunteer_count" integer DEFAULT 0 NOT NULL,
	"description" text,
	"photo_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_participants" (
	"activity_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	CONSTRAINT "activity_participants_activity_id_client_id_pk" PRIMARY KEY("activity_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "group_attendance" (
	"session_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	CONSTRAINT "group_attendance_session_id_client_id_pk" PRIMARY KEY("session_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"group_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	CONSTRAINT "group_members_group_id_client_id_pk" PRIMARY KEY("group_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "group_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"session_no" smallint NOT NULL,
	"held_on" date NOT NULL,
	"theme" text NOT NULL,
	"facilitator_worker_id" uuid,
	"extra_headcount" integer DEFAULT 0 NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"station_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"phase" text DEFAULT 'preparing' NOT NULL,
	"aims" text NOT NULL,
	"target_category" text,
	"planned_sessions" smallint NOT NULL,
	"facilitator_worker_id" uuid,
	"starts_on" date,
	"evaluation" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid,
	"station_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"served_on" date NOT NULL,
	"kind" text NOT NULL,
	"source_id" uuid,
	"service_type" text,
	"content" text,
	"person_times" integer DEFAULT 1 NOT NULL,
	"worker_id" uuid,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_goals" ADD CONSTRAINT "case_goals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_worker_id_social_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."social_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_category_holdings" ADD CONSTRAINT "client_category_holdings_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_category_holdings" ADD CONSTRAINT "client_category_holdings_category_code_client_categories_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."client_categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_consents" ADD CONSTRAINT "client_consents_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_shares" ADD CONSTRAINT "client_shares_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_worker_id_social_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."social_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_members" ADD CONSTRAINT "household_members_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_session_id_group_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_facilitator_worker_id_social_workers_id_fk" FOREIGN KEY ("facilitator_worker_id") REFERENCES "public"."social_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_facilitator_worker_id_social_workers_id_fk" FOREIGN KEY ("facilitator_worker_id") REFERENCES "public"."social_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_goals_case_idx" ON "case_goals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_notes_case_idx" ON "case_notes" USING btree ("case_id","occurred_on");--> statement-breakpoint
CREATE INDEX "cases_client_idx" ON "cases" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "cases_station_stage_idx" ON "cases" USING btree ("station_id","stage");--> statement-breakpoint
CREATE INDEX "cases_worker_idx" ON "cases" USING btree ("worker_id","stage");--> statement-breakpoint
CREATE INDEX "cases_region_idx" ON "cases" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "cases_review_idx" ON "cases" USING btree ("next_review_on");--> statement-breakpoint
CREATE INDEX "referrals_to_idx" ON "referrals" USING btree ("to_organisation_id","status");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "client_category_holdings_client_idx" ON "client_category_holdings" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "client_category_holdings_code_idx" ON "client_category_holdings" USING btree ("category_code");--> statement-breakpoint
CREATE INDEX "client_consents_client_idx" ON "client_consents" USING btree ("client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "client_shares_key" ON "client_shares" USING btree ("client_id","organisation_id");--> statement-breakpoint
CREATE INDEX "client_shares_org_idx" ON "client_shares" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_id_hash_key" ON "clients" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "clients_region_idx" ON "clients" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "clients_org_idx" ON "clients" USING btree ("organisation_id","region_code");--> statement-breakpoint
CREATE INDEX "clients_station_idx" ON "clients" USING btree ("station_id");--> statement-breakpoint
CREATE INDEX "clients_pinyin_idx" ON "clients" USING btree ("name_pinyin");--> statement-breakpoint
CREATE INDEX "clients_birth_idx" ON "clients" USING btree ("birth_date");--> statement-breakpoint
CREATE INDEX "clients_mobile_hash_idx" ON "clients" USING btree ("mobile_hash");--> statement-breakpoint
CREATE INDEX "household_members_client_idx" ON "household_members" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "activities_station_idx" ON "activities" USING btree ("station_id","held_on");--> statement-breakpoint
CREATE INDEX "activities_region_idx" ON "activities" USING btree ("region_code","held_on");--> statement-breakpoint
CREATE INDEX "group_sessions_group_idx" ON "group_sessions" USING btree ("group_id","held_on");--> statement-breakpoint
CREATE INDEX "groups_station_idx" ON "groups" USING btree ("station_id");--> statement-breakpoint
CREATE INDEX "groups_region_idx" ON "groups" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "service_records_station_day_idx" ON "service_records" USING btree ("station_id","served_on");--> statement-breakpoint
CREATE INDEX "service_records_region_day_idx" ON "service_records" USING btree ("region_code","served_on");--> statement-breakpoint
CREATE INDEX "service_records_client_idx" ON "service_records" USING btree ("client_id","served_on");--> statement-breakpoint
CREATE INDEX "service_records_source_idx" ON "service_records" USING btree ("source_id");