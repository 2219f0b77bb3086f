import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ApplicationsView } from '../../../../contract/views';
import { ErrorBar } from '../../components/ErrorBar';
import { IntentFeedback } from '../../components/IntentFeedback';
import { Panel } from '../../components/Panel';
import { useT } from '../../i18n';
import { useIntent } from '../../useIntent';
import { ApplicantForm } from './ApplicantForm';
import { CancelForm } from './CancelForm';
import type { StepProps } from './step';

const useStyles = makeStyles({
  draw: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
  heading: { margin: 0 },
  code: { overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace },
});

/** The author evaluates anonymous applications, then draws; with nobody to award, cancels. */
export function EvaluationPanel(props: StepProps) {
  const { api, view, onChanged, onReload } = props;
  const t = useT();
  const styles = useStyles();
  const { record } = view;
  const [data, setData] = useState<ApplicationsView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const award = useIntent(api, record.id, record.version, onChanged);

  useEffect(() => {
    let live = true;
    setError(null);
    api.send('GET /api/opportunities/:id/applications', { params: { id: record.id } }).then(
      ({ data: loaded }) => live && setData(loaded),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, record.id, record.version, attempt]);

  if (!data)
    return error ? (
      <ErrorBar error={error} onRetry={() => setAttempt((n) => n + 1)} />
    ) : (
      <Spinner label={t('tab.loading')} />
    );
  const count = data.applicants.length;
  const nobody = count === 0 || (data.unevaluated === 0 && data.passed === 0);
  return (
    <>
      <Panel id="evaluate-heading" heading={t('tab.eval.heading')}>
        <p>{t('tab.eval.anonymous')}</p>
        {data.applicants.map((applicant) => (
          <ApplicantForm
            key={applicant.applicant}
            api={api}
            view={view}
            criteria={data.criteria}
            applicant={applicant}
            count={count}
            onChanged={onChanged}
            onReload={onReload}
          />
        ))}
        {nobody ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t(count === 0 ? 'tab.eval.none' : 'tab.eval.noneQualified')}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <section className={styles.draw} aria-labelledby="draw-heading">
            <h4 id="draw-heading" className={styles.heading}>
              {t('tab.eval.drawHeading')}
            </h4>
            <p>{t('tab.eval.drawExplain', { count: data.passed })}</p>
            <p>
              {t('tab.eval.commitment')}: <code className={styles.code}>{data.drawCommitment}</code>
            </p>
            {data.unevaluated > 0 ? (
              <p>{t('tab.eval.remaining', { count: data.unevaluated })}</p>
            ) : null}
            <IntentFeedback
              problems={award.problems}
              error={award.error}
              fields={[]}
              onReload={onReload}
            />
            <div>
              <Button
                appearance="primary"
                disabled={award.busy || data.unevaluated > 0}
                onClick={() => void award.send({ kind: 'award' })}
              >
                {t('tab.eval.award')}
              </Button>
            </div>
          </section>
        )}
      </Panel>
      <CancelForm {...props} intro="tab.cancel.intro" />
    </>
  );
}
