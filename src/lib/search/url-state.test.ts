import { describe, expect, it } from 'vitest';
import { stateFromParams, stateToParams, toggleFilter } from './url-state.ts';

describe('search state in the URL', () => {
  it('reads the query and repeated filters, ignoring unknown and empty parameters', () => {
    const state = stateFromParams(new URLSearchParams('q=+al-Qaeda+&place=Syria&place=Lebanon&place=Syria&type=&utm=x'));
    expect(state).toEqual({ query: 'al-Qaeda', filters: { place: ['Syria', 'Lebanon'] } });
  });

  it('writes one URL per search, facets in a fixed order', () => {
    const params = stateToParams({ query: 'truce', filters: { year: ['2015'], type: ['Event'] } });
    expect(params.toString()).toBe('q=truce&type=Event&year=2015');
    expect(stateFromParams(params)).toEqual({ query: 'truce', filters: { type: ['Event'], year: ['2015'] } });
  });

  it('toggles a filter value on and off', () => {
    const on = toggleFilter({ query: '', filters: {} }, 'actor', 'Hezbollah', true);
    expect(on.filters).toEqual({ actor: ['Hezbollah'] });
    expect(toggleFilter(on, 'actor', 'Hezbollah', false).filters).toEqual({});
  });
});
