import { Button, Field, Select, Textarea } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { explanationProblems } from '../../../../domain/decide';
import type { Problem } from '../../../../domain/problems';
import { problem } from '../../../../domain/problems';
import { IntentFeedback, fieldProblems } from '../../components/IntentFeedback';
import { Panel } from '../../components/Panel';
import { useLocale, useT } from '../../i18n';
import { useIntent } from '../../useIntent';
import type { StepProps } from '../afterPosting/step';

type Cardholder = { id: string; name: string };

/**
 * The author names another cardholder while the funds wait (`changeCardholder`): offered the
 * people who hold the role now, less the author and the one named; the server checks it again.
 */
export function ChangeCardholderForm({ api, view, onChanged, onReload }: StepProps) {
  const t = useT();
  const locale = useLocale();
  const { record } = view;
  const [cardholders, setCardholders] = useState<Cardholder[] | null>(null);
  const [cardholderId, setCardholderId] = useState('');
  const [comment, setComment] = useState('');
  const intent = useIntent(api, record.id, record.version, onChanged);
  useEffect(() => {
    let live = true;
    api.send('GET /api/cardholders').then(
      ({ data }) => live && setCardholders(data.cardholders),
      () => live && setCardholders([]),
    );
    return () => {
      live = false;
    };
  }, [api]);
  const offered = (cardholders ?? []).filter(
    (c) => c.id !== record.authorId && c.id !== record.fields.cardholderId,
  );
  const submit = () => {
    const problems: Problem[] = [
      ...(cardholderId ? [] : [problem('cardholderId', 'required')]),
      ...explanationProblems({ kind: 'changeCardholder', cardholderId, comment }),
    ];
    intent.showProblems(problems);
    if (!problems.length)
      void intent.send({ kind: 'changeCardholder', cardholderId, comment: comment.trim() });
  };
  return (
    <Panel id="change-cardholder-heading" heading={t('tab.changeCardholder.heading')}>
      <p>{t('tab.changeCardholder.intro')}</p>
      {cardholders !== null && !offered.length ? <p>{t('tab.changeCardholder.none')}</p> : null}
      <Field
        label={t('tab.changeCardholder.cardholder')}
        required
        {...fieldProblems(intent.problems, 'cardholderId', locale)}
      >
        <Select value={cardholderId} onChange={(_, d) => setCardholderId(d.value)}>
          <option value="">{t('tab.changeCardholder.choose')}</option>
          {offered.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('tab.changeCardholder.comment')}
        required
        {...fieldProblems(intent.problems, 'comment', locale)}
      >
        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" />
      </Field>
      <IntentFeedback
        problems={intent.problems}
        error={intent.error}
        fields={['cardholderId', 'comment']}
        onReload={onReload}
      />
      <div>
        <Button appearance="primary" disabled={intent.busy} onClick={submit}>
          {t('tab.changeCardholder.submit')}
        </Button>
      </div>
    </Panel>
  );
}
