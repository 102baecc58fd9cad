// Candidates of the suggestions: people employed on a date in a unit's subtree, or the subtree's open units.
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';

export interface Candidate {
  id: string;
  name: string;
  nameSort: string;
  /** The unit whose overlays apply: the person's unit on the date, or the unit itself. */
  unitPath: string;
  /** Shown beside the name: the person's unit, or the unit's parent. */
  unitName: string | null;
}

const subtree = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** People with an employment in force on the date at a unit of the subtree (their latest such employment). */
export async function peopleEmployedIn(db: Db, path: string, date: string): Promise<Candidate[]> {
  const rows = await queryRows<{
    id: string;
    name: string;
    name_sort: string;
    unit_path: string;
    unit_name: string;
  }>(
    db,
    sql`select distinct on (p.id) p.id, p.full_name as name, p.name_sort, u.path as unit_path, u.name as unit_name
      from employments e join people p on p.id = e.person_id join units u on u.id = e.unit_id
      where u.path like ${subtree(path)} and e.from_date <= ${date} and (e.to_date is null or e.to_date >= ${date})
      order by p.id, e.from_date desc, e.created_at desc`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    nameSort: r.name_sort,
    unitPath: r.unit_path,
    unitName: r.unit_name,
  }));
}

/** The units of the subtree (the unit included) valid on the date. */
export async function unitsOpenIn(db: Db, path: string, date: string): Promise<Candidate[]> {
  const rows = await queryRows<{
    id: string;
    name: string;
    name_sort: string;
    path: string;
    parent_name: string | null;
  }>(
    db,
    sql`select u.id, u.name, u.name_sort, u.path, pu.name as parent_name
      from units u left join units pu on pu.id = u.parent_id
      where u.path like ${subtree(path)} and u.valid_from <= ${date} and (u.valid_to is null or u.valid_to >= ${date})`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    nameSort: r.name_sort,
    unitPath: r.path,
    unitName: r.parent_name,
  }));
}
