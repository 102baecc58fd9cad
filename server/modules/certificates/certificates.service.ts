// Certificates: the print layouts of each awarding authority (create, change with optimistic locking, delete),
// their preview, and the batch printing of the certificates of awards in scope (PDF or .docx), each audited.
import { and, eq, sql } from 'drizzle-orm';
import type { LayoutGeometryBody } from '../../../contracts/certificates';
import {
  type CertificateValues,
  LayoutCreateBody,
  type LayoutGeometry,
  LayoutUpdateBody,
  type LayoutView,
  type Placement,
  PreviewBody,
  PrintBody,
  type PrintableAward,
  PrintableQuery,
  SampleBody,
} from '../../../contracts/certificates';
import { foldVietnamese } from '../../../domain/text';
import type { Db } from '../../db/client';
import { awards, certificateLayouts, people, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { hasRoleAt } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, invalidField, notFound } from '../../lib/errors';
import { renderCertificatesDocx } from '../../render/certificate.docx';
import { formatDocDate } from '../../render/nd30';
import { placeCertificate, SAMPLE_VALUES } from '../../render/certificate.layout';
import { renderCertificatesPdf } from '../../render/certificate.pdf';
import { parseInput } from '../people/people.service';
import { staleRecord } from '../history/history.service';
import {
  byDecision,
  byDecisionNumber,
  authorityUnit,
  byIds,
  type CertificateAward,
  certificateValues,
  presentPrintable,
  countAwards,
  selectAwards,
  subjectUnit,
  unitAt,
} from './certificates.awards';
import {
  canPrintAward,
  LAYOUT_EDITORS,
  layoutAbilities,
  layoutVisible,
  PRINTERS,
} from './certificates.policy';

const WHAT = 'mẫu in giấy khen';
type LayoutRow = typeof certificateLayouts.$inferSelect;
type UnitFacts = { id: string; name: string; path: string };

/** The verification URL of an award's QR code. */
export const verifyUrl = (baseUrl: string, code: string) => `${baseUrl.replace(/\/+$/, '')}/xac-thuc/${code}`;
/** An example code for previews (never an award's). */
const EXAMPLE_CODE = '0000000000000000';

function present(row: LayoutRow, unit: UnitFacts, actor: Actor): LayoutView {
  return {
    id: row.id,
    authorityUnit: { id: unit.id, name: unit.name },
    name: row.name,
    awardKinds: row.awardKinds,
    paper: row.paper as LayoutView['paper'],
    pageWidthMm: row.pageWidthMm,
    pageHeightMm: row.pageHeightMm,
    offsetXMm: row.offsetXMm,
    offsetYMm: row.offsetYMm,
    placeName: row.placeName,
    signerTitle: row.signerTitle,
    signerName: row.signerName,
    fields: row.fields,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    can: layoutAbilities(actor, unit.path),
  };
}

async function loadUnit(tx: Db, id: string): Promise<UnitFacts | null> {
  const [u] = await tx
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(eq(units.id, id));
  return u ?? null;
}

/** A layout visible to the actor (404 otherwise), locked for update when asked. */
async function loadLayout(tx: Db, actor: Actor, id: string, lock = false) {
  const query = tx
    .select({ layout: certificateLayouts, unit: { id: units.id, name: units.name, path: units.path } })
    .from(certificateLayouts)
    .innerJoin(units, eq(units.id, certificateLayouts.authorityUnitId))
    .where(eq(certificateLayouts.id, id));
  const [row] = lock ? await query.for('update', { of: certificateLayouts }) : await query;
  if (!row || !layoutVisible(actor, row.unit.path)) notFound(WHAT);
  return row;
}

/** GET /api/certificates/layouts: the layouts the actor sees, by authority then name. */
export async function listLayouts(
  tx: Db,
  actor: Actor,
  query: { authorityUnitId?: string | undefined; awardKind?: string | undefined },
): Promise<LayoutView[]> {
  if (actor.roles.length === 0) return [];
  const related = sql.join(
    actor.roles.map(
      (r) => sql`(${units.path} like ${r.unitPath + '%'} or ${r.unitPath} like ${units.path} || '%')`,
    ),
    sql` or `,
  );
  const rows = await tx
    .select({ layout: certificateLayouts, unit: { id: units.id, name: units.name, path: units.path } })
    .from(certificateLayouts)
    .innerJoin(units, eq(units.id, certificateLayouts.authorityUnitId))
    .where(
      and(
        sql`(${related})`,
        query.authorityUnitId ? eq(certificateLayouts.authorityUnitId, query.authorityUnitId) : undefined,
        query.awardKind
          ? sql`(${certificateLayouts.awardKinds} = '[]'::jsonb or ${certificateLayouts.awardKinds} ? ${query.awardKind})`
          : undefined,
      ),
    )
    .orderBy(units.nameSort, certificateLayouts.name);
  return rows.map((r) => present(r.layout, r.unit, actor));
}

/** GET /api/certificates/layouts/:id */
export async function getLayout(tx: Db, actor: Actor, id: string): Promise<LayoutView> {
  const row = await loadLayout(tx, actor, id);
  return present(row.layout, row.unit, actor);
}

function columnsOf(body: Omit<LayoutCreateBody, 'authorityUnitId'>) {
  return {
    name: body.name,
    awardKinds: body.awardKinds,
    paper: body.paper,
    pageWidthMm: body.pageWidthMm,
    pageHeightMm: body.pageHeightMm,
    offsetXMm: body.offsetXMm,
    offsetYMm: body.offsetYMm,
    placeName: body.placeName ?? null,
    signerTitle: body.signerTitle || null,
    signerName: body.signerName ?? null,
    fields: body.fields,
  };
}

const snapshot = (row: LayoutRow) => {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
};

/** POST /api/certificates/layouts */
export async function createLayout(tx: Db, actor: Actor, input: unknown): Promise<LayoutView> {
  const body = parseInput(LayoutCreateBody, input);
  const unit = await loadUnit(tx, body.authorityUnitId);
  if (!unit || !layoutVisible(actor, unit.path))
    invalidField('authorityUnitId', 'Không tìm thấy cơ quan khen thưởng');
  authorize(
    hasRoleAt(actor, LAYOUT_EDITORS, unit.path),
    'Chỉ quản trị viên hoặc chuyên viên của cơ quan khen thưởng mới tạo được mẫu in',
  );
  const [row] = await tx
    .insert(certificateLayouts)
    .values({ authorityUnitId: unit.id, ...columnsOf(body), createdBy: actor.userId })
    .returning();
  await appendAudit(tx, actor, {
    action: 'certificate_layout.created',
    entity: 'certificate_layout',
    entityId: row!.id,
    unitId: unit.id,
    after: snapshot(row!),
  });
  return present(row!, unit, actor);
}

/** PATCH /api/certificates/layouts/:id (with version) */
export async function updateLayout(tx: Db, actor: Actor, id: string, input: unknown): Promise<LayoutView> {
  const body = parseInput(LayoutUpdateBody, input);
  const { layout, unit } = await loadLayout(tx, actor, id, true);
  authorize(layoutAbilities(actor, unit.path).update, 'Bạn không có quyền sửa mẫu in này');
  if (layout.version !== body.version) throw staleRecord(WHAT);
  const [row] = await tx
    .update(certificateLayouts)
    .set({ ...columnsOf(body), updatedAt: new Date(), version: layout.version + 1 })
    .where(and(eq(certificateLayouts.id, id), eq(certificateLayouts.version, body.version)))
    .returning();
  if (!row) throw staleRecord(WHAT);
  await appendAudit(tx, actor, {
    action: 'certificate_layout.updated',
    entity: 'certificate_layout',
    entityId: id,
    unitId: unit.id,
    before: snapshot(layout),
    after: snapshot(row),
  });
  return present(row, unit, actor);
}

/** DELETE /api/certificates/layouts/:id?version= */
export async function deleteLayout(tx: Db, actor: Actor, id: string, version: number): Promise<void> {
  const { layout, unit } = await loadLayout(tx, actor, id, true);
  authorize(layoutAbilities(actor, unit.path).delete, 'Bạn không có quyền xóa mẫu in này');
  if (layout.version !== version) throw staleRecord(WHAT);
  await tx.delete(certificateLayouts).where(eq(certificateLayouts.id, id));
  await appendAudit(tx, actor, {
    action: 'certificate_layout.deleted',
    entity: 'certificate_layout',
    entityId: id,
    unitId: unit.id,
    before: snapshot(layout),
  });
}

/** The example values, with the layout's own defaults (place, signer) where it has them. */
function sampleValues(
  layout: LayoutGeometryBody,
  given: Partial<CertificateValues> | undefined,
): CertificateValues {
  return {
    ...SAMPLE_VALUES,
    ...(layout.placeName ? { noi_ngay: formatDocDate(layout.placeName, '2025-12-03') } : {}),
    ...(layout.signerTitle ? { chuc_vu_nguoi_ky: layout.signerTitle } : {}),
    ...(layout.signerName ? { nguoi_ky: layout.signerName } : {}),
    ...(given ?? {}),
  };
}

/** POST /api/certificates/preview: where a layout puts each line, with example (or given) values. */
export function previewLayout(input: unknown, baseUrl: string): Placement {
  const body = parseInput(PreviewBody, input);
  return placeCertificate(
    geometry(body.layout),
    sampleValues(body.layout, body.values),
    verifyUrl(baseUrl, EXAMPLE_CODE),
  );
}

/** POST /api/certificates/sample: one certificate with the example values, to test the blank in the printer. */
export async function samplePdf(input: unknown, baseUrl: string): Promise<Uint8Array> {
  const body = parseInput(SampleBody, input);
  const values = sampleValues(body.layout, body.values);
  return renderCertificatesPdf(
    [{ layout: geometry(body.layout), values, qrUrl: verifyUrl(baseUrl, EXAMPLE_CODE) }],
    {
      title: 'Giấy khen (bản in thử)',
    },
  );
}

const geometry = (l: LayoutGeometryBody | LayoutRow): LayoutGeometry => ({
  paper: l.paper as LayoutGeometry['paper'],
  pageWidthMm: l.pageWidthMm,
  pageHeightMm: l.pageHeightMm,
  offsetXMm: l.offsetXMm,
  offsetYMm: l.offsetYMm,
  fields: l.fields,
});

// ---- Printing ----

/** The awards of a print request the actor may print, in order; 404 for any the actor does not see. */
async function awardsToPrint(tx: Db, actor: Actor, body: PrintBody): Promise<CertificateAward[]> {
  if (body.awardIds) {
    const ids = [...new Set(body.awardIds)];
    const rows = await selectAwards(tx, byIds(ids));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const row = byId.get(id);
      if (
        !row ||
        !canPrintAward(actor, { unitAtAwardPath: row.unitAtPath, authorityPath: row.authorityPath })
      ) {
        notFound('khen thưởng cần in');
      }
      return row;
    });
  }
  const where = body.decisionId
    ? byDecision(body.decisionId)
    : byDecisionNumber(body.decisionNumber!, body.decisionDate);
  const rows = (await selectAwards(tx, where)).filter((r) =>
    canPrintAward(actor, { unitAtAwardPath: r.unitAtPath, authorityPath: r.authorityPath }),
  );
  if (rows.length === 0) notFound('khen thưởng nào của quyết định này trong phạm vi của bạn');
  const acts = new Set(rows.map((r) => `${r.decisionDate ?? ''}|${r.authority ?? ''}`));
  if (!body.decisionId && acts.size > 1) {
    invalidField(
      'decisionDate',
      `Có ${acts.size} quyết định cùng số ${body.decisionNumber}: chọn thêm ngày quyết định để in đúng quyết định`,
    );
  }
  return rows;
}

export interface PrintedFile {
  bytes: Uint8Array;
  mime: string;
  filename: string;
  count: number;
}

/** POST /api/certificates/print: the certificates of the chosen awards in one PDF or .docx. */
export async function printCertificates(
  tx: Db,
  actor: Actor,
  input: unknown,
  baseUrl: string,
): Promise<PrintedFile> {
  const body = parseInput(PrintBody, input);
  const { layout, unit } = await loadLayout(tx, actor, body.layoutId);
  authorize(
    layoutAbilities(actor, unit.path).print,
    'Chỉ cán bộ thi đua - khen thưởng, chuyên viên hoặc lãnh đạo mới in được giấy khen',
  );
  const list = await awardsToPrint(tx, actor, body);
  const revoked = list.filter((a) => a.revoked);
  if (revoked.length > 0 && body.awardIds) {
    throw new AppError(
      'INVALID_STATE',
      `Không in giấy khen cho khen thưởng đã bị thu hồi: ${revoked.map((a) => a.personName ?? a.listedName ?? a.subjectUnitName).join(', ')}`,
    );
  }
  const standing = list.filter((a) => !a.revoked);
  if (standing.length === 0)
    throw new AppError('INVALID_STATE', 'Các khen thưởng của quyết định này đều đã bị thu hồi');
  const defaults = {
    achievementText: null,
    placeName: layout.placeName,
    signerTitle: layout.signerTitle,
    signerName: layout.signerName,
  };
  const batch = {
    achievementText: body.achievementText ?? undefined,
    signerTitle: body.signerTitle || undefined,
    signerName: body.signerName ?? undefined,
  };
  const pages = standing.map((a) => ({
    layout: geometry(layout),
    values: certificateValues(a, batch, defaults),
    qrUrl: verifyUrl(baseUrl, a.publicCode),
  }));
  const first = standing[0]!;
  const stem = `giay-khen-${foldVietnamese(first.decisionNumber ?? 'khen-thuong')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
  const bytes =
    body.format === 'docx'
      ? new Uint8Array(await renderCertificatesDocx(pages))
      : await renderCertificatesPdf(pages, { title: `Giấy khen — ${first.decisionNumber ?? layout.name}` });
  await appendAudit(tx, actor, {
    action: 'certificate.printed',
    entity: 'certificate_layout',
    entityId: layout.id,
    unitId: unit.id,
    after: {
      format: body.format,
      layoutName: layout.name,
      layoutVersion: layout.version,
      awardIds: standing.map((a) => a.id),
      skippedRevoked: revoked.map((a) => a.id),
      decisionNumber: body.decisionNumber ?? null,
      decisionId: body.decisionId ?? null,
    },
  });
  return {
    bytes,
    mime:
      body.format === 'docx'
        ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        : 'application/pdf',
    filename: `${stem || 'giay-khen'}.${body.format}`,
    count: standing.length,
  };
}

/** GET /api/certificates/awards: awards the actor may print, filtered by decision, year or name. */
export async function listPrintable(
  tx: Db,
  actor: Actor,
  input: unknown,
): Promise<{ items: PrintableAward[]; total: number; page: number; pageSize: number }> {
  const q = parseInput(PrintableQuery, input);
  const paths = actor.roles.filter((r) => PRINTERS.includes(r.role)).map((r) => r.unitPath);
  if (paths.length === 0) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const inScope = sql.join(
    paths.map((p) => sql`(${unitAt.path} like ${p + '%'} or ${authorityUnit.path} like ${p + '%'})`),
    sql` or `,
  );
  const words = foldVietnamese(q.q ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const where = and(
    sql`(${inScope})`,
    q.decisionId ? byDecision(q.decisionId) : undefined,
    q.decisionNumber ? byDecisionNumber(q.decisionNumber, q.decisionDate) : undefined,
    q.year ? eq(awards.achievementYear, q.year) : undefined,
    ...words.map(
      (w) =>
        sql`(${people.fullNameFolded} like ${'%' + w + '%'} or ${subjectUnit.nameFolded} like ${'%' + w + '%'})`,
    ),
  );
  const rows = await selectAwards(tx, where)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map(presentPrintable),
    total: await countAwards(tx, where),
    page: q.page,
    pageSize: q.pageSize,
  };
}
