/**
 * Search as the reader types, without a fixed delay: a keystroke starts a search at once unless
 * one is running; then only the latest text is searched when it ends. On a small index every
 * keystroke is answered; on a large one, searches for stale text never pile up.
 */
export function searchWhileTyping(search: () => Promise<void>): () => void {
  let running: Promise<void> | undefined;
  let typedSince = false;
  const start = (): void => {
    if (running) {
      typedSince = true;
      return;
    }
    running = search().finally(() => {
      running = undefined;
      if (typedSince) {
        typedSince = false;
        start();
      }
    });
  };
  return start;
}
