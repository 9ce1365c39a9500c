/**
 * Loading the search's files once: each file is fetched at most once while its fetch succeeds or
 * is under way, and fetched again when asked for after it failed (the network may come back), so
 * one failed fetch does not break search until the page is reloaded.
 */

/** `load` run once and its promise kept; run again when asked for after it failed. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      const started = load();
      started.catch(() => {
        if (loading === started) loading = undefined;
      });
      loading = started;
    }
    return loading;
  };
}

/** `fetchOne` run once per key, as `once`. */
export function oncePerKey<K, T>(fetchOne: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const byKey = new Map<K, () => Promise<T>>();
  return (key) => {
    let fetched = byKey.get(key);
    if (!fetched) byKey.set(key, (fetched = once(() => fetchOne(key))));
    return fetched();
  };
}
