// Model rows → views: the signed-in view with its `can` map, and the public views that carry only what the
// public page may show (name, description, story, links, photos, who recognised it — never a CCCD or birth date).
import type {
  ActivityKind,
  ModelCategory,
  ModelField,
  ModelListItem,
  ModelSubjectKind,
  ModelView,
  PhotoView,
  PublicModelListItem,
  PublicModelView,
  SubjectView,
} from '../../../contracts/models';
import { excerpt } from '../../../domain/models';
import type { Actor } from '../../lib/actor';
import { modelAbilities } from './models.policy';
import type { ActivityRow, ModelRow } from './models.queries';

export interface PhotoFacts {
  id: string;
  modelId: string;
  caption: string | null;
}

/** Where a photo's bytes are served: the signed-in route, or the public one for a published model. */
export function photoUrl(photo: PhotoFacts, audience: 'private' | 'public'): string {
  const base = audience === 'public' ? '/api/public/models' : '/api/models';
  return `${base}/${photo.modelId}/photos/${photo.id}`;
}

const presentPhotos = (photos: PhotoFacts[], audience: 'private' | 'public'): PhotoView[] =>
  photos.map((p) => ({ id: p.id, caption: p.caption, url: photoUrl(p, audience) }));

/** The subject as shown: a person or unit of the tree by their current name, or the name entered. */
export function presentSubject(row: ModelRow): SubjectView {
  const kind = row.subjectKind as ModelSubjectKind;
  if (row.personId) {
    return {
      kind,
      source: 'person',
      id: row.personId,
      name: row.personName ?? '',
      description: row.subjectDescription,
    };
  }
  if (row.unitId) {
    return {
      kind,
      source: 'unit',
      id: row.unitId,
      name: row.subjectUnitName ?? '',
      description: row.subjectDescription,
    };
  }
  return { kind, source: 'free', id: null, name: row.subjectName ?? '', description: row.subjectDescription };
}

const presentActivity = (a: ActivityRow) => ({
  id: a.id,
  kind: a.kind as ActivityKind,
  heldOn: a.heldOn,
  partner: a.partner,
  note: a.note,
});

/** The whole model for a signed-in user who may see it. */
export function presentModel(
  actor: Actor,
  row: ModelRow,
  activities: ActivityRow[],
  photos: PhotoFacts[],
): ModelView {
  return {
    id: row.id,
    ownerUnit: { id: row.ownerUnitId, name: row.ownerName },
    subject: presentSubject(row),
    subjectDescription: row.subjectDescription,
    category: row.category as ModelCategory,
    field: row.field as ModelField,
    title: row.title,
    story: row.story,
    links: row.links,
    recognizedBy: row.recognizedBy,
    recognizedByUnit: row.recognizedByUnitId
      ? { id: row.recognizedByUnitId, name: row.recognizedByUnitName ?? '' }
      : null,
    recognizedOn: row.recognizedOn,
    recognitionDocument: row.recognitionDocument,
    movementId: row.movementId,
    movement: row.movementId && row.movementName ? { id: row.movementId, name: row.movementName } : null,
    published: row.published,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    activities: activities.map(presentActivity),
    photos: presentPhotos(photos, 'private'),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: modelAbilities(actor, row.ownerPath),
  };
}

/** A row of the signed-in list. */
export function presentModelListItem(
  row: ModelRow,
  stats: { count: number; last: string | null } | undefined,
  photoCount: number,
): ModelListItem {
  return {
    id: row.id,
    ownerUnit: { id: row.ownerUnitId, name: row.ownerName },
    subject: presentSubject(row),
    category: row.category as ModelCategory,
    field: row.field as ModelField,
    title: row.title,
    recognizedBy: row.recognizedBy,
    recognizedOn: row.recognizedOn,
    published: row.published,
    activityCount: stats?.count ?? 0,
    lastActivityOn: stats?.last ?? null,
    photoCount,
  };
}

const publicSubject = (row: ModelRow) => {
  const { kind, name, description } = presentSubject(row);
  return { kind, name, description };
};

/** A card of the public list. */
export function presentPublicListItem(row: ModelRow, cover: PhotoFacts | undefined): PublicModelListItem {
  return {
    id: row.id,
    title: row.title,
    category: row.category as ModelCategory,
    field: row.field as ModelField,
    subject: publicSubject(row),
    recognizedBy: row.recognizedBy,
    recognizedOn: row.recognizedOn,
    excerpt: excerpt(row.story),
    coverPhotoUrl: cover ? photoUrl(cover, 'public') : null,
  };
}

/** The public page of one published model. */
export function presentPublicModel(
  row: ModelRow,
  activities: ActivityRow[],
  photos: PhotoFacts[],
): PublicModelView {
  return {
    id: row.id,
    title: row.title,
    category: row.category as ModelCategory,
    field: row.field as ModelField,
    subject: publicSubject(row),
    story: row.story,
    links: row.links,
    recognizedBy: row.recognizedBy,
    recognizedOn: row.recognizedOn,
    recognitionDocument: row.recognitionDocument,
    movementName: row.movementName,
    activities: activities.map(({ kind, heldOn, partner }) => ({
      kind: kind as ActivityKind,
      heldOn,
      partner,
    })),
    photos: presentPhotos(photos, 'public'),
  };
}
