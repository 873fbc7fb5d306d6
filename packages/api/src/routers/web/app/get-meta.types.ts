import { route } from '../../meta';
import { META_DESCRIPTION, ZAppMeta } from '../../app-metadata.schemas';

const summary = "Icons of the web app's tools";

export const getMetaMeta = route({ method: 'GET', path: '/meta', tags: ['App'], summary, description: META_DESCRIPTION });
/** The same answer under the path newer Dify web apps call. */
export const getAppMetaMeta = route({ method: 'GET', path: '/app/meta', tags: ['App'], summary, description: META_DESCRIPTION });
export const ZGetMetaResponse = ZAppMeta;
