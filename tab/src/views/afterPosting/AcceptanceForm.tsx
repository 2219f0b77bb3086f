import {
  Button,
  Checkbox,
  Field,
  Link,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { IntentFeedback, fieldProblems } from '../../components/IntentFeedback';
import { Panel } from '../../components/Panel';
import { useLocale, useT } from '../../i18n';
import { useIntent } from '../../useIntent';
import type { StepProps } from './step';

const useStyles = makeStyles({
  criterion: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
  text: { margin: 0 },
});

/** FAA s.34: the author certifies the work, one met criterion at a time, each with a note. */
export function AcceptanceForm({ api, view, onChanged, onReload }: StepProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const { record } = view;
  const criteria = record.fields.acceptanceCriteria;
  const [checks, setChecks] = useState(() => criteria.map(() => ({ met: false, note: '' })));
  const [comment, setComment] = useState('');
  const [certified, setCertified] = useState(false);
  const intent = useIntent(api, record.id, record.version, onChanged);
  const update = (index: number, change: Partial<{ met: boolean; note: string }>) =>
    setChecks((all) => all.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const fields = [
    ...criteria.flatMap((_, i) => [`checks[${i}].met`, `checks[${i}].note`]),
    'certified',
    'comment',
  ];
  return (
    <Panel id="accept-heading" heading={t('tab.accept.heading')}>
      <p>{t('tab.accept.intro')}</p>
      {record.deliveryUrl ? (
        <p>
          {t('tab.detail.deliveryUrl')}:{' '}
          <Link href={record.deliveryUrl} target="_blank" rel="noreferrer">
            {record.deliveryUrl}
          </Link>
        </p>
      ) : null}
      {criteria.map((criterion, i) => (
        <div key={i} className={styles.criterion} role="group" aria-labelledby={`criterion-${i}`}>
          <p id={`criterion-${i}`} className={styles.text}>
            {t('tab.accept.criterion', {
              n: i + 1,
              kind: t(`tab.acceptance.${criterion.kind}`),
              text: locale === 'fr' ? criterion.fr : criterion.en,
            })}
          </p>
          <Field {...fieldProblems(intent.problems, `checks[${i}].met`, locale)}>
            <Checkbox
              checked={checks[i]!.met}
              onChange={(_, d) => update(i, { met: d.checked === true })}
              label={t('tab.accept.met', { n: i + 1 })}
            />
          </Field>
          <Field
            label={t('tab.accept.note', { n: i + 1 })}
            required
            {...fieldProblems(intent.problems, `checks[${i}].note`, locale)}
          >
            <Textarea
              value={checks[i]!.note}
              onChange={(_, d) => update(i, { note: d.value })}
              resize="vertical"
            />
          </Field>
        </div>
      ))}
      <Field label={t('tab.accept.comment')} {...fieldProblems(intent.problems, 'comment', locale)}>
        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" />
      </Field>
      <Field {...fieldProblems(intent.problems, 'certified', locale)}>
        <Checkbox
          checked={certified}
          onChange={(_, d) => setCertified(d.checked === true)}
          label={t('tab.accept.certify')}
        />
      </Field>
      <IntentFeedback
        problems={intent.problems}
        error={intent.error}
        fields={fields}
        onReload={onReload}
      />
      <div>
        <Button
          appearance="primary"
          disabled={intent.busy}
          onClick={() =>
            void intent.send({
              kind: 'accept',
              comment: comment.trim(),
              checks: checks.map((c) => ({ met: c.met, note: c.note.trim() })),
              certified,
            })
          }
        >
          {t('tab.accept.submit')}
        </Button>
      </div>
    </Panel>
  );
}
