import { describe, expect, it } from 'vitest';
import { knowledgeBaseOptions } from '../../config/build-options.ts';
import { loadKnowledgeBase } from '../knowledge-base.ts';
import { spanOnAxis, timeAxis, timeline } from './timeline.ts';

const { knowledgeBase: kb } = loadKnowledgeBase(knowledgeBaseOptions());

describe('the timeline', () => {
  const events = timeline(kb!);

  it('spans a partial date over the days it may mean', () => {
    const pledge = events.find((event) => event.slug === 'ifriqiyya-media-pledge-to-islamic-state')!;
    expect([pledge.date, pledge.first, pledge.last, pledge.precision]).toEqual(['2014-11', '2014-11-01', '2014-11-30', 'month']);
    const lebanon = events.find((event) => event.slug === 'is-nusra-cooperation-lebanon-2014')!;
    expect([lebanon.first, lebanon.last]).toEqual(['2014-08-01', '2014-10-31']);
  });

  it('orders by first possible day, then the shorter span first', () => {
    const keys = events.map((event) => `${event.first} ${event.last}`);
    expect([...keys].sort()).toEqual(keys);
    const november = events.filter((event) => event.first === '2014-11-01').map((event) => event.last);
    expect(november[0]).toBe('2014-11-30');
  });

  it('keeps the places containing an event for the place filter', () => {
    const yarmouk = events.find((event) => event.slug === 'yarmouk-camp-assault-2015')!;
    expect(yarmouk.placeKeys).toEqual(['yarmouk-camp', 'damascus', 'syria']);
  });
});

describe('the time axis', () => {
  it('runs over whole years and places spans in percent', () => {
    const axis = timeAxis([
      { first: '2014-02-01', last: '2014-02-28' },
      { first: '2015-04-01', last: '2015-04-30' },
    ])!;
    expect(axis.first).toBe('2014-01-01');
    expect(axis.last).toBe('2015-12-31');
    expect(axis.years).toEqual([
      { year: 2014, offset: 0 },
      { year: 2015, offset: 50 },
    ]);
    expect(spanOnAxis(axis, '2015-01-01', '2015-12-31')).toEqual({ left: 50, width: 50 });
    expect(timeAxis([])).toBeUndefined();
  });
});
