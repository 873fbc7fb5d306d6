import { z } from 'zod';
import { route } from '../../meta';

// Dify serves tenant info on POST (its console calls it so) and on the deprecated POST /info;
// GET is Tessera's addition for plain readers. One procedure per method and path.
export const getCurrentWorkspaceMeta = route({
  method: 'POST',
  path: '/workspaces/current',
  tags: ['Workspaces'],
  summary: "The current workspace with the caller's role in it",
});

export const readCurrentWorkspaceMeta = route({
  method: 'GET',
  path: '/workspaces/current',
  tags: ['Workspaces'],
  summary: "The current workspace with the caller's role in it (GET form)",
});

export const getInfoMeta = route({
  method: 'POST',
  path: '/info',
  tags: ['Workspaces'],
  summary: 'Deprecated alias of POST /workspaces/current',
  deprecated: true,
});

/** Dify's console posts an empty object; nothing in it is read. */
export const ZGetCurrentWorkspaceRequest = z.object({});
