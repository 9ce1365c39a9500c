/**
 * The components an entry body may use without importing them (the README documents them). On
 * the site they are Astro components (src/components/body/), rendered by @astrojs/mdx. The core
 * renders such a body only for what it knows of it without Astro, its text and headings (search,
 * the table of contents), so here each component stands for its text alone.
 */
import { Fragment, jsx, type Html } from './html-runtime.ts';

export const BODY_COMPONENT_NAMES = ['Aside', 'Assessment', 'Quote'] as const;

/** Attributes of a component that name an entry: checked like wiki-links and shown as backlinks. */
export const COMPONENT_REFERENCES: Readonly<Record<string, string>> = { Quote: 'source' };

/** What an `<Assessment>` is called on the page: the analysis is this knowledge base's, not a source's. */
export const ASSESSMENT_LABEL = 'Assessment: this knowledge base’s analysis, not a source’s';

type Props = Record<string, unknown> & { children?: unknown };

/** Each component as its text: an Aside's title and content, the others' content. */
export const COMPONENT_TEXT: Record<(typeof BODY_COMPONENT_NAMES)[number], (props: Props) => Html> = {
  Aside: ({ title, children }) => jsx(Fragment, { children: [typeof title === 'string' ? jsx('p', { children: title }) : '', children] }),
  Assessment: ({ children }) => jsx(Fragment, { children }),
  Quote: ({ children }) => jsx('blockquote', { children }),
};
