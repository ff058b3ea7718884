// Matrices in the store: every edit checked, audited and undoable (as a new
// version, history moving forward); they go with their case when it is
// deleted (and come back with it) and travel in case files.
import { afterEach, describe, expect, it } from 'vitest'
import { addHypothesis, rate, removeHypothesis, setQuestion } from '@shared/analysis/ach-edit'
import type { AchMatrixRecord } from '@shared/analysis/ach'
import type { AchMatrixId, CaseId } from '@shared/domain/ids'
import { WorkbenchDB } from './db'
import { achRepo, MatrixInvalidError } from './ach-repo'
import { casesRepo } from './cases-repo'
import { historyRepo } from './history'
import { exportCase, importFile } from './workspace-io'

const dbs: WorkbenchDB[] = []
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()))
})

async function setup() {
  const db = new WorkbenchDB(`ach-${crypto.randomUUID()}`)
  dbs.push(db)
  const who = () => 'A. Analyst'
  const cases = casesRepo(db, who)
  const caseId = (await cases.create({ name: 'Homs', description: '', marking: 'UNCLASSIFIED' }))[0]!
    .id as CaseId
  const repo = achRepo(db, who)
  const [created] = await repo.create(caseId, {
    question: '  Will Homs fall within a week?  ',
    hypotheses: ['HTS-led forces take Homs', 'Government forces hold Homs'],
  })
  const matrix = created!.after as AchMatrixRecord
  return { db, repo, cases, caseId, matrix, history: historyRepo(db, who) }
}

describe('achRepo', () => {
  it('creates a checked matrix in its case, trimmed as the rules trim it, and audits it', async () => {
    const { db, repo, caseId, matrix } = await setup()
    expect(await db.achMatrices.get(matrix.id)).toEqual(matrix)
    expect(matrix).toMatchObject({ caseId, question: 'Will Homs fall within a week?', evidence: [] })
    expect((await repo.historyOf(matrix.id)).map((a) => [a.entity, a.action, a.who])).toEqual([
      ['matrix', 'create', 'A. Analyst'],
    ])
    await expect(repo.create(caseId, { question: 'Only one?', hypotheses: ['Yes'] })).rejects.toThrow(
      'Give at least two competing hypotheses',
    )
    expect(await db.achMatrices.count()).toBe(1)
  })

  it('refuses an edit that breaks a rule and writes nothing', async () => {
    const { db, repo, matrix } = await setup()
    const [h1] = matrix.hypotheses
    const refused = repo.update(matrix.id, (m) => removeHypothesis(m, h1!.id), 'Removed a hypothesis')
    await expect(refused).rejects.toBeInstanceOf(MatrixInvalidError)
    await expect(
      repo.update(matrix.id, (m) => addHypothesis(m, 'government forces   HOLD homs'), 'Added'),
    ).rejects.toThrow('Two hypotheses say the same thing: they must be mutually exclusive')
    expect(await db.achMatrices.get(matrix.id)).toEqual(matrix)
    expect(await repo.historyOf(matrix.id)).toHaveLength(1)
  })

  it('an edit that changes nothing writes nothing and gives no change to undo', async () => {
    const { repo, matrix } = await setup()
    expect(await repo.update(matrix.id, (m) => setQuestion(m, m.question), 'Renamed')).toEqual([])
    expect(await repo.update(matrix.id, (m) => ({ ...m }), 'Nothing')).toEqual([])
    expect(await repo.historyOf(matrix.id)).toHaveLength(1)
  })

  it('an undone rating comes back as a new change, audited as undone, and redoes', async () => {
    const { db, repo, history, matrix } = await setup()
    const withRow = await repo.update(
      matrix.id,
      (m) => ({
        ...m,
        evidence: [
          {
            id: 'e1',
            item: { kind: 'absence', text: 'No reinforcements' },
            weightOverride: null,
            ratings: {},
          },
        ],
      }),
      'Added a row',
    )
    expect(withRow).toHaveLength(1)
    const [h1] = matrix.hypotheses
    const rated = await repo.update(matrix.id, (m) => rate(m, 'e1', h1!.id, 'II'), 'Rated E1 for H1: II')
    const ratedAt = (await db.achMatrices.get(matrix.id))!.modified
    const undone = await history.revert(rated, 'undo', 'rate a cell')
    const now = (await db.achMatrices.get(matrix.id))!
    expect(now.evidence[0]!.ratings).toEqual({})
    expect(now.modified > ratedAt).toBe(true)
    const trail = await repo.historyOf(matrix.id)
    expect(trail.map((a) => [a.action, a.note])).toEqual([
      ['create', ''],
      ['update', 'Added a row'],
      ['update', 'Rated E1 for H1: II'],
      ['undo', 'Undone: rate a cell'],
    ])
    expect(trail.at(-1)!.changes.map((c) => c.field)).toEqual(['evidence'])
    await history.revert(undone, 'redo', 'rate a cell')
    expect((await db.achMatrices.get(matrix.id))!.evidence[0]!.ratings).toEqual({ [h1!.id]: 'II' })
  })

  it('duplicates with new ids in the same case, and deletes; undo brings the deleted one back', async () => {
    const { db, repo, history, matrix } = await setup()
    const [copied] = await repo.duplicate(matrix.id)
    const copy = copied!.after as AchMatrixRecord
    expect(copy.question).toBe('Will Homs fall within a week? (copy)')
    expect(copy.caseId).toBe(matrix.caseId)
    expect(copy.id).not.toBe(matrix.id)
    expect(copy.hypotheses.map((h) => h.text)).toEqual(matrix.hypotheses.map((h) => h.text))
    expect(copy.hypotheses.map((h) => h.id)).not.toEqual(matrix.hypotheses.map((h) => h.id))

    const removed = await repo.remove(matrix.id)
    expect(await db.achMatrices.get(matrix.id)).toBeUndefined()
    await history.revert(removed, 'undo', 'delete matrix')
    expect((await db.achMatrices.get(matrix.id))!.question).toBe(matrix.question)
    expect((await repo.historyOf(matrix.id)).map((a) => a.action)).toEqual(['create', 'delete', 'undo'])
  })
})

describe('matrices with their case', () => {
  it('go when the case is deleted, and come back when that is undone', async () => {
    const { db, cases, caseId, history, matrix } = await setup()
    expect(await cases.contents(caseId)).toMatchObject({ matrices: 1 })
    const removed = await cases.remove(caseId)
    expect(await db.achMatrices.count()).toBe(0)
    await history.revert(removed, 'undo', 'delete case')
    expect(await db.achMatrices.get(matrix.id)).toMatchObject({ question: matrix.question, caseId })
  })

  it('an undone case creation is refused when a matrix was added to it since', async () => {
    const db = new WorkbenchDB(`ach-${crypto.randomUUID()}`)
    dbs.push(db)
    const created = await casesRepo(db, () => 'A').create({ name: 'New', description: '', marking: '' })
    await achRepo(db, () => 'A').create(created[0]!.id as CaseId, { question: 'Q?', hypotheses: ['A', 'B'] })
    await expect(historyRepo(db, () => 'A').revert(created, 'undo', 'new case')).rejects.toThrow(
      'has documents, claims, briefings or matrices added since',
    )
  })

  it('travel in a case file: exported, imported as a new case elsewhere, with their audit trail', async () => {
    const { repo, caseId, matrix } = await setup()
    const [h1] = matrix.hypotheses
    await repo.update(
      matrix.id,
      (m) => setQuestion(rate(m, 'none', h1!.id, 'C'), 'Will Homs fall?'),
      'Renamed',
    )
    const file = await exportCase(dbs[0]!, caseId)
    expect(JSON.parse(file).achMatrices).toHaveLength(1)

    const other = new WorkbenchDB(`ach-${crypto.randomUUID()}`)
    dbs.push(other)
    const outcome = await importFile(other, file, { kind: 'new-case' }, 'homs.json', 'B. Colleague')
    expect(outcome.ok).toBe(true)
    const [imported] = await other.achMatrices.toArray()
    expect(imported).toMatchObject({ id: matrix.id, question: 'Will Homs fall?', caseId })
    expect(
      (await achRepo(other, () => 'B').historyOf(matrix.id as AchMatrixId)).map((a) => a.action),
    ).toEqual(['create', 'update'])
    // The import is one undoable step, matrices included.
    expect(outcome.ok && outcome.changes.filter((c) => c.table === 'achMatrices')).toHaveLength(1)
  })
})
