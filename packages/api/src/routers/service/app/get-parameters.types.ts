import { route } from '../../meta';
import { PARAMETERS_DESCRIPTION, ZAppParameters } from '../../app-metadata.schemas';

export const getParametersMeta = route({
  method: 'GET',
  path: '/parameters',
  tags: ['App'],
  summary: "The key's app's features, input form and upload limits",
  description: PARAMETERS_DESCRIPTION,
});
export const ZGetParametersResponse = ZAppParameters;
