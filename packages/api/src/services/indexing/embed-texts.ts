import { type Dataset } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { resolveModelTarget } from '../model-providers/model-resolver';

/** Texts go to the embedding model this many at a time. */
export const EMBEDDING_BATCH_SIZE = 32;

/** Scales a vector to length 1, so cosine similarity is a dot product on every engine. */
export function unitVector(vector: number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, v) => sum + v * v, 0));
  return norm > 0 ? vector.map((v) => v / norm) : vector;
}

export const embeddingModelKey = (dataset: Pick<Dataset, 'embeddingModelProvider' | 'embeddingModel'>) =>
  `${dataset.embeddingModelProvider}/${dataset.embeddingModel}`;

/** Embeds texts with the dataset's model, in batches; vectors come back unit length. */
export async function embedTexts(
  deps: AppDeps,
  dataset: Pick<Dataset, 'workspaceId' | 'id' | 'embeddingModelProvider' | 'embeddingModel'>,
  texts: string[],
  inputType: 'document' | 'query',
): Promise<number[][]> {
  const target = await resolveModelTarget(deps, dataset.workspaceId, {
    provider: dataset.embeddingModelProvider ?? '',
    model: dataset.embeddingModel ?? '',
    modelType: 'text-embedding',
  });
  const vectors: number[][] = [];
  for (let start = 0; start < texts.length; start += EMBEDDING_BATCH_SIZE) {
    const result = await deps.models.embed({
      target,
      texts: texts.slice(start, start + EMBEDDING_BATCH_SIZE),
      inputType,
      caller: { workspaceId: dataset.workspaceId, type: 'indexing', id: dataset.id },
    });
    vectors.push(...result.embeddings.map(unitVector));
  }
  return vectors;
}
