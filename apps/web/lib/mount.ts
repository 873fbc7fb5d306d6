import { getRuntime } from '@tessera/api/runtime';

/** Every REST surface is served by the API runtime by its full path; the route files only mount it. */
async function forwardToRuntime(req: Request): Promise<Response> {
  const runtime = await getRuntime();
  return runtime.handle(req);
}

export {
  forwardToRuntime as DELETE,
  forwardToRuntime as GET,
  forwardToRuntime as HEAD,
  forwardToRuntime as OPTIONS,
  forwardToRuntime as PATCH,
  forwardToRuntime as POST,
  forwardToRuntime as PUT,
};
