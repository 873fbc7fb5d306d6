import { describe, expect, it } from 'vitest';
import { type Dataset } from '@tessera/db';
import { appDatasetIds } from './app-datasets';
import { pickDataset } from './route-dataset';

const dataset = (id: string, name: string, description: string | null = null) => ({ id, name, description }) as Dataset;

describe('single retrieval without a model to route picks one dataset by words', () => {
  it('takes the dataset whose name and description share the most words with the query', () => {
    const datasets = [dataset('a', 'Cooking', 'recipes and kitchen tips'), dataset('b', 'Astronomy', 'planets, stars and the sun')];
    expect(pickDataset(datasets, 'Which planets orbit the sun?')?.id).toBe('b');
    expect(pickDataset(datasets, 'a quick kitchen recipes idea')?.id).toBe('a');
  });

  it('falls back to the first configured dataset when nothing matches', () => {
    expect(pickDataset([dataset('a', 'One'), dataset('b', 'Two')], 'unrelated words')?.id).toBe('a');
  });
});

describe('the datasets an app answers from', () => {
  it('reads enabled dataset_configs entries and old-style dataset agent tools, each once', () => {
    const ids = appDatasetIds({
      dataset_configs: {
        datasets: {
          datasets: [{ dataset: { enabled: true, id: 'x' } }, { dataset: { enabled: false, id: 'off' } }, { dataset: { id: 'y' } }],
        },
      },
      agent_mode: { enabled: false, tools: [{ dataset: { enabled: true, id: 'x' } }, { dataset: { enabled: true, id: 'z' } }, { dataset: { enabled: false, id: 'w' } }] },
    });
    expect(ids).toEqual(['x', 'y', 'z']);
  });
});
