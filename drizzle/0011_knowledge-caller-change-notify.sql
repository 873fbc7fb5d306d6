-- A knowledge API key acts as its workspace's owner, and instances keep who that owner is in the
-- read cache. The owner changes when a membership is added, removed or changes role (ownership
-- moves), or when the owner's account is renamed, re-addressed, banned or closed: each must reach
-- every instance at once on tessera_config_changed. Switching the current workspace (`current`)
-- and sign-in bookkeeping (last_login_at and the like) change no one's access and stay silent.
CREATE TRIGGER workspace_members_config_changed AFTER INSERT OR DELETE OR UPDATE OF workspace_id, account_id, role ON workspace_members
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
--> statement-breakpoint
-- An account has no workspace of its own: announce every workspace it belongs to. Removing an
-- account removes its memberships, which the trigger above announces.
CREATE OR REPLACE FUNCTION tessera_notify_account_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tessera_config_changed', m.workspace_id::text) FROM workspace_members m WHERE m.account_id = NEW.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER accounts_config_changed AFTER UPDATE OF name, email, status ON accounts
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email OR OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION tessera_notify_account_changed();
--> statement-breakpoint
-- Every knowledge API request with a dataset in its path reads the dataset (its workspace, whether
-- the API is enabled, its indexing and retrieval settings) from the read cache as well.
CREATE TRIGGER datasets_config_changed AFTER INSERT OR UPDATE OR DELETE ON datasets
  FOR EACH ROW EXECUTE FUNCTION tessera_notify_config_changed('workspace_id');
