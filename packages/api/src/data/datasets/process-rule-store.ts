import { and, desc, eq } from 'drizzle-orm';
import { type Database, datasetProcessRules } from '@tessera/db';

/** Processing rules of one workspace's datasets. */
export function processRuleStore(db: Database, workspaceId: string) {
  const inWorkspace = eq(datasetProcessRules.workspaceId, workspaceId);
  return {
    async find(ruleId: string) {
      const [row] = await db.select().from(datasetProcessRules).where(and(inWorkspace, eq(datasetProcessRules.id, ruleId)));
      return row;
    },

    /** The dataset's newest rule: what a document added without one is processed with. */
    async latest(datasetId: string) {
      const [row] = await db
        .select()
        .from(datasetProcessRules)
        .where(and(inWorkspace, eq(datasetProcessRules.datasetId, datasetId)))
        .orderBy(desc(datasetProcessRules.createdAt))
        .limit(1);
      return row;
    },
  };
}
