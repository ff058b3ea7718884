// Where a document's text came from, in its details: the original file (name,
// kind, size, SHA-256), when it was imported and what read it, and the hash of
// the text itself, so an analyst can prove which copy they worked from.
// "Save original…" writes the stored bytes back out exactly as they came.
import { useLiveQuery } from 'dexie-react-hooks'
import { useId, useState } from 'react'
import type { DocumentRecord } from '@shared/domain/document'
import { extensionOf } from '@shared/import/sniff'
import { fileKindLabel, fileSizeText, saveableName } from '@shared/import/provenance'
import { spelledOut } from '@shared/text/invisible'
import { documents, platform } from '../../services'
import { describeError } from '../../db/errors'
import { useNotify } from '../shell/notices'
import { SafeText } from '../shell/SafeText'

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function DocumentProvenance({ doc }: { doc: DocumentRecord }) {
  const id = useId()
  const original = doc.original
  const stored = useLiveQuery(
    () => (original ? documents.hasOriginal(original.sha256) : Promise.resolve(false)),
    [original?.sha256],
  )
  const [saving, setSaving] = useState(false)
  const notify = useNotify()

  const saveOriginal = async () => {
    if (!original) return
    setSaving(true)
    try {
      const record = await documents.original(original.sha256)
      if (!record) return notify(missingOriginal(original.name), { tone: 'error' })
      const name = saveableName(original.name)
      const ext = extensionOf(name)
      const result = await platform.saveFile({
        defaultName: name,
        content: record.bytes,
        mimeType: original.type || 'application/octet-stream',
        filters: /^[a-z0-9]+$/i.test(ext) ? [{ name: fileKindLabel(original.type), extensions: [ext] }] : [],
      })
      if (!result.ok) notify(result.error, { tone: 'error' })
      else if (result.value) notify(`Saved the original as “${spelledOut(result.value.path)}”.`)
    } catch (error) {
      notify(describeError(error), { tone: 'error' })
    } finally {
      setSaving(false)
    }
  }

  return (
    <section className="provenance" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="section-title">
        {original ? 'Original file' : 'Source'}
      </h3>
      <dl className="claim-fields provenance-fields">
        {original ? (
          <>
            <dt>File</dt>
            <dd>
              <SafeText text={original.name} />
            </dd>
            <dt>Kind</dt>
            <dd>
              {fileKindLabel(original.type)}
              {fileKindLabel(original.type) !== original.type && (
                <span className="muted"> ({original.type})</span>
              )}
            </dd>
            <dt>Size</dt>
            <dd>{fileSizeText(original.size)}</dd>
            <dt>SHA-256</dt>
            <dd>
              <code className="hash" aria-label="SHA-256 of the original file">
                {original.sha256}
              </code>
            </dd>
            <dt>Imported</dt>
            <dd>
              <time dateTime={original.importedAt}>{when.format(new Date(original.importedAt))}</time>
            </dd>
            <dt>Read by</dt>
            <dd>
              <SafeText text={original.extractor} />
            </dd>
          </>
        ) : (
          <>
            <dt>File</dt>
            <dd>None: the text was pasted or came without its file.</dd>
          </>
        )}
        <dt>Text SHA-256</dt>
        <dd>
          <code className="hash" aria-label="SHA-256 of the text">
            {doc.textHash}
          </code>
        </dd>
      </dl>
      {original && (
        <div className="provenance-actions">
          <button
            type="button"
            className="button"
            disabled={saving || stored === false}
            onClick={() => void saveOriginal()}
          >
            Save original…
          </button>
          {stored === false && <p className="muted">{missingOriginal(original.name)}</p>}
        </div>
      )}
    </section>
  )
}

const missingOriginal = (name: string) =>
  `The file “${spelledOut(name)}” is not stored in this workbench (it came from a file that left originals out, such as a backup), so it cannot be saved from here.`
