// Uploaded files (dossier attachments, achievement reports, …): the bytes live in the database with their
// checksum, size and the type recognised from their first bytes (server/lib/files.ts checks them).
import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './_shared';
import { users } from './access';

/** PostgreSQL bytea as a Node Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export const files = pgTable(
  'files',
  {
    id: id(),
    /** The file name as uploaded, made safe (NFC, no path, no control characters). */
    name: text('name').notNull(),
    /** The type recognised from the content (not the one the browser claims). */
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    /** Hex SHA-256 of the content. */
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('files_sha256_idx').on(t.sha256),
    check(
      'files_size_check',
      sql`${t.size} between 1 and 10485760 and ${t.size} = octet_length(${t.content})`,
    ),
    check('files_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('files_name_check', sql`length(${t.name}) between 1 and 255`),
  ],
);
