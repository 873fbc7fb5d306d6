CREATE TABLE "dataset_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"data_source_type" text DEFAULT 'upload_file' NOT NULL,
	"data_source_info" jsonb NOT NULL,
	"process_rule_id" uuid,
	"batch" text NOT NULL,
	"name" text NOT NULL,
	"created_from" text NOT NULL,
	"created_by" uuid NOT NULL,
	"doc_form" text DEFAULT 'text_model' NOT NULL,
	"doc_language" text,
	"doc_type" text,
	"doc_metadata" jsonb,
	"indexing_status" text DEFAULT 'waiting' NOT NULL,
	"extracted_text" text,
	"processing_started_at" timestamp with time zone,
	"parsing_completed_at" timestamp with time zone,
	"cleaning_completed_at" timestamp with time zone,
	"splitting_completed_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"indexing_latency" double precision,
	"tokens" integer,
	"word_count" integer,
	"error" text,
	"stopped_at" timestamp with time zone,
	"is_paused" boolean DEFAULT false NOT NULL,
	"paused_at" timestamp with time zone,
	"paused_by" uuid,
	"enabled" boolean DEFAULT true NOT NULL,
	"disabled_at" timestamp with time zone,
	"disabled_by" uuid,
	"archived" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"archived_by" uuid,
	"hit_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dataset_metadata_bindings" (
	"metadata_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dataset_metadata_bindings_metadata_id_document_id_pk" PRIMARY KEY("metadata_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "dataset_metadata_fields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dataset_queries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"content" text NOT NULL,
	"source" text NOT NULL,
	"source_app_id" uuid,
	"created_by_role" text NOT NULL,
	"created_by" uuid NOT NULL,
	"queries" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "child_chunks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"segment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"content" text NOT NULL,
	"word_count" integer NOT NULL,
	"type" text DEFAULT 'automatic' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_segments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"content" text NOT NULL,
	"answer" text,
	"word_count" integer NOT NULL,
	"tokens" integer DEFAULT 0 NOT NULL,
	"keywords" text[],
	"index_node_id" text,
	"index_node_hash" text,
	"hit_count" integer DEFAULT 0 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"disabled_at" timestamp with time zone,
	"disabled_by" uuid,
	"status" text DEFAULT 'waiting' NOT NULL,
	"created_by" uuid NOT NULL,
	"updated_by" uuid,
	"indexing_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"error" text,
	"stopped_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segment_index_entries" (
	"node_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"segment_id" uuid NOT NULL,
	"child_chunk_id" uuid,
	"search_text" "tsvector" NOT NULL,
	"embedding" real[],
	"dimensions" integer,
	"embedding_model" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dataset_permissions" (
	"dataset_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dataset_permissions_dataset_id_account_id_pk" PRIMARY KEY("dataset_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "dataset_process_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"rules" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "datasets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"provider" text DEFAULT 'vendor' NOT NULL,
	"permission" text DEFAULT 'only_me' NOT NULL,
	"data_source_type" text,
	"indexing_technique" text,
	"embedding_model" text,
	"embedding_model_provider" text,
	"retrieval_model" jsonb,
	"chunk_structure" text,
	"built_in_field_enabled" boolean DEFAULT false NOT NULL,
	"enable_api" boolean DEFAULT true NOT NULL,
	"icon_info" jsonb,
	"created_by" uuid NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dataset_documents" ADD CONSTRAINT "dataset_documents_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_documents" ADD CONSTRAINT "dataset_documents_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_documents" ADD CONSTRAINT "dataset_documents_process_rule_id_dataset_process_rules_id_fk" FOREIGN KEY ("process_rule_id") REFERENCES "public"."dataset_process_rules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_metadata_bindings" ADD CONSTRAINT "dataset_metadata_bindings_metadata_id_dataset_metadata_fields_id_fk" FOREIGN KEY ("metadata_id") REFERENCES "public"."dataset_metadata_fields"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_metadata_bindings" ADD CONSTRAINT "dataset_metadata_bindings_document_id_dataset_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."dataset_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_metadata_bindings" ADD CONSTRAINT "dataset_metadata_bindings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_metadata_bindings" ADD CONSTRAINT "dataset_metadata_bindings_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_metadata_fields" ADD CONSTRAINT "dataset_metadata_fields_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_metadata_fields" ADD CONSTRAINT "dataset_metadata_fields_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_queries" ADD CONSTRAINT "dataset_queries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_queries" ADD CONSTRAINT "dataset_queries_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_chunks" ADD CONSTRAINT "child_chunks_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_chunks" ADD CONSTRAINT "child_chunks_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_chunks" ADD CONSTRAINT "child_chunks_document_id_dataset_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."dataset_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_chunks" ADD CONSTRAINT "child_chunks_segment_id_document_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."document_segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_segments" ADD CONSTRAINT "document_segments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_segments" ADD CONSTRAINT "document_segments_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_segments" ADD CONSTRAINT "document_segments_document_id_dataset_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."dataset_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_index_entries" ADD CONSTRAINT "segment_index_entries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_index_entries" ADD CONSTRAINT "segment_index_entries_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_index_entries" ADD CONSTRAINT "segment_index_entries_document_id_dataset_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."dataset_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_index_entries" ADD CONSTRAINT "segment_index_entries_segment_id_document_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."document_segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_index_entries" ADD CONSTRAINT "segment_index_entries_child_chunk_id_child_chunks_id_fk" FOREIGN KEY ("child_chunk_id") REFERENCES "public"."child_chunks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_permissions" ADD CONSTRAINT "dataset_permissions_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_permissions" ADD CONSTRAINT "dataset_permissions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_permissions" ADD CONSTRAINT "dataset_permissions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_process_rules" ADD CONSTRAINT "dataset_process_rules_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_process_rules" ADD CONSTRAINT "dataset_process_rules_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dataset_documents_dataset_idx" ON "dataset_documents" USING btree ("dataset_id","position");--> statement-breakpoint
CREATE INDEX "dataset_documents_batch_idx" ON "dataset_documents" USING btree ("dataset_id","batch");--> statement-breakpoint
CREATE INDEX "dataset_metadata_bindings_document_idx" ON "dataset_metadata_bindings" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dataset_metadata_fields_name_key" ON "dataset_metadata_fields" USING btree ("dataset_id","name");--> statement-breakpoint
CREATE INDEX "dataset_queries_dataset_idx" ON "dataset_queries" USING btree ("dataset_id","created_at");--> statement-breakpoint
CREATE INDEX "child_chunks_segment_idx" ON "child_chunks" USING btree ("segment_id","position");--> statement-breakpoint
CREATE INDEX "document_segments_document_idx" ON "document_segments" USING btree ("document_id","position");--> statement-breakpoint
CREATE INDEX "document_segments_dataset_idx" ON "document_segments" USING btree ("dataset_id");--> statement-breakpoint
CREATE INDEX "segment_index_entries_dataset_idx" ON "segment_index_entries" USING btree ("dataset_id");--> statement-breakpoint
CREATE INDEX "segment_index_entries_segment_idx" ON "segment_index_entries" USING btree ("segment_id");--> statement-breakpoint
CREATE INDEX "segment_index_entries_search_idx" ON "segment_index_entries" USING gin ("search_text");--> statement-breakpoint
CREATE INDEX "segment_index_entries_dims_idx" ON "segment_index_entries" USING btree ("dataset_id","dimensions") WHERE "segment_index_entries"."embedding" is not null;--> statement-breakpoint
CREATE INDEX "dataset_permissions_account_idx" ON "dataset_permissions" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "dataset_process_rules_dataset_idx" ON "dataset_process_rules" USING btree ("dataset_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "datasets_workspace_name_key" ON "datasets" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE INDEX "datasets_workspace_created_idx" ON "datasets" USING btree ("workspace_id","created_at");