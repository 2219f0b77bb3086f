import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { explanationProblems } from '../../../../domain/decide';
import type { MessageKey } from '../../../../domain/messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { IntentFeedback, fieldProblems } from '../../components/IntentFeedback';
import { Panel } from '../../components/Panel';
import { useLocale, useT } from '../../i18n';
import { useIntent } from '../../useIntent';
import type { StepProps } from './step';

/** Cancelling after posting: always with a reason, which the audit trail keeps. */
export function CancelForm({
  api,
  view,
  onChanged,
  onReload,
  intro,
}: StepProps & { intro: MessageKey }) {
  const t = useT();
  const locale = useLocale();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const intent = useIntent(api, view.record.id, view.record.version, onChanged);
  return (
    <Panel id="cancel-heading" heading={t('tab.cancel.heading')}>
      <p>{t(intro)}</p>
      <Field
        label={t('tab.cancel.reason')}
        required
        {...fieldProblems(intent.problems, 'reason', locale)}
      >
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
      </Field>
      <IntentFeedback
        problems={intent.problems}
        error={intent.error}
        fields={['reason']}
        onReload={onReload}
      />
      <div>
        <Button
          disabled={intent.busy}
          onClick={() => {
            // The reason first, beside its field; then "Cancel MA-…?" before it is final.
            const problems = explanationProblems({ kind: 'cancel', reason });
            intent.showProblems(problems);
            if (!problems.length) setConfirming(true);
          }}
        >
          {t('tab.cancel.submit')}
        </Button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('tab.confirm.cancel.title', { id: view.record.id })}
          body={t('tab.confirm.cancel.body')}
          confirm={t('tab.confirm.cancel.go')}
          onBack={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void intent.send({ kind: 'cancel', reason: reason.trim() });
          }}
        />
      ) : null}
    </Panel>
  );
}
