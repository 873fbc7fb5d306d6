import { route } from '../../meta';
import { PARAMETERS_DESCRIPTION, ZAppParameters } from '../../app-metadata.schemas';

const summary = "The web app's features, input form and upload limits";

export const getParametersMeta = route({ method: 'GET', path: '/parameters', tags: ['App'], summary, description: PARAMETERS_DESCRIPTION });
/** The same answer under the path newer Dify web apps call. */
export const getAppParametersMeta = route({ method: 'GET', path: '/app/parameters', tags: ['App'], summary, description: PARAMETERS_DESCRIPTION });
export const ZGetParametersResponse = ZAppParameters;
