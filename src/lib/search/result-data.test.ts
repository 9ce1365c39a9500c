import { describe, expect, it } from 'vitest';
import { knowledgeBaseOptions } from '../../config/build-options.ts';
import { loadKnowledgeBase } from '../knowledge-base.ts';
import { bodyText, headerFields, searchFields } from './fields.ts';
import { searchOrder } from './lexicon.ts';
import { searchRecord } from './record.ts';
import { phraseFields, resultData, resultFile } from './result-data.ts';

const { knowledgeBase: kb, problems } = loadKnowledgeBase(
  knowledgeBaseOptions({ contentDir: 'tests/fixtures/search', release: 'TLP:CLEAR', base: '/kb/' }),
);
if (!kb) throw new Error(problems.map((p) => p.message).join('\n'));
const dataOf = (slug: string) => {
  const entry = kb.bySlug.get(slug)!;
  return resultData(entry, kb, searchRecord(entry, kb), { header: headerFields(entry), body: bodyText(kb, entry) });
};

describe('resultData', () => {
  it("gives the entry's address under the base path, its title and record metadata, empty ones left out", () => {
    const data = dataOf('raid-on-example-town');
    expect(data.url).toBe('/kb/events/raid-on-example-town/');
    expect(data.meta.title).toBe('Raid on Example Town');
    expect(data.meta.type).toMatch(/^Event/);
    expect(data.meta.summary).toBe(kb.bySlug.get('raid-on-example-town')!.data.summary);
    expect(Object.values(data.meta).every(Boolean)).toBe(true);
    expect(Object.keys(data.meta)).not.toContain('aliases');
  });

  it('gives the body as plain text, without markup or search keys, for the excerpt', () => {
    const { content } = dataOf('raid-on-example-town');
    expect(content.length).toBeGreaterThan(20);
    expect(content).not.toMatch(/[<>⁂]/);
  });

  it("joins an actor's aliases as the result reads them", () => {
    const actor = searchOrder(kb).find((entry) => entry.data.aliases.length > 1)!;
    expect(dataOf(actor.slug).meta.aliases).toBe(actor.data.aliases.join('; '));
  });

  it('gives the text search reads, field by field, empty fields left out: what a quoted phrase is looked for in', () => {
    const actor = searchOrder(kb).find((entry) => entry.collection === 'actors' && entry.data.aliases.length > 1)!;
    const body = bodyText(kb, actor);
    const fields = searchFields(actor, body).flatMap(({ text }) => (text ? [text] : []));
    expect(phraseFields(dataOf(actor.slug))).toEqual(fields);
    expect(fields.slice(0, 3)).toEqual([actor.data.title, ...actor.data.aliases.slice(0, 2)]);
    expect(fields.at(-1)).toBe(body);
  });
});

describe('resultFile', () => {
  it('names a file by position', () => {
    expect(resultFile(0)).toBe('0.json.gz');
    expect(resultFile(12345)).toBe('12345.json.gz');
  });
});
