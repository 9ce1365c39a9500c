/** `npm run new -- <collection> "Title" [--actor slug:role] [--source slug] …`: scaffolds an entry. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../src/config/build-options.ts';
import { buildOptionsOrExit, parseArgsOrExit } from './lib/options.ts';
import { REQUIRED_OPTIONS, scaffoldEntry } from '../src/lib/authoring/scaffold.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { COLLECTIONS, isCollectionName } from '../src/lib/schema/index.ts';

const { positionals, values } = parseArgsOrExit(
  {
    allowPositionals: true,
    options: Object.fromEntries(
      ['actor', 'source', 'from', 'to', 'about', 'judgment'].map((name) => [name, { type: 'string' as const, multiple: true }]),
    ),
  },
  'usage: npm run new -- <collection> "Title" [--actor slug:role] [--source slug] [--from slug] [--to slug] [--about slug] [--judgment slug]',
);
const [collection, title] = positionals;

if (!collection || !isCollectionName(collection) || !title) {
  console.error(`Usage: npm run new -- <collection> "Title" [options]\n\nCollections: ${COLLECTIONS.join(', ')}\n`);
  for (const name of COLLECTIONS) {
    const required = REQUIRED_OPTIONS[name];
    if (required.length) console.error(`  ${name}: ${required.map((r) => `--${r.option} (${r.help})`).join(', ')}`);
  }
  process.exit(1);
}

const options = buildOptionsOrExit();
const content = loadContent(options);
const result = scaffoldEntry({
  collection,
  title,
  options: values as Record<string, string[]>,
  today: new Date().toISOString().slice(0, 10),
  existing: new Map(content.slugs.map((s) => [s.slug, s.collection])),
});
if ('errors' in result) {
  result.errors.forEach((error) => console.error(`✗ ${error}`));
  process.exit(1);
}
const folder = join(options.contentDir, collection);
const file = join(folder, `${result.slug}.mdx`);
if (existsSync(file)) {
  console.error(`✗ ${relative(projectRoot, file)} already exists`);
  process.exit(1);
}
mkdirSync(folder, { recursive: true });
writeFileSync(file, result.text);
result.notes.forEach((note) => console.log(`Note: ${note}.`));
console.log(`✓ Created ${relative(projectRoot, file)}\n  Fill in the summary and body, then run \`npm run check\`.`);
