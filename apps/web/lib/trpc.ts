'use client';

import { type inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { type ConsoleRouter } from '@tessera/api';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<ConsoleRouter>();

/** What each procedure answers, inferred from its zod output schema, so pages never restate the server's shapes. */
export type RouterOutputs = inferRouterOutputs<ConsoleRouter>;
