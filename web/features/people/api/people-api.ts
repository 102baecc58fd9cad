// People API: the paged list (diacritic-insensitive search done by the server), a person, and changes.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  EmploymentUpdateBody,
  ImportRowError,
  PeoplePage,
  PersonCreateInput,
  PersonView,
} from '../../../../contracts/people';
import type { z } from '../../../../contracts/zod';
import type { EmploymentInput, PersonUpdateBody } from '../../../../contracts/people';
import { api, ApiError } from '../../../lib/api';

export interface PeopleListParams {
  q?: string;
  unitId?: string;
  includeSubunits?: boolean;
  page: number;
  pageSize: number;
}

/** GET /api/people?q=&unitId=&includeSubunits=&page=&pageSize= */
export function peopleListQuery(params: PeopleListParams) {
  return queryOptions({
    queryKey: ['people', 'list', params],
    queryFn: ({ signal }) =>
      api<PeoplePage>('/api/people', {
        query: {
          q: params.q?.trim() || undefined,
          unitId: params.unitId,
          includeSubunits: params.unitId && params.includeSubunits ? 'true' : undefined,
          page: params.page,
          pageSize: params.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/people/:id */
export function personQuery(id: string) {
  return queryOptions({
    queryKey: ['people', 'detail', id],
    queryFn: ({ signal }) => api<PersonView>(`/api/people/${id}`, { signal }),
  });
}

function useSavePerson() {
  const client = useQueryClient();
  return (person: PersonView) => {
    client.setQueryData(personQuery(person.id).queryKey, person);
    return client.invalidateQueries({ queryKey: ['people', 'list'] });
  };
}

/** POST /api/people — the person and their first employment. */
export function useCreatePerson() {
  const saved = useSavePerson();
  return useMutation({
    mutationFn: (body: PersonCreateInput) => api<PersonView>('/api/people', { method: 'POST', body }),
    onSuccess: saved,
  });
}

export type PersonUpdateValues = z.input<typeof PersonUpdateBody>;

/** PATCH /api/people/:id (with the version read). */
export function useUpdatePerson(id: string) {
  const saved = useSavePerson();
  return useMutation({
    mutationFn: (body: PersonUpdateValues) => api<PersonView>(`/api/people/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

export type EmploymentValues = z.input<typeof EmploymentInput>;

/** POST /api/people/:id/employments */
export function useAddEmployment(personId: string) {
  const saved = useSavePerson();
  return useMutation({
    mutationFn: (body: EmploymentValues) =>
      api<PersonView>(`/api/people/${personId}/employments`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/people/:id/employments/:employmentId — close (toDate) or correct an employment. */
export function useUpdateEmployment(personId: string) {
  const saved = useSavePerson();
  return useMutation({
    mutationFn: ({
      employmentId,
      body,
    }: {
      employmentId: string;
      body: z.input<typeof EmploymentUpdateBody>;
    }) => api<PersonView>(`/api/people/${personId}/employments/${employmentId}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

export const IMPORT_TEMPLATE_URL = '/api/people/import-template.xlsx';

/** The row-numbered errors of a refused import (400 body `rows`), or null for other errors. */
export function importRowErrors(error: unknown): ImportRowError[] | null {
  if (!(error instanceof ApiError)) return null;
  const rows = (error.body as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as ImportRowError[]) : null;
}

/** POST /api/people/import (multipart, field "file"): all rows or none. */
export function useImportPeople() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api<{ imported: number }>('/api/people/import', { method: 'POST', body: form });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['people'] }),
  });
}
