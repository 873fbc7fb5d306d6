import { MAX_ITERATION_LIMIT } from '../config/validation/validate-agent-mode';

/** Dify's default when an agent config sets none. */
export const DEFAULT_MAX_ITERATION = 5;

/** Model calls an agent run may make: `max_iteration` tool rounds plus one last call that must answer. */
export function iterationLimit(maxIteration: number | undefined): number {
  const rounds = Math.min(Math.max(maxIteration ?? DEFAULT_MAX_ITERATION, 1), MAX_ITERATION_LIMIT);
  return rounds + 1;
}
