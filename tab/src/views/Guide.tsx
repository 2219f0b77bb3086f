import type { MessageKey } from '../../../domain/messages';
import { useT } from '../i18n';

const sections: Array<[MessageKey, MessageKey]> = [
  ['tab.guide.client', 'tab.guide.clientSteps'],
  ['tab.guide.cardholder', 'tab.guide.cardholderSteps'],
  ['tab.guide.procurement', 'tab.guide.procurementSteps'],
  ['tab.guide.rules', 'tab.guide.rulesText'],
];

/** The pilot's client guide, as part of the product. */
export function Guide() {
  const t = useT();
  return (
    <article aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t('tab.guide.heading')}</h2>
      <p>{t('tab.guide.intro')}</p>
      {sections.map(([heading, text]) => (
        <section key={heading}>
          <h3>{t(heading)}</h3>
          <p>{t(text)}</p>
        </section>
      ))}
    </article>
  );
}
