// What the matrix says, in sentences: every hypothesis in rank order with its
// score (Heuer reports the relative likelihood of all of them, not only the
// winner), the rows the ranking hangs on, and the rows that tell nothing apart.
import type { AchAnalysis, AchMatrix } from '@shared/analysis/ach'
import { SafeText } from '../shell/SafeText'
import type { GridLabels } from './AchGrid'

const fixed = (n: number) => n.toFixed(2)
const listed = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

export function RankingSummary({
  matrix,
  analysis,
  labels,
}: {
  matrix: AchMatrix
  analysis: AchAnalysis
  labels: GridLabels
}) {
  const ranked = [...analysis.scores].sort((a, b) => a.rank - b.rank)
  const rowLabel = (id: string) => labels.row.get(id) ?? '?'
  const flat = analysis.rows.filter((r) => !r.diagnostic && r.unrated.length < matrix.hypotheses.length)
  const unrated = analysis.rows.filter((r) => r.unrated.length > 0)
  const tie = analysis.leaders.length > 1
  return (
    <section aria-labelledby="ach-ranking" className="ach-ranking">
      <h3 id="ach-ranking" className="section-title">
        Ranking
      </h3>
      <p className="hint">
        Ranked by inconsistency, as Heuer ranks them: the most likely hypothesis is the one with the least
        evidence against it. I counts 1 and II counts 2, each times the row’s weight.
      </p>
      <ol className="ranking-list" aria-label="Hypotheses, least inconsistent first">
        {ranked.map((s) => (
          <li key={s.id}>
            <strong>{`${labels.hypothesis.get(s.id)}.`}</strong> <SafeText text={s.text} />
            <span className="ranking-score">
              {` — rank ${s.rank}, weighted inconsistency ${fixed(s.weighted)} (${s.inconsistency} unweighted)${
                s.behindLeader > 0 ? `, ${fixed(s.behindLeader)} more than the leader` : ''
              }`}
            </span>
          </li>
        ))}
      </ol>
      {tie && matrix.evidence.length > 0 && (
        <p>{`${listed(analysis.leaders.map((id) => labels.hypothesis.get(id)!))} tie for the lead.`}</p>
      )}
      {analysis.sensitive.length > 0 ? (
        <p className="ach-sensitive-note">
          {`Sensitive: ${listed(analysis.sensitive.map(rowLabel))}. Without ${
            analysis.sensitive.length === 1 ? 'it' : 'any one of them'
          }, another hypothesis would rank first; check ${
            analysis.sensitive.length === 1 ? 'it' : 'them'
          } for error or deception first.`}
        </p>
      ) : (
        matrix.evidence.length > 0 && <p>No single row decides which hypothesis ranks first.</p>
      )}
      {flat.length > 0 && (
        <p>{`Not diagnostic: ${listed(flat.map((r) => rowLabel(r.evidenceId)))} ${
          flat.length === 1 ? 'is' : 'are'
        } rated alike for every hypothesis, so ${flat.length === 1 ? 'it does' : 'they do'} not help choose between them.`}</p>
      )}
      {unrated.length > 0 && (
        <p className="hint">{`Not fully rated yet: ${listed(unrated.map((r) => rowLabel(r.evidenceId)))}.`}</p>
      )}
    </section>
  )
}
