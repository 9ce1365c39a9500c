import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, contentWith } from '../../../tests/unit/fixture-content.ts';
import type { EntryOf } from '../schema/index.ts';
import { bottomLine, briefingList, briefingView } from './briefing.ts';

const kb = check(contentWith()).knowledgeBase!;
const briefing = kb.bySlug.get('example-briefing') as EntryOf<'briefings'>;

describe('briefingView', () => {
  const view = briefingView(kb, briefing);

  it('gives each key judgment its number, anchor, likelihood, confidence and status', () => {
    expect(view.keyJudgments).toEqual([
      {
        number: 1,
        anchorId: 'judgment-example-judgment',
        text: 'Group A and Group B will likely keep fighting.',
        href: '/judgments/example-judgment/',
        likelihood: { term: 'Likely', range: '55–80%' },
        confidence: { label: 'Moderate', meaning: expect.stringContaining('credibly sourced') },
        status: 'Current',
      },
    ]);
  });

  it('shows the particulars, and the sources with their two-part Admiralty grade and where they are cited', () => {
    expect(view).toMatchObject({ dateLabel: '10 April 2015', authors: ['A. Analyst'], audience: 'Fixture readers', readingMinutes: 1 });
    expect(view.sources).toEqual([
      {
        ref: 3,
        slug: 'example-analysis',
        title: 'Example analysis',
        href: '/sources/example-analysis/',
        detail: 'A. Analyst. Example Publisher. Apr 2015',
        citedBy: 'key judgment 1 (para. 3)',
        grades: [{ text: 'B2', meaning: 'Admiralty grade B2: source: usually reliable; information: probably true.' }],
        reliability: { grade: 'B', meaning: 'Usually reliable' },
      },
    ]);
    expect(view.appendix.map((g) => [g.heading, g.items.map((i) => `${i.title}: ${i.citedBy}`)])).toEqual([
      ['Events', ['Example clash: key judgment 1 (supports)']],
      ['Relationships', ['Group A – Group B rivalry: key judgment 1 (context)']],
    ]);
  });
});

describe('a key judgment above the release level', () => {
  it('is a numbered row that says "withheld", with nothing of the judgment', () => {
    const root = contentWith();
    writeFileSync(
      join(root, 'content/judgments/amber-judgment.mdx'),
      [
        '---',
        'title: Amber judgment text',
        'summary: Withheld.',
        'marking: TLP:AMBER',
        'confidence: high',
        'issued: "2015"',
        'about: [group-a]',
        'sources: [example-analysis]',
        '---',
        'Body.',
      ].join('\n'),
    );
    writeFileSync(
      join(root, 'content/briefings/mixed-briefing.mdx'),
      [
        '---',
        'title: Mixed briefing',
        'summary: Two judgments.',
        'date: "2015-06"',
        'keyJudgments: [amber-judgment, example-judgment]',
        '---',
        'Text.',
      ].join('\n'),
    );
    const clear = check(root).knowledgeBase!;
    const rows = briefingView(clear, clear.bySlug.get('mixed-briefing') as EntryOf<'briefings'>).keyJudgments;
    expect(rows[0]).toEqual({ number: 1, text: 'withheld' });
    expect(rows[1]!.number).toBe(2);
    // Newest first; only the judgment in this release is counted.
    expect(briefingList(clear).map((b) => [b.slug, b.keyJudgmentCount])).toEqual([
      ['mixed-briefing', 1],
      ['example-briefing', 1],
    ]);
  });
});

describe('briefingList', () => {
  it('lists the briefings newest first with their bottom line', () => {
    expect(briefingList(kb).map((b) => [b.title, b.dateLabel, b.bottomLine, b.keyJudgmentCount])).toEqual([
      ['Example briefing', '10 April 2015', 'the fixture groups remain rivals.', 1],
    ]);
  });
});

describe('bottomLine', () => {
  it('drops a label the author wrote into the summary, since the page gives its own', () => {
    expect(bottomLine('BLUF: Despite open hostility, units cooperated.')).toBe('Despite open hostility, units cooperated.');
    expect(bottomLine('Bottom line up front — they cooperate.')).toBe('they cooperate.');
    expect(bottomLine('Blufs and bluster are not labels.')).toBe('Blufs and bluster are not labels.');
  });
});
