// The whole database schema, one pg-core schema for PGlite and PostgreSQL.
export * from './units';
export * from './people';
export * from './access';
export * from './audit';
export * from './history';
export * from './overlays';
export * from './inspections';
export * from './models';
export * from './files';
export * from './dossiers';
export * from './documents';
export * from './movements';
export * from './councils';
export * from './disclosures';
export * from './decisions';
export * from './registrations';
export * from './clusters';
