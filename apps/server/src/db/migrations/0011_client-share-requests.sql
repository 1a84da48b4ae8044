CREATE TABLE "client_share_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"id_number_hash" varchar(64) NOT NULL,
	"person_name" text NOT NULL,
	"id_number_masked" varchar(32) NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"from_station_id" uuid NOT NULL,
	"from_region_code" varchar(12) NOT NULL,
	"message" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"response_reason" text,
	"created_by" uuid NOT NULL,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity_lookup_alerts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid,
	"region_code" varchar(12) NOT NULL,
	"hits" integer NOT NULL,
	"refused" integer NOT NULL,
	"first_refused_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_refused_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "identity_lookups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"id_number_hash" varchar(64) NOT NULL,
	"via" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "client_shares" ADD COLUMN "share_request_id" uuid;--> statement-breakpoint
ALTER TABLE "client_share_requests" ADD CONSTRAINT "client_share_requests_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_share_requests" ADD CONSTRAINT "client_share_requests_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_share_requests" ADD CONSTRAINT "client_share_requests_from_station_id_stations_id_fk" FOREIGN KEY ("from_station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_share_requests_client_idx" ON "client_share_requests" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "client_share_requests_from_idx" ON "client_share_requests" USING btree ("from_organisation_id","from_region_code");--> statement-breakpoint
CREATE INDEX "identity_lookup_alerts_user_idx" ON "identity_lookup_alerts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "identity_lookup_alerts_org_idx" ON "identity_lookup_alerts" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "identity_lookups_user_idx" ON "identity_lookups" USING btree ("user_id","created_at");