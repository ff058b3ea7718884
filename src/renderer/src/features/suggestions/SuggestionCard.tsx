// One suggested claim in the panel: its passage (choose it to see it in the
// text), who said it and through whom, as matched against the registry or
// proposed as new; the one under review also shows the claim to be
// recorded, the cues that produced it, the hedges that argue for a lower
// credibility, and the actions with their keys.
import type { CSSProperties } from 'react'
import type { Cue, ReviewedSuggestion } from '@shared/analysis/suggest'
import { claimTypeLabel } from '@shared/domain/claim'
import { sourceKindLabel, type SourceKind } from '@shared/domain/source'
import { spelledOut } from '@shared/text/invisible'
import { SafeText } from '../shell/SafeText'

const cueLabels: Record<Cue['kind'], string> = {
  attribution: 'attributed by',
  quotation: 'quotation marks',
  channel: 'channel',
  relay: 'relay',
  'back-reference': 'refers back',
  hedge: 'hedge',
  unattributed: 'no source named',
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

function SourceBadge({ known, kind }: { known: boolean; kind: SourceKind }) {
  return known ? (
    <span className="source-badge known">in your sources</span>
  ) : (
    <span className="source-badge new">new source · {sourceKindLabel(kind).toLowerCase()}</span>
  )
}

export interface SuggestionActions {
  onChoose(): void
  onAccept(): void
  onEdit(): void
  onReject(): void
  onAcceptAll(): void
}

export function SuggestionCard({
  item,
  selected,
  index,
  setSize,
  sameSpeaker,
  measureRef,
  style,
  actions,
}: {
  item: ReviewedSuggestion
  selected: boolean
  index: number
  setSize: number
  /** How many suggestions still to review share this one's speaker (for "Accept all"). */
  sameSpeaker: number
  measureRef?: (el: HTMLElement | null) => void
  style?: CSSProperties
  actions: SuggestionActions
}) {
  const { speaker, channel } = item
  const acceptable = item.attributed && !!speaker
  const shown = item.cues.filter((c) => c.kind !== 'hedge')
  return (
    <li
      className="suggestion-row"
      ref={measureRef}
      data-index={index}
      data-suggestion-id={item.id}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      style={style}
    >
      <article
        className={selected ? 'suggested-claim selected' : 'suggested-claim'}
        aria-label={`Suggestion ${index + 1} of ${setSize}`}
      >
        <button
          type="button"
          className="suggestion-passage"
          dir="auto"
          tabIndex={selected ? 0 : -1}
          aria-current={selected ? 'true' : undefined}
          aria-label={`Passage: ${spelledOut(clip(item.quote, 120))}`}
          onClick={actions.onChoose}
        >
          <SafeText text={clip(item.quote, selected ? 600 : 170)} />
        </button>
        <dl className="suggestion-facts">
          <dt>Said by</dt>
          <dd>
            {speaker && item.attributed ? (
              <>
                <SafeText text={speaker.name} />{' '}
                <SourceBadge known={!!speaker.sourceId} kind={speaker.kind} />
                {speaker.role && (
                  <span className="suggestion-role">
                    described as “<SafeText text={speaker.role} />”
                  </span>
                )}
              </>
            ) : (
              <span className="suggestion-warning">No source named in the text (unattributed)</span>
            )}
          </dd>
          {channel && (
            <>
              <dt>Through</dt>
              <dd>
                <SafeText text={channel.name} />{' '}
                <SourceBadge known={!!channel.sourceId} kind={channel.kind} />
                {item.channelFromOutlet && (
                  <span className="suggestion-role">the document’s outlet: the text names no channel</span>
                )}
                {channel.relayOf && (
                  <span className="suggestion-relay">
                    relays <SafeText text={channel.relayOf.name} /> (accepting records the relay)
                  </span>
                )}
              </dd>
            </>
          )}
        </dl>
        {selected && (
          <>
            <p className="suggestion-statement" dir="auto">
              <span className="suggestion-label">{claimTypeLabel(item.type)}</span>{' '}
              <SafeText text={item.statement} />
            </p>
            <p className="suggestion-reason">
              <span className="suggestion-label">Why</span> <SafeText text={item.reason} />
            </p>
            {shown.length > 0 && (
              <ul className="cue-list" aria-label="Cues in the text">
                {shown.map((c) => (
                  <li key={`${c.kind}-${c.start}`} className={`cue cue-${c.kind}`}>
                    <span className="cue-kind">{cueLabels[c.kind]}</span> <SafeText text={clip(c.text, 48)} />
                  </li>
                ))}
              </ul>
            )}
            {item.hedges.length > 0 && (
              <p className="suggestion-hedges" role="note">
                <strong>Consider a lower credibility:</strong> the text hedges (
                <SafeText text={item.hedges.map((h) => `“${h}”`).join(', ')} />
                ). No grade is set for you.
              </p>
            )}
            <div className="suggestion-actions" role="group" aria-label="Decide on this suggestion">
              <button
                type="button"
                className="button primary small"
                aria-keyshortcuts="A"
                disabled={!acceptable}
                title={acceptable ? undefined : 'No source is named: edit it to choose one, or reject it'}
                onClick={actions.onAccept}
              >
                Accept <kbd aria-hidden="true">A</kbd>
              </button>
              <button type="button" className="button small" aria-keyshortcuts="E" onClick={actions.onEdit}>
                Edit, then accept <kbd aria-hidden="true">E</kbd>
              </button>
              <button
                type="button"
                className="button small danger"
                aria-keyshortcuts="R"
                onClick={actions.onReject}
              >
                Reject <kbd aria-hidden="true">R</kbd>
              </button>
            </div>
            {acceptable && sameSpeaker > 1 && (
              <button
                type="button"
                className="button small accept-all"
                aria-keyshortcuts="Shift+A"
                onClick={actions.onAcceptAll}
              >
                Accept all {sameSpeaker} from this source <kbd aria-hidden="true">Shift+A</kbd>
              </button>
            )}
          </>
        )}
      </article>
    </li>
  )
}
