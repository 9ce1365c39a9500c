/** The search facets and their labels, in the order the search page shows them (shared by the build and the browser). */
export const FACETS = ['type', 'place', 'actor', 'year', 'confidence', 'status'] as const;
export type FacetName = (typeof FACETS)[number];

export const FACET_LABELS: Record<FacetName, string> = {
  type: 'Type',
  place: 'Place',
  actor: 'Actor',
  year: 'Year',
  confidence: 'Confidence',
  status: 'Status',
};

/** What a facet's values are, in the plural: "Show 2,000 actors". */
export const FACET_VALUE_NOUNS: Record<FacetName, string> = {
  type: 'types',
  place: 'places',
  actor: 'actors',
  year: 'years',
  confidence: 'confidence levels',
  status: 'statuses',
};
