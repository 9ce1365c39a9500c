/** The pipeline on the valid fixture: link graph, backlinks, release filtering, one resolver. */
import { describe, expect, it } from 'vitest';
import { backlinkGroups } from '../../src/lib/view/backlinks.ts';
import { entryFacts } from '../../src/lib/view/facts.ts';
import type { KnowledgeBase } from '../../src/lib/knowledge-base.ts';
import { check, contentWith } from './fixture-content.ts';

function knowledgeBase(release: Parameters<typeof check>[1] = 'TLP:CLEAR'): KnowledgeBase {
  const result = check(contentWith(), release);
  expect(result.problems).toEqual([]);
  return result.knowledgeBase!;
}

describe('link graph', () => {
  const kb = knowledgeBase();

  it('holds every frontmatter reference and body link as an edge, both ways', () => {
    const outgoing = kb.graph.outgoing.get('example-clash')!.map((e) => [e.target, e.relation, e.field ?? 'body']);
    expect(outgoing).toEqual([
      ['group-a', 'participant in', 'participants[0].actor'],
      ['group-b', 'participant in', 'participants[1].actor'],
      ['example-town', 'location of', 'places[0]'],
      ['example-analysis', 'cited by', 'sources[0]'],
      ['group-a', 'mentioned in', 'body'],
      ['group-b', 'mentioned in', 'body'],
      ['example-analysis', 'mentioned in', 'body'],
    ]);
    expect(
      kb.graph.incoming
        .get('example-analysis')!
        .map((e) => e.source)
        .sort(),
    ).toEqual(['covert-meeting', 'example-clash', 'example-clash', 'example-judgment', 'group-a-covert-tie', 'group-a-group-b-rivalry']);
  });

  it('resolves a former slug to the entry that took it over', () => {
    const mentions = kb.graph.incoming.get('group-a')!.filter((e) => e.source === 'group-b');
    expect(mentions).toHaveLength(1);
    const resolution = kb.resolve('group-alpha');
    expect(resolution.status === 'entry' && resolution.href).toBe('/actors/group-a/');
  });
});

describe('backlinks', () => {
  it('are grouped by collection, say how they link and show the sentence of a body link', () => {
    const groups = backlinkGroups(knowledgeBase(), 'group-b');
    expect(groups.map((g) => g.collection)).toEqual(['actors', 'events', 'relationships', 'judgments']);
    const fromEvent = groups[1]!.backlinks[0]!;
    expect(fromEvent.entry.slug).toBe('example-clash');
    expect(fromEvent.relations).toEqual(['participant in', 'mentioned in']);
    expect(fromEvent.contexts[0]!.map((piece) => piece.text).join('')).toBe(
      'The clash between Group A and Group B was reported by Example analysis.',
    );
    expect(fromEvent.contexts[0]!.find((piece) => piece.current)?.text).toBe('Group B');
  });

  it('of a place include its child place as "parent of"', () => {
    const groups = backlinkGroups(knowledgeBase(), 'example-country');
    const places = groups.find((g) => g.collection === 'places')!;
    expect(places.backlinks.map((b) => [b.entry.slug, b.relations])).toEqual([['example-town', ['parent of']]]);
  });
});

describe('release filtering', () => {
  it('leaves entries marked above the release out of everything, and links to them become "withheld"', () => {
    const kb = knowledgeBase('TLP:CLEAR');
    expect(kb.bySlug.has('secret-actor')).toBe(false);
    expect(kb.byCollection.actors.map((a) => a.slug)).not.toContain('secret-actor');
    expect(kb.graph.incoming.get('secret-actor')).toBeUndefined();
    expect(kb.graph.incoming.get('group-a')!.some((e) => e.source === 'secret-actor')).toBe(false);
    expect(kb.resolve('secret-actor')).toEqual({ status: 'withheld' });
    const mention = backlinkGroups(kb, 'group-a')
      .flatMap((g) => g.backlinks)
      .find((b) => b.entry.slug === 'group-b')!;
    expect(JSON.stringify(mention)).not.toContain('Secret Actor Codename');
  });

  it('reads the marking below a comment line that ends in "---" (it does not close the frontmatter)', () => {
    for (const release of ['TLP:CLEAR', 'TLP:AMBER'] as const) {
      const kb = knowledgeBase(release);
      expect(kb.bySlug.has('handled-actor')).toBe(false);
      expect(kb.resolve('handled-actor')).toEqual({ status: 'withheld' });
    }
    expect(knowledgeBase('TLP:RED').bySlug.get('handled-actor')?.data.marking).toBe('TLP:RED');
  });

  it('includes them in a release at their level', () => {
    const kb = knowledgeBase('TLP:AMBER');
    expect(kb.bySlug.has('secret-actor')).toBe(true);
    expect(kb.graph.incoming.get('group-a')!.some((e) => e.source === 'secret-actor')).toBe(true);
  });
});

describe('fact box', () => {
  it('links people and places, keeps date precision and explains controlled values', () => {
    const kb = knowledgeBase();
    const facts = entryFacts(kb, kb.bySlug.get('example-clash')!);
    const byLabel = Object.fromEntries(facts.map((row) => [row.label, row.values]));
    expect(byLabel.Date).toEqual([{ type: 'date', value: '2014-11-13', approximate: false }]);
    expect(byLabel.Participants![0]).toMatchObject({
      type: 'link',
      link: { text: 'Group A', href: '/actors/group-a/' },
      note: 'Participant',
    });
    expect(byLabel.Reporting).toEqual([{ type: 'text', text: 'Disputed', meaning: 'Accounts conflict.' }]);
    expect(byLabel.Sources![0]).toMatchObject({ link: { text: 'Example analysis' }, note: 'para. 2' });
    const judgment = Object.fromEntries(entryFacts(kb, kb.bySlug.get('example-judgment')!).map((r) => [r.label, r.values]));
    expect(judgment.Likelihood).toEqual([{ type: 'text', text: 'Likely', meaning: 'ICD 203: 55–80% probability' }]);
  });
});
