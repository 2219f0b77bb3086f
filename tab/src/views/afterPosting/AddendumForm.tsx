import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { IntentFeedback, fieldProblems } from '../../components/IntentFeedback';
import { Panel } from '../../components/Panel';
import { useLocale, useT } from '../../i18n';
import { useIntent } from '../../useIntent';
import type { StepProps } from './step';

/** The author adds an addendum to a posted opportunity, in both languages; the public page shows it. */
export function AddendumForm({ api, view, onChanged, onReload }: StepProps) {
  const t = useT();
  const locale = useLocale();
  const [en, setEn] = useState('');
  const [fr, setFr] = useState('');
  const intent = useIntent(api, view.record.id, view.record.version, (next, kind) => {
    setEn('');
    setFr('');
    onChanged(next, kind);
  });
  return (
    <Panel id="addendum-heading" heading={t('tab.addendum.heading')}>
      <p>{t('tab.addendum.intro')}</p>
      <Field
        label={t('tab.addendum.en')}
        required
        {...fieldProblems(intent.problems, 'en', locale)}
      >
        <Textarea lang="en" value={en} onChange={(_, d) => setEn(d.value)} resize="vertical" />
      </Field>
      <Field
        label={t('tab.addendum.fr')}
        required
        {...fieldProblems(intent.problems, 'fr', locale)}
      >
        <Textarea lang="fr" value={fr} onChange={(_, d) => setFr(d.value)} resize="vertical" />
      </Field>
      <IntentFeedback
        problems={intent.problems}
        error={intent.error}
        fields={['en', 'fr']}
        onReload={onReload}
      />
      <div>
        <Button
          appearance="primary"
          disabled={intent.busy}
          onClick={() => void intent.send({ kind: 'amend', en: en.trim(), fr: fr.trim() })}
        >
          {t('tab.addendum.submit')}
        </Button>
      </div>
    </Panel>
  );
}
