/** Open-source licences the program accepts for delivered code (SPDX identifiers). */
export const allowedLicences = [
  'MIT',
  'Apache-2.0',
  'BSD-3-Clause',
  'BSD-2-Clause',
  'MPL-2.0',
  'LGPL-3.0-or-later',
  'GPL-3.0-or-later',
  'AGPL-3.0-or-later',
  'EUPL-1.2',
] as const;
export type Licence = (typeof allowedLicences)[number];

export function isAllowedLicence(value: unknown): value is Licence {
  return typeof value === 'string' && (allowedLicences as readonly string[]).includes(value);
}
