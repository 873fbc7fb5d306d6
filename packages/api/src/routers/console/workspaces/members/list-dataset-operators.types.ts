import { route } from '../../../meta';

export const listDatasetOperatorsMeta = route({
  method: 'GET',
  path: '/workspaces/current/dataset-operators',
  tags: ['Members'],
  summary: "The current workspace's members with the dataset_operator role",
});
