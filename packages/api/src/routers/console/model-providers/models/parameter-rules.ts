import { getParameterRules } from '../../../../services/model-providers/parameter-rules';
import { authedProcedure } from '../../../../trpc';
import { parameterRulesMeta, ZParameterRulesRequest, ZParameterRulesResponse } from './parameter-rules.types';

export const parameterRulesProcedure = authedProcedure
  .meta(parameterRulesMeta)
  .input(ZParameterRulesRequest)
  .output(ZParameterRulesResponse)
  .query(({ ctx, input }) => getParameterRules(ctx.deps, ctx.actor, input));
