// When one view fails while rendering (a damaged record, a bug), it shows what
// failed and offers a way back instead of taking the whole window down: the
// header, the other views and every saved record stay as they were.
import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** What failed, in the analyst's words: "The Claims view", "This claim". */
  what: string
  /** Offered as a button, e.g. back to the Reader. */
  back?: { label: string; onClick: () => void }
  /** A change of this value (another view, another record) clears the failure. */
  resetKey?: unknown
  children: ReactNode
}

export class ErrorBoundary extends Component<Props, { error: Error | null; key: unknown }> {
  override state: { error: Error | null; key: unknown } = { error: null, key: this.props.resetKey }

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: unknown }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`${this.props.what} failed`, error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    const { what, back } = this.props
    return (
      <section className="view-failed" role="alert" aria-label={`${what} failed`}>
        <h2>{what} could not be shown</h2>
        <p>
          Something in it failed: <code>{error.message.slice(0, 300)}</code>. Nothing was changed or lost; the
          rest of the workbench keeps working.
        </p>
        <div className="row-actions">
          {back && (
            <button type="button" className="button primary" onClick={back.onClick}>
              {back.label}
            </button>
          )}
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the window
          </button>
        </div>
      </section>
    )
  }
}
