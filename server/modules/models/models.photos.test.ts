import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import type { ModelView } from '../../../contracts/models';
import { files } from '../../db/schema/index';
import { buildTestApp, call, type Session, type TestApp } from '../../test/app';
import { createPerson, createProvinceWithCommunes } from '../../test/factories';
import { post, signInAs } from '../people/people.fixtures';

let t: TestApp;
let w: Awaited<ReturnType<typeof world>>;

async function world() {
  const db = t.database.db;
  const tree = await createProvinceWithCommunes(db);
  const person = await createPerson(db, { unit: tree.communeA, fullName: 'Phạm Thị Ảnh' });
  return {
    ...tree,
    person,
    officerA: await signInAs(t.app, db, 'officer', tree.communeA),
    officerB: await signInAs(t.app, db, 'officer', tree.communeB),
    viewerA: await signInAs(t.app, db, 'viewer', tree.communeA),
  };
}

before(async () => {
  t = await buildTestApp();
  w = await world();
});
after(() => t.close());

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7),
]);
const JPEG = (size: number) =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size - 4, 1)]);
const PDF = Buffer.from('%PDF-1.7\n% giả làm ảnh\n');

/** multipart/form-data with text fields first, then the file part. */
function form(fields: Record<string, string>, filename: string, content: Buffer) {
  const boundary = `----vd${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([...parts, head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

function upload(session: Session, modelId: string, filename: string, content: Buffer, caption?: string) {
  const body = form(caption ? { caption } : {}, filename, content);
  return call(t.app, session, {
    method: 'POST',
    url: `/api/models/${modelId}/photos`,
    payload: body.payload,
    headers: body.headers,
  });
}

async function newModel(): Promise<ModelView> {
  const res = await post(t.app, w.officerA, '/api/models', {
    ownerUnitId: w.communeA.id,
    subjectKind: 'individual',
    personId: w.person.id,
    category: 'dien_hinh_tien_tien',
    field: 'y_te',
    title: 'Nữ hộ sinh tận tụy',
    story: 'Chị Phạm Thị Ảnh nhiều năm gắn bó với trạm y tế xã, tận tình chăm sóc sản phụ và trẻ sơ sinh.',
    recognizedBy: 'Chủ tịch UBND xã',
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

const fileCount = async () => (await t.database.db.select({ n: count() }).from(files))[0]!.n;

test('photos: JPEG or PNG on their bytes, 5 MB at most, served in scope and publicly once published', async () => {
  const model = await newModel();
  const before = await fileCount();
  let res = await upload(w.officerA, model.id, 'anh-trao-tang.png', PNG, 'Nhận Giấy khen năm 2023');
  assert.equal(res.statusCode, 200, res.body);
  const view = res.json() as ModelView;
  assert.equal(view.photos.length, 1);
  const photo = view.photos[0]!;
  assert.equal(photo.caption, 'Nhận Giấy khen năm 2023');
  assert.equal(photo.url, `/api/models/${model.id}/photos/${photo.id}`);
  assert.equal(await fileCount(), before + 1);

  // Refused: a PDF named .jpg, a PDF, too large, a viewer, another commune.
  res = await upload(w.officerA, model.id, 'anh.jpg', PDF);
  assert.equal(res.statusCode, 400);
  res = await upload(w.officerA, model.id, 'tai-lieu.pdf', PDF);
  assert.equal(res.statusCode, 400);
  assert.match(res.json().error.message, /JPEG|PNG/);
  res = await upload(w.officerA, model.id, 'lon.jpg', JPEG(5 * 1024 * 1024 + 10));
  assert.equal(res.statusCode, 413);
  assert.equal(res.json().error.fields.file, 'Ảnh quá lớn (tối đa 5 MB)');
  res = await upload(w.viewerA, model.id, 'anh.png', PNG);
  assert.equal(res.statusCode, 403);
  res = await upload(w.officerB, model.id, 'anh.png', PNG);
  assert.equal(res.statusCode, 404);
  assert.equal(await fileCount(), before + 1, 'nothing stored by refused uploads');

  // Served: to the commune, not to another commune, not publicly before publication.
  const own = await call(t.app, w.viewerA, { method: 'GET', url: photo.url });
  assert.equal(own.statusCode, 200);
  assert.equal(own.headers['content-type'], 'image/png');
  assert.deepEqual(own.rawPayload, PNG);
  assert.equal((await call(t.app, w.officerB, { method: 'GET', url: photo.url })).statusCode, 404);
  const publicUrl = `/api/public/models/${model.id}/photos/${photo.id}`;
  assert.equal((await call(t.app, null, { method: 'GET', url: publicUrl })).statusCode, 404);

  const published = await post(t.app, w.officerA, `/api/models/${model.id}/publish`, {
    version: view.version,
  });
  assert.equal(published.statusCode, 200, published.body);
  const pub = await call(t.app, null, { method: 'GET', url: publicUrl });
  assert.equal(pub.statusCode, 200);
  assert.deepEqual(pub.rawPayload, PNG);
  assert.match(
    String(pub.headers['content-disposition']),
    /^inline; filename="anh-/,
    'no uploaded file name in public',
  );
  const detail = (await call(t.app, null, { method: 'GET', url: `/api/public/models/${model.id}` })).json();
  assert.deepEqual(detail.photos, [{ id: photo.id, caption: 'Nhận Giấy khen năm 2023', url: publicUrl }]);
  const list = (await call(t.app, null, { method: 'GET', url: '/api/public/models?q=nu ho sinh' })).json();
  assert.equal(list.items[0].coverPhotoUrl, publicUrl);
});

test('removing a photo, or deleting the model, deletes the stored files', async () => {
  const model = await newModel();
  const before = await fileCount();
  const first = (await upload(w.officerA, model.id, 'mot.png', PNG)).json() as ModelView;
  await upload(w.officerA, model.id, 'hai.jpg', JPEG(1000));
  assert.equal(await fileCount(), before + 2);
  const removed = await call(t.app, w.officerA, {
    method: 'DELETE',
    url: `/api/models/${model.id}/photos/${first.photos[0]!.id}`,
  });
  assert.equal(removed.statusCode, 200, removed.body);
  assert.equal((removed.json() as ModelView).photos.length, 1);
  assert.equal(await fileCount(), before + 1);
  const gone = await call(t.app, w.officerA, { method: 'DELETE', url: `/api/models/${model.id}` });
  assert.equal(gone.statusCode, 200, gone.body);
  assert.equal(await fileCount(), before);
  const [left] = await t.database.db.select({ n: count() }).from(files).where(eq(files.name, 'hai.jpg'));
  assert.equal(left!.n, 0);
});

test('a caption with control characters is refused on the caption field (a NUL answered 500)', async () => {
  const model = await newModel();
  const before = await fileCount();
  const res = await upload(w.officerA, model.id, 'anh.png', PNG, 'Nhận\u0000 Giấy khen\u0007');
  assert.equal(res.statusCode, 400, res.body);
  assert.equal(res.json().error.fields.caption, 'Không được chứa ký tự điều khiển');
  assert.equal(await fileCount(), before, 'no file stored');
});
