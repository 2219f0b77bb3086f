import {
  Checkbox,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { FormValues } from '../../../domain/draftForm';
import { allowedLicences } from '../../../domain/licences';
import { describeProblem, fieldLabel, type MessageKey } from '../../../domain/messages';
import { provinces } from '../../../domain/money';
import { describeMoney, moneyPreviewOfForm } from '../../../domain/moneyPreview';
import type { Problem } from '../../../domain/problems';
import { useLocale, useT } from '../i18n';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    gap: '12px 24px',
    alignItems: 'start',
  },
  wide: { gridColumn: '1 / -1' },
  /** An English field and its French one: side by side, stacked in a 400-px Teams side panel. */
  pair: {
    gridColumn: '1 / -1',
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    alignItems: 'start',
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  /** Amount, how it was entered and the province side by side, the money they make just below. */
  money: {
    gridColumn: '1 / -1',
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    alignItems: 'start',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM}`,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  preview: {
    gridColumn: '1 / -1',
    color: tokens.colorNeutralForeground2,
    '& p': { margin: `0 0 ${tokens.spacingVerticalXS}` },
  },
});

type Kind = 'input' | 'text' | 'lines' | 'date' | 'time' | 'url' | 'email';

/** English and French fields shown as pairs first, each `<base>En` then `<base>Fr`. */
const pairs: Array<[string, Kind]> = [
  ['title', 'input'],
  ['summary', 'text'],
  ['background', 'text'],
  ['work', 'text'],
  ['eligibility', 'text'],
];

/** The other inputs in reading order: the bot card's ids, so problems land beside the same field. */
const layout: Array<[string, Kind, MessageKey?]> = [
  ['skills', 'lines', 'tab.hint.lines'],
  ['acceptanceCriteria', 'lines', 'tab.hint.acceptance'],
  ['evaluationCriteria', 'lines', 'tab.hint.lines'],
  ['closingDate', 'date', 'tab.hint.closing'],
  ['closingTime', 'time', 'tab.hint.closing'],
  ['startDate', 'date'],
  ['deliveryDate', 'date'],
  ['repositoryUrl', 'url'],
  ['contactEmail', 'email'],
  ['fundCentre', 'input'],
];

export function DraftFields({
  values,
  onChange,
  problems,
  cardholders,
}: {
  values: FormValues;
  onChange: (id: string, value: string) => void;
  problems: Map<string, Problem[]>;
  cardholders: Array<{ id: string; name: string }>;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const label = (id: string) =>
    id === 'amount'
      ? fieldLabel('amountCents', locale)
      : id === 'closingDate'
        ? t('tab.field.closingDate')
        : id === 'closingTime'
          ? t('tab.field.closingTime')
          : fieldLabel(id, locale);
  const wrap = (id: string, control: ReactElement, hint?: MessageKey, wide = false) => {
    const found = problems.get(id) ?? [];
    return (
      <Field
        key={id}
        className={wide ? styles.wide : undefined}
        label={label(id)}
        hint={hint ? t(hint) : undefined}
        validationState={found.length ? 'error' : 'none'}
        validationMessage={
          found.length ? found.map((p) => describeProblem(p, locale)).join(' ') : undefined
        }
      >
        {control}
      </Field>
    );
  };
  const value = (id: string) => values[id] ?? '';
  const set = (id: string) => (_: unknown, data: { value: string }) => onChange(id, data.value);
  const choices = (id: string, options: Array<[string, string]>) =>
    wrap(
      id,
      <Select value={value(id)} onChange={set(id)}>
        <option value="">{t('tab.choose')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </Select>,
    );

  const field = (id: string, kind: Kind, hint?: MessageKey) => {
    if (kind === 'text' || kind === 'lines')
      return wrap(
        id,
        <Textarea
          value={value(id)}
          onChange={set(id)}
          resize="vertical"
          rows={kind === 'lines' ? 3 : 4}
        />,
        hint,
        kind === 'lines',
      );
    const type = kind === 'input' ? 'text' : kind;
    return wrap(id, <Input type={type} value={value(id)} onChange={set(id)} />, hint);
  };

  const money = (
    <fieldset key="money" className={styles.money}>
      <legend className={styles.legend}>{t('money.heading')}</legend>
      {wrap(
        'amount',
        <Input type="text" inputMode="decimal" value={value('amount')} onChange={set('amount')} />,
        'tab.hint.amount',
      )}
      {choices('amountBasis', [
        ['preTax', t('tab.basis.preTax')],
        ['taxIncluded', t('tab.basis.taxIncluded')],
      ])}
      {choices(
        'province',
        provinces.map((p) => [p, p]),
      )}
      {/* Recomputed on every keystroke: the person sees the total before saving anything. */}
      <div className={styles.preview} role="status" data-testid="money-preview">
        {describeMoney(moneyPreviewOfForm(values), locale).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </fieldset>
  );

  return (
    <div className={styles.grid}>
      {pairs.map(([base, kind]) => (
        <div key={base} className={styles.pair} data-testid={`pair-${base}`}>
          {field(`${base}En`, kind)}
          {field(`${base}Fr`, kind)}
        </div>
      ))}
      {layout.map(([id, kind, hint]) => {
        if (id === 'closingDate') return [money, field(id, kind, hint)];
        return field(id, kind, hint);
      })}
      {choices(
        'licence',
        allowedLicences.map((l) => [l, l]),
      )}
      {choices(
        'cardholderId',
        cardholders.map((c) => [c.id, c.name]),
      )}
      <Field
        className={styles.wide}
        validationState={problems.get('unclassified')?.length ? 'error' : 'none'}
        validationMessage={problems
          .get('unclassified')
          ?.map((p) => describeProblem(p, locale))
          .join(' ')}
      >
        <Checkbox
          checked={value('unclassified') === 'true'}
          onChange={(_, data) => onChange('unclassified', String(data.checked === true))}
          label={t('tab.field.unclassified')}
        />
      </Field>
    </div>
  );
}
