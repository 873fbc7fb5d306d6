import { router } from '../../../trpc';
import { getAccessModeProcedure } from './get-access-mode';
import { listAccessSubjectsProcedure } from './list-access-subjects';
import { searchAccessSubjectsProcedure } from './search-access-subjects';
import { updateAccessModeProcedure } from './update-access-mode';

/** Web-app access control at Dify's enterprise paths. */
export const enterpriseRouter = router({
  accessMode: getAccessModeProcedure,
  setAccessMode: updateAccessModeProcedure,
  accessSubjects: listAccessSubjectsProcedure,
  searchAccessSubjects: searchAccessSubjectsProcedure,
});
