import mammoth from 'mammoth';

export async function extractDocxText(data: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) });
  return value;
}
