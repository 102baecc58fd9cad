import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  excerpt,
  mediaLinkError,
  PHOTO_MAX_BYTES,
  photoError,
  publicationErrors,
  subjectErrors,
} from './models';

test('a subject is named by exactly one source that fits its kind', () => {
  const none = { personId: null, unitId: null, subjectName: null };
  assert.deepEqual(subjectErrors({ subjectKind: 'individual', ...none, personId: 'p' }), {});
  assert.deepEqual(
    subjectErrors({ subjectKind: 'individual', ...none, subjectName: 'Bà Nguyễn Thị Hoa' }),
    {},
  );
  assert.deepEqual(subjectErrors({ subjectKind: 'collective', ...none, unitId: 'u' }), {});
  assert.deepEqual(
    subjectErrors({ subjectKind: 'collective', ...none, subjectName: 'Tổ hợp tác rau sạch' }),
    {},
  );
  assert.ok(subjectErrors({ subjectKind: 'individual', ...none }).personId);
  assert.ok(subjectErrors({ subjectKind: 'collective', ...none }).unitId);
  assert.ok(
    subjectErrors({ subjectKind: 'individual', ...none, personId: 'p', subjectName: 'X' }).subjectName,
  );
  assert.ok(subjectErrors({ subjectKind: 'collective', ...none, unitId: 'u', subjectName: 'X' }).subjectName);
  assert.ok(subjectErrors({ subjectKind: 'individual', ...none, unitId: 'u' }).unitId);
  assert.ok(subjectErrors({ subjectKind: 'collective', ...none, personId: 'p' }).personId);
});

test('media links: absolute http(s) with a domain, no credentials, not too long', () => {
  assert.equal(mediaLinkError('https://camxuyen.hatinh.gov.vn/tin-tuc/guong-dien-hinh'), null);
  assert.equal(mediaLinkError('http://baohatinh.vn/bai-viet?id=12#doan-2'), null);
  assert.match(mediaLinkError('javascript:alert(1)')!, /http/);
  assert.match(mediaLinkError('data:text/html,<b>x</b>')!, /http/);
  assert.match(mediaLinkError('ftp://example.com/a.mp4')!, /http/);
  assert.match(mediaLinkError('/tin-tuc/bai-1')!, /không hợp lệ/);
  assert.match(mediaLinkError('baohatinh.vn/bai')!, /không hợp lệ/);
  assert.match(mediaLinkError('https://localhost/x')!, /tên miền/);
  assert.match(mediaLinkError('https://user:pass@example.com/')!, /mật khẩu/);
  assert.match(mediaLinkError(`https://example.com/${'a'.repeat(2000)}`)!, /quá dài/);
});

test('photos: JPEG or PNG, not empty, at most 5 MB, at most 12 per model', () => {
  assert.equal(photoError({ mime: 'image/jpeg', size: 1000 }, 0), null);
  assert.equal(photoError({ mime: 'image/png', size: PHOTO_MAX_BYTES }, 11), null);
  assert.match(photoError({ mime: 'image/webp', size: 1000 }, 0)!, /JPEG hoặc PNG/);
  assert.match(photoError({ mime: 'application/pdf', size: 1000 }, 0)!, /JPEG hoặc PNG/);
  assert.match(photoError({ mime: 'image/svg+xml', size: 1000 }, 0)!, /JPEG hoặc PNG/);
  assert.match(photoError({ mime: 'image/png', size: PHOTO_MAX_BYTES + 1 }, 0)!, /5 MB/);
  assert.match(photoError({ mime: 'image/png', size: 0 }, 0)!, /rỗng/);
  assert.match(photoError({ mime: 'image/png', size: 10 }, 12)!, /tối đa 12/);
});

test('publication needs a story and who recognised the model; excerpts cut at a word', () => {
  assert.deepEqual(publicationErrors({ title: 'x', story: 'a'.repeat(50), recognizedBy: 'UBND huyện' }), {});
  const errors = publicationErrors({ title: 'x', story: 'ngắn', recognizedBy: null });
  assert.deepEqual(Object.keys(errors).sort(), ['recognizedBy', 'story']);
  assert.equal(excerpt('Đoạn một.\nĐoạn hai.'), 'Đoạn một.');
  assert.equal(excerpt(null), '');
  const long = excerpt(`${'chữ '.repeat(100)}`, 20);
  assert.ok(long.endsWith(' …') && long.length <= 22, long);
});
