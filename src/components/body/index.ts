/** The Astro components entry bodies may use without an import, by the name a body writes. */
import type { BODY_COMPONENT_NAMES } from '../../lib/markdown/body-components.ts';
import Aside from './Aside.astro';
import Assessment from './Assessment.astro';
import Quote from './Quote.astro';

export const bodyComponents = { Aside, Assessment, Quote } satisfies Record<(typeof BODY_COMPONENT_NAMES)[number], unknown>;
