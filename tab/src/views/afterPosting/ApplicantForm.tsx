import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { IntentKind } from '../../../../domain/intents';
import type { BilingualItem } from '../../../../domain/opportunity';
import { problem, type Problem } from '../../../../domain/problems';
import type { ApplicantToEvaluate } from '../../../../contract/views';
import type { OpportunityView } from '../../../../contract/views';
import type { Api } from '../../api';
import { IntentFeedback, fieldProblems } from '../../components/IntentFeedback';
import { useLocale, useT } from '../../i18n';
import { useIntent } from '../../useIntent';

const useStyles = makeStyles({
  applicant: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
  },
  heading: { margin: 0, display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
  criterion: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
  text: { margin: 0 },
  answerLabel: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  // Answers are plain text: line breaks kept, nothing interpreted.
  answer: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    padding: '8px 12px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type Mark = { pass: boolean | null; rationale: string };

/** One applicant: each answer, then pass or fail and why, per criterion; saved on its own. */
export function ApplicantForm({
  api,
  view,
  criteria,
  applicant,
  count,
  onChanged,
  onReload,
}: {
  api: Api;
  view: OpportunityView;
  criteria: BilingualItem[];
  applicant: ApplicantToEvaluate;
  count: number;
  onChanged: (view: OpportunityView, kind: IntentKind) => void;
  onReload: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const n = applicant.applicant;
  const [marks, setMarks] = useState<Mark[]>(() =>
    criteria.map((_, i) => ({
      pass: applicant.results?.[i]?.pass ?? null,
      rationale: applicant.results?.[i]?.rationale ?? '',
    })),
  );
  const [saved, setSaved] = useState(false);
  const intent = useIntent(api, view.record.id, view.record.version, (next, kind) => {
    setSaved(true);
    onChanged(next, kind);
  });
  const update = (index: number, change: Partial<Mark>) => {
    setSaved(false);
    setMarks((all) => all.map((m, i) => (i === index ? { ...m, ...change } : m)));
  };
  const save = () => {
    // The same rules as the server, so nothing is sent that it would refuse for a missing mark.
    const missing: Problem[] = marks.flatMap((m, i) => [
      ...(m.pass === null ? [problem(`results[${i}].pass`, 'required')] : []),
      ...(m.rationale.trim() ? [] : [problem(`results[${i}].rationale`, 'required')]),
    ]);
    if (missing.length) return intent.showProblems(missing);
    void intent.send({
      kind: 'evaluate',
      applicant: n,
      results: marks.map((m) => ({ pass: m.pass === true, rationale: m.rationale.trim() })),
    });
  };
  const status = applicant.results
    ? applicant.results.every((r) => r.pass)
      ? (['success', 'tab.eval.status.passed'] as const)
      : (['danger', 'tab.eval.status.failed'] as const)
    : (['informative', 'tab.eval.status.pending'] as const);
  const headingId = `applicant-${n}`;
  const fields = criteria.flatMap((_, i) => [`results[${i}].pass`, `results[${i}].rationale`]);
  return (
    <section className={styles.applicant} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        {t('tab.eval.applicant', { n, count })}
        <Badge appearance="tint" color={status[0]}>
          {t(status[1])}
        </Badge>
      </h4>
      {criteria.map((criterion, i) => (
        <div key={i} className={styles.criterion}>
          <p className={styles.text}>
            {t('tab.eval.criterion', {
              n: i + 1,
              text: locale === 'fr' ? criterion.fr : criterion.en,
            })}
          </p>
          <p className={styles.answerLabel}>{t('tab.eval.answer', { n: i + 1 })}</p>
          <p className={styles.answer}>{applicant.answers[i] || t('tab.eval.noAnswer')}</p>
          <Field
            label={t('tab.eval.result', { n: i + 1 })}
            required
            {...fieldProblems(intent.problems, `results[${i}].pass`, locale)}
          >
            <RadioGroup
              layout="horizontal"
              value={marks[i]!.pass === null ? '' : marks[i]!.pass ? 'pass' : 'fail'}
              onChange={(_, d) => update(i, { pass: d.value === 'pass' })}
            >
              <Radio value="pass" label={t('tab.eval.pass')} />
              <Radio value="fail" label={t('tab.eval.fail')} />
            </RadioGroup>
          </Field>
          <Field
            label={t('tab.eval.rationale', { n: i + 1 })}
            required
            {...fieldProblems(intent.problems, `results[${i}].rationale`, locale)}
          >
            <Textarea
              value={marks[i]!.rationale}
              onChange={(_, d) => update(i, { rationale: d.value })}
              resize="vertical"
            />
          </Field>
        </div>
      ))}
      <IntentFeedback
        problems={intent.problems}
        error={intent.error}
        fields={fields}
        onReload={onReload}
      />
      <div aria-live="polite">
        {saved ? (
          <MessageBar intent="success">
            <MessageBarBody>{t('tab.eval.saved', { n })}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <div>
        <Button disabled={intent.busy} onClick={save}>
          {t('tab.eval.save', { n })}
        </Button>
      </div>
    </section>
  );
}
