import { router } from '../../trpc';
import { enterpriseRouter } from './enterprise/router';
import { pluginInvokeRouter } from './plugin/router';

/** The inner API (`/inner/api`) for trusted internal callers. */
export const innerRouter = router({
  enterprise: enterpriseRouter,
  plugin: pluginInvokeRouter,
});

export type InnerRouter = typeof innerRouter;
