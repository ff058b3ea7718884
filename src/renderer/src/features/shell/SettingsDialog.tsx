// Settings: the analyst's name (recorded in the audit trail) and which
// likelihood scale new judgments use. The scale applies when chosen; the name
// when the analyst chooses Done, so a half-typed name is never recorded.
import { useId, useState } from 'react'
import { likelihoodScales, type LikelihoodScaleId } from '@shared/domain/scales'
import { Modal } from './Modal'
import { useSetting } from './use-setting'
import { storageStatusHint, storageStatusText, useStorageStatus } from './use-storage-status'

export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="Settings" onClose={onClose}>
      <SettingsForm onClose={onClose} />
    </Modal>
  )
}

function SettingsForm({ onClose }: { onClose: () => void }) {
  const storage = useStorageStatus()
  const [name, setName, loaded] = useSetting('analystName')
  const [scale, setScale] = useSetting('likelihoodScale')
  const [draftName, setDraftName] = useState<string | null>(null)
  const id = useId()
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        if (draftName !== null) setName(draftName.trim())
        onClose()
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name</label>
        <input
          id={`${id}-name`}
          dir="auto"
          value={draftName ?? (loaded ? name : '')}
          onChange={(e) => setDraftName(e.target.value)}
          aria-describedby={`${id}-name-hint`}
        />
        <p className="hint" id={`${id}-name-hint`}>
          Recorded with every change to a claim or source in the audit trail.
        </p>
      </div>
      <fieldset className="grading">
        <legend>Likelihood scale for new judgments</legend>
        {Object.values(likelihoodScales).map((s) => (
          <label key={s.id} className="check">
            <input
              type="radio"
              name={`${id}-scale`}
              value={s.id}
              checked={scale === s.id}
              onChange={() => setScale(s.id as LikelihoodScaleId)}
            />{' '}
            {s.name} ({s.terms.map((t) => t.term).join(', ')})
          </label>
        ))}
      </fieldset>
      <section className="settings-storage" aria-labelledby={`${id}-storage`}>
        <h3 id={`${id}-storage`} className="section-title">
          {storageStatusText[storage]}
        </h3>
        <p className="hint">{storageStatusHint[storage]}</p>
      </section>
      <div className="dialog-actions">
        <button type="submit" className="button primary">
          Done
        </button>
      </div>
    </form>
  )
}
