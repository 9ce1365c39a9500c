/**
 * "/" or Ctrl/Cmd+K focuses the search field of the page (the search page's own, else the
 * header's), unless the reader is typing somewhere else.
 */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  if (!slash && !commandK) return;
  const field =
    document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]') ??
    document.querySelector<HTMLInputElement>('[data-search-box] input[type="search"]');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});
