// The briefings view: every briefing of the case, the composer for the chosen
// one and its live preview, and the exports (Markdown; PDF on the desktop, the
// print route on the web). Edits are saved shortly after each keystroke and
// whenever the analyst leaves the briefing.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { BriefingRecord } from '@shared/domain/briefing'
import type { BriefingId } from '@shared/domain/ids'
import { describeError } from '../../db/errors'
import { briefings, currentAnalyst, db, platform } from '../../services'
import { recordUndo } from '../../undo/record-undo'
import { useNotify } from '../shell/notices'
import { useSetting } from '../shell/use-setting'
import { useUndo } from '../shell/use-undo'
import { BriefingComposer } from './BriefingComposer'
import { BriefingPreview } from './BriefingPreview'
import { buildBriefingModel } from '@shared/export/briefing-model'
import { briefingFileStem, markdownOf, previewHtmlOf, printableHtmlOf } from './briefing-output'

export function BriefingsView() {
  const list = useLiveQuery(() => db.briefings.orderBy('modified').reverse().toArray(), [])
  const [lastId, setLastId, loaded] = useSetting('lastBriefingId')
  const notify = useNotify()
  const runUndo = useUndo()
  const current = list?.find((b) => b.id === lastId) ?? list?.[0]
  // Edits still waiting for their debounced save, written before a duplicate reads the briefing.
  const flushRef = useRef<() => Promise<void>>(async () => {})

  const create = async () => {
    try {
      const b = await briefings.create({
        author: currentAnalyst(),
        date: new Date().toISOString().slice(0, 10),
      })
      setLastId(b.id)
    } catch (error) {
      notify(describeError(error), { tone: 'error' })
    }
  }
  const duplicate = async (id: BriefingId) => {
    await flushRef.current()
    const copy = await briefings.duplicate(id)
    setLastId(copy.id)
    notify('Briefing duplicated.')
  }
  const remove = async (listed: BriefingRecord) => {
    await flushRef.current()
    const b = (await db.briefings.get(listed.id)) ?? listed
    await briefings.remove(b.id)
    recordUndo('delete briefing', [{ table: 'briefings', id: b.id, before: b }])
    notify(`Deleted “${b.title || 'Untitled briefing'}”.`, { undo: () => void runUndo() })
  }

  if (!list || !loaded)
    return <main className="view view-briefings" aria-busy="true" aria-label="Briefings" />
  return (
    <div className="view view-briefings">
      <nav className="pane library" aria-label="Briefings">
        <div className="pane-header">
          <h2>Briefings</h2>
          <button type="button" className="button small" onClick={() => void create()}>
            New briefing
          </button>
        </div>
        {list.length === 0 && (
          <p className="empty">
            No briefings yet. Start one with “New briefing”, then cite claims from the Claims view.
          </p>
        )}
        <ul className="doc-list">
          {list.map((b) => (
            <li key={b.id} className={b.id === current?.id ? 'doc-item current' : 'doc-item'}>
              <button
                type="button"
                className="doc-open"
                dir="auto"
                aria-current={b.id === current?.id ? 'page' : undefined}
                onClick={() => setLastId(b.id)}
              >
                {b.title || 'Untitled briefing'}
              </button>
              <p className="doc-meta">
                {[b.date, `${b.citedClaims.length} claims`].filter(Boolean).join(' · ')}
              </p>
              <div className="doc-actions">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Duplicate “${b.title || 'Untitled briefing'}”`}
                  onClick={() => void duplicate(b.id)}
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={`Delete “${b.title || 'Untitled briefing'}”`}
                  onClick={() => void remove(b)}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      </nav>
      {current ? (
        <BriefingWorkspace key={current.id} stored={current} flushRef={flushRef} />
      ) : (
        <main className="pane reader empty-reader" aria-label="Briefing" />
      )}
    </div>
  )
}

function BriefingWorkspace({
  stored,
  flushRef,
}: {
  stored: BriefingRecord
  flushRef: React.RefObject<() => Promise<void>>
}) {
  const [draft, setDraft] = useState(stored)
  const [scale] = useSetting('likelihoodScale')
  // Only the claims the briefing names, read by key: an edit to any other claim reads nothing.
  const named = [
    ...new Set([
      ...draft.citedClaims.map((c) => c.claimId),
      ...draft.keyJudgments.flatMap((j) => j.claimIds),
    ]),
  ]
  const claimList = useLiveQuery(
    async () => (await db.claims.bulkGet(named)).filter((c) => c !== undefined),
    [named.join()],
  )
  const sourceList = useLiveQuery(() => db.sources.toArray(), [])
  // Only the details a citation shows: the document texts stay in the store.
  const documentList = useLiveQuery(
    async () =>
      (await db.documents.toArray()).map(({ id, title, outlet, url }) => ({ id, title, outlet, url })),
    [],
  )
  const claims = useMemo(() => new Map((claimList ?? []).map((c) => [c.id as string, c])), [claimList])
  // The preview follows the draft and the live claims and sources it cites.
  const model = useMemo(
    () =>
      claimList && sourceList && documentList
        ? buildBriefingModel({
            briefing: draft,
            claims: claimList,
            sources: sourceList,
            documents: documentList,
          })
        : null,
    [draft, claimList, sourceList, documentList],
  )
  const previewHtml = useMemo(() => (model ? previewHtmlOf(model) : null), [model])
  const notify = useNotify()
  const pending = useRef<BriefingRecord | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const flush = useCallback(async () => {
    clearTimeout(timer.current)
    const next = pending.current
    pending.current = null
    if (!next) return
    try {
      await briefings.save(next)
    } catch (error) {
      pending.current = next
      notify(`The briefing could not be saved: ${describeError(error)}`, { tone: 'error' })
    }
  }, [notify])

  // Save what is pending when the analyst leaves this briefing or the view, or before a duplicate.
  useEffect(() => {
    flushRef.current = flush
    // Closing the window inside the save delay must not drop the last keystrokes.
    const onHide = () => void flush()
    window.addEventListener('pagehide', onHide)
    return () => {
      window.removeEventListener('pagehide', onHide)
      void flush()
    }
  }, [flush, flushRef])

  const change = (next: BriefingRecord) => {
    setDraft(next)
    pending.current = next
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), 400)
  }

  const exportMarkdown = async () => {
    if (!model) return
    await flush()
    const result = await platform.saveFile({
      defaultName: `${briefingFileStem(draft)}.md`,
      content: markdownOf(model),
      mimeType: 'text/markdown',
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    })
    if (!result.ok) notify(result.error, { tone: 'error' })
    else if (result.value) notify(`Saved ${result.value.path}.`)
  }

  const exportPdf = async () => {
    if (!model) return
    await flush()
    if (!platform.savePdf) {
      window.open(`#/print/${draft.id}?print`, '_blank', 'noopener')
      return
    }
    notify('Preparing the PDF…')
    const result = await platform.savePdf({
      html: await printableHtmlOf(model),
      pageSize: draft.pageSize,
      defaultName: `${briefingFileStem(draft)}.pdf`,
    })
    if (!result.ok) notify(result.error, { tone: 'error' })
    else if (result.value) notify(`Saved ${result.value.path}.`)
  }

  return (
    <>
      <main className="pane composer-pane" aria-label="Composer">
        <div className="pane-header">
          <h2>Compose</h2>
          <div className="row-actions">
            <button
              type="button"
              className="button small"
              onClick={() => void exportMarkdown()}
              disabled={!model}
            >
              Export Markdown
            </button>
            <button
              type="button"
              className="button small primary"
              onClick={() => void exportPdf()}
              disabled={!model}
            >
              {platform.savePdf ? 'Export PDF' : 'Print / PDF'}
            </button>
          </div>
        </div>
        <BriefingComposer briefing={draft} claims={claims} scale={scale} onChange={change} />
      </main>
      <aside className="pane preview-pane" aria-label="Briefing preview">
        {previewHtml && <BriefingPreview html={previewHtml} />}
      </aside>
    </>
  )
}
