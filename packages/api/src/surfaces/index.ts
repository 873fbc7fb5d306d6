import { type Surface } from '../http/surface';
import { consoleSurface } from './console';
import { filesSurface, innerSurface, mcpSurface, webSurface } from './others';
import { serviceSurface } from './service';

/** Longest prefix first, so `/inner/api` is not taken for `/api`. */
export const SURFACES: Surface[] = [consoleSurface, innerSurface, serviceSurface, webSurface, filesSurface, mcpSurface];

export function surfaceFor(pathname: string): Surface | undefined {
  return SURFACES.find((s) => pathname === s.prefix || pathname.startsWith(`${s.prefix}/`));
}
