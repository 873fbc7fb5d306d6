CREATE TABLE "annotation_hit_histories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"app_id" uuid NOT NULL,
	"annotation_id" uuid NOT NULL,
	"source" text NOT NULL,
	"question" text NOT NULL,
	"score" real NOT NULL,
	"message_id" uuid,
	"account_id" uuid,
	"annotation_question" text NOT NULL,
	"annotation_content" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "annotation_reply_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"app_id" uuid NOT NULL,
	"action" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"error" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_annotation_settings" (
	"app_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"score_threshold" real DEFAULT 0.9 NOT NULL,
	"embedding_provider_name" text,
	"embedding_model_name" text,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_annotations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"conversation_id" uuid,
	"message_id" uuid,
	"question" text NOT NULL,
	"content" text NOT NULL,
	"hit_count" integer DEFAULT 0 NOT NULL,
	"account_id" uuid,
	"embedding" real[],
	"embedding_model" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_model_configs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"config" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "web_app_access_members" (
	"app_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "web_app_access_members_app_id_account_id_pk" PRIMARY KEY("app_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"app_model_config_id" uuid,
	"model_provider" text,
	"model_id" text,
	"mode" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"summary" text,
	"inputs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'normal' NOT NULL,
	"invoke_from" text NOT NULL,
	"from_source" text NOT NULL,
	"from_end_user_id" uuid,
	"from_account_id" uuid,
	"dialogue_count" integer DEFAULT 0 NOT NULL,
	"read_at" timestamp with time zone,
	"is_deleted" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_agent_thoughts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"thought" text,
	"tool" text,
	"tool_labels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tool_input" text,
	"observation" text,
	"tool_meta" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"message_files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tokens" integer DEFAULT 0 NOT NULL,
	"total_price" text DEFAULT '0' NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"latency" real DEFAULT 0 NOT NULL,
	"created_by_role" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_feedbacks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"rating" text NOT NULL,
	"content" text,
	"from_source" text NOT NULL,
	"from_end_user_id" uuid,
	"from_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"type" text NOT NULL,
	"transfer_method" text NOT NULL,
	"url" text,
	"belongs_to" text DEFAULT 'user' NOT NULL,
	"upload_file_id" uuid,
	"created_by_role" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"app_model_config_id" uuid,
	"model_provider" text,
	"model_id" text,
	"task_id" uuid,
	"inputs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"query" text DEFAULT '' NOT NULL,
	"message" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"message_tokens" integer DEFAULT 0 NOT NULL,
	"message_unit_price" text DEFAULT '0' NOT NULL,
	"message_price_unit" text DEFAULT '0.001' NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"answer_tokens" integer DEFAULT 0 NOT NULL,
	"answer_unit_price" text DEFAULT '0' NOT NULL,
	"answer_price_unit" text DEFAULT '0.001' NOT NULL,
	"provider_response_latency" real DEFAULT 0 NOT NULL,
	"time_to_first_token" real,
	"total_price" text DEFAULT '0' NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"status" text DEFAULT 'normal' NOT NULL,
	"error" text,
	"message_metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"invoke_from" text NOT NULL,
	"from_source" text NOT NULL,
	"from_end_user_id" uuid,
	"from_account_id" uuid,
	"agent_based" boolean DEFAULT false NOT NULL,
	"parent_message_id" uuid,
	"workflow_run_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pinned_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"app_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"created_by_role" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"app_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"created_by_role" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "end_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"type" text NOT NULL,
	"external_user_id" text,
	"session_id" text NOT NULL,
	"name" text,
	"is_anonymous" boolean DEFAULT false NOT NULL,
	"account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stream_events" (
	"task_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stream_events_task_id_seq_pk" PRIMARY KEY("task_id","seq")
);
--> statement-breakpoint
CREATE TABLE "stream_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"owner" text NOT NULL,
	"subject_id" uuid,
	"status" text DEFAULT 'running' NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"stop_requested_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "apps" ADD COLUMN "app_model_config_id" uuid;--> statement-breakpoint
ALTER TABLE "annotation_hit_histories" ADD CONSTRAINT "annotation_hit_histories_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annotation_hit_histories" ADD CONSTRAINT "annotation_hit_histories_annotation_id_message_annotations_id_fk" FOREIGN KEY ("annotation_id") REFERENCES "public"."message_annotations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annotation_reply_jobs" ADD CONSTRAINT "annotation_reply_jobs_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_annotation_settings" ADD CONSTRAINT "app_annotation_settings_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_annotation_settings" ADD CONSTRAINT "app_annotation_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_annotation_settings" ADD CONSTRAINT "app_annotation_settings_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_annotation_settings" ADD CONSTRAINT "app_annotation_settings_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_annotations" ADD CONSTRAINT "message_annotations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_annotations" ADD CONSTRAINT "message_annotations_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_annotations" ADD CONSTRAINT "message_annotations_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_annotations" ADD CONSTRAINT "message_annotations_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_annotations" ADD CONSTRAINT "message_annotations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_model_configs" ADD CONSTRAINT "app_model_configs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_model_configs" ADD CONSTRAINT "app_model_configs_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_model_configs" ADD CONSTRAINT "app_model_configs_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "web_app_access_members" ADD CONSTRAINT "web_app_access_members_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "web_app_access_members" ADD CONSTRAINT "web_app_access_members_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "web_app_access_members" ADD CONSTRAINT "web_app_access_members_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_from_end_user_id_end_users_id_fk" FOREIGN KEY ("from_end_user_id") REFERENCES "public"."end_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_from_account_id_accounts_id_fk" FOREIGN KEY ("from_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_agent_thoughts" ADD CONSTRAINT "message_agent_thoughts_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_feedbacks" ADD CONSTRAINT "message_feedbacks_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_feedbacks" ADD CONSTRAINT "message_feedbacks_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_feedbacks" ADD CONSTRAINT "message_feedbacks_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_feedbacks" ADD CONSTRAINT "message_feedbacks_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_feedbacks" ADD CONSTRAINT "message_feedbacks_from_end_user_id_end_users_id_fk" FOREIGN KEY ("from_end_user_id") REFERENCES "public"."end_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_feedbacks" ADD CONSTRAINT "message_feedbacks_from_account_id_accounts_id_fk" FOREIGN KEY ("from_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_files" ADD CONSTRAINT "message_files_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_files" ADD CONSTRAINT "message_files_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_files" ADD CONSTRAINT "message_files_upload_file_id_upload_files_id_fk" FOREIGN KEY ("upload_file_id") REFERENCES "public"."upload_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_from_end_user_id_end_users_id_fk" FOREIGN KEY ("from_end_user_id") REFERENCES "public"."end_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_from_account_id_accounts_id_fk" FOREIGN KEY ("from_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pinned_conversations" ADD CONSTRAINT "pinned_conversations_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pinned_conversations" ADD CONSTRAINT "pinned_conversations_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_messages" ADD CONSTRAINT "saved_messages_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_messages" ADD CONSTRAINT "saved_messages_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "end_users" ADD CONSTRAINT "end_users_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "end_users" ADD CONSTRAINT "end_users_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stream_events" ADD CONSTRAINT "stream_events_task_id_stream_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."stream_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stream_tasks" ADD CONSTRAINT "stream_tasks_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stream_tasks" ADD CONSTRAINT "stream_tasks_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annotation_hit_histories_annotation_idx" ON "annotation_hit_histories" USING btree ("annotation_id","created_at");--> statement-breakpoint
CREATE INDEX "message_annotations_app_idx" ON "message_annotations" USING btree ("app_id","created_at");--> statement-breakpoint
CREATE INDEX "message_annotations_message_idx" ON "message_annotations" USING btree ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "app_model_configs_app_version_key" ON "app_model_configs" USING btree ("app_id","version");--> statement-breakpoint
CREATE INDEX "app_model_configs_workspace_idx" ON "app_model_configs" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "conversations_app_end_user_idx" ON "conversations" USING btree ("app_id","from_end_user_id","updated_at");--> statement-breakpoint
CREATE INDEX "conversations_app_created_idx" ON "conversations" USING btree ("app_id","created_at");--> statement-breakpoint
CREATE INDEX "conversations_workspace_idx" ON "conversations" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "message_agent_thoughts_message_position_key" ON "message_agent_thoughts" USING btree ("message_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "message_feedbacks_message_source_key" ON "message_feedbacks" USING btree ("message_id","from_source");--> statement-breakpoint
CREATE INDEX "message_feedbacks_app_idx" ON "message_feedbacks" USING btree ("app_id","created_at");--> statement-breakpoint
CREATE INDEX "message_files_message_idx" ON "message_files" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "message_files_upload_idx" ON "message_files" USING btree ("upload_file_id");--> statement-breakpoint
CREATE INDEX "messages_conversation_created_idx" ON "messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_app_created_idx" ON "messages" USING btree ("app_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_task_idx" ON "messages" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "messages_workspace_idx" ON "messages" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pinned_conversations_owner_key" ON "pinned_conversations" USING btree ("created_by","conversation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "saved_messages_owner_message_key" ON "saved_messages" USING btree ("created_by","message_id");--> statement-breakpoint
CREATE INDEX "saved_messages_app_idx" ON "saved_messages" USING btree ("app_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "end_users_app_session_key" ON "end_users" USING btree ("app_id","session_id");--> statement-breakpoint
CREATE INDEX "end_users_workspace_idx" ON "end_users" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "stream_tasks_expires_idx" ON "stream_tasks" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "stream_tasks_app_idx" ON "stream_tasks" USING btree ("app_id","status");--> statement-breakpoint
-- Apps saved before versions existed: their configuration becomes version 1.
INSERT INTO "app_model_configs" ("workspace_id", "app_id", "version", "config", "created_by")
SELECT "workspace_id", "id", 1, "model_config", "created_by" FROM "apps" WHERE "model_config" IS NOT NULL;
--> statement-breakpoint
UPDATE "apps" SET "app_model_config_id" = c."id" FROM "app_model_configs" c WHERE c."app_id" = "apps"."id" AND c."version" = 1;
