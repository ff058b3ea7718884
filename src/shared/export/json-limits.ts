// Limits on the shape of untrusted JSON, checked before any record is read:
// a value nested thousands of levels deep parses, but overflows the stack of
// whatever touches it next (validation, structured cloning, JSON.stringify),
// which would surface as a raw browser error instead of a sentence.
export interface JsonLimits {
  /** Deepest nesting of arrays and objects allowed. */
  maxDepth: number
  /** Longest string allowed, in UTF-16 code units. */
  maxString: number
}

// Long enough for the base64 of a 100 MB original that gzip cannot shrink (a PDF, say).
export const workspaceLimits: JsonLimits = { maxDepth: 32, maxString: 140 * 1024 * 1024 }

interface Visit {
  value: unknown
  key: string | number | null
  parent: Visit | null
  depth: number
}

/** "audit[0].changes[1].before" for a visit, built only when a limit is broken. */
function pathOf(visit: Visit): string {
  const keys: (string | number)[] = []
  for (let v: Visit | null = visit; v && v.key !== null; v = v.parent) keys.unshift(v.key)
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${k}`)).join('')
}

/** The first place the value breaks a limit, as a sentence, or null when it keeps to them. Iterative: never recurses. */
export function checkJsonShape(value: unknown, limits: JsonLimits): string | null {
  const stack: Visit[] = [{ value, key: null, parent: null, depth: 0 }]
  while (stack.length) {
    const visit = stack.pop()!
    const v = visit.value
    if (typeof v === 'string' && v.length > limits.maxString)
      return `${pathOf(visit) || 'The file'}: a text of ${v.length.toLocaleString('en')} characters is longer than the ${limits.maxString.toLocaleString('en')} allowed.`
    if (v === null || typeof v !== 'object') continue
    if (visit.depth >= limits.maxDepth)
      return `${pathOf(visit)}: values are nested deeper than the ${limits.maxDepth} levels a workbench file ever uses; the file was not read.`
    const depth = visit.depth + 1
    if (Array.isArray(v)) v.forEach((item, i) => stack.push({ value: item, key: i, parent: visit, depth }))
    else
      for (const k in v)
        stack.push({ value: (v as Record<string, unknown>)[k], key: k, parent: visit, depth })
  }
  return null
}
