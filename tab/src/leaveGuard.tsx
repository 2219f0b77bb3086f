import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { Route } from './App';
import { ConfirmDialog } from './components/ConfirmDialog';
import { useT } from './i18n';

/** Asked before any in-app navigation: does the current view hold work that is not saved? */
export type HasUnsavedWork = () => boolean;

const GuardContext = createContext<(check: HasUnsavedWork | null) => void>(() => {});

/**
 * A view with unsaved work says so while it is mounted; the browser is asked on unload too.
 * Returns `release`, for the view's own navigation once its work is stored (after Submit).
 */
export function useLeaveGuard(unsaved: boolean): () => void {
  const register = useContext(GuardContext);
  const latest = useRef(unsaved);
  latest.current = unsaved;
  useEffect(() => {
    register(() => latest.current);
    return () => register(null);
  }, [register]);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  return useCallback(() => {
    latest.current = false;
  }, []);
}

/**
 * Navigation that asks "Leave without saving?" first when the view has unsaved work. The pending
 * target lives here, outside the dialog: the dialog is rendered only while a navigation is pending
 * (a closed dialog left mounted is still there for assistive technology), and the navigation
 * itself runs from state once the dialog is gone.
 */
export function useGuardedNavigation(go: (route: Route) => void) {
  const check = useRef<HasUnsavedWork | null>(null);
  const [pending, setPending] = useState<Route | null>(null);
  const [leaving, setLeaving] = useState<Route | null>(null);
  useEffect(() => {
    if (!leaving) return;
    setLeaving(null);
    check.current = null;
    go(leaving);
  }, [leaving, go]);
  const navigate = useCallback(
    (route: Route) => {
      if (check.current?.()) setPending(route);
      else go(route);
    },
    [go],
  );
  const hasUnsavedWork = useCallback(() => check.current?.() === true, []);
  const register = useRef((next: HasUnsavedWork | null) => {
    check.current = next;
  }).current;
  const dialog = pending ? (
    <LeaveDialog
      onStay={() => setPending(null)}
      onLeave={() => {
        setLeaving(pending);
        setPending(null);
      }}
    />
  ) : null;
  return {
    navigate,
    register,
    dialog,
    hasUnsavedWork,
    setPending,
  };
}

export const LeaveGuardProvider = GuardContext.Provider;

/**
 * "Leave without saving?": the browser's own modal dialog, which makes the page inert while open
 * and leaves nothing behind once removed (a Fluent `Dialog` unmounted while open left
 * `aria-hidden` on the whole app). Escape means stay; React removes it with the pending
 * navigation. A component of its own so it reads the person's language where it is rendered.
 */
function LeaveDialog({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const t = useT();
  return (
    <ConfirmDialog
      title={t('draft.leave.title')}
      body={t('draft.leave.body')}
      back={t('draft.leave.stay')}
      confirm={t('draft.leave.confirm')}
      onBack={onStay}
      onConfirm={onLeave}
    />
  );
}
