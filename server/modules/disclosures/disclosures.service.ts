// Disclosure use cases: list, read, the dossiers that can be disclosed, create (nominees whose kind requires it),
// correct, delete a draft, publish for the comment period, handle comments, close with the outcome, and the kinds
// an authority discloses beyond the law — scoped load → authorise → rule → write → audit → present.
import { and, eq, sql } from 'drizzle-orm';
import {
  CloseDisclosureBody,
  DisclosureCreateBody,
  type DisclosureCandidates,
  type DisclosureListQuery,
  type DisclosurePage,
  DisclosureUpdateBody,
  type DisclosureView,
  HandleCommentBody,
  PublishBody,
  SettingsBody,
  type SettingsQuery,
  type SettingsView,
} from '../../../contracts/disclosures';
import { todayInVietnam } from '../../../contracts/people';
import {
  commentPeriod,
  DEFAULT_DISCLOSURE_DAYS,
  disclosureRequirement,
  type DisclosureRequirement,
  redactPublicText,
  viDate,
} from '../../../domain/council';
import { regimeAt, regimeById } from '../../../domain/catalog';
import { kindName } from '../../../domain/eligibility/text';
import type { AwardKindCode, RegimeId } from '../../../domain/regimes/types';
import { WorkingDayError } from '../../../domain/working-days';
import type { Db } from '../../db/client';
import {
  disclosureComments,
  disclosureNominees,
  disclosures,
  disclosureSettings,
} from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { loadUnitsByIds } from '../people/people.queries';
import { parseInput } from '../people/people.service';
import {
  canChangeSettings,
  canCreateDisclosures,
  canManageDisclosure,
  MANAGE_REFUSED,
  SETTINGS_REFUSED,
} from './disclosures.policy';
import { presentDisclosure, presentListItem } from './disclosures.present';
import {
  type DisclosureRow,
  type DossierFacts,
  findComment,
  findDisclosureInScope,
  loadCandidateDossiers,
  loadComments,
  loadDisclosed,
  loadDossierFacts,
  loadNomineeFacts,
  loadSettings,
  type NomineePublicFacts,
  selectDisclosurePage,
} from './disclosures.queries';

const DISCLOSURE = 'đợt công khai';

function stale(): AppError {
  return new AppError(
    'CONFLICT',
    'Đợt công khai vừa được người khác cập nhật. Vui lòng tải lại trang rồi thực hiện lại',
    {
      version: 'Phiên bản dữ liệu đã cũ',
    },
  );
}

function refuse(fields: Record<string, string>): void {
  const entries = Object.entries(fields);
  if (entries.length === 0) return;
  throw new AppError('VALIDATION', entries[0]![1], fields);
}

/** The name of a kind in a regime. */
function kindLabel(regimeId: string, code: string): string {
  return (
    regimeById(regimeId as RegimeId).kinds[code as AwardKindCode]?.name ?? kindName(code as AwardKindCode)
  );
}

/** The kind a nominee is considered for: the one the appraisal proposed, else the one requested. */
const voteKind = (n: { awardKind: string; proposedAwardKind: string | null }) =>
  n.proposedAwardKind ?? n.awardKind;

/** Whether (and why) a nominee of a dossier must be disclosed before the vote. */
export function requirementOf(
  regimeId: string,
  n: { awardKind: string; proposedAwardKind: string | null },
  settings: ReadonlyMap<string, number>,
): DisclosureRequirement | null {
  const kind = voteKind(n);
  const def = regimeById(regimeId as RegimeId).kinds[kind as AwardKindCode] ?? null;
  const days = settings.get(kind);
  return disclosureRequirement(def, days ? { days } : null);
}

async function settingsMap(tx: Db, authorityUnitId: string): Promise<Map<string, number>> {
  return new Map((await loadSettings(tx, authorityUnitId)).map((s) => [s.awardKind, s.days]));
}

/** What the public sees of a nominee, fixed when published (never the CCCD, birth date or contacts). */
function publicRow(disclosureId: string, dossier: DossierFacts, n: NomineePublicFacts, position: number) {
  const description =
    n.subjectKind === 'individual'
      ? (n.workplace ?? `Đơn vị đề nghị: ${dossier.proposingUnitName}`)
      : n.subjectKind === 'collective'
        ? n.parentName
          ? `Trực thuộc ${n.parentName}`
          : null
        : `Hộ gia đình — ${dossier.proposingUnitName}`;
  const kind = voteKind(n);
  return {
    disclosureId,
    nomineeId: n.id,
    position,
    publicName: n.name,
    publicDescription: description ? redactPublicText(description) : null,
    awardKind: kind,
    awardKindName: kindLabel(dossier.regimeId, kind),
    publicSummary: n.summary ? redactPublicText(n.summary) : null,
  };
}

/** The disclosure in the actor's scope (NOT_FOUND outside it). */
async function requireDisclosure(tx: Db, actor: Actor, id: string, lock = false): Promise<DisclosureRow> {
  return (await findDisclosureInScope(tx, actor, id, lock)) ?? notFound(DISCLOSURE);
}

async function disclosureView(tx: Db, actor: Actor, d: DisclosureRow): Promise<DisclosureView> {
  // One after the other: a transaction's single client cannot run them side by side.
  const nominees = await loadDisclosed(tx, d.id);
  const comments = await loadComments(tx, d.id);
  const settings = await settingsMap(tx, d.authorityUnitId);
  const dossier = (await loadDossierFacts(tx, d.dossierId))!;
  const facts = await loadNomineeFacts(tx, [d.dossierId], todayInVietnam());
  const texts = new Set<string>();
  for (const n of facts.filter((f) => nominees.some((x) => x.nomineeId === f.id))) {
    const r = requirementOf(dossier.regimeId, n, settings);
    texts.add(
      r
        ? `${kindLabel(dossier.regimeId, voteKind(n))}: ${r.text}`
        : `${kindLabel(dossier.regimeId, voteKind(n))}: công khai theo lựa chọn của cơ quan có thẩm quyền`,
    );
  }
  return presentDisclosure(actor, d, nominees, comments, [...texts], todayInVietnam());
}

/** The disclosure for a change: in scope, managed by the actor, read at the version sent. */
async function disclosureForChange(
  tx: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<DisclosureRow> {
  const d = await requireDisclosure(tx, actor, id, true);
  authorize(canManageDisclosure(actor, d.authorityPath), MANAGE_REFUSED);
  if (d.version !== version) throw stale();
  return d;
}

async function bump(tx: Db, d: DisclosureRow, changes: Partial<typeof disclosures.$inferInsert> = {}) {
  const [row] = await tx
    .update(disclosures)
    .set({ ...changes, updatedAt: new Date(), version: sql`${disclosures.version} + 1` })
    .where(and(eq(disclosures.id, d.id), eq(disclosures.version, d.version)))
    .returning({ id: disclosures.id });
  if (!row) throw stale();
}

/** GET /api/disclosures */
export async function listDisclosures(
  tx: Db,
  actor: Actor,
  query: DisclosureListQuery,
): Promise<DisclosurePage> {
  const { rows, total } = await selectDisclosurePage(tx, actor, query);
  return {
    items: rows.map(presentListItem),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: canCreateDisclosures(actor) },
  };
}

/** GET /api/disclosures/:id */
export async function getDisclosure(tx: Db, actor: Actor, id: string): Promise<DisclosureView> {
  return disclosureView(tx, actor, await requireDisclosure(tx, actor, id));
}

/** GET /api/disclosures/candidates: dossiers the actor may disclose, with who must be disclosed and why. */
export async function listCandidates(tx: Db, actor: Actor): Promise<DisclosureCandidates> {
  const dossiers = await loadCandidateDossiers(tx, actor);
  const facts = await loadNomineeFacts(
    tx,
    dossiers.map((d) => d.id),
    todayInVietnam(),
  );
  const settingsOf = new Map<string, Map<string, number>>();
  for (const id of new Set(dossiers.map((d) => d.authorityUnitId!)))
    settingsOf.set(id, await settingsMap(tx, id));
  return {
    items: dossiers.map((d) => ({
      id: d.id,
      code: d.code,
      title: d.title,
      status: d.status,
      nominees: facts
        .filter((n) => n.dossierId === d.id)
        .map((n) => ({
          id: n.id,
          name: n.name,
          awardKind: voteKind(n),
          awardKindName: kindLabel(d.regimeId, voteKind(n)),
          requirement: requirementOf(d.regimeId, n, settingsOf.get(d.authorityUnitId!)!)?.text ?? null,
        })),
    })),
  };
}

/** POST /api/disclosures: a draft of the nominees to publish (at least those whose kind requires it). */
export async function createDisclosure(tx: Db, actor: Actor, input: unknown): Promise<DisclosureView> {
  authorize(canCreateDisclosures(actor), MANAGE_REFUSED);
  const body = parseInput(DisclosureCreateBody, input);
  const dossier = await loadDossierFacts(tx, body.dossierId);
  if (!dossier?.authorityPath || !actor.roles.some((r) => dossier.authorityPath!.startsWith(r.unitPath))) {
    refuse({ dossierId: 'Không tìm thấy hồ sơ gửi cơ quan có thẩm quyền trong phạm vi của bạn' });
  }
  authorize(canManageDisclosure(actor, dossier!.authorityPath!), MANAGE_REFUSED);
  if (!['received', 'appraising', 'council'].includes(dossier!.status)) {
    throw new AppError(
      'INVALID_STATE',
      `Hồ sơ ${dossier!.code} không ở bước được công khai (đã tiếp nhận, đang thẩm định hoặc trình Hội đồng)`,
    );
  }
  const settings = await settingsMap(tx, dossier!.authorityUnitId!);
  const facts = await loadNomineeFacts(tx, [dossier!.id], todayInVietnam());
  const required = facts.filter((n) => requirementOf(dossier!.regimeId, n, settings) !== null);
  const chosen = body.nomineeIds ? facts.filter((n) => body.nomineeIds!.includes(n.id)) : required;
  const errors: Record<string, string> = {};
  body.nomineeIds?.forEach((id, i) => {
    if (!facts.some((n) => n.id === id)) errors[`nomineeIds.${i}`] = 'Không thuộc hồ sơ này';
  });
  const missing = required.filter((n) => !chosen.includes(n));
  if (missing.length > 0) {
    errors.nomineeIds = `Phải công khai cả: ${missing.map((n) => `${n.name} (${kindLabel(dossier!.regimeId, voteKind(n))})`).join(', ')}`;
  }
  if (chosen.length === 0)
    errors.nomineeIds ??=
      'Hồ sơ không có người nào thuộc loại khen thưởng phải công khai; hãy chọn người cần công khai';
  refuse(errors);
  const reqs = chosen.map((n) => requirementOf(dossier!.regimeId, n, settings)).filter((r) => r !== null);
  const days = reqs.length > 0 ? Math.max(...reqs.map((r) => r.days)) : DEFAULT_DISCLOSURE_DAYS;
  const dayKind = reqs.length > 0 && reqs.every((r) => r.dayKind === 'calendar') ? 'calendar' : 'working';
  const kinds = [...new Set(chosen.map((n) => kindLabel(dossier!.regimeId, voteKind(n))))];
  const title = body.title ?? `Lấy ý kiến Nhân dân về danh sách đề nghị khen thưởng: ${kinds.join(', ')}`;
  const intro =
    body.intro ??
    `${dossier!.authorityName} công khai danh sách đề nghị khen thưởng dưới đây để lấy ý kiến Nhân dân trong ${days} ngày${dayKind === 'working' ? ' làm việc' : ''}.\n` +
      'Cơ quan, tổ chức, cá nhân có ý kiến về các trường hợp trong danh sách xin gửi qua mẫu góp ý trên trang này; người góp ý có thể không ghi họ tên.';
  const [row] = await tx
    .insert(disclosures)
    .values({
      dossierId: dossier!.id,
      authorityUnitId: dossier!.authorityUnitId!,
      title,
      intro,
      days,
      dayKind,
      createdBy: actor.userId,
    })
    .returning({ id: disclosures.id });
  await tx.insert(disclosureNominees).values(chosen.map((n, i) => publicRow(row!.id, dossier!, n, i + 1)));
  const d = (await findDisclosureInScope(tx, actor, row!.id))!;
  await appendAudit(tx, actor, {
    action: 'disclosure.created',
    entity: 'disclosure',
    entityId: d.id,
    unitId: d.authorityUnitId,
    after: { dossierId: d.dossierId, title, days, dayKind, nomineeIds: chosen.map((n) => n.id) },
  });
  return disclosureView(tx, actor, d);
}

/** PATCH /api/disclosures/:id: title and introduction of a draft. */
export async function updateDisclosure(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<DisclosureView> {
  const body = parseInput(DisclosureUpdateBody, input);
  const d = await disclosureForChange(tx, actor, id, body.version);
  if (d.status !== 'draft')
    throw new AppError('INVALID_STATE', 'Đợt công khai đã đăng, không sửa được nội dung');
  const { version: _v, ...changes } = body;
  await bump(tx, d, changes);
  const row = (await findDisclosureInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'disclosure.updated',
    entity: 'disclosure',
    entityId: id,
    unitId: d.authorityUnitId,
    before: { title: d.title, intro: d.intro, version: d.version },
    after: { title: row.title, intro: row.intro, version: row.version },
  });
  return disclosureView(tx, actor, row);
}

/** DELETE /api/disclosures/:id: a draft made by mistake. */
export async function deleteDisclosure(tx: Db, actor: Actor, id: string): Promise<{ ok: true }> {
  const d = await requireDisclosure(tx, actor, id, true);
  authorize(canManageDisclosure(actor, d.authorityPath), MANAGE_REFUSED);
  if (d.status !== 'draft') throw new AppError('INVALID_STATE', 'Đợt công khai đã đăng, không thể xóa');
  await tx.delete(disclosures).where(eq(disclosures.id, id));
  await appendAudit(tx, actor, {
    action: 'disclosure.deleted',
    entity: 'disclosure',
    entityId: id,
    unitId: d.authorityUnitId,
    before: { dossierId: d.dossierId, title: d.title },
  });
  return { ok: true };
}

/** POST /api/disclosures/:id/publish: the public page opens on the day given (today by default). */
export async function publishDisclosure(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<DisclosureView> {
  const body = parseInput(PublishBody, input);
  const d = await disclosureForChange(tx, actor, id, body.version);
  if (d.status !== 'draft') throw new AppError('INVALID_STATE', 'Đợt công khai đã được đăng');
  const today = todayInVietnam();
  // A past day records a list already posted (e.g. on the province's portal) before it was entered here.
  const opensOn = body.opensOn ?? today;
  let period;
  try {
    period = commentPeriod(opensOn, d.days, d.dayKind as 'working' | 'calendar');
  } catch (error) {
    if (error instanceof WorkingDayError) refuse({ opensOn: error.message });
    throw error;
  }
  // The text is fixed as it is published: the nominees' facts of today.
  const dossier = (await loadDossierFacts(tx, d.dossierId))!;
  const disclosed = await loadDisclosed(tx, id);
  const facts = await loadNomineeFacts(tx, [d.dossierId], today);
  await tx.delete(disclosureNominees).where(eq(disclosureNominees.disclosureId, id));
  await tx.insert(disclosureNominees).values(
    disclosed.map((x) =>
      publicRow(
        id,
        dossier,
        facts.find((n) => n.id === x.nomineeId)!,
        x.position,
      ),
    ),
  );
  await bump(tx, d, {
    status: 'open',
    opensOn: period!.opensOn,
    closesOn: period!.closesOn,
    publishedAt: new Date(),
    publishedByName: actor.fullName,
  });
  const row = (await findDisclosureInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'disclosure.published',
    entity: 'disclosure',
    entityId: id,
    unitId: d.authorityUnitId,
    after: {
      opensOn: row.opensOn,
      closesOn: row.closesOn,
      approximate: period!.approximate,
      version: row.version,
    },
  });
  return disclosureView(tx, actor, row);
}

/** POST /api/disclosures/:id/close: after the period, every comment handled, the outcome recorded. */
export async function closeDisclosure(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<DisclosureView> {
  const body = parseInput(CloseDisclosureBody, input);
  const d = await disclosureForChange(tx, actor, id, body.version);
  if (d.status !== 'open')
    throw new AppError(
      'INVALID_STATE',
      d.status === 'draft' ? 'Đợt công khai chưa được đăng' : 'Đợt công khai đã kết thúc',
    );
  const today = todayInVietnam();
  if (today <= d.closesOn!) {
    throw new AppError(
      'INVALID_STATE',
      `Chưa hết thời gian lấy ý kiến (đến hết ngày ${viDate(d.closesOn!)})`,
    );
  }
  const comments = await loadComments(tx, id);
  const open = comments.filter((c) => c.status === 'new').length;
  if (open > 0) throw new AppError('INVALID_STATE', `Còn ${open} ý kiến góp ý chưa xử lý`);
  if (body.outcome === 'no_objections' && comments.length > 0 && !body.outcomeNote) {
    refuse({ outcomeNote: `Có ${comments.length} ý kiến góp ý: ghi rõ vì sao không có ý kiến phản ánh` });
  }
  if (body.outcome !== 'no_objections' && !body.outcomeNote) {
    refuse({ outcomeNote: 'Ghi rõ các ý kiến phản ánh và kết quả xem xét, giải quyết' });
  }
  await bump(tx, d, {
    status: 'closed',
    outcome: body.outcome,
    outcomeNote: body.outcomeNote,
    closedAt: new Date(),
    closedByName: actor.fullName,
  });
  const row = (await findDisclosureInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'disclosure.closed',
    entity: 'disclosure',
    entityId: id,
    unitId: d.authorityUnitId,
    after: {
      outcome: body.outcome,
      outcomeNote: body.outcomeNote,
      comments: comments.length,
      version: row.version,
    },
  });
  return disclosureView(tx, actor, row);
}

/** POST /api/disclosure-comments/:id/handle: how the comment was examined and answered. */
export async function handleComment(
  tx: Db,
  actor: Actor,
  commentId: string,
  input: unknown,
): Promise<DisclosureView> {
  const body = parseInput(HandleCommentBody, input);
  const comment = (await findComment(tx, commentId)) ?? notFound('ý kiến góp ý');
  const d = await requireDisclosure(tx, actor, comment.disclosureId, true);
  authorize(canManageDisclosure(actor, d.authorityPath), MANAGE_REFUSED);
  if (d.status === 'closed')
    throw new AppError('INVALID_STATE', 'Đợt công khai đã kết thúc, không sửa được việc xử lý ý kiến');
  if (comment.version !== body.version) throw stale();
  await tx
    .update(disclosureComments)
    .set({
      status: 'handled',
      handledNote: body.note,
      handledBy: actor.userId,
      handledByName: actor.fullName,
      handledAt: new Date(),
      version: sql`${disclosureComments.version} + 1`,
    })
    .where(and(eq(disclosureComments.id, commentId), eq(disclosureComments.version, body.version)));
  await appendAudit(tx, actor, {
    action: 'disclosure_comment.handled',
    entity: 'disclosure_comment',
    entityId: commentId,
    unitId: d.authorityUnitId,
    before: { status: comment.status, handledNote: comment.handledNote },
    after: { status: 'handled', handledNote: body.note },
  });
  return disclosureView(tx, actor, d);
}

/** The authority unit for the settings: visible to the actor (NOT_FOUND otherwise). */
async function settingsUnit(tx: Db, actor: Actor, unitId: string) {
  const unit = (await loadUnitsByIds(tx, [unitId])).get(unitId);
  if (!unit || !actor.roles.some((r) => unit.path.startsWith(r.unitPath))) notFound('đơn vị');
  return unit!;
}

async function settingsView(
  tx: Db,
  actor: Actor,
  unit: { id: string; name: string; path: string },
): Promise<SettingsView> {
  const regime = regimeAt(todayInVietnam());
  return {
    authority: { id: unit.id, name: unit.name },
    byLaw: Object.values(regime.kinds)
      .filter((k) => k?.disclosure)
      .map((k) => ({ awardKind: k!.code, name: k!.name, text: disclosureRequirement(k!, null)!.text })),
    kinds: (await loadSettings(tx, unit.id)).map((s) => ({
      awardKind: s.awardKind,
      name: kindName(s.awardKind as AwardKindCode),
      days: s.days,
    })),
    can: { update: canChangeSettings(actor, unit.path) },
  };
}

/** GET /api/disclosure-settings?authorityUnitId= */
export async function getSettings(tx: Db, actor: Actor, query: SettingsQuery): Promise<SettingsView> {
  return settingsView(tx, actor, await settingsUnit(tx, actor, query.authorityUnitId));
}

/** PUT /api/disclosure-settings: the whole list of kinds this authority discloses beyond the law. */
export async function replaceSettings(tx: Db, actor: Actor, input: unknown): Promise<SettingsView> {
  const body = parseInput(SettingsBody, input);
  const unit = await settingsUnit(tx, actor, body.authorityUnitId);
  authorize(canChangeSettings(actor, unit.path), SETTINGS_REFUSED);
  const seen = new Set<string>();
  const errors: Record<string, string> = {};
  body.kinds.forEach((k, i) => {
    if (seen.has(k.awardKind)) errors[`kinds.${i}.awardKind`] = 'Loại khen thưởng này đã có trong danh sách';
    seen.add(k.awardKind);
  });
  refuse(errors);
  const before = await loadSettings(tx, unit.id);
  await tx.delete(disclosureSettings).where(eq(disclosureSettings.authorityUnitId, unit.id));
  if (body.kinds.length > 0) {
    await tx.insert(disclosureSettings).values(
      body.kinds.map((k) => ({
        authorityUnitId: unit.id,
        awardKind: k.awardKind,
        days: k.days,
        createdBy: actor.userId,
      })),
    );
  }
  await appendAudit(tx, actor, {
    action: 'disclosure_settings.updated',
    entity: 'disclosure_settings',
    entityId: unit.id,
    unitId: unit.id,
    before: { kinds: before },
    after: { kinds: body.kinds },
  });
  return settingsView(tx, actor, unit);
}
