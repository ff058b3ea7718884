// Candidate passages for the items under review, found in the anchoring
// worker (a long document's search never holds up the main thread); asked for
// again when the text or the items change, the previous request cancelled.
import { useEffect, useMemo, useState } from 'react'
import type { PassageCandidate, TextSelectors } from '@shared/anchoring'
import { anchorClient } from '../../workers/anchor-service'

export interface Candidates {
  /** Candidates by item key, best first; an item missing here is still being looked at. */
  byKey: ReadonlyMap<string, PassageCandidate[]>
  error: string | null
}

const none: Candidates = { byKey: new Map(), error: null }

export function useCandidates(
  text: string | undefined,
  items: readonly { key: string; selectors: TextSelectors }[],
  n = 3,
): Candidates {
  // One request per distinct set of items (and their selectors), whatever the array's identity.
  const id = JSON.stringify(items.map(({ key, selectors }) => ({ key, selectors })))
  const request = useMemo(
    () => ({ id, orphans: JSON.parse(id) as { key: string; selectors: TextSelectors }[] }),
    [id],
  )
  const [state, setState] = useState<{ text: string; id: string; result: Candidates } | null>(null)

  useEffect(() => {
    if (text === undefined || request.orphans.length === 0) return
    const job = new AbortController()
    anchorClient()
      .candidates(text, request.orphans, n, { signal: job.signal })
      .then(
        (result) =>
          setState({ text, id: request.id, result: { byKey: new Map(Object.entries(result)), error: null } }),
        (error: unknown) => {
          if (job.signal.aborted) return
          const message = error instanceof Error ? error.message : String(error)
          setState({ text, id: request.id, result: { byKey: new Map(), error: message } })
        },
      )
    return () => job.abort()
  }, [text, request, n])

  return state && state.text === text && state.id === request.id ? state.result : none
}
