// The open document's suggested claims for the reader: the worker is started
// when the reader opens (it takes up to a second to start cold) and reads
// each document as it opens; the list is reviewed against the registry as it
// stands, without the rejected ones and those a claim already rests on.
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import {
  pendingSuggestions,
  reviewer,
  type RegistrySource,
  type ReviewedSuggestion,
} from '@shared/analysis/suggest'
import type { DocumentId } from '@shared/domain/ids'
import type { DocumentRecord } from '@shared/domain/document'
import type { Span } from '../../highlight/painter'
import { db, suggestionReview } from '../../services'
import { createSuggestClient } from '../../workers/suggest-client'
import { idleState, SuggestionSession, type SessionState } from './suggestion-session'

export interface SuggestionsView {
  state: SessionState
  /** Still to review, in text order. */
  pending: ReviewedSuggestion[]
  /** Found in this document in all, rejected, and already under a claim. */
  counts: { found: number; rejected: number; covered: number }
}

const noneRejected: ReadonlySet<string> = new Set()
const nothing: SessionState['suggestions'] = []

export function useSuggestions(
  docId: DocumentId | null,
  doc: DocumentRecord | undefined,
  claimSpans: readonly Span[],
): SuggestionsView {
  const sources = useLiveQuery(() => db.sources.toArray(), [])
  const registry = useMemo<RegistrySource[] | undefined>(
    () => sources?.map(({ id, name, aliases, relays }) => ({ id, name, aliases, relays })),
    [sources],
  )
  const [state, setState] = useState<SessionState>(idleState)
  const session = useRef<SuggestionSession | null>(null)

  useEffect(() => {
    const client = createSuggestClient()
    // A transition: React renders the growing list in slices, yielding to the analyst's input.
    const s = new SuggestionSession(client, (next) => startTransition(() => setState(next)))
    session.current = s
    return () => {
      s.dispose()
      client.dispose()
      session.current = null
    }
  }, [])

  // A layout effect, so the job is posted before the reader (a child, with
  // passive effects) builds a long document's text: the worker reads while
  // the main thread renders.
  useLayoutEffect(() => {
    // Wait for the registry and the document, so the first run already matches known sources.
    if (!registry || (docId && doc?.id !== docId)) return
    session.current?.update(doc ? { id: doc.id, text: doc.text, blocks: doc.blocks } : null, registry)
  }, [docId, doc, registry])

  // Timed for `npm run bench`: from the document handed to the worker to its suggestions on screen.
  const measured = useRef({ documentId: null as string | null, first: false, all: false })
  useEffect(() => {
    const m = measured.current
    if (!state.documentId) return
    if (m.documentId !== state.documentId)
      Object.assign(m, { documentId: state.documentId, first: false, all: false })
    if (!m.first && state.suggestions.length > 0) {
      m.first = true
      performance.measure('aw-suggest-first', 'aw-suggest-start')
    }
    if (!m.all && state.phase === 'done') {
      m.all = true
      performance.measure('aw-suggest-all', 'aw-suggest-start')
    }
  }, [state])

  const rejected = useLiveQuery(() => (docId ? suggestionReview.rejected(docId) : noneRejected), [docId])
  const found = state.documentId === docId ? state.suggestions : nothing
  const outlet = doc?.outlet ?? ''
  // Reviewed once per suggestion while the registry and outlet stay the same:
  // a long document's list is handed on many times as it grows.
  const review = useMemo(() => reviewer(registry ?? [], outlet), [registry, outlet])
  const pending = useMemo(
    () => pendingSuggestions(found, rejected ?? noneRejected, claimSpans).map(review),
    [found, rejected, claimSpans, review],
  )
  const rejectedHere = rejected ? found.filter((s) => rejected.has(s.id)).length : 0
  return {
    state: state.documentId === docId ? state : { ...idleState, documentId: docId },
    pending,
    counts: {
      found: found.length,
      rejected: rejectedHere,
      covered: found.length - pending.length - rejectedHere,
    },
  }
}
