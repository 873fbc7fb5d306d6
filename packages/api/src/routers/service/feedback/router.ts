import { router } from '../../../trpc';
import { createFeedbackProcedure } from './create-feedback';
import { listAppFeedbacksProcedure } from './list-app-feedbacks';

/** Feedback on the Service API: end users rate their messages, integrators read them all. */
export const serviceFeedbackRouter = router({
  create: createFeedbackProcedure,
  listForApp: listAppFeedbacksProcedure,
});
