import type { MessageKey } from '../../../domain/messages';
import { useLocale, useT } from '../i18n';

const sections: Array<[MessageKey, MessageKey]> = [
  ['tab.guide.client', 'tab.guide.clientSteps'],
  ['tab.guide.cardholder', 'tab.guide.cardholderSteps'],
  ['tab.guide.procurement', 'tab.guide.procurementSteps'],
  ['tab.guide.rules', 'tab.guide.rulesText'],
];

/** The pilot's client guide, as part of the product, and the whole guide on the public site. */
export function Guide({ clientGuide }: { clientGuide: { en: string; fr: string } | null }) {
  const t = useT();
  const locale = useLocale();
  return (
    <article aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t('tab.guide.heading')}</h2>
      <p>{t('tab.guide.intro')}</p>
      {clientGuide && (
        <p>
          <a href={clientGuide[locale]} target="_blank" rel="noreferrer">
            {t('tab.guide.fullGuide')}
          </a>
        </p>
      )}
      {sections.map(([heading, text]) => (
        <section key={heading}>
          <h3>{t(heading)}</h3>
          <p>{t(text)}</p>
        </section>
      ))}
    </article>
  );
}
