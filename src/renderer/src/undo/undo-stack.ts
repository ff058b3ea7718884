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
  private running = false

  constructor(private readonly limit = 200) {}

  /** Records an edit that has just been made. */
  push(entry: UndoEntry): void {
    this.done.push(entry)
    if (this.done.length > this.limit) this.done.shift()
    // Cleared in place: an undo still running holds this array and must not lose its entry elsewhere.
    this.undone.length = 0
    this.emit()
  }

  /** Forgets all history, e.g. after an import replaced records the entries refer to. */
  clear(): void {
    this.done = []
    this.undone = []
    this.emit()
  }

  /** The entry the next undo would reverse. */
  peek(): UndoEntry | undefined {
    return this.done.at(-1)
  }

  get busy(): boolean {
    return this.running
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

  /** Undoes the last edit; returns its label, or undefined when there was nothing to undo (or one is running). */
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
    if (!entry || this.running) return undefined
    this.running = true
    this.emit()
    // By identity: an edit pushed while this ran is now on top and must stay.
    const remove = () => {
      const at = from.lastIndexOf(entry)
      if (at !== -1) from.splice(at, 1)
    }
    try {
      await run(entry)
      remove()
      to.push(entry)
      return entry.label
    } catch (error) {
      // An entry whose records changed since can never apply; one that failed for
      // a passing reason (a full disk) stays to be tried again.
      if ((error as { dropFromHistory?: boolean } | null)?.dropFromHistory) remove()
      throw error
    } finally {
      this.running = false
      this.emit()
    }
  }

  private emit(): void {
    this.listeners.forEach((l) => l())
  }
}
