export interface ServiceEndpoint {
  method: string;
  path: string;
  summary: string;
}

type Document = { paths?: Record<string, Record<string, { summary?: string }>> };
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** The Service API operations an app of this mode can use, read from the served OpenAPI document. */
export function endpointsForMode(document: Document, mode: string): ServiceEndpoint[] {
  const chat = mode !== 'completion' && mode !== 'workflow';
  const skip = (path: string) =>
    path.startsWith('/datasets') ||
    (!chat && (path.startsWith('/chat-messages') || path.startsWith('/conversations') || path === '/messages' || path.startsWith('/messages/{message_id}/suggested'))) ||
    (chat && path.startsWith('/completion-messages')) ||
    (mode !== 'workflow' && path.startsWith('/workflows'));
  const endpoints: ServiceEndpoint[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (skip(path)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) endpoints.push({ method: method.toUpperCase(), path, summary: operation.summary ?? '' });
    }
  }
  return endpoints;
}
