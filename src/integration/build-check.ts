/**
 * How the content loader gets the check `astro build` ran at its start: the integration answers a
 * hook of its own (Astro's documented way for integrations to offer more hooks), and every loader
 * is given the Astro config, which lists the integrations. The build then reads the content
 * folder once, and the search index is made from the same knowledge base as the pages.
 */
import type { AstroConfig } from 'astro';
import type { CheckResult } from '../lib/knowledge-base.ts';

/** The integration's name. */
export const INTEGRATION_NAME = 'knowledge-base';

/** The integration's own hook. */
export const BUILD_CHECK_HOOK = 'knowledge-base:build-check';

declare global {
  // Astro declares its hooks in this global namespace; extending it is the documented way.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Astro {
    interface IntegrationHooks {
      /** This build's check; undefined outside `astro build` (dev, sync), where the loader loads itself. */
      [BUILD_CHECK_HOOK]: () => CheckResult | undefined;
    }
  }
}

/** The check this build ran, if the config is a build's with the knowledge-base integration. */
export function buildCheckOf(config: AstroConfig): CheckResult | undefined {
  return config.integrations.find((integration) => integration.name === INTEGRATION_NAME)?.hooks[BUILD_CHECK_HOOK]?.();
}
