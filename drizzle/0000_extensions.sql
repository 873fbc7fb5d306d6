-- pg_trgm backs fuzzy name search; vector backs embeddings where the server ships pgvector.
-- Servers without pgvector keep working: vector search falls back to an exact scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
    CREATE EXTENSION IF NOT EXISTS vector;
  END IF;
END
$$;
