// Shows its children only when an ability (from a view's `can` map) or a role allows it.
import type { ReactNode } from 'react';
import type { Role } from '../../contracts/enums';
import { hasAnyRole, useMe } from '../lib/session';

interface CanProps {
  /** An ability computed by the server, e.g. view.can.update. */
  when?: boolean;
  /** Roles of which the user must hold one (anywhere). */
  roles?: readonly Role[];
  fallback?: ReactNode;
  children: ReactNode;
}

/** Hides what the user may not do; the server still checks every request. */
export function Can({ when, roles, fallback = null, children }: CanProps) {
  const { data: me } = useMe();
  const allowedByRole = roles ? hasAnyRole(me, roles) : true;
  const allowed = (when ?? true) && allowedByRole;
  return <>{allowed ? children : fallback}</>;
}
