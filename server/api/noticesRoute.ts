import { groupNotices, type NoticeProblem, type NoticeRow } from '../../domain/noticeSummary';
import type { Opportunity } from '../../domain/opportunity';
import { canSeeNotices } from '../../domain/permissions';
import { encodeKey } from '../../storage/keys';
import type { StoredNotice } from '../../storage/noticeRows';
import type { Storage } from '../../storage/storage';
import { givenUpPrefix, notStoredReason } from '../noticeDispatcher';
import { withoutAddresses } from '../noticeSenders';
import { etagOf } from './outcomes';
import { fail, replyAs } from './respond';
import { refuseRead, type SubResource } from './subResources';
import type { NoticesView } from '../../contract/views';

function problemOf(notice: StoredNotice): NoticeRow['problem'] {
  const reason = withoutAddresses(notice.lastError ?? '');
  let kind: NoticeProblem | null = null;
  if (notice.status === 'failed')
    kind = reason.startsWith(givenUpPrefix)
      ? 'gaveUp'
      : reason === notStoredReason
        ? 'notStored'
        : 'refused';
  else if (notice.status === 'sent')
    kind = notice.deliveryStatus && notice.deliveryStatus !== 'delivered' ? 'undelivered' : null;
  else if (reason) kind = 'retrying';
  return kind && { kind, reason };
}

/**
 * A notice as the tab shows it: picked field by field, so the address, the texts and the
 * confirmation number stored beside it never leave. Until the award is final a receipt carries no
 * time: it is when someone applied, which could tell the author who "Applicant 2" is.
 */
export function noticeRow(notice: StoredNotice, record: Opportunity): NoticeRow {
  const anonymous = notice.kind === 'applicationReceived' && !record.awardedAt;
  return {
    kind: notice.kind,
    language: notice.language,
    status: notice.status,
    attempts: notice.attempts,
    createdAt: anonymous ? null : notice.createdAt,
    sentAt: anonymous ? null : (notice.sentAt ?? null),
    delivery: notice.deliveryStatus
      ? {
          status: notice.deliveryStatus,
          at: anonymous ? null : (notice.deliveryStatusAt ?? null),
        }
      : null,
    problem: problemOf(notice),
  };
}

/**
 * GET /api/opportunities/{id}/notices: what was e-mailed to suppliers about it, to how many, and
 * how each stands (queued, sent, delivered, failed and why). For the author, the cardholder and
 * procurement officers (`canSeeNotices`), in any state.
 */
export function noticesRoute(storage: Storage): SubResource {
  return async (context) => {
    const { record } = context;
    const { res, actor } = context;
    if (!canSeeNotices(record, actor))
      return refuseRead(
        storage,
        context,
        record,
        { intent: 'readNotices', because: 'forbidden' },
        () => fail(res, 403, 'forbidden', 'tab.api.noticesForbidden'),
      );
    const stored = await storage.notices.forOpportunity(encodeKey(record.id));
    const notices = stored.map((notice) => noticeRow(notice, record));
    const view: NoticesView = {
      id: record.id,
      version: record.version,
      groups: groupNotices(notices),
      notices,
    };
    replyAs('GET /api/opportunities/:id/notices', res, 200, view, {
      etag: etagOf(record.version),
    });
  };
}
