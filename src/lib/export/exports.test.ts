/** Entry and knowledge-base JSON, events CSV, Atom feed and sitemap, on the valid fixture. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, contentWith } from '../../../tests/unit/fixture-content.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { csvField, toCsv } from './csv.ts';
import { entryJson, knowledgeBaseJson } from './entry-json.ts';
import { eventsCsv } from './events-csv.ts';
import { atomFeed, sitemap } from './feeds.ts';

const site = { name: 'Convergence Knowledge Base', base: '/kb/', origin: 'https://kb.example.org' };

/** The fixture plus an event that names the withheld actor and a former slug in its frontmatter. */
function knowledgeBase(): KnowledgeBase {
  const root = contentWith();
  writeFileSync(
    join(root, 'content/events/secret-meeting.mdx'),
    [
      '---',
      'title: "Meeting, with a \\"quote\\""',
      'summary: A fixture meeting with a withheld participant.',
      'date: "2015-02"',
      'kind: meeting',
      'participants:',
      '  - { actor: group-alpha, role: participant }',
      '  - { actor: secret-actor, role: participant }',
      'sources: [example-analysis]',
      '---',
      'Met.',
      '',
    ].join('\n'),
  );
  const result = check(root);
  expect(result.problems).toEqual([]);
  return result.knowledgeBase!;
}

const kb = knowledgeBase();
const bySlug = (slug: string) => kb.bySlug.get(slug)!;

describe('entryJson', () => {
  it('holds the typed data, the links and the backlinks, with absolute URLs', () => {
    const json = entryJson(kb, site, bySlug('example-clash'));
    expect(json).toMatchObject({ slug: 'example-clash', collection: 'events', url: 'https://kb.example.org/kb/events/example-clash/' });
    expect(json.data).toMatchObject({ date: '2014-11-13', reporting: 'disputed', casualties: { killed: 3 } });
    expect(json.links).toContainEqual({
      slug: 'group-a',
      collection: 'actors',
      relation: 'participant in',
      field: 'participants[0].actor',
      url: 'https://kb.example.org/kb/actors/group-a/',
    });
    expect(json.backlinks.map((b) => [b.slug, b.relation])).toContainEqual(['example-judgment', 'evidence for']);
  });

  it('turns a former slug into the live one and a withheld entry into null, leaking nothing', () => {
    const json = entryJson(kb, site, bySlug('secret-meeting'));
    expect(json.data.participants).toEqual([
      { actor: 'group-a', role: 'participant' },
      { actor: null, role: 'participant' },
    ]);
    expect(JSON.stringify(json)).not.toMatch(/secret-actor|Secret Actor/);
    expect(bySlug('secret-meeting').data).toMatchObject({ participants: [{ actor: 'group-alpha' }, { actor: 'secret-actor' }] });
  });

  it("keeps a citation's locator beside its source", () => {
    expect(entryJson(kb, site, bySlug('example-clash')).data.sources).toEqual([
      { source: 'example-analysis', locator: 'para. 2', quote: "neither side's media confirmed it", credibility: 3 },
    ]);
  });

  it('writes the release in one document without the withheld entry', () => {
    const all = knowledgeBaseJson(kb, site);
    expect(all).toMatchObject({ name: 'Convergence Knowledge Base', release: 'TLP:CLEAR' });
    expect(all.entries.map((e) => e.slug)).toContain('example-briefing');
    expect(JSON.stringify(all)).not.toMatch(/secret-actor|Secret Actor/);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes, line breaks or edge spaces', () => {
    expect(['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', 3, undefined].map(csvField)).toEqual([
      'plain',
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '" padded"',
      '3',
      '',
    ]);
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x.example","y")', `"'=HYPERLINK(""http://x.example"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
  ])('neutralises text a spreadsheet would run as a formula: %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('keeps numbers, negative ones included, as numbers', () => {
    expect([-3, 0, 12].map(csvField)).toEqual(['-3', '0', '12']);
  });

  it('writes one row per event, oldest first, with lists joined and withheld participants left out', () => {
    const [header, ...rows] = eventsCsv(kb, site).trimEnd().split('\r\n');
    expect(header).toBe('id,title,date,end_date,approximate,kind,reporting,places,participants,killed,wounded,sources,summary,url');
    expect(rows).toEqual([
      'example-clash,Example clash,2014-11-13,,false,clash,disputed,example-town,group-a (participant); group-b (participant),3,,example-analysis,' +
        'Group A and Group B clashed in Example Town.,https://kb.example.org/kb/events/example-clash/',
      'secret-meeting,"Meeting, with a ""quote""",2015-02,,false,meeting,reported,,group-a (participant),,,example-analysis,' +
        'A fixture meeting with a withheld participant.,https://kb.example.org/kb/events/secret-meeting/',
      'covert-meeting,Covert meeting,2015-03,,true,meeting,reported,example-town,group-a (participant),,,example-analysis,' +
        'A TLP:CLEAR fixture event one of whose participants is withheld from a TLP:CLEAR release.,https://kb.example.org/kb/events/covert-meeting/',
    ]);
  });
});

describe('feeds', () => {
  it('lists entries with an update date in an Atom feed, newest first, with absolute links', () => {
    const feed = atomFeed(kb, site);
    expect(feed).toContain('<id>https://kb.example.org/kb/</id>');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://kb.example.org/kb/feed.xml"/>');
    const ids = [...feed.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids[0]).toBe('https://kb.example.org/kb/briefings/example-briefing/');
    expect(ids).toContain('https://kb.example.org/kb/judgments/example-judgment/');
    expect(feed).toContain('<updated>2015-04-01T00:00:00Z</updated>');
    expect(feed).not.toMatch(/secret-actor|Secret Actor/);
  });

  it('lists every page in the sitemap, with the update date where the entry has one', () => {
    const xml = sitemap(kb, site);
    expect(xml).toContain('<url><loc>https://kb.example.org/kb/</loc></url>');
    expect(xml).toContain('<url><loc>https://kb.example.org/kb/actors/</loc></url>');
    expect(xml).toContain('<url><loc>https://kb.example.org/kb/judgments/example-judgment/</loc><lastmod>2015-04</lastmod></url>');
    expect(xml.match(/<url>/g)).toHaveLength(1 + 7 + kb.bySlug.size);
    expect(xml).not.toMatch(/secret-actor|Secret Actor/);
  });
});
