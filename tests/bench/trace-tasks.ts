// Main-thread and worker tasks of the page under test, from a Chromium trace:
// each task's wall time (dur) and the CPU time its thread actually ran (tdur).
// On a shared machine a task's wall time includes the time its thread waited
// for a core; its thread time is what the task itself cost, i.e. what its wall
// time is on an idle machine. Both are reported.
import type { Browser, Page } from '@playwright/test'
import { readFileSync } from 'node:fs'

interface TraceEvent {
  ph: string
  name: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

export interface TaskFigures {
  /** The longest main-thread task: wall and thread time, in ms. */
  longestMainWallMs: number
  longestMainCpuMs: number
  /** Main-thread tasks over 50 ms, by wall and by thread time. */
  mainOver50Wall: number
  mainOver50Cpu: number
  /** CPU time of all tasks, in ms, on the main thread and on dedicated workers. */
  mainCpuMs: number
  workerCpuMs: number
}

export async function traceTasks(browser: Browser, page: Page, path: string, work: () => Promise<void>) {
  await browser.startTracing(page, { path, categories: ['toplevel'] })
  await work()
  await browser.stopTracing()
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[]
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? [])
  const threads = new Map<string, string>()
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '')
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask')
  const on = (prefix: string) => tasks.filter((e) => threads.get(`${e.pid}:${e.tid}`)?.startsWith(prefix))
  const main = on('CrRendererMain')
  const ms = (us: number | undefined) => (us ?? 0) / 1000
  const sum = (list: TraceEvent[]) => list.reduce((t, e) => t + ms(e.tdur), 0)
  return {
    longestMainWallMs: Math.max(0, ...main.map((e) => ms(e.dur))),
    longestMainCpuMs: Math.max(0, ...main.map((e) => ms(e.tdur))),
    mainOver50Wall: main.filter((e) => ms(e.dur) > 50).length,
    mainOver50Cpu: main.filter((e) => ms(e.tdur) > 50).length,
    mainCpuMs: sum(main),
    workerCpuMs: sum(on('DedicatedWorker')),
  } satisfies TaskFigures
}
