import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';
import { ZJobStarted, zReplyAction, ZReplySettingsBody } from '../../annotation.schemas';

export const annotationReplyActionMeta = route({
  method: 'POST',
  path: '/apps/{app_id}/annotation-reply/{action}',
  tags: ['Annotations'],
  summary: 'Turn annotation reply on or off (a job; both actions take the full settings)',
  description:
    '`enable` saves the score threshold and embedding model, then embeds every annotation with that model; `disable` turns reply ' +
    'off. While a job of the same action runs for the app, its id is answered with `job_status: processing`.',
});
export const ZAnnotationReplyActionRequest = ZAppIdInput.extend({ action: zReplyAction, ...ZReplySettingsBody });
export const ZAnnotationReplyActionResponse = ZJobStarted;
