// The OpenAI-compatible test model server in a process of its own, so the arms measured against it
// do not share its event loop. Prints its URL, then serves until killed.
import { startTestModelServer } from '@tessera/model-runtime/testing';

const server = await startTestModelServer();
console.log(JSON.stringify({ url: server.url, openaiBaseUrl: server.openaiBaseUrl }));
process.on('SIGTERM', () => void server.close().finally(() => process.exit(0)));
