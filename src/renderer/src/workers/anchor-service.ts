// The app's one anchoring worker, started on first use and kept: the import
// preview and the "Needs review" candidates share it, so a 1 MB document's
// folded text and word index, cached in the worker, serve both.
import { createAnchorClient, type AnchorClient } from './anchor-client'

let client: AnchorClient | null = null

export function anchorClient(): AnchorClient {
  return (client ??= createAnchorClient())
}
