import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { Route } from './App';
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

const useStyles = makeStyles({
  dialog: {
    maxWidth: '480px',
    padding: '24px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow64,
    '::backdrop': { backgroundColor: 'rgba(0, 0, 0, 0.4)' },
  },
  title: { margin: '0 0 8px', fontSize: tokens.fontSizeBase500 },
  actions: { display: 'flex', gap: '8px', justifyContent: 'flex-end', marginTop: '20px' },
});

/**
 * The browser's own modal dialog: it makes the page inert while open and leaves nothing behind
 * once removed, where a Fluent `Dialog` unmounted while open left `aria-hidden` on the whole app.
 */
function LeaveDialog({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const t = useT();
  const styles = useStyles();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-labelledby="leave-title"
      aria-describedby="leave-body"
      className={styles.dialog}
      onCancel={(event) => {
        // Escape means stay; React removes the dialog with the pending navigation.
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-title" className={styles.title}>
        {t('draft.leave.title')}
      </h2>
      <p id="leave-body">{t('draft.leave.body')}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onStay} autoFocus>
          {t('draft.leave.stay')}
        </Button>
        <Button onClick={onLeave}>{t('draft.leave.confirm')}</Button>
      </div>
    </dialog>
  );
}
