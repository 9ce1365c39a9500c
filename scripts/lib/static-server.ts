/**
 * A minimal static file server for built sites, serving `dir` under a base path on loopback.
 * Text is sent gzipped to a client that accepts it, as static hosts send it, so that what the
 * search benchmark counts is what a reader would download (Pagefind's own files and the
 * lexicon are gzipped on disk already).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content types worth compressing: text, JSON, XML and SVG (images and WebAssembly are compressed already or barely). */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml)|image\/svg)/;

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

/** The path a request names, or undefined when its percent-escapes are malformed ("/%E0%A4%A"). */
function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

function resolveFile(dir: string, decoded: string): string | undefined {
  const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dir, safe);
  if (!candidate.startsWith(dir)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function serveStatic(dir: string, base: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const decoded = decodedPath(pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname);
    if (decoded === undefined || decoded.includes('\0')) {
      response.writeHead(400, { 'content-type': TYPES['.txt']! });
      response.end('Bad request: malformed path');
      return;
    }
    const file = pathname.startsWith(base) ? resolveFile(dir, decoded) : undefined;
    if (!file) {
      const notFound = join(dir, '404.html');
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && acceptsGzip(request);
    response.writeHead(200, {
      'content-type': type,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const stream = createReadStream(file).on('error', () => response.destroy());
    if (gzip) stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  });
  // A client that hangs up or sends garbage costs that one connection, never the server.
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}${base}`, server });
    });
  });
}
