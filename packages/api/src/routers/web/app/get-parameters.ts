import { z } from 'zod';
import { type PassportCaller } from '../../../callers';
import { type AppDeps } from '../../../deps';
import { callerAppParameters } from '../../../services/app-config/app-parameters';
import { passportProcedure } from '../passport-procedure';
import { getAppParametersMeta, getParametersMeta, ZGetParametersResponse } from './get-parameters.types';

const answer = ({ ctx }: { ctx: { deps: AppDeps; passport: PassportCaller } }) => callerAppParameters(ctx.deps, ctx.passport);

export const getParametersProcedure = passportProcedure.meta(getParametersMeta).input(z.void()).output(ZGetParametersResponse).query(answer);
export const getAppParametersProcedure = passportProcedure.meta(getAppParametersMeta).input(z.void()).output(ZGetParametersResponse).query(answer);
