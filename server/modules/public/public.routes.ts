// Public routes of the awards (no session: the handlers never call requireActor; the auth hook only reads a
// session when one is sent, and CSRF applies to state-changing requests only). Rate-limited per address.
import { PublicAwardView, PublicCodeParams } from '../../../contracts/certificates';
import type { App } from '../../app-types';
import { verifyAward } from './public.awards';

/** Generous for people scanning a certificate, a brake on guessing codes. */
const rateLimit = { max: 60, timeWindow: '1 minute' };

export async function publicAwardRoutes(app: App): Promise<void> {
  app.get(
    '/api/public/awards/:code',
    {
      schema: {
        tags: ['Công khai'],
        summary: 'Xác thực một khen thưởng theo mã in trên giấy khen (mã QR)',
        params: PublicCodeParams,
        response: { 200: PublicAwardView },
      },
      config: { rateLimit },
    },
    async (req, reply) => {
      const view = await app.db.transaction((tx) => verifyAward(tx, req.params.code));
      return reply.header('cache-control', 'no-store').send(view);
    },
  );
}
