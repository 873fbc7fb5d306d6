import { router } from '../../../../trpc';
import { inviteMembersProcedure } from './invite-members';
import { listDatasetOperatorsProcedure } from './list-dataset-operators';
import { listMembersProcedure } from './list-members';
import { removeMemberProcedure } from './remove-member';
import { updateMemberRoleProcedure } from './update-member-role';

export const membersRouter = router({
  list: listMembersProcedure,
  datasetOperators: listDatasetOperatorsProcedure,
  invite: inviteMembersProcedure,
  remove: removeMemberProcedure,
  updateRole: updateMemberRoleProcedure,
});
