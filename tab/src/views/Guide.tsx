import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { MessageKey } from '../../../domain/messages';
import { roles, type Role } from '../../../domain/people';
import { useLocale, useT } from '../i18n';

const parts: Record<Role, [MessageKey, MessageKey]> = {
  client: ['tab.guide.client', 'tab.guide.clientSteps'],
  cardholder: ['tab.guide.cardholder', 'tab.guide.cardholderSteps'],
  procurement: ['tab.guide.procurement', 'tab.guide.procurementSteps'],
  manager: ['tab.guide.manager', 'tab.guide.managerSteps'],
  admin: ['tab.guide.admin', 'tab.guide.adminSteps'],
};

const useStyles = makeStyles({
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' },
});

/**
 * The guide for the roles the person holds first (a cardholder reads what a cardholder does, not
 * how to start a draft), the separation of duties, and the other roles behind a disclosure; the
 * pilot's whole client guide on the public site.
 */
export function Guide({
  clientGuide,
  roles: held,
}: {
  clientGuide: { en: string; fr: string } | null;
  roles: readonly string[];
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const mine = roles.filter((role) => held.includes(role));
  const others = roles.filter((role) => !held.includes(role));
  const part = (role: Role) => (
    <section key={role} data-testid={`guide-${role}`}>
      <h3>{t(parts[role][0])}</h3>
      <p>{t(parts[role][1])}</p>
    </section>
  );
  return (
    <article aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t('tab.guide.heading')}</h2>
      <p>{t('tab.guide.intro')}</p>
      {clientGuide && held.includes('client') && (
        <p>
          <Link href={clientGuide[locale]} target="_blank" rel="noreferrer">
            {t('tab.guide.fullGuide')}
          </Link>
        </p>
      )}
      {mine.length > 0 ? mine.map(part) : <p>{t('tab.guide.noRole')}</p>}
      <section>
        <h3>{t('tab.guide.rules')}</h3>
        <p>{t('tab.guide.rulesText')}</p>
      </section>
      {others.length > 0 ? (
        <details>
          <summary className={styles.summary}>{t('tab.guide.others')}</summary>
          {others.map(part)}
        </details>
      ) : null}
    </article>
  );
}
