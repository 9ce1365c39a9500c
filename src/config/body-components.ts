/** Components an entry body may use without importing them (listed in the README). */
export const BODY_COMPONENTS: readonly string[] = [];
