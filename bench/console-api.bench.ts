// Console API through the real HTTP handler on an in-memory PGlite database: the per-request
// cost of routing, auth, validation, the query and the Dify envelope, without network noise.
import { createTestApp, seedOwner } from '@tessera/api/testing';
import { measure, printRow } from './measure';

export async function run(): Promise<void> {
  const app = await createTestApp();
  const owner = await seedOwner(app);
  for (let i = 0; i < 50; i++) {
    await app.request('POST', '/console/api/apps', { token: owner.token, json: { name: `App ${i}`, mode: 'chat' } });
  }
  printRow('GET /health', await measure(300, () => app.request('GET', '/health')));
  printRow('GET /console/api/setup (public)', await measure(500, () => app.request('GET', '/console/api/setup')));
  printRow('GET /console/api/apps?limit=20 (authed)', await measure(300, () => app.request('GET', '/console/api/apps', { token: owner.token, query: { limit: 20 } })));
  printRow('GET /console/api/apps, concurrency 8', await measure(300, () => app.request('GET', '/console/api/apps', { token: owner.token }), 8));
  printRow('POST /console/api/login (argon2id)', await measure(30, () => app.request('POST', '/console/api/login', { json: { email: owner.email, password: 'Passw0rd!x' } })));
  console.log(`rss=${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)}MB`);
  await app.close();
}
