import { route } from '../../meta';
import { META_DESCRIPTION, ZAppMeta } from '../../app-metadata.schemas';

export const getMetaMeta = route({ method: 'GET', path: '/meta', tags: ['App'], summary: "Icons of the key's app's tools", description: META_DESCRIPTION });
export const ZGetMetaResponse = ZAppMeta;
