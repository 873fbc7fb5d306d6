import { errors } from '../../errors';

const DEFAULT_NAME = /^API KEY (\d+)$/i;

interface NamedCredential {
  id: string;
  name: string;
}

/** Dify's default names: "API KEY 1", "API KEY 2" … one past the highest number in use. */
export function nextCredentialName(existing: readonly string[]): string {
  const numbers = existing.map((name) => Number(DEFAULT_NAME.exec(name.trim())?.[1] ?? 0));
  return `API KEY ${Math.max(0, ...numbers) + 1}`;
}

/**
 * The name to store: the one asked for (trimmed) unless another credential has it; without one,
 * an update keeps its name and a new credential gets the next default.
 */
export function chooseCredentialName(requested: string | null | undefined, existing: NamedCredential[], selfId?: string): string {
  const name = requested?.trim();
  if (!name) {
    const current = selfId ? existing.find((c) => c.id === selfId)?.name : undefined;
    return current ?? nextCredentialName(existing.map((c) => c.name));
  }
  if (existing.some((c) => c.name === name && c.id !== selfId)) {
    throw errors.invalidParam(`Credential with name '${name}' already exists.`, 'name');
  }
  return name;
}
