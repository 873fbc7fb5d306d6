import { type Actor } from '../../callers';
import { documentStore } from '../../data/datasets/document-store';
import { processRuleStore } from '../../data/datasets/process-rule-store';
import { type AppDeps } from '../../deps';
import { readableDataset } from '../datasets/dataset-access';
import { documentNotFound } from '../documents/document-ops';
import { AUTOMATIC_RULES, MAX_SEGMENT_TOKENS } from './process-rule';

const LIMITS = { indexing_max_segmentation_tokens_length: MAX_SEGMENT_TOKENS };

/**
 * `GET /datasets/process-rule`: the rule a new document starts from. With a document, the newest
 * rule of its dataset (what re-processing it would use); otherwise Dify's automatic defaults.
 */
export async function defaultProcessRule(deps: AppDeps, actor: Actor, documentId: string | undefined) {
  if (!documentId) return { mode: 'custom', rules: AUTOMATIC_RULES, limits: LIMITS };
  const doc = await documentStore(deps.db, actor.workspaceId).find(documentId);
  if (!doc) throw documentNotFound();
  await readableDataset(deps, actor, doc.datasetId);
  const rules = processRuleStore(deps.db, actor.workspaceId);
  const row = (doc.processRuleId ? await rules.find(doc.processRuleId) : undefined) ?? (await rules.latest(doc.datasetId));
  return row ? { mode: row.mode, rules: row.rules ?? AUTOMATIC_RULES, limits: LIMITS } : { mode: 'custom', rules: AUTOMATIC_RULES, limits: LIMITS };
}
