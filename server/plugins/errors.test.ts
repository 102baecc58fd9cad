// The error mapping: what a client can cause is a 4xx in Vietnamese, whatever else is a 500.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toAppError } from './errors';

test('a broken multipart body (cut short, no or bad boundary) is a 400 on the file field, not a 500', () => {
  for (const message of [
    'Unexpected end of multipart data',
    'Part terminated early due to unexpected end of multipart data',
    'Multipart: Boundary not found',
    'Boundary required',
    'The needle cannot be an empty String/Buffer.',
    'The needle cannot have a length bigger than 256.',
  ]) {
    const mapped = toAppError(new Error(message));
    assert.equal(mapped.status, 400, message);
    assert.equal(mapped.code, 'VALIDATION');
    assert.match(mapped.message, /Dữ liệu tải lên bị hỏng/);
    assert.ok(mapped.fields?.file, message);
  }
});

test('any other error stays a 500 with the plain Vietnamese message', () => {
  for (const error of [new Error('boom'), new TypeError('x is undefined'), 'a string']) {
    const mapped = toAppError(error);
    assert.equal(mapped.status, 500);
    assert.equal(mapped.message, 'Lỗi hệ thống, vui lòng thử lại hoặc liên hệ quản trị viên');
  }
});
