import { router } from '../../trpc';

/** The inner API (`/inner/api`) for trusted internal callers. */
export const innerRouter = router({});

export type InnerRouter = typeof innerRouter;
