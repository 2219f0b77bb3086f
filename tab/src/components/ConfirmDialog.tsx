import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n';

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
  actions: {
    display: 'flex',
    gap: '8px',
    justifyContent: 'flex-end',
    flexWrap: 'wrap',
    marginTop: '20px',
  },
});

/**
 * "Reject MA-2026-0001?" before a step that cannot be undone, or "Leave without saving?"
 * (`leaveGuard.tsx`): the browser's own modal dialog, rendered only while asking. Going back is
 * the default (Escape, focus); `back` names it where "Go back" would not say enough.
 */
export function ConfirmDialog({
  title,
  body,
  confirm,
  back,
  onConfirm,
  onBack,
}: {
  title: string;
  body: string;
  confirm: string;
  back?: string;
  onConfirm: () => void;
  onBack: () => void;
}) {
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
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      className={styles.dialog}
      onCancel={(event) => {
        event.preventDefault();
        onBack();
      }}
    >
      <h2 id="confirm-title" className={styles.title}>
        {title}
      </h2>
      <p id="confirm-body">{body}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onBack} autoFocus>
          {back ?? t('tab.confirm.back')}
        </Button>
        <Button onClick={onConfirm}>{confirm}</Button>
      </div>
    </dialog>
  );
}
