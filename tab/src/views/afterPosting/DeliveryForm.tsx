import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { IntentFeedback, fieldProblems } from '../../components/IntentFeedback';
import { Panel } from '../../components/Panel';
import { useLocale, useT } from '../../i18n';
import { useIntent } from '../../useIntent';
import type { StepProps } from './step';

/** The author records where the delivered work is. */
export function DeliveryForm({ api, view, onChanged, onReload }: StepProps) {
  const t = useT();
  const locale = useLocale();
  const [url, setUrl] = useState('');
  const intent = useIntent(api, view.record.id, view.record.version, onChanged);
  return (
    <Panel id="delivery-heading" heading={t('tab.delivery.heading')}>
      <p>{t('tab.delivery.intro')}</p>
      <Field
        label={t('tab.delivery.url')}
        required
        {...fieldProblems(intent.problems, 'deliveryUrl', locale)}
      >
        <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} />
      </Field>
      <IntentFeedback
        problems={intent.problems}
        error={intent.error}
        fields={['deliveryUrl']}
        onReload={onReload}
      />
      <div>
        <Button
          appearance="primary"
          disabled={intent.busy}
          onClick={() => void intent.send({ kind: 'recordDelivery', deliveryUrl: url.trim() })}
        >
          {t('tab.delivery.submit')}
        </Button>
      </div>
    </Panel>
  );
}
