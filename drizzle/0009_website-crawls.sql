CREATE TABLE "website_crawl_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"provider" text NOT NULL,
	"url" text NOT NULL,
	"options" jsonb NOT NULL,
	"status" text DEFAULT 'crawling' NOT NULL,
	"error" text,
	"robots_txt" text,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "website_crawl_pages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL,
	"url" text NOT NULL,
	"depth" integer NOT NULL,
	"position" integer NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"title" text,
	"description" text,
	"markdown" text,
	"skip_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "website_crawl_jobs" ADD CONSTRAINT "website_crawl_jobs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "website_crawl_pages" ADD CONSTRAINT "website_crawl_pages_job_id_website_crawl_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."website_crawl_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "website_crawl_jobs_workspace_id_created_at_index" ON "website_crawl_jobs" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "website_crawl_pages_job_id_url_index" ON "website_crawl_pages" USING btree ("job_id","url");--> statement-breakpoint
CREATE INDEX "website_crawl_pages_job_id_state_position_index" ON "website_crawl_pages" USING btree ("job_id","state","position");