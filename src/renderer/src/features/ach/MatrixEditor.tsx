// One ACH matrix at work: the question, the competing hypotheses (with their
// scores and ranks), the evidence grid and the ranking it gives. Every change
// is one undoable, audited step through the matrix repository; the analysis
// (scores, diagnosticity, sensitivity) is recomputed from the stored matrix.
import { useId, useMemo, useState } from 'react'
import { analyseAch, type AchMatrix, type AchMatrixRecord, type AchRating } from '@shared/analysis/ach'
import {
  addClaims,
  addFreeItem,
  addHypothesis,
  editHypothesis,
  moveHypothesis,
  rate,
  ratingForKey,
  ratingName,
  removeHypothesis,
} from '@shared/analysis/ach-edit'
import type { ClaimId } from '@shared/domain/ids'
import { useNotify } from '../shell/notices'
import { SafeText } from '../shell/SafeText'
import { useSetting } from '../shell/use-setting'
import { useUndo } from '../shell/use-undo'
import { AchGrid, type GridLabels } from './AchGrid'
import { ClaimPicker } from './ClaimPicker'
import { MatrixHistory } from './MatrixHistory'
import { RankingSummary } from './RankingSummary'
import { RowDialog, type RowRequest } from './RowDialog'
import { TextDialog, type TextRequest } from './TextDialog'
import { useMatrixClaims } from './matrix-claims'
import { useMatrixEdit } from './use-matrix-edit'

const fixed = (n: number) => n.toFixed(2)

export function MatrixEditor({ matrix, onRename }: { matrix: AchMatrixRecord; onRename: () => void }) {
  const id = useId()
  const edit = useMatrixEdit()
  const notify = useNotify()
  const runUndo = useUndo()
  const [sorted, setSorted] = useSetting('achSortByDiagnosticity')
  const [text, setText] = useState<TextRequest | null>(null)
  const [rowRequest, setRowRequest] = useState<RowRequest | null>(null)
  const [picking, setPicking] = useState(false)
  const { claims, grades } = useMatrixClaims(matrix)
  const analysis = useMemo(() => analyseAch(matrix, grades), [matrix, grades])
  const labels = useMemo<GridLabels>(
    () => ({
      hypothesis: new Map(matrix.hypotheses.map((h, i) => [h.id, `H${i + 1}`])),
      row: new Map(matrix.evidence.map((e, i) => [e.id, `E${i + 1}`])),
    }),
    [matrix],
  )
  const scores = new Map(analysis.scores.map((s) => [s.id, s]))
  const order = sorted ? analysis.byDiagnosticity : matrix.evidence.map((e) => e.id)
  const present = useMemo(
    () => new Set<string>(matrix.evidence.flatMap((e) => (e.item.kind === 'claim' ? [e.item.claimId] : []))),
    [matrix],
  )
  const h = (hid: string) => labels.hypothesis.get(hid) ?? 'H?'

  /** Edits through a dialog: the refusal, if any, stays in the dialog. */
  const editInDialog =
    (label: string, note: string, apply: (text: string) => Parameters<typeof edit>[3]) =>
    async (value: string) => {
      let problem: string | null = null
      const saved = await edit(matrix.id, label, note, apply(value), (message) => (problem = message))
      return saved ? null : problem
    }

  const askHypothesis = (hid?: string) => {
    const existing = matrix.hypotheses.find((x) => x.id === hid)
    setText({
      title: existing ? `Edit ${h(existing.id)}` : 'Add a hypothesis',
      label: 'Hypothesis',
      hint: 'It must exclude the other hypotheses: only one of them can be true.',
      initial: existing?.text ?? '',
      save: existing ? 'Save' : 'Add hypothesis',
      onSave: existing
        ? editInDialog(
            'edit hypothesis',
            `Reworded ${h(existing.id)}`,
            (t) => (m) => editHypothesis(m, existing.id, t),
          )
        : editInDialog(
            'add hypothesis',
            `Added H${matrix.hypotheses.length + 1}`,
            (t) => (m) => addHypothesis(m, t),
          ),
    })
  }

  const askFreeItem = (kind: 'assumption' | 'absence') =>
    setText({
      title: kind === 'assumption' ? 'Add an assumption' : 'Add absence of evidence',
      label: kind === 'assumption' ? 'Assumption' : 'Evidence that is missing',
      hint:
        kind === 'assumption'
          ? 'Something taken as true without evidence, rated against each hypothesis like evidence.'
          : 'What you would expect to see if a hypothesis were true, and do not.',
      initial: '',
      save: 'Add row',
      onSave: editInDialog(
        'add evidence',
        kind === 'assumption' ? 'Added an assumption' : 'Added missing evidence',
        (t) => (m) => addFreeItem(m, kind, t),
      ),
    })

  const removeH = async (hid: string) => {
    const label = h(hid)
    if (await edit(matrix.id, 'remove hypothesis', `Removed ${label}`, (m) => removeHypothesis(m, hid)))
      notify(`Removed ${label} and its ratings.`, { undo: () => void runUndo() })
  }

  const onRate = (evidenceId: string, hid: string, given: AchRating | null | { key: string }) => {
    const ratingIn = (m: AchMatrix) => m.evidence.find((e) => e.id === evidenceId)?.ratings[hid] ?? null
    const next = (m: AchMatrix) =>
      given && typeof given === 'object' ? ratingForKey(ratingIn(m), given.key) : given
    void edit(
      matrix.id,
      'rate a cell',
      (before, after) =>
        `${labels.row.get(evidenceId)}, ${h(hid)}: ${ratingName(ratingIn(after))} (was ${ratingName(ratingIn(before))})`,
      (m) => {
        const rating = next(m)
        return rating === undefined ? m : rate(m, evidenceId, hid, rating)
      },
    )
  }

  const addPicked = (ids: ClaimId[]) =>
    edit(
      matrix.id,
      'add evidence',
      `Added ${ids.length} ${ids.length === 1 ? 'claim' : 'claims'} as evidence`,
      (m) => addClaims(m, ids),
    )

  const openRow = (evidenceId: string, focus: 'item' | 'weight') => {
    const row = matrix.evidence.find((e) => e.id === evidenceId)
    const a = analysis.rows.find((r) => r.evidenceId === evidenceId)
    if (!row || !a) return
    setRowRequest({
      matrixId: matrix.id,
      row,
      label: labels.row.get(evidenceId)!,
      claim: row.item.kind === 'claim' ? claims?.get(row.item.claimId) : undefined,
      weight: a.weight,
      focus,
    })
  }

  const count = matrix.hypotheses.length
  return (
    <div className="ach-editor">
      <header className="ach-question">
        <h2 id={`${id}-q`}>
          <SafeText text={matrix.question} />
        </h2>
        <button type="button" className="button small" onClick={onRename}>
          Edit question
        </button>
      </header>

      <section aria-labelledby={`${id}-h`} className="ach-hypotheses">
        <h3 id={`${id}-h`} className="section-title">
          Hypotheses
        </h3>
        <ol className="hypothesis-list">
          {matrix.hypotheses.map((hyp, i) => {
            const s = scores.get(hyp.id)!
            const label = h(hyp.id)
            return (
              <li key={hyp.id} className={analysis.leaders.includes(hyp.id) ? 'leader' : undefined}>
                <span className="ach-hyp-label">{label}</span>
                <SafeText text={hyp.text} className="hypothesis-text" />
                <span className="hypothesis-score">{`rank ${s.rank} · ${fixed(s.weighted)}`}</span>
                <span className="row-actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Edit ${label}`}
                    onClick={() => askHypothesis(hyp.id)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Move ${label} up`}
                    aria-disabled={i === 0 || undefined}
                    onClick={() =>
                      i > 0 &&
                      void edit(matrix.id, 'move hypothesis', `Moved ${label} up`, (m) =>
                        moveHypothesis(m, hyp.id, -1),
                      )
                    }
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Move ${label} down`}
                    aria-disabled={i === count - 1 || undefined}
                    onClick={() =>
                      i < count - 1 &&
                      void edit(matrix.id, 'move hypothesis', `Moved ${label} down`, (m) =>
                        moveHypothesis(m, hyp.id, 1),
                      )
                    }
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="link-button danger"
                    aria-label={`Remove ${label}`}
                    aria-disabled={count <= 2 || undefined}
                    title={count <= 2 ? 'A matrix needs at least two hypotheses' : undefined}
                    onClick={() => count > 2 && void removeH(hyp.id)}
                  >
                    Remove
                  </button>
                </span>
              </li>
            )
          })}
        </ol>
        <button type="button" className="button small" onClick={() => askHypothesis()}>
          Add hypothesis
        </button>
      </section>

      <section aria-labelledby={`${id}-e`} className="ach-evidence-section">
        <div className="ach-toolbar">
          <h3 id={`${id}-e`} className="section-title">
            Evidence
          </h3>
          <button type="button" className="button small" onClick={() => setPicking(true)}>
            Add claims…
          </button>
          <button type="button" className="button small" onClick={() => askFreeItem('assumption')}>
            Add assumption…
          </button>
          <button type="button" className="button small" onClick={() => askFreeItem('absence')}>
            Add absence of evidence…
          </button>
          <button
            type="button"
            className="button small toggle"
            aria-pressed={sorted}
            onClick={() => setSorted(!sorted)}
          >
            Most diagnostic first
          </button>
        </div>
        {matrix.evidence.length ? (
          <>
            <div className="ach-grid-wrap">
              <AchGrid
                matrix={matrix}
                analysis={analysis}
                order={order}
                labels={labels}
                claims={claims}
                onRate={onRate}
                onOpenRow={openRow}
              />
            </div>
            <p className="hint ach-keys">
              In the grid: arrows move; C, I, N or A rate (C or I again for CC or II); + and − step; Delete
              clears; Enter opens a cell or row.
            </p>
          </>
        ) : (
          <p className="empty">
            No evidence yet. Add claims of the case, and the assumptions and missing evidence the question
            rests on.
          </p>
        )}
      </section>

      <RankingSummary matrix={matrix} analysis={analysis} labels={labels} />
      <MatrixHistory matrixId={matrix.id} />

      <TextDialog request={text} onClose={() => setText(null)} />
      <RowDialog
        request={rowRequest}
        edit={edit}
        onRemoved={(label) => notify(`Removed ${label}.`, { undo: () => void runUndo() })}
        onClose={() => setRowRequest(null)}
      />
      <ClaimPicker
        open={picking}
        caseId={matrix.caseId}
        present={present}
        onAdd={addPicked}
        onClose={() => setPicking(false)}
      />
    </div>
  )
}
