import { router } from '../../trpc';

/** The files surface (`/files`): signed previews and downloads. */
export const filesRouter = router({});

export type FilesRouter = typeof filesRouter;
