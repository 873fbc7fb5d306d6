CREATE TABLE "segment_import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"upload_file_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"segments" integer,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "segment_import_jobs" ADD CONSTRAINT "segment_import_jobs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_import_jobs" ADD CONSTRAINT "segment_import_jobs_document_id_dataset_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."dataset_documents"("id") ON DELETE cascade ON UPDATE no action;