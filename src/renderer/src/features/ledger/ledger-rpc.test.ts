// The worker transport when the worker fails: questions waiting, and later
// ones, are refused with a reason instead of waiting for ever.
import { describe, expect, it } from 'vitest'
import { connectLedger } from './ledger-rpc'

class DeadWorker extends EventTarget {
  posted: unknown[] = []
  postMessage(message: unknown) {
    this.posted.push(message)
  }
}

describe('ledger transport', () => {
  it('refuses every question once its worker has failed', async () => {
    const worker = new DeadWorker()
    const ledger = connectLedger(worker as never)
    const waiting = ledger.api.status()
    expect(worker.posted).toEqual([{ id: 1, method: 'status', args: [] }])
    worker.dispatchEvent(Object.assign(new Event('error'), { message: 'script failed to load' }))
    await expect(waiting).rejects.toThrow('The ledger stopped: script failed to load')
    await expect(ledger.api.matrix()).rejects.toThrow('The ledger stopped')
  })
})
