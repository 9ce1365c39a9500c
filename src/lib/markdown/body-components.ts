/**
 * The components an entry body may use without importing them. Each is a function of its
 * attributes (plain strings, as the check requires) and children, writing HTML through the same
 * escaping runtime as the rest of the body. The README documents them.
 */
import type { LinkResolver } from '../links.ts';
import { jsx, type Html } from './html-runtime.ts';

export const BODY_COMPONENT_NAMES = ['Aside', 'Assessment', 'Quote'] as const;

/** Attributes of a component that name an entry: checked like wiki-links and shown as backlinks. */
export const COMPONENT_REFERENCES: Readonly<Record<string, string>> = { Quote: 'source' };

type Props = Record<string, unknown> & { children?: unknown };

/** What an `<Assessment>` is called on the page: the analysis is this knowledge base's, not a source's. */
export const ASSESSMENT_LABEL = 'Assessment: this knowledge base’s analysis, not a source’s';

export function bodyComponents(resolve: LinkResolver): Record<(typeof BODY_COMPONENT_NAMES)[number], (props: Props) => Html> {
  return {
    /** A note set apart from the text: `<Aside title="Caveat">…</Aside>`. */
    Aside: ({ title, children }) =>
      jsx('div', {
        className: 'callout',
        role: 'note',
        children: [jsx('p', { className: 'callout-title', children: typeof title === 'string' ? title : 'Note' }), children],
      }),
    /**
     * The knowledge base's own analysis, set apart from what the sources say: `<Assessment>…</Assessment>`.
     * Labelled in words (not by colour alone), on screen and in print.
     */
    Assessment: ({ children }) =>
      jsx('div', {
        className: 'assessment',
        role: 'note',
        'aria-label': ASSESSMENT_LABEL,
        children: [jsx('p', { className: 'assessment-label', children: ASSESSMENT_LABEL }), children],
      }),
    /**
     * A short quotation attributed to a source entry: `<Quote source="slug" locator="para. 4">…</Quote>`.
     * A withheld source is named "withheld", as a wiki-link to it would be.
     */
    Quote: ({ source, locator, children }) => {
      const resolution = resolve(typeof source === 'string' ? source : '');
      const cited =
        resolution.status === 'entry'
          ? jsx('a', {
              href: resolution.href,
              className: 'wiki-link',
              'data-collection': resolution.entry.collection,
              children: resolution.entry.data.title,
            })
          : jsx('span', { className: 'withheld', children: 'withheld' });
      return jsx('figure', {
        className: 'body-quote',
        children: [
          jsx('blockquote', { children }),
          jsx('figcaption', { children: ['— ', cited, typeof locator === 'string' && locator ? `, ${locator}` : ''] }),
        ],
      });
    },
  };
}
