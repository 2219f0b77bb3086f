import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PostingPeriod } from '../../../domain/completeness';
import {
  formFromFields,
  listInputs,
  rowsFromFields,
  toFormRow,
  type FormValues,
  type ListInput,
} from '../../../domain/draftForm';
import type { OpportunityFields } from '../../../domain/opportunity';
import type { Problem } from '../../../domain/problems';
import type { OpportunityView } from '../../../contract/views';
import { ApiError, type Api } from '../api';
import type { Route } from '../App';
import { DraftFields } from '../components/DraftFields';
import { editorRow, type EditorRow } from '../components/DraftRows';
import { ErrorBar } from '../components/ErrorBar';
import { useLocale, useT } from '../i18n';
import { useLeaveGuard } from '../leaveGuard';
import { checkDraft, hasUnsavedWork, problemsByInput } from './draftState';

const useStyles = makeStyles({
  buttons: { display: 'flex', gap: '8px', margin: '16px 0', flexWrap: 'wrap' },
});

interface Loaded {
  view: OpportunityView;
  cardholders: Array<{ id: string; name: string }>;
  /** As the server counted it when the draft was opened. */
  postingPeriod: PostingPeriod | null;
}

type Rows = Record<ListInput, EditorRow[]>;

/** The stored lists as rows; an empty list shows one empty row, ready to type in. */
function rowsOf(fields: OpportunityFields): Rows {
  const stored = rowsFromFields(fields);
  const rows = {} as Rows;
  for (const list of listInputs)
    rows[list] = stored[list].length ? stored[list].map((r) => editorRow(r)) : [editorRow()];
  return rows;
}

/** Drafting in the tab: the bot's checks beside each field, saves guarded by the version seen. */
export function DraftEditor({
  api,
  id,
  onNavigate,
}: {
  api: Api;
  id: string;
  onNavigate: (route: Route) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [values, setValues] = useState<FormValues>({});
  const [rows, setRows] = useState<Rows>({
    skills: [],
    acceptanceCriteria: [],
    evaluationCriteria: [],
  });
  const [error, setError] = useState<unknown>(null);
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    Promise.all([
      api.send('GET /api/opportunities/:id', { params: { id } }),
      api.send('GET /api/cardholders'),
    ]).then(
      ([record, people]) => {
        if (!live) return;
        setLoaded({
          view: record.data,
          cardholders: people.data.cardholders,
          postingPeriod: record.data.postingPeriod ?? null,
        });
        setValues(formFromFields(record.data.record.fields));
        setRows(rowsOf(record.data.record.fields));
        setServerProblems([]);
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, id, reloads]);

  const unsavedWork = loaded ? hasUnsavedWork(values, rows, loaded.view.record.fields) : false;
  const releaseGuard = useLeaveGuard(unsavedWork);

  if (!loaded)
    return error ? (
      <ErrorBar error={error} onRetry={() => setReloads((n) => n + 1)} />
    ) : (
      <Spinner label={t('tab.loading')} />
    );
  const { record } = loaded.view;
  const chosen = loaded.cardholders.find((c) => c.id === values.cardholderId);
  const cardholder = chosen
    ? { ...chosen, email: '', roles: ['cardholder' as const], locale: 'en' as const }
    : null;
  const check = checkDraft(
    values,
    rows,
    record.fields,
    record.authorId,
    cardholder,
    loaded.postingPeriod ?? undefined,
  );
  // A closing too soon is said as soon as it is typed; what is missing waits for Submit.
  const shown = problemsByInput([
    ...check.blocking,
    ...check.early,
    ...(attempted
      ? [...check.missing, ...serverProblems.map((p) => toFormRow(p, check.rowOfItem))]
      : []),
  ]);
  const stale = error instanceof ApiError && error.status === 412;

  /** Inputs whose typed text is not saved: shown beside them, never thrown away. */
  const unsavedInputs = new Set([...problemsByInput(check.blocking).keys()]);

  /** Saves every field that reads correctly; returns the version now stored. */
  const save = async (): Promise<number> => {
    if (Object.keys(check.changes).length === 0) return record.version;
    const { data } = await api.send('PATCH /api/opportunities/:id', {
      params: { id },
      body: check.changes,
      ifMatch: record.version,
    });
    setLoaded({ ...loaded, view: data });
    return data.record.version;
  };

  const run = async (submit: boolean) => {
    // Required fields are named on Submit, all at once; Save only says what it could not keep.
    if (submit) setAttempted(true);
    setBusy(true);
    setError(null);
    setNotice(null);
    setServerProblems([]);
    try {
      const version = await save();
      if (unsavedInputs.size) {
        setNotice(t('draft.savedExcept', { count: unsavedInputs.size }));
        return;
      }
      if (!submit) {
        setNotice(t('tab.draft.saved', { version }));
        return;
      }
      await api.send('POST /api/opportunities/:id/intents', {
        params: { id },
        body: { kind: 'submit' },
        ifMatch: version,
        idempotencyKey: crypto.randomUUID(),
      });
      // Everything was saved before the submit: nothing is left to warn about.
      releaseGuard();
      onNavigate({ name: 'detail', id, submitted: true });
    } catch (e) {
      if (e instanceof ApiError && e.body.problems)
        setServerProblems(e.body.problems as unknown as Problem[]);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const problemCount = shown.size;
  return (
    <form
      aria-labelledby="draft-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void run(false);
      }}
      noValidate
    >
      <h2 id="draft-heading">
        {t('tab.draft.heading', { id: record.id, version: record.version })}
      </h2>
      <p>{t('tab.draft.intro')}</p>
      {record.returnComment ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('tab.draft.returned', { name: record.updatedByName, comment: record.returnComment })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <DraftFields
        values={values}
        onChange={(input, value) => setValues((v) => ({ ...v, [input]: value }))}
        rows={rows}
        onRowsChange={(list, next) => setRows((r) => ({ ...r, [list]: next }))}
        problems={shown}
        cardholders={loaded.cardholders}
        postingPeriod={loaded.postingPeriod}
      />
      <div aria-live="polite">
        {attempted && problemCount > 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t('tab.draft.problemsHeading', { count: problemCount })}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {attempted && problemCount === 0 && !error ? (
          <MessageBar intent="success">
            <MessageBarBody>{t('tab.draft.ready')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {notice ? (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {stale ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('tab.draft.stale')} {error.body.message?.[locale]}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setReloads((n) => n + 1)}>{t('tab.draft.reload')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : error && !(error instanceof ApiError && error.status === 422) ? (
        <ErrorBar error={error} />
      ) : null}
      <div className={styles.buttons}>
        <Button type="submit" disabled={busy}>
          {t('tab.draft.save')}
        </Button>
        <Button appearance="primary" disabled={busy} onClick={() => void run(true)}>
          {t('tab.draft.submit')}
        </Button>
        {busy ? <Spinner size="tiny" label={t('tab.saving')} /> : null}
      </div>
    </form>
  );
}
