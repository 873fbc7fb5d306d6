import { type App, type AppMode } from '@tessera/db';
import { errors } from '../../errors';

/** Python's repr of a set of strings, as Dify's message prints the supported modes. */
const pySet = (modes: readonly AppMode[]) => `{${modes.map((mode) => `'${mode}'`).join(', ')}}`;

/**
 * Console routes that serve only some modes: Dify's app loader answers any other mode as if the
 * app did not exist, 404 `app_not_found`, naming the modes it would have taken.
 */
export function assertConsoleAppMode(app: App, modes: readonly AppMode[]): void {
  if (modes.includes(app.mode)) return;
  throw errors.notFound('app_not_found', `App mode is not in the supported list: ${pySet(modes)}`);
}
