// A small cache of what is computed once per text (its folded form, its word
// index): a document's annotations are anchored many times, an import plans
// thousands on one text. Keyed by the text itself (Map keys compare strings by
// value), least recently used dropped first.
export function perText<T>(size: number, build: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    const hit = cache.get(text)
    if (hit !== undefined) {
      cache.delete(text)
      cache.set(text, hit)
      return hit
    }
    const built = build(text)
    cache.set(text, built)
    if (cache.size > size) cache.delete(cache.keys().next().value!)
    return built
  }
}
