// Disclosure rows → views: the nominees as published, the comments (contacts only for those who handle them),
// the `can` map; and the public views, which carry nothing but what was published.
import type {
  CommentStatus,
  CommentView,
  DisclosedNomineeView,
  DisclosureListItem,
  DisclosureOutcome,
  DisclosureStatus,
  DisclosureView,
  PublicDisclosureListItem,
  PublicDisclosureView,
} from '../../../contracts/disclosures';
import { acceptsComments } from '../../../domain/council';
import type { Actor } from '../../lib/actor';
import { canManageDisclosure } from './disclosures.policy';
import type {
  CommentRow,
  DisclosedRow,
  DisclosurePageRow,
  DisclosureRow,
  PublicPageRow,
} from './disclosures.queries';

/** The public page of a disclosure in the web app (no login). */
export const publicPath = (id: string) => `/cong-khai/${id}`;

function presentDisclosed(n: DisclosedRow): DisclosedNomineeView {
  return {
    nomineeId: n.nomineeId,
    position: n.position,
    publicName: n.publicName,
    publicDescription: n.publicDescription,
    awardKind: n.awardKind,
    awardKindName: n.awardKindName,
    publicSummary: n.publicSummary,
  };
}

function presentComment(c: CommentRow, names: ReadonlyMap<string, string>, manage: boolean): CommentView {
  return {
    id: c.id,
    nomineeId: c.nomineeId,
    nomineeName: c.nomineeId ? (names.get(c.nomineeId) ?? null) : null,
    authorName: c.authorName,
    authorContact: manage ? c.authorContact : null,
    content: c.content,
    status: c.status as CommentStatus,
    handledNote: c.handledNote,
    handledByName: c.handledByName,
    handledAt: c.handledAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    version: c.version,
  };
}

export function presentDisclosure(
  actor: Actor,
  d: DisclosureRow,
  nominees: readonly DisclosedRow[],
  comments: readonly CommentRow[],
  requirements: string[],
  today: string,
): DisclosureView {
  const manage = canManageDisclosure(actor, d.authorityPath);
  const names = new Map(nominees.map((n) => [n.nomineeId, n.publicName]));
  const status = d.status as DisclosureStatus;
  const ended = d.closesOn !== null && today > d.closesOn;
  return {
    id: d.id,
    dossier: { id: d.dossierId, code: d.dossierCode, title: d.dossierTitle, status: d.dossierStatus },
    authority: { id: d.authorityUnitId, name: d.authorityName },
    title: d.title,
    intro: d.intro,
    status,
    days: d.days,
    dayKind: d.dayKind as 'working' | 'calendar',
    requirements,
    opensOn: d.opensOn,
    closesOn: d.closesOn,
    acceptingComments: acceptsComments({ status, opensOn: d.opensOn, closesOn: d.closesOn }, today),
    publishedAt: d.publishedAt?.toISOString() ?? null,
    publishedByName: d.publishedByName,
    outcome: d.outcome as DisclosureOutcome | null,
    outcomeNote: d.outcomeNote,
    closedAt: d.closedAt?.toISOString() ?? null,
    closedByName: d.closedByName,
    nominees: nominees.map(presentDisclosed),
    comments: comments.map((c) => presentComment(c, names, manage)),
    publicPath: status === 'draft' ? null : publicPath(d.id),
    version: d.version,
    can: {
      update: manage && status === 'draft',
      delete: manage && status === 'draft',
      publish: manage && status === 'draft',
      close: manage && status === 'open' && ended,
      handleComments: manage && status !== 'draft',
    },
  };
}

export function presentListItem(row: DisclosurePageRow): DisclosureListItem {
  return {
    id: row.id,
    dossier: { id: row.dossier_id, code: row.dossier_code },
    authority: { id: row.authority_id, name: row.authority_name },
    title: row.title,
    status: row.status as DisclosureStatus,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    nominees: row.nominees,
    comments: row.comments,
    newComments: row.new_comments,
    outcome: row.outcome as DisclosureOutcome | null,
  };
}

export function presentPublicListItem(row: PublicPageRow, today: string): PublicDisclosureListItem {
  return {
    id: row.id,
    title: row.title,
    authorityName: row.authority_name,
    status: row.status,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    acceptingComments: acceptsComments(
      { status: row.status, opensOn: row.opens_on, closesOn: row.closes_on },
      today,
    ),
    nominees: row.nominees,
  };
}

/** The public view: only the text fixed at publication (no CCCD, birth date, contact, comment or internal note). */
export function presentPublic(
  d: DisclosureRow,
  nominees: readonly DisclosedRow[],
  today: string,
): PublicDisclosureView {
  const status = d.status as 'open' | 'closed';
  return {
    id: d.id,
    title: d.title,
    intro: d.intro,
    authorityName: d.authorityName,
    status,
    opensOn: d.opensOn!,
    closesOn: d.closesOn!,
    days: d.days,
    dayKind: d.dayKind as 'working' | 'calendar',
    acceptingComments: acceptsComments({ status, opensOn: d.opensOn, closesOn: d.closesOn }, today),
    nominees: nominees.map((n) => ({
      id: n.nomineeId,
      position: n.position,
      publicName: n.publicName,
      publicDescription: n.publicDescription,
      awardKind: n.awardKind,
      awardKindName: n.awardKindName,
      publicSummary: n.publicSummary,
    })),
  };
}
