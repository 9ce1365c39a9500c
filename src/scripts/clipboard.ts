/**
 * Copies text to the clipboard. The Clipboard API needs a secure context (https or localhost); on a
 * plain-http intranet the older selection-and-copy route still works.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** Marks a control as having just copied, for sighted users; the live region tells everyone else. */
export function flashCopied(control: HTMLElement): void {
  control.dataset.copied = '';
  window.setTimeout(() => delete control.dataset.copied, 1500);
}
