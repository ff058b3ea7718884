// Writing a briefing, bottom line up front: header and handling marking,
// bottom line, key judgments, outlook, alternative views, the claims it
// cites, and the case's ACH matrices it includes as a section. Every change is saved as the analyst types (nothing lost); the
// preview beside it is the exact HTML the PDF is printed from.
import { useId } from 'react'
import type { AchMatrix } from '@shared/analysis/ach'
import type { BriefingRecord, KeyJudgment } from '@shared/domain/briefing'
import type { ClaimRecord } from '@shared/domain/claim'
import type { LikelihoodScaleId } from '@shared/domain/scales'
import { Field } from '../claims/GradeFields'
import { CitedClaimsEditor } from './CitedClaimsEditor'
import { IncludedMatrices } from './IncludedMatrices'
import { KeyJudgmentEditor } from './KeyJudgmentEditor'

export function BriefingComposer({
  briefing,
  claims,
  numberOf,
  matrices = [],
  scale,
  onChange,
}: {
  briefing: BriefingRecord
  /** The claims the briefing cites or names (read by key: the others stay in the store). */
  claims: ReadonlyMap<string, ClaimRecord>
  /** Each cited claim's number in the briefing (from the model the preview shows). */
  numberOf?: ReadonlyMap<string, number>
  /** The case's ACH matrices, any of which the briefing may include. */
  matrices?: readonly AchMatrix[]
  scale: LikelihoodScaleId
  onChange: (next: BriefingRecord) => void
}) {
  const id = useId()
  const set = (patch: Partial<BriefingRecord>) => onChange({ ...briefing, ...patch })
  const judgments = briefing.keyJudgments
  const setJudgment = (i: number, next: KeyJudgment) =>
    set({ keyJudgments: judgments.map((j, k) => (k === i ? next : j)) })
  // The move buttons stay focusable at the ends (aria-disabled), so a move there does nothing.
  const moveJudgment = (i: number, delta: -1 | 1) => {
    if (i + delta < 0 || i + delta >= judgments.length) return
    const next = [...judgments]
    const [item] = next.splice(i, 1)
    next.splice(i + delta, 0, item!)
    set({ keyJudgments: next })
  }
  const text = (key: 'title' | 'marking' | 'author' | 'audience', label: string, wide = false) => (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        dir="auto"
        value={briefing[key]}
        onChange={(e) => set({ [key]: e.target.value })}
      />
    </div>
  )
  return (
    <form className="composer" aria-label="Briefing" onSubmit={(e) => e.preventDefault()}>
      <div className="meta-grid">
        {text('title', 'Title', true)}
        {text('marking', 'Handling marking', true)}
        {text('author', 'Author')}
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={briefing.date}
            onChange={(e) => set({ date: e.target.value })}
          />
        </div>
        {text('audience', 'Audience')}
        <div className="field">
          <label htmlFor={`${id}-size`}>Page size</label>
          <select
            id={`${id}-size`}
            value={briefing.pageSize}
            onChange={(e) => set({ pageSize: e.target.value as BriefingRecord['pageSize'] })}
          >
            <option value="A4">A4</option>
            <option value="Letter">US Letter</option>
          </select>
        </div>
      </div>
      <Field id={`${id}-bluf`} label="Bottom line" hint="One or two sentences: the answer first.">
        <textarea
          id={`${id}-bluf`}
          dir="auto"
          rows={3}
          value={briefing.bottomLine}
          onChange={(e) => set({ bottomLine: e.target.value })}
        />
      </Field>
      <section aria-labelledby={`${id}-kj`}>
        <h3 id={`${id}-kj`} className="section-title">
          Key judgments
        </h3>
        {judgments.map((j, i) => (
          <KeyJudgmentEditor
            key={j.id}
            judgment={j}
            index={i}
            count={judgments.length}
            claims={claims}
            scale={scale}
            onChange={(next) => setJudgment(i, next)}
            onMove={(delta) => moveJudgment(i, delta)}
            onRemove={() => set({ keyJudgments: judgments.filter((_, k) => k !== i) })}
          />
        ))}
        <button
          type="button"
          className="button small"
          onClick={() =>
            set({
              keyJudgments: [
                ...judgments,
                {
                  id: crypto.randomUUID(),
                  text: '',
                  likelihood: null,
                  confidence: null,
                  claimIds: [],
                  substantiation: '',
                },
              ],
            })
          }
        >
          Add key judgment
        </button>
      </section>
      <Field id={`${id}-outlook`} label="Outlook and indicators (Markdown)">
        <textarea
          id={`${id}-outlook`}
          dir="auto"
          rows={4}
          value={briefing.outlook}
          onChange={(e) => set({ outlook: e.target.value })}
        />
      </Field>
      <Field id={`${id}-alt`} label="Alternative views (Markdown)">
        <textarea
          id={`${id}-alt`}
          dir="auto"
          rows={3}
          value={briefing.alternativeViews}
          onChange={(e) => set({ alternativeViews: e.target.value })}
        />
      </Field>
      <section aria-labelledby={`${id}-cited`}>
        <h3 id={`${id}-cited`} className="section-title">
          Cited claims
        </h3>
        <CitedClaimsEditor
          cited={briefing.citedClaims}
          claims={claims}
          numberOf={numberOf}
          onChange={(citedClaims) => set({ citedClaims })}
        />
      </section>
      <IncludedMatrices
        included={briefing.achMatrixIds ?? []}
        matrices={matrices}
        onChange={(achMatrixIds) => set({ achMatrixIds })}
      />
    </form>
  )
}
