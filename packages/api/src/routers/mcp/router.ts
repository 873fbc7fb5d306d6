import { router } from '../../trpc';

/** The MCP surface (`/mcp`). */
export const mcpRouter = router({});

export type McpRouter = typeof mcpRouter;
