/** English messages of the money shown beside a draft's amount, in the tab and on the card. */
export const moneyEn = {
  'money.heading': 'Money',
  'money.total':
    'Total including tax: {total} ({preTax} before tax + {tax} tax at {rate} in {province}).',
  'money.maxPreTax':
    'Largest amount before tax in {province}: {max} (the total including tax stays within {cap}).',
  'money.overCap': 'That total is over the {cap} limit: lower the amount.',
  'money.chooseProvince':
    'Choose the province or territory to see the total including tax and the largest amount before tax.',
} as const;
