// Exits 0 when a Postgres server answers at the URL given, 1 otherwise.
import net from 'node:net';

const url = new URL(process.argv[2]);
const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432) });
socket.setTimeout(2000);
socket.on('connect', () => {
  socket.end();
  process.exit(0);
});
for (const event of ['error', 'timeout']) socket.on(event, () => process.exit(1));
