import { Link } from '@fluentui/react-components';
import { formatCents } from '../../../../domain/money';
import type { OpportunityView } from '../../../../contract/views';
import { formatDay } from '../../format';
import { useLocale, useT } from '../../i18n';

/** What happened after posting, in a line each, for everyone who may read the record. */
export function RecordFacts({ view }: { view: OpportunityView }) {
  const t = useT();
  const locale = useLocale();
  const { record, applicants } = view;
  return (
    <>
      {applicants ? <p>{t('tab.detail.applicants', { ...applicants })}</p> : null}
      {record.supplierName ? (
        <p>{t('tab.detail.supplier', { name: record.supplierName })}</p>
      ) : null}
      {record.deliveryUrl ? (
        <p>
          {t('tab.detail.deliveryUrl')}:{' '}
          <Link href={record.deliveryUrl} target="_blank" rel="noreferrer">
            {record.deliveryUrl}
          </Link>
        </p>
      ) : null}
      {record.acceptance ? (
        <p>
          {t('tab.detail.accepted', { date: formatDay(record.acceptance.certifiedAt, locale) })}
        </p>
      ) : null}
      {record.payment ? (
        <p>
          {t('tab.detail.paid', {
            amount: formatCents(record.payment.amountCents, locale),
            date: record.payment.paidOn,
            method: t(
              record.payment.method === 'paypal' ? 'tab.payment.paypal' : 'tab.payment.card',
            ),
            reference: record.payment.reference,
          })}
        </p>
      ) : null}
      {record.state === 'cancelled' && record.cancelReason ? (
        <p>{t('tab.detail.cancelReason', { reason: record.cancelReason })}</p>
      ) : null}
    </>
  );
}
