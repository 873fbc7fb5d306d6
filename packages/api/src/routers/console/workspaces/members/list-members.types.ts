import { route } from '../../../meta';

export const listMembersMeta = route({
  method: 'GET',
  path: '/workspaces/current/members',
  tags: ['Members'],
  summary: "The current workspace's members with their roles",
});
