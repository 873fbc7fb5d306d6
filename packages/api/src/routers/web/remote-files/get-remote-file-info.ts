import { remoteFileInfo, urlFromPath } from '../../../services/app-files/remote-file-info';
import { passportProcedure } from '../passport-procedure';
import { getRemoteFileInfoMeta, ZGetRemoteFileInfoRequest, ZGetRemoteFileInfoResponse } from './get-remote-file-info.types';

export const getRemoteFileInfoProcedure = passportProcedure
  .meta(getRemoteFileInfoMeta)
  .input(ZGetRemoteFileInfoRequest)
  .output(ZGetRemoteFileInfoResponse)
  .query(({ ctx, input }) => remoteFileInfo(ctx.deps, urlFromPath(input.url)));
