// A synthetic province for benchmarks: ~1,500 units, `people` persons with their employments and ten years
// (2016–2025) of emulation history, the collective awards of the units, every award on its issued decision (with
// its line on the decision's list), and the dossiers that proposed the province-level, central and collective
// ones, the last year's still in the workflow. Deterministic: the same options give the same rows. Values come from mulberry32
// streams forked per person (growing one part of the generator does not reshuffle the others); ids are keyed on
// the person's index and row counter, unique by construction (tables.ts). Pure data, made in chunks of people so
// that memory stays small; bench/synthetic/load.ts writes them.
import type { Gender } from '../../contracts/enums';
import { foldVietnamese, personNameSortKey } from '../../domain/text';
import { dayBefore } from '../../domain/units';
import { dateBetween } from '../../server/db/seed/dates';
import { generateFullName } from '../../server/db/seed/names';
import { createRandom, type Random } from '../../server/db/seed/prng';
import { awardeeLine, Awarding, type Candidate, type ProposedAward, proposerOf } from './awarding';
import { addCollectiveAwards } from './collective';
import { DecisionBook } from './decisions';
import { DossierWriter, type StatusWalk } from './dossiers';
import {
  addPersonHistory,
  FROM_YEAR,
  type HistoryContext,
  historyTables,
  type PersonJob,
  TO_YEAR,
} from './history';
import { ColumnTable, idSource, keyedUuid } from './tables';
import { DEFAULT_SHAPE, generateOrganisation, type Organisation, type UnitShape } from './units';

export const SYNTHETIC_SEED = 20251231;
const FIRST_DOSSIER_YEAR = 2017;

const subjectOfAward = (a: ProposedAward) => ({
  kind: a.subjectKind,
  personId: a.personId,
  unit: a.unit,
  name: a.name,
});

export interface ProvinceOptions {
  people: number;
  seed?: number;
  shape?: UnitShape;
  /** People per chunk (default 20,000). */
  chunk?: number;
}

export interface ProvinceChunk {
  /** The people of this chunk, in generation order. */
  personIds: string[];
  /**
   * In insertion order: the units (first chunk only), people, employments, then year by year that year's
   * ratings and awards (as a real database would have received them), then initiatives (after the awards
   * they use), disciplines and investigations.
   */
  tables: ColumnTable[];
  /** Dossiers to walk through their later statuses once inserted (last chunk). */
  walk?: StatusWalk;
}

/**
 * The province, chunk by chunk: the units, decision registers and collective awards come with the first chunk,
 * the dossiers (and the awards of the last year's decided proposals) with a last chunk of their own.
 */
export function* generateProvince(options: ProvinceOptions): Generator<ProvinceChunk> {
  const seed = options.seed ?? SYNTHETIC_SEED;
  const chunk = options.chunk ?? 20_000;
  const root = createRandom(seed);
  const salt = ~seed >>> 0;
  const organisation = generateOrganisation(salt, options.shape ?? DEFAULT_SHAPE);
  const book = new DecisionBook(
    salt,
    root.fork('decisions'),
    organisation.province,
    organisation.authorities,
  );
  const awarding = new Awarding(book, organisation.province);
  addCollectiveAwards(root.fork('collectives'), salt, organisation, awarding);
  for (let first = 0; first < options.people; first += chunk) {
    const tables = generateChunk(
      seed,
      root,
      organisation,
      awarding,
      first,
      Math.min(options.people, first + chunk),
    );
    if (first === 0) tables.tables.unshift(organisation.table, book.registerTable(organisation.authorities));
    yield tables;
  }
  yield closingChunk(salt, root.fork('dossiers'), awarding, book);
}

/** The dossiers of every proposal, the last year's candidates in the workflow, the registers' and codes' counters. */
function closingChunk(salt: number, random: Random, awarding: Awarding, book: DecisionBook): ProvinceChunk {
  const history = [...awarding.proposals.values()];
  const writer = new DossierWriter(salt, random, awarding);
  const groups = new Map<string, Candidate[]>();
  for (const c of awarding.candidates) {
    const subject = { kind: c.subjectKind, personId: c.personId, unit: c.unit, name: c.name };
    const key = `${proposerOf(subject).id}|${c.kind}|${c.subjectKind}`;
    const group = groups.get(key) ?? [];
    group.push(c);
    groups.set(key, group);
  }
  let n = 0;
  writer.active(random.fork('active'), [...groups.values()], (group) => {
    for (const c of group) {
      const subject = { kind: c.subjectKind, personId: c.personId, unit: c.unit, name: c.name };
      awarding.grant({
        subject,
        kind: c.kind,
        year: TO_YEAR,
        id: keyedUuid(salt ^ 0xa5a5, n++),
        round: '|late',
      });
    }
    const c = group[0]!;
    return awarding.proposalOf(
      { kind: c.subjectKind, personId: c.personId, unit: c.unit, name: c.name },
      c.kind,
      TO_YEAR,
      '|late',
    );
  });
  const decided = random.fork('decided');
  // Dossiers start with the catalog's first regime (achievement year 2017); older awards have no dossier.
  for (const p of history) {
    if (p.year >= FIRST_DOSSIER_YEAR) writer.decided(decided, p);
    else
      for (const a of p.awards)
        awarding.awardees.push(
          awardeeLine(a.awardId, a.decision, a.position, subjectOfAward(a), a.kind, p.year, null),
        );
  }
  const decisions = book.drain();
  const [awards, awardees, revoked] = [awarding.awards.get(TO_YEAR)!, ...awarding.drain().slice(-2)] as const;
  return {
    personIds: [],
    tables: [decisions, awards, ...writer.tables(), awardees!, revoked!, book.registerYears()],
    walk: writer.walk,
  };
}

function generateChunk(
  seed: number,
  root: Random,
  organisation: Organisation,
  awarding: Awarding,
  first: number,
  end: number,
): ProvinceChunk {
  const people = new ColumnTable('people', {
    id: 'uuid',
    full_name: 'text',
    full_name_folded: 'text',
    name_sort: 'text',
    gender: 'text',
    birth_date: 'date',
    recruited_on: 'date',
  });
  const employments = new ColumnTable('employments', {
    id: 'uuid',
    person_id: 'uuid',
    unit_id: 'uuid',
    position: 'text',
    cadre_class: 'text',
    from_date: 'date',
    to_date: 'date',
  });
  const history = historyTables();
  const ctx: HistoryContext = { tables: history, awarding };
  const personIds: string[] = [];
  for (let i = first; i < end; i++) {
    const r = root.fork(`person:${i}`);
    const nextId = idSource(seed, i);
    const id = nextId();
    personIds.push(id);
    const gender: Gender = r.chance(0.55) ? 'female' : 'male';
    const fullName = generateFullName(r, gender);
    // Most staff were recruited before the history starts; some during it (short tenure, fewer ratings).
    const recruitedOn = r.chance(0.85)
      ? dateBetween(r, '1990-01-01', `${FROM_YEAR - 1}-12-31`)
      : dateBetween(r, `${FROM_YEAR}-01-01`, `${TO_YEAR}-10-31`);
    const birthYear = Math.max(1964, Number(recruitedOn.slice(0, 4)) - r.int(21, 33));
    people.push({
      id,
      full_name: fullName,
      full_name_folded: foldVietnamese(fullName),
      name_sort: personNameSortKey(fullName),
      gender,
      birth_date: dateBetween(r, `${birthYear}-01-01`, `${birthYear}-12-31`),
      recruited_on: recruitedOn,
    });
    const jobs: PersonJob[] = [{ unit: organisation.pickUnit(r), from: recruitedOn, to: null }];
    // About one in eight moved once to another unit during the history.
    const moveFrom = recruitedOn > `${FROM_YEAR}-12-31` ? recruitedOn : `${FROM_YEAR + 1}-01-01`;
    if (r.chance(0.12) && moveFrom < `${TO_YEAR - 1}-12-31`) {
      const moved = dateBetween(r, moveFrom, `${TO_YEAR - 1}-12-31`);
      if (moved > recruitedOn) {
        jobs[0]!.to = dayBefore(moved);
        jobs.push({ unit: organisation.pickUnit(r), from: moved, to: null });
      }
    }
    for (const job of jobs) {
      employments.push({
        id: nextId(),
        person_id: id,
        unit_id: job.unit.id,
        position: job.unit.position,
        cadre_class: job.unit.cadreClass,
        from_date: job.from,
        to_date: job.to,
      });
    }
    addPersonHistory(r, ctx, { id, name: fullName, recruitedOn, jobs, nextId });
  }
  // Decisions before the awards they grant; a year's ratings, then its awards (the order a real database would have
  // received them in); the awardee lines and revocations; initiatives after the awards that use them.
  const tables: ColumnTable[] = [people, employments, awarding.book.drain()];
  for (let year = FROM_YEAR; year <= TO_YEAR; year++) {
    tables.push(history.ratings.get(year)!, awarding.awards.get(year)!);
  }
  tables.push(...awarding.drain().slice(-2));
  tables.push(history.initiatives, history.disciplines, history.investigations);
  return { personIds, tables };
}
