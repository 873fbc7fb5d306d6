import { z } from 'zod';
import { route } from '../../meta';
import { WEB_APP_ACCESS_TAG, ZAccessControlAccount } from './web-app-access.schemas';

export const searchAccessSubjectsMeta = route({
  method: 'GET',
  path: '/enterprise/webapp/app/subject/search',
  tags: [WEB_APP_ACCESS_TAG],
  summary: 'Workspace members who could be chosen to open a private web app',
  description: "Dify's enterprise path, served by Tessera itself: members whose name or email contains `keyword`. No groups exist, so a search in `groupId` finds nobody.",
});

export const ZSearchAccessSubjectsRequest = z.object({
  keyword: z.string().max(255).optional(),
  groupId: z.string().optional(),
  resultsPerPage: z.number().int().min(1).max(100).default(20),
  pageNumber: z.number().int().min(1).max(99999).default(1),
});

export const ZSearchAccessSubjectsResponse = z.object({
  currPage: z.number().int(),
  totalPages: z.number().int(),
  hasMore: z.boolean(),
  subjects: z.array(z.object({ subjectId: z.string(), subjectType: z.literal('account'), accountData: ZAccessControlAccount })),
});
