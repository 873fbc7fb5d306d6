/** Matches `/apps/{app_id}/api-keys` against a concrete path; returns the params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const segment = want[i] as string;
    const actual = have[i] as string;
    if (segment.startsWith('{') && segment.endsWith('}')) {
      const value = safeDecode(actual);
      if (value === null) return null;
      params[segment.slice(1, -1)] = value;
    } else if (segment !== actual) return null;
  }
  return params;
}

/** A malformed escape (`%E0`) matches nothing rather than failing the request. */
function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
