// Accounts of a benchmark: created through the users service (as the command line's system actor would), and
// the Actor the services see for them (the role bindings the session lookup reads).
import type { Role } from '../../contracts/enums';
import type { Db } from '../../server/db/client';
import { type Actor, systemActor } from '../../server/lib/actor';
import { loadRoleBindings } from '../../server/modules/auth/sessions.queries';
import { createUser } from '../../server/modules/users/users.service';

/** The password of every benchmark account (letters and digits, not a common one). */
export const BENCH_PASSWORD = 'Đo-hiệu-năng-2026';

/** Creates an account with roles at units and returns the actor the services see for it. */
export async function benchAccount(
  db: Db,
  input: { username: string; fullName: string; roles: { role: Role; unitId: string }[] },
): Promise<Actor> {
  const user = await db.transaction((tx) =>
    createUser(tx, { ...systemActor(), client: 'bench' }, { ...input, password: BENCH_PASSWORD }),
  );
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    roles: await loadRoleBindings(db, user.id),
    sessionId: null,
    client: 'bench',
  };
}
