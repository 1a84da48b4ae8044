CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" smallint NOT NULL,
	"service_area" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"region_code" varchar(12) NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"reference_price" numeric(14, 2),
	"last_bought_year" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expenditures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"budget_line_id" uuid NOT NULL,
	"spent_on" date NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"description" text NOT NULL,
	"evidence_file_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"comment" text,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_stations" (
	"project_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	CONSTRAINT "project_stations_project_id_station_id_pk" PRIMARY KEY("project_id","station_id")
);
--> statement-breakpoint
CREATE TABLE "project_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"indicator" text NOT NULL,
	"category_code" text,
	"target" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_pinyin" text NOT NULL,
	"name_initials" text NOT NULL,
	"catalogue_item_id" uuid,
	"region_code" varchar(12) NOT NULL,
	"buyer_name" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"contract_amount" numeric(14, 2) NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"document_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollup_client_month" (
	"station_id" uuid NOT NULL,
	"month" date NOT NULL,
	"client_id" uuid NOT NULL,
	"refs" integer NOT NULL,
	CONSTRAINT "rollup_client_month_station_id_month_client_id_pk" PRIMARY KEY("station_id","month","client_id")
);
--> statement-breakpoint
CREATE TABLE "rollup_station_day" (
	"station_id" uuid NOT NULL,
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"person_times" integer NOT NULL,
	"records" integer NOT NULL,
	CONSTRAINT "rollup_station_day_station_id_day_kind_pk" PRIMARY KEY("station_id","day","kind")
);
--> statement-breakpoint
CREATE TABLE "rollup_station_month" (
	"station_id" uuid NOT NULL,
	"month" date NOT NULL,
	"kind" text NOT NULL,
	"person_times" integer NOT NULL,
	"records" integer NOT NULL,
	CONSTRAINT "rollup_station_month_station_id_month_kind_pk" PRIMARY KEY("station_id","month","kind")
);
--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_budget_line_id_budget_lines_id_fk" FOREIGN KEY ("budget_line_id") REFERENCES "public"."budget_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_events" ADD CONSTRAINT "project_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stations" ADD CONSTRAINT "project_stations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stations" ADD CONSTRAINT "project_stations_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_targets" ADD CONSTRAINT "project_targets_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_catalogue_item_id_catalogue_items_id_fk" FOREIGN KEY ("catalogue_item_id") REFERENCES "public"."catalogue_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_lines_project_idx" ON "budget_lines" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "catalogue_items_region_year_idx" ON "catalogue_items" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "expenditures_project_idx" ON "expenditures" USING btree ("project_id","spent_on");--> statement-breakpoint
CREATE INDEX "project_events_project_idx" ON "project_events" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_stations_station_idx" ON "project_stations" USING btree ("station_id");--> statement-breakpoint
CREATE INDEX "project_targets_project_idx" ON "project_targets" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_code_key" ON "projects" USING btree ("code");--> statement-breakpoint
CREATE INDEX "projects_region_idx" ON "projects" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "projects_org_idx" ON "projects" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "rollup_client_month_client_idx" ON "rollup_client_month" USING btree ("client_id");