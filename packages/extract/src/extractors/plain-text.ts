/**
 * Decodes text files. A byte order mark picks UTF-16 or UTF-8 and is dropped; otherwise the bytes are read as
 * UTF-8, with invalid sequences replaced rather than failing the whole file.
 */
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  // TextDecoder drops a UTF-8 BOM by itself.
  return new TextDecoder('utf-8').decode(data);
}
