import { z } from 'zod';
import { listOutbox } from '../../../mail/outbox';
import { authedProcedure } from '../../../trpc';
import { getOutboxMeta, ZGetOutboxResponse } from './get-outbox.types';

export const getOutboxProcedure = authedProcedure
  .meta(getOutboxMeta)
  .input(z.void())
  .output(ZGetOutboxResponse)
  .query(async ({ ctx }) => ({ data: await listOutbox(ctx.deps, ctx.actor) }));
