-- Every instance keeps what each request reads (app keys, app configuration, model credentials and
-- prices, annotation settings, end users) in memory and drops a workspace's entries when it hears
-- that workspace's id on tessera_config_changed. Triggers send it on every change, whichever code
-- or instance makes it; NOTIFY is delivered at commit and folds duplicates within a transaction.
-- The trigger's argument names the column holding the workspace id.
CREATE OR REPLACE FUNCTION tessera_notify_config_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  column_name text := TG_ARGV[0];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM pg_notify('tessera_config_changed', to_jsonb(OLD) ->> column_name);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM pg_notify('tessera_config_changed', to_jsonb(NEW) ->> column_name);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER workspaces_config_changed AFTER UPDATE OR DELETE ON workspaces
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('id');
--> statement-breakpoint
CREATE TRIGGER apps_config_changed AFTER UPDATE OR DELETE ON apps
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
--> statement-breakpoint
-- last_used_at is refreshed by use; only changes to what a key resolves to matter.
CREATE TRIGGER api_tokens_config_changed AFTER DELETE OR UPDATE OF workspace_id, app_id, type, token_hash ON api_tokens
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
--> statement-breakpoint
CREATE TRIGGER provider_settings_config_changed AFTER INSERT OR UPDATE OR DELETE ON provider_settings
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
--> statement-breakpoint
CREATE TRIGGER provider_credentials_config_changed AFTER INSERT OR UPDATE OR DELETE ON provider_credentials
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
--> statement-breakpoint
CREATE TRIGGER provider_models_config_changed AFTER INSERT OR UPDATE OR DELETE ON provider_models
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
--> statement-breakpoint
CREATE TRIGGER provider_model_credentials_config_changed AFTER INSERT OR UPDATE OR DELETE ON provider_model_credentials
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
--> statement-breakpoint
CREATE TRIGGER provider_model_settings_config_changed AFTER INSERT OR UPDATE OR DELETE ON provider_model_settings
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
--> statement-breakpoint
CREATE TRIGGER model_price_overrides_config_changed AFTER INSERT OR UPDATE OR DELETE ON model_price_overrides
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
--> statement-breakpoint
CREATE TRIGGER app_annotation_settings_config_changed AFTER INSERT OR UPDATE OR DELETE ON app_annotation_settings
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
--> statement-breakpoint
-- An upsert that finds its end user rewrites the type; only a real change (or a removal) matters.
CREATE TRIGGER end_users_retyped AFTER UPDATE OF type ON end_users
  FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type) EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
--> statement-breakpoint
CREATE TRIGGER end_users_removed AFTER DELETE ON end_users
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
