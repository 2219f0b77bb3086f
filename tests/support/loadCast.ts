import type { Person, Role } from '../../domain/people';
import { aPerson } from './builders';

/**
 * Twenty seats, repeated: mostly clients drafting, with the cardholders, CFOB officers and
 * managers a pilot of that size has, and one client who is also a cardholder (separation of
 * duties under load: they approve others' funds, never their own).
 */
const seats: Role[][] = [
  ['client'],
  ['cardholder'],
  ['client'],
  ['procurement'],
  ['client'],
  ['client'],
  ['cardholder'],
  ['client'],
  ['manager'],
  ['client'],
  ['client'],
  ['cardholder'],
  ['client'],
  ['procurement'],
  ['client'],
  ['client'],
  ['client', 'cardholder'],
  ['client'],
  ['client'],
  ['client'],
];

/** `count` simulated people; every fifth speaks French. */
export function loadCast(count: number): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return aPerson({
      id: `load-user-${n}`,
      name: `Load User ${n}`,
      roles: seats[i % seats.length]!,
      locale: i % 5 === 4 ? 'fr' : 'en',
    });
  });
}
