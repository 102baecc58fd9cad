// Every module's routes, registered explicitly (no auto-loading).
import type { App } from '../app-types';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { catalogRoutes } from './catalog/catalog.routes';
import { clustersRoutes } from './clusters/clusters.routes';
import { certificatesRoutes } from './certificates/certificates.routes';
import { documentsRoutes } from './documents/documents.routes';
import { dossiersRoutes } from './dossiers/dossiers.routes';
import { inboxRoutes } from './inbox/inbox.routes';
import { movementsRoutes } from './movements/movements.routes';
import { councilsRoutes } from './councils/councils.routes';
import { decisionsRoutes } from './decisions/decisions.routes';
import { eligibilityRoutes } from './eligibility/eligibility.routes';
import { healthRoutes } from './health/health.routes';
import { historyRoutes } from './history/history.routes';
import { inspectionsRoutes } from './inspections/inspections.routes';
import { modelsPublicRoutes } from './models/models.public-routes';
import { modelsRoutes } from './models/models.routes';
import { peopleRoutes } from './people/people.routes';
import { registrationsRoutes } from './registrations/registrations.routes';
import { publicAwardRoutes } from './public/public.routes';
import { unitsRoutes } from './units/units.routes';
import { usersRoutes } from './users/users.routes';

export async function registerModules(app: App): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(peopleRoutes);
  await app.register(unitsRoutes);
  await app.register(usersRoutes);
  await app.register(auditRoutes);
  await app.register(historyRoutes);
  await app.register(eligibilityRoutes);
  await app.register(catalogRoutes);
  await app.register(certificatesRoutes);
  await app.register(publicAwardRoutes);
  await app.register(inspectionsRoutes);
  await app.register(inboxRoutes);
  await app.register(dossiersRoutes);
  await app.register(documentsRoutes);
  await app.register(movementsRoutes);
  await app.register(modelsRoutes);
  await app.register(modelsPublicRoutes);
  await app.register(councilsRoutes);
  await app.register(decisionsRoutes);
  await app.register(registrationsRoutes);
  await app.register(clustersRoutes);
}
