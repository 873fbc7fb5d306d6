import { z } from 'zod';
import { route } from '../../meta';
import { ZJobStarted, zReplyAction, ZReplySettingsBody } from '../../annotation.schemas';

export const annotationReplyActionMeta = route({
  method: 'POST',
  path: '/apps/annotation-reply/{action}',
  tags: ['Annotations'],
  summary: 'Turn annotation reply on or off (a job; both actions take the full settings)',
});
export const ZAnnotationReplyActionRequest = z.object({ action: zReplyAction, ...ZReplySettingsBody });
export const ZAnnotationReplyActionResponse = ZJobStarted;
