/**
 * Input values an embedding page hands to `/chatbot/{code}`: the embed script puts each one in the
 * query string gzip-compressed and Base64-encoded (Dify's format), so long values fit in a URL.
 */
export async function decodeEmbedValue(encoded: string): Promise<string> {
  const bytes = Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

export async function encodeEmbedValue(value: string): Promise<string> {
  const stream = new Blob([value]).stream().pipeThrough(new CompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The values for the app's own variables; `sys.` and `user.` parameters and unknown names are left out. */
export async function embedInputs(search: URLSearchParams, variables: string[]): Promise<Record<string, string>> {
  const inputs: Record<string, string> = {};
  for (const variable of variables) {
    const encoded = search.get(variable);
    if (!encoded) continue;
    try {
      inputs[variable] = await decodeEmbedValue(encoded);
    } catch {
      // a value that is not Dify's encoding is taken as written
      inputs[variable] = encoded;
    }
  }
  return inputs;
}
