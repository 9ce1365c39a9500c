/**
 * A search sent from the header box to the search page asks it to put keyboard focus on the
 * first result, so the reader lands on the answer, not on the page's top (one flag for one
 * navigation, in this tab's session storage).
 */
const KEY = 'search-focus-first-result';

export function askToFocusFirstResult(): void {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    // Storage may be off: focus then stays where the browser puts it.
  }
}

export function focusFirstResultAsked(): boolean {
  try {
    const asked = sessionStorage.getItem(KEY) === '1';
    sessionStorage.removeItem(KEY);
    return asked;
  } catch {
    return false;
  }
}
