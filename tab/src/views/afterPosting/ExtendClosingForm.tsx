import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { easternDateTime, easternToInstant } from '../../../../domain/text';
import { IntentFeedback, fieldProblems } from '../../components/IntentFeedback';
import { Panel } from '../../components/Panel';
import { useLocale, useT } from '../../i18n';
import { useIntent } from '../../useIntent';
import type { StepProps } from './step';

/**
 * The author moves a posted opportunity's closing later, in Eastern time as the draft's is, and
 * says why in both languages; the server refuses an earlier one and publishes it as an addendum.
 */
export function ExtendClosingForm({ api, view, onChanged, onReload }: StepProps) {
  const t = useT();
  const locale = useLocale();
  const current = view.record.fields.closingAt;
  const initial = current ? easternDateTime(current) : { date: '', time: '' };
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [en, setEn] = useState('');
  const [fr, setFr] = useState('');
  const intent = useIntent(api, view.record.id, view.record.version, (next, kind) => {
    setEn('');
    setFr('');
    onChanged(next, kind);
  });
  // An unreadable date or time goes as it is, so the server names the problem beside the field.
  const closingAt = (date && easternToInstant(date, time || '14:00')) || `${date} ${time}`.trim();
  return (
    <Panel id="extend-closing-heading" heading={t('tab.extendClosing.heading')}>
      <p>{t('tab.extendClosing.intro')}</p>
      <Field
        label={t('tab.extendClosing.date')}
        hint={t('tab.hint.closing')}
        required
        {...fieldProblems(intent.problems, 'closingAt', locale)}
      >
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label={t('tab.extendClosing.time')} hint={t('tab.hint.closing')} required>
        <Input type="time" value={time} onChange={(_, d) => setTime(d.value)} />
      </Field>
      <Field
        label={t('tab.extendClosing.en')}
        required
        {...fieldProblems(intent.problems, 'en', locale)}
      >
        <Textarea lang="en" value={en} onChange={(_, d) => setEn(d.value)} resize="vertical" />
      </Field>
      <Field
        label={t('tab.extendClosing.fr')}
        required
        {...fieldProblems(intent.problems, 'fr', locale)}
      >
        <Textarea lang="fr" value={fr} onChange={(_, d) => setFr(d.value)} resize="vertical" />
      </Field>
      <IntentFeedback
        problems={intent.problems}
        error={intent.error}
        fields={['closingAt', 'en', 'fr']}
        onReload={onReload}
      />
      <div>
        <Button
          appearance="primary"
          disabled={intent.busy}
          onClick={() =>
            void intent.send({ kind: 'extendClosing', closingAt, en: en.trim(), fr: fr.trim() })
          }
        >
          {t('tab.extendClosing.submit')}
        </Button>
      </div>
    </Panel>
  );
}
