import { z } from 'zod';
import { publicProcedure } from '../../../trpc';
import { getApiRootMeta, ZGetApiRootResponse } from './get-api-root.types';

/** The Dify release whose Service API this one matches; SDKs read it as the server version. */
export const COMPATIBLE_DIFY_VERSION = '1.12.1';

export const getApiRootProcedure = publicProcedure
  .meta(getApiRootMeta)
  .input(z.void())
  .output(ZGetApiRootResponse)
  .query(() => ({ welcome: 'Dify OpenAPI', api_version: 'v1' as const, server_version: COMPATIBLE_DIFY_VERSION }));
