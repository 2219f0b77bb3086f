import { totalCents } from '../../domain/completeness';
import { capCents } from '../../domain/money';
import { awardAccess } from '../../domain/permissions';
import { t } from '../../domain/messages';
import type { Storage } from '../../storage/storage';
import { etagOf } from './outcomes';
import { fail, replyAs } from './respond';
import { failLocalised, refuseRead, type SubResource } from './subResources';
import type { AwardView } from '../../contract/views';

/**
 * GET /api/opportunities/{id}/award: the author and the cardholder once the award is final (the
 * draw, the winner's identity); while it is held, they and any procurement officer
 * who may release it see the draw and the splitting details, without identity.
 */
export function awardRoute(storage: Storage): SubResource {
  return async (context) => {
    const { record } = context;
    const { res, actor } = context;
    const intent = 'readAward';
    const allowed = awardAccess(record, actor);
    if (allowed === 'none')
      return refuseRead(storage, context, record, { intent, because: 'forbidden' }, () =>
        fail(res, 403, 'forbidden', 'tab.api.awardForbidden'),
      );
    if (allowed === 'wrongState' || !record.award)
      return refuseRead(storage, context, record, { intent, because: 'wrongState' }, () =>
        failLocalised(
          res,
          409,
          'wrongState',
          'tab.api.noAward',
          (locale) => ({ state: t(locale, `state.${record.state}`) }),
          { state: record.state },
        ),
      );
    const { award } = record;
    const identity =
      allowed === 'identity' ? await storage.applications.identity(record.id, award.winner) : null;
    const earlier = award.splitting
      ? await Promise.all(
          award.splitting.opportunityIds.map(async (id) => {
            const other = await storage.opportunities.get(id);
            return {
              id,
              titleEn: other?.fields.titleEn ?? '',
              titleFr: other?.fields.titleFr ?? '',
              totalCents: other ? totalCents(other.fields) : null,
            };
          }),
        )
      : [];
    const view: AwardView = {
      id: record.id,
      version: record.version,
      state: record.state,
      held: record.state === 'awardHeld',
      draw: {
        commitment: record.drawCommitment,
        secret: award.secret,
        seed: award.seed,
        candidates: award.candidates,
        winner: award.winner,
      },
      // Picked field by field: the store's identity row also carries the supplier key.
      winner: identity && {
        confirmation: award.winner,
        name: identity.name,
        businessName: identity.businessName,
        email: identity.email,
      },
      splitting: award.splitting && {
        fundCentre: record.fields.fundCentre,
        earlier,
        priorCents: award.splitting.priorCents,
        thisCents: totalCents(record.fields) ?? 0,
        capCents,
      },
      releaseReason: award.releaseReason,
    };
    replyAs('GET /api/opportunities/:id/award', res, 200, view, {
      etag: etagOf(record.version),
    });
  };
}
