import { z } from 'zod';
import { type PassportCaller } from '../../../callers';
import { type AppDeps } from '../../../deps';
import { callerAppMeta } from '../../../services/app-config/app-meta';
import { passportProcedure } from '../passport-procedure';
import { getAppMetaMeta, getMetaMeta, ZGetMetaResponse } from './get-meta.types';

const answer = ({ ctx }: { ctx: { deps: AppDeps; passport: PassportCaller } }) => callerAppMeta(ctx.deps, ctx.passport);

export const getMetaProcedure = passportProcedure.meta(getMetaMeta).input(z.void()).output(ZGetMetaResponse).query(answer);
export const getAppMetaProcedure = passportProcedure.meta(getAppMetaMeta).input(z.void()).output(ZGetMetaResponse).query(answer);
