// Certificates API: print layouts of the awarding authorities, the placement preview, the awards one may print,
// the batch print and the sample print (files), and the public verification of an award (no session).
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CertificateValues,
  LayoutCreateInput,
  LayoutGeometryBody,
  LayoutView,
  Placement,
  PrintableAward,
  PrintInput,
  PublicAwardView,
} from '../../../../contracts/certificates';
import type { ErrorBody } from '../../../../contracts/common';
import { api, ApiError } from '../../../lib/api';

export type LayoutGeometryInput = Omit<LayoutGeometryBody, 'fields'> & {
  fields: LayoutCreateInput['fields'];
};

/** GET /api/certificates/layouts */
export function layoutsQuery(filter: { authorityUnitId?: string; awardKind?: string } = {}) {
  return queryOptions({
    queryKey: ['certificates', 'layouts', filter],
    queryFn: ({ signal }) => api<LayoutView[]>('/api/certificates/layouts', { query: filter, signal }),
  });
}

/** GET /api/certificates/layouts/:id */
export function layoutQuery(id: string) {
  return queryOptions({
    queryKey: ['certificates', 'layout', id],
    queryFn: ({ signal }) => api<LayoutView>(`/api/certificates/layouts/${id}`, { signal }),
  });
}

/** POST /api/certificates/preview — the placement of a layout (as edited, not saved) with the example values. */
export function previewQuery(layout: LayoutGeometryInput | null, values?: Partial<CertificateValues>) {
  return queryOptions({
    queryKey: ['certificates', 'preview', layout, values],
    queryFn: ({ signal }) =>
      api<Placement>('/api/certificates/preview', { method: 'POST', body: { layout, values }, signal }),
    enabled: layout !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });
}

export interface PrintableParams {
  decisionNumber?: string;
  decisionDate?: string;
  year?: number;
  q?: string;
  page: number;
  pageSize: number;
}

/** GET /api/certificates/awards */
export function printableQuery(params: PrintableParams) {
  return queryOptions({
    queryKey: ['certificates', 'awards', params],
    queryFn: ({ signal }) =>
      api<{ items: PrintableAward[]; total: number; page: number; pageSize: number }>(
        '/api/certificates/awards',
        {
          query: {
            ...params,
            q: params.q?.trim() || undefined,
            decisionNumber: params.decisionNumber?.trim() || undefined,
          },
          signal,
        },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSaveLayout(id: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (
      body: LayoutCreateInput | (Omit<LayoutCreateInput, 'authorityUnitId'> & { version: number }),
    ) =>
      id
        ? api<LayoutView>(`/api/certificates/layouts/${id}`, { method: 'PATCH', body })
        : api<LayoutView>('/api/certificates/layouts', { method: 'POST', body }),
    onSuccess: (view) => {
      qc.setQueryData(layoutQuery(view.id).queryKey, view);
      void qc.invalidateQueries({ queryKey: ['certificates', 'layouts'] });
    },
  });
}

export function useDeleteLayout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (layout: Pick<LayoutView, 'id' | 'version'>) =>
      api(`/api/certificates/layouts/${layout.id}`, { method: 'DELETE', query: { version: layout.version } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['certificates', 'layouts'] }),
  });
}

/** GET /api/public/awards/:code (no session). */
export function publicAwardQuery(code: string) {
  return queryOptions({
    queryKey: ['public', 'award', code],
    queryFn: ({ signal }) =>
      api<PublicAwardView>(`/api/public/awards/${encodeURIComponent(code)}`, { signal }),
    retry: false,
  });
}

/** The file name of a Content-Disposition answer (RFC 5987 form first). */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]!);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** POSTs and saves the answered file (a PDF or .docx); errors become ApiError with the server's message. */
async function download(
  path: string,
  body: unknown,
  csrfToken: string | null,
  fallback: string,
): Promise<number> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
    body: JSON.stringify(body),
  }).catch(() => {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ, vui lòng kiểm tra mạng và thử lại');
  });
  if (!response.ok) {
    const parsed = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
    throw new ApiError(
      response.status,
      parsed?.error?.code ?? `HTTP_${response.status}`,
      parsed?.error?.message ?? 'Không tạo được tệp in, vui lòng thử lại',
      parsed?.error?.fields ?? {},
    );
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(response, fallback);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Number(response.headers.get('x-certificate-count') ?? '1');
}

/** POST /api/certificates/print → the file is saved; resolves to the number of certificates in it. */
export function printCertificates(body: PrintInput, csrfToken: string | null): Promise<number> {
  return download('/api/certificates/print', body, csrfToken, `giay-khen.${body.format ?? 'pdf'}`);
}

/** POST /api/certificates/sample → a one-page PDF with the example values, to try the blank in the printer. */
export function printSample(layout: LayoutGeometryInput, csrfToken: string | null): Promise<number> {
  return download('/api/certificates/sample', { layout }, csrfToken, 'giay-khen-in-thu.pdf');
}
