CREATE TABLE "job_run_steps" (
	"run_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"name" text,
	"ordinal" integer NOT NULL,
	"output" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_run_steps_run_id_step_id_pk" PRIMARY KEY("run_id","step_id")
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"function_id" text NOT NULL,
	"event_name" text NOT NULL,
	"event" text NOT NULL,
	"workspace_id" uuid,
	"concurrency_key" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"error" text,
	"output" text,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"wait_step_id" text,
	"wait_event" text,
	"wait_if" text,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_run_steps" ADD CONSTRAINT "job_run_steps_run_id_job_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."job_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_runs" ADD CONSTRAINT "job_runs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_runs_runnable_idx" ON "job_runs" USING btree ("function_id","status","run_at");--> statement-breakpoint
CREATE INDEX "job_runs_workspace_idx" ON "job_runs" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "job_runs_waiting_idx" ON "job_runs" USING btree ("wait_event");