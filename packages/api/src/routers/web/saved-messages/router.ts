import { router } from '../../../trpc';
import { deleteSavedMessageProcedure } from './delete-saved-message';
import { getSavedMessageProcedure } from './get-saved-message';
import { listSavedMessagesProcedure } from './list-saved-messages';
import { saveMessageProcedure } from './save-message';

/** Answers a completion web app's visitor kept. */
export const webSavedMessagesRouter = router({
  list: listSavedMessagesProcedure,
  save: saveMessageProcedure,
  get: getSavedMessageProcedure,
  delete: deleteSavedMessageProcedure,
});
