// Faceted counts reach a column's filter checklist through context: the
// checklist says it is open (the table then asks its source for that
// column's counts with every query) and reads the counts of the last answer.
import { createContext, useContext, useEffect } from 'react'

export interface Facets {
  counts: Readonly<Record<string, readonly [string, number][]>>
  /** Starts asking for a column's counts; returns the function that stops. */
  watch: (columnId: string) => () => void
}

export const FacetsContext = createContext<Facets>({ counts: {}, watch: () => () => {} })

/** The faceted counts of a column while the caller is mounted; undefined until they arrive. */
export function useFacetCounts(columnId: string): ReadonlyMap<string, number> | undefined {
  const { counts, watch } = useContext(FacetsContext)
  useEffect(() => watch(columnId), [watch, columnId])
  const list = counts[columnId]
  return list ? new Map(list) : undefined
}
