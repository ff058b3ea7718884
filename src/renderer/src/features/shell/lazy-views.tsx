// The views and dialogs the app does not need to show its first screen (the
// reader), each in its own chunk loaded when first opened, so the JavaScript
// read at start stays small: the claims table, exports and the workspace
// files' code load with the view or dialog that uses them.
import { lazy, Suspense, type ReactNode } from 'react'

export const ClaimsView = lazy(() => import('../claims/ClaimsView').then((m) => ({ default: m.ClaimsView })))
export const SourcesView = lazy(() =>
  import('../sources/SourcesView').then((m) => ({ default: m.SourcesView })),
)
export const TagsView = lazy(() => import('../tags/TagsView').then((m) => ({ default: m.TagsView })))
export const BriefingsView = lazy(() =>
  import('../briefings/BriefingsView').then((m) => ({ default: m.BriefingsView })),
)
export const AchView = lazy(() => import('../ach/AchView').then((m) => ({ default: m.AchView })))
export const DataDialog = lazy(() => import('./DataDialog').then((m) => ({ default: m.DataDialog })))

/** Shown for the moment a view's chunk takes to load. */
export function Loading({ children, what }: { children: ReactNode; what: string }) {
  return (
    <Suspense
      fallback={
        <main className="pane empty-reader" aria-busy="true" aria-label={what}>
          <p>Loading…</p>
        </main>
      }
    >
      {children}
    </Suspense>
  )
}
