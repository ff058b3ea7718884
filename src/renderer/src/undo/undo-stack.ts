// Undo and redo for the analyst's edits. Each entry knows how to reverse
// itself and do itself again through the repositories, so an undo is a real
// write that every window sees through liveQuery.
export interface UndoEntry {
  label: string
  undo(): Promise<void>
  redo(): Promise<void>
}

export class UndoStack {
  private done: UndoEntry[] = []
  private undone: UndoEntry[] = []
  private readonly listeners = new Set<() => void>()
  private busy = false

  constructor(private readonly limit = 200) {}

  /** Records an edit that has just been made. */
  push(entry: UndoEntry): void {
    this.done.push(entry)
    if (this.done.length > this.limit) this.done.shift()
    this.undone = []
    this.emit()
  }

  get canUndo(): boolean {
    return this.done.length > 0
  }
  get canRedo(): boolean {
    return this.undone.length > 0
  }
  get nextUndo(): string | undefined {
    return this.done.at(-1)?.label
  }
  get nextRedo(): string | undefined {
    return this.undone.at(-1)?.label
  }

  /** Undoes the last edit; returns its label, or undefined when there was nothing to undo. */
  async undo(): Promise<string | undefined> {
    return this.step(this.done, this.undone, (e) => e.undo())
  }

  async redo(): Promise<string | undefined> {
    return this.step(this.undone, this.done, (e) => e.redo())
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private async step(from: UndoEntry[], to: UndoEntry[], run: (e: UndoEntry) => Promise<void>) {
    const entry = from.at(-1)
    if (!entry || this.busy) return undefined
    this.busy = true
    try {
      await run(entry)
      from.pop()
      to.push(entry)
      return entry.label
    } finally {
      this.busy = false
      this.emit()
    }
  }

  private emit(): void {
    this.listeners.forEach((l) => l())
  }
}
