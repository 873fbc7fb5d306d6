import { router } from '../../../trpc';
import { listBuiltinToolsProcedure } from './list-builtin-tools';

/** The tools agents can be given (the provider icons are a plain route: `builtin-tool-icon.ts`). */
export const toolProvidersRouter = router({
  listBuiltin: listBuiltinToolsProcedure,
});
