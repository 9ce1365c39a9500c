/**
 * Moving through a combobox's list with the keyboard while focus stays in the field: which
 * option is active after a key (-1: none, the field itself). ↓ from the last option and ↑ from
 * the first go back to the field, as in the WAI-ARIA combobox pattern's examples.
 */
export function nextActiveOption(active: number, count: number, key: string): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return active + 1 < count ? active + 1 : -1;
    case 'ArrowUp':
      return active < 0 ? count - 1 : active - 1;
    case 'Home':
      return active < 0 ? undefined : 0;
    case 'End':
      return active < 0 ? undefined : count - 1;
    default:
      return undefined;
  }
}
