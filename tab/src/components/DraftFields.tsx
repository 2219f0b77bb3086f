import {
  Checkbox,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import type { PostingPeriod } from '../../../domain/completeness';
import type { FormValues, ListInput } from '../../../domain/draftForm';
import { allowedLicences } from '../../../domain/licences';
import { formatDateTime } from '../../../domain/locale';
import { describeProblem, fieldLabel } from '../../../domain/messages';
import { provinces } from '../../../domain/money';
import { describeMoney, moneyPreviewOfForm } from '../../../domain/moneyPreview';
import type { Problem } from '../../../domain/problems';
import { useLocale, useT } from '../i18n';
import { DraftRows, type EditorRow } from './DraftRows';

const useStyles = makeStyles({
  /** One section per step of writing, its heading first. */
  section: {
    margin: `0 0 ${tokens.spacingVerticalXXL}`,
    '& > h3': {
      fontSize: tokens.fontSizeBase500,
      lineHeight: tokens.lineHeightBase500,
      margin: `0 0 ${tokens.spacingVerticalM}`,
      paddingBottom: tokens.spacingVerticalXS,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
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
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    alignItems: 'start',
  },
  preview: {
    gridColumn: '1 / -1',
    color: tokens.colorNeutralForeground2,
    '& p': { margin: `0 0 ${tokens.spacingVerticalXS}` },
  },
});

type Kind = 'input' | 'text' | 'date' | 'time' | 'url' | 'email';

/** The editor's sections in writing order; `id` names the heading for its landmark. */
type SectionKey =
  | 'tab.section.describe'
  | 'tab.section.work'
  | 'tab.section.criteria'
  | 'money.heading'
  | 'tab.section.dates'
  | 'tab.section.approvals';

export function DraftFields({
  values,
  onChange,
  rows,
  onRowsChange,
  problems,
  cardholders,
  postingPeriod,
}: {
  values: FormValues;
  onChange: (id: string, value: string) => void;
  rows: Record<ListInput, EditorRow[]>;
  onRowsChange: (list: ListInput, rows: EditorRow[]) => void;
  problems: Map<string, Problem[]>;
  cardholders: Array<{ id: string; name: string }>;
  /** The minimum posting period as the server counts it today, for the closing date's hint. */
  postingPeriod?: PostingPeriod | null;
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
  const wrap = (id: string, control: ReactElement, hint?: string, wide = false) => {
    const found = problems.get(id) ?? [];
    return (
      <Field
        key={id}
        className={wide ? styles.wide : undefined}
        label={label(id)}
        hint={hint}
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

  const field = (id: string, kind: Kind, hint?: string) => {
    if (kind === 'text')
      return wrap(
        id,
        <Textarea value={value(id)} onChange={set(id)} resize="vertical" rows={4} />,
        hint,
      );
    const type = kind === 'input' ? 'text' : kind;
    return wrap(id, <Input type={type} value={value(id)} onChange={set(id)} />, hint);
  };
  /** An English field and its French one, side by side: `<base>En` then `<base>Fr`. */
  const pair = (base: string, kind: Kind) => (
    <div key={base} className={styles.pair} data-testid={`pair-${base}`}>
      {field(`${base}En`, kind)}
      {field(`${base}Fr`, kind)}
    </div>
  );
  const list = (name: ListInput) => (
    <DraftRows
      key={name}
      list={name}
      rows={rows[name]}
      onChange={(next) => onRowsChange(name, next)}
      problems={problems}
    />
  );
  const section = (key: SectionKey, children: ReactNode) => {
    const id = `section-${key.replace(/\W/g, '-')}`;
    return (
      <section key={key} className={styles.section} aria-labelledby={id}>
        <h3 id={id}>{t(key)}</h3>
        <div className={styles.grid}>{children}</div>
      </section>
    );
  };

  const money = (
    <div key="money" className={`${styles.money} ${styles.wide}`}>
      {wrap(
        'amount',
        <Input type="text" inputMode="decimal" value={value('amount')} onChange={set('amount')} />,
        t('tab.hint.amount'),
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
    </div>
  );

  // The server counts the business days (holidays included): the tab only shows its answer.
  const closingHint = postingPeriod
    ? t('tab.hint.earliestClosing', {
        closingAt: formatDateTime(postingPeriod.earliestClosing, locale),
      })
    : t('tab.hint.closing');

  return (
    <div>
      {section('tab.section.describe', [
        pair('title', 'input'),
        pair('summary', 'text'),
        pair('background', 'text'),
        field('contactEmail', 'email'),
      ])}
      {section('tab.section.work', [
        pair('work', 'text'),
        pair('eligibility', 'text'),
        list('skills'),
        field('repositoryUrl', 'url'),
        choices(
          'licence',
          allowedLicences.map((l) => [l, l]),
        ),
      ])}
      {section('tab.section.criteria', [list('acceptanceCriteria'), list('evaluationCriteria')])}
      {section('money.heading', [money, field('fundCentre', 'input')])}
      {section('tab.section.dates', [
        field('closingDate', 'date', closingHint),
        field('closingTime', 'time', t('tab.hint.closing')),
        field('startDate', 'date'),
        field('deliveryDate', 'date'),
      ])}
      {section('tab.section.approvals', [
        choices(
          'cardholderId',
          cardholders.map((c) => [c.id, c.name]),
        ),
        <Field
          key="unclassified"
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
        </Field>,
      ])}
    </div>
  );
}
