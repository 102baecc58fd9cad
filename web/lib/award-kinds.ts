// The award kinds of the catalog in force at a date (names as written on decisions), for pickers in forms.
import { queryOptions } from '@tanstack/react-query';
import type { CatalogView } from '../../contracts/catalog';
import type { AwardKindCode, AwardType, SubjectKind } from '../../domain/regimes/types';
import { api } from './api';

export interface AwardKindOption {
  value: AwardKindCode;
  label: string;
  category: 'title' | 'form';
  subjects: readonly SubjectKind[];
  awardTypes: readonly AwardType[];
}

/** GET /api/catalog?date= → the kinds of the regime in force that day, as select options. */
export function awardKindOptionsQuery(date: string) {
  return queryOptions({
    queryKey: ['catalog', 'kinds', date],
    queryFn: async ({ signal }): Promise<AwardKindOption[]> => {
      const catalog = await api<CatalogView>('/api/catalog', { query: { date }, signal });
      return catalog.kinds.map((k) => ({
        value: k.code,
        label: k.name,
        category: k.category,
        subjects: k.subjects,
        awardTypes: k.awardTypes as AwardType[],
      }));
    },
    staleTime: 10 * 60_000,
  });
}

/** Options for a subject kind (individual kinds for a person, collective kinds for a unit). */
export function kindsFor(options: readonly AwardKindOption[] | undefined, subject: SubjectKind) {
  return (options ?? []).filter((o) => o.subjects.length === 0 || o.subjects.includes(subject));
}
