import { z } from 'zod';
import { listBuiltinTools } from '../../../services/tools/list-builtin-tools';
import { authedProcedure } from '../../../trpc';
import { listBuiltinToolsMeta, ZListBuiltinToolsResponse } from './list-builtin-tools.types';

export const listBuiltinToolsProcedure = authedProcedure
  .meta(listBuiltinToolsMeta)
  .input(z.void())
  .output(ZListBuiltinToolsResponse)
  .query(({ ctx }) => listBuiltinTools(ctx.deps));
