/**
 * A search as a URL: `/search/?q=al-Qaeda&type=Event&place=Syria&place=Lebanon`, so a search
 * can be bookmarked and cited. Values of one filter are alternatives; filters combine (facet-table.ts).
 */
import { FACETS, type FacetName } from './facet-names.ts';

export interface SearchState {
  query: string;
  filters: Partial<Record<FacetName, string[]>>;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).filter(Boolean))];
    if (values.length) filters[facet] = values;
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

/** Query first, then the facets in their fixed order, so one search has one URL. */
export function stateToParams({ query, filters }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const facet of FACETS) for (const value of filters[facet] ?? []) params.append(facet, value);
  return params;
}

export function toggleFilter(state: SearchState, facet: FacetName, value: string, on: boolean): SearchState {
  const current = state.filters[facet] ?? [];
  const values = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const { [facet]: _dropped, ...rest } = state.filters;
  return { ...state, filters: values.length ? { ...rest, [facet]: values } : rest };
}
