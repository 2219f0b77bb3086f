import type { IntentKind } from '../../../../domain/intents';
import type { OpportunityView } from '../../../../contract/views';
import type { Api } from '../../api';

/** What every step of the detail view gets: the view on screen and how to report a change. */
export interface StepProps {
  api: Api;
  view: OpportunityView;
  /** An intent went through: the view it answered with. */
  onChanged: (view: OpportunityView, kind: IntentKind) => void;
  /** Read the opportunity again (after a stale version). */
  onReload: () => void;
}
