// The award kinds of the catalog in force at a date (names as written on decisions), for pickers in forms.
import { queryOptions } from '@tanstack/react-query';
import type { AwardKindCode, AwardType, SubjectKind } from '../../domain/regimes/types';
import { api } from './api';

export interface AwardKindOption {
  value: AwardKindCode;
  label: string;
  category: 'title' | 'form';
  subjects: readonly SubjectKind[];
  awardTypes: readonly AwardType[];
}

interface CatalogKindLike {
  code: AwardKindCode;
  name?: string;
  category?: 'title' | 'form';
  subjects?: readonly SubjectKind[];
  awardTypes?: readonly AwardType[];
  def?: {
    name: string;
    category: 'title' | 'form';
    subjects: readonly SubjectKind[];
    awardTypes: readonly AwardType[];
  };
}

function toOption(k: CatalogKindLike): AwardKindOption {
  return {
    value: k.code,
    label: k.name ?? k.def?.name ?? k.code,
    category: k.category ?? k.def?.category ?? 'title',
    subjects: k.subjects ?? k.def?.subjects ?? [],
    awardTypes: k.awardTypes ?? k.def?.awardTypes ?? [],
  };
}

/** GET /api/catalog?date= → the kinds of the regime in force that day, titles first. */
export function awardKindOptionsQuery(date: string) {
  return queryOptions({
    queryKey: ['catalog', 'kinds', date],
    queryFn: async ({ signal }) => {
      const catalog = await api<{ kinds: CatalogKindLike[] | Record<string, CatalogKindLike> }>(
        '/api/catalog',
        {
          query: { date },
          signal,
        },
      );
      const kinds = Array.isArray(catalog.kinds) ? catalog.kinds : Object.values(catalog.kinds);
      return kinds.map(toOption);
    },
    staleTime: 10 * 60_000,
  });
}

/** Options for a subject kind (individual kinds for a person, collective kinds for a unit). */
export function kindsFor(options: readonly AwardKindOption[] | undefined, subject: SubjectKind) {
  return (options ?? []).filter((o) => o.subjects.length === 0 || o.subjects.includes(subject));
}
