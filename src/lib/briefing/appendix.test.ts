import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, contentWith } from '../../../tests/unit/fixture-content.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { EntryOf, Marking } from '../schema/index.ts';
import { compileAppendix, formatCitationMarks } from './appendix.ts';

/** The valid fixture plus a briefing that links entries in its body, a withheld one and a former slug among them. */
function knowledgeBase(release: Marking): KnowledgeBase {
  const root = contentWith();
  writeFileSync(
    join(root, 'content/briefings/linking-briefing.mdx'),
    [
      '---',
      'title: Linking briefing',
      'summary: A briefing that cites entries in its text.',
      'date: "2015-05"',
      'keyJudgments: [example-judgment]',
      '---',
      'Per [[example-analysis|the analysis]], [[group-alpha]] fought in the [[example-clash]].',
      'See also [[secret-actor]] and, again, [[group-a]]. Judgment: [[example-judgment]].',
    ].join('\n'),
  );
  const result = check(root, release);
  expect(result.problems).toEqual([]);
  return result.knowledgeBase!;
}

function briefing(kb: KnowledgeBase, slug: string): EntryOf<'briefings'> {
  return kb.bySlug.get(slug) as EntryOf<'briefings'>;
}

const listed = (appendix: ReturnType<typeof compileAppendix>) => ({
  groups: appendix.groups.map((g) => [g.collection, g.items.map((i) => i.entry.slug)]),
  sources: appendix.sources.map((s) => s.entry.slug),
});

describe('compileAppendix', () => {
  it('lists what the key judgments cite: their evidence by collection, and their sources', () => {
    const kb = knowledgeBase('TLP:CLEAR');
    const appendix = compileAppendix(kb, briefing(kb, 'example-briefing'));
    expect(listed(appendix)).toEqual({
      groups: [
        ['events', ['example-clash']],
        ['relationships', ['group-a-group-b-rivalry']],
      ],
      sources: ['example-analysis'],
    });
    expect(appendix.groups[0]!.items[0]!.citedBy).toEqual([{ judgment: 1, note: 'supports' }]);
    expect(appendix.sources[0]!.href).toBe('/sources/example-analysis/');
  });

  it('adds the entries the body links to, once each (a former slug is the same entry), not the key judgments again', () => {
    const kb = knowledgeBase('TLP:CLEAR');
    const appendix = compileAppendix(kb, briefing(kb, 'linking-briefing'));
    expect(listed(appendix)).toEqual({
      groups: [
        ['actors', ['group-a']],
        ['events', ['example-clash']],
        ['relationships', ['group-a-group-b-rivalry']],
      ],
      sources: ['example-analysis'],
    });
    const clash = appendix.groups[1]!.items[0]!;
    expect(formatCitationMarks(clash.citedBy)).toBe('briefing text; key judgment 1 (supports)');
    expect(formatCitationMarks(appendix.sources[0]!.citedBy)).toBe('briefing text; key judgment 1 (para. 3)');
  });

  it('leaves out an entry above the release level, and lists it when the release includes it', () => {
    const clear = knowledgeBase('TLP:CLEAR');
    const amber = knowledgeBase('TLP:AMBER');
    const actors = (kb: KnowledgeBase) =>
      compileAppendix(kb, briefing(kb, 'linking-briefing'))
        .groups.find((g) => g.collection === 'actors')!
        .items.map((i) => i.entry.slug);
    expect(actors(clear)).toEqual(['group-a']);
    expect(actors(amber)).toEqual(['group-a', 'secret-actor']);
  });
});

describe('formatCitationMarks', () => {
  it('names the briefing text first, then key judgments in order with their notes', () => {
    expect(
      formatCitationMarks([{ judgment: 3, note: 'context' }, { judgment: 1, note: 'para. 2' }, {}, { judgment: 3, note: 'supports' }]),
    ).toBe('briefing text; key judgment 1 (para. 2); key judgment 3 (context, supports)');
    expect(formatCitationMarks([{ judgment: 2 }])).toBe('key judgment 2');
  });
});
