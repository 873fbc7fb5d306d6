import { router } from '../../trpc';

/** The Service API surface (`/v1`), authenticated by app keys. */
export const serviceRouter = router({});

export type ServiceRouter = typeof serviceRouter;
