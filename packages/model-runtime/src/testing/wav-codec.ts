const SAMPLE_RATE = 8000;
const SILENCE_SECONDS = 0.1;
const TEXT_CHUNK_ID = 'ICMT';

/**
 * "Speech" the test server can hear back: a valid PCM WAV file of short silence whose LIST/INFO chunk carries
 * the spoken text, so text → speech → transcription round-trips exactly.
 */
export function encodeSpokenText(text: string): Uint8Array {
  const textBytes = Buffer.from(`${text}\0`, 'utf8');
  const comment = chunk(TEXT_CHUNK_ID, textBytes);
  const list = chunk('LIST', Buffer.concat([Buffer.from('INFO', 'ascii'), comment]));
  const fmt = Buffer.alloc(16);
  fmt.writeUInt16LE(1, 0);
  fmt.writeUInt16LE(1, 2);
  fmt.writeUInt32LE(SAMPLE_RATE, 4);
  fmt.writeUInt32LE(SAMPLE_RATE * 2, 8);
  fmt.writeUInt16LE(2, 12);
  fmt.writeUInt16LE(16, 14);
  const data = Buffer.alloc(Math.round(SAMPLE_RATE * SILENCE_SECONDS) * 2);
  const body = Buffer.concat([Buffer.from('WAVE', 'ascii'), chunk('fmt ', fmt), list, chunk('data', data)]);
  const header = Buffer.alloc(8);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(body.length, 4);
  return new Uint8Array(Buffer.concat([header, body]));
}

/** The text `encodeSpokenText` hid in a WAV file, or null for any other bytes. */
export function decodeSpokenText(bytes: Uint8Array): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 12 || buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') {
    return null;
  }
  for (const [id, content] of chunks(buffer, 12, buffer.length)) {
    if (id !== 'LIST' || content.toString('ascii', 0, 4) !== 'INFO') continue;
    for (const [infoId, value] of chunks(content, 4, content.length)) {
      if (infoId === TEXT_CHUNK_ID) return value.toString('utf8').replace(/\0+$/, '');
    }
  }
  return null;
}

function chunk(id: string, content: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(id, 0, 'ascii');
  header.writeUInt32LE(content.length, 4);
  const padding = content.length % 2 === 1 ? Buffer.alloc(1) : Buffer.alloc(0);
  return Buffer.concat([header, content, padding]);
}

function* chunks(buffer: Buffer, start: number, end: number): Generator<[string, Buffer]> {
  let offset = start;
  while (offset + 8 <= end) {
    const id = buffer.toString('ascii', offset, offset + 4);
    const size = buffer.readUInt32LE(offset + 4);
    const contentEnd = Math.min(offset + 8 + size, end);
    yield [id, buffer.subarray(offset + 8, contentEnd)];
    offset = contentEnd + (size % 2);
  }
}
