// Bringing material in: paste text, pick files (a native dialog on the
// desktop, a file input on the web) or drop them: web pages (.html, .mhtml),
// PDF, Word, text and Markdown. Each file is read in the import worker (nothing
// in it ever runs or loads); one file gets a preview of the text that will be
// kept, block by block, with what was left out struck through, and its
// details; several files get a list with what became of each. Everything
// imported at once is one undoable step, and a refused file never stops the
// others. Errors name the problem and keep what the analyst had.
import { useEffect, useRef, useState, type DragEvent } from 'react'
import type { OpenedFile } from '@shared/ipc-contract'
import type { DocumentRecord } from '@shared/domain/document'
import { describeError } from '../../db/errors'
import type { OriginalRecord } from '../../db/db'
import { currentCaseId, platform } from '../../services'
import { readPickedFiles } from '../../platform/web'
import { createImportClient, type ImportClient } from '../../workers/import-client'
import { addDocuments } from '../annotations/actions'
import { Modal } from '../shell/Modal'
import { FormError } from '../shell/FormError'
import { newItem, settled, toDocument, type ImportItem } from './import-session'
import { ImportReview } from './ImportReview'
import { BatchList } from './BatchList'
import './import.css'

export interface ImportResult {
  ids: string[]
  refused: string[]
}

export function ImportDialog({
  open,
  initialFiles,
  onClose,
  onImported,
}: {
  open: boolean
  initialFiles: OpenedFile[] | null
  onClose: () => void
  onImported: (result: ImportResult) => void
}) {
  return (
    <Modal open={open} title="Import a document" onClose={onClose} wide>
      <ImportFlow key={String(open)} initialFiles={initialFiles} onClose={onClose} onImported={onImported} />
    </Modal>
  )
}

function useImportClient(): ImportClient {
  const [client] = useState(createImportClient)
  useEffect(() => {
    // The first file should not wait for the worker and its parsers to load.
    client.warm()
    return () => client.dispose()
  }, [client])
  return client
}

const pastedName = 'Pasted text.txt'

function ImportFlow({
  initialFiles,
  onClose,
  onImported,
}: {
  initialFiles: OpenedFile[] | null
  onClose: () => void
  onImported: (result: ImportResult) => void
}) {
  const client = useImportClient()
  const [pasted, setPasted] = useState('')
  const [items, setItems] = useState<ImportItem[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const abort = useRef<AbortController | null>(null)
  const reading = items.some((i) => i.status === 'waiting' || i.status === 'reading')

  const update = (index: number, next: (item: ImportItem) => ImportItem) =>
    setItems((all) => all.map((item, i) => (i === index ? next(item) : item)))

  const read = async (files: readonly { name: string; bytes: Uint8Array }[], fromPaste = false) => {
    if (!files.length) return
    setProblem(null)
    abort.current?.abort()
    const controller = new AbortController()
    abort.current = controller
    setItems(files.map((f) => newItem(f.name, f.bytes, fromPaste)))
    // One at a time, in order: a batch of 50 never holds 50 parsed files at once.
    for (const [index, file] of files.entries()) {
      if (controller.signal.aborted) return
      update(index, (item) => ({ ...item, status: 'reading' }))
      const result = await client
        .extract(file.name, file.bytes, {
          signal: controller.signal,
          onProgress: (p) =>
            update(index, (item) => ({ ...item, progress: { done: p.done, total: p.total } })),
        })
        .catch((error: unknown) => error)
      if (controller.signal.aborted) return
      const item = settled(newItem(file.name, file.bytes, fromPaste), result)
      // A single file that cannot be read goes back to the start with the reason, keeping what was pasted.
      if (files.length === 1 && item.status === 'failed') {
        setItems([])
        setProblem(item.error ?? 'The file could not be read.')
        return
      }
      update(index, (current) => settled(current, result))
    }
  }
  useEffect(() => {
    // Read once, when the dialog opens with files already chosen or dropped;
    // what it sets is the reading progress of those files.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (initialFiles?.length) void read(initialFiles)
    return () => abort.current?.abort()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const single = items.length === 1 ? items[0] : undefined

  const chooseFiles = async () => {
    const result = await platform.openDocuments()
    if (result.ok) void read(result.value)
    else setProblem(result.error)
  }

  const onDrop = async (e: DragEvent) => {
    e.preventDefault()
    const result = await readPickedFiles([...e.dataTransfer.files])
    if (result.ok) void read(result.value)
    else setProblem(result.error)
  }

  const usePasted = () => {
    if (!pasted.trim()) return setProblem('Paste some text first: the box is empty.')
    void read([{ name: pastedName, bytes: new TextEncoder().encode(pasted) }], true)
  }

  const save = async () => {
    setProblem(null)
    const caseId = currentCaseId()
    const docs: DocumentRecord[] = []
    const originals: OriginalRecord[] = []
    const refused: string[] = []
    for (const item of items) {
      if (item.status !== 'ready') {
        if (item.status === 'failed') refused.push(`“${item.name}”: ${item.error}`)
        continue
      }
      const built = await toDocument(item, caseId).catch((error: unknown) => ({
        error: describeError(error),
      }))
      if ('error' in built) {
        // With one file the analyst fixes it here; in a batch it is reported and the rest go in.
        if (items.length === 1) return setProblem(built.error)
        refused.push(built.error)
      } else {
        docs.push(built.doc)
        if (built.original) originals.push(built.original)
      }
    }
    if (!docs.length) return setProblem(refused.join(' ') || 'Nothing to import.')
    setSaving(true)
    try {
      await addDocuments(docs, originals)
      onImported({ ids: docs.map((d) => d.id), refused })
    } catch (error) {
      setProblem(describeError(error))
    } finally {
      setSaving(false)
    }
  }

  const back = () => {
    abort.current?.abort()
    setItems([])
  }

  return (
    <div className="import" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <FormError>{problem}</FormError>
      {items.length === 0 ? (
        <>
          <div className="drop-zone">
            <p>Drop web pages (.html, .mhtml), PDF, Word, text or Markdown files here, or</p>
            <button type="button" className="button" onClick={chooseFiles}>
              Choose files…
            </button>
          </div>
          <div className="field">
            <label htmlFor="import-paste">Or paste text</label>
            <textarea
              id="import-paste"
              dir="auto"
              rows={8}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
            />
          </div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button primary" onClick={usePasted}>
              Continue
            </button>
          </div>
        </>
      ) : single ? (
        <ImportReview
          item={single}
          onChange={(next) => setItems([next])}
          onBack={back}
          onImport={() => void save()}
          saving={saving}
        />
      ) : (
        <BatchList
          items={items}
          reading={reading}
          saving={saving}
          onBack={back}
          onImport={() => void save()}
        />
      )}
    </div>
  )
}
