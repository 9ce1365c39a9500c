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

/** The integration's own hook: the check of this build. */
export const BUILD_CHECK_HOOK = 'knowledge-base:build-check';

/**
 * A hook the integration calls on every integration when the build starts waiting for the search
 * index (true) and when it has it (false), so that a failure while waiting is told as the index's.
 */
export const INDEX_WAIT_HOOK = 'knowledge-base:search-index-wait';

declare global {
  // Astro declares its hooks in this global namespace; extending it is the documented way.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Astro {
    interface IntegrationHooks {
      /** This build's check; undefined outside `astro build` (dev, sync), where the loader loads itself. */
      [BUILD_CHECK_HOOK]: () => CheckResult | undefined;
      /** The build waits for the search index (true), or has it (false). */
      [INDEX_WAIT_HOOK]: (waiting: boolean) => void;
    }
  }
}

/** The check this build ran, if the config is a build's with the knowledge-base integration. */
export function buildCheckOf(config: AstroConfig): CheckResult | undefined {
  return config.integrations.find((integration) => integration.name === INTEGRATION_NAME)?.hooks[BUILD_CHECK_HOOK]?.();
}
