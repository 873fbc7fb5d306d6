import { authenticateWithPassword } from '../../../services/accounts/authenticate';
import { issueSession } from '../../../services/accounts/sessions';
import { assertSetupDone } from '../../../services/setup/setup';
import { resolveCurrentMembership } from '../../../services/workspaces/membership';
import { publicProcedure } from '../../../trpc';
import { loginMeta, ZLoginRequest, ZLoginResponse } from './login.types';
import { setSessionCookies } from './session-cookies';

export const NO_WORKSPACE_MESSAGE =
  'workspace not found, please contact system admin to invite you to join in a workspace';

export const loginProcedure = publicProcedure
  .meta(loginMeta)
  .input(ZLoginRequest)
  .output(ZLoginResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    const account = await authenticateWithPassword(ctx.deps, { ...input, ip: ctx.request.ip });
    if (!(await resolveCurrentMembership(ctx.deps.db, account.id))) {
      return { result: 'fail' as const, data: NO_WORKSPACE_MESSAGE };
    }
    const tokens = await issueSession(ctx.deps, account, ctx.request.ip);
    setSessionCookies(ctx, tokens);
    return { result: 'success' as const, data: tokens };
  });
