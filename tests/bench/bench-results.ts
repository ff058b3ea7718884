// Where every benchmark writes its figures: bench-results.json at the project
// root, one entry per metric ({ value: median, min, max, runs, unit, target }),
// merged with what other benchmarks wrote there before.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const resultsFile = resolve(__dirname, '../../bench-results.json')

export interface Metric {
  value: number
  min: number
  max: number
  runs: number
  unit: string
  target: number
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The p-th percentile (0–100) of some samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

const round = (n: number) => Math.round(n * 10) / 10

/** Summarises a metric's samples and merges it into bench-results.json; returns the summary. */
export function recordMetric(name: string, samples: readonly number[], target: number, unit = 'ms'): Metric {
  if (samples.length === 0) throw new Error(`${name}: no samples`)
  const metric: Metric = {
    value: round(median(samples)),
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
    runs: samples.length,
    unit,
    target,
  }
  const all: Record<string, Metric> = existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, Metric>)
    : {}
  all[name] = metric
  writeFileSync(resultsFile, `${JSON.stringify(all, null, 2)}\n`)
  return metric
}
