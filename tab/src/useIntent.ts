import { useState } from 'react';
import type { IntentKind } from '../../domain/intents';
import type { Problem } from '../../domain/problems';
import type { IntentRequest } from '../../contract/routes';
import type { OpportunityView } from '../../contract/views';
import { ApiError, type Api } from './api';

/** What a form posting an intent knows: busy, the problems to show beside its fields, other errors. */
export interface IntentState {
  busy: boolean;
  problems: Problem[];
  error: unknown;
}

/**
 * Posts one intent for the version on screen (`If-Match`), with a fresh idempotency key so a
 * double click changes nothing. Problems (400 `invalid`, 422 `incomplete`) go beside their
 * fields; a form may also show problems it found itself before sending anything.
 */
export function useIntent(
  api: Api,
  id: string,
  version: number,
  onDone: (view: OpportunityView, kind: IntentKind) => void,
) {
  const [state, setState] = useState<IntentState>({ busy: false, problems: [], error: null });
  const send = async (body: IntentRequest): Promise<boolean> => {
    setState({ busy: true, problems: [], error: null });
    try {
      const { data } = await api.send('POST /api/opportunities/:id/intents', {
        params: { id },
        body,
        ifMatch: version,
        idempotencyKey: crypto.randomUUID(),
      });
      setState({ busy: false, problems: [], error: null });
      onDone(data, body.kind);
      return true;
    } catch (e) {
      const problems =
        e instanceof ApiError && e.body.problems ? (e.body.problems as unknown as Problem[]) : [];
      setState({ busy: false, problems, error: e });
      return false;
    }
  };
  const showProblems = (problems: Problem[]) => setState({ busy: false, problems, error: null });
  return { ...state, send, showProblems };
}
