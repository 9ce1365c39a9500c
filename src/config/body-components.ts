/** Components an entry body may use without importing them (listed in the README). */
export { BODY_COMPONENT_NAMES as BODY_COMPONENTS } from '../lib/markdown/body-components.ts';
