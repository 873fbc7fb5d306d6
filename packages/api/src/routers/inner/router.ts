import { router } from '../../trpc';
import { enterpriseRouter } from './enterprise/router';

/** The inner API (`/inner/api`) for trusted internal callers. */
export const innerRouter = router({
  enterprise: enterpriseRouter,
});

export type InnerRouter = typeof innerRouter;
