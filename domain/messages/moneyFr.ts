import type { moneyEn } from './moneyEn';

/** Messages français de l’argent montré à côté du montant d’une ébauche, dans l’onglet et la carte. */
export const moneyFr: Record<keyof typeof moneyEn, string> = {
  'money.heading': 'Argent',
  'money.total':
    'Total taxes comprises : {total} ({preTax} avant taxes + {tax} de taxes à {rate} en {province}).',
  'money.maxPreTax':
    'Montant maximal avant taxes en {province} : {max} (le total taxes comprises reste dans la limite de {cap}).',
  'money.overCap': 'Ce total dépasse la limite de {cap} : réduisez le montant.',
  'money.chooseProvince':
    'Choisissez la province ou le territoire pour voir le total taxes comprises et le montant maximal avant taxes.',
} as const;
