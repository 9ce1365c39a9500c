/** URLs of pages, under the site's base path. */
import type { CollectionName } from './schema/index.ts';

/** "/kb/" + "actors/x/" → "/kb/actors/x/"; the base may or may not end in a slash. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export function entryPath(base: string, collection: CollectionName, slug: string): string {
  return withBase(base, `${collection}/${slug}/`);
}

export function collectionPath(base: string, collection: CollectionName): string {
  return withBase(base, `${collection}/`);
}

/** The published archived text of a source (`archive: public`). */
export function archivePath(base: string, slug: string): string {
  return withBase(base, `sources/${slug}/archive.txt`);
}

/** Where the entries of an edition live: `<base>editions/<name>/`, their paths below as under the base. */
export function editionBase(base: string, edition: string): string {
  return withBase(base, `editions/${edition}/`);
}

/** An entry as it stood at an edition. */
export function editionEntryPath(base: string, edition: string, collection: CollectionName, slug: string): string {
  return entryPath(editionBase(base, edition), collection, slug);
}
