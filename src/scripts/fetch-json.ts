/**
 * A JSON file gzipped on disk (the search's own data: the facet table, the lexicon, the result
 * files), decompressed here as Pagefind does its files, unless the server already sent it
 * decoded. Revalidated on each load: it changes with every build.
 */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
  const bytes = await response.blob();
  const head = new Uint8Array(await bytes.slice(0, 2).arrayBuffer());
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const text = gzipped ? await new Response(bytes.stream().pipeThrough(new DecompressionStream('gzip'))).text() : await bytes.text();
  return JSON.parse(text) as T;
}
