import {
  Button,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { FormRow, ListInput } from '../../../domain/draftForm';
import { maxItems } from '../../../domain/limits';
import { describeProblem, fieldLabel, type MessageKey } from '../../../domain/messages';
import { acceptanceKinds } from '../../../domain/opportunity';
import type { Problem } from '../../../domain/problems';
import { useLocale, useT } from '../i18n';

/** A row as the editor holds it: what was typed, and a key that stays with it when others go. */
export type EditorRow = FormRow & { key: number };

let nextKey = 1;
export function editorRow(row: FormRow = { kind: '', en: '', fr: '' }): EditorRow {
  return { kind: '', ...row, key: nextKey++ };
}

const useStyles = makeStyles({
  list: {
    gridColumn: '1 / -1',
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  hint: { color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0` },
  problem: { color: tokens.colorPaletteRedForeground1, margin: `${tokens.spacingVerticalXS} 0` },
  /** English and French side by side, the kind first and Remove last; stacked in a side panel. */
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) auto',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    alignItems: 'end',
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)', alignItems: 'start' },
  },
  kindRow: {
    gridTemplateColumns: 'minmax(120px, 0.6fr) minmax(0, 1fr) minmax(0, 1fr) auto',
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  remove: { justifySelf: 'start' },
  add: { marginTop: tokens.spacingVerticalS },
});

const hints: Record<ListInput, MessageKey> = {
  skills: 'tab.hint.skills',
  acceptanceCriteria: 'tab.hint.acceptance',
  evaluationCriteria: 'tab.hint.evaluation',
};

/**
 * One list typed one item per row, English and French side by side. Add and Remove change only
 * the row they name: every other row keeps what was typed. A problem with an item is shown
 * beside its own input, one about the whole list under the list's name.
 */
export function DraftRows({
  list,
  rows,
  onChange,
  problems,
}: {
  list: ListInput;
  rows: EditorRow[];
  onChange: (rows: EditorRow[]) => void;
  problems: Map<string, Problem[]>;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const container = useRef<HTMLFieldSetElement>(null);
  /** Where the keyboard goes after Add or Remove: the new row, or what took the removed one's place. */
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (!focus) return;
    container.current?.querySelector<HTMLElement>(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const label = (part: 'en' | 'fr' | 'kind' | 'remove', n: number) =>
    t(`tab.rows.${list}.${part}` as MessageKey, { n });
  const describe = (found: Problem[]) =>
    found.length ? found.map((p) => describeProblem(p, locale)).join(' ') : undefined;
  const update = (index: number, change: Partial<FormRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const listProblems = problems.get(list) ?? [];
  const full = rows.length >= maxItems[list];
  const legendId = `rows-${list}`;

  return (
    <fieldset
      ref={container}
      className={styles.list}
      aria-describedby={`${legendId}-hint`}
      data-testid={`rows-${list}`}
    >
      <legend id={legendId} className={styles.legend}>
        {fieldLabel(list, locale)}
      </legend>
      <p id={`${legendId}-hint`} className={styles.hint}>
        {t(hints[list])}
      </p>
      {listProblems.length ? (
        <p className={styles.problem} data-testid={`problems-${list}`}>
          {describe(listProblems)}
        </p>
      ) : null}
      {rows.map((row, index) => {
        const n = index + 1;
        const found = problems.get(`${list}[${index}]`) ?? [];
        const part = (name: string) => found.filter((p) => p.field.endsWith(`.${name}`));
        // A problem with the item as a whole (not one of its parts) is shown with its English.
        const whole = found.filter((p) => !/\.(en|fr|kind)$/.test(p.field));
        const en = [...part('en'), ...whole];
        const text = (lang: 'en' | 'fr', items: Problem[]) => (
          <Field
            label={label(lang, n)}
            validationState={items.length ? 'error' : 'none'}
            validationMessage={describe(items)}
          >
            {list === 'skills' ? (
              <Input
                data-row={`${row.key}-${lang}`}
                value={row[lang]}
                onChange={(_, data) => update(index, { [lang]: data.value })}
              />
            ) : (
              <Textarea
                data-row={`${row.key}-${lang}`}
                value={row[lang]}
                onChange={(_, data) => update(index, { [lang]: data.value })}
                resize="vertical"
                rows={2}
              />
            )}
          </Field>
        );
        return (
          <div
            key={row.key}
            className={`${styles.row} ${list === 'acceptanceCriteria' ? styles.kindRow : ''}`}
            data-testid={`row-${list}`}
          >
            {list === 'acceptanceCriteria' ? (
              <Field
                label={label('kind', n)}
                validationState={part('kind').length ? 'error' : 'none'}
                validationMessage={describe(part('kind'))}
              >
                <Select
                  value={row.kind ?? ''}
                  onChange={(_, data) => update(index, { kind: data.value })}
                >
                  <option value="">{t('tab.choose')}</option>
                  {acceptanceKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`site.acceptance.${kind}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : null}
            {text('en', en)}
            {text('fr', part('fr'))}
            <Button
              className={styles.remove}
              onClick={() => {
                const after = rows[index + 1] ?? rows[index - 1];
                onChange(rows.filter((_, i) => i !== index));
                setFocus(after ? `[data-row="${after.key}-en"]` : `[data-add]`);
              }}
            >
              {label('remove', n)}
            </Button>
          </div>
        );
      })}
      <Button
        className={styles.add}
        data-add
        disabled={full}
        onClick={() => {
          const row = editorRow();
          onChange([...rows, row]);
          setFocus(`[data-row="${row.key}-en"]`);
        }}
      >
        {t(`tab.rows.${list}.add` as MessageKey)}
      </Button>
    </fieldset>
  );
}
