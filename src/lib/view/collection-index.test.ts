import { describe, expect, it } from 'vitest';
import { check, contentWith } from '../../../tests/unit/fixture-content.ts';
import { INDEX_COLUMNS, indexRows } from './collection-index.ts';

const kb = check(contentWith()).knowledgeBase!;

describe('indexRows', () => {
  it('gives a judgment its status as its kind, and its likelihood and confidence, sorting by meaning', () => {
    const [row] = indexRows(kb, 'judgments');
    expect(INDEX_COLUMNS.judgments).toEqual({ kind: 'Status', details: ['Likelihood', 'Confidence'] });
    expect(row).toMatchObject({ kind: 'current', kindLabel: 'Current' });
    expect(row!.details).toEqual([
      { text: 'Likely (55–80%)', sortKey: '04' },
      { text: 'Moderate', sortKey: '01' },
    ]);
  });

  it('gives a source its Admiralty reliability grade', () => {
    expect(indexRows(kb, 'sources')[0]!.details).toEqual([{ text: 'B: Usually reliable', sortKey: '01' }]);
  });

  it('gives every row as many details as its collection has further columns', () => {
    for (const collection of ['actors', 'events', 'places'] as const) {
      for (const row of indexRows(kb, collection)) expect(row.details).toHaveLength(INDEX_COLUMNS[collection].details.length);
    }
  });
});
