/**
 * The site's settings, validated by src/lib/site-config.ts (each field is documented there).
 * KB_RELEASE, BASE_PATH, SITE_URL and CONTENT_DIR in the environment override them for one build.
 */
import { defineKbConfig } from './src/lib/site-config.ts';

export default defineKbConfig({
  name: 'Convergence Knowledge Base',
  release: 'TLP:CLEAR',
  base: '/',
  contentDir: 'content',
});
