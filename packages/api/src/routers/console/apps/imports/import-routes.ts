import { z } from 'zod';
import { definePlainRoute, jsonBody } from '../../../../http/plain-route';
import { type PlainRoute } from '../../../../http/surface';
import { confirmImport, importApp, type ImportResult } from '../../../../services/dsl/import-app';
import { IMPORT_RESPONSES, ZImport, ZImportBody } from './import-routes.types';

/** Dify answers an import's outcome in the HTTP status, with the Import body every time. */
function answer(outcome: ImportResult): Response {
  const status = outcome.status === 'failed' ? 400 : outcome.status === 'pending' ? 202 : 200;
  return Response.json(ZImport.parse(outcome), { status });
}

const importRoute = definePlainRoute({
  method: 'POST',
  path: '/apps/imports',
  auth: 'console',
  tags: ['Apps'],
  summary: 'Import an app from a DSL file (YAML text or URL)',
  description:
    'Creates an app, or with `app_id` replaces a workflow app’s draft. A DSL of another major version is `pending` until confirmed. ' +
    'URLs are fetched through the SSRF guard (GitHub page URLs are read as raw files), 10 MB at most.',
  body: jsonBody(ZImportBody),
  responses: IMPORT_RESPONSES,
  async handle({ ctx, caller, body }) {
    return answer(await importApp(ctx.deps, caller, { ...body, mode: body.mode }));
  },
});

const confirmRoute = definePlainRoute({
  method: 'POST',
  path: '/apps/imports/{import_id}/confirm',
  auth: 'console',
  tags: ['Apps'],
  summary: 'Finish a pending import',
  description: 'Pending imports are kept ten minutes, for the workspace that started them.',
  params: z.object({ import_id: z.string() }),
  responses: IMPORT_RESPONSES,
  async handle({ ctx, caller, params }) {
    return answer(await confirmImport(ctx.deps, caller, params.import_id));
  },
});

export const appImportRoutes: PlainRoute[] = [importRoute, confirmRoute];
