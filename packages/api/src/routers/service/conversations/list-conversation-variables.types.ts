import { z } from 'zod';
import { ZConversationVariable } from '../../../services/conversations/conversation-variables';
import { zScrollOf, zCursorId, zScrollLimit } from '../../../paging';
import { route } from '../../meta';
import { ZConversationPath } from '../../end-user-inputs.schemas';
import { zUser } from '../service-user.schemas';

export const listConversationVariablesMeta = route({
  method: 'GET',
  path: '/conversations/{conversation_id}/variables',
  tags: ['Conversations'],
  summary: "Variables of one of the end user's conversations (advanced-chat apps keep them; basic apps have none)",
});

const SUSPICIOUS = ["'", '"', ';', '--', '/*', '*/', 'xp_', 'sp_'];

/** Dify's filter rule: 1–255 of `[A-Za-z0-9_.-]`, and none of the fragments of SQL it refuses. */
const zVariableName = z
  .string()
  .max(255)
  .regex(/^[A-Za-z0-9_.-]+$/, 'must contain only letters, digits, "_", "." and "-"')
  .superRefine((value, ctx) => {
    const found = SUSPICIOUS.find((fragment) => value.toLowerCase().includes(fragment));
    if (found) ctx.addIssue({ code: 'custom', message: `Variable name contains invalid characters: ${found}` });
  });

export const ZListConversationVariablesRequest = ZConversationPath.extend({
  user: zUser,
  last_id: zCursorId,
  limit: zScrollLimit,
  variable_name: zVariableName.optional(),
});
export const ZListConversationVariablesResponse = zScrollOf(ZConversationVariable);
