// The public side of a disclosure (no login): the published lists and a comment form. Only what was fixed at
// publication is shown; a comment is stored as typed (NFC text), limited per sender address (kept only hashed).
import { createHash } from 'node:crypto';
import {
  PublicCommentBody,
  type PublicCommentReceipt,
  type PublicDisclosureListQuery,
  type PublicDisclosurePage,
  type PublicDisclosureView,
} from '../../../contracts/disclosures';
import { todayInVietnam } from '../../../contracts/people';
import { acceptsComments, viDate } from '../../../domain/council';
import type { Db } from '../../db/client';
import { disclosureComments } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, notFound } from '../../lib/errors';
import { parseInput } from '../people/people.service';
import { presentPublic, presentPublicListItem } from './disclosures.present';
import { countCommentsSince, findPublished, loadDisclosed, selectPublicPage } from './disclosures.queries';

/** Comments one address may send on one disclosure in a day (the route also limits requests per minute). */
export const COMMENTS_PER_DAY = 10;

const NOT_PUBLISHED = 'danh sách công khai';

/** The sender's address, hashed with the disclosure so that addresses are neither kept nor linkable across lists. */
export function clientHash(disclosureId: string, address: string): string {
  return createHash('sha256').update(`${disclosureId}\u0000${address}`).digest('hex');
}

/** The actor recorded in the audit trail for a comment from the public (the address stays hashed there too). */
function publicActor(hash: string): Actor {
  return {
    userId: null,
    username: 'public',
    fullName: 'Người dân (trang công khai)',
    roles: [],
    sessionId: null,
    client: `sha256:${hash.slice(0, 16)}`,
  };
}

/** GET /api/public/disclosures */
export async function listPublished(tx: Db, query: PublicDisclosureListQuery): Promise<PublicDisclosurePage> {
  const today = todayInVietnam();
  const { rows, total } = await selectPublicPage(tx, query, today);
  return {
    items: rows.map((r) => presentPublicListItem(r, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** GET /api/public/disclosures/:id */
export async function getPublished(tx: Db, id: string): Promise<PublicDisclosureView> {
  const today = todayInVietnam();
  const d = (await findPublished(tx, id, today)) ?? notFound(NOT_PUBLISHED);
  return presentPublic(d, await loadDisclosed(tx, id), today);
}

/** POST /api/public/disclosures/:id/comments */
export async function postComment(
  tx: Db,
  id: string,
  address: string,
  input: unknown,
): Promise<PublicCommentReceipt> {
  const body = parseInput(PublicCommentBody, input);
  const today = todayInVietnam();
  const d = (await findPublished(tx, id, today)) ?? notFound(NOT_PUBLISHED);
  if (!acceptsComments({ status: d.status as 'open', opensOn: d.opensOn, closesOn: d.closesOn }, today)) {
    throw new AppError('INVALID_STATE', `Đã hết thời gian lấy ý kiến (đến hết ngày ${viDate(d.closesOn!)})`);
  }
  // A robot fills the hidden field: answer as usual, keep nothing.
  if (body.website) return { ok: true, receivedAt: new Date().toISOString() };
  if (body.nomineeId) {
    const disclosed = await loadDisclosed(tx, id);
    if (!disclosed.some((n) => n.nomineeId === body.nomineeId)) {
      throw new AppError('VALIDATION', 'Người được góp ý không có trong danh sách', {
        nomineeId: 'Người được góp ý không có trong danh sách',
      });
    }
  }
  const hash = clientHash(id, address);
  const recent = await countCommentsSince(tx, id, hash, new Date(Date.now() - 24 * 3600_000));
  if (recent >= COMMENTS_PER_DAY) {
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Mỗi địa chỉ gửi được tối đa ${COMMENTS_PER_DAY} ý kiến trong một ngày cho danh sách này`,
    );
  }
  const [row] = await tx
    .insert(disclosureComments)
    .values({
      disclosureId: id,
      nomineeId: body.nomineeId ?? null,
      authorName: body.authorName,
      authorContact: body.authorContact,
      content: body.content,
      clientHash: hash,
    })
    .returning({ id: disclosureComments.id, createdAt: disclosureComments.createdAt });
  await appendAudit(tx, publicActor(hash), {
    action: 'disclosure_comment.received',
    entity: 'disclosure_comment',
    entityId: row!.id,
    unitId: d.authorityUnitId,
    after: {
      disclosureId: id,
      nomineeId: body.nomineeId ?? null,
      named: body.authorName !== null,
      length: body.content.length,
    },
  });
  return { ok: true, receivedAt: row!.createdAt.toISOString() };
}
