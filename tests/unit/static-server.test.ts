import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
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

  it('sends text gzipped to a client that accepts it, and as it is to one that does not', async () => {
    const { port } = new URL(served.url);
    const get = (headers: Record<string, string>) =>
      new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: '/kb/index.html', headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    const gzipped = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(gzipped.encoding).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe('<p>home</p>');
    const plain = await get({});
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe('<p>home</p>');
  });

  it('serves files under the base path and 404 elsewhere', async () => {
    expect(await status('/kb/index.html')).toBe(200);
    expect(await status('/kb/missing/')).toBe(404);
    expect(await status('/other/')).toBe(404);
  });
});
