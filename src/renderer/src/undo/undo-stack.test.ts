import { describe, expect, it } from 'vitest'
import { UndoStack } from './undo-stack'

describe('UndoStack', () => {
  const counter = () => {
    const state = { value: 0 }
    const add = (stack: UndoStack, n: number) => {
      state.value += n
      stack.push({
        label: `add ${n}`,
        undo: async () => void (state.value -= n),
        redo: async () => void (state.value += n),
      })
    }
    return { state, add }
  }

  it('undoes and redoes in order, and a new edit clears the redo list', async () => {
    const stack = new UndoStack()
    const { state, add } = counter()
    add(stack, 1)
    add(stack, 10)
    expect(await stack.undo()).toBe('add 10')
    expect(state.value).toBe(1)
    expect(await stack.redo()).toBe('add 10')
    expect(state.value).toBe(11)
    await stack.undo()
    add(stack, 100)
    expect(stack.canRedo).toBe(false)
    expect(state.value).toBe(101)
    expect(await stack.redo()).toBeUndefined()
  })

  it('keeps an entry when its undo fails', async () => {
    const stack = new UndoStack()
    stack.push({ label: 'x', undo: () => Promise.reject(new Error('disk full')), redo: async () => {} })
    await expect(stack.undo()).rejects.toThrow('disk full')
    expect(stack.canUndo).toBe(true)
  })

  it('forgets the oldest entries past its limit', async () => {
    const stack = new UndoStack(2)
    const { state, add } = counter()
    add(stack, 1)
    add(stack, 2)
    add(stack, 3)
    await stack.undo()
    await stack.undo()
    expect(await stack.undo()).toBeUndefined()
    expect(state.value).toBe(1)
  })
})

describe('UndoStack while an undo is running', () => {
  it('keeps an edit pushed during the undo, and undoes each entry once', async () => {
    const stack = new UndoStack()
    const log: string[] = []
    let release = () => {}
    stack.push({
      label: 'A',
      undo: () => new Promise<void>((r) => (release = r)).then(() => void log.push('undo A')),
      redo: async () => {},
    })
    const running = stack.undo()
    expect(stack.busy).toBe(true)
    expect(await stack.undo()).toBeUndefined()
    stack.push({ label: 'B', undo: async () => void log.push('undo B'), redo: async () => {} })
    release()
    expect(await running).toBe('A')
    expect(stack.nextUndo).toBe('B')
    expect(await stack.undo()).toBe('B')
    expect(await stack.undo()).toBeUndefined()
    expect(log).toEqual(['undo A', 'undo B'])
  })

  it('forgets everything when cleared', async () => {
    const stack = new UndoStack()
    stack.push({ label: 'A', undo: async () => {}, redo: async () => {} })
    stack.clear()
    expect(stack.canUndo).toBe(false)
    expect(await stack.undo()).toBeUndefined()
  })
})
