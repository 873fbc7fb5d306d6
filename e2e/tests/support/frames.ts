/**
 * Reads Dify's length-prefixed frames (14-byte little-endian header, then a JSON payload), the
 * reply format of the inner API's streaming invocations, as the plugin daemon does.
 */
export function decodeFrames(bytes: Buffer): unknown[] {
  const payloads: unknown[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0x0f) throw new Error(`no frame at byte ${offset}`);
    const length = bytes.readUInt32LE(offset + 4);
    payloads.push(JSON.parse(bytes.subarray(offset + 14, offset + 14 + length).toString('utf8')));
    offset += 14 + length;
  }
  return payloads;
}
