// Serves the built web app (dist/web) on the same port as the API, with the SPA fallback for client routes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from '../app-types';

/** Registers the static web app when it has been built. */
export async function registerWeb(app: App, webDir: string): Promise<void> {
  if (!existsSync(path.join(webDir, 'index.html'))) {
    app.log.warn({ webDir }, 'web app not built: run npm run build:web');
    return;
  }
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    maxAge: '1h',
    immutable: false,
  });
  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    const url = req.url.split('?')[0] ?? '/';
    if (url.startsWith('/api/')) {
      return reply
        .status(404)
        .send({ error: { code: 'NOT_FOUND', message: `Không tìm thấy đường dẫn ${url}` } });
    }
    const file = path.normalize(url).replace(/^(\.\.(\/|\\|$))+/, '');
    if (file.startsWith('/assets/') && existsSync(path.join(webDir, file))) {
      return reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(file.slice(1));
    }
    if (path.extname(file) && existsSync(path.join(webDir, file))) return reply.sendFile(file.slice(1));
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
