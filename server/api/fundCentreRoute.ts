import { totalCents } from '../../domain/completeness';
import { capCents } from '../../domain/money';
import { canSeeFundCentre } from '../../domain/permissions';
import { fundCentreHistory, twelveMonthsBefore } from '../../domain/splitting';
import type { Storage } from '../../storage/storage';
import { fail, replyAs } from './respond';
import { refuseRead, type SubResource } from './subResources';
import type { FundCentreItem, FundCentreView } from '../../contract/views';

/**
 * GET /api/opportunities/{id}/fundCentreHistory: the fund centre's other opportunities of the last
 * twelve months (posted or awarded, not cancelled or rejected) and their total, for procurement
 * officers, managers, and the opportunity's author and cardholder (`canSeeFundCentre`). No
 * supplier is named.
 */
export function fundCentreRoute(storage: Storage, clock: () => Date): SubResource {
  return async (context) => {
    const { record } = context;
    const { res, actor } = context;
    if (!canSeeFundCentre(record, actor))
      return refuseRead(
        storage,
        context,
        record,
        { intent: 'readFundCentreHistory', because: 'forbidden' },
        () => fail(res, 403, 'forbidden', 'tab.api.fundCentreForbidden'),
      );
    const now = clock();
    const { fundCentre } = record.fields;
    const history = fundCentre.trim()
      ? fundCentreHistory(record, await storage.opportunities.fundCentreAwards(fundCentre), now)
      : { items: [], totalCents: 0 };
    const others = await Promise.all(
      history.items.map((i) => storage.opportunities.get(i.opportunityId)),
    );
    const items: FundCentreItem[] = history.items
      .map((item, index) => ({
        id: item.opportunityId,
        titleEn: others[index]?.fields.titleEn ?? '',
        titleFr: others[index]?.fields.titleFr ?? '',
        state: others[index]?.state ?? null,
        at: item.at,
        totalCents: item.totalCents,
      }))
      .sort((a, b) => b.at.localeCompare(a.at));
    const view: FundCentreView = {
      id: record.id,
      fundCentre,
      since: twelveMonthsBefore(now).toISOString(),
      items,
      priorCents: history.totalCents,
      thisCents: totalCents(record.fields) ?? 0,
      capCents,
    };
    replyAs('GET /api/opportunities/:id/fundCentreHistory', res, 200, view);
  };
}
