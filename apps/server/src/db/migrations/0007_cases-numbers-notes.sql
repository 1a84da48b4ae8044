ALTER TABLE "case_notes" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "case_notes" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "approval_requested_by" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_org_no_key" ON "cases" USING btree ("organisation_id","case_no");