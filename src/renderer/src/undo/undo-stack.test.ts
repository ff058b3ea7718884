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
