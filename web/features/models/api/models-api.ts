// Exemplary models API: the signed-in list, one model and its changes (photos included), and the public
// listing of published models (/api/public/models, no session needed).
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ModelCategory,
  ModelCreateInput,
  ModelField,
  ModelPage,
  ModelUpdateInput,
  ModelView,
  PublicModelPage,
  PublicModelView,
} from '../../../../contracts/models';
import type { MovementPage } from '../../../../contracts/movements';
import type { PeoplePage } from '../../../../contracts/people';
import { api } from '../../../lib/api';

export interface ModelListParams {
  q?: string;
  category?: ModelCategory;
  field?: ModelField;
  published?: boolean;
  page: number;
  pageSize: number;
}

/** GET /api/models */
export function modelsQuery(params: ModelListParams) {
  return queryOptions({
    queryKey: ['models', 'list', params],
    queryFn: ({ signal }) =>
      api<ModelPage>('/api/models', {
        query: {
          q: params.q?.trim() || undefined,
          category: params.category,
          field: params.field,
          published: params.published,
          page: params.page,
          pageSize: params.pageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/models/:id */
export function modelQuery(id: string) {
  return queryOptions({
    queryKey: ['models', 'detail', id],
    queryFn: ({ signal }) => api<ModelView>(`/api/models/${id}`, { signal }),
  });
}

export interface PublicListParams {
  q?: string;
  category?: ModelCategory;
  page: number;
}

export const PUBLIC_PAGE_SIZE = 12;

/** GET /api/public/models */
export function publicModelsQuery(params: PublicListParams) {
  return queryOptions({
    queryKey: ['public-models', 'list', params],
    queryFn: ({ signal }) =>
      api<PublicModelPage>('/api/public/models', {
        query: {
          q: params.q?.trim() || undefined,
          category: params.category,
          page: params.page,
          pageSize: PUBLIC_PAGE_SIZE,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/public/models/:id */
export function publicModelQuery(id: string) {
  return queryOptions({
    queryKey: ['public-models', 'detail', id],
    queryFn: ({ signal }) => api<PublicModelView>(`/api/public/models/${id}`, { signal }),
  });
}

/** People search for the subject picker (diacritics optional). */
export function personSearchQuery(q: string) {
  return queryOptions({
    queryKey: ['models', 'person-search', q],
    queryFn: ({ signal }) => api<PeoplePage>('/api/people', { query: { q: q.trim(), pageSize: 20 }, signal }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** Movements search for the model's movement picker (diacritics optional). */
export function movementSearchQuery(q: string) {
  return queryOptions({
    queryKey: ['models', 'movement-search', q],
    queryFn: ({ signal }) =>
      api<MovementPage>('/api/movements', { query: { q: q.trim() || undefined, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

function useModelSaved() {
  const client = useQueryClient();
  return (model: ModelView) => {
    client.setQueryData(modelQuery(model.id).queryKey, model);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['models', 'list'] }),
      client.invalidateQueries({ queryKey: ['public-models'] }),
    ]);
  };
}

/** POST /api/models */
export function useCreateModel() {
  const saved = useModelSaved();
  return useMutation({
    mutationFn: (body: ModelCreateInput) => api<ModelView>('/api/models', { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/models/:id */
export function useUpdateModel(id: string) {
  const saved = useModelSaved();
  return useMutation({
    mutationFn: (body: ModelUpdateInput) => api<ModelView>(`/api/models/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

/** POST /api/models/:id/publish or …/unpublish */
export function usePublishModel(id: string) {
  const saved = useModelSaved();
  return useMutation({
    mutationFn: ({ publish, version }: { publish: boolean; version: number }) =>
      api<ModelView>(`/api/models/${id}/${publish ? 'publish' : 'unpublish'}`, {
        method: 'POST',
        body: { version },
      }),
    onSuccess: saved,
  });
}

/** DELETE /api/models/:id */
export function useDeleteModel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/api/models/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['models'] }),
  });
}

/** POST /api/models/:id/photos (multipart: caption, file) */
export function useAddPhoto(id: string) {
  const saved = useModelSaved();
  return useMutation({
    mutationFn: ({ file, caption }: { file: File; caption: string }) => {
      const body = new FormData();
      if (caption.trim()) body.append('caption', caption.trim());
      body.append('file', file);
      return api<ModelView>(`/api/models/${id}/photos`, { method: 'POST', body });
    },
    onSuccess: saved,
  });
}

/** DELETE /api/models/:id/photos/:photoId */
export function useRemovePhoto(id: string) {
  const saved = useModelSaved();
  return useMutation({
    mutationFn: (photoId: string) =>
      api<ModelView>(`/api/models/${id}/photos/${photoId}`, { method: 'DELETE' }),
    onSuccess: saved,
  });
}
