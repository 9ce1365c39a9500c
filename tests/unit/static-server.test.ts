import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
writeFileSync(join(dir, 'index.html'), '<p>home</p>');
const served = await serveStatic(dir, '/kb/');
afterAll(() => served.server.close());

/** The status of a raw GET: node's own client sends the path as written, malformed escapes included. */
function status(path: string): Promise<number> {
  const { port } = new URL(served.url);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('serveStatic', () => {
  it.each(['/kb/%E0%A4%A', '/kb/%', '/kb/%00', '/%E0%A4%A'])('answers %s with 400 and keeps serving', async (path) => {
    expect(await status(path)).toBe(400);
    expect(await status('/kb/')).toBe(200);
  });

  it('serves files under the base path and 404 elsewhere', async () => {
    expect(await status('/kb/index.html')).toBe(200);
    expect(await status('/kb/missing/')).toBe(404);
    expect(await status('/other/')).toBe(404);
  });
});
