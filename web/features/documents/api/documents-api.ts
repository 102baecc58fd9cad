// Documents API: the register (search, one document with its movements and file) and its changes. Every change to
// a document answers the refreshed document, which replaces the cached one.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AuthorityLevel,
  DocumentCreateInput,
  DocumentPage,
  DocumentType,
  DocumentUpdateInput,
  DocumentView,
} from '../../../../contracts/documents';
import { api } from '../../../lib/api';

export interface DocumentListParams {
  q?: string;
  type?: DocumentType;
  level?: AuthorityLevel;
  issuer?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** GET /api/documents */
export function documentsQuery(params: DocumentListParams) {
  return queryOptions({
    queryKey: ['documents', 'list', params],
    queryFn: ({ signal }) =>
      api<DocumentPage>('/api/documents', {
        query: { ...params, q: params.q?.trim() || undefined, issuer: params.issuer?.trim() || undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/documents/:id */
export function documentQuery(id: string) {
  return queryOptions({
    queryKey: ['documents', 'one', id],
    queryFn: ({ signal }) => api<DocumentView>(`/api/documents/${id}`, { signal }),
  });
}

/** Caches the refreshed document and marks the lists (and movement pages citing it) stale. */
function useDocumentSaved() {
  const client = useQueryClient();
  return (doc: DocumentView) => {
    client.setQueryData(documentQuery(doc.id).queryKey, doc);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['documents', 'list'] }),
      client.invalidateQueries({ queryKey: ['movements'] }),
    ]);
  };
}

/** POST /api/documents */
export function useCreateDocument() {
  const saved = useDocumentSaved();
  return useMutation({
    mutationFn: (body: DocumentCreateInput) => api<DocumentView>('/api/documents', { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** PATCH /api/documents/:id */
export function useUpdateDocument(id: string) {
  const saved = useDocumentSaved();
  return useMutation({
    mutationFn: (body: DocumentUpdateInput) =>
      api<DocumentView>(`/api/documents/${id}`, { method: 'PATCH', body }),
    onSuccess: saved,
  });
}

/** DELETE /api/documents/:id */
export function useDeleteDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/api/documents/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['documents'] }),
  });
}

/** PUT /api/documents/:id/file (multipart) */
export function useUploadDocumentFile(id: string) {
  const saved = useDocumentSaved();
  return useMutation({
    mutationFn: ({ file, version }: { file: File; version: number }) => {
      const body = new FormData();
      body.append('version', String(version));
      body.append('file', file);
      return api<DocumentView>(`/api/documents/${id}/file`, { method: 'PUT', body });
    },
    onSuccess: saved,
  });
}

/** DELETE /api/documents/:id/file */
export function useRemoveDocumentFile(id: string) {
  const saved = useDocumentSaved();
  return useMutation({
    mutationFn: () => api<DocumentView>(`/api/documents/${id}/file`, { method: 'DELETE' }),
    onSuccess: saved,
  });
}

/** The download address of a document's file. */
export const documentFileUrl = (id: string) => `/api/documents/${id}/file`;
