/** The origin to complete path-only permalinks with on this page (see permalinkOrigin in the core). */
import { PUBLIC_ORIGIN_GLOBAL, permalinkOrigin } from '../lib/site.ts';

export function publicOrigin(): string | undefined {
  const declared = (window as unknown as Record<string, unknown>)[PUBLIC_ORIGIN_GLOBAL];
  return permalinkOrigin(typeof declared === 'string' ? declared : undefined, location.origin);
}
