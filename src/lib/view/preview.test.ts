import { describe, expect, it } from 'vitest';
import { check, contentWith } from '../../../tests/unit/fixture-content.ts';
import { entryPreview } from './preview.ts';

const kb = check(contentWith()).knowledgeBase!;

describe('entryPreview', () => {
  it('gives a judgment its status, issue date, confidence and likelihood', () => {
    expect(entryPreview(kb.bySlug.get('example-judgment')!)).toEqual({
      type: 'Judgment',
      title: 'Group A and Group B will likely keep fighting.',
      summary: 'The fixture judgment that the rivalry continues.',
      fields: [
        { label: 'Status', value: 'Current' },
        { label: 'Issued', value: 'Apr 2015' },
        { label: 'Confidence', value: 'Moderate' },
        { label: 'Likelihood', value: 'Likely (55–80%)' },
      ],
    });
  });

  it('gives an event its kind, date and reporting', () => {
    expect(entryPreview(kb.bySlug.get('example-clash')!).fields).toEqual([
      { label: 'Kind', value: 'Clash' },
      { label: 'Date', value: '13 Nov 2014' },
      { label: 'Reporting', value: 'Disputed' },
    ]);
  });
});
