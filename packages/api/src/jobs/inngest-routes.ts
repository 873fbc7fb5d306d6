import { errors } from '../errors';
import { definePlainRoute } from '../http/plain-route';
import { type PlainRoute } from '../http/surface';

const docs: Record<'GET' | 'PUT' | 'POST', { summary: string; description: string }> = {
  GET: { summary: 'Inngest: describe the registered functions', description: 'Introspection for the Inngest server (signed in production).' },
  PUT: { summary: 'Inngest: register the functions with the server', description: 'The Inngest server (or a deploy hook) syncs the app here.' },
  POST: { summary: 'Inngest: run a function step', description: 'The Inngest server calls this with a signed request to run the next step of a run.' },
};

/**
 * `/api/inngest`, where a real Inngest server (INNGEST_BASE_URL) registers and calls Tessera's
 * background functions. The SDK's handler checks the server's signature itself (INNGEST_SIGNING_KEY,
 * or none with INNGEST_DEV=1). Without a server, jobs run in-process and the path does not exist.
 */
function inngestRoute(method: 'GET' | 'PUT' | 'POST'): PlainRoute {
  return definePlainRoute({
    method,
    path: '/inngest',
    auth: 'none',
    tags: ['Background jobs'],
    operationId: `${method.toLowerCase()}Inngest`,
    ...docs[method],
    responses: {
      200: { description: "The Inngest SDK's answer", content: { 'application/json': { schema: { type: 'object' } } } },
      206: { description: 'Step results for the Inngest server', content: { 'application/json': { schema: { type: 'array' } } } },
      401: { description: 'The request was not signed by the Inngest server' },
      404: { description: 'No Inngest server is configured: jobs run in-process' },
    },
    async handle({ ctx, req }) {
      const serve = ctx.deps.jobs.serve;
      if (!serve) throw errors.notFound();
      return serve(req);
    },
  });
}

export const inngestRoutes: PlainRoute[] = [inngestRoute('GET'), inngestRoute('PUT'), inngestRoute('POST')];
