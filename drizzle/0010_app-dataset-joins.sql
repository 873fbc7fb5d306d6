CREATE TABLE "app_dataset_joins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"app_id" uuid NOT NULL,
	"dataset_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "app_dataset_joins" ADD CONSTRAINT "app_dataset_joins_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_dataset_joins" ADD CONSTRAINT "app_dataset_joins_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_dataset_joins" ADD CONSTRAINT "app_dataset_joins_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "app_dataset_joins_app_dataset_key" ON "app_dataset_joins" USING btree ("app_id","dataset_id");--> statement-breakpoint
CREATE INDEX "app_dataset_joins_dataset_idx" ON "app_dataset_joins" USING btree ("dataset_id");