import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import { formatCents, parseDollars } from '../../../../domain/money';
import { problem } from '../../../../domain/problems';
import { paymentDates } from '../../../../domain/paymentDates';
import { IntentFeedback, fieldProblems } from '../../components/IntentFeedback';
import { Panel } from '../../components/Panel';
import { useLocale, useT } from '../../i18n';
import { useIntent } from '../../useIntent';
import type { StepProps } from './step';

const fields = ['method', 'paidOn', 'amountCents', 'reference'];

/** The cardholder records the payment; it cannot be more than was committed (the server checks). */
export function PaymentForm({ api, view, onChanged, onReload }: StepProps) {
  const t = useT();
  const locale = useLocale();
  const { record } = view;
  const committed = view.totalCents ?? 0;
  const [method, setMethod] = useState<'card' | 'paypal'>('card');
  const [dates] = useState(() => paymentDates(record, new Date()));
  const [paidOn, setPaidOn] = useState(dates.latest);
  const [amount, setAmount] = useState(() => (committed / 100).toFixed(2));
  const [reference, setReference] = useState('');
  const intent = useIntent(api, record.id, record.version, onChanged);

  const submit = () => {
    const amountCents = parseDollars(amount);
    // Not an amount at all: say so beside the field without asking the server.
    if (amountCents === null)
      return intent.showProblems([
        problem('amountCents', 'wrongType', { expected: 'dollars', label: 'field.paidAmount' }),
      ]);
    void intent.send({
      kind: 'recordPayment',
      method,
      paidOn,
      amountCents,
      reference: reference.trim(),
    });
  };
  return (
    <Panel id="payment-heading" heading={t('tab.payment.heading')}>
      <p>{t('tab.payment.committed', { amount: formatCents(committed, locale) })}</p>
      <Field label={t('tab.payment.method')} {...fieldProblems(intent.problems, 'method', locale)}>
        <RadioGroup
          layout="horizontal"
          value={method}
          onChange={(_, d) => setMethod(d.value === 'paypal' ? 'paypal' : 'card')}
        >
          <Radio value="card" label={t('tab.payment.card')} />
          <Radio value="paypal" label={t('tab.payment.paypal')} />
        </RadioGroup>
      </Field>
      <Field
        label={t('tab.payment.paidOn')}
        required
        {...fieldProblems(intent.problems, 'paidOn', locale)}
      >
        <Input
          type="date"
          value={paidOn}
          min={dates.earliest ?? undefined}
          max={dates.latest}
          onChange={(_, d) => setPaidOn(d.value)}
        />
      </Field>
      <Field
        label={t('tab.payment.amount')}
        hint={t('tab.payment.amountHint')}
        required
        {...fieldProblems(intent.problems, 'amountCents', locale)}
      >
        <Input value={amount} onChange={(_, d) => setAmount(d.value)} inputMode="decimal" />
      </Field>
      <Field
        label={t('tab.payment.reference')}
        required
        {...fieldProblems(intent.problems, 'reference', locale)}
      >
        <Input value={reference} onChange={(_, d) => setReference(d.value)} />
      </Field>
      <IntentFeedback
        problems={intent.problems}
        error={intent.error}
        fields={fields}
        onReload={onReload}
      />
      <div>
        <Button appearance="primary" disabled={intent.busy} onClick={submit}>
          {t('tab.payment.submit')}
        </Button>
      </div>
    </Panel>
  );
}
