// Bringing text in: paste it, pick files (a native dialog on the desktop, a
// file input on the web) or drop them. One file gets a details form before it
// is stored; several are stored at once with the details each one carries.
// Errors name the problem and keep whatever the analyst had typed.
import { useState, type DragEvent } from 'react'
import { documentMetaSchema, type DocumentMeta } from '@shared/domain/document'
import type { OpenedFile } from '@shared/ipc-contract'
import { buildDocument } from '../../db/documents-repo'
import { describeError } from '../../db/errors'
import { currentCaseId, platform } from '../../services'
import { addDocuments } from '../annotations/actions'
import { readPickedFiles } from '../../platform/web'
import { Modal } from '../shell/Modal'
import { MetadataFields, metaErrorsOf, type MetaErrors } from '../library/MetadataFields'
import { parseFile, parsePasted, type ParsedSource } from './parse-file'
import { FormError } from '../shell/FormError'

/** Every file read, or the first file's problem and none of them, so the analyst keeps what they had. */
function parseAll(files: readonly OpenedFile[]): { sources: ParsedSource[]; problem: string | null } {
  try {
    return { sources: files.map(parseFile), problem: null }
  } catch (error) {
    return { sources: [], problem: describeError(error) }
  }
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
  onImported: (ids: string[]) => void
}) {
  return (
    <Modal open={open} title="Import a document" onClose={onClose} wide>
      <ImportForm key={String(open)} initialFiles={initialFiles} onClose={onClose} onImported={onImported} />
    </Modal>
  )
}

function ImportForm({
  initialFiles,
  onClose,
  onImported,
}: {
  initialFiles: OpenedFile[] | null
  onClose: () => void
  onImported: (ids: string[]) => void
}) {
  const [initial] = useState(() => parseAll(initialFiles ?? []))
  const [pasted, setPasted] = useState('')
  const [sources, setSources] = useState<ParsedSource[]>(initial.sources)
  const [meta, setMeta] = useState<DocumentMeta | null>(
    initial.sources.length === 1 ? initial.sources[0]!.meta : null,
  )
  const [errors, setErrors] = useState<MetaErrors>({})
  const [problem, setProblem] = useState<string | null>(initial.problem)
  const [busy, setBusy] = useState(false)

  const loadFiles = (files: OpenedFile[]) => {
    if (!files.length) return
    const parsed = parseAll(files)
    setProblem(parsed.problem)
    if (parsed.problem) return
    setSources(parsed.sources)
    setMeta(parsed.sources.length === 1 ? parsed.sources[0]!.meta : null)
  }

  const chooseFiles = async () => {
    const result = await platform.openDocuments()
    if (result.ok) loadFiles(result.value)
    else setProblem(result.error)
  }

  const onDrop = async (e: DragEvent) => {
    e.preventDefault()
    const result = await readPickedFiles([...e.dataTransfer.files])
    if (result.ok) loadFiles(result.value)
    else setProblem(result.error)
  }

  const usePasted = () => {
    const source = parsePasted(pasted)
    if (!source.text) {
      setProblem('Paste some text first: the box is empty.')
      return
    }
    setProblem(null)
    setSources([source])
    setMeta(source.meta)
  }

  const save = async () => {
    setProblem(null)
    const empty = sources.find((s) => !s.text)
    if (empty) {
      setProblem(`“${empty.name}” has no text once markup is removed; nothing was imported.`)
      return
    }
    const metas: DocumentMeta[] = []
    for (const source of sources) {
      const parsed = documentMetaSchema.safeParse(meta ?? source.meta)
      if (!parsed.success) {
        setErrors(metaErrorsOf(parsed.error.issues))
        if (!meta)
          setProblem(`“${source.name}” has details that need fixing: ${parsed.error.issues[0]?.message}`)
        return
      }
      metas.push(parsed.data)
    }
    setBusy(true)
    try {
      const caseId = currentCaseId()
      const docs = await Promise.all(
        sources.map((source, i) => buildDocument(source.blocks, metas[i]!, caseId)),
      )
      await addDocuments(docs)
      onImported(docs.map((d) => d.id))
    } catch (error) {
      setProblem(describeError(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="import" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <FormError>{problem}</FormError>
      {sources.length === 0 ? (
        <>
          <div className="drop-zone">
            <p>Drop .txt, .md or .html files here, or</p>
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
      ) : (
        <>
          {meta ? (
            <MetadataFields idPrefix="import" value={meta} errors={errors} onChange={setMeta} />
          ) : (
            <ul className="import-list" aria-label="Files to import">
              {sources.map((s) => (
                <li key={s.name} dir="auto">
                  <strong>{s.meta.title}</strong> <span className="muted">({s.name})</span>
                </li>
              ))}
            </ul>
          )}
          <section className="import-preview" aria-label="Preview">
            {sources[0]!.text
              .split('\n')
              .slice(0, 4)
              .map((line, i) => (
                <p key={i} dir="auto">
                  {line}
                </p>
              ))}
          </section>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => (setSources([]), setMeta(null))}>
              Back
            </button>
            <button type="button" className="button primary" disabled={busy} onClick={save}>
              {busy ? 'Importing…' : sources.length > 1 ? `Import ${sources.length} documents` : 'Import'}
            </button>
          </div>
        </>
      )}
    </div>
  )
}
