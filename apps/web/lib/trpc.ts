'use client';

import { createTRPCContext } from '@trpc/tanstack-react-query';
import { type ConsoleRouter } from '@tessera/api';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<ConsoleRouter>();
